"""Outcome entry for one session: fast, one-handed, scores only.

Pain NRS (back and leg, before and after treatment) is four rows of 0–10
buttons: one tap records a value, tapping the lit button again clears it.
VAS and straight-leg raise are spin boxes in before/after columns.  The
questionnaires (ODI from its ten section scores, RMDQ, PSFS activities, PGIC)
and free named measures are recorded at the timing chosen above them.

Every change is written at once through :mod:`charting.outcomes`; a value the
record does not allow is refused with the field and its range named, and the
stored value stays.  A signed session is shown read-only.  No questionnaire
wording is shown: the practitioner scores from a licensed form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.outcomes import MEASURES, session_outcomes, set_odi, set_outcome, set_psfs
from charting.scores import ODI_SECTIONS, PSFS_MAX_ACTIVITIES, odi_percent, psfs_score
from charting.sessions import OutcomeInfo, SessionDetail
from ui.outcomes.commands import QtOutcomeCommand, group_state


def _tr(text: str) -> str:
    return QCoreApplication.translate("QtOutcomeEntry", text)


class QtScoreButtons(QWidget):
    """A row of buttons low..high; one is lit for the recorded value (none when not recorded).

    Signals:
        chosen(object): the value tapped (int), or None when the lit button was tapped to clear.
    """

    chosen = Signal(object)

    def __init__(self, low: int, high: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self._value: int | None = None
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for value in range(low, high + 1):
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumSize(30, 30)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(f"{name}: {value}")
            button.clicked.connect(lambda _checked=False, v=value: self._tapped(v))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        # the lit score must be obvious at arm's length, not a faint shade
        self.setStyleSheet(
            "QToolButton:checked { background-color: #0b5cad; color: #ffffff; font-weight: bold;"
            " border: 1px solid #08417a; border-radius: 3px; }"
        )

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        self._value = None if value is None else int(value)
        for offset, button in enumerate(self.buttons):
            button.setChecked(self._value == self.low + offset)

    def button(self, value: int) -> QToolButton:
        return self.buttons[value - self.low]

    def _tapped(self, value: int) -> None:
        new = None if self._value == value else value
        self.set_value(new)
        self.chosen.emit(new)


class QtOptionalSpin(QSpinBox):
    """A spin box whose lowest step means "not recorded" (shown as ``blank``)."""

    def __init__(self, low: int, high: int, name: str, *, blank: str = "–", suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText(blank)
        self.setSuffix(suffix)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setAccessibleName(name)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setMinimumWidth(64)
        self.setValue(low - 1)

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_optional(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else round(value))


class QtOutcomeEntry(QWidget):
    """Outcome scores of one session, written as they are entered.

    Attributes:
        detail: the session shown (a ``SessionDetail``), or None.
        outcomes: the session's stored scores by (measure, label key, timing).
        last_error: the last refusal message shown ("" when none).
        nrs: the NRS button rows by (measure, timing).
        spins: VAS and SLR spin boxes by (measure, timing).
        odi_sections: the ten ODI section spin boxes; ``odi_result`` shows the live %.
        rmdq: the RMDQ spin box; ``pgic`` the PGIC buttons.
        psfs_rows: (activity name edit, score spin) pairs; ``psfs_result`` the live mean.
        timing: the combo box choosing the questionnaires' timing.
        undo_stack: the QUndoStack the changes are pushed on.

    Signals:
        sessionChanged(): a score was written (the session's version moved on).

    Every change is one undo step on ``undo_stack`` (pass the session editor's
    stack to share it; otherwise the entry keeps its own).
    """

    sessionChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.detail: SessionDetail | None = None
        self.outcomes: dict[tuple[str, str, str], OutcomeInfo] = {}
        self.last_error = ""
        self._loading = False
        self.setAccessibleName(self.tr("Outcome entry"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel(self)
        self.banner.setAccessibleName(self.tr("Session status"))
        self.banner.setStyleSheet("color: #5b4a00; background: #fff4cc; padding: 4px; border-radius: 4px;")
        self.banner.hide()
        outer.addWidget(self.banner)
        self.body = QWidget(self)
        outer.addWidget(self.body)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)

        # --- pain NRS ---
        pain = QGroupBox(self.tr("Pain NRS (0–10): tap a score, tap again to clear"), self.body)
        grid = QGridLayout(pain)
        grid.setVerticalSpacing(4)
        self.nrs: dict[tuple[str, str], QtScoreButtons] = {}
        row = 0
        for measure, where in (("nrs_back", self.tr("Back")), ("nrs_leg", self.tr("Leg"))):
            for timing, when in (("before", self.tr("before")), ("after", self.tr("after"))):
                name = self.tr("%1 pain %2").replace("%1", where).replace("%2", when)
                grid.addWidget(QLabel(name, pain), row, 0)
                buttons = QtScoreButtons(0, 10, name, pain)
                buttons.chosen.connect(lambda v, m=measure, t=timing: self.set_value(m, t, v))
                grid.addWidget(buttons, row, 1)
                self.nrs[(measure, timing)] = buttons
                row += 1
        body.addWidget(pain)

        # --- VAS and SLR: before / after columns ---
        other = QGroupBox(self.tr("Pain VAS and straight-leg raise"), self.body)
        grid = QGridLayout(other)
        grid.addWidget(QLabel(self.tr("Before"), other), 0, 1)
        grid.addWidget(QLabel(self.tr("After"), other), 0, 2)
        self.spins: dict[tuple[str, str], QtOptionalSpin] = {}
        rows = (
            ("vas", self.tr("VAS (0–100 mm)"), " mm"),
            ("slr_left", self.tr("SLR left (0–90°)"), "°"),
            ("slr_right", self.tr("SLR right (0–90°)"), "°"),
        )
        for row, (measure, title, suffix) in enumerate(rows, start=1):
            info = MEASURES[measure]
            grid.addWidget(QLabel(title, other), row, 0)
            for column, timing in ((1, "before"), (2, "after")):
                name = f"{title} {_tr(timing)}"
                spin = QtOptionalSpin(int(info.min), int(info.max), name, suffix=suffix, parent=other)
                spin.valueChanged.connect(lambda _v, m=measure, t=timing: self._spin_changed(m, t))
                grid.addWidget(spin, row, column)
                self.spins[(measure, timing)] = spin
        grid.setColumnStretch(3, 1)
        body.addWidget(other)

        # --- questionnaires at one timing ---
        questionnaires = QGroupBox(self.tr("Questionnaires and other measures (scores only)"), self.body)
        q = QVBoxLayout(questionnaires)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Recorded"), questionnaires))
        self.timing = QComboBox(questionnaires)
        self.timing.addItem(self.tr("before treatment"), "before")
        self.timing.addItem(self.tr("after treatment"), "after")
        self.timing.setAccessibleName(self.tr("Questionnaire timing"))
        self.timing.currentIndexChanged.connect(lambda _i: self._populate(reset=True))
        line.addWidget(self.timing)
        line.addStretch(1)
        q.addLayout(line)

        odi_line = QHBoxLayout()
        odi_line.addWidget(QLabel(self.tr("ODI sections (0–5)"), questionnaires))
        self.odi_sections: list[QtOptionalSpin] = []
        for number in range(1, ODI_SECTIONS + 1):
            spin = QtOptionalSpin(
                0, 5, self.tr("ODI section %1").replace("%1", str(number)), blank=self.tr("n/a"), parent=questionnaires
            )
            spin.setMinimumWidth(50)
            spin.setToolTip(self.tr("Section %1; n/a = not answered").replace("%1", str(number)))
            spin.valueChanged.connect(lambda _v: self._odi_changed())
            odi_line.addWidget(spin)
            self.odi_sections.append(spin)
        odi_line.addStretch(1)
        q.addLayout(odi_line)
        self.odi_result = QLabel("–", questionnaires)
        self.odi_result.setAccessibleName(self.tr("ODI percentage"))
        q.addWidget(self.odi_result)

        small = QHBoxLayout()
        small.addWidget(QLabel(self.tr("RMDQ (0–24)"), questionnaires))
        self.rmdq = QtOptionalSpin(0, 24, self.tr("RMDQ"), parent=questionnaires)
        self.rmdq.valueChanged.connect(lambda _v: self._questionnaire_spin("rmdq", self.rmdq))
        small.addWidget(self.rmdq)
        small.addSpacing(16)
        small.addWidget(QLabel(self.tr("PGIC (1 much better – 7 much worse)"), questionnaires))
        self.pgic = QtScoreButtons(1, 7, self.tr("PGIC"), questionnaires)
        self.pgic.chosen.connect(lambda v: self.set_value("pgic", self._timing(), v))
        small.addWidget(self.pgic)
        small.addStretch(1)
        q.addLayout(small)

        psfs = QGridLayout()
        psfs.addWidget(QLabel(self.tr("PSFS activity (named by the patient)"), questionnaires), 0, 0)
        psfs.addWidget(QLabel(self.tr("0–10"), questionnaires), 0, 1)
        self.psfs_rows: list[tuple[QLineEdit, QtOptionalSpin]] = []
        for number in range(1, PSFS_MAX_ACTIVITIES + 1):
            name = QLineEdit(questionnaires)
            name.setPlaceholderText(self.tr("Activity %1").replace("%1", str(number)))
            name.setAccessibleName(self.tr("PSFS activity %1").replace("%1", str(number)))
            name.setMaxLength(120)
            name.editingFinished.connect(self._psfs_changed)
            score = QtOptionalSpin(0, 10, self.tr("PSFS score %1").replace("%1", str(number)), parent=questionnaires)
            score.valueChanged.connect(lambda _v: self._psfs_changed())
            psfs.addWidget(name, number, 0)
            psfs.addWidget(score, number, 1)
            self.psfs_rows.append((name, score))
        self.psfs_result = QLabel("", questionnaires)
        self.psfs_result.setAccessibleName(self.tr("PSFS score"))
        psfs.addWidget(self.psfs_result, PSFS_MAX_ACTIVITIES + 1, 0, 1, 2)
        psfs.setColumnStretch(0, 1)
        q.addLayout(psfs)

        # free measures: the stored ones, then one blank row to add another
        self.free_box = QGridLayout()
        self.free_box.addWidget(QLabel(self.tr("Other measure (name)"), questionnaires), 0, 0)
        self.free_box.addWidget(QLabel(self.tr("Value"), questionnaires), 0, 1)
        q.addLayout(self.free_box)
        self.free_rows: list[tuple[str, QLineEdit, QPushButton]] = []
        self.new_free_name = QLineEdit(questionnaires)
        self.new_free_name.setPlaceholderText(self.tr("e.g. Fingertip-to-floor cm"))
        self.new_free_name.setAccessibleName(self.tr("New measure name"))
        self.new_free_value = QLineEdit(questionnaires)
        self.new_free_value.setAccessibleName(self.tr("New measure value"))
        self.new_free_value.setPlaceholderText(self.tr("value"))
        self.add_free_button = QPushButton(self.tr("Add"), questionnaires)
        self.add_free_button.setAccessibleName(self.tr("Add measure"))
        self.add_free_button.clicked.connect(self._add_free)
        self.new_free_value.returnPressed.connect(self._add_free)
        body.addWidget(questionnaires)

        self.error = QLabel(self)
        self.error.setAccessibleName(self.tr("Outcome error"))
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._read_only = True
        self._apply_read_only()

    # --- public API ------------------------------------------------------------------

    def set_session(self, detail: SessionDetail) -> None:
        """Show ``detail``'s scores; read-only when it is signed."""
        self.detail = detail
        self.outcomes = {(o.measure, o.label.casefold(), o.timing): o for o in detail.outcomes}
        self._clear_error()
        signed = detail.signed
        self._read_only = signed
        self._apply_read_only()
        if signed:
            self.banner.setText(self.tr("Signed session: outcomes are read-only (add an addendum to correct)."))
            self.banner.show()
        else:
            self.banner.hide()
        self._populate(reset=True)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def _apply_read_only(self) -> None:
        """Inputs off when read-only; the timing choice stays on so both timings can be read."""
        editable = not self._read_only and self.detail is not None
        for kind in (QAbstractButton, QAbstractSpinBox, QLineEdit):
            for widget in self.body.findChildren(kind):
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                    continue
                widget.setEnabled(editable)
        self.timing.setEnabled(self.detail is not None)

    def set_value(self, measure: str, timing: str, value: Any, *, label: str = "") -> bool:
        """Write one score (None clears it); on refusal show the message and keep
        the stored value.  Returns True when written."""
        return self._write(
            measure, timing, lambda sid: set_outcome(self._db, sid, measure, timing, value, label=label)
        )

    # --- writing ---------------------------------------------------------------------

    def _timing(self) -> str:
        return str(self.timing.currentData())

    def _write(self, measure: str, timing: str, action: Callable[[int], Any]) -> bool:
        if self.detail is None or self._loading:
            return False
        if self.read_only:
            self._show_error(self.tr("This session is signed; outcomes cannot be changed."))
            return False
        sid = self.detail.id
        try:
            before = group_state(self._db, sid, measure, timing)
            action(sid)
            after = group_state(self._db, sid, measure, timing)
        except AcuChartError as exc:
            self._show_error(str(exc))
            self._reload()
            return False
        self._clear_error()
        if before != after:
            name = MEASURES[measure].short if measure != "free" else self.tr("measure")
            text = self.tr("Change %1 (%2)").replace("%1", name).replace("%2", _tr(timing))
            self.undo_stack.push(QtOutcomeCommand(self, sid, measure, timing, before=before, after=after, text=text))
        self._reload()
        self.sessionChanged.emit()
        return True

    # --- undo/redo callbacks (QtOutcomeCommand) ---

    @property
    def db(self) -> Database:
        return self._db

    def command_applied(self, session_id: int) -> None:
        """An undo/redo rewrote scores: show them if that session is on screen."""
        if self.detail is not None and self.detail.id == session_id:
            self._clear_error()
            self._reload()
        self.sessionChanged.emit()

    def command_failed(self, exc: AcuChartError) -> None:
        self._show_error(str(exc))
        self._reload()

    def _reload(self) -> None:
        if self.detail is None:
            return
        rows = session_outcomes(self._db, self.detail.id)
        self.outcomes = {(o.measure, o.label.casefold(), o.timing): o for o in rows}
        self._populate()

    def _spin_changed(self, measure: str, timing: str) -> None:
        self.set_value(measure, timing, self.spins[(measure, timing)].optional_value())

    def _questionnaire_spin(self, measure: str, spin: QtOptionalSpin) -> None:
        self.set_value(measure, self._timing(), spin.optional_value())

    def _odi_sections(self) -> list[int | None]:
        return [spin.optional_value() for spin in self.odi_sections]

    def _odi_changed(self) -> None:
        if self._loading:
            return
        sections = self._odi_sections()
        self._show_odi(sections)
        timing = self._timing()
        if all(s is None for s in sections):
            self._write("odi", timing, lambda sid: set_outcome(self._db, sid, "odi", timing, None))
        else:
            self._write("odi", timing, lambda sid: set_odi(self._db, sid, timing, sections))

    def _show_odi(self, sections: list[int | None]) -> None:
        answered = [s for s in sections if s is not None]
        if not answered:
            self.odi_result.setText(self.tr("ODI: –"))
            return
        percent = odi_percent(sections)
        self.odi_result.setText(
            self.tr("ODI = %1 % (%2 of %3 on the sections answered)")
            .replace("%1", f"{percent:g}")
            .replace("%2", str(sum(answered)))
            .replace("%3", str(5 * len(answered)))
        )

    def _psfs_rows(self) -> list[tuple[str, int | None]]:
        return [(name.text(), score.optional_value()) for name, score in self.psfs_rows]

    def _psfs_changed(self) -> None:
        if self._loading:
            return
        rows = self._psfs_rows()
        timing = self._timing()
        self._write("psfs", timing, lambda sid: set_psfs(self._db, sid, timing, rows))

    def _add_free(self) -> None:
        name, value = self.new_free_name.text(), self.new_free_value.text()
        if not name.strip() and not value.strip():
            return
        if not value.strip():
            self._show_error(_tr("measure value: is required (allowed range -1000–1000)"))
            return
        timing = self._timing()
        if self._write("free", timing, lambda sid: set_outcome(self._db, sid, "free", timing, value, label=name)):
            self.new_free_name.clear()
            self.new_free_value.clear()

    def _free_edited(self, label: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        self.set_value("free", self._timing(), text or None, label=label)

    # --- showing ---------------------------------------------------------------------

    def _value(self, measure: str, timing: str, label: str = "") -> float | None:
        info = self.outcomes.get((measure, label.casefold(), timing))
        return None if info is None else info.value

    def _populate(self, *, reset: bool = False) -> None:
        """Show the stored scores; ``reset`` also clears PSFS names typed but not yet scored."""
        self._loading = True
        try:
            for (measure, timing), buttons in self.nrs.items():
                buttons.set_value(self._value(measure, timing))
            for (measure, timing), spin in self.spins.items():
                spin.blockSignals(True)
                spin.set_optional(self._value(measure, timing))
                spin.blockSignals(False)
            timing = self._timing()
            odi = self.outcomes.get(("odi", "", timing))
            sections = list(odi.section_scores) if odi and odi.section_scores else [None] * ODI_SECTIONS
            for spin, score in zip(self.odi_sections, sections, strict=True):
                spin.blockSignals(True)
                spin.set_optional(score)
                spin.blockSignals(False)
            if odi is not None and not odi.section_scores:
                text = self.tr("ODI = %1 % (percentage only, no section scores)")
                self.odi_result.setText(text.replace("%1", f"{odi.value:g}"))
            else:
                self._show_odi(sections)
            self.rmdq.blockSignals(True)
            self.rmdq.set_optional(self._value("rmdq", timing))
            self.rmdq.blockSignals(False)
            self.pgic.set_value(self._value("pgic", timing))
            activities = [o for (m, _l, t), o in self.outcomes.items() if m == "psfs" and t == timing]
            activities.sort(key=lambda o: o.id)
            for index, (name, score) in enumerate(self.psfs_rows):
                score.blockSignals(True)
                if index < len(activities):
                    name.setText(activities[index].label)
                    score.set_optional(activities[index].value)
                else:
                    if reset:
                        name.clear()
                    score.set_optional(None)
                score.blockSignals(False)
            if activities:
                mean = psfs_score([o.value for o in activities])
                self.psfs_result.setText(self.tr("PSFS score (mean): %1").replace("%1", f"{mean:g}"))
            else:
                self.psfs_result.setText("")
            self._populate_free(timing)
        finally:
            self._loading = False

    def _populate_free(self, timing: str) -> None:
        for _label, edit, remove in self.free_rows:
            for widget in (edit, remove):
                self.free_box.removeWidget(widget)
                widget.deleteLater()
        for index in range(self.free_box.count() - 1, -1, -1):
            item = self.free_box.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.property("free-name"):
                self.free_box.removeWidget(widget)
                widget.deleteLater()
        self.free_rows = []
        # The entry row moves below the stored rows: take it out first, or the grid
        # would hold a second item for each of its widgets on every refresh.
        for widget in (self.new_free_name, self.new_free_value, self.add_free_button):
            self.free_box.removeWidget(widget)
        parent = self.new_free_name.parentWidget()
        stored = sorted(
            (o for (m, _l, t), o in self.outcomes.items() if m == "free" and t == timing), key=lambda o: o.id
        )
        row = 1
        for info in stored:
            name = QLabel(info.label, parent)
            name.setProperty("free-name", True)
            edit = QLineEdit(f"{info.value:g}", parent)
            edit.setAccessibleName(self.tr("%1 value").replace("%1", info.label))
            edit.editingFinished.connect(lambda label=info.label, e=edit: self._free_edited(label, e))
            remove = QPushButton(self.tr("Remove"), parent)
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", info.label))
            remove.clicked.connect(lambda _c=False, label=info.label: self.set_value("free", timing, None, label=label))
            self.free_box.addWidget(name, row, 0)
            self.free_box.addWidget(edit, row, 1)
            self.free_box.addWidget(remove, row, 2)
            self.free_rows.append((info.label, edit, remove))
            row += 1
        self.free_box.addWidget(self.new_free_name, row, 0)
        self.free_box.addWidget(self.new_free_value, row, 1)
        self.free_box.addWidget(self.add_free_button, row, 2)
        for _label, edit, remove in self.free_rows:
            edit.setEnabled(not self._read_only)
            remove.setEnabled(not self._read_only)

    def _show_error(self, message: str) -> None:
        self.last_error = message
        self.error.setText(message)
        self.error.show()

    def _clear_error(self) -> None:
        self.last_error = ""
        self.error.clear()
        self.error.hide()
