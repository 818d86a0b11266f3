"""Writing patients out as an exchange document (format version 1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from charting.db import models as m
from charting.db.engine import Database
from charting.errors import NotFound
from charting.exchange import spec


def _value(field: spec.Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind == "datetime":
        return value.astimezone(dt.UTC).isoformat()
    if field.kind == "date":
        return value.isoformat()
    if field.kind == "uuid":
        return str(value)
    if field.kind == "number":
        return float(value)
    if field.kind == "scores":
        return list(value)
    return value


def _plain(fields: Iterable[spec.Field], row: Any, refs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in fields:
        if field.name in refs:
            out[field.name] = refs[field.name]
        else:
            out[field.name] = _value(field, getattr(row, field.name))
    return out


def _username(row: m.Practitioner | None, users: dict[int, m.Practitioner]) -> str | None:
    if row is None:
        return None
    users[row.id] = row
    return row.username


def _session(row: m.TreatmentSession, cases: dict[int, str], users: dict[int, m.Practitioner]) -> dict[str, Any]:
    needle_uuid = {n.id: str(n.uuid) for n in row.needles}
    out = _plain(
        spec.SESSION,
        row,
        {"case": cases.get(row.case_id) if row.case_id else None,
         "practitioner": _username(row.practitioner, users)},
    )
    out["signature"] = (
        {"signed_by": _username(row.signed_by, users), "signed_at": _value(spec.SIGNATURE[1], row.signed_at)}
        if row.status == "signed"
        else None
    )
    out["needles"] = [_plain(spec.NEEDLE, n, {}) for n in row.needles]
    out["ea_channels"] = [
        _plain(spec.CHANNEL, c, {"needle_a": needle_uuid[c.needle_a_id], "needle_b": needle_uuid[c.needle_b_id]})
        for c in row.channels
    ]
    out["modalities"] = [_plain(spec.MODALITY, x, {}) for x in row.modalities]
    out["outcomes"] = [_plain(spec.OUTCOME, x, {}) for x in row.outcomes]
    out["adverse_events"] = [_plain(spec.ADVERSE, x, {}) for x in row.adverse_events]
    out["acknowledgements"] = [
        _plain(spec.ACKNOWLEDGEMENT, a, {"acknowledged_by": _username(a.acknowledged_by, users)})
        for a in row.acknowledgements
    ]
    out["addenda"] = [_plain(spec.ADDENDUM, a, {"author": _username(a.author, users)}) for a in row.addenda]
    return out


def export_patients(db: Database, patient_ids: Iterable[int]) -> dict[str, Any]:
    """An exchange document holding these patients and everything charted for them."""
    from charting import __version__

    ids = list(dict.fromkeys(patient_ids))
    users: dict[int, m.Practitioner] = {}
    patients = []
    with db.read() as s:
        for patient_id in ids:
            patient = s.get(m.Patient, patient_id)
            if patient is None:
                raise NotFound(f"patient {patient_id} does not exist")
            cases = {c.id: str(c.uuid) for c in patient.cases}
            item = _plain(spec.PATIENT, patient, {})
            item["cases"] = [_plain(spec.CASE, c, {}) for c in patient.cases]
            consent_users = {}
            for consent in patient.consents:
                obtained = s.get(m.Practitioner, consent.obtained_by_id) if consent.obtained_by_id else None
                consent_users[consent.id] = _username(obtained, users)
            item["consents"] = [
                _plain(
                    spec.CONSENT,
                    c,
                    {"case": cases.get(c.case_id) if c.case_id else None, "obtained_by": consent_users[c.id]},
                )
                for c in patient.consents
            ]
            rows = s.scalars(
                select(m.TreatmentSession)
                .where(m.TreatmentSession.patient_id == patient_id)
                .order_by(m.TreatmentSession.started_at, m.TreatmentSession.id)
                .options(
                    selectinload(m.TreatmentSession.needles),
                    selectinload(m.TreatmentSession.channels),
                    selectinload(m.TreatmentSession.modalities),
                    selectinload(m.TreatmentSession.outcomes),
                    selectinload(m.TreatmentSession.adverse_events),
                    selectinload(m.TreatmentSession.acknowledgements),
                    selectinload(m.TreatmentSession.addenda),
                )
            )
            item["sessions"] = [_session(row, cases, users) for row in rows]
            patients.append(item)
        practitioners = [_plain(spec.PRACTITIONER, p, {}) for p in sorted(users.values(), key=lambda p: p.username)]
    return {
        "format": spec.FORMAT,
        "version": spec.VERSION,
        "exported": {
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "by": db.actor,
            "app_version": __version__,
        },
        "practitioners": practitioners,
        "patients": patients,
    }


def export_patient(db: Database, patient_id: int) -> dict[str, Any]:
    """An exchange document holding one patient."""
    return export_patients(db, [patient_id])
