<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="90" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="91" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="92" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="93" />
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="101" />
        <source>What happened (Enter to log)</source>
        <translation>活動内容（Enter で記録）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="103" />
        <source>Log activity</source>
        <translation>活動を記録</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="190" />
        <source>Drop files here to attach them, or:</source>
        <translation>ここにファイルをドロップして添付、または:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="191" />
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="234" />
        <source>Attaching…</source>
        <translation>添付しています…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="243" />
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editors/conflict.py" line="36" />
        <source>Someone else changed this record</source>
        <translation>他の人がこのレコードを変更しました</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="39" />
        <source>%1 saved changes to this record while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>編集中に %1 さんがこのレコードの変更を保存しました。項目ごとに、残す値を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Your value</source>
        <translation>あなたの値</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Their value</source>
        <translation>相手の値</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="49" />
        <source>Save with these values</source>
        <translation>この内容で保存</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="60" />
        <location filename="../../ui/editors/conflict.py" line="61" />
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="73" />
        <source>changed by %1 at %2</source>
        <translation>%2 に %1 さんが変更</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="14" />
        <location filename="../../ui/editors/field_labels.py" line="185" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="15" />
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="16" />
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="17" />
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="18" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="19" />
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="20" />
        <location filename="../../ui/editors/field_labels.py" line="194" />
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="21" />
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="22" />
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="23" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="24" />
        <source>Plan pillars</source>
        <translation>計画の柱</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="25" />
        <location filename="../../ui/editors/field_labels.py" line="186" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="26" />
        <source>Emails</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="27" />
        <source>Phones</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="28" />
        <location filename="../../ui/editors/field_labels.py" line="177" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="29" />
        <source>Organization</source>
        <translation>所属団体・企業</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="30" />
        <source>Contact</source>
        <translation>担当者（連絡先）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="31" />
        <source>Fair</source>
        <translation>見本市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="32" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="33" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="34" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="35" />
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="36" />
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="37" />
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="38" />
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="39" />
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="40" />
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="41" />
        <source>Linked record type</source>
        <translation>関連レコードの種類</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="42" />
        <source>Linked record</source>
        <translation>関連レコード</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="44" />
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="45" />
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="46" />
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="47" />
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="48" />
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="49" />
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="51" />
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="52" />
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="53" />
        <source>Family name (kana)</source>
        <translation>姓（よみがな）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="54" />
        <source>Given name (kana)</source>
        <translation>名（よみがな）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="55" />
        <source>Name in Latin letters</source>
        <translation>ローマ字氏名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="56" />
        <source>Name order</source>
        <translation>氏名の順序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="57" />
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="58" />
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="60" />
        <source>Source</source>
        <translation>入手経路</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="61" />
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="62" />
        <source>Company of interest</source>
        <translation>関心のある企業</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="63" />
        <source>Captured at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="64" />
        <source>Capture time zone</source>
        <translation>取得時のタイムゾーン</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="65" />
        <source>Interest</source>
        <translation>関心事項</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="66" />
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="67" />
        <source>Follow-up date</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="69" />
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="70" />
        <source>Association</source>
        <translation>主催団体</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="71" />
        <source>Frequency</source>
        <translation>開催頻度</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="72" />
        <source>Rotation area</source>
        <translation>持ち回り地域</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="73" />
        <source>Rotation pattern</source>
        <translation>持ち回りの規則</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="74" />
        <source>Preferred month</source>
        <translation>希望開催月</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="75" />
        <source>Typical delegates</source>
        <translation>通常の参加者数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="76" />
        <source>First held (year)</source>
        <translation>初回開催年</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="77" />
        <source>Meeting series</source>
        <translation>会議シリーズ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="78" />
        <source>Meeting type</source>
        <translation>会議の種類</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="79" />
        <source>Edition year</source>
        <translation>開催年</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="80" />
        <source>International delegates</source>
        <translation>海外参加者数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="81" />
        <source>Domestic delegates</source>
        <translation>国内参加者数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="82" />
        <source>Accompanying persons</source>
        <translation>同伴者数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="83" />
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="84" />
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="85" />
        <source>Probability (%)</source>
        <translation>確度（%）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="86" />
        <source>Bid deadline</source>
        <translation>提案締切日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="87" />
        <source>Decision date</source>
        <translation>決定日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="88" />
        <source>Decision body</source>
        <translation>決定機関</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="89" />
        <source>Competing destinations</source>
        <translation>競合都市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="90" />
        <source>Host contact</source>
        <translation>国内主催者の担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="91" />
        <source>Association contact</source>
        <translation>団体側の担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="92" />
        <source>Support offered</source>
        <translation>提供する支援</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="93" />
        <source>Won/lost reason</source>
        <translation>決定・失注の理由</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="94" />
        <source>Economic impact (yen)</source>
        <translation>経済波及効果（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="95" />
        <source>Impact parameters</source>
        <translation>効果算定の前提</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="97" />
        <source>Organizer</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="98" />
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="99" />
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="100" />
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="101" />
        <source>Pavilion</source>
        <translation>パビリオン</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="102" />
        <source>Budget (yen)</source>
        <translation>予算（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="103" />
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="104" />
        <source>Products</source>
        <translation>出品商品</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="105" />
        <source>Objectives</source>
        <translation>出展目的</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="106" />
        <source>Cost (yen)</source>
        <translation>経費（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="107" />
        <source>Subsidy (yen)</source>
        <translation>補助金（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="108" />
        <source>Negotiations</source>
        <translation>商談件数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="109" />
        <source>Deals</source>
        <translation>成約件数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="110" />
        <source>Expected sales (yen)</source>
        <translation>見込み売上（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="111" />
        <source>Actual sales (yen)</source>
        <translation>実績売上（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="113" />
        <source>Certifications</source>
        <translation>認証（ハラール・HACCP 等）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="114" />
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="115" />
        <source>Support area</source>
        <translation>支援分野</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="116" />
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="117" />
        <source>Held at</source>
        <translation>実施日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="118" />
        <source>Advisor</source>
        <translation>相談員</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="119" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="120" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="121" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="122" />
        <source>Value (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="124" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="125" />
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="126" />
        <source>Major</source>
        <translation>専攻</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="127" />
        <source>Degree</source>
        <translation>学位・課程</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="128" />
        <source>Graduation year</source>
        <translation>卒業年</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="129" />
        <source>Graduation month</source>
        <translation>卒業月</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="130" />
        <source>JLPT level</source>
        <translation>日本語能力試験</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="131" />
        <source>English (CEFR)</source>
        <translation>英語（CEFR）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="132" />
        <source>Other languages</source>
        <translation>その他の言語</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="133" />
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="134" />
        <source>Desired industries</source>
        <translation>希望業種</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="135" />
        <source>Desired job types</source>
        <translation>希望職種</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="136" />
        <source>Desired locations</source>
        <translation>希望勤務地</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="137" />
        <source>Interested in internships</source>
        <translation>インターンシップ希望</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="138" />
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="139" />
        <source>Consent purposes</source>
        <translation>同意の目的</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="140" />
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="141" />
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="142" />
        <source>May share profile with companies</source>
        <translation>企業へのプロフィール提供可</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="143" />
        <source>Retain until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="144" />
        <source>Required skills</source>
        <translation>必要なスキル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="145" />
        <source>Minimum JLPT</source>
        <translation>必要な日本語能力</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="146" />
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="147" />
        <source>Headcount</source>
        <translation>募集人数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="148" />
        <source>Apply by</source>
        <translation>応募締切日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="149" />
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="150" />
        <source>Opening</source>
        <translation>求人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="151" />
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="152" />
        <source>Score explanation</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="154" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="155" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="156" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="157" />
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="158" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="159" />
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="160" />
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="161" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="162" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="163" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="164" />
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="165" />
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="167" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="168" />
        <source>Pillar</source>
        <translation>柱</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="169" />
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="170" />
        <source>Formula</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="171" />
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="172" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="173" />
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="174" />
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="176" />
        <location filename="../../ui/editors/field_labels.py" line="193" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="181" />
        <source>Lead title</source>
        <translation>見込み案件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="182" />
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="183" />
        <location filename="../../ui/editors/field_labels.py" line="184" />
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="187" />
        <source>Export stage</source>
        <translation>輸出の段階</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="188" />
        <source>Market status</source>
        <translation>市場の状況</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="189" />
        <source>Series name</source>
        <translation>会議シリーズ名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="190" />
        <source>Bid name</source>
        <translation>誘致案件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="191" />
        <source>Fair name</source>
        <translation>見本市名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="192" />
        <source>Local company</source>
        <translation>地元企業</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../ui/editors/form.py" line="105" />
        <source>%1: pick an entry from the list (type part of its name).</source>
        <translation>%1: 一覧から選んでください（名前の一部を入力すると候補が出ます）。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/editors/panels.py" line="115" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="116" />
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="117" />
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="118" />
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="119" />
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="132" />
        <source>Merged</source>
        <translation>統合</translation>
    </message>
</context>
<context>
    <name>Pillars</name>
    <message>
        <location filename="../../ui/editors/widgets.py" line="171" />
        <source>1. Presence in the world</source>
        <translation>1. 世界でのプレゼンス向上</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="172" />
        <source>2. Visitors and MICE</source>
        <translation>2. 海外との集客交流の拡大</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="173" />
        <source>3. Multicultural society</source>
        <translation>3. 多文化共生社会の推進</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="174" />
        <source>4. Global economy</source>
        <translation>4. 経済のグローバル化の促進</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="175" />
        <source>5. Global talent</source>
        <translation>5. グローバル人材の育成</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="176" />
        <source>6. City network</source>
        <translation>6. 海外諸都市等とのネットワーク拡充</translation>
    </message>
</context>
<context>
    <name>QuickLeadDialog</name>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="60" />
        <source>Quick lead</source>
        <translation>見込み客のクイック登録</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="124" />
        <source>Save lead</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="125" />
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>登録（Enter または Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="129" />
        <source>Enter saves; the form then clears for the next lead. Esc closes.</source>
        <translation>Enter で登録し、続けて次の見込み客を入力できます。Esc で閉じます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="163" />
        <source>same email</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="163" />
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="164" />
        <source>same name and company</source>
        <translation>氏名と会社名が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="165" />
        <source>use for this lead</source>
        <translation>この連絡先を使う</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="168" />
        <source>Possible duplicate:</source>
        <translation>重複の可能性があります:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="185" />
        <source>This lead goes to %1; the email and phone typed are added to them.</source>
        <translation>この見込み客を %1 に紐づけます。入力したメールアドレスと電話番号はこの連絡先に追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="186" />
        <source>Create a new contact instead</source>
        <translation>新しい連絡先として登録する</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="211" />
        <source>Saved lead: %1</source>
        <translation>登録しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="224" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>保存できませんでした。赤く表示された項目を修正してください。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/editor.py" line="100" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="103" />
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="107" />
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="112" />
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="118" />
        <source>Undo delete</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="140" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="141" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="142" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="143" />
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="144" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="156" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="203" />
        <source>Please correct the highlighted fields.</source>
        <translation>赤く表示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="212" />
        <source>No changes to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="236" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="260" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>保存できませんでした。赤く表示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="340" />
        <source>Deleted. You can undo this.</source>
        <translation>削除しました。取り消すことができます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="355" />
        <source>Restored.</source>
        <translation>復元しました。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Save your changes to this record?</source>
        <translation>このレコードの変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editors/form.py" line="191" />
        <source>Add email</source>
        <translation>メールを追加</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="193" />
        <source>Add phone</source>
        <translation>電話番号を追加</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="132" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="133" />
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="134" />
        <location filename="../../ui/editors/linked.py" line="149" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="135" />
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="141" />
        <source>New task (Enter to add)</source>
        <translation>新しいタスク（Enter で追加）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="144" />
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/editors/values.py" line="64" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/editors/values.py" line="64" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
</TS>
