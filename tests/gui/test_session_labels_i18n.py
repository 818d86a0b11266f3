"""The needle table's headers, tips and values and the notes labels reach the translator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel

import ui.i18n as i18n
from charting.vocabulary import ANGLES, TECHNIQUES
from ui.session.needle_model import COL, COLUMNS, VALUE_LABELS, QtNeedleTableModel
from ui.session.notes import TEXT_FIELDS, QtNotesPanel, without_mnemonic


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    yield qapp
    i18n.remove_translators(qapp)


def _label_of(panel: QtNotesPanel, field: str) -> str:
    form = panel.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(panel.editors[field])
    assert isinstance(label, QLabel)
    return label.text()


def test_every_stored_angle_and_technique_is_marked_for_translation():
    assert set(ANGLES) | set(TECHNIQUES) == set(VALUE_LABELS)


def test_needle_table_headers_and_tips_in_chinese(chinese):
    model = QtNeedleTableModel()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert header == ["穴位", "侧", "针号", "针长", "深度", "角度", "手法", "得气", "进针", "出针", "留针"]
    tip = model.headerData(COL["gauge_mm"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "针号（直径），单位毫米，0.12–0.45"
    assert QCoreApplication.translate("QtNeedleTableModel", "perpendicular") == "直刺"
    assert QCoreApplication.translate("QtNeedleTableModel", "lifting-thrusting") == "提插"


def test_notes_labels_in_chinese_keep_mnemonics_and_plain_accessible_names(chinese, qtbot):
    panel = QtNotesPanel()
    qtbot.addWidget(panel)
    assert _label_of(panel, "subjective") == "主诉(&S)："
    assert _label_of(panel, "pulse") == "脉象(&U)："
    assert panel.editors["plan"].accessibleName() == "治疗计划"
    assert panel.editors["tongue"].accessibleName() == "舌象"


def test_notes_labels_in_english_are_unchanged(qtbot):
    panel = QtNotesPanel()
    qtbot.addWidget(panel)
    for field, label, _ in TEXT_FIELDS:
        assert _label_of(panel, field) == label + ":"
        assert panel.editors[field].accessibleName() == label.replace("&", "")


@pytest.mark.parametrize(
    ("label", "plain"),
    [
        ("P&lan", "Plan"),
        ("&Other notes", "Other notes"),
        ("治疗计划(&L)", "治疗计划"),
        ("Fish && chips", "Fish & chips"),
    ],
)
def test_without_mnemonic(label, plain):
    assert without_mnemonic(label) == plain
