"""The exchange format, version 1, as one table: every object, its fields and their types.

Export, import and the JSON Schema shipped in
``resources/schema/acuchart-export-v1.schema.json`` are all driven by this
table (a test checks the shipped schema equals :func:`build_schema`), so the
three cannot drift apart.  Ranges and allowed values come from
:mod:`charting.db.models`, the same numbers the database's CHECKs use.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from charting.db import models as m

FORMAT = "acuchart-export"
VERSION = 1
SCHEMA_ID = "https://acuchart.org/schema/acuchart-export-v1.schema.json"
#: An ISO 8601 date-time with a UTC offset (a naive time would be ambiguous in a record).
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


@dataclasses.dataclass(frozen=True)
class Field:
    """One field of an exported object.

    ``kind``: text, bool, int, number, date, datetime, enum, uuid, ref (a uuid
    pointing at another object in the document), user (a practitioner's username).
    """

    name: str
    kind: str
    required: bool = False
    nullable: bool = False
    max_length: int | None = None
    values: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    range_key: str | None = None  # a key of models.RANGES (the message names the unit)
    description: str = ""


def T(name, max_length=None, **kw):  # table shorthand: text
    return Field(name, "text", max_length=max_length, **kw)


def R(name, key=None, **kw):
    low, high = m.RANGES[key or name]
    return Field(name, "number", nullable=True, low=low, high=high, range_key=name, **kw)


def E(name, values, nullable=True, **kw):
    return Field(name, "enum", values=tuple(values), nullable=nullable, **kw)


UUID = Field("uuid", "uuid", required=True, description="stays the same across export and import")

PRACTITIONER = (
    UUID,
    Field("username", "text", required=True, max_length=64),
    Field("name", "text", required=True, max_length=200),
    T("credentials", 200),
    T("licence_number", 100),
    T("qualification", 300),
    T("affiliation", 300),
    Field("years_in_practice", "int", nullable=True, low=0, high=80),
)
PATIENT = (
    UUID,
    Field("chart_number", "text", required=True, max_length=40),
    Field("family_name", "text", required=True, max_length=120),
    T("given_name", 120),
    Field("date_of_birth", "date", nullable=True),
    E("sex", m.SEXES, nullable=False),
    T("phone", 60),
    T("email", 200),
    T("address"),
    *(Field(flag, "bool") for flag in (
        "flag_implanted_device", "flag_pregnant", "flag_bleeding_risk", "flag_epilepsy",
        "flag_metal_allergy", "flag_needle_fainting", "flag_diabetes",
    )),
    Field("pregnancy_weeks", "int", nullable=True, low=0, high=45, range_key="pregnancy_weeks"),
    T("other_flags"),
)
CASE = (
    UUID,
    Field("chief_complaint", "text", required=True),
    Field("onset_date", "date", nullable=True),
    T("icd10_code", 10),
    T("diagnosis_text"),
    T("tcm_pattern"),
    Field("start_date", "date", required=True),
    Field("end_date", "date", nullable=True),
    T("goal"),
    E("acupuncture_style", m.ACUPUNCTURE_STYLES),
    T("rationale"),
    T("rationale_references"),
    E("individualisation", m.INDIVIDUALISATION),
    Field("planned_sessions", "int", nullable=True, low=1, high=200),
    Field("sessions_per_week", "number", nullable=True, low=0.01, high=14),
    Field("session_minutes", "int", nullable=True, low=1, high=240),
)
CONSENT = (
    UUID,
    Field("case", "ref", nullable=True, description="uuid of one of the patient's cases, or null for all"),
    Field("consented_on", "date", required=True),
    Field("acupuncture", "bool"),
    Field("electroacupuncture", "bool"),
    Field("moxibustion", "bool"),
    Field("cupping", "bool"),
    Field("obtained_by", "user", nullable=True),
    Field("withdrawn_on", "date", nullable=True),
    T("notes"),
)
NEEDLE = (
    UUID,
    Field("seq", "int", required=True, low=1, high=10_000, description="insertion order in the session"),
    Field("point_code", "text", nullable=True, max_length=20, description="WHO standard code, e.g. BL23"),
    Field("ashi_label", "text", nullable=True, max_length=100),
    E("side", m.SIDES, nullable=False, required=True),
    Field("view", "text", required=True, max_length=20),
    Field("x", "number", required=True, low=0, high=1, range_key="x"),
    Field("y", "number", required=True, low=0, high=1, range_key="y"),
    R("gauge_mm"),
    R("length_mm"),
    R("depth_mm"),
    T("depth_level", 40),
    E("angle", m.ANGLES),
    E("technique", m.TECHNIQUES),
    Field("deqi", "bool", nullable=True),
    E("response_sought", m.RESPONSES),
    E("response_obtained", m.RESPONSES),
    T("manufacturer", 120),
    T("material", 80),
    T("lot_number", 60),
    Field("inserted_at", "datetime", nullable=True),
    Field("removed_at", "datetime", nullable=True),
    T("notes"),
)
CHANNEL = (
    UUID,
    Field("needle_a", "ref", required=True, description="uuid of a needle of the same session"),
    Field("needle_b", "ref", required=True, description="uuid of another needle of the same session"),
    T("device", 120),
    E("waveform", m.WAVEFORMS, nullable=False),
    R("frequency_hz"),
    R("frequency_high_hz", "frequency_hz"),
    R("pulse_width_us"),
    R("intensity_ma"),
    T("intensity_note", 120),
    E("intensity_descriptor", m.INTENSITY_DESCRIPTORS),
    E("polarity", m.POLARITIES),
    T("mode", 60),
    Field("started_at", "datetime", nullable=True),
    R("duration_min"),
)
MODALITY = (
    UUID,
    E("kind", m.MODALITY_KINDS, nullable=False, required=True),
    T("site", 200),
    Field("duration_min", "number", nullable=True, low=0, high=240),
    T("notes"),
)
OUTCOME = (
    UUID,
    E("measure", m.OUTCOME_MEASURES, nullable=False, required=True),
    T("label", 120),
    E("timing", m.OUTCOME_TIMINGS, nullable=False),
    Field("value", "number", required=True, low=-1000, high=1000),
    Field("section_scores", "scores", nullable=True, description="ODI section scores 0–5, null if unanswered"),
)
ADVERSE = (
    UUID,
    E("kind", m.ADVERSE_KINDS, nullable=False, required=True),
    E("severity", m.ADVERSE_SEVERITIES, nullable=False, required=True),
    Field("occurred_at", "datetime", nullable=True),
    T("action_taken"),
    T("outcome"),
    T("notes"),
)
ACKNOWLEDGEMENT = (
    UUID,
    Field("rule_id", "text", required=True, max_length=60),
    T("subject", 120),
    T("message"),
    Field("reason", "text", required=True),
    Field("acknowledged_by", "user", nullable=True),
    Field("acknowledged_at", "datetime", required=True),
)
ADDENDUM = (
    UUID,
    Field("author", "user", required=True),
    Field("created_at", "datetime", required=True),
    Field("text", "text", required=True),
)
SIGNATURE = (
    Field("signed_by", "user", required=True),
    Field("signed_at", "datetime", required=True),
)
SESSION = (
    UUID,
    Field("case", "ref", nullable=True),
    Field("practitioner", "user", required=True),
    Field("started_at", "datetime", required=True),
    Field("ended_at", "datetime", nullable=True),
    T("room", 60),
    T("subjective"),
    T("tongue"),
    T("pulse"),
    T("plan"),
    T("notes"),
    T("co_interventions"),
    Field("planned_retention_min", "int", low=1, high=120, range_key="planned_retention_min"),
    Field("ended_with_needles_in", "bool"),
    E("status", m.SESSION_STATUSES, nullable=False),
)
#: Lists of child objects: (key, fields, model).
SESSION_LISTS = (
    ("needles", NEEDLE, m.NeedleRecord),
    ("ea_channels", CHANNEL, m.EAChannel),
    ("modalities", MODALITY, m.Modality),
    ("outcomes", OUTCOME, m.Outcome),
    ("adverse_events", ADVERSE, m.AdverseEvent),
    ("acknowledgements", ACKNOWLEDGEMENT, m.SafetyAcknowledgement),
    ("addenda", ADDENDUM, m.Addendum),
)


# --- the JSON Schema --------------------------------------------------------------------


def _field_schema(field: Field) -> dict[str, Any]:
    kind = field.kind
    if kind in {"text", "user"}:
        out: dict[str, Any] = {"type": "string"}
        if field.max_length:
            out["maxLength"] = field.max_length
        if field.required or kind == "user":
            out["minLength"] = 1
    elif kind == "bool":
        out = {"type": "boolean"}
    elif kind in ("int", "number"):
        out = {"type": "integer" if kind == "int" else "number"}
        if field.low is not None:
            out["minimum"] = field.low
        if field.high is not None:
            out["maximum"] = field.high
    elif kind == "date":
        out = {"type": "string", "pattern": DATE_PATTERN}
    elif kind == "datetime":
        out = {"type": "string", "pattern": DATETIME_PATTERN}
    elif kind == "enum":
        out = {"enum": list(field.values)}
    elif kind in ("uuid", "ref"):
        out = {"type": "string", "pattern": UUID_PATTERN}
    elif kind == "scores":
        out = {"type": "array", "maxItems": 10, "items": {"type": ["integer", "null"], "minimum": 0, "maximum": 5}}
    else:  # pragma: no cover - a typo in the table
        raise ValueError(kind)
    if field.nullable:
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        else:
            out["type"] = [out["type"], "null"]
    if field.description:
        out["description"] = field.description
    return out


def _object(fields, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    properties = {f.name: _field_schema(f) for f in fields}
    properties.update(extra or {})
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required] + [k for k in (extra or {})],
        "properties": properties,
    }


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of export documents, version 1."""

    def array(ref: str) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": f"#/$defs/{ref}"}}

    session = _object(
        SESSION,
        {
            "signature": {"oneOf": [{"$ref": "#/$defs/signature"}, {"type": "null"}]},
            **{key: array(key) for key, _, _ in SESSION_LISTS},
        },
    )
    defs = {
        "practitioner": _object(PRACTITIONER),
        "case": _object(CASE),
        "consent": _object(CONSENT),
        "signature": _object(SIGNATURE),
        "session": session,
        **{key: _object(fields) for key, fields, _ in SESSION_LISTS},
        "patient": _object(PATIENT, {"cases": array("case"), "consents": array("consent"),
                                     "sessions": array("session")}),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "AcuChart export, version 1",
        "description": "Patients with their courses, consents and treatment sessions; see docs/exchange-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "practitioners", "patients"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported": {
                "type": "object",
                "description": "when, by whom and with which AcuChart the file was written (not imported)",
                "properties": {
                    "at": {"type": "string", "pattern": DATETIME_PATTERN},
                    "by": {"type": "string"},
                    "app_version": {"type": "string"},
                },
            },
            "practitioners": array("practitioner"),
            "patients": array("patient"),
        },
        "$defs": defs,
    }
