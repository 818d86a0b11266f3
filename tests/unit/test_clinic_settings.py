"""Clinic settings: defaults, round trip, validation that loses nothing."""

from __future__ import annotations

import struct
import zlib

import pytest

from charting.clinic_settings import DEFAULTS, ClinicSettings, get_settings, update_settings
from charting.errors import ValidationError


def png_bytes(width: int = 4, height: int = 2) -> bytes:
    """A valid RGB PNG (a small green-blue gradient), made without an image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(v for x in range(width) for v in (30, 120 + 10 * x, 160))
    rows = row * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


PNG_LOGO = png_bytes()


def test_defaults_when_nothing_saved(db):
    settings = get_settings(db)
    assert settings == ClinicSettings()
    assert settings.paper_size == "A4"
    assert settings.billing_block is False


def test_demo_clinic_name_is_read(demo_db):
    settings = get_settings(demo_db)
    assert settings.clinic_name == "AcuChart Demo Clinic"
    assert "Harbour Street" in settings.clinic_address


def test_round_trip_every_field(db, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_LOGO)
    backups = tmp_path / "backups"
    backups.mkdir()
    saved = update_settings(
        db,
        clinic_name="Harbour Acupuncture",
        clinic_address="1 Quay\nPort Town",
        logo_path=str(logo),
        paper_size="Letter",
        billing_block=True,
        default_gauge_mm="0,30",
        default_length_mm=50,
        planned_retention_min="25",
        backup_folder=str(backups),
        backup_keep=30,
    )
    assert saved == get_settings(db)
    assert saved.clinic_name == "Harbour Acupuncture"
    assert saved.clinic_address == "1 Quay\nPort Town"
    assert saved.logo_path == str(logo.resolve())
    assert saved.paper_size == "Letter"
    assert saved.billing_block is True
    assert saved.default_gauge_mm == pytest.approx(0.30)
    assert saved.default_length_mm == 50.0
    assert saved.planned_retention_min == 25
    assert saved.backup_folder == str(backups)
    assert saved.backup_keep == 30
    # Turning the billing block off again is stored too.
    assert update_settings(db, billing_block=False).billing_block is False


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"paper_size": "A5"}, "paper size", "A4, Letter"),
        ({"default_gauge_mm": 0.9}, "needle gauge", "0.12–0.45 mm"),
        ({"default_length_mm": 3}, "needle length", "7–125 mm"),
        ({"planned_retention_min": 500}, "planned retention", "1–120 min"),
        ({"planned_retention_min": "abc"}, "planned retention", "not a number"),
        ({"backup_keep": 0}, "backups kept", "1–365"),
        ({"logo_path": "/nonexistent/logo.png"}, "logo", "does not exist"),
        ({"colour": "red"}, "colour", "not a clinic setting"),
    ],
)
def test_bad_values_name_field_and_range_and_save_nothing(db, fields, field, words):
    update_settings(db, clinic_name="Kept")
    with pytest.raises(ValidationError) as info:
        update_settings(db, clinic_address="should not be saved", **fields)
    assert info.value.field == field
    assert words in str(info.value)
    after = get_settings(db)
    assert after.clinic_name == "Kept"
    assert after.clinic_address == DEFAULTS.clinic_address


def test_logo_must_be_png_or_jpeg(db, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    with pytest.raises(ValidationError, match="not a PNG or JPEG"):
        update_settings(db, logo_path=str(fake))
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    assert update_settings(db, logo_path=str(jpeg)).logo_path == str(jpeg.resolve())
    assert update_settings(db, logo_path="").logo_path == ""


def test_backup_folder_must_not_be_a_file(db, tmp_path):
    afile = tmp_path / "x.txt"
    afile.write_text("x")
    with pytest.raises(ValidationError, match="backup folder"):
        update_settings(db, backup_folder=str(afile))


def test_settings_on_postgres(pg_db):
    assert update_settings(pg_db, paper_size="Letter", billing_block=True).paper_size == "Letter"
    assert get_settings(pg_db).billing_block is True
