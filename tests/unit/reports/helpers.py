"""PDF inspection helpers for the report tests (poppler tools, skipped when missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: poppler-utils / qpdf)")
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    return pdf_text(path).split("\f")[:-1]


def font_rows(path: Path) -> list[list[str]]:
    out = subprocess.run([need("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def assert_fonts_embedded(path: Path) -> None:
    rows = font_rows(path)
    assert rows, "the PDF lists no fonts"
    for row in rows:
        # columns from the right: object ID (2), uni, sub, emb
        emb = row[-5]
        assert emb == "yes", f"font {row[0]} is not embedded"
    names = " ".join(r[0] for r in rows)
    assert "Helvetica" not in names and "Times" not in names


def assert_qpdf_clean(path: Path) -> None:
    result = subprocess.run([need("qpdf"), "--check", str(path)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
