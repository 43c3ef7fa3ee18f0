"""Bulk INSERTs (:class:`TableWriter`): what is read back is what was written, however empty the columns.

On SQLite a batch's INSERT leaves out the columns that hold only None in it (each None the driver binds costs
a Python call), and through a :class:`Pipeline` the batches go to its thread as multi-row INSERTs; on
PostgreSQL the rows go through COPY. Either way the table must hold what the rows said."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import time
import weakref

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (Boolean, Column, Enum, Integer, MetaData, String, Table, Text, create_engine,
                        insert, select, text)
from sqlalchemy.types import NullType

from sapporo_mice import inserts
from sapporo_mice.inserts import Pipeline, TableWriter
from sapporo_mice.models.base import UTCDateTime

_counter = itertools.count()


def _table(metadata: MetaData) -> Table:
    return Table(f"sparse_{next(_counter)}", metadata,
                 Column("id", Integer, primary_key=True),
                 Column("name", String(40)),
                 Column("note", Text),
                 # A default of its own: None given must stay NULL, not become the default.
                 Column("kind", String(10), server_default="plain"),
                 Column("size", Integer))


def _round_trip(engine, rows: list[dict], how: str = "write") -> list[tuple]:
    """Write ``rows`` at once (``write``), or through a pipeline in two batches whose INSERTs hold at most 3 rows
    each (``pipeline``), and read the table back."""
    metadata = MetaData()
    table = _table(metadata)
    metadata.create_all(engine)
    try:
        with engine.begin() as connection:
            writer = TableWriter(connection, table, ["id", "name", "note", "kind", "size"])
            if how == "write":
                writer.write(rows)
            else:
                per_insert, inserts.ROWS_PER_INSERT = inserts.ROWS_PER_INSERT, 3
                try:
                    with Pipeline(connection) as pipeline:
                        half = len(rows) // 2
                        pipeline.send(writer.sender(rows[:half]))
                        pipeline.send(writer.sender(rows[half:]))
                finally:
                    inserts.ROWS_PER_INSERT = per_insert
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(select(table).order_by(table.c.id))]
    finally:
        metadata.drop_all(engine)


def test_empty_columns_are_left_out_of_the_insert_and_read_back_as_null(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'i.db'}")
    statements = []
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *a: statements.append(sql))
    rows = [{"id": i, "name": f"n{i}", "note": None, "kind": None, "size": None if i % 2 else i} for i in range(1, 5)]
    assert _round_trip(engine, rows) == [(1, "n1", None, None, None), (2, "n2", None, None, 2),
                                         (3, "n3", None, None, None), (4, "n4", None, None, 4)]
    insert = next(s for s in statements if s.startswith("INSERT"))
    assert "note" not in insert  # None in every row, no default: left out
    assert "kind" in insert and "size" in insert  # a default of its own; a value in some rows
    engine.dispose()


def test_a_written_batch_is_let_go_while_the_pipeline_goes_on(tmp_path):
    """The pipeline keeps a batch (its converted rows, the largest thing a load holds) only until its thread
    has written it, not until the load ends: the next send lets it go. A refused one is kept and raised
    (tests/core/test_bulk_writes.py)."""
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    metadata = MetaData()
    table = _table(metadata)
    metadata.create_all(engine)
    keys = ["id", "name", "note", "kind", "size"]
    with engine.begin() as connection:
        writer = TableWriter(connection, table, keys)
        with Pipeline(connection) as pipeline:
            batch = writer.sender([{"id": i, "name": f"n{i}", "note": None, "kind": None, "size": i} for i in range(50)])
            written = weakref.ref(batch)
            pipeline.send(batch)
            del batch
            next_id, deadline = 50, time.monotonic() + 10
            while written() is not None and time.monotonic() < deadline:
                time.sleep(0.01)
                pipeline.send(writer.sender([{"id": next_id, "name": None, "note": None, "kind": None, "size": None}]))
                next_id += 1
            assert written() is None
        assert connection.execute(select(table.c.id).order_by(table.c.id)).scalars().all() == list(range(next_id))
    engine.dispose()


@pytest.mark.parametrize("how", ["write", "pipeline"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.none() | st.text(max_size=5), st.none() | st.text(max_size=5),
                          st.none() | st.sampled_from(["a", "b"]), st.none() | st.integers(-2**63, 2**63 - 1)),
                min_size=1, max_size=12))
def test_what_is_read_back_is_what_was_written(tmp_path, how, values):
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    rows = [{"id": i, "name": a, "note": b, "kind": c, "size": d} for i, (a, b, c, d) in enumerate(values, 1)]
    assert _round_trip(engine, rows, how) == [(r["id"], r["name"], r["note"], r["kind"], r["size"]) for r in rows]
    engine.dispose()


@pytest.mark.parametrize("how", ["write", "pipeline"])
def test_the_same_on_the_crm_databases(crm, how):
    """On the app's own engine (SQLite with its pragmas, PostgreSQL through COPY)."""
    engine = crm.store.db.engine
    rows = [{"id": 1, "name": None, "note": None, "kind": None, "size": None},
            {"id": 2, "name": "二", "note": None, "kind": "x", "size": 0}]
    assert _round_trip(engine, rows, how) == [(1, None, None, None, None), (2, "二", None, "x", 0)]
    with engine.connect() as connection:  # the app's tables untouched
        assert connection.execute(text("SELECT count(*) FROM change_log")).scalar() == 0


def _typed_table(metadata: MetaData) -> Table:
    """Columns whose values the driver does not take as they are (SQLAlchemy converts them on SQLite first)."""
    return Table(f"typed_{next(_counter)}", metadata,
                 Column("id", Integer, primary_key=True),
                 Column("at", UTCDateTime),  # the app's: an aware time stored as UTC
                 Column("since", UTCDateTime),  # the same type: converted once where it holds what "at" holds
                 Column("done", Boolean),
                 Column("kind", Enum("plain", "bold", name="typed_kind", native_enum=False)),
                 Column("note", Text))


_MOMENTS = st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 1, 1),
                        timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=9)),
                                                   dt.timezone(dt.timedelta(hours=-5))]))


@pytest.mark.parametrize("how", ["write", "pipeline"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.none() | _MOMENTS, st.none() | st.booleans(),
                          st.none() | st.sampled_from(["plain", "bold"]), st.none() | st.text(max_size=5),
                          st.none() | st.just("at") | _MOMENTS), min_size=1, max_size=12),
       st.booleans())
def test_converted_columns_store_what_sqlalchemy_stores(tmp_path, how, values, since_is_at):
    """Dates, booleans and enums are converted column by column for a batch; a column empty in every row of a
    batch is left out, one with a value in some rows is converted where it has one. The table holds, byte for
    byte, what SQLAlchemy's own INSERT of the same rows stores (an aware time as UTC text, not as given)."""
    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    metadata = MetaData()
    ours, theirs = _typed_table(metadata), _typed_table(metadata)
    metadata.create_all(engine)
    # "since" the same as "at" in every row (a row's update time is its creation time), or only in some
    rows = [{"id": i, "at": a, "since": a if since_is_at or e == "at" else e, "done": b, "kind": c, "note": d}
            for i, (a, b, c, d, e) in enumerate(values, 1)]
    with engine.begin() as connection:
        writer = TableWriter(connection, ours, ["id", "at", "since", "done", "kind", "note"])
        if how == "write":
            writer.write(rows)
        else:
            with Pipeline(connection) as pipeline:
                half = len(rows) // 2
                pipeline.send(writer.sender(rows[:half]))
                pipeline.send(writer.sender(rows[half:]))
        connection.execute(insert(theirs), rows)
    with engine.connect() as connection:
        stored = [connection.exec_driver_sql(f"SELECT * FROM {t.name} ORDER BY id").all() for t in (ours, theirs)]
        read = [tuple(r) for r in connection.execute(select(ours).order_by(ours.c.id))]
    engine.dispose()
    assert stored[0] == stored[1]
    assert read == [(r["id"], r["at"], r["since"], r["done"], r["kind"], r["note"]) for r in rows]


def test_quick_switching_is_held_across_threads_and_gives_the_interval_back():
    """Python's lock changes hands sooner while any pipeline writes; the process's own interval comes back when the
    last one ends, whichever thread ends first."""
    import sys
    import threading

    before = sys.getswitchinterval()
    first_in, release_first = threading.Event(), threading.Event()

    def hold():
        with inserts.quick_switching():
            first_in.set()
            release_first.wait(5)

    other = threading.Thread(target=hold)
    other.start()
    first_in.wait(5)
    with inserts.quick_switching():
        assert sys.getswitchinterval() == min(before, inserts.PIPELINE_SWITCH_INTERVAL)
        release_first.set()
        other.join(5)
        assert sys.getswitchinterval() == min(before, inserts.PIPELINE_SWITCH_INTERVAL)  # still held here
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("fails", [False, True])
def test_a_sqlite_pipeline_switches_quickly_only_while_its_thread_writes(tmp_path, fails):
    import sys

    before = sys.getswitchinterval()
    engine = create_engine(f"sqlite:///{tmp_path / 'switch.db'}")
    metadata = MetaData()
    table = _table(metadata)
    metadata.create_all(engine)
    seen = []
    with pytest.raises(RuntimeError) if fails else contextlib.nullcontext():
        with engine.begin() as connection:
            writer = TableWriter(connection, table, ["id", "name", "note", "kind", "size"])
            with Pipeline(connection) as pipeline:
                seen.append(sys.getswitchinterval())
                pipeline.send(writer.sender([{"id": 1, "name": "a", "note": None, "kind": "x", "size": 1}]))
                seen.append(sys.getswitchinterval())
                if fails:
                    raise RuntimeError("the caller failed half-way")
    assert seen == [before, min(before, inserts.PIPELINE_SWITCH_INTERVAL)]
    assert sys.getswitchinterval() == before
    engine.dispose()


def test_a_value_every_row_of_a_batch_holds_is_bound_once_per_insert(tmp_path):
    """Through a pipeline, a column with one value in every row of a batch (a creation time, an actor, a device)
    is bound once per INSERT (``?1`` …) instead of once per row: binding holds Python's lock in the pipeline's
    thread. A write at once (one ``executemany``) gains nothing from it and binds every row as before."""
    engine = create_engine(f"sqlite:///{tmp_path / 'shared.db'}")
    metadata = MetaData()
    table = _table(metadata)
    metadata.create_all(engine)
    rows = [{"id": i, "name": "same", "note": f"n{i}", "kind": None, "size": 7} for i in range(1, 6)]
    with engine.begin() as connection:
        writer = TableWriter(connection, table, ["id", "name", "note", "kind", "size"])
        batch = writer.sender(rows)
        assert batch.shared == ("same", 7)
        assert "VALUES (?1, ?2, ?, ?, ?)" in batch.sql  # kind stays: a default of its own, None given
        assert all(len(row) == 3 for row in batch.rows)
        assert writer.sender(rows, share=False).shared == ()
        per_insert, inserts.ROWS_PER_INSERT = inserts.ROWS_PER_INSERT, 2  # three statements, each binding both
        try:
            with Pipeline(connection) as pipeline:
                pipeline.send(batch)
                pipeline.send(writer.sender([{**row, "id": row["id"] + 10, "size": 8} for row in rows]))
        finally:
            inserts.ROWS_PER_INSERT = per_insert
        connection.execute(text(f"DELETE FROM {table.name} WHERE id < 10"))
        batch()  # called directly, as when no pipeline sends it: every row bound in full
        writer.write([{**row, "id": row["id"] + 20} for row in rows])
    with engine.connect() as connection:
        read = [tuple(r) for r in connection.execute(select(table).order_by(table.c.id))]
    engine.dispose()
    assert read == [(i, "same", f"n{i}", None, 7) for i in range(1, 6)] + \
        [(i + 10, "same", f"n{i}", None, 8) for i in range(1, 6)] + [(i + 20, "same", f"n{i}", None, 7) for i in range(1, 6)]


@pytest.mark.parametrize("how", ["write", "pipeline"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([1, 1.0, True, "1", 0, False, None, 2**63 - 1]), min_size=1, max_size=8))
def test_equal_values_of_different_types_are_stored_as_given(tmp_path, how, values):
    """A column whose values are equal in Python but not alike in SQLite (1, 1.0 and True; "1") is not bound once
    for the batch: each row stores its own value, with its own storage class."""
    engine = create_engine(f"sqlite:///{tmp_path / 'typed.db'}")
    metadata = MetaData()
    table = Table(f"loose_{next(_counter)}", metadata, Column("id", Integer, primary_key=True), Column("loose", NullType))
    with engine.begin() as connection:  # a column of no type: SQLite keeps each value's own storage class
        connection.exec_driver_sql(f"CREATE TABLE {table.name} (id INTEGER PRIMARY KEY, loose)")
    rows = [{"id": i, "loose": v} for i, v in enumerate(values, 1)]
    with engine.begin() as connection:
        writer = TableWriter(connection, table, ["id", "loose"])
        if how == "write":
            writer.write(rows)
        else:
            with Pipeline(connection) as pipeline:
                pipeline.send(writer.sender(rows))
        stored = connection.exec_driver_sql(f"SELECT loose, typeof(loose) FROM {table.name} ORDER BY id").all()
    engine.dispose()
    kinds = {bool: "integer", int: "integer", float: "real", str: "text", type(None): "null"}
    assert [t for _, t in stored] == [kinds[type(v)] for v in values]
    assert [v for v, _ in stored] == [int(v) if isinstance(v, bool) else v for v in values]
