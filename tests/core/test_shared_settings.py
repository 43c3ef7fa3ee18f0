"""The office's shared settings: one value per key for every user, validated and change-logged, carried by sync
as edits of one record per key (two laptops that set a key meet as an edit/edit, not as two records)."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from sapporo_mice import messages
from sapporo_mice.enums import BidStage
from sapporo_mice.errors import ValidationError
from sapporo_mice.models import ChangeLogEntry, SharedSetting
from sapporo_mice.settings import Settings
from sapporo_mice.shared_settings import NAMESPACE, setting_id
from sapporo_mice.vocabulary import field_label
from tests.core.sync_support import exchange, snapshot

ACTOR = "佐藤 花子"


def test_a_key_has_no_value_until_one_is_put_then_everyone_reads_it(crm):
    assert crm.shared_settings.get("bid_stage_probabilities", {}) == {}
    saved = crm.shared_settings.put("bid_stage_probabilities", {"won": 95, "shortlisted": "60"}, actor=ACTOR)
    assert saved.record["value"] == {"won": 95, "shortlisted": 60}  # cleaned by the key's own rule
    assert saved.id == str(uuid.uuid5(NAMESPACE, "bid_stage_probabilities")) == setting_id("bid_stage_probabilities")
    assert crm.shared_settings.get("bid_stage_probabilities") == {"won": 95, "shortlisted": 60}
    assert crm.bids.stage_probabilities()[BidStage.WON] == 95
    again = crm.shared_settings.put("bid_stage_probabilities", {"won": 90}, actor="鈴木 一郎")
    assert again.id == saved.id and again.record["version"] > saved.record["version"]
    assert crm.shared_settings.get("bid_stage_probabilities") == {"won": 90}


def test_a_wrong_value_is_refused_naming_the_setting_and_nothing_is_written(crm):
    with pytest.raises(ValidationError) as refused:
        crm.shared_settings.put("bid_stage_probabilities", {"won": 150}, actor=ACTOR)
    [problem] = refused.value.problems
    assert (problem.field, problem.code) == ("bid_stage_probabilities", "bid.probability_invalid")
    label = field_label("shared_setting", problem.field, "ja")
    assert label == "誘致段階ごとの確度"
    text = messages.render(problem.code, "ja", field=label, **problem.params)
    assert text == "誘致段階ごとの確度: won: 確度は 0〜100 の整数で入力してください（「150」は使えません）。"
    with pytest.raises(ValidationError) as refused:
        crm.shared_settings.put("impact_defaults", {"ripple_multiplier": "lots"}, actor=ACTOR)
    assert refused.value.problems[0].params["parameter"] == "ripple_multiplier"
    with pytest.raises(ValidationError) as refused:
        crm.shared_settings.put("no_such_setting", 1, actor=ACTOR)
    assert refused.value.problems[0].code == "shared_setting.unknown_key"
    with crm.store.reading() as session:
        assert session.scalars(select(SharedSetting)).all() == []  # the refused puts left no empty record behind


def test_setting_both_bid_defaults_is_one_transaction(crm):
    with pytest.raises(ValidationError):
        crm.bids.set_office_defaults({"ripple_multiplier": 2.5}, {"won": 101}, actor=ACTOR)
    assert crm.bids.impact_defaults().ripple_multiplier == 1.97  # the good half was not kept either
    crm.bids.set_office_defaults({"ripple_multiplier": 2.5}, {"won": 99}, actor=ACTOR)
    assert crm.bids.impact_defaults().ripple_multiplier == 2.5
    assert crm.bids.stage_probabilities()[BidStage.WON] == 99


def test_a_put_is_in_the_change_log_with_who_and_the_value(crm):
    crm.shared_settings.put("impact_defaults", {"ripple_multiplier": 2.0}, actor=ACTOR)
    crm.shared_settings.put("impact_defaults", {"ripple_multiplier": 2.2}, actor="鈴木 一郎")
    with crm.store.reading() as session:
        rows = session.execute(select(ChangeLogEntry.user, ChangeLogEntry.base_value, ChangeLogEntry.new_value).where(
            ChangeLogEntry.table_name == "shared_settings", ChangeLogEntry.field == "value")
            .order_by(ChangeLogEntry.device_seq)).all()
    assert [r.user for r in rows] == [ACTOR, "鈴木 一郎"]
    last = [json.loads(json.loads(text))["ripple_multiplier"] for text in (rows[-1].base_value, rows[-1].new_value)]
    assert last == [2.0, 2.2]


def test_this_computers_older_value_is_the_starting_value_until_the_office_has_one(crm):
    Settings().set("bid_stage_probabilities", {"won": 80})  # saved per computer by an older version
    Settings().set("impact_defaults", {"ripple_multiplier": "not a number"})  # a damaged one is ignored
    assert crm.bids.stage_probabilities()[BidStage.WON] == 80
    assert crm.bids.impact_defaults().ripple_multiplier == 1.97
    crm.shared_settings.put("bid_stage_probabilities", {"won": 97}, actor=ACTOR)
    assert crm.bids.stage_probabilities()[BidStage.WON] == 97  # once the office has a value, it wins
    bid = crm.bids.create({"name": "Asian Congress 2031", "stage": "won", "decision_on": "2026-11-01",
                           "outcome_reason": "strong local host"}, actor=ACTOR)
    assert bid.record["probability"] == 97  # a write reads the setting in its own transaction


# ------------------------------------------------------------------------------- sync
def _everyone(office, tmp_path, *laptops):
    for _ in range(2):
        for laptop in laptops:
            exchange(laptop, office, tmp_path)


@pytest.mark.parametrize("newer_first", [True, False])
def test_two_laptops_setting_the_same_key_first_meet_as_an_edit_of_one_record(office, laptops, tmp_path,
                                                                              newer_first):
    a, b = laptops
    a.shared_settings.put("bid_stage_probabilities", {"won": 90}, actor=ACTOR)
    b.shared_settings.put("bid_stage_probabilities", {"won": 80}, actor="鈴木 一郎")  # later: the newer clock
    first, second = (b, a) if newer_first else (a, b)
    exchange(first, office, tmp_path)
    exchange(second, office, tmp_path)  # no unique-key clash: the same record id on both laptops
    _everyone(office, tmp_path, a, b)
    assert snapshot(a) == snapshot(office) == snapshot(b)
    for crm in (a, b, office):
        assert crm.shared_settings.get("bid_stage_probabilities") == {"won": 80}  # the last writer's value
        with crm.store.reading() as session:
            assert len(session.scalars(select(SharedSetting)).all()) == 1
    [conflict] = office.sync.conflicts(open_only=False)
    assert (conflict.kind, conflict.field, conflict.resolved) == ("field", "value", True)
    kept = [_value(conflict.office), _value(conflict.laptop)]
    assert sorted(kept, key=str) == [{"won": 80}, {"won": 90}]  # the loser's value is kept in the conflict


def _value(logged):
    value = json.loads(logged) if isinstance(logged, str) else logged
    return json.loads(value) if isinstance(value, str) else value


def test_a_setting_changed_on_one_laptop_reaches_the_other(office, laptops, tmp_path):
    a, b = laptops
    a.bids.set_office_defaults({"ripple_multiplier": 2.3}, {"proposal": 25}, actor=ACTOR)
    _everyone(office, tmp_path, a, b)
    assert b.bids.impact_defaults().ripple_multiplier == 2.3
    assert b.bids.stage_probabilities()[BidStage.PROPOSAL] == 25
    b.shared_settings.put("impact_defaults", {"ripple_multiplier": 1.9}, actor="鈴木 一郎")
    _everyone(office, tmp_path, a, b)
    assert a.bids.impact_defaults().ripple_multiplier == 1.9
    assert office.sync.conflicts(open_only=False) == []  # one after the other: no conflict
