<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PendingLabel</name>
    <message>
        <source>Unsent: %1</source>
        <translation>Unsent changes: %1</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message>
        <source>Changes on this computer waiting to be sent to the office</source>
        <translation>Changes on this computer waiting to be sent to the office</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Both changed; the newer change was kept</source>
        <translation>Both changed; the newer change was kept</translation>
    </message>
    <message>
        <source>Both changed; choose which to keep</source>
        <translation>Both changed; choose which to keep</translation>
    </message>
    <message>
        <source>Deleted on a laptop, edited elsewhere</source>
        <translation>Deleted on a laptop, edited elsewhere</translation>
    </message>
    <message>
        <source>Edited on a laptop, deleted elsewhere</source>
        <translation>Edited on a laptop, deleted elsewhere</translation>
    </message>
    <message>
        <source>New entry for a deleted record</source>
        <translation>New entry for a deleted record</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>A new entry was added</source>
        <translation>A new entry was added</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>Conflicts to decide</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Sync with the office</translation>
    </message>
    <message>
        <source>With a file (away from the office)</source>
        <translation>With a file (away from the office)</translation>
    </message>
    <message>
        <source>Export changes to a file…</source>
        <translation>Export changes to a file…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Writes this computer's unsent changes to an encrypted file to take to the office.</source>
        <translation>Writes this computer's unsent changes to an encrypted file to take to the office.</translation>
    </message>
    <message>
        <source>At the office: a laptop's file (an answer file is written beside it). On a laptop: the office's answer.</source>
        <translation>At the office: a laptop's file (an answer file is written beside it). On a laptop: the office's answer.</translation>
    </message>
    <message>
        <source>Directly (on the office network)</source>
        <translation>Directly (on the office network)</translation>
    </message>
    <message>
        <source>Office database address, e.g. postgresql+psycopg://…</source>
        <translation>Office database address, e.g. postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Send to the office</source>
        <translation>Send to the office</translation>
    </message>
    <message>
        <source>Receive from the office</source>
        <translation>Receive from the office</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Show resolved conflicts too</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Changed on the laptop by</source>
        <translation>Changed on the laptop by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No conflicts to decide.</source>
        <translation>No conflicts to decide.</translation>
    </message>
    <message>
        <source>The conflicts your changes met at the office, as of the last sync. They are decided at the office; the choice arrives here at the next sync.</source>
        <translation>The conflicts your changes met at the office, as of the last sync. They are decided at the office; the choice arrives here at the next sync.</translation>
    </message>
    <message>
        <source>Before (both started from)</source>
        <translation>Before (both started from)</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>This computer: %1</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>Office server: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>Your change was kept</source>
        <translation>Your change was kept</translation>
    </message>
    <message>
        <source>The office's was kept</source>
        <translation>The office's was kept</translation>
    </message>
    <message>
        <source>Waiting for the office</source>
        <translation>Waiting for the office</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Newer kept</source>
        <translation>Newer kept</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice goes to every computer at the next sync.</source>
        <translation>Conflict resolved; the choice goes to every computer at the next sync.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of the sync file:</source>
        <translation>Passphrase of the sync file:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Export changes to a file</source>
        <translation>Export changes to a file</translation>
    </message>
    <message>
        <source>Sync files (%1)</source>
        <translation>Sync files (%1)</translation>
    </message>
    <message>
        <source>Import a sync file</source>
        <translation>Import a sync file</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1. Import it at the office.</source>
        <translation>
            <numerusform>Wrote %Ln change to %1. Import it at the office.</numerusform>
            <numerusform>Wrote %Ln changes to %1. Import it at the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) (conflicts: %1, to decide: %2). The answer for the laptop: %3</source>
        <translation>
            <numerusform>Applied %Ln change (conflicts: %1, to decide: %2). The answer for the laptop: %3</numerusform>
            <numerusform>Applied %Ln changes (conflicts: %1, to decide: %2). The answer for the laptop: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from the office.</source>
        <translation>
            <numerusform>Took in %Ln change from the office.</numerusform>
            <numerusform>Took in %Ln changes from the office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the office database's address first.</source>
        <translation>Enter the office database's address first.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exchanged (conflicts: %1, to decide: %2).</source>
        <translation>
            <numerusform>%Ln change exchanged (conflicts: %1, to decide: %2).</numerusform>
            <numerusform>%Ln changes exchanged (conflicts: %1, to decide: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another computer's newer change was kept</source>
        <translation>Another computer's newer change was kept</translation>
    </message>
    <message>
        <source>This database's own id: the office's records of what was sent name it. Give it when you ask for help with sync.</source>
        <translation>This database's own id: the office's records of what was sent name it. Give it when you ask for help with sync.</translation>
    </message>
    <message>
        <source>Keep the office version</source>
        <translation>Keep the office version</translation>
    </message>
    <message>
        <source>Use the laptop version</source>
        <translation>Use the laptop version</translation>
    </message>
    <message>
        <source>Choose a conflict in the list above to see both versions and decide.</source>
        <translation>Choose a conflict in the list above to see both versions and decide.</translation>
    </message>
</context>
</TS>