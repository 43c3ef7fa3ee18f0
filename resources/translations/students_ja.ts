<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>アクセス記録</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>shared with a company</source>
        <translation>企業へ提供</translation>
    </message>
    <message>
        <source>erased on request</source>
        <translation>請求により消去</translation>
    </message>
    <message>
        <source>erased (retention period over)</source>
        <translation>消去（保存期限経過）</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（消去済み）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%Ln 件（新しい順）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchBoard</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>前の段階へ</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>次の段階へ</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>スコア %1</translation>
    </message>
    <message>
        <source>Employer's rating %1 of 4</source>
        <translation>受入れ企業の評価 %1/4</translation>
    </message>
    <message numerus="yes">
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>%Ln 日間変化なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %Ln 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign employees hired through matching, by fiscal year: %1</source>
        <translation>マッチングによる外国人の採用（年度別）: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>MatchReasonsPanel</name>
    <message>
        <source>As they stand today</source>
        <translation>現時点での評価</translation>
    </message>
    <message>
        <source>When it was suggested (score %1)</source>
        <translation>候補にした時点の評価（スコア %1）</translation>
    </message>
    <message>
        <source>No reasons were saved with it.</source>
        <translation>理由は記録されていません。</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Export the data (JSON)…</source>
        <translation>データを書き出す（JSON）…</translation>
    </message>
    <message>
        <source>Export the data (PDF)…</source>
        <translation>データを書き出す（PDF）…</translation>
    </message>
    <message>
        <source>Erase the personal data…</source>
        <translation>個人データを消去…</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>No consent on record: the student is never suggested to companies.</source>
        <translation>同意の記録がありません。この留学生が企業に候補として提示されることはありません。</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2); sharing the profile with companies is allowed.</source>
        <translation>%1 に同意（%2）。企業へのプロフィール提供に同意しています。</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2); sharing with companies is not allowed, so no match goes past “suggested”.</source>
        <translation>%1 に同意（%2）。企業への提供には同意していないため、マッチングは「候補」より先に進められません。</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 まで有効</translation>
    </message>
    <message>
        <source>Kept until %1, then erased by the retention purge.</source>
        <translation>保存期限は %1 で、その後の期限切れ消去で消去されます。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the student's data</source>
        <translation>留学生のデータを書き出す</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Erase the personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>Erase all of this student's personal data now? Matches and hires stay counted, without personal data. This cannot be undone.</source>
        <translation>この留学生の個人データをすべて今すぐ消去しますか？マッチングと採用の件数は個人データなしで残ります。元に戻せません。</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>個人データを消去しました。</translation>
    </message>
    <message>
        <source>Profile for a company (PDF)…</source>
        <translation>企業向けプロフィール（PDF）…</translation>
    </message>
    <message>
        <source>Only while the student agrees to share the profile with companies.</source>
        <translation>留学生が企業へのプロフィール提供に同意している間だけ作成できます。</translation>
    </message>
    <message>
        <source>The consent given on %1 expired on %2: the student is not suggested to companies until it is renewed.</source>
        <translation>%1 の同意は %2 に期限が切れています。更新されるまで企業には紹介されません。</translation>
    </message>
    <message>
        <source>Kept until %1: that day has passed, so the next retention purge erases the data.</source>
        <translation>保存期限（%1）を過ぎています。次の期限切れ消去で消去されます。</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>Erase the personal data of %n student(s)…</source>
        <translation>
            <numerusform>%Ln 名の個人データを消去…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of the %n student(s) listed, for good? Their matches and hires stay counted, without personal data. This cannot be undone.</source>
        <translation>
            <numerusform>一覧の %Ln 名の個人データを完全に消去しますか？ マッチングと採用の件数は個人データなしで残ります。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>保存期限切れデータの消去</translation>
    </message>
    <message>
        <source>Students past their retention date. Erasing removes their personal data for good and keeps a record without it, so matches and hires stay counted.</source>
        <translation>保存期限を過ぎた留学生です。消去すると個人データは完全に削除され、個人データのない記録だけが残るため、マッチングと採用の件数は保たれます。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>マッチング件数</translation>
    </message>
    <message>
        <source>Erase their personal data</source>
        <translation>個人データを消去</translation>
    </message>
    <message>
        <source>No student is past the retention date.</source>
        <translation>保存期限を過ぎた留学生はいません。</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n student(s).</source>
        <translation>
            <numerusform>留学生 %Ln 名の個人データを消去しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsTable</name>
    <message>
        <source>Criterion</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>充足度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>求人</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業・団体</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>マッチング</translation>
    </message>
    <message>
        <source>Suggest as match</source>
        <translation>マッチング候補にする</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) that pass every condition (consent, Japanese, graduation, residence status), best first.</source>
        <translation>
            <numerusform>条件（同意・日本語能力・卒業時期・在留資格）をすべて満たす候補 %Ln 件（適合度の高い順）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No one passes every condition (consent, Japanese, graduation, residence status).</source>
        <translation>条件（同意・日本語能力・卒業時期・在留資格）をすべて満たす候補はありません。</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>重み…</translation>
    </message>
    <message>
        <source>How much each criterion counts in the score (for the whole office)</source>
        <translation>各基準が得点に占める重み（事務所共通）</translation>
    </message>
</context>
<context>
    <name>TalentTabs</name>
    <message>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>TalentView</name>
    <message>
        <source>Retention purge…</source>
        <translation>保存期限切れの消去…</translation>
    </message>
    <message>
        <source>Access log…</source>
        <translation>アクセス記録…</translation>
    </message>
    <message>
        <source>Matching weights…</source>
        <translation>マッチングの重み…</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Matching weights</source>
        <translation>マッチングの重み</translation>
    </message>
    <message>
        <source>How much each criterion counts in a suggestion's score (0–100). A pair must first pass every condition (consent, Japanese, graduation, residence status); the weights only rank those that do. The office shares one set of weights.</source>
        <translation>提案の得点で各基準をどれだけ重視するか（0〜100）。まず同意・日本語・卒業時期・在留資格の条件をすべて満たす組み合わせだけが提案され、重みはその順位だけを決めます。重みは事務所全体で共通です。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>評価する内容</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>少なくとも 1 つの重みを 0 より大きくしてください。</translation>
    </message>
</context>
</TS>
