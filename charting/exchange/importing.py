"""Reading an exchange document into the database: validated, then all or nothing.

Order of checks, each naming the JSON path of the first problem
(``$.patients[0].sessions[2].needles[5].gauge_mm: 0.9 mm is outside the
allowed range 0.12–0.45 mm``):

1. the JSON Schema (structure, types, ranges, allowed values);
2. what a schema cannot say: dates in order, depth within needle length,
   references (cases, needles, practitioners) that resolve, unique uuids,
   a signature exactly on signed sessions;
3. the database: no uuid or chart number may already exist there (a patient
   already present is refused, not merged: see docs/exchange-format.md);
4. the rows are added in one transaction; the safety gate, the signed-record
   guard and the audit trail run on every flush as for any other change.

Any error rolls the whole transaction back: the database is left exactly as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import uuid as uuid_module
from pathlib import Path
from typing import Any

from sqlalchemy import select

from charting.db import models as m
from charting.db.engine import Database
from charting.errors import AcuChartError, UserError
from charting.exchange import spec
from charting.validation import LABELS

SCHEMA_FILE = "acuchart-export-v1.schema.json"


class ImportRefused(UserError):
    """The document was refused; nothing was imported.

    Attributes:
        path: the JSON path of the offending value (``$`` for the document).
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.detail = message


@dataclasses.dataclass(frozen=True, slots=True)
class ImportResult:
    patients: int
    sessions: int
    needles: int
    practitioners_created: int
    patient_ids: tuple[int, ...]

    @property
    def line(self) -> str:
        return (
            f"imported {self.patients} patient(s), {self.sessions} session(s), {self.needles} needle(s)"
            + (f"; {self.practitioners_created} practitioner account(s) created without password"
               if self.practitioners_created else "")
        )


@functools.cache
def _schema_text() -> str:
    from importlib.resources import files

    return files("resources.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The shipped JSON Schema of format version 1."""
    return json.loads(_schema_text())


@functools.cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema())


def read_document(path: str | Path) -> dict[str, Any]:
    """Parse an export file; a clear one-line error for what is not JSON."""
    path = Path(path)

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"import: cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
        doc = json.loads(text, parse_constant=no_constants)
    except UnicodeDecodeError:
        raise UserError(f"import: {path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise UserError(f"import: {path} is not valid JSON ({where}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise UserError(f"import: {path} is not valid JSON ({exc})") from None
    return doc


# --- 1. the schema ------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _schema_message(error) -> str:
    kind = error.validator
    value = error.instance
    if kind in ("minimum", "maximum") and isinstance(value, int | float):
        low = error.schema.get("minimum")
        high = error.schema.get("maximum")
        name = error.path[-1] if error.path else ""
        unit = LABELS.get(str(name), ("", ""))[1]
        unit = f" {unit}" if unit else ""
        return f"{_fmt(value)}{unit} is outside the allowed range {_fmt(low)}–{_fmt(high)}{unit}"
    if kind == "enum":
        allowed = ", ".join("null" if a is None else str(a) for a in error.validator_value)
        return f"{value!r} is not one of: {allowed}"
    if kind == "required":
        return error.message.replace("is a required property", "is missing")
    if kind == "pattern":
        pattern = error.validator_value
        if pattern == spec.DATETIME_PATTERN:
            return f"{value!r} is not a date and time with a UTC offset (ISO 8601, e.g. 2026-11-27T10:40:00+00:00)"
        if pattern == spec.DATE_PATTERN:
            return f"{value!r} is not a date (YYYY-MM-DD)"
        if pattern == spec.UUID_PATTERN:
            return f"{value!r} is not a uuid"
    if kind == "const":
        if error.path and error.path[-1] == "version":
            return f"version {value!r} is not supported (this AcuChart reads version {spec.VERSION})"
        return f"{value!r} is not {error.validator_value!r}: this is not an AcuChart export"
    if kind == "maxLength":
        return f"is {len(value)} characters long; at most {error.validator_value} are allowed"
    if kind == "minLength":
        return "must not be empty"
    return error.message


def _check_schema(doc: Any) -> None:
    from jsonschema.exceptions import best_match

    if not isinstance(doc, dict):
        raise ImportRefused("$", "the document must be a JSON object (an AcuChart export)")
    error = best_match(_validator().iter_errors(doc))
    if error is not None:
        raise ImportRefused(error.json_path, _schema_message(error))


# --- 2. what the schema cannot say ----------------------------------------------------------


def _datetime(path: str, value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ImportRefused(path, f"{value!r} is not a valid date and time") from None
    if parsed.tzinfo is None:
        raise ImportRefused(path, f"{value!r} has no UTC offset")
    return parsed.astimezone(dt.UTC)


def _date(path: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ImportRefused(path, f"{value!r} is not a valid date") from None


def _convert(path: str, fields, obj: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Model keyword arguments from a schema-valid object (refs and users left out)."""
    out: dict[str, Any] = {}
    for field in fields:
        if field.name in skip or field.kind in ("ref", "user"):
            continue
        if field.name not in obj:
            continue
        value = obj[field.name]
        where = f"{path}.{field.name}"
        if field.kind == "datetime":
            value = _datetime(where, value)
        elif field.kind == "date":
            value = _date(where, value)
        elif field.kind == "uuid":
            value = uuid_module.UUID(value)
        elif field.kind == "number" and value is not None:
            if not math.isfinite(value):
                raise ImportRefused(where, "must be a finite number")
            value = float(value)
        elif field.kind == "text" and value is None:
            continue  # a nullable text column left unset
        out[field.name] = value
    return out


@dataclasses.dataclass
class _Plan:
    """Everything to add, checked, with the path each object came from."""

    practitioners: list[tuple[str, dict[str, Any]]] = dataclasses.field(default_factory=list)
    patients: list[tuple[str, dict[str, Any]]] = dataclasses.field(default_factory=list)
    uuids: dict[type, dict[uuid_module.UUID, str]] = dataclasses.field(default_factory=dict)


def _claim(plan: _Plan, model: type, value: uuid_module.UUID, path: str, seen: dict[uuid_module.UUID, str]) -> None:
    if value in seen:
        raise ImportRefused(path, f"uuid {value} is used twice in the document (also at {seen[value]})")
    seen[value] = path
    plan.uuids.setdefault(model, {})[value] = path


def _check_frequency(path: str, kw: dict[str, Any]) -> None:
    high, low = kw.get("frequency_high_hz"), kw.get("frequency_hz")
    if high is not None:
        if low is None:
            raise ImportRefused(f"{path}.frequency_high_hz", "a high frequency needs a low frequency too")
        if high < low:
            raise ImportRefused(f"{path}.frequency_high_hz", f"{high:g} Hz is below the low frequency {low:g} Hz")
        if kw.get("waveform", "continuous") != "dense-disperse":
            raise ImportRefused(f"{path}.frequency_high_hz", "a low/high pair is for the dense-disperse waveform only")


def _plan(doc: dict[str, Any], known_users: set[str]) -> _Plan:
    plan = _Plan()
    seen: dict[uuid_module.UUID, str] = {}
    users = set(known_users)
    doc_users: set[str] = set()
    for i, item in enumerate(doc["practitioners"]):
        path = f"$.practitioners[{i}]"
        kw = _convert(path, spec.PRACTITIONER, item)
        if kw["username"] in doc_users:
            raise ImportRefused(f"{path}.username", f"'{kw['username']}' is listed twice")
        doc_users.add(kw["username"])
        _claim(plan, m.Practitioner, kw["uuid"], f"{path}.uuid", seen)
        plan.practitioners.append((path, kw))
    users |= doc_users

    def user(path: str, name: str | None) -> str | None:
        if name is not None and name not in users:
            raise ImportRefused(path, f"practitioner '{name}' is neither in $.practitioners nor in this database")
        return name

    today = dt.date.today()
    for p, item in enumerate(doc["patients"]):
        path = f"$.patients[{p}]"
        patient = _convert(path, spec.PATIENT, item)
        _claim(plan, m.Patient, patient["uuid"], f"{path}.uuid", seen)
        if patient.get("date_of_birth") and patient["date_of_birth"] > today:
            raise ImportRefused(f"{path}.date_of_birth", "is in the future")
        cases: dict[str, dict[str, Any]] = {}
        case_list = []
        for c, case in enumerate(item["cases"]):
            cpath = f"{path}.cases[{c}]"
            kw = _convert(cpath, spec.CASE, case)
            _claim(plan, m.Case, kw["uuid"], f"{cpath}.uuid", seen)
            if kw.get("end_date") is not None and kw["end_date"] < kw["start_date"]:
                raise ImportRefused(f"{cpath}.end_date", "is before the start date")
            cases[case["uuid"].lower()] = kw
            case_list.append(kw)

        def case_ref(where: str, value: str | None, cases=cases) -> str | None:
            if value is not None and value.lower() not in cases:
                raise ImportRefused(where, f"case {value} is not one of this patient's cases")
            return value.lower() if value is not None else None

        consents = []
        for c, consent in enumerate(item["consents"]):
            cpath = f"{path}.consents[{c}]"
            kw = _convert(cpath, spec.CONSENT, consent)
            _claim(plan, m.Consent, kw["uuid"], f"{cpath}.uuid", seen)
            if kw.get("withdrawn_on") is not None and kw["withdrawn_on"] < kw["consented_on"]:
                raise ImportRefused(f"{cpath}.withdrawn_on", "is before consent was given")
            consents.append((kw, case_ref(f"{cpath}.case", consent.get("case")),
                             user(f"{cpath}.obtained_by", consent.get("obtained_by"))))
        sessions = []
        for s_index, session in enumerate(item["sessions"]):
            spath = f"{path}.sessions[{s_index}]"
            kw = _convert(spath, spec.SESSION, session)
            _claim(plan, m.TreatmentSession, kw["uuid"], f"{spath}.uuid", seen)
            if kw.get("ended_at") is not None and kw["ended_at"] < kw["started_at"]:
                raise ImportRefused(f"{spath}.ended_at", "is before the session started")
            signature = session["signature"]
            status = kw.get("status", "draft")
            if (status == "signed") != (signature is not None):
                raise ImportRefused(
                    f"{spath}.signature", "a signed session needs a signature, and only a signed one has one"
                )
            if signature is not None:
                kw["signed_at"] = _datetime(f"{spath}.signature.signed_at", signature["signed_at"])
                signer = user(f"{spath}.signature.signed_by", signature["signed_by"])
            else:
                signer = None
            children: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
            needles: dict[str, dict[str, Any]] = {}
            seqs: set[int] = set()
            for key, fields, model in spec.SESSION_LISTS:
                rows = []
                for n, child in enumerate(session[key]):
                    npath = f"{spath}.{key}[{n}]"
                    ckw = _convert(npath, fields, child)
                    _claim(plan, model, ckw["uuid"], f"{npath}.uuid", seen)
                    refs: dict[str, Any] = {}
                    if model is m.NeedleRecord:
                        if not ckw.get("point_code") and not (ckw.get("ashi_label") or "").strip():
                            raise ImportRefused(npath, "a needle needs a point_code or an ashi_label")
                        if ckw["seq"] in seqs:
                            raise ImportRefused(f"{npath}.seq", f"{ckw['seq']} is used twice in this session")
                        seqs.add(ckw["seq"])
                        depth, length = ckw.get("depth_mm"), ckw.get("length_mm")
                        if depth is not None and length is not None and depth > length:
                            raise ImportRefused(
                                f"{npath}.depth_mm",
                                f"{depth:g} mm is deeper than the needle is long ({length:g} mm); "
                                f"allowed 0–{length:g} mm",
                            )
                        inserted, removed = ckw.get("inserted_at"), ckw.get("removed_at")
                        if removed is not None and (inserted is None or removed < inserted):
                            raise ImportRefused(f"{npath}.removed_at", "must be after the needle was inserted")
                        needles[child["uuid"].lower()] = ckw
                    elif model is m.EAChannel:
                        a, b = child["needle_a"].lower(), child["needle_b"].lower()
                        for name, ref in (("needle_a", a), ("needle_b", b)):
                            if ref not in needles:
                                raise ImportRefused(f"{npath}.{name}", f"needle {ref} is not charted in this session")
                        if a == b:
                            raise ImportRefused(f"{npath}.needle_b", "a lead pair needs two different needles")
                        _check_frequency(npath, ckw)
                        refs = {"needle_a": a, "needle_b": b}
                    elif model is m.SafetyAcknowledgement:
                        if not ckw["reason"].strip():
                            raise ImportRefused(f"{npath}.reason", "must not be empty")
                        refs = {"acknowledged_by": user(f"{npath}.acknowledged_by", child.get("acknowledged_by"))}
                    elif model is m.Addendum:
                        if not ckw["text"].strip():
                            raise ImportRefused(f"{npath}.text", "must not be empty")
                        refs = {"author": user(f"{npath}.author", child["author"])}
                    rows.append((ckw, refs))
                if model is m.SafetyAcknowledgement:
                    keys = set()
                    for n, (ckw, _) in enumerate(rows):
                        key2 = (ckw["rule_id"], ckw.get("subject", ""))
                        if key2 in keys:
                            raise ImportRefused(f"{spath}.acknowledgements[{n}]", "acknowledges the same warning twice")
                        keys.add(key2)
                children[key] = rows
            sessions.append(
                (spath, kw, case_ref(f"{spath}.case", session.get("case")),
                 user(f"{spath}.practitioner", session["practitioner"]), signer, children)
            )
        plan.patients.append((path, {"patient": patient, "cases": case_list, "consents": consents,
                                     "sessions": sessions}))
    return plan


# --- 3 and 4: the database -------------------------------------------------------------------


def _existing(s, model: type, wanted: dict[uuid_module.UUID, str]) -> None:
    values = list(wanted)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        found = s.scalars(select(model.uuid).where(model.uuid.in_(chunk)).limit(1)).first()
        if found is not None:
            what = {m.Patient: "patient"}.get(model, model.__tablename__.rstrip("s").replace("_", " "))
            raise ImportRefused(
                wanted[found],
                f"{what} {found} is already in this database; a record is imported once "
                "(nothing was imported)",
            )


def import_document(db: Database, doc: Any) -> ImportResult:
    """Validate ``doc`` and add everything in it, or nothing.

    Raises:
        ImportRefused: with the JSON path of the first problem.
        AcuChartError: the safety gate or the database refused a row.
    """
    from charting.patients import search_key

    _check_schema(doc)
    with db.read() as s:
        known_users = set(s.scalars(select(m.Practitioner.username)))
    plan = _plan(doc, known_users)
    counts = {"sessions": 0, "needles": 0, "practitioners": 0}
    patient_ids: list[int] = []
    with db.unit() as s:
        for model, wanted in plan.uuids.items():
            if model is m.Practitioner:
                continue
            _existing(s, model, wanted)
        users = {p.username: p for p in s.scalars(select(m.Practitioner))}
        for path, kw in plan.practitioners:
            if kw["username"] in users:
                continue  # a practitioner known here keeps this clinic's profile and password
            taken = s.scalar(select(m.Practitioner.id).where(m.Practitioner.uuid == kw["uuid"]))
            if taken is not None:
                raise ImportRefused(f"{path}.uuid", "belongs to a practitioner with another username in this database")
            row = m.Practitioner(password_hash=None, **kw)
            s.add(row)
            users[row.username] = row
            counts["practitioners"] += 1
        s.flush()
        ids = {name: row.id for name, row in users.items()}
        for path, item in plan.patients:
            patient_kw = item["patient"]
            if s.scalar(select(m.Patient.id).where(m.Patient.chart_number == patient_kw["chart_number"])):
                raise ImportRefused(
                    f"{path}.chart_number", f"{patient_kw['chart_number']} is already used by another patient here"
                )
            patient = m.Patient(
                family_key=search_key(patient_kw["family_name"]),
                given_key=search_key(patient_kw.get("given_name", "")),
                **patient_kw,
            )
            s.add(patient)
            cases = {}
            for kw in item["cases"]:
                case = m.Case(patient=patient, **kw)
                s.add(case)
                cases[str(kw["uuid"])] = case
            _flush(s, path)
            for kw, case_uuid, obtained_by in item["consents"]:
                case = cases.get(case_uuid)
                s.add(m.Consent(patient=patient, case_id=case.id if case is not None else None,
                                obtained_by_id=ids.get(obtained_by), **kw))
            _flush(s, path)
            patient_ids.append(patient.id)
            for spath, kw, case_uuid, practitioner, signer, children in item["sessions"]:
                row = m.TreatmentSession(
                    patient=patient,
                    case=cases.get(case_uuid),
                    practitioner_id=ids[practitioner],
                    signed_by_id=ids.get(signer),
                    **kw,
                )
                s.add(row)
                needles: dict[str, m.NeedleRecord] = {}
                for key, _, model in spec.SESSION_LISTS:
                    for ckw, refs in children[key]:
                        if model is m.EAChannel:
                            obj = model(session=row, needle_a=needles[refs["needle_a"]],
                                        needle_b=needles[refs["needle_b"]], **ckw)
                        elif model is m.SafetyAcknowledgement:
                            obj = model(session=row, acknowledged_by_id=ids.get(refs["acknowledged_by"]), **ckw)
                        elif model is m.Addendum:
                            obj = model(session=row, author_id=ids[refs["author"]], **ckw)
                        else:
                            obj = model(session=row, **ckw)
                        if model is m.NeedleRecord:
                            needles[str(ckw["uuid"])] = obj
                        s.add(obj)
                _flush(s, spath)
                counts["sessions"] += 1
                counts["needles"] += len(needles)
    return ImportResult(len(patient_ids), counts["sessions"], counts["needles"], counts["practitioners"],
                        tuple(patient_ids))


def _flush(s, path: str) -> None:
    """Flush, naming the document path when the safety gate or the database refuses a row."""
    from sqlalchemy.exc import DBAPIError

    try:
        s.flush()
    except ImportRefused:
        raise
    except AcuChartError as exc:
        raise ImportRefused(path, str(exc)) from None
    except DBAPIError as exc:
        from charting.db.engine import translate_error

        error = translate_error(exc)
        if "constraint" in str(exc.orig).lower():  # a value the database refuses: name where it came from
            raise ImportRefused(path, str(error)) from None
        raise error from None  # disk full, read-only, server gone: not the document's fault
