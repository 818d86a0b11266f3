"""The integrity commands: sign, addendum, audit, users, export/import, backup/restore."""

from __future__ import annotations

import io
import json

import pytest
from integrity_helpers import PASSWORD

from charting.cli import main


@pytest.fixture
def run(db_path, capsys, monkeypatch):
    def run(*argv, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", db_path, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_sign_with_password_from_stdin(db, clinic, run):
    code, out, err = run("sign", str(clinic.draft_id), "--user", "chen", "--password-stdin", stdin=PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert out.startswith(f"session {clinic.draft_id} signed by chen at ") and out.endswith(" UTC\n")
    assert out.count("\n") == 1
    code, out, err = run("sign", str(clinic.draft_id), "--user", "chen", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 2 and err == f"acuchart: error: session {clinic.draft_id} is already signed\n"


def test_wrong_password_is_one_line_exit_2(db, clinic, run):
    code, out, err = run("sign", str(clinic.draft_id), "--user", "chen", "--password-stdin", stdin="nope\n")
    assert code == 2 and out == ""
    assert err == "acuchart: error: login: wrong username or password\n"


def test_no_terminal_and_no_stdin_flag_is_refused(db, clinic, run):
    code, _, err = run("sign", str(clinic.draft_id), "--user", "chen")
    assert code == 2 and "--password-stdin" in err


def test_addendum_on_a_signed_session(db, clinic, run):
    code, out, _ = run("addendum", str(clinic.signed_id), "--user", "chen", "--password-stdin",
                       "--text", "BL23 depth was 20 mm", stdin=PASSWORD + "\n")
    assert code == 0 and out.startswith(f"addendum 1 added to session {clinic.signed_id} by chen at ")


def test_audit_verify_and_show(db, clinic, run):
    code, out, _ = run("audit", "verify")
    assert code == 0 and out.startswith("ok: ") and out.endswith(" events verified\n")
    code, out, _ = run("audit", "show", "--patient", str(clinic.patient_id), "--json")
    events = json.loads(out)
    assert code == 0 and events[0]["entity"] == "patient" and events[0]["action"] == "create"
    code, out, _ = run("audit", "show", "--patient", str(clinic.patient_id))
    assert out.splitlines()[0].split() == ["EVENT", "AT", "WHO", "ACTION", "ENTITY", "CHANGE"]
    with db.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("UPDATE audit_events SET actor = 'eve' WHERE id = 7"))
    code, out, err = run("audit", "verify")
    assert code == 1 and out == ""
    assert err.startswith("audit chain broken at event 7: ")


def test_users_add_and_passwd(db, run):
    code, out, _ = run("users", "add", "lee", "--name", "Dr Lee", "--password-stdin", stdin="first password\n")
    assert code == 0 and out == "account lee added (Dr Lee)\n"
    # Now that an account exists, adding another needs an existing user's password first.
    code, _, err = run("users", "add", "kim", "--name", "Dr Kim", "--password-stdin", stdin="x\n")
    assert code == 2 and "--user NAME is required" in err
    code, _, _ = run("users", "add", "kim", "--name", "Dr Kim", "--user", "lee", "--password-stdin",
                     stdin="first password\nkims password\n")
    assert code == 0
    code, out, _ = run("users", "passwd", "kim", "--password-stdin", stdin="kims password\nnew kim password\n")
    assert (code, out) == (0, "password changed for kim\n")
    from charting import accounts

    assert accounts.authenticate(db, "kim", "new kim password").username == "kim"


def test_export_import_cli(db, clinic, run, tmp_path, _template_db):
    import os
    import shutil
    import stat

    target = tmp_path / "p.json"
    code, out, _ = run("export", "--patient", str(clinic.patient_id), "-o", str(target))
    assert out.startswith(f"exported patient {clinic.patient_id} (2 session(s)) to ")
    assert code == 0 and stat.S_IMODE(os.stat(target).st_mode) == 0o600
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "acuchart-export" and doc["version"] == 1
    other = tmp_path / "other.db"
    shutil.copyfile(_template_db, other)
    code = main(["--db", str(other), "import", str(target)])
    assert code == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    code, _, err = run("import", str(bad), "--user", "chen", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 2 and "is not valid JSON (line 1, column 3" in err


def test_import_needs_a_user_once_accounts_exist(db, clinic, run, tmp_path):
    target = tmp_path / "p.json"
    run("export", "--patient", str(clinic.patient_id), "-o", str(target))
    code, _, err = run("import", str(target))
    assert code == 2 and "--user NAME is required" in err


def test_backup_and_restore_cli(db, clinic, run, tmp_path):
    code, out, _ = run("backup", "-o", str(tmp_path / "b.db"))
    assert code == 0 and out == f"backup written to {tmp_path / 'b.db'}\n"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk")
    code, _, err = run("restore", str(junk))
    assert code == 2 and "not an AcuChart backup" in err and err.count("\n") == 1
    db.dispose()
    code, out, _ = run("restore", str(tmp_path / "b.db"))
    assert code == 0 and "the previous database was copied to" in out


def test_backup_of_postgres_says_pg_dump(capsys):
    code = main(["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "backup", "-o", "x.db"])
    _, err = capsys.readouterr()
    assert code == 2 and "pg_dump" in err and err.count("\n") == 1


def test_first_password_of_an_imported_account(db, clinic, run):
    from charting import accounts
    from charting.db import models as m

    with db.unit() as s:
        s.add(m.Practitioner(username="imported", name="Dr Imported"))
    code, out, _ = run("users", "passwd", "imported", "--user", "chen", "--password-stdin",
                       stdin=PASSWORD + "\nimported's password\n")
    assert (code, out) == (0, "password changed for imported\n")
    assert accounts.authenticate(db, "imported", "imported's password").username == "imported"
    code, _, err = run("users", "passwd", "imported", "--user", "chen", "--password-stdin",
                       stdin=PASSWORD + "\nagain a new one\n")
    assert code == 2 and "only your own password" in err
