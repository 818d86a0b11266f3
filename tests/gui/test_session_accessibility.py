"""Every interactive widget of the main window and the session editor has an accessible
name and takes the keyboard focus; the editor keeps working with a dark palette and at 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from charting import sessions
from ui.main_window import QtMainWindow

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def _owned(widget: QWidget, stop: tuple[QWidget, ...]) -> bool:
    """False for parts of composite widgets (a combo's line edit, a line edit's clear button)
    and for the panels other modules provide (they test their own)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)) or parent in stop:
            return False
        parent = parent.parentWidget()
    return True


@pytest.fixture
def window(qtbot, demo_db, monkeypatch, tmp_path):
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.StandardButton.No)
    win = QtMainWindow(demo_db)
    qtbot.addWidget(win)
    win.search_box.setText("Moreau")
    win.search_box.returnPressed.emit()
    session_id = win.browser.new_session(repeat_last=True)
    win.editor.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert win.editor.detail.id == session_id
    return win


def test_every_interactive_widget_has_a_name_and_takes_focus(window):
    editor = window.editor
    others = tuple(editor.panels.values())
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _owned(widget, others):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # parts Qt makes for a table or the menu bar
        if isinstance(widget, QAbstractItemView) and widget.parentWidget() is None:
            continue  # a completer popup before it is shown
        if not widget.accessibleName().strip():
            parent = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(parent).__name__} {parent.accessibleName()}")
        elif widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            missing.append(f"{widget.accessibleName()}: takes no focus")
    assert missing == [], "\n".join(missing)


def test_tab_order_reaches_the_point_entry_the_table_and_the_notes(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    # Walk the focus chain as Tab does: every widget that takes focus by Tab, in order.
    seen = []
    widget = window.search_box
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is window.search_box:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window) and widget.isEnabled():
            seen.append(widget)
    assert editor.point_entry in seen
    assert editor.table in seen
    assert editor.notes.editors["subjective"] in seen
    assert editor.insert_all_button in seen


def test_dark_palette_and_double_scale_keep_text_readable(window, qtbot, tmp_path):
    app = QApplication.instance()
    old = app.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        image = window.grab().toImage()
        label = window.editor.count_label
        # The needle count is drawn in the palette's light text on the dark window.
        top_left = label.mapTo(window, label.rect().topLeft())
        colours = {
            image.pixelColor(top_left.x() + x, top_left.y() + y).lightness()
            for x in range(0, label.width(), 2)
            for y in range(0, label.height(), 2)
        }
        assert max(colours) > 180 and min(colours) < 60
        path = tmp_path / "dark.png"
        assert image.save(str(path))
    finally:
        app.setPalette(old)


def test_a_session_with_forty_needles_opens_and_counts(window, demo_db):
    editor = window.editor
    from charting.acupoints import library

    points = [p for p in library().all() if p.bilateral and "back" in p.positions][:30]
    specs = [sessions.resolve_point(p.code, "left", "back")[0] for p in points]
    sessions.add_needles(demo_db, editor.detail.id, specs)
    editor.open_session(editor.detail.id)
    assert editor.model.rowCount() == len(editor.detail.needles) >= 40
    assert editor.planned_label.text() == f"{editor.model.rowCount()} planned"
