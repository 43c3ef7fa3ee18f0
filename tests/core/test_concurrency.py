"""Two writers at once, on both databases: the version check and the write are one statement, and one
device's change-log sequence never collides."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from sapporo_mice.crm import Crm
from sapporo_mice.errors import StaleVersionError
from sapporo_mice.models import ChangeLogEntry

DEVICE = "00000000-0000-7000-8000-0000000000cc"


def _together(*calls):
    """Run the calls on threads released by one barrier; returns each one's result or exception."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            results[index] = call()
        except Exception as exc:  # noqa: BLE001 - the test inspects what each writer got
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


@pytest.fixture
def two(db_url):
    crms = [Crm.open(db_url, device_id=f"00000000-0000-7000-8000-00000000000{n}") for n in (1, 2)]
    yield crms
    for crm in crms:
        crm.close()


def test_two_writers_of_the_same_version_exactly_one_wins_and_the_other_is_told_who(two):
    first, second = two
    for round_ in range(5):
        org = first.organizations.create({"name": f"札幌食品 {round_}"}, actor="setup")
        version = org.record["version"]
        results = _together(
            lambda: first.organizations.update(org.id, {"industry": "佐藤"}, actor="佐藤", expected_version=version),
            lambda: second.organizations.update(org.id, {"industry": "鈴木"}, actor="鈴木", expected_version=version))
        saved = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(saved) == 1 and len(refused) == 1, results
        assert isinstance(refused[0], StaleVersionError)
        winner = saved[0].record["updated_by"]
        assert winner in refused[0].message("en") and winner in refused[0].message("ja")
        stored = first.organizations.get(org.id)
        assert stored["industry"] == stored["updated_by"] == winner and stored["version"] == version + 1


def test_a_stale_delete_is_refused_too(two):
    first, second = two
    org = first.organizations.create({"name": "小樽物産"}, actor="setup")
    first.organizations.update(org.id, {"industry": "食品"}, actor="佐藤", expected_version=1)
    with pytest.raises(StaleVersionError):
        second.organizations.delete(org.id, actor="鈴木", expected_version=1)
    assert first.organizations.get(org.id)["deleted_at"] is None


def test_two_writers_on_one_device_never_take_the_same_sequence_numbers(db_url):
    crms = [Crm.open(db_url, device_id=DEVICE) for _ in range(2)]
    try:
        def many(crm, tag):
            return [crm.contacts.create({"family_name": f"{tag}{n}", "emails": [f"{tag}{n}@x.jp"]}, actor=tag).id
                    for n in range(15)]

        results = _together(lambda: many(crms[0], "a"), lambda: many(crms[1], "b"))
        assert not any(isinstance(r, Exception) for r in results), results
        with crms[0].store.reading() as session:
            seqs = list(session.scalars(select(ChangeLogEntry.device_seq).where(ChangeLogEntry.device_id == DEVICE)
                                        .order_by(ChangeLogEntry.device_seq)))
        assert seqs == list(range(1, 2 * 15 * 2 + 1))  # each contact and its email, contiguous, no clash
    finally:
        for crm in crms:
            crm.close()
