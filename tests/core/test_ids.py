"""Record ids: UUIDv7 text, one at a time or in a bulk load's batches, always unique and in creation order."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from sapporo_mice import ids
from sapporo_mice.ids import uuid7, uuid7_batch


def _check_v7(text: str) -> uuid.UUID:
    value = uuid.UUID(text)
    assert str(value) == text  # canonical lower-case text with its four dashes
    assert value.version == 7 and value.variant == uuid.RFC_4122
    return value


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=6))
def test_batches_and_single_ids_interleave_as_valid_unique_ascending_v7_ids(sizes):
    made = [uuid7()]
    for size in sizes:
        batch = uuid7_batch(size)
        assert len(batch) == size
        made += batch
        made.append(uuid7())
    for text in made:
        _check_v7(text)
    assert len(set(made)) == len(made)
    assert made == sorted(made)  # the text sorts as the ids were made


def test_a_batch_past_the_counters_room_moves_on_a_millisecond_and_keeps_the_time_it_was_made(monkeypatch):
    monkeypatch.setattr(ids.time, "time_ns", lambda: 1_800_000_000_000 * 1_000_000)
    monkeypatch.setattr(ids, "_last_uuid_ms", 0)
    batch = uuid7_batch(5000)  # more than the 4,096 values of one millisecond's counter
    stamps = [int(text.replace("-", "")[:12], 16) for text in batch]
    assert stamps[0] == 1_800_000_000_000 and stamps[-1] == 1_800_000_000_001
    assert batch == sorted(batch) and len(set(batch)) == 5000
    later = uuid7()  # the wall clock has not moved: the single id continues the batch's counter
    assert later > batch[-1] and int(later.replace("-", "")[:12], 16) == 1_800_000_000_001
