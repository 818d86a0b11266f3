"""``acuchart outcomes CASE_ID [--json]`` and ``acuchart templates list [--json]``."""

from __future__ import annotations

import json

from helpers_outcomes import make_case

from charting.cli import main
from charting.outcomes import set_odi, set_outcome


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_outcomes_plain_one_line_per_session(db, db_path, capsys):
    case_id, sids = make_case(db, 3)
    set_outcome(db, sids[0], "nrs_back", "before", 7)
    set_outcome(db, sids[0], "nrs_back", "after", 4)
    set_odi(db, sids[0], "before", [3, 2, 3, 3, 2, 3, 2, None, 2, 3])
    set_outcome(db, sids[1], "nrs_back", "after", 3)
    code, out, err = run(["--db", db_path, "outcomes", str(case_id)], capsys)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("#1  ")
    assert "NRS back 7→4" in lines[0]
    assert "ODI 51.1 %→–" in lines[0]
    assert "NRS back –→3" in lines[1]
    assert lines[2].endswith("no outcomes recorded")


def test_outcomes_json_is_the_series(db, db_path, capsys):
    case_id, sids = make_case(db, 2)
    set_outcome(db, sids[0], "nrs_leg", "before", 8)
    set_outcome(db, sids[1], "nrs_leg", "before", 5)
    code, out, _ = run(["--db", db_path, "outcomes", str(case_id), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert [(s["measure"], s["timing"]) for s in data] == [("nrs_leg", "before")]
    assert [p["value"] for p in data[0]["points"]] == [8.0, 5.0]
    assert [p["session_number"] for p in data[0]["points"]] == [1, 2]


def test_outcomes_unknown_case_is_one_line_exit_2(db, db_path, capsys):
    code, _out, err = run(["--db", db_path, "outcomes", "42"], capsys)
    assert code == 2
    assert err.strip().count("\n") == 0 and "case 42" in err
    assert "Traceback" not in err


def test_templates_list_ensures_builtins(db, db_path, capsys):
    code, out, err = run(["--db", db_path, "templates", "list", "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data and all(t["builtin"] for t in data)
    assert all(t["notes"] for t in data)
    code, out, _ = run(["--db", db_path, "templates", "list"], capsys)
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["ID", "NAME"]
    assert len(out.strip().splitlines()) == len(data) + 1
