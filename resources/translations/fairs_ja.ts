<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>BoothCapture</name>
    <message>
        <source>No fair</source>
        <translation>見本市がありません</translation>
    </message>
    <message>
        <source>Create the fair first (Fairs → New record).</source>
        <translation>先に見本市を登録してください（見本市 → 新規作成）。</translation>
    </message>
    <message>
        <source>Booth capture</source>
        <translation>ブースで名刺入力</translation>
    </message>
    <message>
        <source>Capture leads for which fair?</source>
        <translation>どの見本市のリードを入力しますか？</translation>
    </message>
</context>
<context>
    <name>BoothCaptureWindow</name>
    <message>
        <source>Booth capture — %1</source>
        <translation>ブースで名刺入力：%1</translation>
    </message>
    <message>
        <source>optional, e.g. ヤマダ タロウ</source>
        <translation>任意。例: ヤマダ タロウ</translation>
    </message>
    <message>
        <source>as printed on the card</source>
        <translation>名刺の表記のまま</translation>
    </message>
    <message>
        <source>product or other interest</source>
        <translation>商品名などの関心事項</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>Rea&amp;ding</source>
        <translation>フリガナ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>会社名(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>国(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>役職(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>評価(&amp;R)</translation>
    </message>
    <message>
        <source>Interested in exhi&amp;bitor</source>
        <translation>関心のある出展企業(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Interest (product)</source>
        <translation>関心（商品）(&amp;I)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>次のアクション(&amp;X)</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>保存して次へ（Enter）</translation>
    </message>
    <message>
        <source>Enter saves this visitor at once and clears the form. Esc closes.</source>
        <translation>Enter でこの来場者をすぐに保存し、入力欄を空にします。Esc で閉じます。</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>名刺</translation>
    </message>
    <message>
        <source>Save a visitor first.</source>
        <translation>先に来場者を保存してください。</translation>
    </message>
    <message>
        <source>Drop a photo or scan of the card here</source>
        <translation>名刺の写真やスキャン画像をここにドロップ</translation>
    </message>
    <message>
        <source>Attach card photo…</source>
        <translation>名刺の画像を添付…</translation>
    </message>
    <message>
        <source>not a complete number yet</source>
        <translation>まだ番号が不完全です</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Today: %1 · This fair: %2</source>
        <translation>今日: %1 件 · この見本市: %2 件</translation>
    </message>
    <message>
        <source>Already known? Possible duplicate:</source>
        <translation>登録済みかもしれません。重複候補:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>Card for: %1</source>
        <translation>名刺の添付先: %1</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red. Nothing typed was lost.</source>
        <translation>保存していません。赤字の項目を直してください。入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存していません: %1</translation>
    </message>
    <message>
        <source>Business card photo</source>
        <translation>名刺の画像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.heic *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>Card attached: %1</source>
        <translation>名刺を添付しました: %1</translation>
    </message>
    <message>
        <source>Today is outside the fair's dates (%1 – %2): a lead saved here is dated now, not during the fair.</source>
        <translation>今日は会期（%1 – %2）外です。ここで登録するリードは、会期中ではなく現在の日時で記録されます。</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Possible duplicates — %1</source>
        <translation>重複候補：%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複候補</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s). Nothing is merged without you.</source>
        <translation>
            <numerusform>重複候補は %Ln 組です。確認して統合するまで、自動では統合されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>氏名と会社が同じ</translation>
    </message>
    <message>
        <source>same corporate number</source>
        <translation>法人番号が同じ</translation>
    </message>
    <message>
        <source>same company name (legal form ignored)</source>
        <translation>会社名が同じ（株式会社などを除く）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業・団体</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>A fair's schedule (.ics)</source>
        <translation>見本市の日程（.ics）</translation>
    </message>
    <message>
        <source>(no limit: all records)</source>
        <translation>（絞り込まない：すべて）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Limit to a fair</source>
        <translation>見本市で絞り込み</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel)</source>
        <translation>CSV（UTF-8 BOM付き・Excel 向け）</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932)</source>
        <translation>CSV（Shift_JIS / CP932）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel ブック（.xlsx）</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0（古い携帯電話向け）</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar（.ics）</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>保存先を指定してください。</translation>
    </message>
    <message>
        <source>Choose the fair whose schedule to export.</source>
        <translation>日程を書き出す見本市を選んでください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>FairActions</name>
    <message>
        <source>Select one record first.</source>
        <translation>先にレコードを1件選んでください。</translation>
    </message>
    <message>
        <source>Booth capture</source>
        <translation>ブースで名刺入力</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>リードを取り込む…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Create follow-ups…</source>
        <translation>フォローアップを作成…</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>選択した2件を統合…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>重複候補を探す…</translation>
    </message>
    <message>
        <source>Undo a merge…</source>
        <translation>統合を取り消す…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込む…</translation>
    </message>
</context>
<context>
    <name>FairResultsView</name>
    <message>
        <source>Fair results</source>
        <translation>見本市の成果</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード数</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Exhibitor of interest</source>
        <translation>関心のある出展企業</translation>
    </message>
    <message>
        <source>Exhibitor</source>
        <translation>出展企業</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>商談件数</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成約件数</translation>
    </message>
    <message>
        <source>Expected sales (JPY)</source>
        <translation>見込み売上（円）</translation>
    </message>
    <message>
        <source>Actual sales (JPY)</source>
        <translation>実績売上（円）</translation>
    </message>
    <message>
        <source>Cost (JPY)</source>
        <translation>経費（円）</translation>
    </message>
    <message>
        <source>Subsidy (JPY)</source>
        <translation>補助金（円）</translation>
    </message>
    <message>
        <source>Leads by country</source>
        <translation>国別リード</translation>
    </message>
    <message>
        <source>Leads by rating</source>
        <translation>評価別リード</translation>
    </message>
    <message>
        <source>Leads by exhibitor of interest</source>
        <translation>出展企業別リード</translation>
    </message>
    <message>
        <source>Exhibitors' results (per participation, total in the last row)</source>
        <translation>出展企業ごとの成果（最終行は合計）</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>フォローアップのタスクを作成</translation>
    </message>
    <message>
        <source>One task per lead without one: A due in 1 day, B in 2 days, C (or unrated) in a week; D gets none.</source>
        <translation>タスクのないリードごとに1件作成します。期限は A が1日後、B が2日後、C（評価なし含む）が1週間後。D は作成しません。</translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation>成果：%1</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>%1 の成果</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>評価なし</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>リード %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>商談 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>成約 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · expected sales ¥%4 · actual sales ¥%5 · cost ¥%6 · subsidy ¥%7</source>
        <translation>%1 · %2 · %3 · 見込み売上 ¥%4 · 実績売上 ¥%5 · 経費 ¥%6 · 補助金 ¥%7</translation>
    </message>
    <message>
        <source>Create a follow-up task for every lead of this fair that has none?</source>
        <translation>この見本市のリードのうち、タスクがないものすべてにフォローアップのタスクを作成しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>フォローアップのタスクを %Ln 件作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) got a follow-up date.</source>
        <translation>
            <numerusform>%Ln 件のリードにフォローアップ日を設定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 Leads that already had a task were left alone.</source>
        <translation>%1%2タスクがあるリードはそのままです。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>同意の目的</translation>
    </message>
    <message>
        <source>May be shared with companies</source>
        <translation>企業への提供可</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Desired industries</source>
        <translation>希望業種</translation>
    </message>
    <message>
        <source>Desired job types</source>
        <translation>希望職種</translation>
    </message>
    <message>
        <source>Desired locations</source>
        <translation>希望勤務地</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Email (work)</source>
        <translation>メール（勤務先）</translation>
    </message>
    <message>
        <source>Email (home)</source>
        <translation>メール（自宅）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>English level</source>
        <translation>英語レベル</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>見本市</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（よみ）</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（よみ）</translation>
    </message>
    <message>
        <source>Graduation month</source>
        <translation>卒業月</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>卒業年</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>関心事項</translation>
    </message>
    <message>
        <source>Interested in internships</source>
        <translation>インターンシップ希望</translation>
    </message>
    <message>
        <source>JLPT level</source>
        <translation>日本語能力試験</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ローマ字氏名</translation>
    </message>
    <message>
        <source>Lead kind</source>
        <translation>リード種別</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>リード件名</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>専攻</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>フリガナ（氏名）</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>その他の言語</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>電話（勤務先）</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>電話（自宅）</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>主催団体</translation>
    </message>
    <message>
        <source>City</source>
        <translation>開催都市</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>開催頻度</translation>
    </message>
    <message>
        <source>Month held</source>
        <translation>開催月</translation>
    </message>
    <message>
        <source>Rotation area</source>
        <translation>持ち回り地域</translation>
    </message>
    <message>
        <source>Year held</source>
        <translation>開催年</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>1. What to import</source>
        <translation>1. 取り込む内容</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業・団体</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .vcf file</source>
        <translation>.csv、.xlsx、.vcf ファイル</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>(no fair)</source>
        <translation>（見本市なし）</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Fair (links leads; its country reads local phones)</source>
        <translation>見本市（リードの紐づけ先。国番号のない電話番号はその国の番号として読みます）</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>2. Columns → fields (change any that are wrong)</source>
        <translation>2. 列と項目の対応（違っていれば直してください）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>3. Check: problems by row and column</source>
        <translation>3. 確認: 行・列ごとの問題</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>事前チェック（取り込みません）</translation>
    </message>
    <message>
        <source>Import all (nothing if any row has an error)</source>
        <translation>すべて取り込む（エラーが 1 行でもあれば何も取り込みません）</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>正しい行だけ取り込む</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>Spreadsheets and cards (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>表計算ファイルと vCard (*.csv *.xlsx *.vcf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A vCard file has no columns to map: each card's fields are read as they are.</source>
        <translation>vCard ファイルには列がありません。各カードの項目をそのまま読み取ります。</translation>
    </message>
    <message>
        <source>(not a field: kept in the notes)</source>
        <translation>（項目なし: 備考に残す）</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); %1 mapped to fields. Read as %2.</source>
        <translation>
            <numerusform>%Ln 列のうち %1 列を項目に対応付けました。文字コード: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Which text encoding?</source>
        <translation>文字コードはどれですか？</translation>
    </message>
    <message>
        <source>This file reads as text in more than one encoding. Which one was it saved in? (Japanese Excel usually saves Shift_JIS.)</source>
        <translation>このファイルは複数の文字コードで読めてしまいます。どの文字コードで保存されましたか？（日本語版 Excel は通常 Shift_JIS で保存します。）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>行を読み込み中</translation>
    </message>
    <message>
        <source>Preparing rows</source>
        <translation>行を準備中</translation>
    </message>
    <message>
        <source>Saving to the database…</source>
        <translation>データベースに保存中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>中止しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複候補</translation>
    </message>
    <message>
        <source>Rows read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</source>
        <translation>読み込み %1 行 · エラー %2 件 · 警告 %3 件 · 重複候補 %4 件。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported yet: %n row(s) would be created.</source>
        <translation>
            <numerusform>まだ取り込んでいません。%Ln 行が登録される予定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n row(s) created, %1 skipped.</source>
        <translation>
            <numerusform>取り込みました: 登録 %Ln 行、スキップ %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows marked as errors, or import the valid rows only.</source>
        <translation>何も取り込んでいません。エラーの行を直すか、正しい行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>Meeting series (association meetings spreadsheet, ICCA)</source>
        <translation>国際会議シリーズ（ICCA 形式の開催実績表）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Cards read: %1 · errors: %2 · warnings: %3 · possible duplicates: %4.</source>
        <translation>読み込みカード %1 件 · エラー %2 件 · 警告 %3 件 · 重複候補 %4 件。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported yet: %n card(s) would be imported.</source>
        <translation>
            <numerusform>まだ取り込んでいません。%Ln 件のカードが取り込まれる予定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n card(s), %1 skipped.</source>
        <translation>
            <numerusform>取り込みました: カード %Ln 件、スキップ %1 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the cards marked as errors, or import the valid cards only.</source>
        <translation>何も取り込んでいません。エラーのカードを直すか、正しいカードだけを取り込んでください。</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>3. Check: problems by card and property</source>
        <translation>3. 確認: カード・項目ごとの問題</translation>
    </message>
    <message>
        <source>Import all (nothing if any card has an error)</source>
        <translation>すべて取り込む（エラーのカードが1件でもあれば何も取り込みません）</translation>
    </message>
    <message>
        <source>Import valid cards only</source>
        <translation>正しいカードだけ取り込む</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are people already in the CRM.</source>
        <translation>
            <numerusform>%Ln 行は CRM に登録済みの人です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>重複の統合</translation>
    </message>
    <message>
        <source>Choose, for each field, the value to keep. The record on the right is merged into the one on the left; its linked records move over. You can undo this.</source>
        <translation>項目ごとに残す値を選んでください。右のレコードを左のレコードに統合し、関連レコードも左に移します。統合は取り消せます。</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>左右を入れ替え</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>統合を取り消す</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>残す: %1</translation>
    </message>
    <message>
        <source>Merge away: %1</source>
        <translation>統合元（削除されます）: %1</translation>
    </message>
    <message>
        <source>Emails and phones of both records are kept (the same number only once).</source>
        <translation>両方のメールアドレスと電話番号を残します（同じ番号は1つにまとめます）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n linked record(s) moved to the kept record.</source>
        <translation>
            <numerusform>統合しました。関連レコード %Ln 件を残したレコードに移しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was undone: both records are back.</source>
        <translation>統合を取り消しました。両方のレコードが元に戻りました。</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Undo merge</source>
        <translation>統合の取り消し</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>統合日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Role of this record</source>
        <translation>このレコード</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>Undo selected merge</source>
        <translation>選択した統合を取り消す</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>残した側</translation>
    </message>
    <message>
        <source>merged away</source>
        <translation>統合された側</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>統合を取り消しました。</translation>
    </message>
</context>
</TS>