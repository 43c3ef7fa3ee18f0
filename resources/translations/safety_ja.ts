<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Jobs</name>
    <message>
        <source>Another program is writing to this database; waiting for it (%1 s of at most %2 s)…</source>
        <translation>別のプログラムがこのデータベースに書き込み中です。終わるのを待っています（%1 秒経過、最大 %2 秒）…</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>パスフレーズを変更しています</translation>
    </message>
    <message>
        <source>Decrypting the database</source>
        <translation>データベースを復号しています</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>データベースを暗号化しています</translation>
    </message>
    <message>
        <source>Reading the database's protection</source>
        <translation>データベースの保護設定を読み込んでいます</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Nobody can open the database without this passphrase, not even the office: write it down and keep it away from the laptop.</source>
        <translation>このパスフレーズがなければ、事務所を含めだれもデータベースを開けません。書き留めて、PC とは別の場所に保管してください。</translation>
    </message>
    <message>
        <source>The passphrase cannot contain control characters.</source>
        <translation>パスフレーズに制御文字は使えません。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 回入力したパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>%1 文字以上</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>暗号化されたデータベース</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>暗号化されたバックアップ</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the passphrase the database had when it was made.</source>
        <translation>このバックアップは暗号化されています。作成した時点のデータベースのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>This computer's database is encrypted. Enter its passphrase to open it.</source>
        <translation>この PC のデータベースは暗号化されています。開くにはパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message numerus="yes">
        <source>%n backup(s) were converted too.</source>
        <translation>
            <numerusform>バックアップ %Ln 件も変換しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>At each start, at most once a day. Keep the newest</source>
        <translation>起動時に 1 日 1 回まで作成し、最新の日次バックアップを</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Choose the new passphrase. The backups in the backups folder move to it too.</source>
        <translation>新しいパスフレーズを決めてください。バックアップフォルダーのバックアップも新しいパスフレーズに切り替えます。</translation>
    </message>
    <message>
        <source>Choose the passphrase the app will ask for at each start. The database and its backups are encrypted; this takes a few seconds.</source>
        <translation>起動のたびに入力するパスフレーズを決めてください。データベースとそのバックアップを暗号化します（数秒かかります）。</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>データベースの復号</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>暗号化を解除…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>データベースの暗号化</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>暗号化…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Saved in %1. Newest backup: %2.</source>
        <translation>保存先: %1。最新のバックアップ: %2。</translation>
    </message>
    <message>
        <source>Store this computer's database unencrypted? Anyone who has the file can then read it. Backups made while it was encrypted stay encrypted.</source>
        <translation>この PC のデータベースの暗号化を解除しますか？ 解除すると、ファイルを手にしただれもが読めるようになります。暗号化中に作ったバックアップは暗号化されたままです。</translation>
    </message>
    <message>
        <source>The database is encrypted. From the next start the app asks for the passphrase.</source>
        <translation>データベースを暗号化しました。次回の起動からパスフレーズを尋ねます。</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>データベースの暗号化を解除しました。</translation>
    </message>
    <message>
        <source>The office server's database is backed up by its administrators.</source>
        <translation>事務所サーバーのデータベースは管理者がバックアップしています。</translation>
    </message>
    <message>
        <source>The office server's database is protected by its administrators; only this computer's database can be encrypted here.</source>
        <translation>事務所サーバーのデータベースは管理者が保護しています。ここで暗号化できるのはこの PC のデータベースだけです。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>This computer's database is encrypted: without the passphrase, nobody can read it, nor its backups.</source>
        <translation>この PC のデータベースは暗号化されています。パスフレーズがなければ、データベースもバックアップもだれも読めません。</translation>
    </message>
    <message>
        <source>This computer's database is not encrypted. Recommended before travelling with the laptop: anyone who finds it could read the file.</source>
        <translation>この PC のデータベースは暗号化されていません。PC を持って出張する前の暗号化をお勧めします（紛失した場合、第三者にファイルを読まれるおそれがあります）。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>daily backups and, of older ones, one a week for</source>
        <translation>件、それより前のものは週に 1 件ずつ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>weeks.</source>
        <translation>週分を保持します。</translation>
    </message>
</context>
</TS>
