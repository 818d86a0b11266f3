"""Translations of the user interface, and the per-workstation settings they read.

Every UI string goes through Qt's translation functions (``self.tr`` in QObject
subclasses, ``QCoreApplication.translate("Context", ...)`` elsewhere).  The
Simplified Chinese catalogue is ``resources/translations/acuchart_zh_CN.qm``,
compiled from ``acuchart_zh_CN.ts`` (see ``packaging/update_translations.sh``).

The language comes from the workstation setting ``ui/language`` (``""`` means
follow the system), else from the system locale.  Call
:func:`install_translator` once after the ``QApplication`` exists and before
the first window is built; changing the language later takes effect at the
next start (the settings dialog says so).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

ORG_NAME = "AcuChart"
APP_NAME = "AcuChart"
#: QSettings key of the chosen UI language: "" (system), "en" or "zh_CN".
LANGUAGE_KEY = "ui/language"
#: The languages offered in the settings dialog: (code, name shown in that language).
LANGUAGES: tuple[tuple[str, str], ...] = (("", "System"), ("en", "English"), ("zh_CN", "简体中文"))
#: Base name of the app's catalogues: acuchart_<locale>.qm.
CATALOGUE = "acuchart"

_installed: list[QTranslator] = []


def workstation_settings() -> QSettings:
    """The per-workstation settings (language, idle lock), where Qt and the platform keep them.

    Names the organisation and application explicitly, so it is the same store
    as a default ``QSettings()`` once ``ui.app`` has set them, and also before.
    """
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def configured_language(settings: QSettings | None = None) -> str:
    """The language chosen on this workstation: ``""`` (system), ``"en"`` or ``"zh_CN"``."""
    settings = settings or workstation_settings()
    value = settings.value(LANGUAGE_KEY, "")
    value = str(value or "").strip()
    return value if value in {code for code, _ in LANGUAGES} else ""


def translations_dir() -> Path | None:
    """The folder holding the compiled ``.qm`` catalogues, or None when it is missing."""
    try:
        folder = files("resources").joinpath("translations")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None


def locale_for(language: str | None) -> QLocale:
    """The locale of ``language`` (``None`` or ``""``: the system's)."""
    if not language or language == "system":
        return QLocale.system()
    return QLocale(language)


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the translators :func:`install_translator` installed."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(app: QCoreApplication, language: str | None = None) -> str | None:
    """Install the app's and Qt's own translations for ``language``.

    Args:
        app: the application.
        language: ``"zh_CN"``, ``"en"``, ``""`` for the system locale, or
            ``None`` to use the workstation setting (falling back to the system).

    Returns:
        The locale name whose AcuChart catalogue was loaded (``"zh_CN"``), or
        None when the interface stays in English.
    """
    remove_translators(app)
    if language is None:
        language = configured_language()
    locale = locale_for(language)
    if language and language != "system":
        QLocale.setDefault(locale)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    loaded: str | None = None
    folder = translations_dir()
    if folder is not None:
        ours = QTranslator(app)
        if ours.load(locale, CATALOGUE, "_", str(folder), ".qm"):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded = Path(ours.filePath()).stem.removeprefix(CATALOGUE + "_") or locale.name()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_folder and Path(qt_folder).is_dir():
        qt_own = QTranslator(app)
        if qt_own.load(locale, "qtbase", "_", qt_folder, ".qm"):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    return loaded
