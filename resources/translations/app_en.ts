<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Fairs</source>
        <translation>Fairs</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Students &amp; openings</source>
        <translation>Students &amp; openings</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synchronisation with the office database will appear here.</source>
        <translation>Synchronisation with the office database will appear here.</translation>
    </message>
</context>
<context>
    <name>BidStage</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Bid submitted</source>
        <translation>Bid submitted</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>Site inspection</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Local host secured</source>
        <translation>Local host secured</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
</context>
<context>
    <name>CEFR</name>
    <message>
        <source>Native</source>
        <translation>Native</translation>
    </message>
</context>
<context>
    <name>ChangeOp</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purged</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>Bid deadline</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probability (%)</translation>
    </message>
    <message>
        <source>International delegates</source>
        <translation>International delegates</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>Budget (yen)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Graduation</translation>
    </message>
    <message>
        <source>JLPT</source>
        <translation>JLPT</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Apply by</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Reads as</translation>
    </message>
    <message>
        <source>Linked type</source>
        <translation>Linked type</translation>
    </message>
    <message>
        <source>Reading, or the name as written</source>
        <translation>Local name</translation>
    </message>
</context>
<context>
    <name>Degree</name>
    <message>
        <source>Language school</source>
        <translation>Language school</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>Vocational school</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
</context>
<context>
    <name>EmailKind</name>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ExpansionKind</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Subsidiary</source>
        <translation>Subsidiary</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-commerce</translation>
    </message>
</context>
<context>
    <name>ExportStage</name>
    <message>
        <source>Considering</source>
        <translation>Considering</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Test marketing</source>
        <translation>Test marketing</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Expanding</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>My records</source>
        <translation>My records</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>No follow-up date</translation>
    </message>
    <message>
        <source>Deadline ahead</source>
        <translation>Deadline ahead</translation>
    </message>
    <message>
        <source>Open bids</source>
        <translation>Open bids</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Every 2 years</source>
        <translation>Every 2 years</translation>
    </message>
    <message>
        <source>Every 3 years</source>
        <translation>Every 3 years</translation>
    </message>
    <message>
        <source>Every 4 years</source>
        <translation>Every 4 years</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Irregular</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %Ln day</numerusform>
            <numerusform>In %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>Follow-ups due and overdue</translation>
    </message>
    <message>
        <source>Bid deadlines and decisions ahead</source>
        <translation>Bid deadlines and decisions ahead</translation>
    </message>
    <message>
        <source>Current and upcoming fairs</source>
        <translation>Current and upcoming fairs</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>Bid deadline</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No follow-ups due. A lead's follow-up date brings it here.</source>
        <translation>No follow-ups due. A lead's follow-up date brings it here.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>No bid deadline or decision in the next 30 days.</source>
        <translation>No bid deadline or decision in the next 30 days.</translation>
    </message>
    <message>
        <source>New bid</source>
        <translation>New bid</translation>
    </message>
    <message>
        <source>No fair ahead yet.</source>
        <translation>No fair ahead yet.</translation>
    </message>
    <message>
        <source>New fair</source>
        <translation>New fair</translation>
    </message>
    <message>
        <source>Nothing changed yet. The records you add or edit show here.</source>
        <translation>Nothing changed yet. The records you add or edit show here.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier follow-up(s) not shown; the leads list's “%1” filter lists every overdue one.</source>
        <translation>
            <numerusform>%Ln earlier follow-up not shown; the leads list's “%1” filter lists every overdue one.</numerusform>
            <numerusform>%Ln earlier follow-ups not shown; the leads list's “%1” filter lists every overdue one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorSource</name>
    <message>
        <source>Computed from data</source>
        <translation>Computed from data</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
</context>
<context>
    <name>JLPT</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>LeadKind</name>
    <message>
        <source>MICE</source>
        <translation>MICE</translation>
    </message>
    <message>
        <source>Trade buyer</source>
        <translation>Trade buyer</translation>
    </message>
    <message>
        <source>Company inquiry</source>
        <translation>Company inquiry</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sapporo MICE CRM</source>
        <translation>Sapporo MICE CRM</translation>
    </message>
    <message>
        <source>The editor for this record is not available yet.</source>
        <translation>The editor for this record is not available yet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Quick lead…</source>
        <translation>Quick lead…</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Search everything…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>No record actions here</source>
        <translation>No record actions here</translation>
    </message>
    <message>
        <source>Quick lead entry is not available yet.</source>
        <translation>Quick lead entry is not available yet.</translation>
    </message>
    <message>
        <source>Sapporo MICE CRM — for the City of Sapporo&apos;s international and economic-affairs staff.</source>
        <translation>Sapporo MICE CRM — for the City of Sapporo&apos;s international and economic-affairs staff.</translation>
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
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the background work</source>
        <translation>Cancel the background work</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>The database is still opening. Try again in a moment.</source>
        <translation>The database is still opening. Try again in a moment.</translation>
    </message>
    <message>
        <source>Backups and database check…</source>
        <translation>Backups and database check…</translation>
    </message>
</context>
<context>
    <name>MarketStatus</name>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>MatchStage</name>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Introduced</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Corporate meeting</source>
        <translation>Corporate meeting</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Family name first</source>
        <translation>Family name first</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Given name first</translation>
    </message>
</context>
<context>
    <name>OpeningKind</name>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>New graduate</source>
        <translation>New graduate</translation>
    </message>
    <message>
        <source>Mid-career</source>
        <translation>Mid-career</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Part-time</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Local company</source>
        <translation>Local company</translation>
    </message>
    <message>
        <source>Overseas buyer</source>
        <translation>Overseas buyer</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter (Ctrl+F)…</source>
        <translation>Filter (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>Assign owner…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Tag for the selected records:</source>
        <translation>Tag for the selected records:</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message>
        <source>Owner of the selected records:</source>
        <translation>Owner of the selected records:</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n record(s).</source>
        <translation>
            <numerusform>Tagged %Ln record.</numerusform>
            <numerusform>Tagged %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n record(s).</source>
        <translation>
            <numerusform>Assigned %Ln record.</numerusform>
            <numerusform>Assigned %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s).</source>
        <translation>
            <numerusform>Deleted %Ln record.</numerusform>
            <numerusform>Deleted %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>Restored %Ln record.</numerusform>
            <numerusform>Restored %Ln records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name of this filter:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No %1 matches this filter.</source>
        <translation>No %1 matches this filter.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>No %1 records yet. Add the first with “%2”.</source>
        <translation>No %1 records yet. Add the first with “%2”.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Name, company, email, phone… (Japanese or Latin)</source>
        <translation>Name, company, email, phone… (Japanese or Latin)</translation>
    </message>
    <message>
        <source>Enter opens the selected record · ↑↓ move · Esc closes</source>
        <translation>Enter opens the selected record · ↑↓ move · Esc closes</translation>
    </message>
    <message>
        <source>No records found</source>
        <translation>No records found</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Use this computer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>The new language or database is used from the next start.</source>
        <translation>The new language or database is used from the next start.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>Use this computer&apos;s database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>The database is empty. Fill it with realistic demo data to try the app?</source>
        <translation>The database is empty. Fill it with realistic demo data to try the app?</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>SupportArea</name>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Human resources</translation>
    </message>
</context>
<context>
    <name>TalentView</name>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Openings</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>Marked %Ln task done.</numerusform>
            <numerusform>Marked %Ln tasks done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Attaching files</source>
        <translation>Attaching files</translation>
    </message>
    <message>
        <source>Attaching the business card</source>
        <translation>Attaching the business card</translation>
    </message>
    <message>
        <source>Changing the selected records</source>
        <translation>Changing the selected records</translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation>Checking for duplicates</translation>
    </message>
    <message>
        <source>Comparing the two versions</source>
        <translation>Comparing the two versions</translation>
    </message>
    <message>
        <source>Counting the leads</source>
        <translation>Counting the leads</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <source>Creating follow-up tasks</source>
        <translation>Creating follow-up tasks</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Deleting %1</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Finding duplicates</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Loading earlier merges</source>
        <translation>Loading earlier merges</translation>
    </message>
    <message>
        <source>Loading related records</source>
        <translation>Loading related records</translation>
    </message>
    <message>
        <source>Loading rows</source>
        <translation>Loading rows</translation>
    </message>
    <message>
        <source>Loading the agenda</source>
        <translation>Loading the agenda</translation>
    </message>
    <message>
        <source>Loading the exhibitors</source>
        <translation>Loading the exhibitors</translation>
    </message>
    <message>
        <source>Loading the fair's results</source>
        <translation>Loading the fair's results</translation>
    </message>
    <message>
        <source>Loading the fairs</source>
        <translation>Loading the fairs</translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation>Loading the history</translation>
    </message>
    <message>
        <source>Loading the list</source>
        <translation>Loading the list</translation>
    </message>
    <message>
        <source>Looking up records</source>
        <translation>Looking up records</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>Merging the records</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Preparing the merge</source>
        <translation>Preparing the merge</translation>
    </message>
    <message>
        <source>Reading the file's columns</source>
        <translation>Reading the file's columns</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restoring %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <source>Saving the quick lead</source>
        <translation>Saving the quick lead</translation>
    </message>
    <message>
        <source>Saving the visitor</source>
        <translation>Saving the visitor</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>Undoing the merge</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Making today's backup</source>
        <translation>Making today's backup</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>Reading the backup %1</translation>
    </message>
    <message>
        <source>Restoring the backup %1</source>
        <translation>Restoring the backup %1</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>Repairing the database</source>
        <translation>Repairing the database</translation>
    </message>
    <message>
        <source>Writing the briefing pack</source>
        <translation>Writing the briefing pack</translation>
    </message>
    <message>
        <source>Saving the PDF</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <source>Finding suggestions</source>
        <translation>Finding suggestions</translation>
    </message>
    <message>
        <source>Exporting the student's data to %1</source>
        <translation>Exporting the student's data to %1</translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation>Erasing the personal data</translation>
    </message>
    <message>
        <source>Purging students past their retention date</source>
        <translation>Purging students past their retention date</translation>
    </message>
    <message>
        <source>Reading the access log</source>
        <translation>Reading the access log</translation>
    </message>
    <message>
        <source>Estimating the economic impact</source>
        <translation>Estimating the economic impact</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Reading the sync state</translation>
    </message>
    <message>
        <source>Counting unsent changes</source>
        <translation>Counting unsent changes</translation>
    </message>
    <message>
        <source>Exporting changes to %1</source>
        <translation>Exporting changes to %1</translation>
    </message>
    <message>
        <source>Importing the sync file %1</source>
        <translation>Importing the sync file %1</translation>
    </message>
    <message>
        <source>Sending changes to the office</source>
        <translation>Sending changes to the office</translation>
    </message>
    <message>
        <source>Receiving changes from the office</source>
        <translation>Receiving changes from the office</translation>
    </message>
    <message>
        <source>Resolving the conflict</source>
        <translation>Resolving the conflict</translation>
    </message>
    <message>
        <source>Reading the matching weights</source>
        <translation>Reading the matching weights</translation>
    </message>
    <message>
        <source>Bringing the search index up to date</source>
        <translation>Bringing the search index up to date</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>Listing the backups</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and database check</source>
        <translation>Backups and database check</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>The office server's database is backed up by its administrators. You can also save a copy of it here (this needs the PostgreSQL client tools).</source>
        <translation>The office server's database is backed up by its administrators. You can also save a copy of it here (this needs the PostgreSQL client tools).</translation>
    </message>
    <message>
        <source>This computer's database is backed up once a day when the app starts (unless Settings turn it off). The last 7 days and 4 weeks are kept in %1.</source>
        <translation>This computer's database is backed up once a day when the app starts (you can turn this off in Settings). The last 7 days and 4 weeks are kept in %1.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>Backups (*%1)</source>
        <translation>Backups (*%1)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Backed up to %1 (%2).</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <source>Backups (*.db *.dump);;All files (*)</source>
        <translation>Backups (*.db *.dump);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Replace the database with this backup?</source>
        <translation>Replace the database with this backup?</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Made: %1</translation>
    </message>
    <message>
        <source>Schema revision: %1</source>
        <translation>Schema revision: %1</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, to %1. After the restore the app closes; start it again to work on the restored data.</source>
        <translation>The database as it is now is backed up first, to %1. After the restore the app closes; start it again to work on the restored data.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restored from %1. The app closes now; start it again.</source>
        <translation>Restored from %1. The app closes now; start it again.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>The database as it was is kept in %1.</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>Repairing the database…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Repaired: %1 %2</source>
        <translation>Repaired: %1 %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Every problem found was repaired.</source>
        <translation>Every problem found was repaired.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>There are no backups on this computer yet.</source>
        <translation>There are no backups on this computer yet.</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>Backups on this computer</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (North America)</source>
        <translation>Letter (North America)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Japanese and English together</source>
        <translation>Japanese and English together</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open in PDF viewer (print)</source>
        <translation>Open in PDF viewer (print)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the language and paper, then Create PDF. The pack is written in the background; you can keep working.</source>
        <translation>Choose the language and paper, then Create PDF. The pack is written in the background; you can keep working.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Cancelled: no PDF was written.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF is ready (%n page(s)). This installation cannot preview it: open it in your PDF viewer.</source>
        <translation>
            <numerusform>The PDF is ready (%Ln page). This installation cannot preview it: open it in your PDF viewer.</numerusform>
            <numerusform>The PDF is ready (%Ln pages). This installation cannot preview it: open it in your PDF viewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <source>Select one record first.</source>
        <translation>Select one record first.</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>Briefing pack…</translation>
    </message>
    <message>
        <source>Briefing pack as a PDF (Ctrl+P)</source>
        <translation>Briefing pack as a PDF (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Board or council member</source>
        <translation>Board or council member</translation>
    </message>
    <message>
        <source>Site-selection committee</source>
        <translation>Site-selection committee</translation>
    </message>
    <message>
        <source>Local host</source>
        <translation>Local host</translation>
    </message>
    <message>
        <source>PCO</source>
        <translation>PCO</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Fair booth</source>
        <translation>Fair booth</translation>
    </message>
    <message>
        <source>Business meeting</source>
        <translation>Business meeting</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Event or seminar</source>
        <translation>Event or seminar</translation>
    </message>
    <message>
        <source>Delegation or visit</source>
        <translation>Delegation or visit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>FairSector</name>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Food and beverages</source>
        <translation>Food and beverages</translation>
    </message>
    <message>
        <source>Food and hospitality</source>
        <translation>Food and hospitality</translation>
    </message>
    <message>
        <source>Seafood</source>
        <translation>Seafood</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <translation>Travel and tourism</translation>
    </message>
    <message>
        <source>Tourism and MICE</source>
        <translation>Tourism and MICE</translation>
    </message>
    <message>
        <source>Beauty and cosmetics</source>
        <translation>Beauty and cosmetics</translation>
    </message>
    <message>
        <source>IT and electronics</source>
        <translation>IT and electronics</translation>
    </message>
    <message>
        <source>Industry and machinery</source>
        <translation>Industry and machinery</translation>
    </message>
    <message>
        <source>General trade</source>
        <translation>General trade</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
