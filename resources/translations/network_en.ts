<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Area</name>
    <message>
        <source>Sister cities &amp; networks</source>
        <translation>Sister cities &amp; networks</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <source>Bids whose association is based here</source>
        <translation>Bids whose association is based here</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>Counterpart office</translation>
    </message>
    <message>
        <source>Counterpart office: %1</source>
        <translation>Counterpart office: %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Edit the city</source>
        <translation>Edit the city</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>In other areas</source>
        <translation>In other areas</translation>
    </message>
    <message>
        <source>International students from this country</source>
        <translation>International students from this country</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Leads from this country</source>
        <translation>Leads from this country</translation>
    </message>
    <message>
        <source>Local companies targeting this country</source>
        <translation>Local companies targeting this country</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Networks: %1</translation>
    </message>
    <message>
        <source>Next round anniversary: %1th, %2</source>
        <translation>Next round anniversary: %1th, %2</translation>
    </message>
    <message>
        <source>Overseas buyers based here</source>
        <translation>Overseas buyers based here</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Visits to Sapporo</source>
        <translation>Visits to Sapporo</translation>
    </message>
    <message numerus="yes">
        <source>since %1 (%n year(s))</source>
        <translation>
            <numerusform>since %1 (%Ln year)</numerusform>
            <numerusform>since %1 (%Ln years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>Counterpart office</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Departs</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>From Sapporo</source>
        <translation>From Sapporo</translation>
    </message>
    <message>
        <source>From the partner</source>
        <translation>From the partner</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sapporo member since</source>
        <translation>Sapporo member since</translation>
    </message>
    <message>
        <source>Sapporo's role</source>
        <translation>Sapporo's role</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Name in the other language</source>
        <translation>Name (Japanese)</translation>
    </message>
</context>
<context>
    <name>ExchangeKind</name>
    <message>
        <source>Cultural exchange</source>
        <translation>Cultural exchange</translation>
    </message>
    <message>
        <source>Economic exchange</source>
        <translation>Economic exchange</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>Official visit</translation>
    </message>
    <message>
        <source>Student and youth exchange</source>
        <translation>Student and youth exchange</translation>
    </message>
    <message>
        <source>Technical cooperation</source>
        <translation>Technical cooperation</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>Training participants</translation>
    </message>
</context>
<context>
    <name>FiscalYearPanel</name>
    <message numerus="yes">
        <source>%n city-to-city exchange(s)</source>
        <translation>
            <numerusform>%Ln city-to-city exchange</numerusform>
            <numerusform>%Ln city-to-city exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooperation project(s)</source>
        <translation>
            <numerusform>%Ln cooperation project</numerusform>
            <numerusform>%Ln cooperation projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sapporo in %n network(s)</source>
        <translation>
            <numerusform>Sapporo in %Ln network</numerusform>
            <numerusform>Sapporo in %Ln networks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>City-to-city exchanges by partner city</source>
        <translation>City-to-city exchanges by partner city</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>International cooperation projects running in the year</source>
        <translation>International cooperation projects running in the year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
</context>
<context>
    <name>GiftDirection</name>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>KeyPersonPage</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%Ln exchange</numerusform>
            <numerusform>%Ln exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 since %3</source>
        <translation>%1 and %2 since %3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Edit the contact</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Visit to Sapporo (%1)</source>
        <translation>Visit to Sapporo (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>KeyPersonsPanel</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Double-click a person to see every visit, exchange and contact over the years.</source>
        <translation>Double-click a person to see every visit, exchange and contact over the years.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Last met</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Add language</source>
        <translation>Add language</translation>
    </message>
</context>
<context>
    <name>NetworkHomeCards</name>
    <message>
        <source>%1th anniversary</source>
        <translation>%1th anniversary</translation>
    </message>
    <message>
        <source>Anniversaries ahead</source>
        <translation>Anniversaries ahead</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Delegations arriving</source>
        <translation>Delegations arriving</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sapporo's membership</source>
        <translation>Sapporo's membership</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>No round anniversary in the next years.</source>
        <translation>No round anniversary in the next years.</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>New partner city</translation>
    </message>
    <message>
        <source>No delegation arriving.</source>
        <translation>No delegation arriving.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
</context>
<context>
    <name>NetworkKind</name>
    <message>
        <source>Association of cities</source>
        <translation>Association of cities</translation>
    </message>
    <message>
        <source>International body</source>
        <translation>International body</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>UN network</source>
        <translation>UN network</translation>
    </message>
</context>
<context>
    <name>NetworkRole</name>
    <message>
        <source>Board member</source>
        <translation>Board member</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice chair</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>By fiscal year</source>
        <translation>By fiscal year</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Create follow-up tasks</translation>
    </message>
    <message>
        <source>Created %1 follow-up tasks (see the visit's Tasks tab).</source>
        <translation>Created %1 follow-up tasks (see the visit's Tasks tab).</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partner cities</translation>
    </message>
    <message>
        <source>Partner city page</source>
        <translation>Partner city page</translation>
    </message>
    <message>
        <source>Select one record first.</source>
        <translation>Select one record first.</translation>
    </message>
    <message>
        <source>The visit's follow-up tasks are already there.</source>
        <translation>The visit's follow-up tasks are already there.</translation>
    </message>
    <message>
        <source>Visits to Sapporo</source>
        <translation>Visits to Sapporo</translation>
    </message>
</context>
<context>
    <name>ParticipantSide</name>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Host (city)</source>
        <translation>Host (city)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
</context>
<context>
    <name>RelationshipKind</name>
    <message>
        <source>Fellow network member</source>
        <translation>Fellow member of a network</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Friendship city</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Sister city</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
</context>
</TS>
