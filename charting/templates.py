"""Protocol templates: a named set of points, sides, needle settings and EA pairs.

A practitioner saves a session's needling as a template and later applies it to
a new session in one action, then adjusts.  The template body is plain JSON::

    {
      "version": 1,
      "planned_retention_min": 20,
      "needles": [
        {"point_code": "BL23", "side": "left", "view": "back", "x": 0.44, "y": 0.52,
         "settings": {"gauge_mm": 0.25, "length_mm": 40}},
        {"ashi_label": "tender spot", "side": "left", "view": "back", "x": 0.4, "y": 0.6,
         "settings": {}}
      ],
      "channels": [{"a": 0, "b": 1, "settings": {"waveform": "continuous", "frequency_hz": 2}}]
    }

Channels name the two needles they join by index in ``needles``.  Times, lot
numbers and notes are never part of a template: they belong to one session.

Built-in templates (``resources/templates/builtin.json``) come from published
trial protocols; each cites its source in ``notes``.  They are added by
:func:`ensure_builtin_templates` and cannot be deleted.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from importlib import resources
from typing import Any

from sqlalchemy import func, select

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import EAChannel, NeedleRecord, ProtocolTemplate, TreatmentSession
from charting.errors import NotFound, UserError, ValidationError
from charting.sessions import (
    CHANNEL_FIELDS,
    NEEDLE_SETTINGS,
    NeedleInfo,
    _check_frequency_pair,
    _clean_channel,
    load_for_edit,
    needle_info,
    resolve_point,
    touch,
)

BODY_VERSION = 1
#: Needle settings a template keeps (not the lot number: that is one box of needles).
TEMPLATE_NEEDLE_SETTINGS = tuple(k for k in NEEDLE_SETTINGS if k != "lot_number")
#: EA settings a template keeps (not when the stimulator was started).
TEMPLATE_CHANNEL_SETTINGS = tuple(k for k in CHANNEL_FIELDS if k != "started_at")


@dataclasses.dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A protocol template as lists and pickers show it.

    Attributes:
        point_codes: the library points, unique, in needling order.
        body: a copy of the template's JSON body.
    """

    id: int
    uuid: str
    name: str
    condition: str
    notes: str
    builtin: bool
    created_at: dt.datetime
    planned_retention_min: int | None
    needle_count: int
    channel_count: int
    point_codes: tuple[str, ...]
    body: dict[str, Any]

    @property
    def summary(self) -> str:
        """One line: "9 needles · BL23, BL40, KI3 · 2 EA pairs · 20 min"."""
        parts = [f"{self.needle_count} needle{'s' if self.needle_count != 1 else ''}"]
        if self.point_codes:
            parts.append(", ".join(self.point_codes))
        if self.channel_count:
            parts.append(f"{self.channel_count} EA pair{'s' if self.channel_count != 1 else ''}")
        if self.planned_retention_min:
            parts.append(f"{self.planned_retention_min} min")
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "name": self.name,
            "condition": self.condition,
            "notes": self.notes,
            "builtin": self.builtin,
            "created_at": self.created_at.isoformat(),
            "planned_retention_min": self.planned_retention_min,
            "needles": self.needle_count,
            "channels": self.channel_count,
            "point_codes": list(self.point_codes),
            "body": self.body,
        }


def template_info(row: ProtocolTemplate) -> TemplateInfo:
    body = copy.deepcopy(row.body or {})
    needles = body.get("needles", [])
    codes: list[str] = []
    for needle in needles:
        code = needle.get("point_code")
        if code and code not in codes:
            codes.append(code)
    return TemplateInfo(
        id=row.id,
        uuid=str(row.uuid),
        name=row.name,
        condition=row.condition,
        notes=row.notes,
        builtin=bool(row.builtin),
        created_at=row.created_at,
        planned_retention_min=body.get("planned_retention_min"),
        needle_count=len(needles),
        channel_count=len(body.get("channels", [])),
        point_codes=tuple(codes),
        body=body,
    )


# --- body ----------------------------------------------------------------------------


def session_body(row: TreatmentSession) -> dict[str, Any]:
    """The template body of a session's needles, settings and EA pairs."""
    index: dict[int, int] = {}
    needles = []
    for i, needle in enumerate(row.needles):
        index[needle.id] = i
        settings = {
            k: getattr(needle, k)
            for k in TEMPLATE_NEEDLE_SETTINGS
            if getattr(needle, k) is not None and getattr(needle, k) != ""
        }
        entry: dict[str, Any] = {"side": needle.side, "view": needle.view, "x": needle.x, "y": needle.y}
        if needle.point_code:
            entry = {"point_code": needle.point_code, **entry}
        else:
            entry = {"ashi_label": needle.ashi_label, **entry}
        entry["settings"] = settings
        needles.append(entry)
    channels = []
    for channel in row.channels:
        settings = {
            k: getattr(channel, k)
            for k in TEMPLATE_CHANNEL_SETTINGS
            if getattr(channel, k) is not None and getattr(channel, k) != ""
        }
        channels.append({"a": index[channel.needle_a_id], "b": index[channel.needle_b_id], "settings": settings})
    return {
        "version": BODY_VERSION,
        "planned_retention_min": row.planned_retention_min,
        "needles": needles,
        "channels": channels,
    }


def _check_body(body: Any) -> dict[str, Any]:
    """Check a body's shape and values; returns it (raises ValidationError)."""
    if not isinstance(body, dict):
        raise ValidationError("template", "the body is not a JSON object")
    needles = body.get("needles")
    channels = body.get("channels", [])
    if not isinstance(needles, list) or not needles:
        raise ValidationError("template", "has no needles")
    if not isinstance(channels, list):
        raise ValidationError("template", "channels must be a list")
    for number, needle in enumerate(needles, start=1):
        if not isinstance(needle, dict):
            raise ValidationError(f"template needle {number}", "is not an object")
        if not needle.get("point_code") and not str(needle.get("ashi_label") or "").strip():
            raise ValidationError(f"template needle {number}", "needs a point code or an ashi label")
        settings = needle.get("settings") or {}
        unknown = set(settings) - set(TEMPLATE_NEEDLE_SETTINGS)
        if unknown:
            raise ValidationError(f"template needle {number}", f"'{sorted(unknown)[0]}' is not a needle setting")
        v.needle_fields({**settings, "side": needle.get("side"), "x": needle.get("x"), "y": needle.get("y")})
        if not needle.get("view"):
            raise ValidationError(f"template needle {number}", "has no diagram view")
    for number, channel in enumerate(channels, start=1):
        a, b = channel.get("a"), channel.get("b")
        valid = (
            isinstance(a, int) and isinstance(b, int) and a != b and 0 <= a < len(needles) and 0 <= b < len(needles)
        )
        if not valid:
            raise ValidationError(f"template EA pair {number}", "must join two different needles of the template")
        _clean_channel(channel.get("settings") or {})
    retention = body.get("planned_retention_min")
    if retention is not None:
        v.in_range("planned_retention_min", retention, integer=True)
    return body


# --- use-cases -----------------------------------------------------------------------


def _name(name: Any) -> str:
    return " ".join(v.text("template name", name, max_length=200, required=True).split())


def save_template(db: Database, session_id: int, name: str, *, condition: str = "", notes: str = "") -> TemplateInfo:
    """Save the session's points, sides, needle settings, EA pairs and planned
    retention as a new template called ``name``.

    Raises:
        ValidationError: an empty or already used name, or a session with no needles.
    """
    name = _name(name)
    condition = v.text("condition", condition, max_length=200)
    notes = v.text("notes", notes)
    with db.unit() as s:
        row = load_for_edit(s, session_id, for_edit=False)
        if not row.needles:
            raise ValidationError("template", f"session {session_id} has no needles to save")
        if s.scalar(select(ProtocolTemplate.id).where(func.lower(ProtocolTemplate.name) == name.lower())):
            raise ValidationError("template name", f"'{name}' is already used; choose another name")
        template = ProtocolTemplate(
            name=name,
            condition=condition,
            notes=notes,
            body=session_body(row),
            builtin=False,
            created_by_id=db.practitioner_id,
        )
        s.add(template)
        s.flush()
        return template_info(template)


def apply_template(db: Database, template_id: int, session_id: int) -> list[NeedleInfo]:
    """Chart the template's needles (after any already charted), join its EA
    pairs and set its planned retention, all in one unit of work: either the
    whole template lands or nothing does.

    Raises:
        SignedRecordError: the session is signed.
        NotFound: no such template or session.
        ValidationError: the template holds a value the record does not allow.
    """
    with db.read() as s:
        template = s.get(ProtocolTemplate, template_id)
        if template is None:
            raise NotFound(f"template {template_id} does not exist")
        body = _check_body(copy.deepcopy(template.body))
    prepared = []
    for needle in body["needles"]:
        clean = v.needle_fields(
            {
                **(needle.get("settings") or {}),
                "side": needle["side"],
                "x": needle["x"],
                "y": needle["y"],
                "view": needle["view"],
            }
        )
        prepared.append((needle.get("point_code"), (needle.get("ashi_label") or "").strip() or None, clean))
    channel_fields = [_clean_channel(c.get("settings") or {}) for c in body.get("channels", [])]
    retention = body.get("planned_retention_min")
    with db.unit() as s:
        row = load_for_edit(s, session_id)
        seq = s.scalar(
            select(func.coalesce(func.max(NeedleRecord.seq), 0)).where(NeedleRecord.session_id == session_id)
        )
        created: list[NeedleRecord] = []
        for point_code, ashi_label, clean in prepared:
            seq += 1
            needle = NeedleRecord(session_id=session_id, seq=seq, point_code=point_code, ashi_label=ashi_label, **clean)
            s.add(needle)
            created.append(needle)
        s.flush()
        for channel, fields in zip(body.get("channels", []), channel_fields, strict=True):
            ea = EAChannel(
                session_id=session_id,
                needle_a_id=created[channel["a"]].id,
                needle_b_id=created[channel["b"]].id,
                **fields,
            )
            _check_frequency_pair(ea)
            row.channels.append(ea)
        if retention is not None:
            row.planned_retention_min = int(retention)
        touch(row)
        s.flush()
        return [needle_info(n) for n in created]


def list_templates(db: Database) -> list[TemplateInfo]:
    """All templates: built-ins first, then by name."""
    with db.read() as s:
        rows = s.scalars(
            select(ProtocolTemplate).order_by(ProtocolTemplate.builtin.desc(), func.lower(ProtocolTemplate.name))
        )
        return [template_info(r) for r in rows]


def get_template(db: Database, template_id: int) -> TemplateInfo:
    with db.read() as s:
        row = s.get(ProtocolTemplate, template_id)
        if row is None:
            raise NotFound(f"template {template_id} does not exist")
        return template_info(row)


def delete_template(db: Database, template_id: int) -> TemplateInfo:
    """Delete a template of the practice's own; built-ins cannot be deleted."""
    with db.unit() as s:
        row = s.get(ProtocolTemplate, template_id)
        if row is None:
            raise NotFound(f"template {template_id} does not exist")
        if row.builtin:
            raise UserError(f"template '{row.name}' is built in and cannot be deleted")
        snapshot = template_info(row)
        s.delete(row)
        return snapshot


# --- built-ins -----------------------------------------------------------------------


def builtin_definitions() -> list[dict[str, Any]]:
    """The built-in templates as written in ``resources/templates/builtin.json``."""
    text = resources.files("resources.templates").joinpath("builtin.json").read_text(encoding="utf-8")
    return json.loads(text)["templates"]


def expand_definition(definition: dict[str, Any]) -> dict[str, Any]:
    """A template body from a compact definition: library points resolved to
    one needle per side, at the library's diagram positions.

    Raises:
        ValidationError: a point code the library does not know, or a side it does not have.
    """
    common = dict(definition.get("settings") or {})
    needles = []
    for entry in definition["needles"]:
        settings = {**common, **(entry.get("settings") or {})}
        if "code" in entry:
            for spec in resolve_point(entry["code"], entry.get("side", "both"), entry.get("view")):
                needles.append(
                    {
                        "point_code": spec.point_code,
                        "side": spec.side,
                        "view": spec.view,
                        "x": spec.x,
                        "y": spec.y,
                        "settings": dict(settings),
                    }
                )
        else:
            (near,) = resolve_point(entry["near"], entry.get("side", "left"), entry.get("view"))
            needles.append(
                {
                    "ashi_label": entry["ashi"],
                    "side": near.side,
                    "view": near.view,
                    "x": near.x,
                    "y": near.y,
                    "settings": dict(settings),
                }
            )
    body = {
        "version": BODY_VERSION,
        "planned_retention_min": definition.get("planned_retention_min"),
        "needles": needles,
        "channels": [dict(c) for c in definition.get("channels", [])],
    }
    return _check_body(body)


def ensure_builtin_templates(db: Database) -> list[TemplateInfo]:
    """Add the built-in templates that are missing and bring changed ones up to
    date (idempotent).  A practice's own template that happens to carry a
    built-in's name is left alone.  Returns the built-in templates."""
    definitions = [(d, expand_definition(d)) for d in builtin_definitions()]
    out = []
    with db.unit() as s:
        for definition, body in definitions:
            row = s.scalar(select(ProtocolTemplate).where(ProtocolTemplate.name == definition["name"]))
            if row is None:
                row = ProtocolTemplate(
                    name=definition["name"],
                    condition=definition.get("condition", ""),
                    notes=definition["notes"],
                    body=body,
                    builtin=True,
                )
                s.add(row)
            elif row.builtin:
                if row.body != body:
                    row.body = body
                if row.notes != definition["notes"]:
                    row.notes = definition["notes"]
                if row.condition != definition.get("condition", ""):
                    row.condition = definition.get("condition", "")
            else:
                continue
            s.flush()
            out.append(template_info(row))
    return out
