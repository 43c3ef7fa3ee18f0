"""How README command 2 spreads the suite over pytest-xdist workers (tests/conftest.py), and that CI runs it."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from tests import conftest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """A machine with ``cores`` cores and, unless None, a container CPU quota written as cgroup v2's cpu.max."""
    def make(cores: int, cpu_max: str | None = None) -> None:
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
        monkeypatch.setattr(os, "cpu_count", lambda: cores)
        path = tmp_path / "cpu.max"
        if cpu_max is not None:
            path.write_text(cpu_max + "\n", encoding="ascii")
        monkeypatch.setattr(conftest, "CGROUP_CPU_MAX", str(path))
    return make


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 2), (4, 4), (64, conftest.MAX_AUTO_WORKERS)])
def test_auto_starts_one_worker_per_core_up_to_the_cap(machine, cores, workers):
    machine(cores)
    assert conftest.pytest_xdist_auto_num_workers(None) == workers


@pytest.mark.parametrize(("cpu_max", "workers"), [("max 100000", 4), ("200000 100000", 2), ("150000 100000", 1),
                                                  ("50000 100000", 1), ("garbled", 4)])
def test_auto_keeps_within_the_containers_cpu_quota(machine, cpu_max, workers):
    machine(8, cpu_max)
    assert conftest.pytest_xdist_auto_num_workers(None) == workers


def _pytest_args(command: str) -> list[str]:
    """The arguments after ``-m pytest`` in a shell command line, without CI's ``-p no:cacheprovider``."""
    words = shlex.split(command.split("-m pytest", 1)[1])
    return words[2:] if words[:2] == ["-p", "no:cacheprovider"] else words


def test_ci_runs_readme_command_2_with_whole_files_per_worker():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linux, windows = re.findall(r"^(?:python3|py -3) -m venv .*-m pytest.*$", readme, re.MULTILINE)
    ci = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if "-m pytest" in line]
    assert len(ci) == 1
    # Whole files per worker: the installer's tests share one PyInstaller build only on one worker.
    assert _pytest_args(linux) == _pytest_args(windows) == _pytest_args(ci[0]) == ["-n", "auto", "--dist", "loadfile"]
