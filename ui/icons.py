"""The application icon (kept apart from the About dialog so start-up can load it cheaply)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon


def app_icon() -> QIcon:
    """The AcuChart icon in every rendered size (also the window icon)."""
    icon = QIcon()
    try:
        folder = Path(str(files("resources").joinpath("icons")))
    except (ModuleNotFoundError, OSError):  # a broken install: no icon rather than no app
        return icon
    for path in sorted(folder.glob("acuchart-*.png")):
        icon.addFile(str(path))
    svg = folder / "acuchart.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon
