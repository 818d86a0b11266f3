"""Translations: Simplified Chinese loads from a setting or the locale; English stays English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

import ui.i18n as i18n
from ui.dialogs.welcome import QtWelcomeDialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "acuchart_zh_CN.ts"
QM = TRANSLATIONS / "acuchart_zh_CN.qm"
_NOT_DONE = ("unfinished", "vanished", "obsolete")


@pytest.fixture
def app(qapp):
    """The application, with translators and the default locale restored afterwards."""
    saved_locale = QLocale()
    yield qapp
    i18n.remove_translators(qapp)
    QLocale.setDefault(saved_locale)


@pytest.fixture
def store(tmp_path, monkeypatch) -> QSettings:
    settings = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "workstation_settings", lambda: settings)
    return settings


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_chinese_translates_known_strings(app):
    assert i18n.install_translator(app, "zh_CN") == "zh_CN"
    assert _tr("QtSettingsDialog", "Settings") == "设置"
    assert _tr("QtSettingsDialog", "Planned retention in minutes") == "计划留针时间（分钟）"
    assert _tr("QtSettingsDialog", "&Printing and backups") == "打印与备份(&P)"  # a title keeps its mnemonic
    assert _tr("QtWelcomeDialog", "Welcome to AcuChart") == "欢迎使用 AcuChart"
    assert QCoreApplication.translate("QtWelcomeDialog", "At least %n characters", None, 8) == "至少 8 个字符"


def test_a_dialog_built_after_install_shows_chinese(app, qtbot, db):
    i18n.install_translator(app, "zh_CN")
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "欢迎使用 AcuChart"
    assert dialog.create_button.text() == "创建账户(&C)"


def test_english_does_not_translate(app, qtbot, db):
    i18n.install_translator(app, "zh_CN")
    assert i18n.install_translator(app, "en") is None  # replaces the Chinese catalogue
    assert _tr("QtSettingsDialog", "Settings") == "Settings"
    dialog = QtWelcomeDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to AcuChart"


def test_the_language_comes_from_the_workstation_setting(app, store):
    store.setValue(i18n.LANGUAGE_KEY, "zh_CN")
    assert i18n.configured_language() == "zh_CN"
    assert i18n.install_translator(app) == "zh_CN"
    assert _tr("QtSettingsDialog", "Settings") == "设置"
    store.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.install_translator(app) is None
    assert _tr("QtSettingsDialog", "Settings") == "Settings"


def test_system_language_follows_the_locale(app, store, monkeypatch):
    store.setValue(i18n.LANGUAGE_KEY, "")
    monkeypatch.setattr(i18n, "locale_for", lambda language: QLocale("zh_CN") if not language else QLocale(language))
    assert i18n.install_translator(app) == "zh_CN"
    monkeypatch.setattr(i18n, "locale_for", lambda language: QLocale("en_GB") if not language else QLocale(language))
    assert i18n.install_translator(app) is None


def test_an_unknown_stored_language_falls_back_to_the_system(store):
    store.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.configured_language() == ""


def test_qt_own_strings_are_translated_too(app, qtbot):
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_zh_CN.qm").is_file():
        pytest.skip(f"Qt's own Chinese translations are not installed in {qt_dir}")
    i18n.install_translator(app, "zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("(&C)", "") == "取消"


def test_the_catalogue_is_found_as_a_package_resource():
    folder = i18n.translations_dir()
    assert folder is not None
    assert (folder / "acuchart_zh_CN.qm").is_file()


def _ts_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_catalogued_string_is_translated():
    unfinished = [source for _, source, tr in _ts_messages() if tr.get("type") in _NOT_DONE]
    assert not unfinished, f"untranslated in {TS.name}: {unfinished[:10]}"


def test_committed_qm_matches_the_ts(app, tmp_path):
    """The shipped .qm is compiled from the committed .ts (run packaging/update_translations.sh)."""
    committed = QTranslator()
    assert committed.load(str(QM))
    for context, source, tr in _ts_messages():
        if tr.get("type") in _NOT_DONE:
            continue
        plural = tr.find("numerusform")
        if plural is not None:
            expected, got = plural.text, committed.translate(context, source, None, 1)
        else:
            expected, got = tr.text, committed.translate(context, source)
        assert got == expected, f"{QM.name} is stale for {context}: {source!r} (run packaging/update_translations.sh)"


def test_lrelease_compiles_the_ts_to_the_same_catalogue(tmp_path):
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    lrelease = str(beside_python) if beside_python.is_file() else shutil.which("pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), f"{QM.name} is not {TS.name} compiled: run update_translations.sh"
