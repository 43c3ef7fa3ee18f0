<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="90" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="91" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="92" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="93" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="101" />
        <source>What happened (Enter to log)</source>
        <translation>What happened (Enter to log)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="103" />
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="190" />
        <source>Drop files here to attach them, or:</source>
        <translation>Drop files here to attach them, or:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="191" />
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="234" />
        <source>Attaching…</source>
        <translation>Attaching…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="243" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editors/conflict.py" line="36" />
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="39" />
        <source>%1 saved changes to this record while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>%1 saved changes to this record while you were editing it. Choose, for each field, which value to keep.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="49" />
        <source>Save with these values</source>
        <translation>Save with these values</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="60" />
        <location filename="../../ui/editors/conflict.py" line="61" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="73" />
        <source>changed by %1 at %2</source>
        <translation>changed by %1 at %2</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="14" />
        <location filename="../../ui/editors/field_labels.py" line="185" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="15" />
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="16" />
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="17" />
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="18" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="19" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="20" />
        <location filename="../../ui/editors/field_labels.py" line="194" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="21" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="22" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="23" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="24" />
        <source>Plan pillars</source>
        <translation>Plan pillars</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="25" />
        <location filename="../../ui/editors/field_labels.py" line="186" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="26" />
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="27" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="28" />
        <location filename="../../ui/editors/field_labels.py" line="177" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="29" />
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="30" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="31" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="32" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="33" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="34" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="35" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="36" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="37" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="38" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="39" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="40" />
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="41" />
        <source>Linked record type</source>
        <translation>Linked record type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="42" />
        <source>Linked record</source>
        <translation>Linked record</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="44" />
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="45" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="46" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="47" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="48" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="49" />
        <source>Capital (yen)</source>
        <translation>Capital (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="51" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="52" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="53" />
        <source>Family name (kana)</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="54" />
        <source>Given name (kana)</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="55" />
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="56" />
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="57" />
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="58" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="60" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="61" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="62" />
        <source>Company of interest</source>
        <translation>Company of interest</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="63" />
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="64" />
        <source>Capture time zone</source>
        <translation>Capture time zone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="65" />
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="66" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="67" />
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="69" />
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="70" />
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="71" />
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="72" />
        <source>Rotation area</source>
        <translation>Rotation area</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="73" />
        <source>Rotation pattern</source>
        <translation>Rotation pattern</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="74" />
        <source>Preferred month</source>
        <translation>Preferred month</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="75" />
        <source>Typical delegates</source>
        <translation>Typical delegates</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="76" />
        <source>First held (year)</source>
        <translation>First held (year)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="77" />
        <source>Meeting series</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="78" />
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="79" />
        <source>Edition year</source>
        <translation>Edition year</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="80" />
        <source>International delegates</source>
        <translation>International delegates</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="81" />
        <source>Domestic delegates</source>
        <translation>Domestic delegates</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="82" />
        <source>Accompanying persons</source>
        <translation>Accompanying persons</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="83" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="84" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="85" />
        <source>Probability (%)</source>
        <translation>Probability (%)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="86" />
        <source>Bid deadline</source>
        <translation>Bid deadline</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="87" />
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="88" />
        <source>Decision body</source>
        <translation>Decision body</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="89" />
        <source>Competing destinations</source>
        <translation>Competing destinations</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="90" />
        <source>Host contact</source>
        <translation>Host contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="91" />
        <source>Association contact</source>
        <translation>Association contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="92" />
        <source>Support offered</source>
        <translation>Support offered</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="93" />
        <source>Won/lost reason</source>
        <translation>Won/lost reason</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="94" />
        <source>Economic impact (yen)</source>
        <translation>Economic impact (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="95" />
        <source>Impact parameters</source>
        <translation>Impact parameters</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="97" />
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="98" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="99" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="100" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="101" />
        <source>Pavilion</source>
        <translation>Pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="102" />
        <source>Budget (yen)</source>
        <translation>Budget (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="103" />
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="104" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="105" />
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="106" />
        <source>Cost (yen)</source>
        <translation>Cost (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="107" />
        <source>Subsidy (yen)</source>
        <translation>Subsidy (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="108" />
        <source>Negotiations</source>
        <translation>Negotiations</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="109" />
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="110" />
        <source>Expected sales (yen)</source>
        <translation>Expected sales (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="111" />
        <source>Actual sales (yen)</source>
        <translation>Actual sales (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="113" />
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="114" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="115" />
        <source>Support area</source>
        <translation>Support area</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="116" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="117" />
        <source>Held at</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="118" />
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="119" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="120" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="121" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="122" />
        <source>Value (yen)</source>
        <translation>Value (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="124" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="125" />
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="126" />
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="127" />
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="128" />
        <source>Graduation year</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="129" />
        <source>Graduation month</source>
        <translation>Graduation month</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="130" />
        <source>JLPT level</source>
        <translation>JLPT level</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="131" />
        <source>English (CEFR)</source>
        <translation>English (CEFR)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="132" />
        <source>Other languages</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="133" />
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="134" />
        <source>Desired industries</source>
        <translation>Desired industries</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="135" />
        <source>Desired job types</source>
        <translation>Desired job types</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="136" />
        <source>Desired locations</source>
        <translation>Desired locations</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="137" />
        <source>Interested in internships</source>
        <translation>Interested in internships</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="138" />
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="139" />
        <source>Consent purposes</source>
        <translation>Consent purposes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="140" />
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="141" />
        <source>Consent expires</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="142" />
        <source>May share profile with companies</source>
        <translation>May share profile with companies</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="143" />
        <source>Retain until</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="144" />
        <source>Required skills</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="145" />
        <source>Minimum JLPT</source>
        <translation>Minimum JLPT</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="146" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="147" />
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="148" />
        <source>Apply by</source>
        <translation>Apply by</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="149" />
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="150" />
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="151" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="152" />
        <source>Score explanation</source>
        <translation>Score explanation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="154" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="155" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="156" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="157" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="158" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="159" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="160" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="161" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="162" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="163" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="164" />
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="165" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="167" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="168" />
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="169" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="170" />
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="171" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="172" />
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="173" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="174" />
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="176" />
        <location filename="../../ui/editors/field_labels.py" line="193" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="181" />
        <source>Lead title</source>
        <translation>Lead title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="182" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="183" />
        <location filename="../../ui/editors/field_labels.py" line="184" />
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="187" />
        <source>Export stage</source>
        <translation>Export stage</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="188" />
        <source>Market status</source>
        <translation>Market status</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="189" />
        <source>Series name</source>
        <translation>Series name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="190" />
        <source>Bid name</source>
        <translation>Bid name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="191" />
        <source>Fair name</source>
        <translation>Fair name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/field_labels.py" line="192" />
        <source>Local company</source>
        <translation>Local company</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../ui/editors/form.py" line="105" />
        <source>%1: pick an entry from the list (type part of its name).</source>
        <translation>%1: pick an entry from the list (type part of its name).</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/editors/panels.py" line="115" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="116" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="117" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="118" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="119" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="132" />
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>Pillars</name>
    <message>
        <location filename="../../ui/editors/widgets.py" line="171" />
        <source>1. Presence in the world</source>
        <translation>1. Presence in the world</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="172" />
        <source>2. Visitors and MICE</source>
        <translation>2. Visitors and MICE</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="173" />
        <source>3. Multicultural society</source>
        <translation>3. Multicultural society</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="174" />
        <source>4. Global economy</source>
        <translation>4. Global economy</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="175" />
        <source>5. Global talent</source>
        <translation>5. Global talent</translation>
    </message>
    <message>
        <location filename="../../ui/editors/widgets.py" line="176" />
        <source>6. City network</source>
        <translation>6. City network</translation>
    </message>
</context>
<context>
    <name>QuickLeadDialog</name>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="60" />
        <source>Quick lead</source>
        <translation>Quick lead</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="124" />
        <source>Save lead</source>
        <translation>Save lead</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="125" />
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Save (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="129" />
        <source>Enter saves; the form then clears for the next lead. Esc closes.</source>
        <translation>Enter saves; the form then clears for the next lead. Esc closes.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="163" />
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="163" />
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="164" />
        <source>same name and company</source>
        <translation>same name and company</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="165" />
        <source>use for this lead</source>
        <translation>use for this lead</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="168" />
        <source>Possible duplicate:</source>
        <translation>Possible duplicate:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="185" />
        <source>This lead goes to %1; the email and phone typed are added to them.</source>
        <translation>This lead goes to %1; the email and phone typed are added to them.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="186" />
        <source>Create a new contact instead</source>
        <translation>Create a new contact instead</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="211" />
        <source>Saved lead: %1</source>
        <translation>Saved lead: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="224" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>Not saved: please correct the highlighted fields.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/editor.py" line="100" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="103" />
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="107" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="112" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="118" />
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="140" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="141" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="142" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="143" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="144" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="156" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="203" />
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="212" />
        <source>No changes to save.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="236" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="260" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>Not saved: please correct the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="340" />
        <source>Deleted. You can undo this.</source>
        <translation>Deleted. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="355" />
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Save your changes to this record?</source>
        <translation>Save your changes to this record?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editors/form.py" line="191" />
        <source>Add email</source>
        <translation>Add email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="193" />
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="132" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="133" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="134" />
        <location filename="../../ui/editors/linked.py" line="149" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="135" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="141" />
        <source>New task (Enter to add)</source>
        <translation>New task (Enter to add)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="144" />
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/editors/values.py" line="64" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/values.py" line="64" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
