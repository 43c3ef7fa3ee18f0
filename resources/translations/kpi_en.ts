<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EntryDialog</name>
    <message>
        <source>Enter indicator figures</source>
        <translation>Enter indicator figures</translation>
    </message>
    <message>
        <source>e.g. the survey or statistics the figure comes from</source>
        <translation>e.g. the survey or statistics the figure comes from</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Source note</translation>
    </message>
    <message>
        <source>This indicator is counted from the records; only its target is entered here.</source>
        <translation>This indicator is counted from the records; only its target is entered here.</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>Actual %1 / target %2</source>
        <translation>Actual %1 / target %2</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>%1% of target</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>No target set</translation>
    </message>
    <message>
        <source>Counted by: %1</source>
        <translation>Counted by: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Counting the indicators</source>
        <translation>Counting the indicators</translation>
    </message>
    <message>
        <source>Loading the records behind the number</source>
        <translation>Loading the records behind the number</translation>
    </message>
    <message>
        <source>Saving the indicator's figures</source>
        <translation>Saving the indicator's figures</translation>
    </message>
    <message>
        <source>Writing the Excel file</source>
        <translation>Writing the Excel file</translation>
    </message>
    <message>
        <source>Reading the indicators' figures</source>
        <translation>Reading the indicators' figures</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>Enter figures…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) · %1 met their target · %2 without a target</source>
        <translation>
            <numerusform>%Ln indicator · %1 met its target · %2 without a target</numerusform>
            <numerusform>%Ln indicators · %1 met their target · %2 without a target</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n indicator(s) updated</source>
        <translation>
            <numerusform>Imported: %Ln indicator updated</numerusform>
            <numerusform>Imported: %Ln indicators updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Counted by: %1</source>
        <translation>Counted by: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Date counted</source>
        <translation>Date counted</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Entered by hand each year from the source above; note: %1</source>
        <translation>Entered by hand each year from the source above; note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) counted · total %1</source>
        <translation>
            <numerusform>%Ln record counted · total %1</numerusform>
            <numerusform>%Ln records counted · total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>KpiContribution</name>
    <message>
        <source>City's contribution: %1 — %2</source>
        <translation>City's contribution: %1 — %2</translation>
    </message>
</context>
</TS>
