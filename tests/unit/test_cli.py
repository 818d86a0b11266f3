"""The command-line contract: help everywhere, one-line errors, exit codes, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from charting import __version__
from charting.cli import main
from charting.patients import create_patient
from charting.practitioners import create_practitioner
from charting.sessions import create_session


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"acuchart {__version__}"


@pytest.mark.parametrize("args", [["--help"], ["db", "--help"], ["demo", "--help"], ["patients", "search", "--help"]])
def test_help_everywhere(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 0
    assert "usage: acuchart" in capsys.readouterr().out


def test_every_command_has_help(capsys):
    from charting.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # the registered sub-commands
    assert {"db", "demo", "patients", "sessions"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0, name
        capsys.readouterr()


def test_unknown_command_is_one_line(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "frobnicate" in err


def test_bad_db_url_is_one_line(capsys):
    code, _, err = run(["--db", "nosuchdriver://x", "db", "check"], capsys)
    assert code == 2
    assert err.startswith("acuchart: error:") and err.count("\n") == 1


def test_text_file_as_database_is_refused(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    code, _, err = run(["--db", str(path), "db", "check"], capsys)
    assert code == 2
    assert "not an AcuChart database" in err and err.count("\n") == 1
    assert path.read_text() == "hello\n"


def test_db_upgrade_and_check(tmp_path, capsys):
    path = tmp_path / "new.db"
    code, out, _ = run(["--db", str(path), "db", "upgrade"], capsys)
    assert code == 0 and "schema" in out
    code, out, _ = run(["--db", str(path), "db", "check"], capsys)
    assert code == 0 and out.startswith("ok:")


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.db"
    monkeypatch.setenv("ACUCHART_DB", str(path))
    code, _, _ = run(["db", "upgrade"], capsys)
    assert code == 0
    assert path.exists()


def test_default_database_lives_in_the_user_data_dir(capsys):
    from charting.config import default_database_path

    code, _, _ = run(["db", "upgrade"], capsys)
    assert code == 0
    assert default_database_path().exists()
    assert "AcuChart" in str(default_database_path())


def test_patients_search_json(db, db_path, capsys):
    create_patient(db, family_name="Müller", given_name="Jörg", date_of_birth="1970-03-04", flag_epilepsy=True)
    create_patient(db, family_name="Miller", given_name="Ann")
    code, out, _ = run(["--db", db_path, "patients", "search", "mü", "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [r["family_name"] for r in rows] == ["Müller"]
    assert {"id", "uuid", "chart_number", "name", "date_of_birth", "flags"} <= set(rows[0])
    assert rows[0]["flags"] == ["Epilepsy"]
    code, out, _ = run(["--db", db_path, "patients", "search", "1970-03"], capsys)
    assert code == 0 and "Müller" in out and "Miller" not in out


def test_sessions_list_json(db, db_path, capsys):
    practitioner = create_practitioner(db, "mc", name="Mei Chen")
    patient = create_patient(db, family_name="Smith")
    session = create_session(db, patient.id, practitioner_id=practitioner.id)
    code, out, _ = run(["--db", db_path, "sessions", "list", "--patient", str(patient.id), "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert rows[0]["id"] == session.id and rows[0]["uuid"] == session.uuid
    assert rows[0]["status"] == "draft"
    code, out, _ = run(["--db", db_path, "sessions", "list", "--unsigned", "--json"], capsys)
    assert json.loads(out) == []  # started just now: not yet overdue


def test_module_entry_point_runs_without_traceback(tmp_path):
    env = {**os.environ, "ACUCHART_DB": str(tmp_path / "x.db")}
    result = subprocess.run(
        [sys.executable, "-m", "charting", "patients", "search"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
