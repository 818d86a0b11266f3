"""A large, valid exchange document, made without a database."""

from __future__ import annotations

import datetime as dt
import uuid


def _u() -> str:
    return str(uuid.uuid4())


def big_document(sessions: int, needles_per_session: int = 12) -> dict:
    codes = ["BL23", "BL25", "GB30", "BL40", "BL57", "GB34", "BL60", "GV4", "ST36", "KI3", "LR3", "LI4"]
    start = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
    items = []
    for k in range(sessions):
        begin = start + dt.timedelta(days=k)
        needles = []
        for n in range(needles_per_session):
            needles.append({
                "uuid": _u(), "seq": n + 1, "point_code": codes[n % len(codes)], "ashi_label": None,
                "side": "left", "view": "back", "x": 0.4, "y": 0.5, "gauge_mm": 0.25, "length_mm": 40.0,
                "depth_mm": 20.0, "depth_level": "", "angle": "perpendicular", "technique": "even", "deqi": True,
                "response_sought": "deqi", "response_obtained": "deqi", "manufacturer": "Hwato",
                "material": "stainless steel", "lot_number": "L1",
                "inserted_at": (begin + dt.timedelta(minutes=5)).isoformat(),
                "removed_at": (begin + dt.timedelta(minutes=25)).isoformat(), "notes": "",
            })
        items.append({
            "uuid": _u(), "case": None, "practitioner": "bulk", "started_at": begin.isoformat(),
            "ended_at": (begin + dt.timedelta(minutes=40)).isoformat(), "room": "", "subjective": f"visit {k}",
            "tongue": "", "pulse": "", "plan": "", "notes": "", "co_interventions": "",
            "planned_retention_min": 30, "ended_with_needles_in": False, "status": "draft", "signature": None,
            "needles": needles, "ea_channels": [], "modalities": [], "outcomes": [], "adverse_events": [],
            "acknowledgements": [], "addenda": [],
        })
    patient = {
        "uuid": _u(), "chart_number": "BIG-1", "family_name": "Bulk", "given_name": "Import",
        "date_of_birth": "1970-01-01", "sex": "female", "phone": "", "email": "", "address": "",
        "flag_implanted_device": False, "flag_pregnant": False, "flag_bleeding_risk": False,
        "flag_epilepsy": False, "flag_metal_allergy": False, "flag_needle_fainting": False,
        "flag_diabetes": False, "pregnancy_weeks": None, "other_flags": "",
        "cases": [], "consents": [], "sessions": items,
    }
    practitioner = {"uuid": _u(), "username": "bulk", "name": "Dr Bulk", "credentials": "", "licence_number": "",
                    "qualification": "", "affiliation": "", "years_in_practice": None}
    return {"format": "acuchart-export", "version": 1, "practitioners": [practitioner], "patients": [patient]}
