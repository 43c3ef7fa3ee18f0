<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>shared with a company</source>
        <translation>shared with a company</translation>
    </message>
    <message>
        <source>erased on request</source>
        <translation>erased on request</translation>
    </message>
    <message>
        <source>erased (retention period over)</source>
        <translation>erased (retention period over)</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%Ln entry, newest first.</numerusform>
            <numerusform>%Ln entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchBoard</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Previous stage</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Employer's rating %1 of 4</source>
        <translation>Employer's rating %1 of 4</translation>
    </message>
    <message numerus="yes">
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>No change for %Ln day</numerusform>
            <numerusform>No change for %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign employees hired through matching, by fiscal year: %1</source>
        <translation>Foreign employees hired through matching, by fiscal year: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>MatchReasonsPanel</name>
    <message>
        <source>As they stand today</source>
        <translation>Current assessment</translation>
    </message>
    <message>
        <source>When it was suggested (score %1)</source>
        <translation>When it was suggested (score %1)</translation>
    </message>
    <message>
        <source>No reasons were saved with it.</source>
        <translation>No reasons were saved with it.</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Export the data (JSON)…</source>
        <translation>Export the data (JSON)…</translation>
    </message>
    <message>
        <source>Export the data (PDF)…</source>
        <translation>Export the data (PDF)…</translation>
    </message>
    <message>
        <source>Erase the personal data…</source>
        <translation>Erase the personal data…</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>the student</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>No consent on record: the student is never suggested to companies.</source>
        <translation>No consent on record: the student is never suggested to companies.</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2); sharing the profile with companies is allowed.</source>
        <translation>Consent given on %1 (%2); sharing the profile with companies is allowed.</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2); sharing with companies is not allowed, so no match goes past “suggested”.</source>
        <translation>Consent given on %1 (%2); sharing with companies is not allowed, so no match goes past “suggested”.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Kept until %1, then erased by the retention purge.</source>
        <translation>Kept until %1, then erased by the retention purge.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the student's data</source>
        <translation>Export the student's data</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Erase the personal data</source>
        <translation>Erase the personal data</translation>
    </message>
    <message>
        <source>Erase all of this student's personal data now? Matches and hires stay counted, without personal data. This cannot be undone.</source>
        <translation>Erase all of this student's personal data now? Matches and hires stay counted, without personal data. This cannot be undone.</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>The personal data was erased.</translation>
    </message>
    <message>
        <source>Profile for a company (PDF)…</source>
        <translation>Profile for a company (PDF)…</translation>
    </message>
    <message>
        <source>Only while the student agrees to share the profile with companies.</source>
        <translation>Only while the student agrees to share the profile with companies.</translation>
    </message>
    <message>
        <source>The consent given on %1 expired on %2: the student is not suggested to companies until it is renewed.</source>
        <translation>The consent given on %1 expired on %2: the student is not suggested to companies until it is renewed.</translation>
    </message>
    <message>
        <source>Kept until %1: that day has passed, so the next retention purge erases the data.</source>
        <translation>Kept until %1: that day has passed, so the next retention purge erases the data.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>Erase the personal data of %n student(s)…</source>
        <translation>
            <numerusform>Erase the personal data of %Ln student…</numerusform>
            <numerusform>Erase the personal data of %Ln students…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of the %n student(s) listed, for good? Their matches and hires stay counted, without personal data. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of the %Ln student listed, for good? Their matches and hires stay counted, without personal data. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of the %Ln students listed, for good? Their matches and hires stay counted, without personal data. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <source>Students past their retention date. Erasing removes their personal data for good and keeps a record without it, so matches and hires stay counted.</source>
        <translation>Students past their retention date. Erasing removes their personal data for good and keeps a record without it, so matches and hires stay counted.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Erase their personal data</source>
        <translation>Erase their personal data</translation>
    </message>
    <message>
        <source>No student is past the retention date.</source>
        <translation>No student is past the retention date.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n student(s).</source>
        <translation>
            <numerusform>Erased the personal data of %Ln student.</numerusform>
            <numerusform>Erased the personal data of %Ln students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsTable</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Suggest as match</source>
        <translation>Suggest as match</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) that pass every condition (consent, Japanese, graduation, residence status), best first.</source>
        <translation>
            <numerusform>%Ln suggestion that passes every condition (consent, Japanese, graduation, residence status), best first.</numerusform>
            <numerusform>%Ln suggestions that pass every condition (consent, Japanese, graduation, residence status), best first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one passes every condition (consent, Japanese, graduation, residence status).</source>
        <translation>No one passes every condition (consent, Japanese, graduation, residence status).</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <source>How much each criterion counts in the score (for the whole office)</source>
        <translation>How much each criterion counts in the score (for the whole office)</translation>
    </message>
</context>
<context>
    <name>TalentTabs</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
</context>
<context>
    <name>TalentView</name>
    <message>
        <source>Retention purge…</source>
        <translation>Retention purge…</translation>
    </message>
    <message>
        <source>Access log…</source>
        <translation>Access log…</translation>
    </message>
    <message>
        <source>Matching weights…</source>
        <translation>Matching weights…</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Matching weights</source>
        <translation>Matching weights</translation>
    </message>
    <message>
        <source>How much each criterion counts in a suggestion's score (0–100). A pair must first pass every condition (consent, Japanese, graduation, residence status); the weights only rank those that do. The office shares one set of weights.</source>
        <translation>How much each criterion counts in a suggestion's score (0–100). A pair must first pass every condition (consent, Japanese, graduation, residence status); the weights only rank those that do. The office shares one set of weights.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>What it measures</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>At least one weight must be above zero.</translation>
    </message>
</context>
</TS>
