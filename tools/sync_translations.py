"""Add the Sync screens' new strings (``ui/views/sync/``) to ``resources/translations/sync_{ja,en}.ts``,
translated from the table below (the sync job labels of ``ui/jobs.py`` are in the app catalogue).

Run after adding a string there. The tool only appends: pyside6-lupdate lists the strings the sources
use (into a scratch file), and each one the catalogues lack is added, its Japanese from ``JA`` below
and its English the source itself; nothing already in a catalogue is rewritten, filled again or
removed. It used to let lupdate rewrite the catalogues and then fill every message from ``JA``, but
PySide6 6.11's lupdate cannot see a ``QCoreApplication.translate`` call that passes a count, so the
rewrite dropped those plural messages and demoted the Japanese plural forms it did see. The steps are
shared with the other areas' tools: ``tools/update_translations.py``.

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
    "SyncView": {
        "Both changed; the newer change was kept": "両方で変更（新しい方を採用済み）",
        "Both changed; choose which to keep": "両方で変更（どちらを残すか選択）",
        "Deleted on a laptop, edited elsewhere": "ノートPCで削除、別の場所で編集",
        "Edited on a laptop, deleted elsewhere": "ノートPCで編集、別の場所で削除",
        "New entry for a deleted record": "削除済みレコードへの新しい記録",
        "Deleted": "削除",
        "Edited": "編集あり",
        "A new entry was added": "新しい記録が追加された",
        "This computer": "この端末",
        "Device": "端末 ID",
        "This database's own id: the office's records of what was sent name it. Give it when you ask for help with "
        "sync.": "このデータベース固有の ID です。事務所側の送受信の記録はこの ID で端末を見分けます。同期について"
                 "問い合わせるときにお伝えください。",
        "Database": "データベース",
        "Last sync": "最終同期",
        "Changes waiting to be sent": "未送信の変更",
        "Conflicts to decide": "要確認の競合",
        "Sync with the office": "事務所との同期",
        "With a file (away from the office)": "ファイルで同期（出張先・事務所外）",
        "Export changes to a file…": "変更をファイルに書き出す…",
        "Import a file…": "ファイルを取り込む…",
        "Writes this computer's unsent changes to an encrypted file to take to the office.":
            "この端末の未送信の変更を暗号化ファイルに書き出し、事務所へ持ち込みます。",
        "At the office: a laptop's file (an answer file is written beside it). On a laptop: the office's answer.":
            "事務所では: ノートPCのファイルを取り込み、同じ場所に返信ファイルを作成します。"
            "ノートPCでは: 事務所からの返信ファイルを取り込みます。",
        "Directly (on the office network)": "直接同期（事務所のネットワーク内）",
        "Office database address, e.g. postgresql+psycopg://…": "事務所データベースのアドレス（例: postgresql+psycopg://…）",
        "Send to the office": "事務所へ送信",
        "Receive from the office": "事務所から受信",
        "Conflicts": "競合",
        "Show resolved conflicts too": "解決済みの競合も表示",
        "Record": "レコード",
        "Field": "項目",
        "Before": "変更前",
        "Office": "事務所",
        "Laptop": "ノートPC",
        "Changed on the laptop by": "ノートPCで変更した人",
        "State": "状態",
        "No conflicts to decide.": "確認が必要な競合はありません。",
        "Before (both started from)": "変更前（両方の元の値）",
        "Keep the office version": "事務所の内容を採用",
        "Use the laptop version": "ノートPCの内容を採用",
        "Choose a conflict in the list above to see both versions and decide.":
            "上の一覧で競合を選ぶと、両方の内容を比べて決められます。",
        "This computer: %1": "この PC: %1",
        "Office server: %1": "事務所サーバー: %1",
        "Never": "未同期",
        "%1 changes": "%1 件",
        "%1 open": "%1 件",
        "Resolved": "解決済み",
        "Newer kept": "新しい方を採用",
        "To decide": "要確認",
        "Your change was kept": "こちらの変更を採用",
        "The office's was kept": "事務所の内容を採用",
        "Waiting for the office": "事務所の判断待ち",
        "The conflicts your changes met at the office, as of the last sync. They are decided at the office; the "
        "choice arrives here at the next sync.":
            "この端末の変更が事務所で競合したものです（前回の同期時点）。判断は事務所で行い、結果は次回の同期で届きます。",
        "Conflict resolved; the choice goes to every computer at the next sync.":
            "競合を解決しました。次回の同期ですべての端末に反映されます。",
        "Passphrase": "パスフレーズ",
        "Passphrase of the sync file:": "同期ファイルのパスフレーズ:",
        "The same passphrase again:": "確認のため、もう一度入力:",
        "The two passphrases differ.": "2 回入力したパスフレーズが一致しません。",
        "Export changes to a file": "変更をファイルに書き出す",
        "Sync files (%1)": "同期ファイル (%1)",
        "Import a sync file": "同期ファイルを取り込む",
        "Wrote %1 changes to %2. Import it at the office.": "%1 件の変更を %2 に書き出しました。事務所で取り込んでください。",
        "Applied %1 changes (%2 conflicts, %3 to decide). The answer for the laptop: %4":
            "%1 件の変更を反映しました（競合 %2 件、うち要確認 %3 件）。ノートPC用の返信ファイル: %4",
        "Took in %1 changes from the office.": "事務所から %1 件の変更を取り込みました。",
        "Enter the office database's address first.": "先に事務所データベースのアドレスを入力してください。",
        "%1 changes exchanged (%2 conflicts, %3 to decide).": "%1 件の変更をやり取りしました（競合 %2 件、うち要確認 %3 件）。",
    },
    "PendingLabel": {
        "Unsent: %1": "未送信: %1 件",
        "All sent": "送信済み",
        "Changes on this computer waiting to be sent to the office": "事務所へまだ送っていない、この端末の変更",
    },
}


def sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui" / "views" / "sync").glob("*.py"))


def main() -> int:
    return refresh("sync", sources(), JA)


if __name__ == "__main__":
    sys.exit(main())
