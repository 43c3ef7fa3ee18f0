<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="90" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="91" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="92" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="93" />
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="101" />
        <source>What happened (Enter to log)</source>
        <translation>活動内容（Enter で記録）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="103" />
        <source>Log activity</source>
        <translation>活動を記録</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="190" />
        <source>Drop files here to attach them, or:</source>
        <translation>ここにファイルをドロップして添付、または:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="191" />
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="234" />
        <source>Attaching…</source>
        <translation>添付しています…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="243" />
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/editors/conflict.py" line="36" />
        <source>Someone else changed this record</source>
        <translation>他の人がこのレコードを変更しました</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="39" />
        <source>%1 saved changes to this record while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>編集中に %1 さんがこのレコードの変更を保存しました。項目ごとに、残す値を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Your value</source>
        <translation>編集中の内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="43" />
        <source>Their value</source>
        <translation>先に保存された内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="49" />
        <source>Save with these values</source>
        <translation>この内容で保存</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="60" />
        <location filename="../../ui/editors/conflict.py" line="61" />
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/conflict.py" line="73" />
        <source>changed by %1 at %2</source>
        <translation>%2 に %1 さんが変更</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../ui/editors/form.py" line="105" />
        <source>%1: pick an entry from the list (type part of its name).</source>
        <translation>%1: 一覧から選んでください（名前の一部を入力すると候補が出ます）。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/editors/panels.py" line="115" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="116" />
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="117" />
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="118" />
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="119" />
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="131" />
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../ui/editors/panels.py" line="132" />
        <source>Merged</source>
        <translation>統合</translation>
    </message>
</context>
<context>
    <name>QuickLeadDialog</name>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="60" />
        <source>Quick lead</source>
        <translation>リードのクイック登録</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="124" />
        <source>Save lead</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="125" />
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>登録（Enter または Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="129" />
        <source>Enter saves; the form then clears for the next lead. Esc closes.</source>
        <translation>Enter で登録し、続けて次のリードを入力できます。Esc で閉じます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="165" />
        <source>use for this lead</source>
        <translation>この連絡先を使う</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="168" />
        <source>Possible duplicate:</source>
        <translation>重複の可能性があります:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="185" />
        <source>This lead goes to %1; the email and phone typed are added to them.</source>
        <translation>このリードを %1 に紐づけます。入力したメールアドレスと電話番号はこの連絡先に追加されます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="186" />
        <source>Create a new contact instead</source>
        <translation>新しい連絡先として登録する</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="211" />
        <source>Saved lead: %1</source>
        <translation>登録しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/quick_lead.py" line="224" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>保存できませんでした。赤く表示された項目を修正してください。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/editor.py" line="100" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="103" />
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="106" />
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="107" />
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="112" />
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="118" />
        <source>Undo delete</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="140" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="141" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="142" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="143" />
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="144" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="156" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="203" />
        <source>Please correct the highlighted fields.</source>
        <translation>赤く表示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="212" />
        <source>No changes to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="236" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="260" />
        <source>Not saved: please correct the highlighted fields.</source>
        <translation>保存できませんでした。赤く表示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="340" />
        <source>Deleted. You can undo this.</source>
        <translation>削除しました。取り消すことができます。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="355" />
        <source>Restored.</source>
        <translation>復元しました。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../ui/editors/editor.py" line="369" />
        <source>Save your changes to this record?</source>
        <translation>このレコードの変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/editors/form.py" line="191" />
        <source>Add email</source>
        <translation>メールを追加</translation>
    </message>
    <message>
        <location filename="../../ui/editors/form.py" line="193" />
        <source>Add phone</source>
        <translation>電話番号を追加</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/editors/linked.py" line="132" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="133" />
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="134" />
        <location filename="../../ui/editors/linked.py" line="149" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="135" />
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="141" />
        <source>New task (Enter to add)</source>
        <translation>新しいタスク（Enter で追加）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linked.py" line="144" />
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>No %1 linked to this record yet. Add one with “%2”.</source>
        <translation>このレコードに紐づく%1はまだありません。［%2］で追加できます。</translation>
    </message>
</context>
<context>
    <name>LinkedWidget</name>
    <message>
        <source>Open this record</source>
        <translation>このレコードを開く</translation>
    </message>
</context>
<context>
    <name>ListWidget</name>
    <message>
        <source>Move to the top: the first one is the primary one</source>
        <translation>先頭へ移動（先頭のものを主に使います）</translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <source>The country the number belongs to, and its calling code</source>
        <translation>番号の国と国番号</translation>
    </message>
</context>
</TS>
