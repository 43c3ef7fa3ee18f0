"""Encryption at rest (SQLCipher): a laptop's database file that shows nothing without its passphrase; converting
a plain file and back, its backups and restores, wrong passphrases, through the core and the command line.

Encryption is of this computer's SQLite file; the office's PostgreSQL server is refused with a clear message."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from sapporo_mice import paths
from sapporo_mice.crm import Crm
from sapporo_mice.encryption import EncryptionError
from sapporo_mice.errors import PassphraseNeededError, WrongPassphraseError
from sapporo_mice.maintenance import Maintenance, MaintenanceError, describe_backup
from tests.core.test_maintenance import ACTOR, dump_tables, fill, run

PASS, OTHER = "札幌 雪まつり 2027", "otaru canal at night"
DEVICE = "00000000-0000-7000-8000-00000000000e"
# Text of the records `fill` and `secret_records` write: none of it may appear in an encrypted file.
SECRETS = ["株式会社サッポロ食品", "taro@example.jp", "011-211-2111", "ホタテ 商談", "電話 フォロー",
           "Passport-XK1234567", "secret-buyer@example.com"]


def secret_records(crm) -> None:
    crm.contacts.create({"family_name": "Passport-XK1234567", "emails": ["secret-buyer@example.com"]}, actor=ACTOR)


def visible_secrets(path: Path) -> list[str]:
    """What ``strings`` would show: any record text, in UTF-8 or UTF-16, in the file and its journals."""
    found = []
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        if not file.exists():
            continue
        data = file.read_bytes()
        found += [f"{file.name}: {s}" for s in SECRETS
                  if s.encode() in data or s.encode("utf-16-le") in data or s.encode("utf-16-be") in data]
        if data.startswith(b"SQLite format 3"):
            found.append(f"{file.name}: plain SQLite header")
    return found


@pytest.fixture
def plain(tmp_path):
    """A plain database file with records in it, closed."""
    url = f"sqlite:///{(tmp_path / 'laptop.db').as_posix()}"
    crm = Crm.open(url, device_id=DEVICE)
    fill(crm)
    secret_records(crm)
    crm.close()
    return url


def file_of(url: str) -> Path:
    return Path(make_url(url).database)


def encrypted_url(url: str, passphrase: str = PASS) -> str:
    return url.replace("sqlite:///", f"sqlite+pysqlcipher://:{passphrase}@/", 1)


def test_the_plain_file_shows_its_records_so_the_scan_can_fail(plain):
    assert visible_secrets(file_of(plain))


def test_an_encrypted_file_shows_no_record_text_and_opens_with_its_passphrase_only(plain):
    before = dump_tables(plain)
    converted = Crm.Encryption.convert_url(plain, None, PASS)
    assert converted.encrypted and Crm.Encryption.state(plain) == "encrypted"
    assert visible_secrets(file_of(plain)) == []
    assert visible_secrets(converted.kept) == []  # the copy kept of it is the encrypted one
    assert dump_tables(encrypted_url(plain)) == before  # every row of every table, search tables included

    with pytest.raises(PassphraseNeededError) as needed:
        Crm.open(plain)
    assert "SAPPORO_MICE_PASSPHRASE" in needed.value.message("en")
    assert "パスフレーズ" in needed.value.message("ja")
    with pytest.raises(WrongPassphraseError) as wrong:
        Crm.open(plain, passphrase="not the passphrase")
    assert str(file_of(plain)) in wrong.value.message("en")
    assert "開けません" in wrong.value.message("ja")

    crm = Crm.open(plain, passphrase=PASS, device_id=DEVICE)
    try:
        assert crm.encryption.encrypted
        assert {hit.title for hit in crm.search.find("サッポロ")} >= {"株式会社サッポロ食品"}
        crm.contacts.create({"family_name": "暗号", "emails": ["written-later@example.jp"]}, actor=ACTOR)
        assert crm.search.find("written-later")  # the trigram search works on SQLCipher's SQLite
        SECRETS.append("written-later@example.jp")
        try:
            assert visible_secrets(file_of(plain)) == []  # nor in the WAL journal while it is open
        finally:
            SECRETS.remove("written-later@example.jp")
    finally:
        crm.close()


def test_the_passphrase_can_come_from_the_environment(plain, monkeypatch):
    Crm.Encryption.convert_url(plain, None, PASS)
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    crm = Crm.open(plain, device_id=DEVICE)
    try:
        assert crm.encryption.encrypted and crm.stats()["contacts"] >= 2
    finally:
        crm.close()


def test_decrypting_gives_back_the_same_plain_database(plain):
    before = dump_tables(plain)
    Crm.Encryption.convert_url(plain, None, PASS)
    with pytest.raises(WrongPassphraseError):
        Crm.Encryption.convert_url(plain, OTHER, None)
    assert Crm.Encryption.state(plain) == "encrypted"  # a wrong passphrase changed nothing
    converted = Crm.Encryption.convert_url(plain, PASS, None)
    assert not converted.encrypted and Crm.Encryption.state(plain) == "plain"
    assert dump_tables(plain) == before
    assert visible_secrets(converted.kept) == []  # the copy kept is the encrypted file it was


def test_an_open_crm_encrypts_changes_passphrase_and_decrypts_and_keeps_working(plain):
    crm = Crm.open(plain, device_id=DEVICE)
    try:
        before = crm.stats()
        crm.encryption.encrypt(PASS)
        assert crm.encryption.encrypted and crm.stats() == before
        crm.contacts.create({"family_name": "追加"}, actor=ACTOR)
        crm.encryption.change_passphrase(OTHER)
        with pytest.raises(WrongPassphraseError):
            Crm.open(plain, passphrase=PASS)
        crm.encryption.decrypt()
        assert not crm.encryption.encrypted
        assert crm.stats()["contacts"] == before["contacts"] + 1
    finally:
        crm.close()
    assert Crm.Encryption.state(plain) == "plain"


def test_conversions_refuse_what_they_cannot_do_and_change_nothing(plain, tmp_path):
    with pytest.raises(EncryptionError) as short:
        Crm.Encryption.convert_url(plain, None, "short")
    assert short.value.code == "encryption.passphrase_short"
    with pytest.raises(EncryptionError) as control:
        Crm.Encryption.convert_url(plain, None, "line\nbreak in it")
    assert control.value.code == "encryption.passphrase_invalid"
    with pytest.raises(EncryptionError) as not_encrypted:
        Crm.Encryption.convert_url(plain, PASS, None)
    assert not_encrypted.value.code == "encryption.not_encrypted"
    missing = f"sqlite:///{(tmp_path / 'none.db').as_posix()}"
    with pytest.raises(EncryptionError) as none:
        Crm.Encryption.convert_url(missing, None, PASS)
    assert none.value.code == "encryption.no_database" and "sapporo-mice init" in none.value.message("en")
    Crm.Encryption.convert_url(plain, None, PASS)
    with pytest.raises(EncryptionError) as already:
        Crm.Encryption.convert_url(plain, None, OTHER)
    assert already.value.code == "encryption.already_encrypted"
    with pytest.raises(EncryptionError) as same:
        Crm.Encryption.convert_url(plain, PASS, PASS)
    assert same.value.code == "encryption.passphrase_same"
    assert Crm.Encryption.state(plain) == "encrypted"
    for error in (short, control, not_encrypted, none, already, same):
        assert error.value.message("ja") != error.value.message("en")


def test_a_conversion_is_refused_while_another_program_has_the_file_open(plain):
    before = dump_tables(plain)
    other = sqlite3.connect(file_of(plain))  # e.g. the desktop app open on the same file
    other.execute("SELECT count(*) FROM contacts").fetchone()
    try:
        with pytest.raises(EncryptionError) as in_use:
            Crm.Encryption.convert_url(plain, None, PASS)
        assert in_use.value.code == "encryption.in_use"
        assert "別のプログラム" in in_use.value.message("ja")
    finally:
        other.close()
    assert Crm.Encryption.state(plain) == "plain" and dump_tables(plain) == before
    assert not list(file_of(plain).parent.glob(".laptop.db.*"))  # no staged copy left behind


def test_the_office_server_is_not_encrypted_here(postgres_server):
    url = postgres_server.create_database("enc_refused")
    with pytest.raises(EncryptionError) as refused:
        Crm.Encryption.convert_url(url, None, PASS)
    assert refused.value.code == "encryption.not_a_file"
    assert "管理者" in refused.value.message("ja")
    crm = Crm.open(url, device_id=DEVICE)
    try:
        assert not crm.encryption.encrypted and not crm.encryption.possible
    finally:
        crm.close()


# ------------------------------------------------------------------------------------ backups and restore
def test_backups_of_an_encrypted_database_stay_encrypted_and_restore(plain, tmp_path):
    Crm.Encryption.convert_url(plain, None, PASS)
    crm = Crm.open(plain, passphrase=PASS, device_id=DEVICE)
    try:
        made = crm.maintenance.backup(tmp_path / "travel.bak")
        daily = crm.maintenance.auto_backup()
        backed_up = dump_tables(encrypted_url(plain))
        info = crm.maintenance.describe(made.file)
        assert info.encrypted and info.counts["contacts"] >= 2
        crm.contacts.create({"family_name": "復元後に消える"}, actor=ACTOR)
    finally:
        crm.close()
    for file in (made.file, daily):
        assert visible_secrets(file) == []
        with pytest.raises(WrongPassphraseError):
            describe_backup(file, passphrase=OTHER)
        with pytest.raises(PassphraseNeededError):
            describe_backup(file)

    crm = Crm.open(plain, passphrase=PASS, device_id=DEVICE)
    restored = crm.maintenance.restore(made.file)
    crm.close()
    assert visible_secrets(file_of(plain)) == [] and visible_secrets(restored.safety_backup) == []
    assert dump_tables(encrypted_url(plain)) == backed_up


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted(plain, tmp_path):
    crm = Crm.open(plain, device_id=DEVICE)
    made = crm.maintenance.backup(tmp_path / "plain.bak")  # made before the laptop was encrypted
    crm.close()
    backed_up = dump_tables(plain)
    Crm.Encryption.convert_url(plain, None, PASS)
    assert visible_secrets(made.file)  # outside the backups folder: left as the user made it
    Maintenance.restore_database(plain, made.file, passphrase=PASS)
    assert visible_secrets(file_of(plain)) == []
    assert dump_tables(encrypted_url(plain)) == backed_up


def test_encrypting_converts_the_apps_own_plain_backups(plain):
    crm = Crm.open(plain, device_id=DEVICE)
    daily = crm.maintenance.auto_backup()
    crm.close()
    assert visible_secrets(daily)
    converted = Crm.Encryption.convert_url(plain, None, PASS)
    assert converted.backups_converted == 1 and visible_secrets(daily) == []
    Crm.Encryption.convert_url(plain, PASS, OTHER)  # a new passphrase: the backups move to it too
    info = describe_backup(daily, passphrase=OTHER)
    assert info.encrypted and info.counts["organizations"] >= 1
    assert paths.backups_dir() == daily.parent


# ------------------------------------------------------------------------ restore while another job writes
def test_a_restore_is_refused_while_another_job_of_the_app_is_writing(db_url, tmp_path):
    """The desktop runs jobs on threads: a restore started while an import still writes is refused, and the
    import's write is kept (nothing of it lands in a file that is going away)."""
    crm = Crm.open(db_url, device_id=DEVICE)
    other = Crm.open(db_url, device_id="00000000-0000-7000-8000-00000000000f")
    try:
        ids = fill(crm)
        try:
            made = crm.maintenance.backup(tmp_path / "b.bak")
        except MaintenanceError as exc:
            if exc.code == "backup.tool_missing":
                pytest.skip("pg_dump is not installed")
            raise
        inside, release = threading.Event(), threading.Event()

        def job() -> None:  # a write that holds its transaction open until the restore was tried
            with other.store.db.transaction() as session:
                session.execute(text("UPDATE organizations SET name = '書き込み中' WHERE id = :id"), {"id": ids["org"]})
                inside.set()
                release.wait(30)

        worker = threading.Thread(target=job)
        worker.start()
        assert inside.wait(30)
        try:
            with pytest.raises(MaintenanceError) as refused:
                crm.maintenance.restore(made.file)
        finally:
            release.set()
            worker.join(30)
        assert refused.value.code in ("restore.in_use", "restore.in_use_server")
        assert refused.value.message("ja") != refused.value.message("en")
    finally:
        other.close()
        crm.close()
    after = Crm.open(db_url, device_id=DEVICE)
    try:
        assert after.organizations.get(ids["org"])["name"] == "書き込み中"  # the write went through, and stays
    finally:
        after.close()


# ---------------------------------------------------------------------------------------- command line
def test_cli_encrypts_opens_with_the_environments_passphrase_and_decrypts(plain, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _out, err = run(capsys, "--db", plain, "encrypt")
    assert code == 2 and "SAPPORO_MICE_PASSPHRASE" in err  # no terminal to ask on, no passphrase given
    assert Crm.Encryption.state(plain) == "plain"

    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    code, out, _err = run(capsys, "--db", plain, "--lang", "ja", "encrypt")
    assert code == 0 and "暗号化しました" in out
    assert visible_secrets(file_of(plain)) == []
    code, out, _err = run(capsys, "--db", plain, "--json", "stats")
    assert code == 0 and '"contacts": 2' in out

    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", "not the passphrase")
    code, out, err = run(capsys, "--db", plain, "--lang", "ja", "stats")
    assert code == 1 and out == "" and "このパスフレーズではデータベース" in err and "Traceback" not in err
    code, _out, err = run(capsys, "--db", plain, "decrypt")
    assert code == 1 and "does not open" in err
    monkeypatch.delenv("SAPPORO_MICE_PASSPHRASE")
    code, _out, err = run(capsys, "--db", plain, "stats")
    assert code == 1 and "is encrypted" in err and "SAPPORO_MICE_PASSPHRASE" in err

    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    monkeypatch.setenv("SAPPORO_MICE_NEW_PASSPHRASE", OTHER)
    code, out, _err = run(capsys, "--db", plain, "change-passphrase")
    assert code == 0 and "Changed the passphrase" in out
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", OTHER)
    code, out, _err = run(capsys, "--db", plain, "--json", "decrypt")
    assert code == 0 and '"encrypted": false' in out
    assert Crm.Encryption.state(plain) == "plain"
    code, _out, err = run(capsys, "--db", plain, "decrypt")
    assert code == 1 and "is not encrypted" in err


def test_cli_backup_and_restore_of_an_encrypted_database(plain, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SAPPORO_MICE_PASSPHRASE", PASS)
    Crm.Encryption.convert_url(plain, None, PASS)
    code, _out, _err = run(capsys, "--db", plain, "backup", str(tmp_path / "enc.bak"))
    assert code == 0 and visible_secrets(tmp_path / "enc.bak") == []
    # As the backup holds it: opening the database to back it up also gave it its own device id (sync).
    backed_up = dump_tables(encrypted_url(plain))
    code, _out, err = run(capsys, "--db", plain, "fair", "add", "消える展示会", "--country", "SG", "--tz",
                          "Asia/Singapore", "--start", "2027-02-01", "--end", "2027-02-03")
    assert code == 0, err
    assert dump_tables(encrypted_url(plain)) != backed_up
    code, _out, err = run(capsys, "--db", plain, "--json", "restore", "--yes", str(tmp_path / "enc.bak"))
    assert code == 0, err
    assert dump_tables(encrypted_url(plain)) == backed_up and visible_secrets(file_of(plain)) == []

