<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ImportWizard</name>
    <message>
        <source>Fill in their empty fields (nothing is overwritten)</source>
        <translation>Fill in their empty fields (nothing is overwritten)</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>Leave them as they are</translation>
    </message>
    <message>
        <source>Add them again as a new person</source>
        <translation>Add them again as a new person</translation>
    </message>
    <message>
        <source>Someone already in the CRM (same email or phone)</source>
        <translation>Someone already in the CRM (same email or phone)</translation>
    </message>
    <message>
        <source>Recognised as an export from %1.</source>
        <translation>Recognised as an export from %1.</translation>
    </message>
    <message>
        <source>Already in the CRM</source>
        <translation>Already in the CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the CRM were filled in.</source>
        <translation>
            <numerusform>%Ln person already in the CRM was filled in.</numerusform>
            <numerusform>%Ln people already in the CRM were filled in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap family and given name</source>
        <translation>Swap family and given name</translation>
    </message>
    <message>
        <source>Select a “Name order” row to swap its family and given name.</source>
        <translation>Select a “Name order” row to swap its family and given name.</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>row %1 “%2” (%3)</source>
        <translation>row %1 “%2” (%3)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that CP932 cannot hold were written as 〓: %1%2.</source>
        <translation>
            <numerusform>%Ln character that CP932 cannot hold was written as 〓: %1%2.</numerusform>
            <numerusform>%Ln characters that CP932 cannot hold were written as 〓: %1%2.</numerusform>
        </translation>
    </message>
</context>
</TS>
