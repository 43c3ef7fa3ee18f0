<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>EntryDialog</name>
    <message>
        <source>Enter indicator figures</source>
        <translation>評価指標の値を入力</translation>
    </message>
    <message>
        <source>e.g. the survey or statistics the figure comes from</source>
        <translation>例: 数値の出典となった調査・統計</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>評価指標</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>出典・備考</translation>
    </message>
    <message>
        <source>This indicator is counted from the records; only its target is entered here.</source>
        <translation>この評価指標はレコードから集計します。ここでは目標値だけを入力します。</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>Actual %1 / target %2</source>
        <translation>実績 %1 ／ 目標 %2</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>達成率 %1%</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>目標値なし</translation>
    </message>
    <message>
        <source>Counted by: %1</source>
        <translation>計上の基準: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備考: %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Counting the indicators</source>
        <translation>評価指標を集計しています</translation>
    </message>
    <message>
        <source>Loading the records behind the number</source>
        <translation>集計の内訳を読み込んでいます</translation>
    </message>
    <message>
        <source>Saving the indicator's figures</source>
        <translation>評価指標の値を保存しています</translation>
    </message>
    <message>
        <source>Writing the Excel file</source>
        <translation>Excel ファイルを書き出しています</translation>
    </message>
    <message>
        <source>Reading the indicators' figures</source>
        <translation>評価指標の値を読み込んでいます</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>値を入力…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel に書き出す…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Excel から取り込む…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) · %1 met their target · %2 without a target</source>
        <translation>
            <numerusform>評価指標 %Ln 件・目標達成 %1 件・目標値なし %2 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel に書き出す</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Excel から取り込む</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n indicator(s) updated</source>
        <translation>
            <numerusform>取り込みました: 評価指標 %Ln 件を更新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Counted by: %1</source>
        <translation>計上の基準: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Date counted</source>
        <translation>計上日</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>レコードの種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量・金額</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel に書き出す…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
    <message>
        <source>Entered by hand each year from the source above; note: %1</source>
        <translation>上記の出典から毎年度入力する指標です。備考: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) counted · total %1</source>
        <translation>
            <numerusform>集計したレコード %Ln 件・合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel に書き出す</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
</context>
<context>
    <name>KpiContribution</name>
    <message>
        <source>City's contribution: %1 — %2</source>
        <translation>市の取組による寄与: %1 %2</translation>
    </message>
</context>
</TS>
