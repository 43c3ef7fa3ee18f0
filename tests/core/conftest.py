"""Fixtures of the core's sync tests: an office on the ``db_url`` backend (SQLite and a real PostgreSQL) and
two laptops (SQLite files), each a copy of the run's migrated template, as a new database would be."""

from __future__ import annotations

import pytest

from tests.conftest import migrated


@pytest.fixture
def office(db_url, request):
    from sapporo_mice.crm import Crm

    crm = Crm.open(migrated(db_url, request))
    yield crm
    crm.close()


@pytest.fixture
def laptops(tmp_path, request):
    from sapporo_mice.crm import Crm

    a, b = (Crm.open(migrated(f"sqlite:///{(tmp_path / f'{name}.db').as_posix()}", request)) for name in "ab")
    yield a, b
    a.close()
    b.close()
