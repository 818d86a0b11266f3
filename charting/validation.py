"""Field validation: every value a practitioner types is checked here first.

Messages name the field as the practitioner sees it and the allowed range, so
the window, the CLI and import all say the same thing.  The database's CHECK
constraints repeat these limits as a last line of defence.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from charting.errors import ValidationError
from charting.vocabulary import RANGES

#: What each range-checked field is called on screen, and its unit.
LABELS: dict[str, tuple[str, str]] = {
    "gauge_mm": ("needle gauge", "mm"),
    "length_mm": ("needle length", "mm"),
    "depth_mm": ("depth", "mm"),
    "frequency_hz": ("frequency", "Hz"),
    "frequency_high_hz": ("high frequency", "Hz"),
    "pulse_width_us": ("pulse width", "µs"),
    "intensity_ma": ("intensity", "mA"),
    "duration_min": ("EA duration", "min"),
    "planned_retention_min": ("planned retention", "min"),
    "pregnancy_weeks": ("pregnancy weeks", "weeks"),
    "x": ("diagram x", ""),
    "y": ("diagram y", ""),
}

_RANGE_KEY = {"frequency_high_hz": "frequency_hz"}


def _fmt(value: float) -> str:
    return f"{value:g}"


def number(field: str, value: Any, *, integer: bool = False) -> float | int | None:
    """Parse a number typed by a person (``None`` or ``""`` means not recorded)."""
    label = LABELS.get(field, (field.replace("_", " "), ""))[0]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(label, "must be a number")
    try:
        parsed = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(label, f"'{value}' is not a number") from None
    if not math.isfinite(parsed):
        raise ValidationError(label, "must be a finite number")
    if integer:
        if parsed != int(parsed):
            raise ValidationError(label, "must be a whole number")
        return int(parsed)
    return parsed


def in_range(field: str, value: Any, *, integer: bool = False) -> float | int | None:
    """Parse ``value`` and check it lies in the plausible range for ``field``."""
    parsed = number(field, value, integer=integer)
    if parsed is None:
        return None
    low, high = RANGES[_RANGE_KEY.get(field, field)]
    label, unit = LABELS[field]
    if not low <= parsed <= high:
        unit_text = f" {unit}" if unit else ""
        raise ValidationError(
            label, f"{_fmt(parsed)}{unit_text} is outside the allowed range {_fmt(low)}–{_fmt(high)}{unit_text}"
        )
    return parsed


def one_of(field: str, value: Any, allowed: Iterable[str], *, optional: bool = True) -> str | None:
    """Check ``value`` is one of ``allowed`` (``None``/empty allowed when optional)."""
    label = field.replace("_", " ")
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError(label, "is required")
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(label, f"'{value}' is not one of: {', '.join(allowed)}")
    return str(value)


def text(field: str, value: Any, *, max_length: int = 10_000, required: bool = False) -> str:
    label = field.replace("_", " ")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(label, "must be text")
    value = value.strip()
    if required and not value:
        raise ValidationError(label, "is required")
    if len(value) > max_length:
        raise ValidationError(label, f"is {len(value)} characters long; at most {max_length} are allowed")
    return value


def aware(field: str, value: Any) -> dt.datetime | None:
    """A timezone-aware datetime (ISO text accepted), converted to UTC."""
    label = field.replace("_", " ")
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(label, f"'{value}' is not a date and time (ISO 8601)") from None
    if not isinstance(value, dt.datetime):
        raise ValidationError(label, "must be a date and time")
    if value.tzinfo is None:
        value = value.astimezone()  # a local wall-clock time, as typed in the clinic
    return value.astimezone(dt.UTC)


def date(field: str, value: Any) -> dt.date | None:
    label = field.replace("_", " ")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(label, f"'{value}' is not a date (YYYY-MM-DD)") from None
    raise ValidationError(label, "must be a date")


def needle_fields(fields: dict[str, Any], *, length_mm: float | None = None) -> dict[str, Any]:
    """Validate the editable settings of a needle; returns the parsed values.

    ``length_mm`` is the needle's stored length, used to check depth when only
    the depth changes.
    """
    from charting import vocabulary as m

    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("gauge_mm", "length_mm", "depth_mm"):
            out[key] = in_range(key, value)
        elif key == "angle":
            out[key] = one_of("angle", value, m.ANGLES)
        elif key == "technique":
            out[key] = one_of("technique", value, m.TECHNIQUES)
        elif key in ("response_sought", "response_obtained"):
            out[key] = one_of(key, value, m.RESPONSES)
        elif key == "deqi":
            out[key] = None if value is None else bool(value)
        elif key == "side":
            out[key] = one_of("side", value, m.SIDES, optional=False)
        elif key in ("x", "y"):
            out[key] = in_range(key, value)
        elif key in ("inserted_at", "removed_at"):
            out[key] = aware(key, value)
        elif key in ("manufacturer", "material", "lot_number", "depth_level", "view"):
            out[key] = text(key, value, max_length=120)
        elif key in ("notes", "ashi_label"):
            out[key] = text(key, value)
        elif key == "point_code":
            out[key] = value
        else:
            raise ValidationError(key, "is not a needle setting")
    length = out.get("length_mm", length_mm)
    depth = out.get("depth_mm")
    if depth is not None and length is not None and depth > length:
        raise ValidationError(
            "depth",
            f"{_fmt(depth)} mm is deeper than the needle is long ({_fmt(length)} mm); allowed 0–{_fmt(length)} mm",
        )
    return out
