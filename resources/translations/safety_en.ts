<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Jobs</name>
    <message>
        <source>Another program is writing to this database; waiting for it (%1 s of at most %2 s)…</source>
        <translation>Another program is writing to this database; waiting for it (%1 s of at most %2 s)…</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>Decrypting the database</source>
        <translation>Decrypting the database</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>Encrypting the database</translation>
    </message>
    <message>
        <source>Reading the database's protection</source>
        <translation>Reading the database's protection</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nobody can open the database without this passphrase, not even the office: write it down and keep it away from the laptop.</source>
        <translation>Nobody can open the database without this passphrase, not even the office: write it down and keep it away from the laptop.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain control characters.</source>
        <translation>The passphrase cannot contain control characters.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the passphrase the database had when it was made.</source>
        <translation>This backup is encrypted. Enter the passphrase the database had when it was made.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>This computer's database is encrypted. Enter its passphrase to open it.</source>
        <translation>This computer's database is encrypted. Enter its passphrase to open it.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message numerus="yes">
        <source>%n backup(s) were converted too.</source>
        <translation>
            <numerusform>%Ln backup was converted too.</numerusform>
            <numerusform>%Ln backups were converted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>At each start, at most once a day. Keep the newest</source>
        <translation>At each start, at most once a day. Keep the newest</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Choose the new passphrase. The backups in the backups folder move to it too.</source>
        <translation>Choose the new passphrase. The backups in the backups folder move to it too.</translation>
    </message>
    <message>
        <source>Choose the passphrase the app will ask for at each start. The database and its backups are encrypted; this takes a few seconds.</source>
        <translation>Choose the passphrase the app will ask for at each start. The database and its backups are encrypted; this takes a few seconds.</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Decrypt the database</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Decrypt…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Encrypt…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Saved in %1. Newest backup: %2.</source>
        <translation>Saved in %1. Newest backup: %2.</translation>
    </message>
    <message>
        <source>Store this computer's database unencrypted? Anyone who has the file can then read it. Backups made while it was encrypted stay encrypted.</source>
        <translation>Store this computer's database unencrypted? Anyone who has the file can then read it. Backups made while it was encrypted stay encrypted.</translation>
    </message>
    <message>
        <source>The database is encrypted. From the next start the app asks for the passphrase.</source>
        <translation>The database is encrypted. From the next start the app asks for the passphrase.</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>The database is no longer encrypted.</translation>
    </message>
    <message>
        <source>The office server's database is backed up by its administrators.</source>
        <translation>The office server's database is backed up by its administrators.</translation>
    </message>
    <message>
        <source>The office server's database is protected by its administrators; only this computer's database can be encrypted here.</source>
        <translation>The office server's database is protected by its administrators; only this computer's database can be encrypted here.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>This computer's database is encrypted: without the passphrase, nobody can read it, nor its backups.</source>
        <translation>This computer's database is encrypted: without the passphrase, nobody can read it, nor its backups.</translation>
    </message>
    <message>
        <source>This computer's database is not encrypted. Recommended before travelling with the laptop: anyone who finds it could read the file.</source>
        <translation>This computer's database is not encrypted. Recommended before travelling with the laptop: anyone who finds it could read the file.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>daily backups and, of older ones, one a week for</source>
        <translation>daily backups and, of older ones, one a week for</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>weeks.</source>
        <translation>weeks.</translation>
    </message>
</context>
</TS>
