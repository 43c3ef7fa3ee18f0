"""``sync`` on the command line (DESIGN §5), and a SIGKILL in the middle of an office import."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sapporo_mice.cli.main import main
from sapporo_mice.crm import Crm
from tests.core.sync_support import PASS, open_laptop, snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_fair_week_syncs_through_bundles_on_the_command_line(db_url, tmp_path, capsys, passphrase):
    laptop_url = f"sqlite:///{(tmp_path / 'laptop.db').as_posix()}"
    laptop = Crm.open(laptop_url)
    laptop.organizations.create({"name": "旭川家具工業"}, actor="佐藤 花子")
    laptop.close()
    Crm.open(db_url).close()
    out_file, answer = tmp_path / "fair.smsync", tmp_path / "answer.smsync"

    code, out, _ = _run(capsys, "--db", laptop_url, "--json", "sync", "status")
    assert code == 0 and json.loads(out)["pending"] > 0 and json.loads(out)["last_sync"] is None
    assert _run(capsys, "--db", laptop_url, "--lang", "ja", "sync", "bundle-out", str(out_file))[0] == 0
    code, out, _ = _run(capsys, "--db", db_url, "--json", "sync", "bundle-in", str(out_file), "--response", str(answer))
    assert code == 0 and json.loads(out)["received"] > 0 and json.loads(out)["kind"] == "changes"
    code, out, _ = _run(capsys, "--db", laptop_url, "--lang", "ja", "sync", "bundle-in", str(answer))
    assert code == 0 and "事務所から" in out
    code, out, _ = _run(capsys, "--db", laptop_url, "--json", "sync", "status")
    status = json.loads(out)
    assert status["pending"] == 0 and status["last_sync"] and set(status) >= {"device", "pending", "conflicts",
                                                                               "last_sync"}
    code, out, _ = _run(capsys, "--db", db_url, "--lang", "ja", "sync", "conflicts")
    assert code == 0 and "未解決の競合はありません" in out


def test_a_wrong_passphrase_is_one_line_in_both_languages_and_exit_1(tmp_path, capsys, monkeypatch):
    laptop_url = f"sqlite:///{(tmp_path / 'laptop.db').as_posix()}"
    office_url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    Crm.open(office_url).close()
    assert _run(capsys, "--db", laptop_url, "sync", "bundle-out", str(tmp_path / "b.smsync"))[0] == 0
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", "ちがう")
    code, out, err = _run(capsys, "--db", office_url, "--lang", "ja", "sync", "bundle-in", str(tmp_path / "b.smsync"))
    assert code == 1 and err.strip().count("\n") == 0 and "パスフレーズが違う" in err
    code, _out, err = _run(capsys, "--db", office_url, "--lang", "en", "sync", "bundle-in", str(tmp_path / "b.smsync"))
    assert code == 1 and "passphrase does not open" in err


def test_push_and_pull_directly_and_a_first_pull_brings_the_whole_office(db_url, tmp_path, capsys, passphrase):
    office = Crm.open(db_url)
    office.organizations.create({"name": "札幌国際プラザ"}, actor="高橋 美咲")
    laptop_url = f"sqlite:///{(tmp_path / 'new.db').as_posix()}"
    code, out, _ = _run(capsys, "--db", laptop_url, "--json", "sync", "pull", db_url)
    assert code == 0 and json.loads(out)["received"] > 0
    laptop = Crm.open(laptop_url)
    try:
        assert snapshot(laptop) == snapshot(office)
        org = laptop.organizations.list()[0]
        laptop.organizations.update(org["id"], {"industry": "国際交流"}, actor="佐藤 花子")
        assert laptop.sync.status().pending == 1
    finally:
        laptop.close()
    code, out, _ = _run(capsys, "--db", laptop_url, "--json", "sync", "push", db_url)
    assert code == 0 and json.loads(out)["received"] == 1
    assert office.organizations.list()[0]["industry"] == "国際交流"
    laptop = Crm.open(laptop_url)
    try:
        assert laptop.sync.status().pending == 0
        assert snapshot(laptop) == snapshot(office)
    finally:
        laptop.close()
        office.close()


# --------------------------------------------------------------------------------------------- SIGKILL
CHILD = textwrap.dedent('''
    import sys
    from sapporo_mice.crm import Crm
    url, bundle = sys.argv[1], sys.argv[2]
    crm = Crm.open(url)
    print("ready", flush=True)
    crm.sync.bundle_in(bundle, "%s", actor="kill")
    print("done", flush=True)
''' % PASS)


def _counts(crm):
    from sqlalchemy import text

    with crm.store.reading() as session:
        return {t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                for t in ("organizations", "contacts", "change_log", "search_index", "local_state")}


def _child(url, bundle, home, kill_after):
    env = {**os.environ, "SAPPORO_MICE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(bundle)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    if kill_after is None:
        _out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        return
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)


def test_a_sigkill_during_an_office_import_leaves_nothing_then_a_retry_succeeds(db_url, tmp_path):
    laptop = open_laptop(tmp_path, "fairweek")
    laptop.add_demo_data(scale=0.15, seed=7, actor="佐藤 花子")
    bundle = tmp_path / "week.smsync"
    laptop.sync.bundle_out(bundle, PASS)
    office = Crm.open(db_url)
    try:
        before = _counts(office)
        rng = random.Random(17)
        for _ in range(2):
            _child(db_url, bundle, tmp_path, rng.uniform(0.8, 2.5))
            now = _counts(office)
            assert now == before or now["organizations"] == _counts(laptop)["organizations"], (before, now)
            if now != before:
                break
            assert office.maintenance.check().ok
        _child(db_url, bundle, tmp_path, None)  # the retry runs to its end
        assert office.maintenance.check().ok
        assert snapshot(office) == snapshot(laptop)
        assert list(tmp_path.glob("week.response*"))
    finally:
        office.close()
        laptop.close()


def test_conflicts_read_in_words_in_each_language_never_as_codes(db_url, tmp_path, capsys):
    # A record's state (edited, deleted) and an enum's value (a company's kind) as the reader's language
    # names them, as the desktop's Sync view shows them: the command printed 事務所「edited」 and the stored codes.
    from tests.core.sync_support import exchange

    office, laptop = Crm.open(db_url), open_laptop(tmp_path, "laptop")
    try:
        kept = laptop.organizations.create({"name": "旭川家具工業", "kind": "local_company"}, actor="佐藤 花子").id
        gone = laptop.organizations.create({"name": "小樽硝子工房", "kind": "local_company"}, actor="佐藤 花子").id
        exchange(laptop, office, tmp_path)
        office.organizations.update(kept, {"kind": "overseas_buyer"}, actor="高橋 美咲")
        office.organizations.update(gone, {"industry": "硝子工芸"}, actor="高橋 美咲")
        laptop.organizations.update(kept, {"kind": "venue"}, actor="佐藤 花子")
        laptop.organizations.delete(gone, actor="佐藤 花子")
        exchange(laptop, office, tmp_path)
        assert {c.kind for c in office.sync.conflicts(open_only=False)} >= {"delete_edited"}
        assert any(c.field == "kind" for c in office.sync.conflicts(open_only=False))
    finally:
        office.close()
        laptop.close()
    code, ja, _ = _run(capsys, "--db", db_url, "--lang", "ja", "sync", "conflicts", "--all")
    assert code == 0 and "事務所「編集あり」、ノートPC「削除」" in ja
    assert "海外バイヤー" in ja and "会場" in ja
    code, en, _ = _run(capsys, "--db", db_url, "--lang", "en", "sync", "conflicts", "--all")
    assert code == 0 and "office “edited”, laptop “deleted”" in en and "Overseas buyer" in en and "Venue" in en
    for out in (ja, en):
        assert "overseas_buyer" not in out and "local_company" not in out and "「venue」" not in out
