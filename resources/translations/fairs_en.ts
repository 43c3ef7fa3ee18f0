<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BoothCapture</name>
    <message>
        <source>No fair</source>
        <translation>No fair</translation>
    </message>
    <message>
        <source>Create the fair first (Fairs → New record).</source>
        <translation>Create the fair first (Fairs → New record).</translation>
    </message>
    <message>
        <source>Booth capture</source>
        <translation>Booth capture</translation>
    </message>
    <message>
        <source>Capture leads for which fair?</source>
        <translation>Capture leads for which fair?</translation>
    </message>
</context>
<context>
    <name>BoothCaptureWindow</name>
    <message>
        <source>Booth capture — %1</source>
        <translation>Booth capture — %1</translation>
    </message>
    <message>
        <source>optional, e.g. ヤマダ タロウ</source>
        <translation>optional, e.g. ヤマダ タロウ</translation>
    </message>
    <message>
        <source>as printed on the card</source>
        <translation>as printed on the card</translation>
    </message>
    <message>
        <source>product or other interest</source>
        <translation>product or other interest</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Rea&amp;ding</source>
        <translation>Rea&amp;ding</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Job &amp;title</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <source>Interested in exhi&amp;bitor</source>
        <translation>Interested in exhi&amp;bitor</translation>
    </message>
    <message>
        <source>&amp;Interest (product)</source>
        <translation>&amp;Interest (product)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>Ne&amp;xt action</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <source>Enter saves this visitor at once and clears the form. Esc closes.</source>
        <translation>Enter saves this visitor at once and clears the form. Esc closes.</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Business card</translation>
    </message>
    <message>
        <source>Save a visitor first.</source>
        <translation>Save a visitor first.</translation>
    </message>
    <message>
        <source>Drop a photo or scan of the card here</source>
        <translation>Drop a photo or scan of the card here</translation>
    </message>
    <message>
        <source>Attach card photo…</source>
        <translation>Attach card photo…</translation>
    </message>
    <message>
        <source>not a complete number yet</source>
        <translation>not a complete number yet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Today: %1 · This fair: %2</source>
        <translation>Today: %1 · This fair: %2</translation>
    </message>
    <message>
        <source>Already known? Possible duplicate:</source>
        <translation>Already known? Possible duplicate:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Card for: %1</source>
        <translation>Card for: %1</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red. Nothing typed was lost.</source>
        <translation>Not saved: please correct the fields marked in red. Nothing typed was lost.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Business card photo</source>
        <translation>Business card photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Images (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>Card attached: %1</source>
        <translation>Card attached: %1</translation>
    </message>
    <message>
        <source>Today is outside the fair's dates (%1 – %2): a lead saved here is dated now, not during the fair.</source>
        <translation>Today is outside the fair's dates (%1 – %2): a lead saved here is dated now, not during the fair.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Possible duplicates — %1</source>
        <translation>Possible duplicates — %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s). Nothing is merged without you.</source>
        <translation>
            <numerusform>%Ln possible duplicate pair. Nothing is merged until you confirm it.</numerusform>
            <numerusform>%Ln possible duplicate pairs. Nothing is merged until you confirm it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>same name and company</translation>
    </message>
    <message>
        <source>same corporate number</source>
        <translation>same corporate number</translation>
    </message>
    <message>
        <source>same company name (legal form ignored)</source>
        <translation>same company name (legal form ignored)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>A fair's schedule (.ics)</source>
        <translation>A fair's schedule (.ics)</translation>
    </message>
    <message>
        <source>(no limit: all records)</source>
        <translation>(no limit: all records)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Limit to a fair</source>
        <translation>Limit to a fair</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel)</source>
        <translation>CSV, UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932)</source>
        <translation>CSV, Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (older phones)</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Choose the fair whose schedule to export.</source>
        <translation>Choose the fair whose schedule to export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>FairActions</name>
    <message>
        <source>Select one record first.</source>
        <translation>Select one record first.</translation>
    </message>
    <message>
        <source>Booth capture</source>
        <translation>Booth capture</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>Import leads…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Create follow-ups…</source>
        <translation>Create follow-ups…</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>Merge selected…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <source>Undo a merge…</source>
        <translation>Undo a merge…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
</context>
<context>
    <name>FairResultsView</name>
    <message>
        <source>Fair results</source>
        <translation>Fair results</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Exhibitor of interest</source>
        <translation>Exhibitor of interest</translation>
    </message>
    <message>
        <source>Exhibitor</source>
        <translation>Exhibitor</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Negotiations</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Expected sales (JPY)</source>
        <translation>Expected sales (yen)</translation>
    </message>
    <message>
        <source>Actual sales (JPY)</source>
        <translation>Actual sales (yen)</translation>
    </message>
    <message>
        <source>Cost (JPY)</source>
        <translation>Cost (yen)</translation>
    </message>
    <message>
        <source>Subsidy (JPY)</source>
        <translation>Subsidy (yen)</translation>
    </message>
    <message>
        <source>Leads by country</source>
        <translation>Leads by country</translation>
    </message>
    <message>
        <source>Leads by rating</source>
        <translation>Leads by rating</translation>
    </message>
    <message>
        <source>Leads by exhibitor of interest</source>
        <translation>Leads by exhibitor of interest</translation>
    </message>
    <message>
        <source>Exhibitors' results (per participation, total in the last row)</source>
        <translation>Exhibitors' results (per participation, total in the last row)</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Create follow-up tasks</translation>
    </message>
    <message>
        <source>One task per lead without one: A due in 1 day, B in 2 days, C (or unrated) in a week; D gets none.</source>
        <translation>One task per lead without one: A due in 1 day, B in 2 days, C (or unrated) in a week; D gets none.</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>Results — %1</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Results of %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>%Ln negotiation</numerusform>
            <numerusform>%Ln negotiations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · expected sales ¥%4 · actual sales ¥%5 · cost ¥%6 · subsidy ¥%7</source>
        <translation>%1 · %2 · %3 · expected sales ¥%4 · actual sales ¥%5 · cost ¥%6 · subsidy ¥%7</translation>
    </message>
    <message>
        <source>Create a follow-up task for every lead of this fair that has none?</source>
        <translation>Create a follow-up task for every lead of this fair that has none?</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Created %Ln follow-up task.</numerusform>
            <numerusform>Created %Ln follow-up tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) got a follow-up date.</source>
        <translation>
            <numerusform>%Ln lead got a follow-up date.</numerusform>
            <numerusform>%Ln leads got a follow-up date.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Leads that already had a task were left alone.</source>
        <translation>%1 %2 Leads that already had a task were left alone.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>Capital (yen)</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Consent purposes</translation>
    </message>
    <message>
        <source>May be shared with companies</source>
        <translation>May be shared with companies</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Desired industries</source>
        <translation>Desired industries</translation>
    </message>
    <message>
        <source>Desired job types</source>
        <translation>Desired job types</translation>
    </message>
    <message>
        <source>Desired locations</source>
        <translation>Desired locations</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Email (work)</source>
        <translation>Email (work)</translation>
    </message>
    <message>
        <source>Email (home)</source>
        <translation>Email (home)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>English level</source>
        <translation>English level</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <source>Graduation month</source>
        <translation>Graduation month</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>Graduation year</translation>
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
        <source>Interested in internships</source>
        <translation>Interested in internships</translation>
    </message>
    <message>
        <source>JLPT level</source>
        <translation>JLPT level</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>Lead kind</source>
        <translation>Lead kind</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Lead title</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Phone (work)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Phone (home)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Month held</source>
        <translation>Month held</translation>
    </message>
    <message>
        <source>Rotation area</source>
        <translation>Rotation area</translation>
    </message>
    <message>
        <source>Year held</source>
        <translation>Year held</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>1. What to import</source>
        <translation>1. What to import</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .vcf file</source>
        <translation>A .csv, .xlsx or .vcf file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>(no fair)</source>
        <translation>(no fair)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Fair (links leads; its country reads local phones)</source>
        <translation>Fair (the leads link to it; phones without a country code are read as its country's)</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <source>2. Columns → fields (change any that are wrong)</source>
        <translation>2. Columns → fields (change any that are wrong)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>3. Check: problems by row and column</source>
        <translation>3. Check: problems by row and column</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Import all (nothing if any row has an error)</source>
        <translation>Import all (nothing if any row has an error)</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Import valid rows only</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Spreadsheets and cards (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Spreadsheets and cards (*.csv *.xlsx *.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>A vCard file has no columns to map: each card's fields are read as they are.</source>
        <translation>A vCard file has no columns to map: each card's fields are read as they are.</translation>
    </message>
    <message>
        <source>(not a field: kept in the notes)</source>
        <translation>(not a field: kept in the notes)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); %1 mapped to fields. Read as %2.</source>
        <translation>
            <numerusform>%Ln column; %1 mapped to fields. Read as %2.</numerusform>
            <numerusform>%Ln columns; %1 mapped to fields. Read as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which text encoding?</source>
        <translation>Which text encoding?</translation>
    </message>
    <message>
        <source>This file reads as text in more than one encoding. Which one was it saved in? (Japanese Excel usually saves Shift_JIS.)</source>
        <translation>This file reads as text in more than one encoding. Which one was it saved in? (Japanese Excel usually saves Shift_JIS.)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Reading rows</translation>
    </message>
    <message>
        <source>Preparing rows</source>
        <translation>Preparing rows</translation>
    </message>
    <message>
        <source>Saving to the database…</source>
        <translation>Saving to the database…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Rows read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</source>
        <translation>Rows read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported yet: %n row(s) would be created.</source>
        <translation>
            <numerusform>Nothing imported yet: %Ln row would be created.</numerusform>
            <numerusform>Nothing imported yet: %Ln rows would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n row(s) created, %1 skipped.</source>
        <translation>
            <numerusform>Imported: %Ln row created, %1 skipped.</numerusform>
            <numerusform>Imported: %Ln rows created, %1 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows marked as errors, or import the valid rows only.</source>
        <translation>Nothing was imported. Correct the rows marked as errors, or import the valid rows only.</translation>
    </message>
    <message>
        <source>Meeting series (association meetings spreadsheet, ICCA)</source>
        <translation>Meeting series (association meetings spreadsheet, ICCA)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cards read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</source>
        <translation>Cards read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported yet: %n card(s) would be imported.</source>
        <translation>
            <numerusform>Nothing imported yet: %Ln card would be imported.</numerusform>
            <numerusform>Nothing imported yet: %Ln cards would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n card(s), %1 skipped.</source>
        <translation>
            <numerusform>Imported: %Ln card, %1 skipped.</numerusform>
            <numerusform>Imported: %Ln cards, %1 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the cards marked as errors, or import the valid cards only.</source>
        <translation>Nothing was imported. Correct the cards marked as errors, or import the valid cards only.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>3. Check: problems by card and property</source>
        <translation>3. Check: problems by card and property</translation>
    </message>
    <message>
        <source>Import all (nothing if any card has an error)</source>
        <translation>Import all (nothing if any card has an error)</translation>
    </message>
    <message>
        <source>Import valid cards only</source>
        <translation>Import valid cards only</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are people already in the CRM.</source>
        <translation>
            <numerusform>%Ln row is a person already in the CRM.</numerusform>
            <numerusform>%Ln rows are people already in the CRM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Choose, for each field, the value to keep. The record on the right is merged into the one on the left; its linked records move over. You can undo this.</source>
        <translation>Choose, for each field, the value to keep. The record on the right is merged into the one on the left; its linked records move over. You can undo this.</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Keep: %1</translation>
    </message>
    <message>
        <source>Merge away: %1</source>
        <translation>Merge and remove: %1</translation>
    </message>
    <message>
        <source>Emails and phones of both records are kept (the same number only once).</source>
        <translation>Emails and phones of both records are kept (the same number only once).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n linked record(s) moved to the kept record.</source>
        <translation>
            <numerusform>Merged. %Ln linked record moved to the kept record.</numerusform>
            <numerusform>Merged. %Ln linked records moved to the kept record.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was undone: both records are back.</source>
        <translation>The merge was undone: both records are back.</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Merged at</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Role of this record</source>
        <translation>Role of this record</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Undo selected merge</source>
        <translation>Undo selected merge</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>merged away</source>
        <translation>merged away</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>The merge was undone.</translation>
    </message>
</context>
</TS>