"""Exchange: the round trip, path-named refusals, all-or-nothing import, and a fuzz."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from charting import audit, exchange
from charting.db import models as m
from charting.db.engine import open_database
from charting.errors import AcuChartError
from charting.exchange import spec


@pytest.fixture
def empty(tmp_path, _template_db):
    import shutil

    target = tmp_path / "other.db"
    shutil.copyfile(_template_db, target)
    database = open_database(f"sqlite:///{target}")
    yield database
    database.dispose()


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in m.Base.metadata.sorted_tables}


def _same(a: dict, b: dict) -> bool:
    a, b = dict(a), dict(b)
    a.pop("exported", None), b.pop("exported", None)
    return a == b


def test_shipped_schema_is_the_generated_one():
    assert exchange.load_schema() == spec.build_schema()


def test_export_is_valid_against_the_schema(db, clinic):
    from jsonschema import Draft202012Validator

    doc = exchange.export_patient(db, clinic.patient_id)
    Draft202012Validator(exchange.load_schema()).validate(doc)
    session = doc["patients"][0]["sessions"][0]
    assert session["signature"]["signed_by"] == "chen"
    assert session["ea_channels"][0]["needle_a"] == session["needles"][0]["uuid"]
    assert [p["username"] for p in doc["practitioners"]] == ["chen"]
    assert "password_hash" not in json.dumps(doc)


def test_round_trip_into_an_empty_database(db, clinic, empty):
    from charting.signing import add_addendum

    add_addendum(db, clinic.signed_id, "BL23 depth was 20 mm")
    doc = exchange.export_patient(db, clinic.patient_id)
    result = exchange.import_document(empty, json.loads(json.dumps(doc)))
    assert (result.patients, result.sessions, result.practitioners_created) == (1, 2, 1)
    again = exchange.export_patient(empty, result.patient_ids[0])
    assert _same(doc, again)
    assert audit.verify(empty).ok


def test_round_trip_of_the_demo_clinic(demo_db, empty):
    from charting.patients import search_patients

    for patient in search_patients(demo_db, "DEMO-"):
        doc = exchange.export_patient(demo_db, patient.id)
        result = exchange.import_document(empty, doc)
        assert _same(doc, exchange.export_patient(empty, result.patient_ids[0]))


def test_importing_twice_is_refused_and_changes_nothing(db, clinic, empty):
    doc = exchange.export_patient(db, clinic.patient_id)
    exchange.import_document(empty, doc)
    before = _counts(empty)
    with pytest.raises(AcuChartError, match=r"^\$\.patients\[0\]\.uuid: patient .* is already in this database"):
        exchange.import_document(empty, doc)
    assert _counts(empty) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["patients"][0]["sessions"][1]["needles"][0].update(gauge_mm=0.9),
         r"$.patients[0].sessions[1].needles[0].gauge_mm: 0.9 mm is outside the allowed range 0.12–0.45 mm"),
        (lambda d: d["patients"][0]["sessions"][0]["needles"][0].update(depth_mm=39.5, length_mm=30.0),
         r"$.patients[0].sessions[0].needles[0].depth_mm: 39.5 mm is deeper than the needle is long"),
        (lambda d: d["patients"][0]["sessions"][0]["ea_channels"][0].update(
            needle_b=d["patients"][0]["sessions"][1]["needles"][0]["uuid"]),
         r"$.patients[0].sessions[0].ea_channels[0].needle_b: needle "),
        (lambda d: d["patients"][0]["sessions"][0].update(practitioner="nobody"),
         r"$.patients[0].sessions[0].practitioner: practitioner 'nobody' is neither"),
        (lambda d: d["patients"][0]["sessions"][0].update(signature=None),
         r"$.patients[0].sessions[0].signature: a signed session needs a signature"),
        (lambda d: d["patients"][0]["sessions"][0]["ea_channels"][0].update(waveform="square"),
         r"$.patients[0].sessions[0].ea_channels[0].waveform: 'square' is not one of: continuous"),
        (lambda d: d["patients"][0]["sessions"][0].update(started_at="2026-11-20 09:00"),
         r"$.patients[0].sessions[0].started_at: '2026-11-20 09:00' is not a date and time with a UTC offset"),
        (lambda d: d.update(version=2), r"$.version: version 2 is not supported"),
        (lambda d: d["patients"][0]["sessions"][1]["needles"][0].pop("side"),
         r"$.patients[0].sessions[1].needles[0]: 'side' is missing"),
        (lambda d: d["patients"][0]["sessions"][1]["needles"].append(
            dict(d["patients"][0]["sessions"][1]["needles"][0], seq=9)),
         r"$.patients[0].sessions[1].needles[1].uuid: uuid "),
    ],
)
def test_refusals_name_the_json_path_and_change_nothing(db, clinic, empty, change, message):
    doc = exchange.export_patient(db, clinic.patient_id)
    change(doc)
    before = _counts(empty)
    with pytest.raises(AcuChartError) as caught:
        exchange.import_document(empty, doc)
    assert str(caught.value).startswith(message)
    assert _counts(empty) == before


def test_a_late_failure_rolls_everything_back(db, clinic, empty):
    """The second patient clashes with the database only after the first was added."""
    doc = exchange.export_patient(db, clinic.patient_id)
    second = copy.deepcopy(doc["patients"][0])
    import uuid

    def fresh(node):
        if isinstance(node, dict):
            return {k: (str(uuid.uuid4()) if k == "uuid" else fresh(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [fresh(v) for v in node]
        return node

    second = fresh(second)
    second["sessions"] = []
    doc["patients"].append(second)  # same chart number as the first: refused at the database step
    before = _counts(empty)
    with pytest.raises(AcuChartError, match=r"\$\.patients\[1\]\.chart_number: AC-000001 is already used"):
        exchange.import_document(empty, doc)
    assert _counts(empty) == before


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def _leaves(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))


def _mutate(doc, path, value, delete):
    doc = copy.deepcopy(doc)
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_documents_never_crash_or_half_import(db, clinic, empty, data):
    base = _base_doc(db, clinic)
    paths = list(_leaves(base))
    mode = data.draw(st.sampled_from(["mutate", "mutate", "delete", "random"]))
    if mode == "random":
        doc = data.draw(_JSON)
    else:
        path = data.draw(st.sampled_from(paths[1:]))
        doc = _mutate(base, path, data.draw(_JSON), delete=mode == "delete")
    before = _counts(empty)
    try:
        exchange.import_document(empty, doc)
    except AcuChartError:
        assert _counts(empty) == before
    assert audit.verify(empty).ok


_BASE: dict = {}


def _base_doc(db, clinic):
    key = db.url
    if key not in _BASE:
        _BASE.clear()
        _BASE[key] = exchange.export_patient(db, clinic.patient_id)
    return _BASE[key]
