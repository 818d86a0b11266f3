"""Patients and their courses of treatment: use-cases returning plain snapshots."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, Integer, String, Uuid, column, func, select, table

from charting import validation as v
from charting.db.engine import Database
from charting.errors import NotFound, ValidationError
from charting.vocabulary import SEXES

if TYPE_CHECKING:
    from charting.db.models import Case, Patient

#: Safety flags: model attribute → badge text shown wherever the patient appears.
FLAG_LABELS: dict[str, str] = {
    "flag_implanted_device": "Pacemaker / implant",
    "flag_pregnant": "Pregnant",
    "flag_bleeding_risk": "Anticoagulants / bleeding",
    "flag_epilepsy": "Epilepsy",
    "flag_metal_allergy": "Metal allergy",
    "flag_needle_fainting": "Needle fainting",
    "flag_diabetes": "Diabetes",
}

PATIENT_FIELDS = (
    "chart_number",
    "family_name",
    "given_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "address",
    *FLAG_LABELS,
    "pregnancy_weeks",
    "other_flags",
)

CASE_FIELDS = (
    "chief_complaint",
    "onset_date",
    "icd10_code",
    "diagnosis_text",
    "tcm_pattern",
    "start_date",
    "end_date",
    "goal",
    "acupuncture_style",
    "rationale",
    "rationale_references",
    "individualisation",
    "planned_sessions",
    "sessions_per_week",
    "session_minutes",
)


@dataclasses.dataclass(frozen=True, slots=True)
class PatientSummary:
    """A patient as a list row shows it."""

    id: int
    uuid: str
    chart_number: str
    family_name: str
    given_name: str
    date_of_birth: dt.date | None
    sex: str
    flags: tuple[str, ...]

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "chart_number": self.chart_number,
            "name": self.display_name,
            "family_name": self.family_name,
            "given_name": self.given_name,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "sex": self.sex,
            "flags": list(self.flags),
        }


@dataclasses.dataclass(frozen=True, slots=True)
class PatientDetail:
    """Everything recorded about a patient, including safety flags."""

    id: int
    uuid: str
    version: int
    chart_number: str
    family_name: str
    given_name: str
    date_of_birth: dt.date | None
    sex: str
    phone: str
    email: str
    address: str
    flag_implanted_device: bool
    flag_pregnant: bool
    pregnancy_weeks: int | None
    flag_bleeding_risk: bool
    flag_epilepsy: bool
    flag_metal_allergy: bool
    flag_needle_fainting: bool
    flag_diabetes: bool
    other_flags: str

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    @property
    def flags(self) -> tuple[str, ...]:
        return flag_badges(self)


@dataclasses.dataclass(frozen=True, slots=True)
class CaseInfo:
    """A course of treatment with its diagnosis and plan."""

    id: int
    uuid: str
    patient_id: int
    chief_complaint: str
    onset_date: dt.date | None
    icd10_code: str
    diagnosis_text: str
    tcm_pattern: str
    start_date: dt.date
    end_date: dt.date | None
    goal: str
    acupuncture_style: str | None
    rationale: str
    rationale_references: str
    individualisation: str | None
    planned_sessions: int | None
    sessions_per_week: float | None
    session_minutes: int | None

    @property
    def diagnosis(self) -> str:
        return " ".join(p for p in (self.icd10_code, self.diagnosis_text) if p)


def flag_badges(patient: Any) -> tuple[str, ...]:
    """Badge texts for the safety flags set on ``patient`` (a model row or snapshot)."""
    badges = []
    for attr, label in FLAG_LABELS.items():
        if getattr(patient, attr):
            weeks = getattr(patient, "pregnancy_weeks", None)
            badges.append(f"Pregnant ({weeks} wk)" if attr == "flag_pregnant" and weeks is not None else label)
    if getattr(patient, "other_flags", ""):
        badges.append(patient.other_flags)
    return tuple(badges)


def summary(row: Patient) -> PatientSummary:
    return PatientSummary(
        id=row.id,
        uuid=str(row.uuid),
        chart_number=row.chart_number,
        family_name=row.family_name,
        given_name=row.given_name,
        date_of_birth=row.date_of_birth,
        sex=row.sex,
        flags=flag_badges(row),
    )


def detail(row: Patient) -> PatientDetail:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(PatientDetail)}
    values["uuid"] = str(row.uuid)
    return PatientDetail(**values)


def case_info(row: Case) -> CaseInfo:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(CaseInfo)}
    values["uuid"] = str(row.uuid)
    return CaseInfo(**values)


def search_key(text: str) -> str:
    """The lower-cased, space-folded form names are indexed and searched by."""
    return " ".join(text.casefold().split())


def _clean_patient(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in PATIENT_FIELDS:
            raise ValidationError(key, "is not a patient field")
        if key == "date_of_birth":
            out[key] = v.date("date of birth", value)
            if out[key] is not None and out[key] > dt.date.today():
                raise ValidationError("date of birth", "is in the future")
        elif key == "sex":
            out[key] = v.one_of("sex", value or "unknown", SEXES, optional=False)
        elif key == "pregnancy_weeks":
            out[key] = v.in_range("pregnancy_weeks", value, integer=True)
        elif key.startswith("flag_"):
            out[key] = bool(value)
        elif key == "chart_number":
            out[key] = v.text("chart number", value, max_length=40, required=True)
        elif key == "family_name":
            out[key] = v.text("family name", value, max_length=120, required=True)
        elif key == "given_name":
            out[key] = v.text("given name", value, max_length=120)
        else:
            out[key] = v.text(key, value)
    if "family_name" in out:
        out["family_key"] = search_key(out["family_name"])
    if "given_name" in out:
        out["given_key"] = search_key(out["given_name"])
    return out


def next_chart_number(db: Database) -> str:
    from charting.db.models import Patient

    with db.read() as s:
        count = s.scalar(select(func.max(Patient.id))) or 0
    return f"AC-{count + 1:06d}"


def create_patient(db: Database, **fields: Any) -> PatientDetail:
    """Register a new patient; ``chart_number`` is assigned when not given."""
    from charting.db.models import Patient

    if not fields.get("chart_number"):
        fields["chart_number"] = next_chart_number(db)
    fields.setdefault("given_name", "")
    clean = _clean_patient(fields)
    if clean.get("flag_pregnant") is False:
        clean["pregnancy_weeks"] = None
    with db.unit() as s:
        if s.scalar(select(Patient.id).where(Patient.chart_number == clean["chart_number"])):
            raise ValidationError("chart number", f"{clean['chart_number']} is already in use")
        row = Patient(**clean)
        s.add(row)
        s.flush()
        return detail(row)


def update_patient(
    db: Database, patient_id: int, *, expected_version: int | None = None, **fields: Any
) -> PatientDetail:
    from charting.db.models import Patient

    clean = _clean_patient(fields)
    with db.unit() as s:
        row = s.get(Patient, patient_id)
        if row is None:
            raise NotFound(f"patient {patient_id} does not exist")
        if expected_version is not None and row.version != expected_version:
            from charting.errors import ConcurrentEditError

            raise ConcurrentEditError(
                f"patient {row.chart_number} was changed on another workstation; reopen it to see the change"
            )
        new_chart = clean.get("chart_number", row.chart_number)
        if new_chart != row.chart_number and s.scalar(select(Patient.id).where(Patient.chart_number == new_chart)):
            raise ValidationError("chart number", f"{clean['chart_number']} is already in use")
        for key, value in clean.items():
            setattr(row, key, value)
        if not row.flag_pregnant:
            row.pregnancy_weeks = None
        s.flush()
        return detail(row)


def get_patient(db: Database, patient_id: int) -> PatientDetail:
    from charting.db.models import Patient

    with db.read() as s:
        row = s.get(Patient, patient_id)
        if row is None:
            raise NotFound(f"patient {patient_id} does not exist")
        return detail(row)


#: The columns a patient list row shows: a Core projection of ``patients`` (the
#: mapped class is loaded only when a record is opened or changed). A test keeps
#: it in step with :class:`charting.db.models.Patient`.
_PATIENT_LIST = table(
    "patients",
    column("id", Integer),
    column("uuid", Uuid),
    column("chart_number", String),
    column("family_name", String),
    column("given_name", String),
    column("family_key", String),
    column("given_key", String),
    column("date_of_birth", Date),
    column("sex", String),
    *(column(flag, Boolean) for flag in FLAG_LABELS),
    column("pregnancy_weeks", Integer),
    column("other_flags", String),
)

_DATE_RE = re.compile(r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$")


def search_patients(db: Database, query: str, *, limit: int = 50) -> list[PatientSummary]:
    """Patients whose family name, given name, "given family" or chart number start
    with ``query``, or whose date of birth matches it (YYYY, YYYY-MM or YYYY-MM-DD),
    sorted by name.

    Each kind of match is its own query that walks one index in order and stops
    after ``limit`` rows, so a keystroke costs the same at 2,000 and 100,000
    patients (one query OR-ing them all would read and sort every match of a
    short prefix first). It reads through a Core projection of the patients
    table, so the first screen lists patients without loading the ORM.
    """
    key = search_key(query)
    c = _PATIENT_LIST.c
    branches: list[tuple[Any, Any]] = []  # (condition, index column to walk)
    if not key:
        branches.append((None, c.family_key))
    else:
        upper = key + "\uffff"
        chart = query.strip().upper()
        branches += [
            ((c.family_key >= key) & (c.family_key < upper), c.family_key),
            ((c.given_key >= key) & (c.given_key < upper), c.given_key),
            ((c.chart_number >= chart) & (c.chart_number < chart + "\uffff"), c.chart_number),
        ]
        parts = key.split(" ")
        if len(parts) == 2:
            a, b = parts
            for first, second in ((a, b), (b, a)):
                branches.append(
                    (
                        (c.given_key == first) & (c.family_key >= second) & (c.family_key < second + "\uffff"),
                        c.family_key,
                    )
                )
                branches.append(
                    ((c.family_key == first) & (c.given_key >= second) & (c.given_key < second + "\uffff"), c.given_key)
                )
        if _DATE_RE.match(key):
            low, high = _date_bounds(key)
            if low is not None:
                branches.append(((c.date_of_birth >= low) & (c.date_of_birth < high), c.date_of_birth))
    found: dict[int, Any] = {}
    with db.read() as s:
        for condition, column in branches:
            stmt = select(_PATIENT_LIST).order_by(column, c.id).limit(limit)
            if condition is not None:
                stmt = stmt.where(condition)
            for row in s.execute(stmt):
                found.setdefault(row.id, row)
    rows = sorted(found.values(), key=lambda r: (r.family_key, r.given_key, r.id))[:limit]
    return [summary(row) for row in rows]


def _date_bounds(key: str) -> tuple[dt.date | None, dt.date | None]:
    parts = [int(p) for p in key.split("-")]
    try:
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)
        if len(parts) == 2:
            low = dt.date(parts[0], parts[1], 1)
            high = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return low, high
        low = dt.date(*parts)
        return low, low + dt.timedelta(days=1)
    except ValueError:
        return None, None


def _clean_case(fields: dict[str, Any]) -> dict[str, Any]:
    from charting.db.models import ACUPUNCTURE_STYLES, INDIVIDUALISATION

    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in CASE_FIELDS:
            raise ValidationError(key, "is not a case field")
        if key in ("onset_date", "start_date", "end_date"):
            out[key] = v.date(key, value)
        elif key == "acupuncture_style":
            out[key] = v.one_of("acupuncture style", value, ACUPUNCTURE_STYLES)
        elif key == "individualisation":
            out[key] = v.one_of("individualisation", value, INDIVIDUALISATION)
        elif key == "planned_sessions":
            out[key] = _int_between("planned sessions", value, 1, 200)
        elif key == "session_minutes":
            out[key] = _int_between("session length", value, 1, 240)
        elif key == "sessions_per_week":
            parsed = v.number("sessions per week", value)
            if parsed is not None and not 0 < parsed <= 14:
                raise ValidationError("sessions per week", f"{parsed:g} is outside the allowed range 0.1–14")
            out[key] = parsed
        elif key == "icd10_code":
            code = v.text("ICD-10 code", value, max_length=10).upper()
            if code and not re.fullmatch(r"[A-Z]\d{2}(\.\d{1,4})?", code):
                raise ValidationError("ICD-10 code", f"'{code}' is not an ICD-10 code (like M54.5)")
            out[key] = code
        elif key == "chief_complaint":
            out[key] = v.text("chief complaint", value, required=True)
        else:
            out[key] = v.text(key, value)
    return out


def _int_between(label: str, value: Any, low: int, high: int) -> int | None:
    parsed = v.number(label, value, integer=True)
    if parsed is not None and not low <= parsed <= high:
        raise ValidationError(label, f"{parsed} is outside the allowed range {low}–{high}")
    return parsed


def create_case(db: Database, patient_id: int, **fields: Any) -> CaseInfo:
    from charting.db.models import Case, Patient

    fields.setdefault("start_date", dt.date.today())
    clean = _clean_case(fields)
    if clean.get("end_date") and clean["end_date"] < clean["start_date"]:
        raise ValidationError("end date", "is before the start date")
    with db.unit() as s:
        if s.get(Patient, patient_id) is None:
            raise NotFound(f"patient {patient_id} does not exist")
        row = Case(patient_id=patient_id, **clean)
        s.add(row)
        s.flush()
        return case_info(row)


def update_case(db: Database, case_id: int, **fields: Any) -> CaseInfo:
    from charting.db.models import Case

    clean = _clean_case(fields)
    with db.unit() as s:
        row = s.get(Case, case_id)
        if row is None:
            raise NotFound(f"case {case_id} does not exist")
        for key, value in clean.items():
            setattr(row, key, value)
        if row.end_date and row.end_date < row.start_date:
            raise ValidationError("end date", "is before the start date")
        s.flush()
        return case_info(row)


def get_case(db: Database, case_id: int) -> CaseInfo:
    from charting.db.models import Case

    with db.read() as s:
        row = s.get(Case, case_id)
        if row is None:
            raise NotFound(f"case {case_id} does not exist")
        return case_info(row)


def list_cases(db: Database, patient_id: int) -> list[CaseInfo]:
    from charting.db.models import Case

    with db.read() as s:
        rows = s.scalars(select(Case).where(Case.patient_id == patient_id).order_by(Case.start_date, Case.id))
        return [case_info(r) for r in rows]
