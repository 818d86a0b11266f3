"""The notes tab: subjective, tongue, pulse, plan, co-interventions, other notes, room
and the planned retention — saved as you type, with no Save button.

Each field is written ``DEBOUNCE_MS`` after the last keystroke, at once when it
loses the focus, and by :meth:`QtNotesPanel.flush` (the editor calls it when a
session closes or the window closes).  Writing goes through ``commit(field, old,
new) -> bool`` (the editor's undoable command); a refused value stays in the
field, marked unsaved, so nothing typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from charting.db.models import RANGES
from charting.sessions import SessionDetail

DEBOUNCE_MS = 400

#: (field, label, multi-line) in tab order; labels are translated in the QtNotesPanel context.
TEXT_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("subjective", QT_TRANSLATE_NOOP("QtNotesPanel", "&Subjective"), True),
    ("tongue", QT_TRANSLATE_NOOP("QtNotesPanel", "&Tongue"), False),
    ("pulse", QT_TRANSLATE_NOOP("QtNotesPanel", "P&ulse"), False),
    ("plan", QT_TRANSLATE_NOOP("QtNotesPanel", "P&lan"), True),
    ("co_interventions", QT_TRANSLATE_NOOP("QtNotesPanel", "&Co-interventions"), False),
    ("notes", QT_TRANSLATE_NOOP("QtNotesPanel", "&Other notes"), True),
    ("room", QT_TRANSLATE_NOOP("QtNotesPanel", "Roo&m"), False),
)
_MNEMONIC = re.compile(r"\(&[^)&]\)|&&|&")


def without_mnemonic(label: str) -> str:
    """A label without its keyboard mnemonic: ``"P&lan"`` → ``"Plan"``, ``"治疗计划(&L)"`` → ``"治疗计划"``."""
    return _MNEMONIC.sub(lambda m: "&" if m.group(0) == "&&" else "", label).strip()


class QtNotesPanel(QWidget):
    """Session notes with debounced autosave.

    Attributes:
        editors: field → its QLineEdit / QPlainTextEdit / QSpinBox.
        saved: field → the value last written to the database.
        commit: ``fn(field, old, new) -> bool`` that writes a change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commit: Callable[[str, Any, Any], bool] | None = None
        self.saved: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self._timers: dict[str, QTimer] = {}
        self._loading = False
        form = QFormLayout(self)
        for field, label, multi in TEXT_FIELDS:
            if multi:
                editor: QWidget = QPlainTextEdit(self)
                editor.setTabChangesFocus(True)
                lines = editor.fontMetrics().lineSpacing()
                editor.setMinimumHeight(lines * 2 + 12)
                editor.setMaximumHeight(lines * 5 + 12)
                editor.textChanged.connect(lambda f=field: self._changed(f))
            else:
                editor = QLineEdit(self)
                editor.textChanged.connect(lambda _t, f=field: self._changed(f))
            text = self.tr(label)
            editor.setAccessibleName(without_mnemonic(text))
            editor.installEventFilter(self)
            form.addRow(self.tr("%1:").replace("%1", text), editor)
            self.editors[field] = editor
        retention = QSpinBox(self)
        low, high = RANGES["planned_retention_min"]
        retention.setRange(int(low), int(high))
        retention.setSuffix(self.tr(" min"))
        retention.setAccessibleName(self.tr("Planned retention"))
        tip = self.tr("Planned retention: %1–%2 min")
        retention.setToolTip(tip.replace("%1", f"{low:g}").replace("%2", f"{high:g}"))
        retention.valueChanged.connect(lambda _v: self._changed("planned_retention_min"))
        retention.installEventFilter(self)
        form.addRow(self.tr("Planned &retention:"), retention)
        self.editors["planned_retention_min"] = retention
        for field in self.editors:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda f=field: self.flush_field(f))
            self._timers[field] = timer

    # --- values ------------------------------------------------------------------------

    def value(self, field: str) -> Any:
        editor = self.editors[field]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return editor.text()

    def set_value(self, field: str, value: Any) -> None:
        """Show ``value`` without writing it (loading, undo/redo)."""
        self._loading = True
        try:
            editor = self.editors[field]
            if isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != value:
                    editor.setPlainText(value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif editor.text() != value:
                editor.setText(value)
            self.saved[field] = value
            self._timers[field].stop()
            self._mark(field, saved=True)
        finally:
            self._loading = False

    def set_session(self, detail: SessionDetail) -> None:
        """Show ``detail``; text that could not be saved stays in its field (not overwritten)."""
        same = getattr(self, "_session_id", None) == detail.id
        self.flush()
        unsaved = set(self.pending()) if same else set()
        self._session_id = detail.id
        for field in self.editors:
            if field not in unsaved:
                self.set_value(field, getattr(detail, field))
        self.set_read_only(detail.signed)

    def set_read_only(self, flag: bool) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QSpinBox):
                editor.setReadOnly(flag)
            else:
                editor.setReadOnly(flag)

    def pending(self) -> list[str]:
        return [f for f in self.editors if f in self.saved and self.value(f) != self.saved[f]]

    # --- saving ------------------------------------------------------------------------

    def _changed(self, field: str) -> None:
        if self._loading:
            return
        self._timers[field].start()

    def flush_field(self, field: str) -> bool:
        self._timers[field].stop()
        if field not in self.saved or self.commit is None:
            return True
        new = self.value(field)
        old = self.saved[field]
        if new == old:
            return True
        ok = self.commit(field, old, new)
        if ok:
            self.saved[field] = new
        self._mark(field, saved=ok)
        return ok

    def flush(self) -> bool:
        """Write every field that changed; True when all were saved."""
        return all([self.flush_field(field) for field in self.editors])

    def _mark(self, field: str, *, saved: bool) -> None:
        editor = self.editors[field]
        editor.setProperty("unsaved", not saved)
        editor.setToolTip("" if saved else self.tr("Not saved: see the message in the status bar"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for field, editor in self.editors.items():
                if editor is watched:
                    self.flush_field(field)
                    break
        return False
