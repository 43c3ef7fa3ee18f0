"""The start-up benchmark runs: both programs print their first-paint mark and quit by themselves.
No speed is asserted here (the goal lives in bench/startup.py)."""

from __future__ import annotations

import sys

import pytest

from bench import startup


@pytest.mark.slow
def test_startup_bench_measures_the_app_and_the_bare_window():
    figures = startup.run(runs=1, scale=0.05, lang="en")
    assert figures["app_ms"] > 0 and figures["baseline_ms"] > 0
    assert figures["ratio"] == pytest.approx(figures["app_ms"] / figures["baseline_ms"], rel=0.01)
    assert len(figures["app_samples_ms"]) == len(figures["baseline_samples_ms"]) == 1


def test_a_program_that_never_paints_is_reported(tmp_path):
    with pytest.raises(RuntimeError, match="no 'startup-painted' line"):
        startup.sample([sys.executable, "-c", "print('no window here')"], startup._env(tmp_path))
