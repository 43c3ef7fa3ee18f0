"""The benchmark runner at a tiny scale: it runs, reports each figure against a baseline, and its JSON
has the documented shape. No speed is asserted here (speed targets live in bench/)."""

from __future__ import annotations

import json

import pytest

from bench.run import main


def test_runner_reports_every_benchmark_as_json(capsys):
    assert main(["search_100k", "demo_rate", "--scale", "0.05", "--json"]) == 0
    results = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(results) == {"search_100k", "demo_rate"}
    for result in results.values():
        assert result["value"] > 0 and result["baseline"] > 0
        assert result["ratio"] == pytest.approx(result["value"] / result["baseline"])
        assert isinstance(result["met"], bool) and result["goal"]
    assert results["search_100k"]["p95"] is not None
    assert set(results["search_100k"]["details"]["queries"]) >= {"japanese 2", "kana", "rare latin"}
    assert results["demo_rate"]["details"]["records"] > 0


def test_the_import_benchmark_also_times_checking_the_file_again(capsys):
    assert main(["import_csv", "--scale", "0.05", "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    details = result["details"]
    assert details["rows"] == 50 and len(details["recheck_s"]) == len(details["imports_s"]) == details["repeat"]
    assert all(x > 0 for x in details["recheck_s"]) and details["recheck_ratio"] > 0


def test_runner_prints_a_line_per_benchmark(capsys):
    assert main(["demo_rate", "--scale", "0.05"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("demo_rate: median") and "baseline" in out and "ratio" in out


def test_runner_rejects_an_unknown_benchmark(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["no_such_bench"])
    assert exit_info.value.code == 2


def test_counting_instructions_without_valgrind_names_what_is_missing(monkeypatch):
    from bench import import_csv

    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SystemExit, match="needs valgrind"):
        import_csv.count_instructions(rows=10)


def test_only_the_timed_calls_go_through_what_callgrind_counts(monkeypatch, tmp_path):
    """The instruction count toggles on around ``timed_call``: the import and the baseline each make exactly one
    such call (setting up, opening and closing the database are left out)."""
    from bench import import_csv

    called = []
    monkeypatch.setattr(import_csv, "timed_call", lambda fn, *args: called.append(fn.__name__) or fn(*args))
    monkeypatch.setenv("SAPPORO_MICE_HOME", str(tmp_path / "home"))
    import_csv.write_csv(tmp_path / "c.csv", 20)
    import_csv.time_import(tmp_path / "c.csv", f"sqlite:///{(tmp_path / 'a.db').as_posix()}")
    import_csv.time_baseline(tmp_path / "c.csv", f"sqlite:///{(tmp_path / 'b.db').as_posix()}")
    assert called == ["import_file", "_baseline_load"]
