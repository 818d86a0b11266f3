"""Clinic-wide settings: name, address, logo, paper, billing block, needle defaults, backups.

Stored as key/value rows in the ``clinic_settings`` table (shared by every
workstation on the same database).  :func:`get_settings` returns a frozen
:class:`ClinicSettings` snapshot with defaults filled in for keys never saved;
:func:`update_settings` validates every field before writing anything, so a bad
value leaves the stored settings untouched.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from charting import validation as v
from charting.db.engine import Database
from charting.errors import ValidationError

PAPER_SIZES = ("A4", "Letter")

#: How many backups may be kept (fewest, most).
BACKUP_KEEP_RANGE = (1, 365)

#: The first bytes of the image files a logo may be.
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
}


@dataclasses.dataclass(frozen=True, slots=True)
class ClinicSettings:
    """The clinic's settings as one snapshot.

    Attributes:
        clinic_name: printed at the top of every report.
        clinic_address: printed under the name (may span lines).
        logo_path: a PNG or JPEG printed in the report header, or ``""`` for none.
        paper_size: ``"A4"`` or ``"Letter"``.
        billing_block: print suggested acupuncture procedure codes on session summaries.
        default_gauge_mm: needle gauge proposed for a new needle.
        default_length_mm: needle length proposed for a new needle.
        planned_retention_min: retention time proposed for a new session.
        backup_folder: where online backups are written (``""``: next to the database).
        backup_keep: how many backups to keep before the oldest is deleted.
    """

    clinic_name: str = ""
    clinic_address: str = ""
    logo_path: str = ""
    paper_size: str = "A4"
    billing_block: bool = False
    default_gauge_mm: float = 0.25
    default_length_mm: float = 40.0
    planned_retention_min: int = 20
    backup_folder: str = ""
    backup_keep: int = 14


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ClinicSettings))
DEFAULTS = ClinicSettings()


def _encode(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _decode(name: str, raw: str) -> Any:
    """The typed value of a stored row; a damaged row falls back to the default."""
    default = getattr(DEFAULTS, name)
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(float(raw))
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        return default
    return raw


def _check_logo(value: Any) -> str:
    path_text = v.text("logo", value, max_length=1000)
    if not path_text:
        return ""
    path = Path(path_text).expanduser()
    if not path.is_file():
        raise ValidationError("logo", f"file {path} does not exist")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ValidationError("logo", f"cannot read {path}: {exc.strerror}") from None
    if not any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        raise ValidationError("logo", f"{path.name} is not a PNG or JPEG image; allowed: PNG, JPEG")
    return str(path.resolve())


def _check_int(label: str, value: Any, low: int, high: int) -> int:
    parsed = v.number(label, value, integer=True)
    if parsed is None:
        raise ValidationError(label, f"is required; allowed range {low}–{high}")
    if not low <= parsed <= high:
        raise ValidationError(label, f"{parsed} is outside the allowed range {low}–{high}")
    return int(parsed)


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and parse settings as typed; raises :class:`ValidationError` on the first bad one."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "clinic_name":
            out[name] = v.text("clinic name", value, max_length=200)
        elif name == "clinic_address":
            out[name] = v.text("clinic address", value, max_length=1000)
        elif name == "logo_path":
            out[name] = _check_logo(value)
        elif name == "paper_size":
            out[name] = v.one_of("paper_size", value, PAPER_SIZES, optional=False)
        elif name == "billing_block":
            if not isinstance(value, bool):
                raise ValidationError("billing block", "must be on or off")
            out[name] = value
        elif name in ("default_gauge_mm", "default_length_mm"):
            parsed = v.in_range(name.removeprefix("default_"), value)
            if parsed is None:
                label = v.LABELS[name.removeprefix("default_")][0]
                raise ValidationError(f"default {label}", "is required")
            out[name] = float(parsed)
        elif name == "planned_retention_min":
            parsed = v.in_range(name, value, integer=True)
            if parsed is None:
                raise ValidationError("planned retention", "is required")
            out[name] = int(parsed)
        elif name == "backup_folder":
            folder = v.text("backup folder", value, max_length=1000)
            if folder and Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
                raise ValidationError("backup folder", f"{folder} is a file, not a folder")
            out[name] = str(Path(folder).expanduser()) if folder else ""
        elif name == "backup_keep":
            out[name] = _check_int("backups kept", value, *BACKUP_KEEP_RANGE)
        else:
            raise ValidationError(name, f"is not a clinic setting; known: {', '.join(FIELDS)}")
    return out


def get_settings(db: Database) -> ClinicSettings:
    """The clinic's settings, with defaults for anything never saved."""
    from sqlalchemy import select

    from charting.db.models import ClinicSetting

    with db.read() as s:
        rows = s.execute(select(ClinicSetting.key, ClinicSetting.value).where(ClinicSetting.key.in_(FIELDS)))
        stored = {key: _decode(key, value or "") for key, value in rows}
    return dataclasses.replace(DEFAULTS, **stored)


def update_settings(db: Database, **fields: Any) -> ClinicSettings:
    """Validate and save the given settings in one transaction; returns the new snapshot.

    Raises:
        ValidationError: a field is unknown or out of range (nothing is saved).
    """
    from charting.db.models import ClinicSetting

    parsed = validate(fields)
    if parsed:
        with db.unit() as s:
            for name, value in parsed.items():
                row = s.get(ClinicSetting, name)
                if row is None:
                    s.add(ClinicSetting(key=name, value=_encode(name, value)))
                else:
                    row.value = _encode(name, value)
    return get_settings(db)
