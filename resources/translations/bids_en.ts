<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BidBoard</name>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%Ln delegate</numerusform>
            <numerusform>%Ln delegates</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation>Impact %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Move to the next stage</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>Move to the previous stage</translation>
    </message>
    <message>
        <source>No activity for 60 days</source>
        <translation>No activity for 60 days</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>BidRotationPanel</name>
    <message>
        <source>Choose the bid's meeting series (Details tab) to see when the meeting can come to Sapporo.</source>
        <translation>Choose the bid's meeting series (Details tab) to see when the meeting can come to Sapporo.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
</context>
<context>
    <name>BidsView</name>
    <message>
        <source>%1: %2 weighted (of %3)</source>
        <translation>%1: %2 weighted (of %3)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Create reminder tasks</source>
        <translation>Create reminder tasks</translation>
    </message>
    <message numerus="yes">
        <source>Created %n reminder task(s).</source>
        <translation>
            <numerusform>Created %Ln reminder task.</numerusform>
            <numerusform>Created %Ln reminder tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>All meeting types</source>
        <translation>All meeting types</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All rotation areas</source>
        <translation>All rotation areas</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Export the bid's dates</source>
        <translation>Export the bid's dates</translation>
    </message>
    <message>
        <source>Export the bid's dates (.ics)…</source>
        <translation>Export the bid's dates (.ics)…</translation>
    </message>
    <message>
        <source>Impact parameters and stage probabilities…</source>
        <translation>Impact parameters and stage probabilities…</translation>
    </message>
    <message>
        <source>Import association meetings (ICCA)…</source>
        <translation>Import association meetings (ICCA)…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Pipeline by fiscal year of the event, weighted by probability: %1</source>
        <translation>Pipeline by fiscal year of the event, weighted by probability: %1</translation>
    </message>
    <message>
        <source>Select one bid first.</source>
        <translation>Select one bid first.</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Show the board</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>no estimates yet</source>
        <translation>no estimates yet</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>reminders</translation>
    </message>
    <message>
        <source>year not set</source>
        <translation>year not set</translation>
    </message>
</context>
<context>
    <name>CompetitionPanel</name>
    <message>
        <source>Add destination</source>
        <translation>Add destination</translation>
    </message>
    <message>
        <source>Bid books: Attachments tab. Site inspections and presentations: Activities tab.</source>
        <translation>Bid books: Attachments tab. Site inspections and presentations: Activities tab.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Destinations saved.</source>
        <translation>Destinations saved.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Remove destination</translation>
    </message>
    <message>
        <source>Save destinations</source>
        <translation>Save destinations</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <source>%1 · international delegates %2 · domestic delegates %3 · accompanying persons %4 (edit these on the Details tab)</source>
        <translation>%1 · international delegates %2 · domestic delegates %3 · accompanying persons %4 (edit these on the Details tab)</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>Accompanying persons</translation>
    </message>
    <message>
        <source>Differs from today's defaults: %1</source>
        <translation>Differs from today's defaults: %1</translation>
    </message>
    <message>
        <source>Direct spend</source>
        <translation>Direct spend</translation>
    </message>
    <message>
        <source>Domestic delegates</source>
        <translation>Domestic delegates</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Economic impact</translation>
    </message>
    <message>
        <source>Economic ripple effect (× %1)</source>
        <translation>Economic ripple effect (× %1)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Estimate saved.</source>
        <translation>Estimate saved.</translation>
    </message>
    <message>
        <source>Estimated with today's defaults.</source>
        <translation>Estimated with today's defaults.</translation>
    </message>
    <message>
        <source>International delegates</source>
        <translation>International delegates</translation>
    </message>
    <message>
        <source>Organiser's own spend</source>
        <translation>Organiser's own spend</translation>
    </message>
    <message>
        <source>Organiser's own spend (yen)</source>
        <translation>Organiser's own spend (yen)</translation>
    </message>
    <message>
        <source>Parameters of the estimate</source>
        <translation>Parameters of the estimate</translation>
    </message>
    <message>
        <source>Save the estimate</source>
        <translation>Save the estimate</translation>
    </message>
    <message>
        <source>This bid has not been estimated yet: today's defaults are shown. Save the estimate to keep them with the bid.</source>
        <translation>This bid has not been estimated yet: today's defaults are shown. Save the estimate to keep them with the bid.</translation>
    </message>
    <message>
        <source>Use today's defaults</source>
        <translation>Use today's defaults</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>What is counted</translation>
    </message>
    <message>
        <source>e.g. 20,000,000</source>
        <translation>e.g. 20,000,000</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Bid deadline</source>
        <translation>Bid deadline</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Move “%1” to %2</translation>
    </message>
    <message>
        <source>Note for the stage history (optional)</source>
        <translation>Note for the stage history (optional)</translation>
    </message>
    <message>
        <source>Why it was won or lost</source>
        <translation>Why it was won or lost</translation>
    </message>
</context>
<context>
    <name>ParameterEditors</name>
    <message>
        <source>%1: yen per foreign participant</source>
        <translation>%1: yen per foreign participant</translation>
    </message>
    <message>
        <source>Airfare share of foreign spend (%)</source>
        <translation>Airfare share of foreign spend (%)</translation>
    </message>
    <message>
        <source>Exclude international airfare</source>
        <translation>Exclude international airfare</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Ripple-effect multiplier</source>
        <translation>Ripple-effect multiplier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>This bid's value differs from today's default.</source>
        <translation>This bid's value differs from today's default.</translation>
    </message>
    <message>
        <source>Today's default</source>
        <translation>Today's default</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Yen per accompanying person</source>
        <translation>Yen per accompanying person</translation>
    </message>
    <message>
        <source>Yen per domestic participant</source>
        <translation>Yen per domestic participant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>These defaults are the office's: saved here, they reach every computer at its next sync. A bid keeps the parameters it was estimated with; changing a default here changes no saved estimate. Parameters without a survey figure are marked as the city's assumptions.</source>
        <translation>These defaults are shared by the whole office: once saved, they reach every computer at its next sync. A bid keeps the parameters it was estimated with, so changing a default here changes no saved estimate. Parameters without a survey figure are marked as the city's assumptions, and those changed here as changed values.</translation>
    </message>
    <message>
        <source>Default probability of each stage</source>
        <translation>Default probability of each stage</translation>
    </message>
    <message>
        <source>Economic-impact estimate: default parameters</source>
        <translation>Economic-impact estimate: default parameters</translation>
    </message>
    <message>
        <source>Impact parameters and stage probabilities</source>
        <translation>Impact parameters and stage probabilities</translation>
    </message>
    <message>
        <source>Restore the published figures</source>
        <translation>Restore the published figures</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>%1 (year)</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>Add edition</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Editions saved.</source>
        <translation>Editions saved.</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Past and awarded editions</source>
        <translation>Past and awarded editions</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>Remove edition</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Sapporo</source>
        <translation>Sapporo</translation>
    </message>
    <message>
        <source>Save editions</source>
        <translation>Save editions</translation>
    </message>
    <message>
        <source>When can it come here?</source>
        <translation>When can it come here?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>StageHistoryPanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>KeyPersonsPanel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Role in the decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (e.g. chairs the vote)</source>
        <translation>Note (e.g. chairs the vote)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Save key persons</source>
        <translation>Save key persons</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <source>Pick a contact from the list first.</source>
        <translation>Pick a contact from the list first.</translation>
    </message>
    <message>
        <source>Key persons saved.</source>
        <translation>Key persons saved.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Staff member's name</source>
        <translation>Staff member's name</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Save participants</source>
        <translation>Save participants</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>Their side</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Our staff</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sapporo City</source>
        <translation>Sapporo City</translation>
    </message>
    <message>
        <source>Pick a contact from the list first.</source>
        <translation>Pick a contact from the list first.</translation>
    </message>
    <message>
        <source>Participants saved.</source>
        <translation>Participants saved.</translation>
    </message>
</context>
</TS>
