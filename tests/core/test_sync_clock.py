"""The replica's identity and its clock: what sync relies on before any exchange."""

from __future__ import annotations

from sapporo_mice.changelog import HLC_SEEN_KEY, replica_device
from sapporo_mice.crm import Crm
from sapporo_mice.ids import HLC_COUNTER_MAX, HybridLogicalClock, parse_hlc
from sapporo_mice.models import LocalState


def test_many_events_in_one_millisecond_stay_unique_and_ordered(monkeypatch):
    clock = HybridLogicalClock("d")
    clock.wall = lambda: 1_000_000_000_000
    values = [clock.now() for _ in range(HLC_COUNTER_MAX + 50)]
    assert len(set(values)) == len(values)
    assert values == sorted(values)
    assert parse_hlc(values[-1])[0] == 1_000_001  # past the counter's room the clock moves a millisecond on


def test_a_batch_of_clock_values_is_what_as_many_single_calls_give():
    """``now_many`` (a bulk load's entries) continues the clock exactly as ``now`` would, past the counter's room
    too, and leaves the clock where those calls would have left it."""
    batch, single = HybridLogicalClock("d"), HybridLogicalClock("d")
    batch.wall = single.wall = lambda: 1_000_000_000_000
    batch.now(), single.now()
    assert batch.now_many(0) == [] and batch.peek() == single.peek()
    count = HLC_COUNTER_MAX + 50
    assert batch.now_many(count) == [single.now() for _ in range(count)]
    assert batch.peek() == single.peek() and batch.now() == single.now()
    # the wall clock past the clock's millisecond: the batch starts there, at counter 0
    batch.wall = single.wall = lambda: 1_000_000_000_000 + 5 * 1_000_000 * 1_000
    assert batch.now_many(3) == [single.now() for _ in range(3)]
    assert parse_hlc(batch.peek()) == (1_005_000, 2)


def test_clock_resumes_past_values_seen_from_other_devices(db_url):
    first = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000a1")
    future = f"{9_999_999_999_000:015d}:00007:00000000-0000-7000-8000-0000000000b2"
    with first.store.db.transaction() as session:
        session.add(LocalState(key=HLC_SEEN_KEY, value=future))
    first.close()
    again = Crm.open(db_url, device_id="00000000-0000-7000-8000-0000000000a1")
    try:
        saved = again.organizations.create({"name": "札幌テスト"}, actor="t")
        assert again.store.journal.clock.peek() > future
        assert saved.id
    finally:
        again.close()


def test_each_database_keeps_its_own_device_id(tmp_path):
    one = Crm.open(f"sqlite:///{tmp_path / 'a.db'}")
    two = Crm.open(f"sqlite:///{tmp_path / 'b.db'}")
    try:
        assert one.device_id != two.device_id
        assert replica_device(one.store.db, "ignored") == one.device_id
    finally:
        one.close()
        two.close()
    reopened = Crm.open(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        assert reopened.device_id == one.device_id
    finally:
        reopened.close()
