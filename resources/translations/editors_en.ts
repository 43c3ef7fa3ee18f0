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
        <translation>Type</translation>
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
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
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
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
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
    <name>RelatedPanel</name>
    <message>
        <source>No %1 linked to this record yet. Add one with “%2”.</source>
        <translation>No %1 linked to this record yet. Add one with “%2”.</translation>
    </message>
</context>
<context>
    <name>LinkedWidget</name>
    <message>
        <source>Open this record</source>
        <translation>Open this record</translation>
    </message>
</context>
<context>
    <name>ListWidget</name>
    <message>
        <source>Move to the top: the first one is the primary one</source>
        <translation>Move to the top: the first one is the primary one</translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <source>The country the number belongs to, and its calling code</source>
        <translation>The country the number belongs to, and its calling code</translation>
    </message>
</context>
</TS>
