"""The command line's help in Japanese: one table from each English help text to its Japanese, and
:func:`localize`, which puts it into a built parser when the language is Japanese, together with
argparse's own error messages (a missing argument, a wrong choice …) in Japanese (:func:`error_ja`).

A new English help text needs its Japanese here (tests/core/test_cli_help_ja.py says which is missing)."""

from __future__ import annotations

import argparse
import re
import sys
import types

HELP_JA: dict[str, str] = {
    # argparse's own words
    "positional arguments": "位置引数",
    "options": "オプション",
    "show this help message and exit": "このヘルプを表示して終了します",
    # main.py: the program and its global options
    "Sapporo MICE CRM. Without a command, opens the desktop app.":
        "札幌MICE CRM。コマンドを指定しないとデスクトップアプリを開きます。",
    "database URL (env SAPPORO_MICE_DB; default: the local SQLite file)":
        "データベースのURL（環境変数 SAPPORO_MICE_DB。既定: この PC の SQLite ファイル）",
    "machine-readable output on stdout": "機械処理用の出力を標準出力へ",
    "language of messages": "メッセージの言語",
    "name recorded as the author of changes (default: settings)": "変更者として記録する名前（既定: 設定の値）",
    "open the main window offscreen, show every view, exit": "メイン画面を画面外で開き、すべての画面を表示して終了します",
    # the commands
    "create or upgrade the database (idempotent)": "データベースを作成または更新します（何度実行しても同じ結果）",
    "add realistic bilingual demo data": "日英両言語の実際に近いデモデータを追加します",
    "counts per record type": "記録の種類ごとの件数",
    "search every record type": "すべての種類の記録を検索します",
    "MICE bids: list, add, move through the pipeline": "MICE誘致案件: 一覧、追加、段階の進行",
    "trade fairs: list, add, follow up, results": "見本市: 一覧、追加、フォローアップ、成果",
    "import contacts, leads, companies or students from .csv/.xlsx/.vcf, or meeting series from an association "
    "meetings spreadsheet":
        "連絡先・リード・企業・団体・留学生を .csv/.xlsx/.vcf から、国際会議シリーズを開催実績表から取り込みます",
    "export records to .csv/.xlsx/.vcf, or a fair's schedule to .ics":
        "記録を .csv/.xlsx/.vcf に、見本市の日程を .ics に書き出します",
    "back the database up to FILE (or into an existing folder)":
        "データベースを FILE（または既存のフォルダー）にバックアップします",
    "replace the database with the backup FILE": "データベースをバックアップ FILE の内容に置き換えます",
    "list the backups kept on this computer, newest first": "この PC に保存されているバックアップを新しい順に一覧します",
    "check the database (exit 1 when problems remain)": "データベースを点検します（問題が残れば終了コード 1）",
    "encrypt this computer's database file (recommended for travel)":
        "この PC のデータベースファイルを暗号化します（出張時に推奨）",
    "store this computer's database file unencrypted again":
        "この PC のデータベースファイルの暗号化を解除します",
    "change the passphrase of the encrypted database file": "暗号化したデータベースファイルのパスフレーズを変更します",
    "print a PDF briefing pack (fair | company | visit | bid | student | kpi)":
        "PDFのブリーフィング資料を作成します（fair | company | visit | bid | student | kpi）",
    "local companies' export support: cases, suggestions": "市内企業の海外展開支援: 事例、提案",
    "partner cities, networks, exchanges and anniversaries": "姉妹・友好都市、ネットワーク、交流、周年",
    "students and openings: suggestions, explained": "留学生と求人: 根拠つきの提案",
    "students' personal data: export, erase, retention purge": "留学生の個人情報: 書き出し、消去、保存期限による消去",
    "sync with the office: bundles, push, pull, conflicts": "事務所との同期: バンドル、送信、受信、競合",
    "the plan's evaluation indicators by fiscal year": "計画の評価指標（年度別）",
    # demo
    "multiply the amount of data (default 1)": "データ量の倍率（既定 1）",
    "random seed (same seed, same data)": "乱数のシード（同じシードなら同じデータ）",
    # bid
    "list bids, soonest deadline first": "誘致案件の一覧（締切の近い順）",
    "add a bid (estimated with today's impact parameters)": "誘致案件を追加します（現在の効果パラメーターで推計）",
    "move a bid to a stage (won/lost need --decision-on and --reason; bid_submitted needs --deadline)":
        "誘致案件を段階に進めます（won/lost には --decision-on と --reason、bid_submitted には --deadline が必要）",
    "a bid's stage history": "誘致案件の段階の履歴",
    "the office's default stage probabilities and impact parameters (shared by every computer); change them":
        "事務所共通の段階ごとの既定確度と経済波及効果の算定前提（全 PC で共有）の表示と変更",
    "a stage's default probability, 0-100 (repeatable)": "段階の既定の確度 0〜100（複数指定可）",
    "an impact parameter, e.g. ripple_multiplier=2.0 or per_foreign_jpy.conference=370000 (repeatable)":
        "算定前提の値。例: ripple_multiplier=2.0、per_foreign_jpy.conference=370000（複数指定可）",
    "reminder tasks before a bid's deadline and on its decision date":
        "誘致案件の締切前と決定日のリマインダータスク",
    "a bid's deadline, decision and meeting dates as an .ics file": "誘致案件の締切・決定日・会議日程を .ics ファイルに",
    "meeting series and their past editions from an ICCA-style .csv or .xlsx (one row per edition); "
    "the same as `import meetings FILE`":
        "ICCA形式の .csv または .xlsx から会議シリーズと過去の開催回を取り込みます（1行に1回）。"
        "`import meetings ファイル` と同じです",
    "estimated impact weighted by probability, per fiscal year": "確度で重み付けした推計効果（年度別）",
    "when a meeting series can next come to Asia, Japan, Sapporo": "会議シリーズが次にアジア・日本・札幌に来られる時期",
    "edition year": "開催年",
    "meeting series REF": "会議シリーズ REF",
    "YYYY-MM-DD": "日付 YYYY-MM-DD",
    "international delegates": "海外からの参加者数",
    "domestic delegates": "国内からの参加者数",
    "accompanying persons": "同伴者数",
    "bid deadline, YYYY-MM-DD": "誘致の締切日 YYYY-MM-DD",
    "the organiser's own spend in yen (for the estimate)": "主催者自身の支出（円、推計用）",
    "do not estimate the economic impact": "経済効果を推計しません",
    "why it was won or lost": "獲得または失注の理由",
    "0-100 (default: the stage's)": "0-100（既定: 段階ごとの値）",
    "a note kept in the stage history": "段階の履歴に残すメモ",
    "the .ics file to write": "書き出す .ics ファイル",
    "check the file, write nothing": "ファイルを点検するだけで、何も書き込みません",
    "YYYY-MM-DD (default today)": "日付 YYYY-MM-DD（既定: 今日）",
    # fair
    "list fairs: those ahead soonest first, then past ones latest first":
        "見本市の一覧: これからのものを近い順に、続いて過去のものを新しい順に",
    "add a fair": "見本市を追加します",
    "create a follow-up task for each lead of a fair": "見本市のリードごとにフォローアップのタスクを作成します",
    "leads and sales results of a fair": "見本市のリードと商談成果",
    "only fairs that have not ended": "終了していない見本市のみ",
    "only fairs that have ended": "終了した見本市のみ",
    "ISO 3166 code, e.g. SG": "ISO 3166 の国コード（例: SG）",
    "IANA time zone, e.g. Asia/Singapore": "IANA タイムゾーン（例: Asia/Singapore）",
    "count due dates from this date (YYYY-MM-DD; default today)": "期日をこの日から数えます（YYYY-MM-DD。既定: 今日）",
    # import / export
    "the fair the rows come from (leads; phone region)": "行の出所の見本市（リード用。電話番号の地域にも使用）",
    "validate everything, apply nothing": "すべて検証し、何も反映しません",
    "apply the valid rows, report the rest": "有効な行を反映し、残りを報告します",
    "what to do with rows that look like existing records (default: create and report)":
        "既存の記録と似ている行の扱い（既定: 作成して報告）",
    "a person already in the CRM by exact email or E.164 phone: fill their empty fields and report conflicts "
    "(update, the default), leave them (skip), or add a new person (create)":
        "メールアドレスまたは E.164 形式の電話番号が完全に一致する、CRM に登録済みの人の扱い: "
        "空欄を埋めて食い違いを報告（update、既定）、そのまま（skip）、新しい人として追加（create）",
    "split this row's full name the other way round (family and given name swapped)":
        "この行の氏名を逆に分けます（姓と名を入れ替え）",
    "map a column to a field": "列を項目に対応付けます",
    "CSV encoding (default: detect)": "CSV の文字コード（既定: 自動判定）",
    "XLSX sheet name (default: the first)": "XLSX のシート名（既定: 最初のシート）",
    "only this fair's leads and contacts (required for .ics)": "この見本市のリードと連絡先のみ（.ics には必須）",
    "CSV encoding (default: UTF-8 with BOM, for Excel)": "CSV の文字コード（既定: Excel 向けの BOM 付き UTF-8）",
    "CP932: refuse a character it cannot hold instead of writing 〓 and warning":
        "CP932: 表せない文字を 〓 に置き換えて警告する代わりに、書き出しを中止します",
    # maintenance / safety
    "do not ask for confirmation": "確認を求めません",
    "repair what can be repaired, then check again": "修復できるものを修復し、もう一度点検します",
    # brief
    "fair | company | visit | bid | student | kpi": "資料の種類: fair | company | visit | bid | student | kpi",
    "the record's id or name (a part of the name that only it has will do)": "記録の ID または名前（その記録だけに当てはまる名前の一部でも可）",
    "where to write the PDF": "PDF の書き出し先",
    "company: Japanese and English side by side": "company: 日本語と英語を並べて表示",
    # export support (companies)
    "overseas expansion cases and their count by fiscal year": "海外展開の事例と年度別の件数",
    "overseas buyers and fair leads that fit a company (for a buyer: the local companies that fit), with reasons":
        "企業・団体に合う海外バイヤーと見本市のリード（バイヤーの場合は合う市内企業）を理由つきで",
    "companies with open needs, no recent contact or quiet markets":
        "未対応のニーズがある、最近連絡のない、または動きのない市場の企業・団体",
    "only this fiscal year (April–March; alone: the current one)": "この年度のみ（4月〜3月。値なしで今年度）",
    # network
    "partner cities and networks": "姉妹・友好都市とネットワーク",
    "exchanges and cooperation projects, counted by fiscal year": "交流と協力事業（年度別の件数）",
    "round-number anniversaries ahead": "これからの節目の周年",
    "ISO 3166 code: only the partner cities in this country": "ISO 3166 の国コード: この国の姉妹・友好都市のみ",
    "fiscal year (April–March), e.g. 2026 or FY2026; default: all years":
        "年度（4月〜3月）、例: 2026 または FY2026。既定: すべての年度",
    "how many years ahead (default 5)": "何年先まで（既定 5）",
    # students
    "the best students for an opening, or openings for a student": "求人に最適な留学生、または留学生に合う求人",
    "a student's id or name": "留学生の ID または名前",
    "an opening's id or title": "求人の ID または名称",
    "show the best N (default 10)": "上位 N 件を表示（既定 10）",
    "print each suggestion's reasons": "提案ごとの理由を表示します",
    "weigh a criterion (skills, languages, industry, job_type, location, timing) for this run; repeatable; "
    "the others keep the office's weights":
        "今回だけ使う基準の重み（skills, languages, industry, job_type, location, timing）。繰り返し指定可。"
        "指定しない基準は事務所共通の重みのまま",
    "the office's matching weights: show them, or set them for everyone":
        "事務所共通のマッチングの重み: 表示、または全員分を設定します",
    "save a criterion's weight (0 or more) for the office; repeatable":
        "基準の重み（0 以上）を事務所共通で保存します。繰り返し指定可",
    "back to the built-in weights, for the office": "事務所共通の重みを既定値に戻します",
    "everything held about a student (JSON, or PDF with -o FILE.pdf)":
        "留学生について保有するすべての情報（JSON、または -o FILE.pdf で PDF）",
    "the profile sheet a company may be given (needs sharing consent)":
        "企業・団体に渡せるプロフィールシート（共有の同意が必要）",
    "erase the personal data of students past their retention date": "保存期限を過ぎた留学生の個人情報を消去します",
    "erase one student's personal data now (on request)": "留学生1人の個人情報を今すぐ消去します（本人の求めに応じて）",
    "who viewed or exported students' data (data officer only)":
        "留学生のデータを閲覧・書き出しした人（個人情報管理者のみ）",
    "write to FILE (.json or .pdf) instead of stdout": "標準出力の代わりに FILE（.json または .pdf）へ書き出します",
    "list who would be erased; change nothing": "消去対象の一覧を表示するだけで、何も変更しません",
    # sync
    "write this computer's unsent changes to an encrypted file": "この PC の未送信の変更を暗号化ファイルに書き出します",
    "take in a bundle: a laptop's (at the office) or the office's answer":
        "バンドルを取り込みます: ノートPCのもの（事務所で）または事務所からの返信",
    "send this computer's changes straight to the office database": "この PC の変更を事務所のデータベースへ直接送信します",
    "take in the office database's changes": "事務所のデータベースの変更を取り込みます",
    "device, pending changes, open conflicts, last sync": "端末、未送信の変更、未解決の競合、前回の同期",
    "the conflicts queue": "競合の一覧",
    "settle a conflict: keep the office's side or take the laptop's": "競合を解決します: 事務所側を残すか、ノートPC側を採用",
    "where the office writes its answer (default: beside FILE)": "事務所が返信を書き出す場所（既定: FILE と同じ場所）",
    "resolved ones too": "解決済みのものも含めます",
    # kpi
    "fiscal year (April–March), e.g. 2026 or FY2026; default: this one":
        "年度（4月〜3月）、例: 2026 または FY2026。既定: 今年度",
    "enter a target, an actual (entered indicators) or a source note": "目標値・実績値（入力型の評価指標）・出典メモを入力します",
    "the records behind a computed indicator's number": "算出型の評価指標の数値の元になった記録",
    "the year as an XLSX workbook": "その年度を XLSX ブックに書き出します",
    "targets, entered actuals and notes from an XLSX workbook": "XLSX ブックから目標値・入力済みの実績値・メモを取り込みます",
    "indicator code, e.g. P2_VISITORS": "評価指標のコード（例: P2_VISITORS）",
    "fiscal year": "年度",
    "target for the year ('' clears)": "その年度の目標値（'' で消去）",
    "actual for the year, for an entered indicator ('' clears)": "入力型の評価指標の、その年度の実績値（'' で消去）",
    "where the figure comes from (survey, statistics)": "数値の出典（調査、統計）",
    "fiscal year; default: this one": "年度。既定: 今年度",
    "FILE.xlsx": "FILE.xlsx ファイル",
    "FILE.xlsx (as kpi export writes it)": "FILE.xlsx（kpi export が書き出す形式）",
    "fiscal year of rows that give none": "年度の記載がない行の年度",
    # the arguments' own help (every argument has some: tests/core/test_cli_help_ja.py)
    "the words to look for": "検索する語",
    "at most this many hits (default 20)": "表示する件数の上限（既定 20）",
    "only bids at this stage": "この段階の誘致案件だけ",
    "only this staff member's": "この担当者の分だけ",
    'the bid\'s name, e.g. "ISA 2027 Sapporo"': "誘致案件名（例: ISA 2027 Sapporo）",
    "the kind of meeting (default: conference)": "会議の種類（既定: conference）",
    "the staff member in charge": "担当者",
    "the stage to move it to": "移す先の段階",
    "the .csv or .xlsx file": ".csv または .xlsx ファイル",
    "the meeting series' id or unique name": "会議シリーズの ID または一意の名前",
    'the fair\'s name, e.g. "FHA Food & Hotel Asia 2026"': "見本市名（例: FHA Food & Hotel Asia 2026）",
    "the host city": "開催都市",
    "the host city's English name, where the city is written in Japanese": "開催都市の英語名（都市名を日本語で書いたとき）",
    "the pavilion's English name, where it is written in Japanese": "パビリオンの英語名（パビリオン名を日本語で書いたとき）",
    "who organizes the fair": "主催者",
    "its name in Japanese": "日本語の名称",
    "the sector, e.g. food": "分野（例: 食品）",
    "the city's pavilion at the fair": "札幌市のパビリオン名",
    "the budget in yen": "予算（円）",
    "what the file holds": "ファイルに入っている記録の種類",
    "the .csv, .xlsx or .vcf file": ".csv、.xlsx、.vcf ファイル",
    "what to export": "書き出す記録の種類",
    "the file to write; its extension chooses the format": "書き出すファイル（拡張子で形式が決まります）",
    "the vCard version of a .vcf file (default 4.0)": ".vcf ファイルの vCard バージョン（既定 4.0）",
    "the backup file, or a folder to put it in": "バックアップファイル、または保存先のフォルダー",
    "the backup file to restore": "復元するバックアップファイル",
    "the paper size (default A4)": "用紙サイズ（既定 A4）",
    "how many to suggest (default 10)": "提案する件数（既定 10）",
    "only this student's (default: everyone's)": "この学生の分だけ（既定: 全員）",
    "the bundle file to write": "書き出すバンドルファイル",
    "the bundle file to take in": "取り込むバンドルファイル",
    "the office database's URL": "事務所のデータベースの URL",
    "the conflict's id (listed by `sync conflicts`)": "競合の ID（`sync conflicts` で一覧できます）",
    "office: keep the office's value; laptop: take the laptop's": "office: 事務所の値を残す、laptop: ノート PC の値を採る",
    "the indicator's code (listed by `kpi`)": "評価指標のコード（`kpi` で一覧できます）",
    "the student's id or whole name (erasing takes no part of a name)": "学生の ID または氏名全体（消去では名前の一部は使えません）",
}

USAGE_JA = "使い方: "

# argparse's error messages (Python 3.11–3.13), each a pattern and its Japanese; "argument X: …" wraps another.
ERRORS_JA: tuple[tuple[str, str], ...] = (
    (r"argument (?P<argument>\S+(?: \S+)?): (?P<message>.*)", "引数 {argument}: {message}"),
    (r"the following arguments are required: (?P<arguments>.*)", "次の引数を指定してください: {arguments}"),
    (r"unrecognized arguments: (?P<arguments>.*)", "使えない引数があります: {arguments}"),
    (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", "{value}は選べません（選べるもの: {choices}）"),
    (r"invalid (?P<type>\w+) value: (?P<value>.*)", "{value}は{type}ではありません"),
    (r"expected one argument", "値を 1 つ指定してください"),
    (r"expected at most one argument", "値は 1 つまでです"),
    (r"expected at least one argument", "値を 1 つ以上指定してください"),
    (r"expected (?P<count>\d+) arguments?", "値を {count} 個指定してください"),
    (r"not allowed with argument (?P<argument>.*)", "引数 {argument} と同時には使えません"),
    (r"one of the arguments (?P<arguments>.*) is required", "引数 {arguments} のどれか 1 つを指定してください"),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", "オプション {option} は {matches} のどれとも取れます"),
    (r"ignored explicit argument (?P<value>.*)", "このオプションには値 {value} を付けられません"),
)
TYPES_JA = {"int": "整数", "float": "数値"}


def _quoted(text: str) -> str:
    """argparse's ``'value'`` (a repr) as 「value」; a list of them joined with 、."""
    values = re.findall(r"'((?:[^'\\]|\\.)*)'", text)
    return "、".join(f"「{v}」" for v in values) if values else text


def translate_error(message: str) -> str:
    """``message`` (one of argparse's) in Japanese; a message it does not know, unchanged."""
    for pattern, japanese in ERRORS_JA:
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            parts = match.groupdict()
            if "message" in parts:
                parts["message"] = translate_error(parts["message"])
            for name in ("value", "choices"):
                if name in parts:
                    parts[name] = _quoted(parts[name])
            if "type" in parts:
                parts["type"] = TYPES_JA.get(parts["type"], parts["type"])
            return japanese.format(**parts)
    return message


def error_ja(parser: argparse.ArgumentParser, message: str) -> None:
    """:meth:`argparse.ArgumentParser.error` in Japanese: the usage, then the message; exits with 2 as it does."""
    parser.print_usage(sys.stderr)
    parser.exit(2, f"{parser.prog}: エラー: {translate_error(message)}\n")


class _JapaneseFormatter(argparse.HelpFormatter):
    """argparse's formatter with the usage line's title in Japanese."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE_JA if prefix is None else prefix)


def parsers(parser: argparse.ArgumentParser):
    """``parser`` and every sub-parser under it, depth first."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # an alias maps to the same parser
                yield from parsers(sub)


def texts(parser: argparse.ArgumentParser):
    """Every translatable text of ``parser`` and its sub-parsers, as (object, attribute name) pairs."""
    for each in parsers(parser):
        yield each, "description"
        for group in each._action_groups:
            yield group, "title"
            yield group, "description"
        for action in each._actions:
            if action.help != argparse.SUPPRESS:
                yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield choice, "help"


def localize(parser: argparse.ArgumentParser, lang: str | None) -> None:
    """Put the Japanese of :data:`HELP_JA` into ``parser``'s help when ``lang`` is "ja"; else leave it English."""
    if lang != "ja":
        return
    for owner, name in texts(parser):
        text = getattr(owner, name)
        if text in HELP_JA:
            setattr(owner, name, HELP_JA[text])
    for each in parsers(parser):
        each.formatter_class = _JapaneseFormatter
        each.error = types.MethodType(error_ja, each)
