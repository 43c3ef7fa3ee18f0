<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>PendingLabel</name>
    <message>
        <source>Unsent: %1</source>
        <translation>未送信の変更: %1 件</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Changes on this computer waiting to be sent to the office</source>
        <translation>事務所へまだ送っていない、この PC の変更</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Both changed; the newer change was kept</source>
        <translation>両方で変更（新しい方を採用済み）</translation>
    </message>
    <message>
        <source>Both changed; choose which to keep</source>
        <translation>両方で変更（どちらを残すか選択）</translation>
    </message>
    <message>
        <source>Deleted on a laptop, edited elsewhere</source>
        <translation>ノートPCで削除、別の場所で編集</translation>
    </message>
    <message>
        <source>Edited on a laptop, deleted elsewhere</source>
        <translation>ノートPCで編集、別の場所で削除</translation>
    </message>
    <message>
        <source>New entry for a deleted record</source>
        <translation>削除済みレコードへの新しい記録</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集あり</translation>
    </message>
    <message>
        <source>A new entry was added</source>
        <translation>新しい記録が追加された</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>この PC</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末 ID</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>未送信の変更</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>要確認の競合</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>事務所との同期</translation>
    </message>
    <message>
        <source>With a file (away from the office)</source>
        <translation>ファイルで同期（出張先・事務所外）</translation>
    </message>
    <message>
        <source>Export changes to a file…</source>
        <translation>変更をファイルに書き出す…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Writes this computer's unsent changes to an encrypted file to take to the office.</source>
        <translation>この PC の未送信の変更を暗号化ファイルに書き出し、事務所へ持ち込みます。</translation>
    </message>
    <message>
        <source>At the office: a laptop's file (an answer file is written beside it). On a laptop: the office's answer.</source>
        <translation>事務所では: ノートPCのファイルを取り込み、同じ場所に返信ファイルを作成します。ノートPCでは: 事務所からの返信ファイルを取り込みます。</translation>
    </message>
    <message>
        <source>Directly (on the office network)</source>
        <translation>直接同期（事務所のネットワーク内）</translation>
    </message>
    <message>
        <source>Office database address, e.g. postgresql+psycopg://…</source>
        <translation>事務所データベースのアドレス（例: postgresql+psycopg://…）</translation>
    </message>
    <message>
        <source>Send to the office</source>
        <translation>事務所へ送信</translation>
    </message>
    <message>
        <source>Receive from the office</source>
        <translation>事務所から受信</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>解決済みの競合も表示</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>事務所</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>ノートPC</translation>
    </message>
    <message>
        <source>Changed on the laptop by</source>
        <translation>ノートPCで変更した人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>No conflicts to decide.</source>
        <translation>確認が必要な競合はありません。</translation>
    </message>
    <message>
        <source>The conflicts your changes met at the office, as of the last sync. They are decided at the office; the choice arrives here at the next sync.</source>
        <translation>この PC の変更が事務所で競合したものです（前回の同期時点）。判断は事務所で行い、結果は次回の同期で届きます。</translation>
    </message>
    <message>
        <source>Before (both started from)</source>
        <translation>変更前（両方の元の値）</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>この PC: %1</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>事務所サーバー: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未同期</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Your change was kept</source>
        <translation>こちらの変更を採用</translation>
    </message>
    <message>
        <source>The office's was kept</source>
        <translation>事務所の内容を採用</translation>
    </message>
    <message>
        <source>Waiting for the office</source>
        <translation>事務所の判断待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Newer kept</source>
        <translation>新しい方を採用</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice goes to every computer at the next sync.</source>
        <translation>競合を解決しました。次回の同期ですべての端末に反映されます。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase of the sync file:</source>
        <translation>同期ファイルのパスフレーズ:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>確認のため、もう一度入力:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 回入力したパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Export changes to a file</source>
        <translation>変更をファイルに書き出す</translation>
    </message>
    <message>
        <source>Sync files (%1)</source>
        <translation>同期ファイル (%1)</translation>
    </message>
    <message>
        <source>Import a sync file</source>
        <translation>同期ファイルを取り込む</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1. Import it at the office.</source>
        <translation>
            <numerusform>%Ln 件の変更を %1 に書き出しました。事務所で取り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) (conflicts: %1, to decide: %2). The answer for the laptop: %3</source>
        <translation>
            <numerusform>%Ln 件の変更を反映しました（競合 %1 件、うち要確認 %2 件）。ノートPC用の返信ファイル: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from the office.</source>
        <translation>
            <numerusform>事務所から %Ln 件の変更を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the office database's address first.</source>
        <translation>先に事務所データベースのアドレスを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exchanged (conflicts: %1, to decide: %2).</source>
        <translation>
            <numerusform>%Ln 件の変更をやり取りしました（競合 %1 件、うち要確認 %2 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another computer's newer change was kept</source>
        <translation>他の PC の新しい変更を採用</translation>
    </message>
    <message>
        <source>This database's own id: the office's records of what was sent name it. Give it when you ask for help with sync.</source>
        <translation>このデータベース固有の ID です。事務所側の送受信の記録はこの ID で端末を見分けます。同期について問い合わせるときにお伝えください。</translation>
    </message>
    <message>
        <source>Keep the office version</source>
        <translation>事務所の内容を採用</translation>
    </message>
    <message>
        <source>Use the laptop version</source>
        <translation>ノートPCの内容を採用</translation>
    </message>
    <message>
        <source>Choose a conflict in the list above to see both versions and decide.</source>
        <translation>上の一覧で競合を選ぶと、両方の内容を比べて決められます。</translation>
    </message>
</context>
</TS>