<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>BidBoard</name>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>参加者 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>決定日 %1</translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation>経済波及効果 %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>次の段階へ移す</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>前の段階へ移す</translation>
    </message>
    <message>
        <source>No activity for 60 days</source>
        <translation>60 日間動きなし</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>BidRotationPanel</name>
    <message>
        <source>Choose the bid's meeting series (Details tab) to see when the meeting can come to Sapporo.</source>
        <translation>会議シリーズ（「詳細」タブ）を選ぶと、いつ札幌に誘致できるかが表示されます。</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>持ち回り</translation>
    </message>
</context>
<context>
    <name>BidsView</name>
    <message>
        <source>%1: %2 weighted (of %3)</source>
        <translation>%1: 確度加重 %2（見込総額 %3）</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Create reminder tasks</source>
        <translation>リマインダーのタスクを作成</translation>
    </message>
    <message numerus="yes">
        <source>Created %n reminder task(s).</source>
        <translation>
            <numerusform>リマインダーのタスクを %Ln 件作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>All meeting types</source>
        <translation>すべての会議の種類</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>All rotation areas</source>
        <translation>すべての持ち回り地域</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての開催年</translation>
    </message>
    <message>
        <source>Export the bid's dates</source>
        <translation>案件の日程を書き出す</translation>
    </message>
    <message>
        <source>Export the bid's dates (.ics)…</source>
        <translation>案件の日程を書き出す（.ics）…</translation>
    </message>
    <message>
        <source>Impact parameters and stage probabilities…</source>
        <translation>経済波及効果の算定前提と段階ごとの確度…</translation>
    </message>
    <message>
        <source>Import association meetings (ICCA)…</source>
        <translation>国際会議の開催実績を取り込む（ICCA 形式）…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Pipeline by fiscal year of the event, weighted by probability: %1</source>
        <translation>開催年度別の誘致パイプライン（確度加重）: %1</translation>
    </message>
    <message>
        <source>Select one bid first.</source>
        <translation>誘致案件を 1 件選んでください。</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>ボードを表示</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>一覧を表示</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <source>no estimates yet</source>
        <translation>算定済みの案件はまだありません</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>year not set</source>
        <translation>開催年未定</translation>
    </message>
</context>
<context>
    <name>CompetitionPanel</name>
    <message>
        <source>Add destination</source>
        <translation>競合都市を追加</translation>
    </message>
    <message>
        <source>Bid books: Attachments tab. Site inspections and presentations: Activities tab.</source>
        <translation>ビッドブックは「添付ファイル」タブ、現地視察とプレゼンテーションは「活動」タブに記録します。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Destinations saved.</source>
        <translation>競合都市を保存しました。</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>競合都市を削除</translation>
    </message>
    <message>
        <source>Save destinations</source>
        <translation>競合都市を保存</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>強み</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <source>%1 · international delegates %2 · domestic delegates %3 · accompanying persons %4 (edit these on the Details tab)</source>
        <translation>%1 ・ 海外参加者 %2 人 ・ 国内参加者 %3 人 ・ 同伴者 %4 人（人数は「詳細」タブで編集します）</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>同伴者</translation>
    </message>
    <message>
        <source>Differs from today's defaults: %1</source>
        <translation>現在の既定値と異なる前提: %1</translation>
    </message>
    <message>
        <source>Direct spend</source>
        <translation>直接消費額</translation>
    </message>
    <message>
        <source>Domestic delegates</source>
        <translation>国内参加者</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>経済波及効果</translation>
    </message>
    <message>
        <source>Economic ripple effect (× %1)</source>
        <translation>経済波及効果（× %1）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>算定結果</translation>
    </message>
    <message>
        <source>Estimate saved.</source>
        <translation>算定結果を保存しました。</translation>
    </message>
    <message>
        <source>Estimated with today's defaults.</source>
        <translation>現在の既定値で算定しています。</translation>
    </message>
    <message>
        <source>International delegates</source>
        <translation>海外参加者</translation>
    </message>
    <message>
        <source>Organiser's own spend</source>
        <translation>主催者支出</translation>
    </message>
    <message>
        <source>Organiser's own spend (yen)</source>
        <translation>主催者支出（円）</translation>
    </message>
    <message>
        <source>Parameters of the estimate</source>
        <translation>算定の前提</translation>
    </message>
    <message>
        <source>Save the estimate</source>
        <translation>算定結果を保存</translation>
    </message>
    <message>
        <source>This bid has not been estimated yet: today's defaults are shown. Save the estimate to keep them with the bid.</source>
        <translation>この案件はまだ算定されていません。現在の既定値を表示しています。保存すると、この前提が案件に記録されます。</translation>
    </message>
    <message>
        <source>Use today's defaults</source>
        <translation>現在の既定値に戻す</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>算定の対象</translation>
    </message>
    <message>
        <source>e.g. 20,000,000</source>
        <translation>例: 20,000,000</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Bid deadline</source>
        <translation>提案締切日</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>「%1」を「%2」に移す</translation>
    </message>
    <message>
        <source>Note for the stage history (optional)</source>
        <translation>段階履歴のメモ（任意）</translation>
    </message>
    <message>
        <source>Why it was won or lost</source>
        <translation>誘致決定・不成功の理由</translation>
    </message>
</context>
<context>
    <name>ParameterEditors</name>
    <message>
        <source>%1: yen per foreign participant</source>
        <translation>%1: 外国人参加者 1 人あたり消費額（円）</translation>
    </message>
    <message>
        <source>Airfare share of foreign spend (%)</source>
        <translation>外国人消費額に占める国際航空運賃の割合（%）</translation>
    </message>
    <message>
        <source>Exclude international airfare</source>
        <translation>国際航空運賃を除く</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Ripple-effect multiplier</source>
        <translation>波及倍率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>This bid's value differs from today's default.</source>
        <translation>この案件の値は現在の既定値と異なります。</translation>
    </message>
    <message>
        <source>Today's default</source>
        <translation>現在の既定値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Yen per accompanying person</source>
        <translation>同伴者 1 人あたり消費額（円）</translation>
    </message>
    <message>
        <source>Yen per domestic participant</source>
        <translation>国内参加者 1 人あたり消費額（円）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>These defaults are the office's: saved here, they reach every computer at its next sync. A bid keeps the parameters it was estimated with; changing a default here changes no saved estimate. Parameters without a survey figure are marked as the city's assumptions.</source>
        <translation>この既定値は事務所共通です。ここで保存すると、各 PC に次の同期で反映されます。各案件は算定時の前提を記録しているため、ここで既定値を変えても保存済みの算定結果は変わりません。調査による数値がない項目は市の仮定値と、ここで変更した項目は変更した値と表示されます。</translation>
    </message>
    <message>
        <source>Default probability of each stage</source>
        <translation>段階ごとの確度の既定値</translation>
    </message>
    <message>
        <source>Economic-impact estimate: default parameters</source>
        <translation>経済波及効果の算定: 前提の既定値</translation>
    </message>
    <message>
        <source>Impact parameters and stage probabilities</source>
        <translation>経済波及効果の算定前提と段階ごとの確度</translation>
    </message>
    <message>
        <source>Restore the published figures</source>
        <translation>公表値に戻す</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>%1 (year)</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Add edition</source>
        <translation>開催実績を追加</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>アジア</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Editions saved.</source>
        <translation>開催実績を保存しました。</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Past and awarded editions</source>
        <translation>過去・決定済みの開催</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>開催実績を削除</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>持ち回り</translation>
    </message>
    <message>
        <source>Sapporo</source>
        <translation>札幌</translation>
    </message>
    <message>
        <source>Save editions</source>
        <translation>開催実績を保存</translation>
    </message>
    <message>
        <source>When can it come here?</source>
        <translation>いつ誘致できるか</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>開催年</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>StageHistoryPanel</name>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>段階の履歴</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
</context>
<context>
    <name>KeyPersonsPanel</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>意思決定での役割</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Note (e.g. chairs the vote)</source>
        <translation>メモ（例: 開催地投票の取りまとめ役）</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人物を追加</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>人物を削除</translation>
    </message>
    <message>
        <source>Save key persons</source>
        <translation>キーパーソンを保存</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>キーパーソン</translation>
    </message>
    <message>
        <source>Pick a contact from the list first.</source>
        <translation>先に一覧から連絡先を選んでください。</translation>
    </message>
    <message>
        <source>Key persons saved.</source>
        <translation>キーパーソンを保存しました。</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <source>Staff member's name</source>
        <translation>職員名</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>参加者を削除</translation>
    </message>
    <message>
        <source>Save participants</source>
        <translation>参加者を保存</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>先方</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>札幌市側</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Sapporo City</source>
        <translation>札幌市</translation>
    </message>
    <message>
        <source>Pick a contact from the list first.</source>
        <translation>先に一覧から連絡先を選んでください。</translation>
    </message>
    <message>
        <source>Participants saved.</source>
        <translation>参加者を保存しました。</translation>
    </message>
</context>
</TS>
