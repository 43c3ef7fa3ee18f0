<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>ImportWizard</name>
    <message>
        <source>Fill in their empty fields (nothing is overwritten)</source>
        <translation>空いている項目だけを埋める（上書きしません）</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>Add them again as a new person</source>
        <translation>新しい人として追加する</translation>
    </message>
    <message>
        <source>Someone already in the CRM (same email or phone)</source>
        <translation>CRM に登録済みの人（メールアドレスか電話番号が同じ）</translation>
    </message>
    <message>
        <source>Recognised as an export from %1.</source>
        <translation>%1 の書き出しファイルとして認識しました。</translation>
    </message>
    <message>
        <source>Already in the CRM</source>
        <translation>登録済み</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the CRM were filled in.</source>
        <translation>
            <numerusform>登録済みの %Ln 人の空いている項目を埋めました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap family and given name</source>
        <translation>姓と名を入れ替える</translation>
    </message>
    <message>
        <source>Select a “Name order” row to swap its family and given name.</source>
        <translation>「姓名の順」の行を選ぶと、その行の姓と名を入れ替えられます。</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名の順</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>row %1 “%2” (%3)</source>
        <translation>%1 行目「%2」（%3）</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that CP932 cannot hold were written as 〓: %1%2.</source>
        <translation>
            <numerusform>CP932 で書けない %Ln 文字を 〓 にしました: %1%2。</numerusform>
        </translation>
    </message>
</context>
</TS>
