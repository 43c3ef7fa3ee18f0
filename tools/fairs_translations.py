"""Add the fair, import/export and duplicate screens' new strings (``ui/fairs/``, ``ui/io/``,
``ui/duplicates.py``) to ``resources/translations/fairs_{ja,en}.ts``, translated from the table below.

The fair screens keep their own catalogue (one pair per area). Run after adding a string there. The
tool only appends: pyside6-lupdate lists the strings the sources use (into a scratch file), and each
one the catalogues lack is added, its Japanese from ``JA`` below and its English the source itself;
nothing already in a catalogue is rewritten, filled again or removed. It used to let lupdate rewrite
the catalogues and then fill every message from ``JA``, but PySide6 6.11's lupdate cannot see a
``QCoreApplication.translate`` call that passes a count, so the rewrite dropped those plural messages
and demoted the Japanese plural forms it did see; and the English fill wrote a plural message's source
beside its forms, which lrelease refuses. The steps are shared with the other areas' tools:
``tools/update_translations.py``.

A string without a Japanese entry below, and a plural one (its forms are written by hand), is added
unfinished, reported on stderr, and the script exits 1 (so does any string the sources use that is
still unfinished in a catalogue); translate it in the ``.ts``, which the next run leaves as it is.
Strings another area's catalogue holds stay there, and strings no longer used are removed by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from update_translations import refresh

ROOT = Path(__file__).resolve().parent.parent

JA = {
    "ImportFields": {
        "Acronym": "略称",
        "Association": "主催団体",
        "City": "開催都市",
        "Participants": "参加者数",
        "Frequency": "開催頻度",
        "Month held": "開催月",
        "Rotation area": "巡回地域",
        "Year held": "開催年",
        "Address": "住所",
        "Capital (yen)": "資本金（円）",
        "Captured at": "取得日時",
        "Consent expires": "同意の有効期限",
        "Consent date": "同意日",
        "Consent purposes": "同意の目的",
        "May be shared with companies": "企業への提供可",
        "Corporate number": "法人番号",
        "Country": "国",
        "Degree": "学位",
        "Department": "部署",
        "Desired industries": "希望業種",
        "Desired job types": "希望職種",
        "Desired locations": "希望勤務地",
        "Display name": "表示名",
        "Email (work)": "メール（勤務先）",
        "Email (home)": "メール（自宅）",
        "Employees": "従業員数",
        "English level": "英語レベル",
        "Fair": "見本市",
        "Family name": "姓",
        "Family name (kana)": "姓（よみ）",
        "Fax": "FAX",
        "Follow-up date": "フォローアップ日",
        "Full name": "氏名",
        "Given name": "名",
        "Given name (kana)": "名（よみ）",
        "Graduation month": "卒業月",
        "Graduation year": "卒業年",
        "Industry": "業種",
        "Interest": "関心事項",
        "Interested in internships": "インターンシップ希望",
        "JLPT level": "日本語能力試験",
        "Kind": "種別",
        "Languages": "言語",
        "Name in Latin letters": "ローマ字氏名",
        "Lead kind": "リード種別",
        "Lead title": "リード件名",
        "Major": "専攻",
        "Mobile": "携帯電話",
        "Name": "名称",
        "Name (English)": "名称（英語）",
        "Name (Japanese)": "名称（日本語）",
        "Nationality": "国籍",
        "Next action": "次のアクション",
        "Notes": "メモ",
        "Organization": "所属",
        "Other languages": "その他の言語",
        "Owner": "担当者",
        "Phone (work)": "電話（勤務先）",
        "Phone (home)": "電話（自宅）",
        "Postal code": "郵便番号",
        "Rating": "評価",
        "Reading (kana)": "フリガナ（氏名）",
        "Residence status": "在留資格",
        "Keep until": "保存期限",
        "Skills": "スキル",
        "Status": "状況",
        "Tags": "タグ",
        "Job title": "役職",
        "University": "大学",
        "Website": "ウェブサイト",
    },
    "FairActions": {
        "Select one record first.": "先にレコードを1件選んでください。",
        "Booth capture": "ブースで名刺入力", "Import leads…": "リードを取り込む…", "Export…": "書き出す…",
        "Results": "成果", "Create follow-ups…": "フォローアップを作成…", "Merge selected…": "選択した2件を統合…",
        "Find duplicates…": "重複候補を探す…", "Undo a merge…": "統合を取り消す…", "Import…": "取り込む…",
    },
    "BoothCapture": {
        "No fair": "見本市がありません", "Create the fair first (Fairs → New record).":
            "先に見本市を登録してください（見本市 → 新規作成）。",
        "Booth capture": "ブースで名刺入力", "Capture leads for which fair?": "どの見本市のリードを入力しますか？",
    },
    "BoothCaptureWindow": {
        "Booth capture — %1": "ブースで名刺入力 — %1", "optional, e.g. ヤマダ タロウ": "任意。例: ヤマダ タロウ",
        "as printed on the card": "名刺の表記のまま", "product or other interest": "商品名などの関心事項",
        "&Name": "氏名(&N)", "Rea&ding": "フリガナ(&D)", "&Company": "会社名(&C)", "Co&untry": "国(&U)",
        "&Email": "メール(&E)", "&Phone": "電話(&P)", "&Title": "役職(&T)", "&Rating": "評価(&R)",
        "Interested in exhi&bitor": "関心のある出展企業(&B)", "&Interest (product)": "関心（商品）(&I)",
        "N&otes": "メモ(&O)", "Ne&xt action": "次のアクション(&X)",
        "Save and next (Enter)": "保存して次へ（Enter）",
        "Enter saves this visitor at once and clears the form. Esc closes.":
            "Enter でこの来場者をすぐに保存し、入力欄を空にします。Esc で閉じます。",
        "Business card": "名刺", "Save a visitor first.": "先に来場者を保存してください。",
        "Drop a photo or scan of the card here": "名刺の写真やスキャン画像をここにドロップ",
        "Attach card photo…": "名刺の画像を添付…", "not a complete number yet": "まだ番号が不完全です",
        "(none)": "（なし）", "Today: %1 · This fair: %2": "本日: %1 件 · この見本市: %2 件",
        "same email": "メールアドレスが同じ", "same phone": "電話番号が同じ", "same name and company": "氏名と会社が同じ",
        "Already known? Possible duplicate:": "登録済みかもしれません。重複候補:",
        "Saved: %1": "保存しました: %1", "Card for: %1": "名刺の添付先: %1",
        "Not saved: please correct the fields marked in red. Nothing typed was lost.":
            "保存していません。赤字の項目を直してください。入力した内容はそのまま残っています。",
        "Not saved: %1": "保存していません: %1", "Business card photo": "名刺の画像",
        "Images (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)":
            "画像 (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)",
        "Card attached: %1": "名刺を添付しました: %1",
    },
    "DuplicateFinder": {
        "Possible duplicates — %1": "重複候補 — %1", "Score": "一致度", "Record": "レコード",
        "Possible duplicate": "重複候補", "Why": "理由", "Merge…": "統合…", "Search again": "再検索",
        "Searching…": "検索中…",
        "%1 possible duplicate pair(s). Nothing is merged without you.":
            "重複候補は %1 組です。あなたが操作しない限り統合されません。",
    },
    "Duplicates": {
        "same email": "メールアドレスが同じ", "same phone": "電話番号が同じ",
        "same name and company": "氏名と会社が同じ", "same corporate number": "法人番号が同じ",
        "same company name (legal form ignored)": "会社名が同じ（株式会社などを除く）",
    },
    "ExportDialog": {
        "Export": "書き出し", "Contacts": "連絡先", "Leads": "リード", "Companies": "企業・団体",
        "Students": "留学生", "A fair's schedule (.ics)": "見本市の日程（.ics）",
        "(no limit: all records)": "（絞り込まない：すべて）", "Choose…": "選択…", "Records": "対象",
        "Limit to a fair": "見本市で絞り込み", "Format": "形式", "Save as": "保存先",
        "CSV, UTF-8 with BOM (Excel)": "CSV（UTF-8 BOM付き・Excel 向け）",
        "CSV, Shift_JIS (CP932)": "CSV（Shift_JIS / CP932）", "Excel workbook (.xlsx)": "Excel ブック（.xlsx）",
        "vCard 4.0": "vCard 4.0", "vCard 3.0 (older phones)": "vCard 3.0（古い携帯電話向け）",
        "iCalendar (.ics)": "iCalendar（.ics）", "Export to": "書き出し先",
        "Choose where to save the file.": "保存先を指定してください。",
        "Choose the fair whose schedule to export.": "日程を書き出す見本市を選んでください。",
        "Exporting…": "書き出し中…", "Exported %1 record(s) to %2.": "%1 件を %2 に書き出しました。",
        "Not exported: %1": "書き出せませんでした: %1",
    },
    "FairResultsView": {
        "Fair results": "見本市の成果", "Country": "国", "Leads": "リード数", "Rating": "評価",
        "Exhibitor of interest": "関心のある出展企業", "Exhibitor": "出展企業", "Booth": "ブース",
        "Negotiations": "商談件数", "Deals": "成約件数", "Expected sales (JPY)": "見込み売上（円）",
        "Actual sales (JPY)": "実績売上（円）", "Cost (JPY)": "経費（円）", "Subsidy (JPY)": "補助金（円）",
        "Leads by country": "国別リード", "Leads by rating": "評価別リード",
        "Leads by exhibitor of interest": "出展企業別リード",
        "Exhibitors' results (per participation, total in the last row)": "出展企業ごとの成果（最終行は合計）",
        "Create follow-up tasks": "フォローアップのタスクを作成",
        "One task per lead without one: A due in 1 day, B in 2 days, C (or unrated) in a week; D gets none.":
            "タスクのないリードごとに1件作成します。期限は A が1日後、B が2日後、C（評価なし含む）が1週間後。D は作成しません。",
        "Results — %1": "成果 — %1", "Results of %1": "%1 の成果", "not rated": "評価なし",
        "none given": "指定なし", "unknown": "不明", "Total": "合計",
        "%1 leads · %2 negotiations · %3 deals · expected sales ¥%4 · actual sales ¥%5 · cost ¥%6 · subsidy ¥%7":
            "リード %1 件 · 商談 %2 件 · 成約 %3 件 · 見込み売上 ¥%4 · 実績売上 ¥%5 · 経費 ¥%6 · 補助金 ¥%7",
        "Create a follow-up task for every lead of this fair that has none?":
            "この見本市のリードのうち、タスクがないものすべてにフォローアップのタスクを作成しますか？",
        "Created %1 follow-up task(s); %2 lead(s) got a follow-up date. Leads that already had a task were left alone.":
            "フォローアップのタスクを %1 件作成し、%2 件のリードにフォローアップ日を設定しました。タスクがあるリードはそのままです。",
    },
    "ImportWizard": {
        "Meeting series (association meetings spreadsheet, ICCA)": "国際会議シリーズ（ICCA 形式の開催実績表）",
        "Import": "取り込み", "Row": "行", "Column": "列", "Kind": "種類", "Message": "内容",
        "1. What to import": "1. 取り込む内容", "Contacts": "連絡先", "Leads": "リード",
        "Companies": "企業・団体", "Students": "留学生", "A .csv, .xlsx or .vcf file": ".csv、.xlsx、.vcf ファイル",
        "Choose file…": "ファイルを選択…", "(no fair)": "（見本市なし）", "Detect automatically": "自動判別",
        "UTF-8": "UTF-8", "UTF-8 with BOM": "UTF-8（BOM付き）", "Shift_JIS (CP932)": "Shift_JIS（CP932）", "UTF-16": "UTF-16",
        "File": "ファイル", "Fair (links leads; its country reads local phones)":
            "見本市（リードを関連付け、国内表記の電話番号をその国で読み取ります）",
        "Text encoding": "文字コード", "2. Columns → fields (change any that are wrong)":
            "2. 列と項目の対応（違っていれば直してください）",
        "Column in the file": "ファイルの列", "Imported as": "取り込み先の項目",
        "3. Check: problems by row and column": "3. 確認: 行・列ごとの問題",
        "Check (dry run)": "確認（試行）", "Import all (nothing if any row has an error)":
            "すべて取り込む（エラーが1行でもあれば何も取り込みません）",
        "Import valid rows only": "正しい行だけ取り込む", "Cancel import": "取り込みを中止", "Close": "閉じる",
        "File to import": "取り込むファイル",
        "Spreadsheets and cards (*.csv *.xlsx *.vcf);;All files (*)":
            "表計算ファイルと vCard (*.csv *.xlsx *.vcf);;すべてのファイル (*)",
        "A vCard file has no columns to map: each card's fields are read as they are.":
            "vCard ファイルには列がありません。各カードの項目をそのまま読み取ります。",
        "(not a field: kept in the notes)": "（項目なし: 備考に残す）",
        "%1 columns; %2 mapped to fields. Read as %3.": "%1 列のうち %2 列を項目に対応付けました。文字コード: %3",
        "Which text encoding?": "文字コードはどれですか？",
        "This file reads as text in more than one encoding. Which one was it saved in? "
        "(Japanese Excel usually saves Shift_JIS.)":
            "このファイルは複数の文字コードで読めてしまいます。どの文字コードで保存されましたか？"
            "（日本語版 Excel は通常 Shift_JIS で保存します。）",
        "Checking…": "確認中…", "Importing…": "取り込み中…", "Reading rows": "行を読み込み中",
        "Preparing rows": "行を準備中", "Saving to the database…": "データベースに保存中…",
        "Cancelling…": "中止しています…", "Cancelled: nothing was imported.": "中止しました。何も取り込んでいません。",
        "Error": "エラー", "Warning": "警告", "Possible duplicate": "重複候補",
        "Rows read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.":
            "読み込み %1 行 · エラー %2 件 · 警告 %3 件 · 重複候補 %4 件。",
        "Nothing imported yet: %1 rows would be created.": "まだ取り込んでいません。%1 行が登録される予定です。",
        "Imported: %1 rows created, %2 skipped.": "取り込みました: 登録 %1 行、スキップ %2 行。",
        "Nothing was imported. Correct the rows marked as errors, or import the valid rows only.":
            "何も取り込んでいません。エラーの行を直すか、正しい行だけを取り込んでください。",
    },
    "MergeDialog": {
        "Merge duplicates": "重複の統合",
        "Choose, for each field, the value to keep. The record on the right is merged into the one on the left; "
        "its linked records move over. You can undo this.":
            "項目ごとに残す値を選んでください。右のレコードを左のレコードに統合し、関連レコードも左に移します。"
            "統合は取り消せます。",
        "Swap sides": "左右を入れ替え", "Merge": "統合", "Undo merge": "統合を取り消す", "Keep: %1": "残す: %1",
        "Merge away: %1": "統合される: %1",
        "Emails and phones of both records are kept (the same number only once).":
            "両方のメールアドレスと電話番号を残します（同じ番号は1つにまとめます）。",
        "Field": "項目", "(empty)": "（空欄）",
        "Merged. %1 linked record(s) moved to the kept record.": "統合しました。関連レコード %1 件を残したレコードに移しました。",
        "The merge was undone: both records are back.": "統合を取り消しました。両方のレコードが元に戻りました。",
    },
    "MergeField": {
        "Family name": "姓", "Given name": "名", "Family name reading": "姓（フリガナ）",
        "Given name reading": "名（フリガナ）", "Latin name": "ローマ字表記", "Display name": "表示名",
        "Job title": "役職", "Department": "部署", "Organization": "所属", "Country": "国", "Languages": "言語",
        "Owner": "担当者", "Tags": "タグ", "Notes": "備考", "Kind": "種別", "Name": "名称",
        "Japanese name": "日本語名", "English name": "英語名", "Reading": "フリガナ", "Corporate number": "法人番号",
        "Postal code": "郵便番号", "Address": "住所", "Website": "ウェブサイト", "Email": "メールアドレス",
        "Phone": "電話番号", "Industry": "業種", "Employees": "従業員数", "Capital (JPY)": "資本金（円）",
    },
    "MergeHistoryDialog": {
        "Undo merge": "統合の取り消し", "Merged at": "統合日時", "By": "実行者", "Role of this record": "このレコード",
        "Undone": "取り消し日時", "Undo selected merge": "選択した統合を取り消す", "kept": "残した側",
        "merged away": "統合された側", "The merge was undone.": "統合を取り消しました。",
    },
}


def sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (*(ROOT / "ui" / "fairs").glob("*.py"),
                                                           *(ROOT / "ui" / "io").glob("*.py"), ROOT / "ui" / "duplicates.py"))


def main() -> int:
    return refresh("fairs", sources(), JA)


if __name__ == "__main__":
    sys.exit(main())
