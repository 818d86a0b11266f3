"""Practitioners: the professional profile printed on records (accounts add a password)."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import Practitioner
from charting.errors import NotFound, ValidationError

PROFILE_FIELDS = (
    "name",
    "credentials",
    "licence_number",
    "qualification",
    "affiliation",
    "years_in_practice",
)


@dataclasses.dataclass(frozen=True, slots=True)
class PractitionerInfo:
    id: int
    uuid: str
    username: str
    name: str
    credentials: str
    licence_number: str
    qualification: str
    affiliation: str
    years_in_practice: int | None

    @property
    def display_name(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


def info(row: Practitioner) -> PractitionerInfo:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(PractitionerInfo)}
    values["uuid"] = str(row.uuid)
    return PractitionerInfo(**values)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in PROFILE_FIELDS:
            raise ValidationError(key, "is not a practitioner field")
        if key == "years_in_practice":
            years = v.number("years in practice", value, integer=True)
            if years is not None and not 0 <= years <= 80:
                raise ValidationError("years in practice", f"{years} is outside the allowed range 0–80")
            out[key] = years
        elif key == "name":
            out[key] = v.text("name", value, max_length=200, required=True)
        else:
            out[key] = v.text(key, value, max_length=300)
    return out


def create_practitioner(db: Database, username: str, **fields: Any) -> PractitionerInfo:
    username = v.text("username", username, max_length=64, required=True)
    clean = _clean(fields)
    with db.unit() as s:
        if s.scalar(select(Practitioner.id).where(Practitioner.username == username)):
            raise ValidationError("username", f"'{username}' is already taken")
        row = Practitioner(username=username, **clean)
        s.add(row)
        s.flush()
        return info(row)


def update_practitioner(db: Database, practitioner_id: int, **fields: Any) -> PractitionerInfo:
    clean = _clean(fields)
    with db.unit() as s:
        row = s.get(Practitioner, practitioner_id)
        if row is None:
            raise NotFound(f"practitioner {practitioner_id} does not exist")
        for key, value in clean.items():
            setattr(row, key, value)
        s.flush()
        return info(row)


def list_practitioners(db: Database) -> list[PractitionerInfo]:
    with db.read() as s:
        return [info(r) for r in s.scalars(select(Practitioner).order_by(Practitioner.name))]


def default_practitioner_id(db: Database) -> int | None:
    """The logged-in practitioner, else the only (first) one on record."""
    if db.practitioner_id is not None:
        return db.practitioner_id
    with db.read() as s:
        return s.scalar(select(Practitioner.id).order_by(Practitioner.id).limit(1))
