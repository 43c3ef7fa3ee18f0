<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Area</name>
    <message>
        <source>Sister cities &amp; networks</source>
        <translation>姉妹都市・ネットワーク</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Bids whose association is based here</source>
        <translation>この国に本部がある団体の誘致案件</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>相手方の窓口</translation>
    </message>
    <message>
        <source>Counterpart office: %1</source>
        <translation>相手方の窓口: %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Edit the city</source>
        <translation>都市の情報を編集</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>事業名</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交流・協力事業</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>In other areas</source>
        <translation>他の業務での関わり</translation>
    </message>
    <message>
        <source>International students from this country</source>
        <translation>この国からの留学生</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>使用言語: %1</translation>
    </message>
    <message>
        <source>Leads from this country</source>
        <translation>この国のリード</translation>
    </message>
    <message>
        <source>Local companies targeting this country</source>
        <translation>この国を目指す市内企業</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>加盟ネットワーク: %1</translation>
    </message>
    <message>
        <source>Next round anniversary: %1th, %2</source>
        <translation>次の節目: %1周年（%2）</translation>
    </message>
    <message>
        <source>Overseas buyers based here</source>
        <translation>この国の海外バイヤー</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>姉妹・友好都市等</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪団名</translation>
    </message>
    <message>
        <source>Visits to Sapporo</source>
        <translation>札幌への来訪</translation>
    </message>
    <message numerus="yes">
        <source>since %1 (%n year(s))</source>
        <translation>
            <numerusform>%1から（%Ln年）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>相手方の窓口</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出発日</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>認定分野</translation>
    </message>
    <message>
        <source>From Sapporo</source>
        <translation>札幌側の人数</translation>
    </message>
    <message>
        <source>From the partner</source>
        <translation>相手側の人数</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>姉妹・友好都市等</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>提携の種類</translation>
    </message>
    <message>
        <source>Sapporo member since</source>
        <translation>札幌市の加盟年</translation>
    </message>
    <message>
        <source>Sapporo's role</source>
        <translation>札幌市の立場</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>提携年</translation>
    </message>
    <message>
        <source>Name in the other language</source>
        <translation>名前（英語）</translation>
    </message>
</context>
<context>
    <name>ExchangeKind</name>
    <message>
        <source>Cultural exchange</source>
        <translation>文化交流</translation>
    </message>
    <message>
        <source>Economic exchange</source>
        <translation>経済交流</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>公式訪問</translation>
    </message>
    <message>
        <source>Student and youth exchange</source>
        <translation>青少年・学生交流</translation>
    </message>
    <message>
        <source>Technical cooperation</source>
        <translation>技術協力</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>研修員受入れ</translation>
    </message>
</context>
<context>
    <name>FiscalYearPanel</name>
    <message numerus="yes">
        <source>%n city-to-city exchange(s)</source>
        <translation>
            <numerusform>都市間交流 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooperation project(s)</source>
        <translation>
            <numerusform>国際協力事業 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sapporo in %n network(s)</source>
        <translation>
            <numerusform>加盟ネットワーク %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1・%2・%3</translation>
    </message>
    <message>
        <source>City-to-city exchanges by partner city</source>
        <translation>姉妹・友好都市等別の都市間交流</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交流件数</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>International cooperation projects running in the year</source>
        <translation>この年度に実施中の国際協力事業</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>姉妹・友好都市等</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>事業名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>提携の種類</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>GiftDirection</name>
    <message>
        <source>Given</source>
        <translation>贈呈</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
</context>
<context>
    <name>KeyPersonPage</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>来訪 %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>交流事業 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 since %3</source>
        <translation>%3年以降、%1・%2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>連絡先を編集</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>キーパーソン</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職・役割</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Visit to Sapporo (%1)</source>
        <translation>札幌への来訪（%1）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>KeyPersonsPanel</name>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Double-click a person to see every visit, exchange and contact over the years.</source>
        <translation>ダブルクリックすると、その人の来訪・交流事業・やり取りをすべて年ごとに表示します。</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>最後に会った日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来訪回数</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Add language</source>
        <translation>言語を追加</translation>
    </message>
</context>
<context>
    <name>NetworkHomeCards</name>
    <message>
        <source>%1th anniversary</source>
        <translation>%1周年</translation>
    </message>
    <message>
        <source>Anniversaries ahead</source>
        <translation>今後の周年（節目の年）</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>周年</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Delegations arriving</source>
        <translation>来訪予定の代表団</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来訪元</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1年中</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Sapporo's membership</source>
        <translation>札幌市の加盟</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪団</translation>
    </message>
    <message>
        <source>No round anniversary in the next years.</source>
        <translation>今後数年の節目の周年はありません。</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>姉妹都市を新規作成</translation>
    </message>
    <message>
        <source>No delegation arriving.</source>
        <translation>来訪予定の訪問団はありません。</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>訪問を新規作成</translation>
    </message>
</context>
<context>
    <name>NetworkKind</name>
    <message>
        <source>Association of cities</source>
        <translation>都市間の連合・協議会</translation>
    </message>
    <message>
        <source>International body</source>
        <translation>国際機関</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>UN network</source>
        <translation>国連関係のネットワーク</translation>
    </message>
</context>
<context>
    <name>NetworkRole</name>
    <message>
        <source>Board member</source>
        <translation>理事</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>会長</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>副会長</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>By fiscal year</source>
        <translation>年度別集計</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>フォローアップタスクを作成</translation>
    </message>
    <message>
        <source>Created %1 follow-up tasks (see the visit's Tasks tab).</source>
        <translation>フォローアップタスクを %1 件作成しました（来訪の「タスク」タブに表示されます）。</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交流・協力事業</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>キーパーソン</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>姉妹・友好都市等</translation>
    </message>
    <message>
        <source>Partner city page</source>
        <translation>都市の概要ページ</translation>
    </message>
    <message>
        <source>Select one record first.</source>
        <translation>先にレコードを1件選んでください。</translation>
    </message>
    <message>
        <source>The visit's follow-up tasks are already there.</source>
        <translation>この来訪のフォローアップタスクはすでに作成済みです。</translation>
    </message>
    <message>
        <source>Visits to Sapporo</source>
        <translation>来訪（受入れ）</translation>
    </message>
</context>
<context>
    <name>ParticipantSide</name>
    <message>
        <source>Guest</source>
        <translation>来訪者（先方）</translation>
    </message>
    <message>
        <source>Host (city)</source>
        <translation>応対者（札幌市）</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>New %1</source>
        <translation>%1を新規作成</translation>
    </message>
</context>
<context>
    <name>RelationshipKind</name>
    <message>
        <source>Fellow network member</source>
        <translation>ネットワーク加盟都市</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>友好都市</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>パートナー都市</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>姉妹都市</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
</context>
</TS>
