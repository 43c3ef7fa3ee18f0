"""Typed errors for unreadable files and unwritable exports, and the io package's messages (ja + en)."""

from __future__ import annotations



from sapporo_mice import messages



messages.register({
    "io.file_missing": {"en": "{file}: no such file.", "ja": "{file}: ファイルがありません。"},
    "io.file_empty": {"en": "{file}: the file is empty.", "ja": "{file}: ファイルが空です。"},
    "io.file_locked": {
        "en": "{file}: the file cannot be opened. Close it in any other program (Excel keeps an open file locked) "
              "and check that you may read it.",
        "ja": "{file}: ファイルを開けません。ほかのプログラム（Excel など）で開いていれば閉じ、読み取りの権限が"
              "あるかを確かめてください。"},
    "io.file_unreadable": {"en": "{file}: the file cannot be read ({reason}).",
                           "ja": "{file}: ファイルを読めません（{reason}）。"},
    "io.file_too_large": {
        "en": "{file}: the file is {size:,} MB, more than an import reads ({limit:,} MB). Split it and import each part.",
        "ja": "{file}: ファイルが {size:,} MB あり、一度に取り込める大きさ（{limit:,} MB）を超えています。"
              "分割してから取り込んでください。"},
    "io.xlsx_too_large": {
        "en": "{file}: the workbook unpacks to {size:,} MB, more than an import reads ({limit:,} MB). Save the sheet "
              "as CSV, or split it, and import again.",
        "ja": "{file}: ブックを展開すると {size:,} MB になり、一度に取り込める大きさ（{limit:,} MB）を超えています。"
              "シートを CSV で保存するか分割してから、もう一度取り込んでください。"},
    "io.too_many_rows": {
        "en": "{file}: the file holds more than {limit:,} rows, more than one import takes. Split it and import "
              "each part.",
        "ja": "{file}: {limit:,} 行を超えており、一度に取り込める行数を超えています。分割してから取り込んでください。"},
    "io.header_only": {"en": "{file}: the file has a header row but no data rows.",
                       "ja": "{file}: 見出し行だけでデータ行がありません。"},
    "io.binary": {"en": "{file}: this is not a text file (it contains binary data).",
                  "ja": "{file}: テキストファイルではありません（バイナリデータを含みます）。"},
    "io.encoding_unknown": {"en": "{file}: the text is neither UTF-8 nor CP932 (Shift_JIS).",
                            "ja": "{file}: 文字コードが UTF-8 でも CP932（Shift_JIS）でもありません。"},
    "io.encoding_ambiguous": {
        "en": "{file}: the encoding is ambiguous ({candidates}); use --encoding to choose one.",
        "ja": "{file}: 文字コードを判別できません（候補: {candidates}）。--encoding で指定してください。"},
    "io.encoding_wrong": {"en": "{file}: the file cannot be read as {encoding} (byte {offset}).",
                          "ja": "{file}: {encoding} として読めません（{offset} バイト目）。"},
    "io.format_unknown": {"en": "{file}: unknown file type “{suffix}” (use .csv, .xlsx or .vcf).",
                          "ja": "{file}: 対応していない形式「{suffix}」です（.csv、.xlsx、.vcf が使えます）。"},
    "io.export_format_unknown": {"en": "{file}: cannot export {kind} as “{suffix}”.",
                                 "ja": "{file}: {kind} を「{suffix}」形式で書き出せません。"},
    "io.xlsx_invalid": {"en": "{file}: not a valid Excel workbook ({reason}).",
                        "ja": "{file}: 正しい Excel ブックではありません（{reason}）。"},
    "io.sheet_missing": {"en": "{file}: the workbook has no sheet named “{sheet}”.",
                         "ja": "{file}: ブックに「{sheet}」という名前のシートがありません。"},
    "io.csv_invalid": {"en": "{file}: the CSV cannot be read at row {row}: {reason}",
                       "ja": "{file}: CSV の {row} 行目を読めません: {reason}"},
    "io.vcard_none": {"en": "{file}: no vCard (BEGIN:VCARD … END:VCARD) found.",
                      "ja": "{file}: vCard（BEGIN:VCARD … END:VCARD）が見つかりません。"},
    "io.vcard_truncated": {"en": "{file}: card {card} (line {line}) has no END:VCARD; the file looks truncated.",
                           "ja": "{file}: {card} 件目（{line} 行目）に END:VCARD がありません。ファイルが途中で切れています。"},
    "io.vcard_stray": {"en": "{file}: line {line} is outside any card: “{text}”.",
                       "ja": "{file}: {line} 行目がどのカードにも属していません: 「{text}」"},
    # What the readers warn of (sources.py, vcard.py): here, so a reader's issues render without the importer.
    "io.title_row_skipped": {
        "en": "Row {rows} above the header (row {header}) was read as the sheet's title and left out.",
        "ja": "見出し行（{header} 行目）より上の {rows} 行目は表題として読み飛ばしました。"},
    "io.title_rows_skipped": {
        "en": "Rows {rows} above the header (row {header}) were read as the sheet's title and left out.",
        "ja": "見出し行（{header} 行目）より上の {rows} 行目は表題として読み飛ばしました。"},
    "io.column_unknown": {"en": "Column “{column}” matches no field; its values are kept in the notes.",
                          "ja": "列「{column}」はどの項目にも対応しないため、値を備考に残しました。"},
    "io.vcard_photo_skipped": {"en": "The photo in this card is not imported.",
                               "ja": "このカードの写真は取り込みません。"},
    "io.vcard_properties_skipped": {"en": "Not imported: {properties}.", "ja": "取り込まなかった項目: {properties}"},
    "io.vcard_line_skipped": {"en": "Line {line} is not a vCard property and was skipped.",
                              "ja": "{line} 行目は vCard の項目ではないため読み飛ばしました。"},
    "io.vcard_kind": {"en": "{file}: vCards can be imported as contacts or leads, not as {kind}.",
                      "ja": "{file}: vCard は連絡先またはリードとしてのみ取り込めます（{kind} は不可）。"},
    "io.kind_unknown": {"en": "Unknown kind “{kind}” (use {allowed}).",
                        "ja": "種類「{kind}」は使えません（{allowed} のいずれか）。"},
    "io.map_invalid": {"en": "--map “{value}”: use HEADER=FIELD with a field of {allowed}.",
                       "ja": "--map 「{value}」: HEADER=FIELD の形で、項目は {allowed} のいずれかを指定してください。"},
    "io.looks_like_meetings": {
        "en": "{file}: its columns are those of an association meetings sheet (series, year, city); nothing was "
              "imported. To import it: import meetings {file}",
        "ja": "{file}: 列が国際会議の開催実績シート（会議名・開催年・開催都市）のものです。何も取り込んでいません。"
              "取り込むには: import meetings {file}"},
    "io.fair_needs_kind": {"en": "--fair is required for this export.", "ja": "この書き出しには --fair が必要です。"},
    "io.export_folder_missing": {"en": "{file}: there is no folder {folder}; nothing was written.",
                                 "ja": "{file}: フォルダ {folder} がありません。何も書き出していません。"},
    "io.export_folder_denied": {
        "en": "{file}: no permission to write in the folder {folder}; nothing was written.",
        "ja": "{file}: フォルダ {folder} に書き込む権限がありません。何も書き出していません。"},
    "io.export_file_locked": {
        "en": "{file}: the file cannot be replaced (is it open in another program, such as Excel?); "
              "nothing was written.",
        "ja": "{file}: ファイルを置き換えられません（Excel など別のプログラムで開いていませんか）。"
              "何も書き出していません。"},
    "io.export_write_failed": {
        "en": "{file}: cannot write in the folder {folder} ({reason}); nothing was written.",
        "ja": "{file}: フォルダ {folder} に書き込めません（{reason}）。何も書き出していません。"},
    "io.cp932_unencodable": {
        "en": "{file}: row {row}, column “{column}”: “{char}” cannot be written in CP932; use --encoding utf-8-sig.",
        "ja": "{file}: {row} 行目「{column}」列の「{char}」は CP932 で書けません。--encoding utf-8-sig を使ってください。"},
    # --- intake: known formats, damaged files
    "io.format_recognised": {"en": "Recognised as an export from {format}: its columns are read as that format writes them.",
                             "ja": "{format} の書き出しファイルとして認識し、その形式どおりに列を読みました。"},
    "io.csv_unclosed_quote": {
        "en": "{file}: row {row}, column “{column}”: a quote (\") is opened and never closed, so the "
              "rest of the file would end up in that cell. Nothing was imported; close the quote and try again.",
        "ja": "{file}: {row} 行目「{column}」列: 引用符（\"）が閉じられていないため、以降の内容が"
              "すべてこのセルに入ってしまいます。何も取り込んでいません。引用符を閉じてからやり直してください。"},
    "io.xlsx_damaged": {"en": "{file}: the Excel workbook is damaged (the zip archive inside cannot be read; "
                              "is the file complete?).",
                        "ja": "{file}: Excel ブックが壊れています（中の zip を読めません。ファイルが途中で切れていませんか）。"},
    "io.xlsx_is_text": {"en": "{file}: named .xlsx but it is a text (CSV) file; rename it to .csv.",
                        "ja": "{file}: 拡張子は .xlsx ですが中身はテキスト（CSV）です。.csv に名前を変えてください。"},
    "io.xlsx_not_zip": {"en": "{file}: not an Excel workbook (.xlsx files are zip archives; this one is not).",
                        "ja": "{file}: Excel ブックではありません（.xlsx は zip 形式ですが、このファイルは違います）。"},
    "io.xlsx_merged": {"en": "Rows {first}–{last} of column “{column}” are merged cells; the value was copied to each row.",
                       "ja": "「{column}」列の {first}〜{last} 行目は結合セルのため、値を各行に写しました。"},
    "io.xlsx_formula_no_value": {
        "en": "Column “{column}” holds a formula ({value}) with no computed value saved in the file; open the file "
              "in Excel, save it, and import again.",
        "ja": "「{column}」列は数式（{value}）ですが、計算結果がファイルに保存されていません。Excel で開いて"
              "保存し直してから取り込んでください。"},
    "io.cp932_replaced": {"en": "“{char}” ({codepoint}) cannot be written in CP932 and was written as 〓.",
                          "ja": "「{char}」（{codepoint}）は CP932 で書けないため 〓 にしました。"},
    "io.cp932_replaced_summary": {
        "en": "{file}: {count:,|character CP932 cannot hold was|characters CP932 cannot hold were} written as 〓 "
              "(use --encoding utf-8-sig to keep them, or --strict to refuse):",
        "ja": "{file}: CP932 で書けない {count:,} 文字を 〓 にしました（そのまま残すには --encoding utf-8-sig、"
              "書き出しをやめるには --strict）:"},
    "io.cp932_replaced_more": {"en": "… and {count} more.", "ja": "…ほか {count:,} 件。"},
    "io.vcard_qp_invalid": {  # the line names the card and the property
        "en": "The quoted-printable text is broken ({value}); fix the card and import again.",
        "ja": "quoted-printable の符号化が壊れています（{value}）。カードを直してから取り込んでください。"},
})

# The typed errors live with the core's others; importing them from here also registers their messages.
from sapporo_mice.errors import AmbiguousEncodingError, ExportError, ImportFileError  # noqa: E402,F401
