<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Meeting</source>
        <translation>打合せ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>誘致案件</translation>
    </message>
    <message>
        <source>Fairs</source>
        <translation>見本市</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業・団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Students &amp; openings</source>
        <translation>留学生・求人</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>評価指標</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Synchronisation with the office database will appear here.</source>
        <translation>事務所データベースとの同期がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>BidStage</name>
    <message>
        <source>Prospect</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案準備</translation>
    </message>
    <message>
        <source>Bid submitted</source>
        <translation>立候補済み</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>最終候補</translation>
    </message>
    <message>
        <source>Site inspection</source>
        <translation>現地視察</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>誘致決定</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>誘致失敗</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Local host secured</source>
        <translation>国内主催者確定</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>CEFR</name>
    <message>
        <source>Native</source>
        <translation>ネイティブ</translation>
    </message>
</context>
<context>
    <name>ChangeOp</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>完全削除</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>開催年</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>提案締切日</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>確度（%）</translation>
    </message>
    <message>
        <source>International delegates</source>
        <translation>海外参加者数</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>予算（円）</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>卒業年</translation>
    </message>
    <message>
        <source>JLPT</source>
        <translation>JLPT</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>勤務地</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>募集人数</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>応募締切</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>求人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>関連先</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Linked type</source>
        <translation>関連の種類</translation>
    </message>
    <message>
        <source>Reading, or the name as written</source>
        <translation>フリガナ</translation>
    </message>
</context>
<context>
    <name>Degree</name>
    <message>
        <source>Language school</source>
        <translation>日本語学校</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>専門学校</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>学士</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>修士</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
</context>
<context>
    <name>EmailKind</name>
    <message>
        <source>Work</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>自宅</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>ExpansionKind</name>
    <message>
        <source>Export</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Subsidiary</source>
        <translation>現地法人</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支店</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>業務提携</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>越境EC</translation>
    </message>
</context>
<context>
    <name>ExportStage</name>
    <message>
        <source>Considering</source>
        <translation>検討中</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Test marketing</source>
        <translation>テスト販売</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>輸出中</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>拡大中</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>My records</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>フォローアップ期限切れ</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>今週期限</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>フォローアップ日未設定</translation>
    </message>
    <message>
        <source>Deadline ahead</source>
        <translation>締切前</translation>
    </message>
    <message>
        <source>Open bids</source>
        <translation>進行中の案件</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後の予定</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>募集中</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Annual</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>Every 2 years</source>
        <translation>2年ごと</translation>
    </message>
    <message>
        <source>Every 3 years</source>
        <translation>3年ごと</translation>
    </message>
    <message>
        <source>Every 4 years</source>
        <translation>4年ごと</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>不定期</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>あと %Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>期限が近い・過ぎたフォローアップ</translation>
    </message>
    <message>
        <source>Bid deadlines and decisions ahead</source>
        <translation>今後の提案締切・開催地決定</translation>
    </message>
    <message>
        <source>Current and upcoming fairs</source>
        <translation>開催中・今後の見本市</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>最近更新されたレコード</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今日: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>提案締切日</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>開催地決定</translation>
    </message>
    <message>
        <source>No follow-ups due. A lead's follow-up date brings it here.</source>
        <translation>期限の近いフォローアップはありません。リードにフォローアップ日を入れると、ここに表示されます。</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>リードを新規作成</translation>
    </message>
    <message>
        <source>No bid deadline or decision in the next 30 days.</source>
        <translation>今後30日間に提案締切・開催地決定はありません。</translation>
    </message>
    <message>
        <source>New bid</source>
        <translation>誘致案件を新規作成</translation>
    </message>
    <message>
        <source>No fair ahead yet.</source>
        <translation>今後の見本市はまだありません。</translation>
    </message>
    <message>
        <source>New fair</source>
        <translation>見本市を新規作成</translation>
    </message>
    <message>
        <source>Nothing changed yet. The records you add or edit show here.</source>
        <translation>まだ更新はありません。追加・編集したレコードがここに表示されます。</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>企業・団体を新規作成</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier follow-up(s) not shown; the leads list's “%1” filter lists every overdue one.</source>
        <translation>
            <numerusform>ほかに、より前の日付のフォローアップが %Ln 件あります。期限切れのものはリード一覧の「%1」ですべて表示できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorSource</name>
    <message>
        <source>Computed from data</source>
        <translation>データから算出</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手入力</translation>
    </message>
</context>
<context>
    <name>JLPT</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>LeadKind</name>
    <message>
        <source>MICE</source>
        <translation>MICE</translation>
    </message>
    <message>
        <source>Trade buyer</source>
        <translation>海外バイヤー</translation>
    </message>
    <message>
        <source>Company inquiry</source>
        <translation>企業相談</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>連絡済み</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>有望</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>商談中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成約</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休止</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sapporo MICE CRM</source>
        <translation>札幌 MICE CRM</translation>
    </message>
    <message>
        <source>The editor for this record is not available yet.</source>
        <translation>このレコードの編集画面はまだ利用できません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Quick lead…</source>
        <translation>リードをすばやく登録…</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>全体を検索…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>レコード(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <source>No record actions here</source>
        <translation>この画面ではレコードの操作はありません</translation>
    </message>
    <message>
        <source>Quick lead entry is not available yet.</source>
        <translation>リードのすばやい登録はまだ利用できません。</translation>
    </message>
    <message>
        <source>Sapporo MICE CRM — for the City of Sapporo&apos;s international and economic-affairs staff.</source>
        <translation>札幌 MICE CRM は、札幌市の国際・経済部門の職員のための顧客管理システムです。</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>この PC: %1</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>事務所サーバー: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>利用者: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Cancel the background work</source>
        <translation>バックグラウンドの処理を中止します</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>The database is still opening. Try again in a moment.</source>
        <translation>データベースを開いているところです。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Backups and database check…</source>
        <translation>バックアップとデータベースのチェック…</translation>
    </message>
</context>
<context>
    <name>MarketStatus</name>
    <message>
        <source>Research</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>取組中</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>参入済み</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>休止中</translation>
    </message>
</context>
<context>
    <name>MatchStage</name>
    <message>
        <source>Suggested</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>紹介済み</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面接</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>インターンシップ</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>内定</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>辞退</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Conference</source>
        <translation>国際会議</translation>
    </message>
    <message>
        <source>Corporate meeting</source>
        <translation>企業会議</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>報奨旅行</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展示会</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Family name first</source>
        <translation>姓・名の順</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名・姓の順</translation>
    </message>
</context>
<context>
    <name>OpeningKind</name>
    <message>
        <source>Internship</source>
        <translation>インターンシップ</translation>
    </message>
    <message>
        <source>New graduate</source>
        <translation>新卒採用</translation>
    </message>
    <message>
        <source>Mid-career</source>
        <translation>中途採用</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>アルバイト</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Local company</source>
        <translation>市内企業</translation>
    </message>
    <message>
        <source>Overseas buyer</source>
        <translation>海外バイヤー</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>国際団体・学会</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>行政機関</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>姉妹・友好都市</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Work</source>
        <translation>勤務先</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>自宅</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter (Ctrl+F)…</source>
        <translation>絞り込み (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>タグを付ける…</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>担当者を割り当てる…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>絞り込みを保存…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを付ける</translation>
    </message>
    <message>
        <source>Tag for the selected records:</source>
        <translation>選択したレコードに付けるタグ:</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>担当者の割り当て</translation>
    </message>
    <message>
        <source>Owner of the selected records:</source>
        <translation>選択したレコードの担当者:</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n record(s).</source>
        <translation>
            <numerusform>%Ln 件にタグを付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n record(s).</source>
        <translation>
            <numerusform>%Ln 件に担当者を割り当てました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s).</source>
        <translation>
            <numerusform>%Ln 件を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s).</source>
        <translation>
            <numerusform>%Ln 件を元に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>操作を完了できませんでした</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>絞り込みの保存</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>この絞り込みの名前:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>表示する列</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>No %1 matches this filter.</source>
        <translation>この条件に合う%1はありません。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>No %1 records yet. Add the first with “%2”.</source>
        <translation>まだ%1がありません。［%2］で追加できます。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>全体を検索</translation>
    </message>
    <message>
        <source>Name, company, email, phone… (Japanese or Latin)</source>
        <translation>名前・会社名・メール・電話番号…（日本語・英字どちらでも）</translation>
    </message>
    <message>
        <source>Enter opens the selected record · ↑↓ move · Esc closes</source>
        <translation>Enter で選択したレコードを開く・↑↓ で移動・Esc で閉じる</translation>
    </message>
    <message>
        <source>No records found</source>
        <translation>該当するレコードはありません</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1　［%2］</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>この PC を使う</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続できました</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
    <message>
        <source>The new language or database is used from the next start.</source>
        <translation>新しい表示言語・データベースは次回の起動から使われます。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>この PC のデータベースを使う</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>The database is empty. Fill it with realistic demo data to try the app?</source>
        <translation>データベースが空です。試用のためにデモデータを作成しますか？</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>デモデータを作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>SupportArea</name>
    <message>
        <source>Legal</source>
        <translation>法務</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税務</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>認証取得</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>資金調達</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人材</translation>
    </message>
</context>
<context>
    <name>TalentView</name>
    <message>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>求人</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>%Ln 件のタスクを完了にしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Attaching files</source>
        <translation>ファイルを添付しています</translation>
    </message>
    <message>
        <source>Attaching the business card</source>
        <translation>名刺を添付しています</translation>
    </message>
    <message>
        <source>Changing the selected records</source>
        <translation>選択したレコードを変更しています</translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation>重複を確認しています</translation>
    </message>
    <message>
        <source>Comparing the two versions</source>
        <translation>2つの版を比べています</translation>
    </message>
    <message>
        <source>Counting the leads</source>
        <translation>リードを数えています</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>デモデータを作成しています</translation>
    </message>
    <message>
        <source>Creating follow-up tasks</source>
        <translation>フォローアップのタスクを作成しています</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1を削除しています</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1を書き出しています</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>重複を探しています</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1を取り込んでいます</translation>
    </message>
    <message>
        <source>Loading earlier merges</source>
        <translation>過去の統合を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading related records</source>
        <translation>関連レコードを読み込んでいます</translation>
    </message>
    <message>
        <source>Loading rows</source>
        <translation>行を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the agenda</source>
        <translation>予定を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the exhibitors</source>
        <translation>出展者を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the fair's results</source>
        <translation>見本市の成果を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the fairs</source>
        <translation>見本市を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation>変更履歴を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading the list</source>
        <translation>一覧を読み込んでいます</translation>
    </message>
    <message>
        <source>Looking up records</source>
        <translation>レコードを探しています</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>レコードを統合しています</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1を開いています</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>データベースを開いています</translation>
    </message>
    <message>
        <source>Preparing the merge</source>
        <translation>統合の準備をしています</translation>
    </message>
    <message>
        <source>Reading the file's columns</source>
        <translation>ファイルの列を読み込んでいます</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>%1を元に戻しています</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1を保存しています</translation>
    </message>
    <message>
        <source>Saving the quick lead</source>
        <translation>クイックリードを保存しています</translation>
    </message>
    <message>
        <source>Saving the visitor</source>
        <translation>来場者を保存しています</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索しています</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続を確認しています</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>統合を取り消しています</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>データベースをバックアップしています</translation>
    </message>
    <message>
        <source>Making today's backup</source>
        <translation>今日のバックアップを作成しています</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>バックアップ %1 を読み込んでいます</translation>
    </message>
    <message>
        <source>Restoring the backup %1</source>
        <translation>バックアップ %1 から復元しています</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>データベースをチェックしています</translation>
    </message>
    <message>
        <source>Repairing the database</source>
        <translation>データベースを修復しています</translation>
    </message>
    <message>
        <source>Writing the briefing pack</source>
        <translation>ブリーフィング資料を作成しています</translation>
    </message>
    <message>
        <source>Saving the PDF</source>
        <translation>PDF を保存しています</translation>
    </message>
    <message>
        <source>Finding suggestions</source>
        <translation>候補を探しています</translation>
    </message>
    <message>
        <source>Exporting the student's data to %1</source>
        <translation>留学生のデータを %1 に書き出しています</translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation>個人データを消去しています</translation>
    </message>
    <message>
        <source>Purging students past their retention date</source>
        <translation>保存期限を過ぎた留学生のデータを消去しています</translation>
    </message>
    <message>
        <source>Reading the access log</source>
        <translation>アクセス記録を読み込んでいます</translation>
    </message>
    <message>
        <source>Estimating the economic impact</source>
        <translation>経済波及効果を算定しています</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>同期の状態を読み込み中</translation>
    </message>
    <message>
        <source>Counting unsent changes</source>
        <translation>未送信の変更を集計中</translation>
    </message>
    <message>
        <source>Exporting changes to %1</source>
        <translation>%1 に変更を書き出し中</translation>
    </message>
    <message>
        <source>Importing the sync file %1</source>
        <translation>同期ファイル %1 を取り込み中</translation>
    </message>
    <message>
        <source>Sending changes to the office</source>
        <translation>事務所へ変更を送信中</translation>
    </message>
    <message>
        <source>Receiving changes from the office</source>
        <translation>事務所から変更を受信中</translation>
    </message>
    <message>
        <source>Resolving the conflict</source>
        <translation>競合を解決中</translation>
    </message>
    <message>
        <source>Reading the matching weights</source>
        <translation>マッチングの重みを読み込んでいます</translation>
    </message>
    <message>
        <source>Bringing the search index up to date</source>
        <translation>検索用の索引を最新の状態にしています</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>バックアップを一覧しています</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and database check</source>
        <translation>バックアップとデータベースのチェック</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>今すぐバックアップ…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>ファイルから復元…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>データベースをチェック</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>The office server's database is backed up by its administrators. You can also save a copy of it here (this needs the PostgreSQL client tools).</source>
        <translation>事務所サーバーのデータベースは管理者がバックアップしています。ここからコピーを保存することもできます（PostgreSQL のクライアントツールが必要です）。</translation>
    </message>
    <message>
        <source>This computer's database is backed up once a day when the app starts (unless Settings turn it off). The last 7 days and 4 weeks are kept in %1.</source>
        <translation>この PC のデータベースは、アプリの起動時に 1 日 1 回バックアップされます（設定でオフにできます）。直近 7 日分と 4 週分を %1 に保存しています。</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Backups (*%1)</source>
        <translation>バックアップ (*%1)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>%1 にバックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>%1 にバックアップしました（%2）。</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>復元するバックアップ</translation>
    </message>
    <message>
        <source>Backups (*.db *.dump);;All files (*)</source>
        <translation>バックアップ (*.db *.dump);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>何も復元していません。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Replace the database with this backup?</source>
        <translation>データベースをこのバックアップで置き換えますか？</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Schema revision: %1</source>
        <translation>スキーマのリビジョン: %1</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, to %1. After the restore the app closes; start it again to work on the restored data.</source>
        <translation>現在のデータベースは先に %1 にバックアップします。復元後にアプリは終了します。復元したデータで作業するには、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restored from %1. The app closes now; start it again.</source>
        <translation>%1 から復元しました。アプリを終了します。もう一度起動してください。</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>復元前のデータベースは %1 に保存しました。</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>データベースを修復しています…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>データベースをチェックしています…</translation>
    </message>
    <message>
        <source>Repaired: %1 %2</source>
        <translation>修復済み: %1 %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Every problem found was repaired.</source>
        <translation>見つかった問題はすべて修復しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%Ln 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>There are no backups on this computer yet.</source>
        <translation>この PC にはまだバックアップがありません。</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>選んだバックアップから復元…</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>この PC のバックアップ</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>ブリーフィング資料</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (North America)</source>
        <translation>レター（北米）</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Japanese and English together</source>
        <translation>日本語と英語を併記</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>PDF を作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Open in PDF viewer (print)</source>
        <translation>PDF ビューアで開く（印刷）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose the language and paper, then Create PDF. The pack is written in the background; you can keep working.</source>
        <translation>言語と用紙を選んで「PDF を作成」を押してください。作成中も作業を続けられます。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>中止しました。PDF は作成していません。</translation>
    </message>
    <message numerus="yes">
        <source>The PDF is ready (%n page(s)). This installation cannot preview it: open it in your PDF viewer.</source>
        <translation>
            <numerusform>PDF を作成しました（%Ln ページ）。この環境ではプレビューできないため、PDF ビューアで開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <source>Select one record first.</source>
        <translation>レコードを 1 件選んでください。</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>ブリーフィング資料…</translation>
    </message>
    <message>
        <source>Briefing pack as a PDF (Ctrl+P)</source>
        <translation>ブリーフィング資料を PDF で作成（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Decision maker</source>
        <translation>意思決定者</translation>
    </message>
    <message>
        <source>Board or council member</source>
        <translation>理事・評議員</translation>
    </message>
    <message>
        <source>Site-selection committee</source>
        <translation>開催地選定委員会</translation>
    </message>
    <message>
        <source>Local host</source>
        <translation>国内主催者</translation>
    </message>
    <message>
        <source>PCO</source>
        <translation>国際会議運営会社</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影響力のある人物</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Fair booth</source>
        <translation>見本市ブース</translation>
    </message>
    <message>
        <source>Business meeting</source>
        <translation>商談会</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Event or seminar</source>
        <translation>イベント・セミナー</translation>
    </message>
    <message>
        <source>Delegation or visit</source>
        <translation>視察・来訪</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>FairSector</name>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Food and beverages</source>
        <translation>食品・飲料</translation>
    </message>
    <message>
        <source>Food and hospitality</source>
        <translation>食品・ホスピタリティ</translation>
    </message>
    <message>
        <source>Seafood</source>
        <translation>水産</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>農業</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <translation>観光</translation>
    </message>
    <message>
        <source>Tourism and MICE</source>
        <translation>観光・MICE</translation>
    </message>
    <message>
        <source>Beauty and cosmetics</source>
        <translation>化粧品・美容</translation>
    </message>
    <message>
        <source>IT and electronics</source>
        <translation>IT・エレクトロニクス</translation>
    </message>
    <message>
        <source>Industry and machinery</source>
        <translation>産業機械</translation>
    </message>
    <message>
        <source>General trade</source>
        <translation>総合</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>%1 — %2</source>
        <translation>%2：%1</translation>
    </message>
</context>
</TS>
