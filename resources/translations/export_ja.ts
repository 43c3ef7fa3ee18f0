<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Certification</name>
    <message>
        <source>FSSC 22000</source>
        <translation>FSSC 22000</translation>
    </message>
    <message>
        <source>GLOBALG.A.P.</source>
        <translation>GLOBALG.A.P.</translation>
    </message>
    <message>
        <source>HACCP</source>
        <translation>HACCP</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>ハラール</translation>
    </message>
    <message>
        <source>Hokkaido HACCP</source>
        <translation>北海道HACCP</translation>
    </message>
    <message>
        <source>ISO 22000</source>
        <translation>ISO 22000</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>コーシャ</translation>
    </message>
    <message>
        <source>MSC</source>
        <translation>MSC（海のエコラベル）</translation>
    </message>
    <message>
        <source>Organic (JAS)</source>
        <translation>有機JAS</translation>
    </message>
</context>
<context>
    <name>ExpansionKind</name>
    <message>
        <source>Business tie-up</source>
        <translation>業務提携</translation>
    </message>
    <message>
        <source>Cross-border e-commerce</source>
        <translation>越境EC</translation>
    </message>
    <message>
        <source>Distributor contract</source>
        <translation>代理店契約</translation>
    </message>
    <message>
        <source>First export</source>
        <translation>初輸出</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合弁事業</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>ライセンス供与</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Overseas office</source>
        <translation>海外拠点の開設</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Expansion cases by fiscal year…</source>
        <translation>年度別の海外展開事業事例…</translation>
    </message>
    <message>
        <source>Markets by country…</source>
        <translation>国・地域別の市場…</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>対応が必要な企業…</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>接触記録なし</translation>
    </message>
    <message>
        <source>no contact since %1</source>
        <translation>%1 以降接触なし</translation>
    </message>
    <message>
        <source>nothing recent in %1</source>
        <translation>%1 で最近の動きなし</translation>
    </message>
    <message numerus="yes">
        <source>%n open need(s)</source>
        <translation>
            <numerusform>未対応のニーズ %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCasePanel</name>
    <message>
        <source>Companies that fit</source>
        <translation>候補となる市内企業</translation>
    </message>
    <message>
        <source>Add consultation…</source>
        <translation>相談を追加…</translation>
    </message>
    <message>
        <source>Add expansion case…</source>
        <translation>海外展開事例を追加…</translation>
    </message>
    <message>
        <source>Add need…</source>
        <translation>ニーズを追加…</translation>
    </message>
    <message>
        <source>Add support given…</source>
        <translation>実施した支援を追加…</translation>
    </message>
    <message>
        <source>Add target market…</source>
        <translation>ターゲット市場を追加…</translation>
    </message>
    <message>
        <source>Addressed %1</source>
        <translation>対応済み %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>回答・対応内容</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Business languages</source>
        <translation>対応できる言語</translation>
    </message>
    <message>
        <source>Buyer, lead or fair</source>
        <translation>紹介先・見本市</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>取得済みの認証</translation>
    </message>
    <message>
        <source>Companies that fit (%1)</source>
        <translation>候補となる市内企業（%1）</translation>
    </message>
    <message>
        <source>Consultations (%1)</source>
        <translation>相談（%1）</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Edit export profile…</source>
        <translation>海外展開プロフィールを編集…</translation>
    </message>
    <message>
        <source>Expansion cases (%1)</source>
        <translation>海外展開事例（%1）</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>海外展開支援</translation>
    </message>
    <message>
        <source>Export stage</source>
        <translation>海外展開の段階</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合度</translation>
    </message>
    <message>
        <source>Introduced %1: recorded on both sides, with a follow-up task.</source>
        <translation>%1 を紹介しました。双方に活動記録を残し、フォローアップのタスクを作成しました。</translation>
    </message>
    <message>
        <source>Introduce…</source>
        <translation>紹介する…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形態</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>支援の種類</translation>
    </message>
    <message>
        <source>Local companies whose target markets, products or certifications fit this buyer.</source>
        <translation>ターゲット市場・商品・認証がこのバイヤーに合う市内企業です。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ニーズの内容</translation>
    </message>
    <message>
        <source>Needs (%1 open)</source>
        <translation>ニーズ（未対応 %1）</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>No export profile yet: add one to record the stage, products, certifications and the staff member in charge.</source>
        <translation>海外展開プロフィールがまだありません。段階・商品・認証・支援担当者を記録するには、プロフィールを追加してください。</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>候補はまだありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Overseas expansion cases by fiscal year: %1</source>
        <translation>年度別の海外展開事業事例数: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品・製品</translation>
    </message>
    <message>
        <source>Record the introduction on both sides and a follow-up task</source>
        <translation>双方に紹介の記録を残し、フォローアップのタスクを作成します</translation>
    </message>
    <message>
        <source>Select one and press Introduce: an activity is recorded on both sides, with a follow-up task.</source>
        <translation>候補を選んで「紹介する」を押すと、双方に活動記録が残り、フォローアップのタスクが作成されます。</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>支援担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Suggested buyers (%1)</source>
        <translation>おすすめのバイヤー（%1）</translation>
    </message>
    <message>
        <source>Support given (%1)</source>
        <translation>実施した支援（%1）</translation>
    </message>
    <message>
        <source>Target markets (%1)</source>
        <translation>ターゲット市場（%1）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Total amount: %1</source>
        <translation>金額の合計: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why this market</source>
        <translation>選んだ理由</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>ExportLanguage</name>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中国語（繁体字）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
</context>
<context>
    <name>ExportOverview</name>
    <message>
        <source>All years</source>
        <translation>全年度</translation>
    </message>
    <message>
        <source>Buyers there</source>
        <translation>現地のバイヤー</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事例</translation>
    </message>
    <message>
        <source>Cases by fiscal year: %1</source>
        <translation>年度別の事例数: %1</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Companies targeting it</source>
        <translation>ターゲットにしている市内企業</translation>
    </message>
    <message>
        <source>Companies with an export profile that have an open need, no contact in 90 days, or a target market with no consultation, introduction or expansion case in 180 days.</source>
        <translation>未対応のニーズがある、90日間接触がない、またはターゲット市場で180日間 相談・紹介・展開事例がない企業です。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Expansion cases by fiscal year</source>
        <translation>年度別の海外展開事業事例</translation>
    </message>
    <message>
        <source>Expansion cases there</source>
        <translation>現地での海外展開事例</translation>
    </message>
    <message>
        <source>Export stage</source>
        <translation>海外展開の段階</translation>
    </message>
    <message>
        <source>Export support</source>
        <translation>海外展開支援</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>見本市</translation>
    </message>
    <message>
        <source>Fair leads from there</source>
        <translation>現地からの見本市リード</translation>
    </message>
    <message>
        <source>Fiscal year (April–March):</source>
        <translation>年度（4月～3月）:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>関心</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形態</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>対応が必要な企業</translation>
    </message>
    <message>
        <source>Partner cities there</source>
        <translation>現地の姉妹・友好都市</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>支援担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why this market</source>
        <translation>選んだ理由</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>ExportStage</name>
    <message>
        <source>Exploring</source>
        <translation>検討・情報収集中</translation>
    </message>
    <message>
        <source>First export</source>
        <translation>初輸出</translation>
    </message>
    <message>
        <source>Not exporting yet</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Overseas base</source>
        <translation>海外拠点あり</translation>
    </message>
    <message>
        <source>Regular exports</source>
        <translation>継続的に輸出</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Loading export support</source>
        <translation>海外展開支援を読み込み中</translation>
    </message>
    <message>
        <source>Loading the export case</source>
        <translation>海外展開支援の記録を読み込み中</translation>
    </message>
    <message>
        <source>Recording the introduction</source>
        <translation>紹介を記録中</translation>
    </message>
</context>
<context>
    <name>MarketPriority</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Add a %1 linked to this record</source>
        <translation>このレコードに紐づく%1を追加します</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
</context>
<context>
    <name>SupportArea</name>
    <message>
        <source>Product development</source>
        <translation>商品開発</translation>
    </message>
</context>
<context>
    <name>SupportKind</name>
    <message>
        <source>Expert advice</source>
        <translation>専門家の派遣・助言</translation>
    </message>
    <message>
        <source>Fair slot</source>
        <translation>見本市の出展枠</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>補助金</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>No %1 recorded yet. Add one with “%2”.</source>
        <translation>まだ%1はありません。［%2］で追加できます。</translation>
    </message>
</context>
</TS>
