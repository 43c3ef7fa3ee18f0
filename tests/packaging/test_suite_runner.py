"""How README command 2 spreads the suite over pytest-xdist workers (tests/conftest.py)."""

from __future__ import annotations

import os

import pytest

from tests import conftest
from tests.packaging import test_installer


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 2), (4, 4), (64, conftest.MAX_AUTO_WORKERS)])
def test_auto_starts_one_worker_per_core_up_to_the_cap(monkeypatch, cores, workers):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert conftest.pytest_xdist_auto_num_workers(None) == workers


def test_the_installer_tests_run_on_one_worker_so_one_build_serves_them():
    groups = [m.kwargs.get("name", m.args[0] if m.args else None)
              for m in test_installer.pytestmark if m.name == "xdist_group"]
    assert groups == ["installer"]
