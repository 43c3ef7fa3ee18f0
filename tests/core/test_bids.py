"""Bids on both databases: the pipeline's stage rules and history, default probabilities, the impact estimate
each bid keeps, the weighted pipeline by fiscal year, a series' past editions and the board's rows."""

from __future__ import annotations

import datetime as dt

import pytest

from sapporo_mice.enums import BidStage
from sapporo_mice.errors import ValidationError

ACTOR = "sato"


def _bid(crm, **values):
    return crm.bids.create({"name": "Asia-Pacific Congress of Cardiology 2030", "edition_year": 2030,
                            "delegates_international": 1000, **values}, actor=ACTOR)


def _fields(error: ValidationError) -> dict[str, str]:
    return {p.field: p.code for p in error.problems}


def test_a_new_bid_starts_as_a_prospect_with_that_stages_probability_and_history(crm):
    saved = _bid(crm)
    assert saved.record["stage"] == BidStage.PROSPECT and saved.record["probability"] == 5
    history = crm.bids.stage_history(saved.id)
    assert [(h["from_stage"], h["to_stage"], h["created_by"]) for h in history] == [(None, BidStage.PROSPECT, ACTOR)]


def test_the_new_stages_are_stored_and_kept_in_the_history(crm):
    bid = _bid(crm).id
    for stage in ("local_host_secured", "presentation", "postponed"):
        crm.bids.move(bid, stage, actor=ACTOR, note=f"to {stage}")
    history = crm.bids.stage_history(bid)
    assert [h["to_stage"] for h in history][1:] == [BidStage.LOCAL_HOST_SECURED, BidStage.PRESENTATION,
                                                    BidStage.POSTPONED]
    assert history[-1]["from_stage"] == BidStage.PRESENTATION and history[-1]["note"] == "to postponed"


@pytest.mark.parametrize("stage", ["won", "lost"])
def test_won_and_lost_need_a_decision_date_and_a_reason(crm, stage):
    bid = _bid(crm).id
    with pytest.raises(ValidationError) as refused:
        crm.bids.move(bid, stage, actor=ACTOR)
    assert _fields(refused.value) == {"decision_on": "bid.decision_needed", "outcome_reason": "bid.reason_needed"}
    with pytest.raises(ValidationError) as refused:
        crm.bids.move(bid, stage, actor=ACTOR, decision_on="2027-05-20", outcome_reason="  ")
    assert _fields(refused.value) == {"outcome_reason": "bid.reason_needed"}
    assert crm.bids.get(bid)["stage"] == BidStage.PROSPECT  # nothing half-applied
    saved = crm.bids.move(bid, stage, actor=ACTOR, decision_on="2027-05-20", outcome_reason="理事会の投票")
    assert saved.record["stage"] == BidStage(stage) and saved.record["decision_on"] == dt.date(2027, 5, 20)
    assert saved.record["probability"] == (100 if stage == "won" else 0)


def test_a_won_bid_cannot_lose_its_decision_date_later(crm):
    bid = _bid(crm, stage="won", decision_on="2027-05-20", outcome_reason="招致成功").record
    with pytest.raises(ValidationError) as refused:
        crm.bids.update(bid["id"], {"decision_on": None}, actor=ACTOR, expected_version=bid["version"])
    assert _fields(refused.value) == {"decision_on": "bid.decision_needed"}


def test_a_bid_created_won_needs_what_a_move_to_won_needs(crm):
    with pytest.raises(ValidationError) as refused:
        _bid(crm, stage="won")
    assert set(_fields(refused.value)) == {"decision_on", "outcome_reason"}


def test_submitted_needs_a_bid_deadline(crm):
    bid = _bid(crm).id
    with pytest.raises(ValidationError) as refused:
        crm.bids.move(bid, "bid_submitted", actor=ACTOR)
    assert _fields(refused.value) == {"bid_deadline": "bid.deadline_needed"}
    saved = crm.bids.move(bid, "bid_submitted", actor=ACTOR, bid_deadline="2027-01-31")
    assert saved.record["stage"] == BidStage.BID_SUBMITTED and saved.record["probability"] == 40


@pytest.mark.parametrize("stage", ["prospect", "research", "proposal", "local_host_secured", "shortlisted",
                                   "site_inspection", "presentation", "withdrawn", "postponed"])
def test_the_other_stages_need_nothing_more(crm, stage):
    bid = _bid(crm).id
    assert crm.bids.move(bid, stage, actor=ACTOR).record["stage"] == BidStage(stage)


def test_a_rule_does_not_block_editing_other_fields_of_an_older_record(crm):
    bid = _bid(crm, stage="shortlisted").record  # shortlisted asks for nothing: no deadline needed
    saved = crm.bids.update(bid["id"], {"notes": "visit planned"}, actor=ACTOR, expected_version=bid["version"])
    assert saved.record["notes"] == "visit planned"


def test_each_stage_has_an_editable_default_probability_and_a_typed_one_is_kept(crm):
    crm.shared_settings.put("bid_stage_probabilities", {"shortlisted": 70, "won": 95}, actor=ACTOR)
    bid = _bid(crm).record
    saved = crm.bids.move(bid["id"], "shortlisted", actor=ACTOR)
    assert saved.record["probability"] == 70
    saved = crm.bids.update(bid["id"], {"stage": "site_inspection", "probability": 33}, actor=ACTOR)
    assert saved.record["probability"] == 33  # what the user typed wins over the default
    saved = crm.bids.update(bid["id"], {"notes": "x"}, actor=ACTOR)
    assert saved.record["probability"] == 33  # no stage change: the probability stays


def test_a_bid_keeps_its_impact_parameters_and_its_estimate(crm):
    saved = _bid(crm, impact_parameters={"parameters": {}, "organiser_spend_jpy": 0})
    assert saved.record["economic_impact_jpy"] == round(373_288_000 * 1.97)
    view = crm.bids.impact_of(saved.id)
    assert view["estimate"].direct_jpy == 373_288_000 and view["differences"] == []
    crm.shared_settings.put("impact_defaults", {"ripple_multiplier": 2.1}, actor=ACTOR)
    view = crm.bids.impact_of(saved.id)
    assert view["estimate"].ripple_jpy == round(373_288_000 * 1.97)  # estimated with what it keeps
    assert view["differences"] == [("ripple_multiplier", 1.97, 2.1)]


def test_changing_the_delegates_reestimates_with_the_kept_parameters(crm):
    saved = _bid(crm, impact_parameters={"parameters": {"exclude_airfare": True, "airfare_share_pct": 25},
                                         "organiser_spend_jpy": 10_000_000}).record
    saved = crm.bids.update(saved["id"], {"delegates_international": 2000, "delegates_domestic": 500},
                            actor=ACTOR).record
    direct = 2000 * (373_288 * 75 // 100) + 500 * 50_000 + 10_000_000
    assert saved["economic_impact_jpy"] == round(direct * 1.97)


def test_bad_impact_parameters_are_refused_naming_the_parameter(crm):
    with pytest.raises(ValidationError) as refused:
        _bid(crm, impact_parameters={"parameters": {"ripple_multiplier": "lots"}})
    problem = refused.value.problems[0]
    assert (problem.field, problem.code, problem.params["parameter"]) == (
        "impact_parameters", "impact.not_a_number", "ripple_multiplier")


def test_the_pipeline_is_weighted_by_probability_per_fiscal_year_of_the_event(crm):
    params = {"parameters": {}, "organiser_spend_jpy": 0}
    _bid(crm, name="A", starts_on="2027-03-10", impact_parameters=params, stage="shortlisted")  # FY2026
    _bid(crm, name="B", starts_on="2027-04-01", impact_parameters=params)  # FY2027
    _bid(crm, name="C", starts_on="2027-06-01", impact_parameters=params, stage="lost", decision_on="2026-11-01",
         outcome_reason="Seoul won")
    ripple = round(373_288_000 * 1.97)
    rows = {(r.fiscal_year, r.bids, r.impact_jpy, r.weighted_jpy) for r in crm.bids.pipeline_by_fiscal_year()}
    assert rows == {(2026, 1, ripple, ripple * 55 // 100), (2027, 1, ripple, ripple * 5 // 100)}


def test_a_series_keeps_its_past_editions_and_says_when_it_can_come_to_sapporo(crm):
    editions = [{"year": y, "city": c, "country": k} for y, c, k in [
        (2019, "Lyon", "FR"), (2020, "Boston", "US"), (2021, "Seoul", "KR"), (2022, "Berlin", "DE"),
        (2023, "Toronto", "CA"), (2024, "Kyoto", "JP"), (2025, "Vienna", "AT")]]
    series = crm.meeting_series.create({"name": "World Congress of Snow Engineering", "frequency": "annual",
                                        "editions": editions}, actor=ACTOR)
    assert [e["year"] for e in series.record["editions"]] == list(range(2019, 2026))
    rotation = crm.meeting_series.rotation(series.id, today=dt.date(2026, 12, 1))
    # Europe → Americas → Asia: 2026 the Americas, 2027 Asia, then every third year. No country has hosted twice
    # in the 7 years recorded, so Japan (2024) not before 2031: the first Asian turn from then is 2033.
    assert (rotation.asia.year, rotation.japan.year, rotation.sapporo.year) == (2027, 2033, 2033)
    assert rotation.as_json("en")["japan"]["reasons"][1] == (
        "It has not returned to any country within the 7 years recorded; Japan last hosted it in 2024.")
    edited = crm.meeting_series.update(series.id, {"editions": editions[1:]}, actor=ACTOR)
    assert len(edited.record["editions"]) == 6


def test_a_bad_edition_is_refused_with_its_position_and_nothing_is_written(crm):
    with pytest.raises(ValidationError) as refused:
        crm.meeting_series.create({"name": "X", "editions": [{"year": 2020}, {"city": "Paris"}]}, actor=ACTOR)
    assert [(p.field, p.code, p.params["position"]) for p in refused.value.problems] == [
        ("editions", "series.edition_year_needed", 2)]
    assert crm.meeting_series.count() == 0


def test_board_rows_say_which_bids_are_stale(crm):
    _bid(crm, name="quiet")
    _bid(crm, name="closed", stage="lost", decision_on="2026-01-01", outcome_reason="r")
    later = dt.date.today() + dt.timedelta(days=61)
    rows = {r["name"]: r for r in crm.bids.board_rows(today=later)}
    assert rows["quiet"]["stale"] and not rows["closed"]["stale"]
    assert not {r["name"]: r for r in crm.bids.board_rows()}["quiet"]["stale"]


def test_reminders_are_tasks_on_the_bid_made_once(crm):
    bid = _bid(crm, bid_deadline="2027-01-31", decision_on="2027-05-20", owner="佐藤").id
    changes = crm.bids.create_reminders(bid, actor=ACTOR, today=dt.date(2027, 1, 25), lang="ja")
    tasks = crm.tasks.list(where={"record_id": bid}, order_by="due_on")
    assert [(t["title"][:6], t["due_on"], t["assignee"]) for t in tasks] == [
        ("提案書の準備", dt.date(2027, 1, 25), "佐藤"), ("提案締切日:", dt.date(2027, 1, 31), "佐藤"),
        ("開催地決定日", dt.date(2027, 5, 20), "佐藤")]
    assert len(changes.touched["task"]) == 3
    assert not crm.bids.create_reminders(bid, actor=ACTOR, today=dt.date(2027, 1, 25), lang="ja").touched.get("task")


def test_the_ics_has_an_all_day_event_per_date_folded_and_escaped(crm):
    bid = _bid(crm, name="Congress; with, commas " + "長い名前" * 20, bid_deadline="2027-01-31",
               decision_on="2027-05-20", starts_on="2030-07-01", ends_on="2030-07-04").id
    text = crm.bids.ics(bid, lang="en")
    assert text.count("BEGIN:VEVENT") == 3 and text.endswith("END:VCALENDAR\r\n")
    assert "Congress\\; with\\, commas" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Bid deadline: Congress\\; with\\, commas " + "長い名前" * 20 in unfolded


def test_home_shows_open_bids_dates_only(crm):
    today = dt.date.today()
    _bid(crm, name="open", bid_deadline=today + dt.timedelta(days=5))
    _bid(crm, name="done", stage="won", decision_on=today + dt.timedelta(days=3), outcome_reason="r")
    titles = [i.title for i in crm.agenda.upcoming(today=today)["bid_dates"]]
    assert titles == ["open"]


def test_a_bid_keeps_its_competing_destinations(crm):
    saved = _bid(crm, competing=[{"city": "Busan", "country": "KR", "strengths": "BEXCO"},
                                 {"city": "Taipei", "country": "Taiwan"}])
    assert saved.record["competing"] == [{"city": "Busan", "country": "KR", "strengths": "BEXCO"},
                                         {"city": "Taipei", "country": "TW", "strengths": None}]
    edited = crm.bids.update(saved.id, {"competing": saved.record["competing"][1:]}, actor=ACTOR)
    assert [c["city"] for c in edited.record["competing"]] == ["Taipei"]
    with pytest.raises(ValidationError) as refused:
        crm.bids.update(saved.id, {"competing": [{"country": "KR"}]}, actor=ACTOR)
    assert [(p.field, p.code, p.params["position"]) for p in refused.value.problems] == [
        ("competing", "competing.city_needed", 1)]


def test_the_list_filter_bar_keys_combine_in_sql(crm):
    series = crm.meeting_series.create({"name": "S", "rotation_area": "Asia / Europe"}, actor=ACTOR).id
    a = _bid(crm, name="a", edition_year=2030, series_id=series, owner="佐藤").id
    _bid(crm, name="b", edition_year=2030)
    _bid(crm, name="c", edition_year=2031, stage="research")
    assert crm.lists.ids("bid", filter="edition_year=2030&rotation_area=Asia%20%2F%20Europe") == [a]
    assert crm.lists.ids("bid", filter="owner=%E4%BD%90%E8%97%A4&stage=prospect") == [a]
    assert len(crm.lists.ids("bid", filter="stage=research&meeting_type=conference")) == 1


# ------------------------------------------------------------------------------- key persons
def _person(crm, family, given, org_name="International Society of Cryobiology"):
    org = crm.organizations.create({"name": org_name, "kind": "association"}, actor=ACTOR).id
    return crm.contacts.create({"family_name": family, "given_name": given, "organization_id": org,
                                "name_order": "given_first"}, actor=ACTOR).id


def test_a_bid_and_a_series_name_their_key_persons_with_their_role_in_the_decision(crm):
    chair, host = _person(crm, "Meyer", "Anna"), _person(crm, "北野", "誠", "北海道大学")
    series = crm.meeting_series.create({"name": "World Congress of Cryobiology", "key_persons": [
        {"contact_id": chair, "role": "board_member", "note": "favours Asia"}]}, actor=ACTOR)
    assert [(p["name"], p["role"], p["organization"]) for p in series.record["key_persons"]] == [
        ("Anna Meyer", "board_member", "International Society of Cryobiology")]
    bid = _bid(crm, series_id=series.id, key_persons=[{"contact_id": host, "role": "local_host"},
                                                      {"contact_id": chair, "role": "decision_maker",
                                                       "note": "chairs the vote"}]).record
    assert [(p["contact_id"], p["role"], p["note"]) for p in bid["key_persons"]] == [
        (chair, "decision_maker", "chairs the vote"), (host, "local_host", None)]  # the decision makers first
    same = crm.bids.update(bid["id"], {"key_persons": list(reversed(bid["key_persons"]))}, actor=ACTOR)
    assert not same.changes and same.record["version"] == bid["version"]  # the same people: nothing written
    fewer = crm.bids.update(bid["id"], {"key_persons": [{"contact_id": chair, "role": "site_selection"}]},
                            actor=ACTOR).record
    assert [(p["contact_id"], p["role"]) for p in fewer["key_persons"]] == [(chair, "site_selection")]
    assert crm.bids.key_persons_by_bid([bid["id"]])[bid["id"]][0]["role"] == "site_selection"


def test_a_key_person_needs_a_stored_contact_and_a_role(crm):
    chair = _person(crm, "Meyer", "Anna")
    with pytest.raises(ValidationError) as refused:
        _bid(crm, key_persons=[{"contact_id": chair}, {"role": "pco"},
                               {"contact_id": "0190a4c2-0000-7000-8000-000000000000", "role": "pco"}])
    assert [(p.field, p.code, p.params["position"]) for p in refused.value.problems] == [
        ("key_persons", "key_persons.role_needed", 1), ("key_persons", "key_persons.contact_id_needed", 2),
        ("key_persons", "field.reference_missing", 3)]
    assert crm.bids.count() == 0


# ------------------------------------------------------------------------------- site inspections and presentations
def test_a_site_inspection_keeps_who_took_part_our_staff_and_their_contacts(crm):
    import datetime as dt

    chair = _person(crm, "Meyer", "Anna")
    bid = _bid(crm).id
    saved = crm.activities.create({"kind": "site_inspection", "subject": "Venue tour", "record_type": "bid",
                                   "record_id": bid, "occurred_at": dt.datetime(2026, 10, 5, 1, tzinfo=dt.UTC),
                                   "participants": [{"contact_id": chair}, {"staff_name": "佐藤 花子"},
                                                    {"staff_name": "佐藤 花子"}]}, actor=ACTOR)
    assert [(p["name"], p["staff_name"], p["organization"]) for p in saved.record["participants"]] == [
        ("佐藤 花子", "佐藤 花子", None), ("Anna Meyer", None, "International Society of Cryobiology")]
    [listed] = crm.activities.for_record("bid", bid)
    assert len(listed["participants"]) == 2  # what the bid's activities panel shows
    kept = crm.activities.update(saved.id, {"participants": [{"staff_name": "佐藤 花子"}]}, actor="鈴木 一郎")
    assert [p["name"] for p in kept.record["participants"]] == ["佐藤 花子"]
    with crm.store.reading() as session:
        from sqlalchemy import select

        from sapporo_mice.models import ChangeLogEntry
        logged = session.execute(select(ChangeLogEntry.op, ChangeLogEntry.user).where(
            ChangeLogEntry.table_name == "activity_participants")).all()
    assert sorted((str(getattr(op, "value", op)), user) for op, user in logged) == [
        ("delete", "鈴木 一郎"), ("insert", ACTOR), ("insert", ACTOR)]


def test_a_participant_is_a_stored_contact_or_a_staff_name(crm):
    import datetime as dt

    with pytest.raises(ValidationError) as refused:
        crm.activities.create({"kind": "presentation", "subject": "Board pitch",
                               "occurred_at": dt.datetime(2026, 10, 5, 1, tzinfo=dt.UTC),
                               "participants": [{}, {"contact_id": "0190a4c2-0000-7000-8000-000000000000"},
                                                {"contact_id": _person(crm, "Meyer", "Anna"), "staff_name": "x"}]},
                              actor=ACTOR)
    assert [(p.code, p.params["position"]) for p in refused.value.problems] == [
        ("participants.contact_or_staff", 1), ("field.reference_missing", 2), ("participants.contact_or_staff", 3)]
