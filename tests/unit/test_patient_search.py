"""Patients: search (the keystroke hot path) and its projection of the table."""

from __future__ import annotations

import subprocess
import sys

from charting.db.models import Patient
from charting.patients import _PATIENT_LIST, create_patient, search_patients


def test_the_list_projection_matches_the_model():
    model_columns = {c.name: c.type.python_type for c in Patient.__table__.columns}
    for col in _PATIENT_LIST.c:
        assert col.name in model_columns, col.name
        assert col.type.python_type is model_columns[col.name], col.name


def test_search_by_every_key(db):
    ann = create_patient(db, family_name="Smith", given_name="Ann", date_of_birth="1980-05-02", flag_diabetes=True)
    create_patient(db, family_name="Smythe", given_name="Bob", date_of_birth="1975-01-01")
    create_patient(db, family_name="Jones", given_name="Annabel", chart_number="X-77")
    assert [p.id for p in search_patients(db, "smith")] == [ann.id]
    assert {p.family_name for p in search_patients(db, "SM")} == {"Smith", "Smythe"}
    assert {p.family_name for p in search_patients(db, "ann")} == {"Smith", "Jones"}
    assert [p.family_name for p in search_patients(db, "ann smith")] == ["Smith"]
    assert [p.family_name for p in search_patients(db, "smith ann")] == ["Smith"]
    assert [p.family_name for p in search_patients(db, "1980-05")] == ["Smith"]
    assert [p.family_name for p in search_patients(db, "x-7")] == ["Jones"]
    assert search_patients(db, "zz") == []
    found = search_patients(db, "smith")[0]
    assert found.uuid == ann.uuid and found.flags == ("Diabetes",)
    assert str(found.date_of_birth) == "1980-05-02"


def test_listing_patients_does_not_load_the_orm(db_path):
    code = (
        "import sys; from charting.db.engine import open_database; from charting.patients import search_patients\n"
        f"db = open_database('sqlite:///{db_path}'); search_patients(db, ''); search_patients(db, 'sm')\n"
        "print('charting.db.models' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
