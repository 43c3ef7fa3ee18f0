<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Certification</name>
    <message>
        <source>FSSC 22000</source>
        <translation>FSSC 22000</translation>
    </message>
    <message>
        <source>GLOBALG.A.P.</source>
        <translation>GLOBALG.A.P.</translation>
    </message>
    <message>
        <source>HACCP</source>
        <translation>HACCP</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Hokkaido HACCP</source>
        <translation>Hokkaido HACCP</translation>
    </message>
    <message>
        <source>ISO 22000</source>
        <translation>ISO 22000</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <source>MSC</source>
        <translation>MSC</translation>
    </message>
    <message>
        <source>Organic (JAS)</source>
        <translation>Organic (JAS)</translation>
    </message>
</context>
<context>
    <name>ExpansionKind</name>
    <message>
        <source>Business tie-up</source>
        <translation>Business tie-up</translation>
    </message>
    <message>
        <source>Cross-border e-commerce</source>
        <translation>Cross-border e-commerce</translation>
    </message>
    <message>
        <source>Distributor contract</source>
        <translation>Distributor contract</translation>
    </message>
    <message>
        <source>First export</source>
        <translation>First export</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Overseas office</source>
        <translation>Overseas office</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Expansion cases by fiscal year…</source>
        <translation>Expansion cases by fiscal year…</translation>
    </message>
    <message>
        <source>Markets by country…</source>
        <translation>Markets by country…</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>Needs attention…</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>never contacted</translation>
    </message>
    <message>
        <source>no contact since %1</source>
        <translation>no contact since %1</translation>
    </message>
    <message>
        <source>nothing recent in %1</source>
        <translation>nothing recent in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open need(s)</source>
        <translation>
            <numerusform>%Ln open need</numerusform>
            <numerusform>%Ln open needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCasePanel</name>
    <message>
        <source>Companies that fit</source>
        <translation>Companies that fit</translation>
    </message>
    <message>
        <source>Add consultation…</source>
        <translation>Add consultation…</translation>
    </message>
    <message>
        <source>Add expansion case…</source>
        <translation>Add expansion case…</translation>
    </message>
    <message>
        <source>Add need…</source>
        <translation>Add need…</translation>
    </message>
    <message>
        <source>Add support given…</source>
        <translation>Add support given…</translation>
    </message>
    <message>
        <source>Add target market…</source>
        <translation>Add target market…</translation>
    </message>
    <message>
        <source>Addressed %1</source>
        <translation>Addressed %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Business languages</source>
        <translation>Business languages</translation>
    </message>
    <message>
        <source>Buyer, lead or fair</source>
        <translation>Buyer, lead or fair</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Companies that fit (%1)</source>
        <translation>Companies that fit (%1)</translation>
    </message>
    <message>
        <source>Consultations (%1)</source>
        <translation>Consultations (%1)</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Country or region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Edit export profile…</source>
        <translation>Edit export profile…</translation>
    </message>
    <message>
        <source>Expansion cases (%1)</source>
        <translation>Expansion cases (%1)</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Export support</translation>
    </message>
    <message>
        <source>Export stage</source>
        <translation>Export stage</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Introduced %1: recorded on both sides, with a follow-up task.</source>
        <translation>Introduced %1: recorded on both sides, with a follow-up task.</translation>
    </message>
    <message>
        <source>Introduce…</source>
        <translation>Introduce…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Support type</translation>
    </message>
    <message>
        <source>Local companies whose target markets, products or certifications fit this buyer.</source>
        <translation>Local companies whose target markets, products or certifications fit this buyer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Needs (%1 open)</source>
        <translation>Needs (%1 open)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>No export profile yet: add one to record the stage, products, certifications and the staff member in charge.</source>
        <translation>No export profile yet: add one to record the stage, products, certifications and the staff member in charge.</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>No suggestions yet.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Overseas expansion cases by fiscal year: %1</source>
        <translation>Overseas expansion cases by fiscal year: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Record the introduction on both sides and a follow-up task</source>
        <translation>Record the introduction on both sides and a follow-up task</translation>
    </message>
    <message>
        <source>Select one and press Introduce: an activity is recorded on both sides, with a follow-up task.</source>
        <translation>Select one and press Introduce: an activity is recorded on both sides, with a follow-up task.</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggested buyers (%1)</source>
        <translation>Suggested buyers (%1)</translation>
    </message>
    <message>
        <source>Support given (%1)</source>
        <translation>Support given (%1)</translation>
    </message>
    <message>
        <source>Target markets (%1)</source>
        <translation>Target markets (%1)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Total amount: %1</source>
        <translation>Total amount: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why this market</source>
        <translation>Why this market</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>ExportLanguage</name>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinese (Traditional)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malay</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
</context>
<context>
    <name>ExportOverview</name>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Buyers there</source>
        <translation>Buyers there</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases by fiscal year: %1</source>
        <translation>Cases by fiscal year: %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Companies targeting it</source>
        <translation>Companies targeting it</translation>
    </message>
    <message>
        <source>Companies with an export profile that have an open need, no contact in 90 days, or a target market with no consultation, introduction or expansion case in 180 days.</source>
        <translation>Companies with an export profile that have an open need, no contact in 90 days, or a target market with no consultation, introduction or expansion case in 180 days.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>Countries and regions</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Country or region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Expansion cases by fiscal year</source>
        <translation>Expansion cases by fiscal year</translation>
    </message>
    <message>
        <source>Expansion cases there</source>
        <translation>Expansion cases there</translation>
    </message>
    <message>
        <source>Export stage</source>
        <translation>Export stage</translation>
    </message>
    <message>
        <source>Export support</source>
        <translation>Export support</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Fair leads from there</source>
        <translation>Fair leads from there</translation>
    </message>
    <message>
        <source>Fiscal year (April–March):</source>
        <translation>Fiscal year (April–March):</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Partner cities there</source>
        <translation>Partner cities there</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why this market</source>
        <translation>Why this market</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>ExportStage</name>
    <message>
        <source>Exploring</source>
        <translation>Exploring</translation>
    </message>
    <message>
        <source>First export</source>
        <translation>First export</translation>
    </message>
    <message>
        <source>Not exporting yet</source>
        <translation>Not exporting yet</translation>
    </message>
    <message>
        <source>Overseas base</source>
        <translation>Overseas base</translation>
    </message>
    <message>
        <source>Regular exports</source>
        <translation>Regular exports</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Loading export support</source>
        <translation>Loading export support</translation>
    </message>
    <message>
        <source>Loading the export case</source>
        <translation>Loading the export case</translation>
    </message>
    <message>
        <source>Recording the introduction</source>
        <translation>Recording the introduction</translation>
    </message>
</context>
<context>
    <name>MarketPriority</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Add a %1 linked to this record</source>
        <translation>Add a %1 linked to this record</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
</context>
<context>
    <name>SupportArea</name>
    <message>
        <source>Product development</source>
        <translation>Product development</translation>
    </message>
</context>
<context>
    <name>SupportKind</name>
    <message>
        <source>Expert advice</source>
        <translation>Expert advice</translation>
    </message>
    <message>
        <source>Fair slot</source>
        <translation>Fair slot</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Subsidy</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>No %1 recorded yet. Add one with “%2”.</source>
        <translation>No %1 recorded yet. Add one with “%2”.</translation>
    </message>
</context>
</TS>
