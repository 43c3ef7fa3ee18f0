"""The core's message catalogue, in Japanese and English.

Services raise errors that carry a message id; the CLI and the UI render them here in the user's
language. ``tests/core/test_messages.py`` checks that both languages are complete and that their
placeholders agree.
"""

from __future__ import annotations

import string
from typing import Any

LANGS = ("ja", "en")

CATALOGUE: dict[str, dict[str, str]] = {
    "error.generic": {"en": "Something went wrong: {reason}", "ja": "エラーが発生しました: {reason}"},
    "error.stale": {
        "en": "This {type} was changed by {user} at {at}; reload it and apply your edit again.",
        "ja": "この{type}は {at} に {user} さんが変更しました。再読み込みしてから編集し直してください。",
    },
    "error.not_found": {"en": "No {type} matches “{ref}”.", "ja": "「{ref}」に該当する{type}がありません。"},
    "error.ambiguous": {
        "en": "“{ref}” fits more than one {type}: {names}. Give more of the name, or the id.",
        "ja": "「{ref}」に該当する{type}が複数あります: {names}。名前をもっと詳しく書くか、ID で指定してください。",
    },
    "error.db_busy": {
        "en": "Another program is writing to this database; nothing was changed. Try again in a moment.",
        "ja": "別のプログラムがこのデータベースに書き込み中のため、何も変更していません。少し待ってからもう一度お試しください。",
    },
    "error.db_open": {
        "en": "Cannot open the database {url}: {reason}",
        "ja": "データベース {url} を開けません: {reason}",
    },
    "field.required": {"en": "{field}: a value is required.", "ja": "{field}: 入力が必要です。"},
    "field.too_long": {
        "en": "{field}: “{value}” is longer than {max} characters.",
        "ja": "{field}: 「{value}」は {max} 文字を超えています。",
    },
    "field.email_invalid": {
        "en": "{field}: “{value}” is not a valid email address.",
        "ja": "{field}: 「{value}」は正しいメールアドレスではありません。",
    },
    "field.phone_invalid": {
        "en": "{field}: “{value}” is not a valid phone number for {region}; it was kept as typed.",
        "ja": "{field}: 「{value}」は{region}の電話番号として正しくありません。入力どおり保存しました。",
    },
    "field.phone_invalid_intl": {  # a + number whose calling code is no country's (+800 …)
        "en": "{field}: “{value}” is not a valid international number; it was kept as typed.",
        "ja": "{field}: 「{value}」は正しい国際番号ではありません。入力どおり保存しました。",
    },
    "field.corporate_number_invalid": {
        "en": "{field}: “{value}” is not a valid corporate number (13 digits with a check digit).",
        "ja": "{field}: 「{value}」は正しい法人番号ではありません（チェックデジット付き13桁）。",
    },
    "field.date_invalid": {
        "en": "{field}: “{value}” is not a date (use YYYY-MM-DD).",
        "ja": "{field}: 「{value}」は日付ではありません（YYYY-MM-DD 形式）。",
    },
    "field.datetime_invalid": {
        "en": "{field}: “{value}” is not a date and time.",
        "ja": "{field}: 「{value}」は日時ではありません。",
    },
    "field.date_order": {
        "en": "{field}: “{value}” is before {other}.",
        "ja": "{field}: 「{value}」が{other}より前です。",
    },
    "field.enum_invalid": {
        "en": "{field}: “{value}” is not one of {allowed}.",
        "ja": "{field}: 「{value}」は次のいずれでもありません: {allowed}",
    },
    "field.fiscal_year_invalid": {
        "en": "{field}: “{value}” is not a fiscal year (a year such as 2026).",
        "ja": "{field}: 「{value}」は年度ではありません（2026 のような西暦年）。",
    },
    "field.country_invalid": {
        "en": "{field}: “{value}” is not an ISO 3166 country code (such as JP or SG).",
        "ja": "{field}: 「{value}」は ISO 3166 の国コード（JP、SG など）ではありません。",
    },
    "field.timezone_invalid": {
        "en": "{field}: “{value}” is not an IANA time zone (such as Asia/Singapore).",
        "ja": "{field}: 「{value}」は IANA タイムゾーン（Asia/Singapore など）ではありません。",
    },
    "field.file_missing": {"en": "{field}: there is no file “{value}”.", "ja": "{field}: 「{value}」というファイルがありません。"},
    "field.file_unreadable": {
        "en": "{field}: “{value}” cannot be read. Close it in any other program (Excel keeps an open file locked) "
              "and try again.",
        "ja": "{field}: 「{value}」を読めません。ほかのプログラム（Excel など）で開いていれば閉じてから、もう一度"
              "お試しください。"},
    "field.integer_invalid": {
        "en": "{field}: “{value}” is not a whole number.",
        "ja": "{field}: 「{value}」は整数ではありません。",
    },
    "field.number_invalid": {
        "en": "{field}: “{value}” is not a number.",
        "ja": "{field}: 「{value}」は数値ではありません。",
    },
    "field.negative": {
        "en": "{field}: “{value}” must not be negative.",
        "ja": "{field}: 「{value}」に負の値は使えません。",
    },
    "field.out_of_range": {
        "en": "{field}: “{value}” must be between {min} and {max}.",
        "ja": "{field}: 「{value}」は {min} から {max} の範囲で入力してください。",
    },
    "field.currency_invalid": {
        "en": "{field}: “{value}” is not an ISO 4217 currency code (such as JPY).",
        "ja": "{field}: 「{value}」は ISO 4217 の通貨コード（JPY など）ではありません。",
    },
    "field.sha256_invalid": {
        "en": "{field}: “{value}” is not a SHA-256 hash (64 hexadecimal digits).",
        "ja": "{field}: 「{value}」は SHA-256 ハッシュ（16進数64桁）ではありません。",
    },
    "field.duplicate": {
        "en": "{field}: “{value}” is already used by another record.",
        "ja": "{field}: 「{value}」は既に別のレコードで使われています。",
    },
    "field.unknown": {
        "en": "{field}: there is no such field.",
        "ja": "{field}: そのような項目はありません。",
    },
    "field.reference_missing": {
        "en": "{field}: no record with id “{value}”.",
        "ja": "{field}: ID「{value}」のレコードがありません。",
    },
    "field.not_deleted": {
        "en": "{field}: the record is not deleted, so it cannot be restored.",
        "ja": "{field}: このレコードは削除されていないため、復元できません。",
    },
    "field.deleted": {
        "en": "{field}: the record is deleted; restore it first.",
        "ja": "{field}: このレコードは削除済みです。先に復元してください。",
    },
    "cli.not_available": {
        "en": "“{command}” is not available yet in this version.",
        "ja": "「{command}」はこのバージョンではまだ使えません。",
    },
    "cli.db_ready": {"en": "Database ready at revision {revision}: {url}", "ja": "データベースを準備しました（リビジョン {revision}）: {url}"},
    "cli.db_backup": {"en": "Backed up the database to {path} before upgrading.", "ja": "アップグレード前にデータベースを {path} にバックアップしました。"},
    "cli.demo_done": {"en": "Demo data created in {seconds:.1f} s.", "ja": "デモデータを作成しました（{seconds:.1f} 秒）。"},
    "cli.no_results": {"en": "No results for “{query}”.", "ja": "「{query}」に一致する結果はありません。"},
    "cli.scale_invalid": {"en": "--scale: “{value}” must be a positive number.", "ja": "--scale: 「{value}」は正の数で指定してください。"},
    "cli.search_empty": {"en": "TEXT: “{query}” holds no word to search for.",
                         "ja": "TEXT: 「{query}」には検索できる語がありません。"},
    "cli.limit_invalid": {"en": "--limit: “{value}” must be a positive whole number.", "ja": "--limit: 「{value}」は正の整数で指定してください。"},
    "cli.search_terms_dropped": {
        "en": "Only the first {used} words were searched (up to “{last}”); the other {dropped} were left out.",
        "ja": "最初の {used} 語（「{last}」まで）だけで検索しました。残りの {dropped} 語は使っていません。",
    },
    "cli.unexpected": {
        "en": "Unexpected error: {type}: {text}. Details: {log}",
        "ja": "予期しないエラー: {type}: {text}。詳細: {log}",
    },
    "cli.unexpected_unlogged": {
        "en": "Unexpected error: {type}: {text}. The log could not be written ({reason}); the details follow.",
        "ja": "予期しないエラー: {type}: {text}。ログを書き込めなかったため（{reason}）、詳細を以下に示します。",
    },
    # --- safety
    "error.passphrase_needed": {
        "en": "The database {file} is encrypted: enter its passphrase (or set SAPPORO_MICE_PASSPHRASE for batch use).",
        "ja": "データベース {file} は暗号化されています。パスフレーズを入力してください（一括処理では SAPPORO_MICE_PASSPHRASE に設定します）。",
    },
    "error.wrong_passphrase": {
        "en": "The passphrase does not open the database {file}. Check it (letters are case-sensitive) and try again.",
        "ja": "このパスフレーズではデータベース {file} を開けません。大文字・小文字の違いも含めて確かめ、もう一度入力してください。",
    },
    # --- students
    "students.share_needs_consent": {
        "en": "{field}: sharing with companies needs a consent date.",
        "ja": "{field}: 企業への提供には同意日の記録が必要です。",
    },
    "students.consent_needs_purpose": {
        "en": "{field}: record the purposes the student agreed to with the consent.",
        "ja": "{field}: 同意した利用目的を同意とあわせて記録してください。",
    },
    "students.purged": {
        "en": "{field}: this student's personal data was erased; the record cannot be restored or edited.",
        "ja": "{field}: この留学生の個人データは消去済みのため、復元も編集もできません。",
    },
    "openings.hours_needed": {
        "en": "{field}: a part-time opening needs its weekly hours (students may work at most 28 hours a week).",
        "ja": "{field}: アルバイト求人には週の勤務時間が必要です（留学生の資格外活動は週28時間まで）。",
    },
    "openings.start_needed": {
        "en": "{field}: a full-time opening needs its start date (graduation must come before it).",
        "ja": "{field}: 正社員の求人には開始日が必要です（卒業が開始日より前であることを確認します）。",
    },
    "match.duplicate": {
        "en": "{field}: this student already has a match for this opening.",
        "ja": "{field}: この留学生とこの求人のマッチングはすでにあります。",
    },
    "match.sharing_consent_missing": {
        "en": "{field}: the student has not agreed to share the profile with companies (or the consent has "
              "expired), so the match cannot go past “suggested”.",
        "ja": "{field}: 留学生が企業へのプロフィール提供に同意していない（または同意の期限切れの）ため、"
              "「候補」より先に進められません。",
    },
    "match.rating_before_internship": {
        "en": "{field}: the host's rating and note are recorded after an internship.",
        "ja": "{field}: 受入れ企業の評価とコメントはインターンシップの後に記録します。",
    },
    "match.weights_invalid": {
        "en": "Weight “{key}”: give a number of 0 or more for each of {allowed}, not all zero.",
        "ja": "重み「{key}」: {allowed} のそれぞれに 0 以上の数値を指定してください（すべて 0 は不可）。",
    },
    "students.sharing_refused": {
        "en": "{name} has not agreed to share the profile with companies (or the consent has expired); "
              "nothing was produced.",
        "ja": "{name} さんは企業へのプロフィール提供に同意していない（または同意の期限切れの）ため、作成しませんでした。",
    },
    "students.officer_only": {
        "en": "Only the data protection officer ({officer}) can read the access log.",
        "ja": "アクセス記録を閲覧できるのは個人情報保護責任者（{officer}）だけです。",
    },
    "students.no_officer": {
        "en": "No data protection officer is set; name one in Settings to read the access log.",
        "ja": "個人情報保護責任者が設定されていません。アクセス記録を閲覧するには設定で指定してください。",
    },
    "match.block.consent.none": {"en": "No consent on record", "ja": "同意の記録がありません"},
    "match.block.consent.future": {"en": "The consent starts later", "ja": "同意の開始日がまだ先です"},
    "match.block.consent.expired": {"en": "The consent expired on {expires_on}",
                                    "ja": "同意の有効期限（{expires_on}）が過ぎています"},
    "match.block.consent.purpose": {"en": "The consent does not cover matching",
                                    "ja": "同意の利用目的にマッチングが含まれていません"},
    "match.block.japanese": {"en": "JLPT {have}; the opening asks for {need} or above",
                             "ja": "日本語能力 {have}（求人の条件は {need} 以上）"},
    "match.block.graduation": {"en": "Graduates {graduation}, not before the start on {starts_on}",
                               "ja": "卒業 {graduation}（開始日 {starts_on} より前ではありません）"},
    "match.block.graduation_unknown": {"en": "Graduation not recorded; a full-time role needs it before the start",
                                       "ja": "卒業時期が未登録です（正社員の求人は開始日前の卒業が条件）"},
    "match.block.start_unknown": {"en": "The opening has no start date", "ja": "求人に開始日がありません"},
    "match.block.residence": {"en": "{status} does not allow this kind of work ({kind})",
                              "ja": "在留資格「{status}」では{kind}に就けません"},
    "match.block.residence_permit": {
        "en": "{status} allows {kind} only with a permission to work part time (資格外活動許可), not recorded",
        "ja": "在留資格「{status}」で{kind}に就くには資格外活動許可が必要です（未登録）"},
    "match.block.residence_unknown": {"en": "Residence status not recorded", "ja": "在留資格が未登録です"},
    "match.block.residence_ended": {
        "en": "The period of stay ended on {ended_on}: check the renewed residence card and record its date",
        "ja": "在留期間が {ended_on} に満了しています。更新後の在留カードで確認し、満了日を登録してください"},
    "match.block.hours": {"en": "{hours} hours a week is over the {limit}-hour limit of the work permit",
                          "ja": "週{hours}時間は資格外活動の上限（週{limit}時間）を超えています"},
    "match.block.hours_unknown": {"en": "The opening does not state its weekly hours (the permit allows {limit})",
                                  "ja": "求人に週の勤務時間がありません（資格外活動は週{limit}時間まで）"},
    "match.criterion.skills": {"en": "Skills", "ja": "スキル"},
    "match.criterion.languages": {"en": "Languages", "ja": "語学"},
    "match.criterion.industry": {"en": "Industry", "ja": "業種"},
    "match.criterion.job_type": {"en": "Job type", "ja": "職種"},
    "match.criterion.location": {"en": "Location", "ja": "勤務地"},
    "match.criterion.timing": {"en": "Timing", "ja": "時期"},
    "match.filter.consent": {"en": "Consent", "ja": "同意"},
    "match.filter.japanese": {"en": "Japanese", "ja": "日本語能力"},
    "match.filter.graduation": {"en": "Graduation", "ja": "卒業時期"},
    "match.filter.residence": {"en": "Residence status", "ja": "在留資格"},
    "match.filter.hours": {"en": "Weekly hours", "ja": "勤務時間"},
    "match.why.none_asked": {"en": "Nothing asked", "ja": "条件の指定なし"},
    "match.why.has": {"en": "Has {items}", "ja": "あり: {items}"},
    "match.why.lacks": {"en": "Lacks {items}", "ja": "なし: {items}"},
    "match.why.english": {"en": "English {have} (asks {need})", "ja": "英語 {have}（条件 {need}）"},
    "match.why.wished": {"en": "{offered}: among the wishes", "ja": "{offered}: 希望に合います"},
    "match.why.not_wished": {"en": "{offered}: not among the wishes ({wishes})",
                             "ja": "{offered}: 希望（{wishes}）に含まれません"},
    "match.why.no_wish": {"en": "No wish stated", "ja": "希望の指定なし"},
    "match.why.not_given": {"en": "Not given by the opening", "ja": "求人に指定なし"},
    "match.why.full_time": {"en": "Starts {starts_on}, {months:|month|months} after graduation ({graduation})",
                            "ja": "開始 {starts_on}（{graduation}卒業の{months}か月後）"},
    "match.why.internship_before": {"en": "Before graduation; interested in internships",
                                    "ja": "卒業前。インターンシップ希望あり"},
    "match.why.internship_before_unkeen": {"en": "Before graduation; not marked as interested in internships",
                                           "ja": "卒業前。インターンシップ希望の登録なし"},
    "match.why.internship_after": {"en": "After graduation ({graduation})", "ja": "卒業（{graduation}）の後"},
    "match.why.part_time": {"en": "Part-time work fits any time", "ja": "アルバイトは時期を問いません"},
    "cli.match_none": {"en": "No suggestions: none passes the rules (consent, Japanese, graduation, residence status).",
                       "ja": "候補はありません（同意・日本語能力・卒業時期・在留資格の条件を満たすものがありません）。"},
    "cli.match_line": {"en": "{rank}. {name}  {score}", "ja": "{rank}. {name}  {score} 点"},
    "cli.match_weight_line": {"en": "{label} ({key}): {weight} = {share} of the score — {meaning}",
                              "ja": "{label}（{key}）: {weight}（得点の {share}）。{meaning}"},
    "cli.top_invalid": {"en": "--top: “{value}” must be a positive whole number.",
                        "ja": "--top: 「{value}」は正の整数で指定してください。"},
    "cli.match_needs_one": {"en": "Give --student REF or --opening REF.",
                            "ja": "--student REF か --opening REF のどちらかを指定してください。"},
    "cli.student_exported": {"en": "Wrote {name}'s data to {path}.", "ja": "{name} さんのデータを {path} に書き出しました。"},
    "cli.purge_preview": {"en": "{count:|student|students} past their retention date would be erased:",
                          "ja": "保存期限を過ぎた留学生 {count:,} 名の個人データを消去します:"},
    "cli.purge_line": {"en": "  {name} (retain until {retain_until}; {matches:|match|matches} kept without personal data)",
                       "ja": "  {name}（保存期限 {retain_until}、マッチング {matches:,} 件は個人データなしで残ります）"},
    "cli.purge_done": {"en": "Erased the personal data of {count:|student|students}; their records remain as tombstones.",
                       "ja": "留学生 {count:,} 名の個人データを消去しました（記録は個人データのない形で残ります）。"},
    "cli.purge_nothing": {"en": "No student is past the retention date.", "ja": "保存期限を過ぎた留学生はいません。"},
    "cli.purge_dry_run": {"en": "Nothing was changed (--dry-run).", "ja": "変更はしていません（--dry-run）。"},
    "students.pdf_failed": {"en": "Could not write {path}: {reason}.", "ja": "{path} を書き込めませんでした: {reason}。"},
    "students.choice_invalid": {"en": "{field}: “{value}” is not one of: {allowed}.",
                                "ja": "{field}: 「{value}」は次のいずれでもありません: {allowed}"},
    "students.profile_title": {"en": "Student profile: {name}", "ja": "留学生プロフィール: {name}"},
    "students.profile_note": {"en": "Shared with the student's consent, for recruitment only; do not pass it on.",
                              "ja": "本人の同意に基づき採用検討の目的に限って提供します。第三者への提供はしないでください。"},
    "value.yes": {"en": "Yes", "ja": "はい"},  # a yes/no value, in a pack, a profile or a sync conflict
    "value.no": {"en": "No", "ja": "いいえ"},
    "students.pdf_title": {"en": "Personal data held about {name}", "ja": "{name} さんの保有個人データ"},
    "students.pdf_intro": {"en": "Sapporo City, international strategy: the data held on {at}, at your request.",
                           "ja": "札幌市 国際戦略担当が {at} 時点で保有するデータです（開示請求への回答）。"},
    "students.pdf_profile": {"en": "Profile and consent", "ja": "プロフィールと同意"},
    "students.pdf_matches": {"en": "Introductions to companies", "ja": "企業とのマッチング"},
    "students.pdf_opening": {"en": "Company / opening", "ja": "企業 / 求人"},
    "students.pdf_stage": {"en": "Stage", "ja": "段階"},
    "students.pdf_access": {"en": "Who accessed the data", "ja": "データへのアクセス記録"},
    "students.pdf_none": {"en": "None.", "ja": "ありません。"},
    "students.access.view": {"en": "viewed", "ja": "閲覧"},
    "students.access.export": {"en": "exported", "ja": "書き出し"},
    "students.access.company_profile": {"en": "shared with a company", "ja": "企業へ提供"},
    "students.access.erase": {"en": "erased on request", "ja": "請求により消去"},
    "students.access.purge": {"en": "erased (retention period over)", "ja": "消去（保存期限経過）"},
    "match.stage.suggested": {"en": "Suggested", "ja": "候補"},
    "match.stage.introduced": {"en": "Introduced", "ja": "紹介済み"},
    "match.stage.interview": {"en": "Interview", "ja": "面接"},
    "match.stage.internship": {"en": "Internship", "ja": "インターンシップ"},
    "match.stage.offer": {"en": "Offer", "ja": "内定"},
    "match.stage.hired": {"en": "Hired", "ja": "採用"},
    "match.stage.declined": {"en": "Declined", "ja": "辞退・不採用"},
    "match.stage.withdrawn": {"en": "Withdrawn", "ja": "取り下げ"},
    "cli.student_pdf": {"en": "Wrote {name}'s data as a PDF to {path}.", "ja": "{name} さんのデータを PDF で {path} に書き出しました。"},
    "cli.student_erased": {"en": "Erased {name}'s personal data; the record remains as a tombstone.",
                           "ja": "{name} さんの個人データを消去しました（記録は個人データのない形で残ります）。"},
    "cli.access_line": {"en": "{at}  {user}: {action} ({name})", "ja": "{at}  {user}: {action}（{name} さん）"},
    "cli.match_explain_head": {"en": "Why:", "ja": "理由:"},
    # --- sync
    "sync.passphrase_missing": {
        "en": "A passphrase is needed to encrypt or open a sync bundle (prompt, or SAPPORO_MICE_PASSPHRASE).",
        "ja": "同期ファイルの暗号化・読み込みにはパスフレーズが必要です（入力するか SAPPORO_MICE_PASSPHRASE で指定）。",
    },
    "sync.not_a_bundle": {
        "en": "This file is not a sync bundle of this app; nothing was changed.",
        "ja": "このファイルは本アプリの同期ファイルではありません。何も変更していません。",
    },
    "sync.damaged": {
        "en": "The sync bundle is damaged or incomplete (it may have been cut short or altered); nothing was changed.",
        "ja": "同期ファイルが壊れているか不完全です（途中で切れたか改変された可能性があります）。何も変更していません。",
    },
    "sync.wrong_passphrase": {
        "en": "The passphrase does not open this sync bundle; nothing was changed.",
        "ja": "パスフレーズが違うため同期ファイルを開けません。何も変更していません。",
    },
    "sync.schema_other": {
        "en": "The sync bundle was written by another version of the database (revision {theirs}; this one is at "
              "{ours}). Update both computers to the same version of the app; nothing was changed.",
        "ja": "同期ファイルは別のバージョンのデータベース（リビジョン {theirs}、こちらは {ours}）で作成されています。"
              "両方のパソコンを同じバージョンのアプリにしてください。何も変更していません。",
    },
    "sync.format_newer": {
        "en": "The sync bundle uses a newer file format (version {version}); update this app first. Nothing was changed.",
        "ja": "同期ファイルの形式が新しすぎます（バージョン {version}）。先にアプリを更新してください。何も変更していません。",
    },
    "sync.file_missing": {"en": "No file at {file}.", "ja": "{file} にファイルがありません。"},
    "sync.file_unreadable": {"en": "Cannot read {file}: {reason}", "ja": "{file} を読み込めません: {reason}"},
    "sync.response_for_other": {
        "en": "This answer from the office is for another computer (device {device}); nothing was changed.",
        "ja": "この事務所からの返信ファイルは別のパソコン（端末 {device}）宛てです。何も変更していません。",
    },
    "sync.office_other": {
        "en": "This answer comes from another office database (device {device}) than the one this computer syncs "
              "with; nothing was changed.",
        "ja": "この返信ファイルは、この PC の同期先とは別の事務所データベース（端末 {device}）から来ています。"
              "何も変更していません。",
    },
    "sync.own_bundle": {
        "en": "This bundle was written by this database itself; import it at the office. Nothing was changed.",
        "ja": "この同期ファイルはこのデータベース自身が書き出したものです。事務所側で取り込んでください。何も変更していません。",
    },
    "sync.same_database": {
        "en": "{url} is this computer's own database; give the office database's address.",
        "ja": "{url} はこの PC 自身のデータベースです。事務所のデータベースのアドレスを指定してください。",
    },
    "sync.choice_invalid": {
        "en": "Choose “office” or “laptop” for a conflict, not “{value}”.",
        "ja": "競合の解決には「office」か「laptop」を選んでください（「{value}」は不可）。",
    },
    "sync.resolve_at_office": {
        "en": "Conflicts are resolved at the office; this laptop shows them as of its last sync.",
        "ja": "競合は事務所で解決します。このノートPCには前回の同期時点の状態を表示しています。",
    },
    "sync.conflict_resolved_already": {
        "en": "This conflict was already resolved by {user}.",
        "ja": "この競合はすでに {user} さんが解決しています。",
    },
    "sync.erased_stays_erased": {
        "en": "This person's data was erased on request; the record cannot be brought back. Choose “Keep the office's”.",
        "ja": "この方の個人情報は本人の求めにより消去済みのため、記録を元に戻すことはできません。「事務所の内容を残す」を選んでください。",
    },
    "cli.sync_out": {
        "en": "Wrote {count:,|change|changes} (sequence {first}–{last}) to {file}. Import it at the office with "
              "“sync bundle-in”.",
        "ja": "{count:,} 件の変更（番号 {first}–{last}）を {file} に書き出しました。事務所で「sync bundle-in」で取り込んでください。",
    },
    "cli.sync_in_office": {
        "en": "Applied {received:,|change|changes} ({skipped:,} already here, {conflicts:|conflict|conflicts}, "
              "{open} waiting for a person). The answer for the laptop is in {response}.",
        "ja": "{received:,} 件の変更を反映しました（取り込み済み {skipped:,} 件、競合 {conflicts:,} 件、うち要確認 {open:,} 件）。"
              "ノートPC用の返信ファイル: {response}",
    },
    "cli.sync_in_laptop": {
        "en": "Took in {received:,|change|changes} from the office ({skipped:,} already here); {pending:,} of this "
              "computer's changes are still waiting to be sent.",
        "ja": "事務所から {received:,} 件の変更を取り込みました（取り込み済み {skipped:,} 件）。未送信の変更は {pending:,} 件です。",
    },
    "cli.sync_push": {
        "en": "Sent {received:,|change|changes} to the office ({skipped:,} already there, "
              "{conflicts:|conflict|conflicts}, {open} waiting for a person).",
        "ja": "{received:,} 件の変更を事務所に送りました（送信済み {skipped:,} 件、競合 {conflicts:,} 件、うち要確認 {open:,} 件）。",
    },
    "cli.sync_pull": {
        "en": "Took in {received:,|change|changes} from the office ({skipped:,} already here).",
        "ja": "事務所から {received:,} 件の変更を取り込みました（取り込み済み {skipped:,} 件）。",
    },
    "cli.sync_status": {
        "en": "Device {device}: {pending:,|change|changes} waiting to be sent, "
              "{conflicts:|open conflict|open conflicts}, last sync {last}.",
        "ja": "端末 {device}: 未送信の変更 {pending:,} 件、未解決の競合 {conflicts:,} 件、最終同期 {last}。",
    },
    "cli.sync_never": {"en": "never", "ja": "なし"},
    "cli.sync_no_conflicts": {"en": "No open conflicts.", "ja": "未解決の競合はありません。"},
    "cli.sync_resolved": {"en": "Conflict resolved.", "ja": "競合を解決しました。"},
    "cli.sync_passphrase": {"en": "Bundle passphrase: ", "ja": "同期ファイルのパスフレーズ: "},
    "cli.sync_conflict_line": {
        "en": "{id}  {title} · {field}: base “{base}”, office “{office}”, laptop “{laptop}” ({user})",
        "ja": "{id}  {title}・{field}: 元の値「{base}」、事務所「{office}」、ノートPC「{laptop}」（{user}）",
    },
    "sync.kind.field": {"en": "both changed; the newer change was kept", "ja": "両方で変更（新しい方を採用）"},
    "sync.kind.identity": {"en": "both changed; choose one", "ja": "両方で変更（どちらかを選択）"},
    "sync.kind.delete_edited": {"en": "deleted on the laptop, edited elsewhere", "ja": "ノートPCで削除、他で編集"},
    "sync.kind.edit_deleted": {"en": "edited on the laptop, deleted elsewhere", "ja": "ノートPCで編集、他で削除"},
    "sync.kind.deleted_parent": {"en": "a new entry for a deleted record", "ja": "削除済みレコードへの新しい記録"},
}


def type_name(record_type: str, lang: str = "en") -> str:
    """The record type's name in ``lang``, as a sentence says it (from :mod:`sapporo_mice.vocabulary`)."""
    from sapporo_mice.vocabulary import type_name as name

    return name(record_type, lang)


def register(messages: dict[str, dict[str, str]]) -> None:
    """Add a module's messages to the catalogue (call at import of the module that raises them).

    Each entry needs both ``en`` and ``ja``; ``tests/core/test_messages.py`` checks every registered id.
    """
    for code, entry in messages.items():
        if code in CATALOGUE and CATALOGUE[code] != entry:
            raise ValueError(f"message id {code!r} registered twice with different texts")
        CATALOGUE[code] = entry


def render(code: str, lang: str = "en", **params: Any) -> str:
    """The message ``code`` in ``lang`` with ``params`` filled in; unknown ids fall back to English.

    A count's noun agrees with it where the template says so: ``{count:|row|rows}`` writes "1 row" and
    "2 rows" (``{count:,|row|rows}``: "1,200 rows"); the words may hold fields and a verb that agrees
    (``{count:|row of {table} points|rows of {table} point}``). Japanese needs none of it, but groups its digits
    as English does (``{count:,} 件``). A count given as text is written as it is."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return f"{code}: {params}"
    template = entry.get(lang) or entry["en"]
    if " {" in template or "} " in template:  # a space beside a value: it may go (formats.joined)
        return _joined(template, _Defaulting(params))
    if "|" not in template:
        try:
            return template.format_map(_Defaulting(params))
        except (TypeError, ValueError):  # a count given as text ("-") to a numeric field ({count:,}): as it is
            pass
    return _COUNTING.vformat(template, (), _Defaulting(params))


def _joined(template: str, params: dict[str, Any]) -> str:
    """:func:`render`'s filling of a template with spaces beside its values: piece by piece, so that
    :func:`~sapporo_mice.formats.joined` knows which text is the template's and which a value's."""
    from sapporo_mice.formats import joined

    parts: list[tuple[str, bool]] = []
    for literal, field, spec, conversion in _COUNTING.parse(template):
        if literal:
            parts.append((literal, False))
        if field is None:
            continue
        value = _COUNTING.convert_field(_COUNTING.get_field(field, (), params)[0], conversion)
        if spec and "{" in spec:  # a count's words that name a field ({n:|row of {table}|rows of {table}})
            spec = _COUNTING.vformat(spec, (), params)
        parts.append((_COUNTING.format_field(value, spec or ""), True))
    return joined(parts)


class _Counting(string.Formatter):
    """``str.format`` with one more kind of field: ``{n:SPEC|one|many}``, the number as ``SPEC`` formats it, then
    ``one`` when it is 1 and ``many`` otherwise."""

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        return kwargs[key]

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" not in format_spec:
            try:
                return format(value, format_spec)
            except (TypeError, ValueError):  # a count given as text: written as it is
                return str(value)
        number, one, many = format_spec.split("|", 2)
        try:
            text = format(value, number)
        except (TypeError, ValueError):  # a count given as text ("1,200"): written as it is
            text = str(value)
        return f"{text} {one if _is_one(value) else many}"


def _is_one(value: Any) -> bool:
    if isinstance(value, str):  # a count given as text ("1", "1,200")
        return value.replace(",", "").strip() == "1"
    return value == 1


_COUNTING = _Counting()


def placeholders(template: str) -> set[str]:
    """The names a template fills in, those inside a count's words too (``{n:|row of {table}|rows of {table}}``)."""
    names: set[str] = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            names.add(name)
        if spec and "{" in spec:
            names |= placeholders(spec)
    return names


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
