"""What the user calls things: record types and fields, in Japanese and English.

One table for every door: the desktop's forms, lists and editors, the CLI's messages ("姓: 入力が必要です",
not "family_name: 入力が必要です") and the reports. A per-type entry overrides the shared one (a contact's
"title" is a job title, a lead's is its title). Plain Python: the UI imports it at start-up.
"""

from __future__ import annotations

# Record types: (English, Japanese). English is written as in a sentence; labels capitalise it.
RECORD_TYPES: dict[str, tuple[str, str]] = {
    "organization": ("company", "企業・団体"),
    "contact": ("contact", "連絡先"),
    "lead": ("lead", "リード"),
    "bid": ("bid", "誘致案件"),
    "meeting_series": ("meeting series", "国際会議シリーズ"),
    "fair": ("fair", "見本市"),
    "participation": ("fair participation", "出展"),
    "student": ("student", "留学生"),
    "opening": ("opening", "求人"),
    "match": ("match", "マッチング"),
    "activity": ("activity", "活動記録"),
    "task": ("task", "タスク"),
    "attachment": ("attachment", "添付ファイル"),
    "company_profile": ("export profile", "輸出支援プロフィール"),
    "target_market": ("target market", "ターゲット市場"),
    "support_need": ("support need", "支援ニーズ"),
    "consultation": ("consultation", "相談"),
    "expansion_case": ("expansion case", "海外展開事例"),
    "indicator": ("indicator", "評価指標"),
    "indicator_value": ("indicator value", "指標の値"),
    "shared_setting": ("shared setting", "共有設定"),
}

# Fields shared by every type that has them: (English, Japanese).
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "名称"),
    "name_ja": ("Name (Japanese)", "名称（日本語）"),
    "name_en": ("Name (English)", "名称（英語）"),
    "name_kana": ("Reading (kana)", "フリガナ"),
    "kind": ("Type", "種別"),
    "title": ("Title", "タイトル"),
    "country": ("Country", "国・地域"),
    "owner": ("Owner", "担当者"),
    "tags": ("Tags", "タグ"),
    "notes": ("Notes", "メモ"),
    "pillars": ("Plan pillars", "計画の柱"),
    "email": ("Email", "メール"),
    "emails": ("Emails", "メールアドレス"),
    "phones": ("Phones", "電話番号"),
    "primary_email": ("Primary email", "主なメールアドレス"),  # a contact's history: which one is listed first
    "primary_phone": ("Primary phone", "主な電話番号"),
    "phone_raw": ("Phone", "電話番号"),
    "organization_id": ("Organization", "所属団体・企業"),
    "contact_id": ("Contact", "先方担当者"),  # the other side's person (a buyer, a company's), beside our 担当者
    "fair_id": ("Fair", "見本市"),
    "status": ("Status", "状況"),
    "stage": ("Stage", "段階"),
    "description": ("Description", "説明"),
    "starts_on": ("Start date", "開始日"),
    "ends_on": ("End date", "終了日"),
    "industry": ("Industry", "業種"),
    "languages": ("Languages", "使用言語"),
    "deleted_at": ("Deleted", "削除"),
    "merged_into": ("Merged into", "統合先"),
    "record_type": ("Linked record type", "関連レコードの種類"),
    "record_id": ("Linked record", "関連レコード"),
    "corporate_number": ("Corporate number", "法人番号"),
    "postal_code": ("Postal code", "郵便番号"),
    "address": ("Address", "住所"),
    "website": ("Website", "ウェブサイト"),
    "employees": ("Employees", "従業員数"),
    "capital_jpy": ("Capital (yen)", "資本金（円）"),
    "family_name": ("Family name", "姓"),
    "given_name": ("Given name", "名"),
    "family_name_kana": ("Family name (kana)", "姓（フリガナ）"),
    "given_name_kana": ("Given name (kana)", "名（フリガナ）"),
    "latin_name": ("Name in Latin letters", "ローマ字氏名"),
    "name_order": ("Name order", "氏名の順序"),
    "display_name": ("Display name", "表示名"),
    "department": ("Department", "部署"),
    "source": ("Source", "入手経路"),
    "rating": ("Rating", "評価"),
    "interest_organization_id": ("Company of interest", "関心のある企業"),
    "captured_at": ("Captured at", "取得日時"),
    "captured_tz": ("Capture time zone", "取得時のタイムゾーン"),
    "interest": ("Interest", "関心事項"),
    "next_action": ("Next action", "次のアクション"),
    "follow_up_on": ("Follow-up date", "フォローアップ日"),
    "acronym": ("Acronym", "略称"),
    "association_id": ("Association", "主催団体"),
    "frequency": ("Frequency", "開催頻度"),
    "rotation_area": ("Rotation area", "持ち回り地域"),
    "rotation_pattern": ("Rotation pattern", "持ち回りの規則"),
    "preferred_month": ("Preferred month", "希望開催月"),
    "typical_delegates": ("Typical delegates", "通常の参加者数"),
    "first_year": ("First held (year)", "初回開催年"),
    "series_id": ("Meeting series", "会議シリーズ"),
    "meeting_type": ("Meeting type", "会議の種類"),
    "edition_year": ("Edition year", "開催年"),
    "delegates_international": ("International delegates", "海外参加者数"),
    "delegates_domestic": ("Domestic delegates", "国内参加者数"),
    "accompanying": ("Accompanying persons", "同伴者数"),
    "days": ("Days", "日数"),
    "venue_id": ("Venue", "会場"),
    "probability": ("Probability (%)", "確度（%）"),
    "bid_deadline": ("Bid deadline", "提案締切日"),
    "decision_on": ("Decision date", "決定日"),
    "decision_body": ("Decision body", "決定機関"),
    "competitors": ("Competing destinations", "競合都市"),
    "host_contact_id": ("Host contact", "国内主催者の担当者"),
    "association_contact_id": ("Association contact", "団体側の担当者"),
    "support_offered": ("Support offered", "提供する支援"),
    "outcome_reason": ("Won/lost reason", "決定・失注の理由"),
    "economic_impact_jpy": ("Economic impact (yen)", "経済波及効果（円）"),
    "impact_parameters": ("Impact parameters", "効果算定の前提"),
    "organizer": ("Organizer", "主催者"),
    "city": ("City", "都市"),
    "city_en": ("City (English)", "都市（英語）"),
    "timezone": ("Time zone", "タイムゾーン"),
    "sector": ("Sector", "分野"),
    "pavilion": ("Pavilion", "パビリオン"),
    "pavilion_en": ("Pavilion (English)", "パビリオン（英語）"),
    "budget_jpy": ("Budget (yen)", "予算（円）"),
    "booth": ("Booth", "ブース"),
    "products": ("Products", "出品商品"),
    "objectives": ("Objectives", "出展目的"),
    "cost_jpy": ("Cost (yen)", "経費（円）"),
    "subsidy_jpy": ("Subsidy (yen)", "補助金（円）"),
    "negotiations": ("Negotiations", "商談件数"),
    "deals": ("Deals", "成約件数"),
    "expected_sales_jpy": ("Expected sales (yen)", "見込み売上（円）"),
    "actual_sales_jpy": ("Actual sales (yen)", "実績売上（円）"),
    "certifications": ("Certifications", "認証（ハラール・HACCP 等）"),
    "priority": ("Priority", "優先度"),
    "area": ("Support area", "支援分野"),
    "resolved": ("Resolved", "解決済み"),
    "held_at": ("Held at", "実施日時"),
    "advisor": ("Advisor", "相談員"),
    "summary": ("Summary", "概要"),
    "outcome": ("Outcome", "結果"),
    "occurred_on": ("Date", "日付"),
    "value_jpy": ("Value (yen)", "金額（円）"),
    "nationality": ("Nationality", "国籍"),
    "university_id": ("University", "大学"),
    "major": ("Major", "専攻"),
    "degree": ("Degree", "学位・課程"),
    "graduation_year": ("Graduation year", "卒業年"),
    "graduation_month": ("Graduation month", "卒業月"),
    "jlpt": ("JLPT level", "日本語能力試験"),
    "english": ("English (CEFR)", "英語（CEFR）"),
    "other_languages": ("Other languages", "その他の言語"),
    "skills": ("Skills", "スキル"),
    "desired_industries": ("Desired industries", "希望業種"),
    "desired_job_types": ("Desired job types", "希望職種"),
    "desired_locations": ("Desired locations", "希望勤務地"),
    "internship_interest": ("Interested in internships", "インターンシップ希望"),
    "residence_status": ("Residence status", "在留資格"),
    "consent_purposes": ("Consent purposes", "同意の目的"),
    "consent_on": ("Consent date", "同意日"),
    "consent_expires_on": ("Consent expires", "同意の有効期限"),
    "consent_share_with_companies": ("May share profile with companies", "企業へのプロフィール提供可"),
    "retain_until": ("Retain until", "保存期限"),
    "required_skills": ("Required skills", "必要なスキル"),
    "min_jlpt": ("Minimum JLPT", "必要な日本語能力"),
    "location": ("Location", "勤務地"),
    "headcount": ("Headcount", "募集人数"),
    "apply_by": ("Apply by", "応募締切日"),
    "student_id": ("Student", "留学生"),
    "opening_id": ("Opening", "求人"),
    "score": ("Score", "スコア"),
    "reasons": ("Score explanation", "スコアの内訳"),
    "subject": ("Subject", "件名"),
    "body": ("Details", "詳細"),
    "occurred_at": ("When", "日時"),
    "due_on": ("Due date", "期限"),
    "done": ("Done", "完了"),
    "assignee": ("Assignee", "担当者"),
    "filename": ("File name", "ファイル名"),
    "size": ("Size", "サイズ"),
    "file": ("File", "ファイル"),
    "sha256": ("SHA-256", "SHA-256"),
    "mime_type": ("File type", "ファイルの種類"),
    "role": ("Role", "用途"),
    "code": ("Code", "コード"),
    "pillar": ("Pillar", "柱"),
    "unit": ("Unit", "単位"),
    "formula": ("Formula", "算出方法"),
    "indicator_id": ("Indicator", "指標"),
    "fiscal_year": ("Fiscal year", "年度"),
    "target": ("Target", "目標値"),
    "actual": ("Actual", "実績値"),
    "company": ("Company", "会社名"),
    "phone": ("Phone", "電話番号"),
}

# Where a type calls a field something else.
FIELDS_BY_TYPE: dict[tuple[str, str], tuple[str, str]] = {
    ("lead", "title"): ("Lead title", "件名"),
    ("lead", "name"): ("Name", "氏名"),  # the person a quick lead is about (its form's first field)
    ("task", "title"): ("Task", "タスク"),
    ("task", "record_id"): ("Linked to", "関連先"),
    ("opening", "title"): ("Job title", "求人名"),  # what is offered (海外営業スタッフ); 職種 is beside it
    ("contact", "title"): ("Job title", "役職"),
    ("student", "display_name"): ("Name", "氏名"),
    ("student", "email"): ("Email", "メール"),
    ("company_profile", "stage"): ("Export stage", "輸出の段階"),
    ("target_market", "status"): ("Market status", "市場の状況"),
    # As its organisers write it (mostly English: Gulfood 2028); the Japanese name has a field of its own.
    ("meeting_series", "name"): ("Series name (official)", "会議シリーズ名（正式名称）"),
    ("bid", "name"): ("Bid name", "誘致案件名"),
    ("fair", "name"): ("Fair name (official)", "見本市名（正式名称）"),
    # A fair's city and pavilion in Japanese (ドバイ, 北海道・札幌パビリオン), each beside its English field.
    ("fair", "city"): ("City (Japanese)", "都市"),
    ("fair", "pavilion"): ("Pavilion (Japanese)", "パビリオン"),
    ("participation", "organization_id"): ("Local company", "市内企業"),
    ("participation", "organization_name"): ("Local company", "市内企業"),
    ("participation", "fair_name"): ("Fair", "見本市"),
    ("opening", "organization_id"): ("Company", "会社名"),
    ("contact", "country"): ("Country", "国・地域"),
}

# --- students
FIELDS.update({
    "residence_expires_on": ("Residence card expires", "在留期間の満了日"),
    "part_time_permit": ("Permission to work part time (資格外活動許可)", "資格外活動許可"),
    "purged_at": ("Personal data erased", "個人データ消去日時"),
    "job_type": ("Job type", "職種"),
    "min_english": ("Minimum English (CEFR)", "必要な英語力（CEFR）"),
    "hours_per_week": ("Hours a week", "週の勤務時間"),
    "host_rating": ("Employer's rating (1–4)", "受入れ企業の評価（1〜4）"),
    "host_note": ("Employer's comment", "受入れ企業のコメント"),
    "hired_on": ("Hired on", "採用日"),
})
FIELDS_BY_TYPE.update({
    ("student", "contact_id"): ("Career office contact", "大学のキャリアセンター担当者"),
    ("student", "university_id"): ("School", "学校"),
    ("student", "other_languages"): ("Other languages", "その他の言語"),
    ("opening", "languages"): ("Languages used", "使用言語"),
    ("opening", "industry"): ("Industry", "業種"),
})



# --- network
RECORD_TYPES.update({
    "partner_city": ("partner city", "姉妹・友好都市等"),
    "city_network": ("city network", "都市ネットワーク"),
    "network_membership": ("network membership", "ネットワーク加盟"),
    "exchange": ("exchange", "交流・協力事業"),
    "visit": ("inbound delegation", "来訪団"),
    "participant": ("participant", "参加者"),
    "programme_item": ("programme item", "日程"),
    "gift": ("gift", "記念品"),
})
FIELDS.update({
    "name_local": ("Name (local)", "名称（現地語）"),
    "region": ("State or province", "州・省"),
    "relationship": ("Relationship", "提携の種類"),
    "since_year": ("Since (year)", "提携年"),
    "since_on": ("Since (date)", "提携日"),
    "counterpart_org_id": ("Counterpart office", "相手方の窓口"),
    "secretariat": ("Secretariat", "事務局"),
    "sapporo_role": ("Sapporo's role", "札幌市の立場"),
    "sapporo_founding": ("Sapporo is a founding member", "札幌市は設立メンバー"),
    "sapporo_since_year": ("Sapporo member since (year)", "札幌市の加盟年"),
    "sapporo_since_on": ("Sapporo member since (date)", "札幌市の加盟日"),
    "sapporo_designation": ("Sapporo's designation", "札幌市の認定分野"),
    "network_id": ("Network", "ネットワーク"),
    "partner_city_id": ("Partner city", "姉妹・友好都市等"),
    "founding": ("Founding member", "設立メンバー"),
    "designation": ("Designation", "認定分野"),
    "partner_org_id": ("Partner organization", "相手方の団体"),
    "sapporo_participants": ("Participants from Sapporo", "札幌側の参加者数"),
    "partner_participants": ("Participants from the partner", "相手側の参加者数"),
    "from_city": ("From (city)", "来訪元の都市"),
    "exchange_id": ("Exchange", "交流・協力事業"),
    "arrives_on": ("Arrives", "到着日"),
    "departs_on": ("Departs", "出発日"),
    "purpose": ("Purpose", "目的"),
    "protocol_notes": ("Protocol notes", "儀典上の留意事項"),
    "visit_id": ("Visit", "来訪"),
    "side": ("Side", "立場"),
    "starts_at": ("Starts", "開始時刻"),
    "ends_at": ("Ends", "終了時刻"),
    "activity": ("Activity", "内容"),
    "place": ("Place", "場所"),
    "attendees": ("Attending", "出席者"),
    "direction": ("Given or received", "贈呈・受領"),
    "item": ("Item", "品名"),
    "giver": ("Given by", "贈呈者"),
    "recipient": ("Received by", "受領者"),
})
FIELDS_BY_TYPE.update({
    ("exchange", "title"): ("Exchange", "事業名"),
    ("visit", "title"): ("Delegation", "来訪団名"),
    ("participant", "role"): ("Role", "役職・役割"),
    ("participant", "name"): ("Name", "氏名"),
    # Kept in Japanese (ミュンヘン) beside its English name: the English form says so, as "Name (Japanese)" does.
    ("partner_city", "name"): ("City (Japanese)", "都市名"),
    ("city_network", "kind"): ("Network type", "ネットワークの種類"),
    ("network_membership", "role"): ("Role", "立場"),
    ("gift", "value_jpy"): ("Value (yen)", "金額（円）"),
    ("visit", "country"): ("Country", "国・地域"),
    ("visit", "organization_id"): ("Organization", "所属団体"),
    ("network_membership", "network_name"): ("Network", "ネットワーク"),
    ("network_membership", "city_name"): ("City", "都市名"),
    ("participant", "visit_title"): ("Visit", "来訪"),
    ("participant", "exchange_title"): ("Exchange", "交流・協力事業"),
    ("participant", "contact_id"): ("Contact", "連絡先"),  # the guest or delegate themself, not 先方担当者
    ("network_membership", "since_year"): ("Member since (year)", "加盟年"),  # a membership, not a partnership
})


# --- bids
FIELDS.update({
    "editions": ("Past editions", "過去の開催実績"),
    "stage_note": ("Note on the stage change", "段階変更のメモ"),
    "competing": ("Competing destinations", "競合都市"),
    "key_persons": ("Key persons", "キーパーソン"),
    "participants": ("Participants", "参加者"),
    "strengths": ("Strengths", "強み"),
    "organiser_spend_jpy": ("Organiser's spend (yen)", "主催者支出（円）"),
    "delegates": ("Delegates", "参加者数"),
    "year": ("Year", "開催年"),
    "city": ("City", "都市"),
})
FIELDS_BY_TYPE.update({
    ("bid", "economic_impact_jpy"): ("Economic impact (ripple, yen)", "経済波及効果（生産誘発額・円）"),
    ("bid", "outcome_reason"): ("Won/lost reason", "誘致決定・不成功の理由"),
})


# Tables that are no record type of their own (a record's lists and stage histories, the search index and the
# change log), as a count of their rows is headed: `demo` reports every table it filled.
TABLES: dict[str, tuple[str, str]] = {
    "contact_emails": ("Email addresses", "メールアドレス"),
    "contact_phones": ("Phone numbers", "電話番号"),
    "meeting_editions": ("Meeting editions", "国際会議の開催回"),
    "bid_competitors": ("Competing destinations", "競合都市"),
    "key_persons": ("Key persons", "キーパーソン"),
    "bid_stage_changes": ("Bid stage changes", "誘致案件の段階変更"),
    "activity_participants": ("Activity participants", "活動記録の参加者"),
    "match_stage_changes": ("Match stage changes", "マッチングの段階変更"),
    "search_index": ("Search index entries", "検索索引"),
    "change_log": ("Change log entries", "変更ログ"),
}


def table_label(table: str, lang: str = "en") -> str:
    """A table that holds no record type of its own, as a count of its rows is headed; the table's name if unknown."""
    entry = TABLES.get(table)
    return _pick(entry, lang) if entry else table


def _pick(entry: tuple[str, str], lang: str) -> str:
    return entry[1] if lang == "ja" else entry[0]


def type_name(record_type: str, lang: str = "en") -> str:
    """The record type as a sentence says it ("company", "企業・団体"); the raw type if unknown."""
    entry = RECORD_TYPES.get(record_type)
    return _pick(entry, lang) if entry else record_type


def type_label(record_type: str, lang: str = "en") -> str:
    """The record type as a heading shows it ("Company", "企業・団体")."""
    name = type_name(record_type, lang)
    return name[:1].upper() + name[1:] if lang != "ja" else name


def field_label(record_type: str | None, field: str, lang: str = "en") -> str:
    """What a field is called on ``record_type``'s form; a list entry like ``emails[1]`` is its list's label
    and its position ("Emails 2"); a field without a label keeps its key."""
    base, _, index = field.partition("[")
    entry = FIELDS_BY_TYPE.get((record_type or "", base)) or FIELDS.get(base)
    if entry is None:
        return field
    label = _pick(entry, lang)
    return f"{label} {int(index.rstrip(']')) + 1}" if index.rstrip("]").isdigit() else label


# --- export_support
RECORD_TYPES.update({
    "support_given": ("support given", "実施した支援"),
})
FIELDS.update({
    "staff": ("Staff in charge", "支援担当者"),
    "reason": ("Why", "理由"),
    "answer": ("Answer given", "回答・対応内容"),
    "addressed_on": ("Addressed on", "対応日"),
    "attendees": ("Attended", "出席者"),
    "next_step": ("Next step", "次のステップ"),
    "next_step_due": ("Next step due", "次のステップの期限"),
    "given_on": ("Date", "実施日"),
    "amount_jpy": ("Amount (yen)", "金額（円）"),
    "counterpart_id": ("Buyer introduced", "紹介先のバイヤー"),
    "lead_id": ("Fair lead", "リード"),
})
FIELDS_BY_TYPE.update({
    **{(record_type, "organization_id"): ("Company", "企業") for record_type in (
        "company_profile", "target_market", "support_need", "consultation", "support_given", "expansion_case")},
    ("company_profile", "products"): ("Products", "商品・製品"),
    ("company_profile", "certifications"): ("Certifications", "取得済みの認証"),
    ("company_profile", "languages"): ("Business languages", "対応できる言語"),
    ("target_market", "reason"): ("Why this market", "選んだ理由"),
    ("support_need", "area"): ("Category", "分野"),
    ("support_need", "description"): ("Need", "ニーズの内容"),
    ("support_need", "resolved"): ("Addressed", "対応済み"),
    ("consultation", "held_at"): ("Date", "相談日時"),
    ("consultation", "area"): ("Category", "分野"),
    ("consultation", "country"): ("Country concerned", "対象の国・地域"),
    ("consultation", "summary"): ("Topic", "相談内容"),
    ("support_given", "kind"): ("Support type", "支援の種類"),
    ("support_given", "description"): ("Details", "内容"),
    ("expansion_case", "occurred_on"): ("Date", "事例の日付"),
    ("expansion_case", "kind"): ("Type", "展開の形態"),
    ("expansion_case", "description"): ("Details", "概要"),
})


# --- kpi
FIELDS_BY_TYPE.update({
    ("indicator_value", "note"): ("Source note", "出典・備考"),
    ("shared_setting", "key"): ("Setting", "設定項目"),
    ("shared_setting", "value"): ("Value", "設定値"),
    ("indicator_value", "indicator_id"): ("Indicator", "評価指標"),
    ("indicator", "code"): ("Indicator code", "評価指標のコード"),
})
