"""Help → About: version, licence, and the licences of the bundled fonts and libraries.

The font licences are read from ``resources/fonts`` (every ``LICENSE*``,
``OFL*`` or ``*.txt`` file there), so a font added with its licence file shows
up here without a code change.  Open it with ``QtAboutDialog(parent).exec()``.
"""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from charting import __version__
from ui.icons import app_icon

LICENCE = "GPL-3.0-or-later"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


@dataclass(frozen=True, slots=True)
class Component:
    """A library shipped with AcuChart and its licence.

    Attributes:
        name: what it is called.
        distribution: its package name, to look the installed version up ("" for none).
        licence: its licence, as an SPDX expression where one exists.
    """

    name: str
    distribution: str
    licence: str


#: The libraries in the wheel's dependencies and in the bundle (licences as their projects publish them).
LIBRARIES: tuple[Component, ...] = (
    Component("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Alembic", "alembic", "MIT"),
    Component("ReportLab", "reportlab", "BSD-3-Clause"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("psycopg 3", "psycopg", "LGPL-3.0-only"),
    Component("argon2-cffi", "argon2-cffi", "MIT"),
    Component("jsonschema", "jsonschema", "MIT"),
    Component("pypdfium2", "pypdfium2", "Apache-2.0 or BSD-3-Clause"),
    Component("PDFium", "", "BSD-3-Clause"),
    Component("Python", "", "PSF-2.0"),
)


@dataclass(frozen=True, slots=True)
class FontLicence:
    """A licence file shipped in ``resources/fonts``.

    Attributes:
        file: its file name.
        title: its first non-empty line (usually names the font and the licence).
        text: the whole licence text.
    """

    file: str
    title: str
    text: str


def _fonts_folder() -> Path | None:
    try:
        folder = Path(str(files("resources").joinpath("fonts")))
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    return folder if folder.is_dir() else None


def bundled_fonts(folder: Path | None = None) -> list[str]:
    """The font files shipped in ``resources/fonts`` (recursively), by name."""
    folder = folder or _fonts_folder()
    if folder is None:
        return []
    return sorted(p.name for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)


def font_licences(folder: Path | None = None) -> list[FontLicence]:
    """The licence texts shipped beside the fonts."""
    folder = folder or _fonts_folder()
    if folder is None:
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        name = path.name
        if not path.is_file() or not (
            name.upper().startswith(("LICENSE", "LICENCE", "OFL", "COPYING")) or path.suffix.lower() in (".txt", ".md")
        ):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        title = next((line.strip() for line in text.splitlines() if line.strip()), name)
        found.append(FontLicence(str(path.relative_to(folder)), title, text))
    return found


def installed_version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class QtAboutDialog(QDialog):
    """The About box.

    Attributes:
        details: the scrollable text with the licences of the fonts and libraries.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About AcuChart"))
        self.setAccessibleName(self.tr("About AcuChart"))

        logo = QLabel(self)
        logo.setAccessibleName(self.tr("AcuChart icon"))
        pixmap: QPixmap = app_icon().pixmap(96, 96)
        logo.setPixmap(pixmap)
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        heading.setText(
            "<h2>AcuChart {version}</h2><p>{what}</p><p>{licence}</p>".format(
                version=html.escape(__version__),
                what=html.escape(self.tr("Charting for acupuncture and electroacupuncture.")),
                licence=html.escape(
                    self.tr(
                        "AcuChart is free software: you can redistribute it and/or modify it under the terms "
                        "of the GNU General Public License, version 3 or (at your option) any later version "
                        "(%1). It comes with ABSOLUTELY NO WARRANTY."
                    ).replace("%1", LICENCE)
                ),
            )
        )
        heading.setAccessibleName(self.tr("Version and licence"))
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(heading, 1)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Licences of fonts and libraries"))
        self.details.setOpenExternalLinks(False)
        self.details.setHtml(self.details_html())
        self.details.setMinimumHeight(260)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.setAccessibleName(self.tr("About Qt"))
        about_qt.clicked.connect(self._about_qt)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(600, 560)

    def _about_qt(self) -> None:
        QApplication.aboutQt()

    def details_html(self) -> str:
        """The libraries, fonts and licence texts as HTML."""
        e = html.escape
        rows = []
        for lib in LIBRARIES:
            version = installed_version(lib.distribution)
            if lib.name == "Python":
                version = platform.python_version()
            elif lib.name.startswith("Qt"):
                version = f"Qt {qVersion()}, PySide6 {version}" if version else f"Qt {qVersion()}"
            rows.append(f"<tr><td>{e(lib.name)}</td><td>{e(version)}</td><td>{e(lib.licence)}</td></tr>")
        libraries = self.tr("Libraries")
        library, version_title, licence_title = self.tr("Library"), self.tr("Version"), self.tr("Licence")
        lgpl_note = self.tr("Qt and psycopg are used under the LGPL: you may replace them with your own builds.")
        fonts_title = self.tr("Fonts")
        no_fonts = self.tr("No fonts are bundled; the system fonts are used.")
        parts = [
            f"<h3>{e(libraries)}</h3>",
            "<table cellspacing='0' cellpadding='3'>",
            f"<tr><th align='left'>{e(library)}</th><th align='left'>{e(version_title)}</th>"
            f"<th align='left'>{e(licence_title)}</th></tr>",
            *rows,
            "</table>",
            f"<p>{e(lgpl_note)}</p>",
            f"<h3>{e(fonts_title)}</h3>",
        ]
        fonts = bundled_fonts()
        licences = font_licences()
        if fonts:
            parts.append("<ul>" + "".join(f"<li>{e(name)}</li>" for name in fonts) + "</ul>")
        else:
            parts.append(f"<p>{e(no_fonts)}</p>")
        for licence in licences:
            parts.append(f"<h4>{e(licence.file)} — {e(licence.title)}</h4>")
            parts.append(f"<pre style='white-space: pre-wrap'>{e(licence.text)}</pre>")
        return "\n".join(parts)
