"""Allowed values and plausible ranges of the clinical record.

Plain Python, so validation, the first screen and the UI can use them without
loading the ORM; :mod:`charting.db.models` turns the same values into CHECK
constraints, so the database and the forms can never disagree.
"""

from __future__ import annotations

SEXES = ("female", "male", "other", "unknown")
SIDES = ("left", "right", "midline")
ANGLES = ("perpendicular", "oblique", "transverse")
TECHNIQUES = ("even", "tonifying", "reducing", "lifting-thrusting", "rotating", "none")
RESPONSES = ("deqi", "muscle twitch", "none")
WAVEFORMS = ("continuous", "dense-disperse", "intermittent")
POLARITIES = ("a+", "b+", "symmetric")
INTENSITY_DESCRIPTORS = ("sub-motor", "visible twitch", "to tolerance")
MODALITY_KINDS = (
    "moxibustion",
    "cupping",
    "heat lamp",
    "manual therapy",
    "herbs",
    "exercise",
    "advice",
    "other",
)
OUTCOME_TIMINGS = ("before", "after")
OUTCOME_MEASURES = (
    "nrs_back",
    "nrs_leg",
    "vas",
    "odi",
    "rmdq",
    "slr_left",
    "slr_right",
    "psfs",
    "pgic",
    "free",
)
SESSION_STATUSES = ("draft", "signed")
ADVERSE_KINDS = (
    "bleeding",
    "haematoma",
    "pain at site",
    "fainting",
    "nausea",
    "burn",
    "stuck or bent needle",
    "forgotten needle",
    "pneumothorax",
    "other",
)
ADVERSE_SEVERITIES = ("mild", "moderate", "severe")
ACUPUNCTURE_STYLES = (
    "TCM",
    "Japanese",
    "Korean",
    "Western medical",
    "five element",
    "auricular",
    "other",
)
INDIVIDUALISATION = ("fixed", "semi-standardised", "individualised")
AUDIT_ACTIONS = ("create", "update", "delete")

RANGES: dict[str, tuple[float, float]] = {
    "gauge_mm": (0.12, 0.45),
    "length_mm": (7, 125),
    "depth_mm": (0, 125),
    "frequency_hz": (0.5, 200),
    "pulse_width_us": (20, 1000),
    "intensity_ma": (0, 50),
    "duration_min": (1, 60),
    "planned_retention_min": (1, 120),
    "pregnancy_weeks": (0, 45),
    "x": (0, 1),
    "y": (0, 1),
}
