"""Outcomes and templates on PostgreSQL (JSON section scores and bodies, unit-of-work rollback)."""

from __future__ import annotations

import pytest
from helpers_outcomes import make_case

from charting.errors import ValidationError
from charting.outcomes import course_series, session_outcomes, set_odi, set_outcome
from charting.sessions import NeedleSpec, add_needles, get_session
from charting.templates import apply_template, ensure_builtin_templates, list_templates, save_template

pytestmark = pytest.mark.postgres


def test_outcomes_and_series_on_postgres(pg_db):
    case_id, sids = make_case(pg_db, 2)
    set_odi(pg_db, sids[0], "before", [3, 2, 3, 3, 2, 3, 2, None, 2, 3])
    set_outcome(pg_db, sids[1], "odi", "before", 30)
    (odi,) = [s for s in course_series(pg_db, case_id) if s.measure == "odi"]
    assert [p.value for p in odi.points] == [51.1, 30.0]
    assert session_outcomes(pg_db, sids[0])[0].section_scores == [3, 2, 3, 3, 2, 3, 2, None, 2, 3]
    with pytest.raises(ValidationError):
        set_outcome(pg_db, sids[0], "nrs_back", "before", 12)


def test_templates_on_postgres(pg_db):
    _, (source, target) = make_case(pg_db, 2)
    add_needles(pg_db, source, [NeedleSpec(point_code="BL23", side="left", x=0.45, y=0.4)])
    mine = save_template(pg_db, source, "Mine")
    ensure_builtin_templates(pg_db)
    ensure_builtin_templates(pg_db)
    assert sum(1 for t in list_templates(pg_db) if not t.builtin) == 1
    apply_template(pg_db, mine.id, target)
    assert [n.point_code for n in get_session(pg_db, target).needles] == ["BL23"]
