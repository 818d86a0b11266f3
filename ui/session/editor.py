"""The session editor: chart a session with one hand and a glance.

Layout: a header (patient and safety badges, case and diagnosis, the session
timer, the needle count in / out, Insert all / Remove all / End session), the
point entry line above the body diagram, the needle table, and tabs for the
notes and the other panels.

Every charting action is an undo command (:mod:`ui.session.commands`) on
``undo_stack``; every change reaches the database at once through its use-case
(text fields within ``notes.DEBOUNCE_MS``), so there is no Save button.  The hot
path — placing a needle — updates the table and the diagram incrementally from
the returned NeedleInfo; a panel that wrote something makes the editor re-read
the session once (``get_session``) and hand the snapshot to every part.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charting import sessions
from charting.db.engine import Database
from charting.db.types import utcnow
from charting.errors import AcuChartError, ValidationError
from charting.sessions import ChannelInfo, NeedleInfo, NeedleSpec, SessionDetail
from ui.session.commands import (
    AddChannelCommand,
    AddNeedlesCommand,
    ApplyTemplateCommand,
    EditNeedleCommand,
    NeedleTimesCommand,
    RemoveNeedlesCommand,
    SessionFieldCommand,
)
from ui.session.needle_model import COL, QtNeedleDelegate, QtNeedleTableModel, QtNeedleTableView, format_duration
from ui.session.notes import QtNotesPanel
from ui.session.point_entry import QtPointEntry
from ui.session.retention import QtRetentionClock
from ui.widgets.badges import QtFlagBadges

#: Needle settings remembered per practitioner and given to new needles.
REMEMBERED = ("gauge_mm", "length_mm", "depth_mm", "angle", "technique")
#: How long panel refreshes wait after a hot-path change (coalesces bursts).
PANEL_REFRESH_MS = 60


def _big(label: QLabel, factor: float = 1.6) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


class QtSessionEditor(QWidget):
    """Edits one session at a time.

    Attributes:
        detail: the SessionDetail shown (kept current without re-reading on the hot path).
        undo_stack: every charting action; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y.
        model: the needle table model.
        diagram_panel: the body diagram panel (``.view`` is the QtDiagramView).
        notes: the notes tab.
        clock: the retention clock.
        panels: title → panel widget added with :meth:`add_panel`.
        settings: QSettings holding the practitioner's last used needle values.

    Signals:
        sessionChanged(): something was written (the main window refreshes its lists).
        statusMessage(str): a message for the status bar.
    """

    sessionChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: SessionDetail | None = None
        self.settings = QSettings()
        self.panels: dict[str, QWidget] = {}
        self.needle_independent: set[QWidget] = set()
        self.undo_stack = QUndoStack(self)
        self._syncing_selection = False
        self.setAccessibleName(self.tr("Session editor"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self._build_header())
        self.banner = QLabel(self)
        self.banner.setObjectName("retention-banner")
        self.banner.setAccessibleName(self.tr("Retention alert"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#retention-banner { background-color: #b3261e; color: #ffffff; font-weight: bold;"
            " padding: 0.4em; border-radius: 4px; }"
        )
        _big(self.banner, 1.2)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.splitter, 1)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.point_entry = QtPointEntry(left)
        self.point_entry.handler = self.add_entered_points
        self.point_entry.entryFailed.connect(self._entry_failed)
        left_layout.addWidget(self.point_entry)
        self.entry_error = QLabel(left)
        self.entry_error.setObjectName("entry-error")
        self.entry_error.setWordWrap(True)
        self.entry_error.setAccessibleName(self.tr("Point entry message"))
        self.entry_error.setStyleSheet(
            "QLabel#entry-error { background-color: #b3261e; color: #ffffff; padding: 0.2em 0.4em; }"
        )
        self.entry_error.hide()
        left_layout.addWidget(self.entry_error)
        self.diagram_panel = self._build_diagram(left)
        left_layout.addWidget(self.diagram_panel, 1)
        self.splitter.addWidget(left)

        right = QSplitter(Qt.Orientation.Vertical, self.splitter)
        table_box = QWidget(right)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.model = QtNeedleTableModel(db, self)
        self.model.edit_handler = self._edit_from_table
        self.model.editFailed.connect(self._edit_failed)
        self.table = QtNeedleTableView(table_box)
        self.table.setAccessibleName(self.tr("Needle table"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(QtNeedleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Row heights from the font, not measured per change (the retention column changes every second).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.verticalHeader()
        header.setDefaultSectionSize(max(header.defaultSectionSize(), self.fontMetrics().height() + 8))
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Columns are sized to their contents when the rows change, not on every tick:
        # ResizeToContents would measure every cell each second.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        table_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.insert_selected_button = self._button(self.tr("Insert selected"), row, self.insert_selected)
        self.remove_selected_button = self._button(self.tr("Remove selected (out)"), row, self.remove_selected)
        self.delete_button = self._button(self.tr("Delete from chart"), row, self.delete_selected)
        row.addStretch(1)
        table_layout.addLayout(row)
        right.addWidget(table_box)

        self.tabs = QTabWidget(right)
        self.tabs.setAccessibleName(self.tr("Session panels"))
        self.notes = QtNotesPanel(self.tabs)
        self.notes.commit = self._commit_field
        self._tab_of: dict[QWidget, QWidget] = {}
        self._add_tab(self.tr("Notes"), self.notes)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 680])
        right.setSizes([430, 370])

        self.clock = QtRetentionClock(self)
        self.clock.ticked.connect(self._tick)
        self.clock.alertChanged.connect(self._alert)
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(PANEL_REFRESH_MS)
        self._panel_timer.timeout.connect(self._deferred_refresh)
        self._build_actions()
        self._install_panels()
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._set_enabled(False)

    # --- construction ---------------------------------------------------------------------

    def _button(self, text: str, row: QHBoxLayout, slot, name: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name or text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header.setAccessibleName(self.tr("Session header"))
        layout = QVBoxLayout(header)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.patient_label = QLabel(header)
        self.patient_label.setAccessibleName(self.tr("Patient"))
        _big(self.patient_label, 1.3)
        top.addWidget(self.patient_label)
        self.badges = QtFlagBadges(header, show_none=False)
        top.addWidget(self.badges)
        top.addStretch(1)
        self.timer_label = QLabel("--:--", header)
        self.timer_label.setAccessibleName(self.tr("Session timer"))
        self.timer_label.setToolTip(self.tr("Time since the first needle went in; planned retention after the slash"))
        _big(self.timer_label, 1.6)
        # Wide enough for the longest text, so the header does not jump every second.
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("0:00:00 / 120 min") + 8)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.timer_label)
        top.addSpacing(16)
        self.count_label = QLabel(header)
        self.count_label.setAccessibleName(self.tr("Needle count"))
        _big(self.count_label, 1.6)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        self.case_label = QLabel(header)
        self.case_label.setAccessibleName(self.tr("Case and diagnosis"))
        self.case_label.setWordWrap(True)
        bottom.addWidget(self.case_label, 1)
        self.planned_label = QLabel(header)
        self.planned_label.setAccessibleName(self.tr("Planned needles"))
        bottom.addWidget(self.planned_label)
        self.insert_all_button = self._button(self.tr("&Insert all"), bottom, self.insert_all, self.tr("Insert all"))
        self.remove_all_button = self._button(self.tr("&Remove all"), bottom, self.remove_all, self.tr("Remove all"))
        self.end_button = self._button(self.tr("&End session"), bottom, self.end_session, self.tr("End session"))
        self.insert_all_button.setToolTip(self.tr("Record every planned needle as inserted now (Ctrl+I)"))
        self.remove_all_button.setToolTip(self.tr("Record every needle still in as removed now (Ctrl+R)"))
        layout.addLayout(bottom)
        return header

    def _build_diagram(self, parent: QWidget) -> QWidget:
        from ui.diagram.view import QtDiagramPanel

        panel = QtDiagramPanel(parent)
        view = panel.view
        view.pointPlaced.connect(self.place_point)
        view.ashiPlaced.connect(self.place_ashi)
        view.needleMoved.connect(self.move_needle)
        view.sideRequested.connect(self.set_side)
        view.editRequested.connect(self.edit_needle)
        view.removeRequested.connect(lambda needle_id: self.delete_needles([needle_id]))
        view.leadPairRequested.connect(self.request_pair)
        view.selectionChangedIds.connect(self._diagram_selection_changed)
        view.hoverChanged.connect(self.statusMessage)
        return panel

    @property
    def diagram(self):
        return self.diagram_panel.view

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        def action(text: str, shortcut: str, slot) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.insert_all_action = action(self.tr("&Insert all"), "Ctrl+I", self.insert_all)
        self.remove_all_action = action(self.tr("&Remove all"), "Ctrl+R", self.remove_all)
        self.end_action = action(self.tr("&End session…"), "", self.end_session)
        self.focus_entry_action = action(self.tr("Point &entry"), "Ctrl+L", self.focus_point_entry)
        self.delete_action = action(self.tr("&Delete needle"), "", self.delete_selected)
        self.apply_template_action = action(self.tr("Apply &template…"), "Ctrl+T", self.choose_and_apply_template)
        self.save_template_action = action(self.tr("&Save as template…"), "", self.save_as_template)
        self.actions_ = (
            self.undo_action,
            self.redo_action,
            self.insert_all_action,
            self.remove_all_action,
            self.end_action,
            self.focus_entry_action,
            self.apply_template_action,
            self.save_template_action,
            self.delete_action,
        )
        for act in self.actions_:
            if act is not self.delete_action:
                self.addAction(act)  # shortcuts work in the editor on its own, too
        self.table.addAction(self.delete_action)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _install_panels(self) -> None:
        """Add the panels other modules provide, as tabs (EA, safety, outcomes, record)."""
        from ui.outcomes.entry import QtOutcomeEntry
        from ui.session.ea_panel import QtEAPanel
        from ui.session.record_panel import QtRecordPanel
        from ui.session.safety_panel import QtSafetyPanel

        self.ea_panel = QtEAPanel(self.db, self.undo_stack, self.tabs)
        self.add_panel(self.tr("EA"), self.ea_panel)
        self.safety_panel = QtSafetyPanel(self.db, self.tabs)
        self.add_panel(self.tr("Safety"), self.safety_panel)
        self.outcome_panel = QtOutcomeEntry(self.db, self.tabs, undo_stack=self.undo_stack)
        self.add_panel(self.tr("Outcomes"), self.outcome_panel)
        self.record_panel = QtRecordPanel(self.db, self.tabs)
        self.add_panel(self.tr("Record"), self.record_panel)
        # Outcome scores do not depend on the needles: placing one need not refresh them.
        self.needle_independent = {self.outcome_panel}

    def _add_tab(self, title: str, widget: QWidget) -> None:
        # Each tab scrolls, so a tall panel never squeezes the needle table or the window.
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        scroll.setAccessibleName(title)
        self._tab_of[widget] = scroll
        index = self.tabs.addTab(scroll, title)
        self.tabs.setTabToolTip(index, title)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(self._tab_of.get(widget, widget))

    def add_panel(self, title: str, widget: QWidget) -> None:
        """Add a tab; its ``sessionChanged`` makes the editor re-read and redistribute the session."""
        self.panels[title] = widget
        self._add_tab(title, widget)
        signal = getattr(widget, "sessionChanged", None)
        if signal is not None:
            signal.connect(self.reload)
        field_signal = getattr(widget, "fieldRequested", None)
        if field_signal is not None:
            field_signal.connect(self.go_to_field)
        if self.detail is not None and hasattr(widget, "set_session"):
            widget.set_session(self.detail)

    # --- opening and reloading ---------------------------------------------------------------

    def open_session(self, session_id: int) -> SessionDetail:
        """Show ``session_id`` (flushing the previous session's typed text first)."""
        self.flush()
        detail = sessions.get_session(self.db, session_id)
        if self.detail is None or self.detail.id != detail.id:
            self.undo_stack.clear()
        self._show(detail)
        return detail

    def reload(self) -> None:
        """Re-read the session once and hand it to every part (after a panel wrote)."""
        if self.detail is None:
            return
        self.notes.flush()  # typed text first, so the snapshot read next already holds it
        self._show(sessions.get_session(self.db, self.detail.id))
        self.sessionChanged.emit()

    def _show(self, detail: SessionDetail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        keep = self.selected_ids() if same else []
        self.detail = detail
        signed = detail.signed
        self.model.read_only = signed
        self.model.set_needles(detail.needles)
        self.diagram.set_read_only(signed)
        self.diagram.set_needles(self.model.needles, detail.channels)
        if keep:  # a reload keeps the selection (the EA panel joins the selected pair)
            self._diagram_selection_changed([i for i in keep if self.model.row_of(i) >= 0])
            self.diagram.select_needles(self.selected_ids())
        self.notes.set_session(detail)
        self._panel_timer.stop()
        self.table.resizeColumnsToContents()
        self._distribute_to_panels()
        self._update_header()
        self.clock.set_state(self.model.needles, detail.planned_retention_min)
        self._set_enabled(True)

    def _deferred_refresh(self) -> None:
        """After needle changes: size the columns, hand the snapshot to the panels that show needles."""
        self.table.resizeColumnsToContents()
        self._distribute_to_panels(needles_only=True)

    def _distribute_to_panels(self, *, needles_only: bool = False) -> None:
        if self.detail is None:
            return
        for panel in self.panels.values():
            if needles_only and panel in self.needle_independent:
                continue
            if hasattr(panel, "set_session"):
                try:
                    panel.set_session(self.detail)
                except AcuChartError as exc:
                    self._report(exc)
                except Exception:  # a panel's bug must not stop charting: log it, carry on
                    traceback.print_exc()
                    self.statusMessage.emit(self.tr("A panel could not show this session; see the log"))

    def _set_enabled(self, flag: bool) -> None:
        self.setEnabled(flag)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.detail is not None
        unsigned = has and not self.detail.signed
        editable = unsigned and self.detail.ended_at is None
        for act in (self.insert_all_action, self.end_action, self.delete_action, self.apply_template_action):
            act.setEnabled(editable)
        for widget in (
            self.insert_all_button,
            self.end_button,
            self.insert_selected_button,
            self.delete_button,
            self.point_entry,
        ):
            widget.setEnabled(editable)
        # Needles left in when the session was ended can still be recorded as removed.
        self.remove_all_action.setEnabled(unsigned)
        self.remove_all_button.setEnabled(unsigned)
        self.remove_selected_button.setEnabled(unsigned)

    def _update_header(self) -> None:
        d = self.detail
        if d is None:
            return
        p = d.patient
        self.patient_label.setText(f"{p.display_name} · {p.chart_number}")
        born = self.tr("born %1").replace("%1", p.date_of_birth.isoformat()) if p.date_of_birth else ""
        self.patient_label.setToolTip(born)
        self.badges.set_flags(p.flags)
        started = d.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        case = d.case.diagnosis or d.case.chief_complaint if d.case else self.tr("no case")
        status = self.tr("signed") if d.signed else (self.tr("ended") if d.ended_at else self.tr("draft"))
        self.case_label.setText(
            self.tr("%1 · session %2 · %3 · %4")
            .replace("%1", case)
            .replace("%2", started)
            .replace("%3", d.practitioner.display_name)
            .replace("%4", status)
        )
        self._update_counts()

    def _update_counts(self) -> None:
        needles = self.model.needles
        n_in = sum(1 for n in needles if n.state == "inserted")
        n_out = sum(1 for n in needles if n.state == "removed")
        planned = sum(1 for n in needles if n.state == "planned")
        text = self.tr("In %1 · Out %2").replace("%1", str(n_in)).replace("%2", str(n_out))
        self.count_label.setText(text)
        self.planned_label.setText(self.tr("%1 planned").replace("%1", str(planned)) if planned else "")
        described = text + (f" · {self.planned_label.text()}" if planned else "")
        self.count_label.setAccessibleDescription(described)

    # --- the command context (see ui.session.commands) -------------------------------------------

    @property
    def session_id(self) -> int:
        assert self.detail is not None
        return self.detail.id

    def needle_by_uuid(self, uuid: str) -> NeedleInfo | None:
        return self.model.by_uuid(uuid)

    def channels(self) -> Sequence[ChannelInfo]:
        return self.detail.channels if self.detail is not None else ()

    def needles_changed(self, infos: Sequence[NeedleInfo]) -> None:
        """Incremental update after a write: table rows, diagram markers, counts, clock."""
        renumber = False
        for info in infos:
            known = self.model.by_uuid(info.uuid) is not None
            row = self.model.upsert(info)
            if not known and row != len(self.model.needles) - 1:
                renumber = True  # restored in the middle: the numbers after it move
            elif not renumber:
                self.diagram.update_needle(info)
        if renumber:
            self.diagram.set_needles(self.model.needles, self.channels())
        self._after_change()

    def needles_dropped(self, ids: Sequence[int]) -> None:
        self.model.remove_ids(ids)
        for needle_id in ids:
            self.diagram.remove_needle(needle_id)
        if self.detail is not None:
            gone = set(ids)
            channels = tuple(c for c in self.detail.channels if c.needle_a_id not in gone and c.needle_b_id not in gone)
            self.detail = dataclasses.replace(self.detail, channels=channels)
        self._after_change()

    def _after_change(self) -> None:
        if self.detail is None:
            return
        self.detail = dataclasses.replace(self.detail, needles=tuple(self.model.needles))
        self._update_counts()
        self.clock.set_state(self.model.needles, self.detail.planned_retention_min)
        self._panel_timer.start()
        self.sessionChanged.emit()

    def session_field_changed(self, field: str, value: Any) -> None:
        self.notes.set_value(field, value)
        if self.detail is not None:
            self.detail = dataclasses.replace(self.detail, **{field: value})
            if field == "planned_retention_min":
                self.clock.set_state(self.model.needles, int(value))

    def command_failed(self, exc: AcuChartError) -> None:
        self._report(exc, box=True)

    # --- running commands ---------------------------------------------------------------------

    def _report(self, exc: AcuChartError | str, *, box: bool = False) -> None:
        message = str(exc)
        self.statusMessage.emit(message)
        if box:
            QMessageBox.warning(self, self.tr("AcuChart"), message)

    def run(self, command) -> bool:
        """Do ``command`` and put it on the undo stack; a refusal is shown and nothing is pushed."""
        if self.detail is None:
            return False
        try:
            command.first()
        except AcuChartError as exc:
            self._report(exc, box=True)
            return False
        self.undo_stack.push(command)
        return True

    def defaults(self) -> dict[str, Any]:
        """The practitioner's last used needle values (given to new needles)."""
        if self.detail is None:
            return {}
        out: dict[str, Any] = {}
        prefix = f"needle_defaults/{self.detail.practitioner.id}/"
        for field in REMEMBERED:
            value = self.settings.value(prefix + field)
            if value in (None, ""):
                continue
            if field in ("gauge_mm", "length_mm", "depth_mm"):
                try:
                    value = float(value)
                except (TypeError, ValueError):
                    continue
            out[field] = value
        if "depth_mm" in out and out.get("length_mm") is not None and out["depth_mm"] > out["length_mm"]:
            del out["depth_mm"]
        return out

    def remember(self, field: str, value: Any) -> None:
        if self.detail is None or field not in REMEMBERED:
            return
        key = f"needle_defaults/{self.detail.practitioner.id}/{field}"
        if value is None:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, value)

    # --- charting actions ----------------------------------------------------------------------

    def add_specs(self, specs: Sequence[NeedleSpec], text: str) -> bool:
        if not specs:
            return False
        return self.run(AddNeedlesCommand(self, specs, text, self.defaults()))

    def place_point(self, code: str, side: str, view: str, x: float, y: float) -> bool:
        """A diagram click near a library point."""
        spec = NeedleSpec(point_code=code, side=side, view=view, x=x, y=y)
        side_text = {"left": "L", "right": "R"}.get(side, "")
        return self.add_specs([spec], self.tr("Place %1").replace("%1", f"{code} {side_text}".strip()))

    def place_ashi(self, view: str, x: float, y: float) -> bool:
        """A diagram click elsewhere on the body: a free (ashi) spot, numbered."""
        count = sum(1 for n in self.model.needles if n.ashi_label) + 1
        side = "midline" if abs(x - 0.5) < 0.01 else ("left" if self._is_left(view, x) else "right")
        spec = NeedleSpec(ashi_label=str(count), side=side, view=view, x=x, y=y)
        return self.add_specs([spec], self.tr("Place ashi %1").replace("%1", str(count)))

    @staticmethod
    def _is_left(view: str, x: float) -> bool:
        # On the back view the patient's left is on the viewer's left; on the front, the right.
        return x < 0.5 if view != "front" else x > 0.5

    def add_entered_points(self, pairs: list[tuple[str, str]]) -> bool:
        """Keyboard entry: chart ``(code, side)`` pairs, on the diagram's current view where drawn."""
        view = self.diagram.current_view
        specs: list[NeedleSpec] = []
        try:
            for code, side in pairs:
                try:
                    specs.extend(sessions.resolve_point(code, side, view))
                except ValidationError as exc:
                    if exc.field != "view":
                        raise
                    specs.extend(sessions.resolve_point(code, side))
        except ValidationError as exc:
            self._entry_failed(str(exc))
            return False
        codes = " ".join(code for code, _ in pairs)
        ok = self.add_specs(specs, self.tr("Enter %1").replace("%1", codes))
        if ok:
            self.entry_error.hide()
        return ok

    def _entry_failed(self, message: str) -> None:
        self.entry_error.setText(message)
        self.entry_error.show()
        self.statusMessage.emit(message)

    def move_needle(self, needle_id: int, x: float, y: float) -> bool:
        needle = self._needle(needle_id)
        if needle is None:
            return False
        return self.run(
            EditNeedleCommand(
                self, needle.uuid, {"x": x, "y": y}, {"x": needle.x, "y": needle.y},
                self.tr("Move %1").replace("%1", needle.label),
            )
        )

    def set_side(self, needle_id: int, side: str) -> bool:
        """Context menu side: left / right moves the marker to that side; both adds the other side."""
        needle = self._needle(needle_id)
        if needle is None:
            return False
        if side == "both":
            if not needle.point_code or needle.side == "midline":
                return False
            other = "right" if needle.side == "left" else "left"
            if any(n.point_code == needle.point_code and n.side == other for n in self.model.needles):
                return False
            try:
                specs = sessions.resolve_point(needle.point_code, other, needle.view)
            except ValidationError as exc:
                self._report(exc, box=True)
                return False
            specs = [dataclasses.replace(s, settings={k: getattr(needle, k) for k in REMEMBERED}) for s in specs]
            return self.add_specs(specs, self.tr("Add other side of %1").replace("%1", needle.label))
        new: dict[str, Any] = {"side": side}
        if needle.point_code:
            try:
                spec = sessions.resolve_point(needle.point_code, side, needle.view)[0]
            except ValidationError as exc:
                self._report(exc, box=True)
                return False
            new.update(x=spec.x, y=spec.y)
        old = {k: getattr(needle, k) for k in new}
        return self.run(
            EditNeedleCommand(self, needle.uuid, new, old, self.tr("Side of %1").replace("%1", needle.label))
        )

    def edit_setting(self, needle_id: int, field: str, value: Any) -> NeedleInfo:
        """Change one setting through an undo command; raises AcuChartError to refuse."""
        needle = self._needle(needle_id)
        if needle is None:
            raise ValidationError("needle", "is no longer charted")
        label = self.model.headerData(COL[field], Qt.Orientation.Horizontal)
        command = EditNeedleCommand(
            self, needle.uuid, {field: value}, {field: getattr(needle, field)},
            self.tr("%1 of %2").replace("%1", label).replace("%2", needle.label),
        )
        command.first()
        self.undo_stack.push(command)
        self.remember(field, value)
        assert command.result is not None
        return command.result

    def _edit_from_table(self, needle_id: int, field: str, value: Any) -> NeedleInfo:
        return self.edit_setting(needle_id, field, value)

    def _edit_failed(self, message: str) -> None:
        self._report(message, box=True)

    def edit_needle(self, needle_id: int) -> None:
        """Context menu Edit: select the row and open its gauge editor."""
        row = self.model.row_of(needle_id)
        if row < 0:
            return
        index = self.model.index(row, COL["gauge_mm"])
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def delete_needles(self, needle_ids: Sequence[int]) -> bool:
        needles = [n for n in (self._needle(i) for i in needle_ids) if n is not None]
        if not needles:
            return False
        text = self.tr("Delete %1").replace("%1", ", ".join(n.label for n in needles))
        return self.run(RemoveNeedlesCommand(self, [n.uuid for n in needles], text))

    def delete_selected(self) -> bool:
        return self.delete_needles(self.selected_ids())

    def insert_all(self) -> bool:
        if not any(n.state == "planned" for n in self.model.needles):
            self.statusMessage.emit(self.tr("No planned needles to insert"))
            return False
        return self.run(NeedleTimesCommand(self, "insert", None, self.tr("Insert all")))

    def remove_all(self) -> bool:
        if not any(n.state == "inserted" for n in self.model.needles):
            self.statusMessage.emit(self.tr("No needles are in"))
            return False
        return self.run(NeedleTimesCommand(self, "remove", None, self.tr("Remove all")))

    def insert_selected(self) -> bool:
        chosen = [n for n in self._selected_needles() if n.state == "planned"]
        if not chosen:
            return False
        text = self.tr("Insert %1").replace("%1", ", ".join(n.label for n in chosen))
        return self.run(NeedleTimesCommand(self, "insert", [n.uuid for n in chosen], text))

    def remove_selected(self) -> bool:
        chosen = [n for n in self._selected_needles() if n.state == "inserted"]
        if not chosen:
            return False
        text = self.tr("Remove %1").replace("%1", ", ".join(n.label for n in chosen))
        return self.run(NeedleTimesCommand(self, "remove", [n.uuid for n in chosen], text))

    def request_pair(self, a_id: int, b_id: int) -> bool:
        """A lead pair drawn on the diagram: the EA panel handles it when installed."""
        for panel in self.panels.values():
            handler = getattr(panel, "request_pair", None)
            if handler is not None:
                handler(a_id, b_id)
                return True
        a, b = self._needle(a_id), self._needle(b_id)
        if a is None or b is None:
            return False
        return self.run(
            AddChannelCommand(
                self, a.uuid, b.uuid, self.tr("Join %1 – %2").replace("%1", a.label).replace("%2", b.label)
            )
        )

    def end_session(self) -> bool:
        """End the session; with needles still in, ask, and record the confirmation."""
        if self.detail is None:
            return False
        self.flush()
        still_in = [n for n in self.model.needles if n.state == "inserted"]
        confirm = False
        if still_in:
            codes = ", ".join(n.label for n in still_in)
            answer = QMessageBox.warning(
                self,
                self.tr("Needles still in"),
                self.tr("%1 needle(s) are still in: %2.\n\nEnd the session anyway? This is recorded on the session.")
                .replace("%1", str(len(still_in)))
                .replace("%2", codes),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            confirm = True
        try:
            detail = sessions.end_session(self.db, self.detail.id, confirm_needles_in=confirm)
        except AcuChartError as exc:
            self._report(exc, box=True)
            return False
        self.undo_stack.clear()
        self._show(detail)
        self.sessionChanged.emit()
        self.statusMessage.emit(self.tr("Session ended"))
        return True

    def apply_template(self, template_id: int) -> bool:
        """Chart a protocol template's needles, EA pairs and retention as one undoable step."""
        if self.detail is None:
            return False
        text = self.tr("Apply template")
        return self.run(ApplyTemplateCommand(self, template_id, self.detail.planned_retention_min, text))

    def choose_and_apply_template(self) -> bool:
        if self.detail is None:
            return False
        from ui.templates.dialog import choose_template

        template_id = choose_template(self, self.db)
        return template_id is not None and self.apply_template(template_id)

    def save_as_template(self) -> None:
        if self.detail is None:
            return
        self.flush()
        from ui.templates.dialog import save_session_as_template

        saved = save_session_as_template(self, self.db, self.detail.id)
        if saved is not None:
            self.statusMessage.emit(self.tr("Saved template %1").replace("%1", saved.name))

    # --- text fields -----------------------------------------------------------------------------

    def _commit_field(self, field: str, old: Any, new: Any) -> bool:
        if self.detail is None:
            return False
        label = self.notes.editors[field].accessibleName()
        command = SessionFieldCommand(self, field, old, new, self.tr("Edit %1").replace("%1", label))
        try:
            command.first()
        except AcuChartError as exc:
            self._report(exc, box=False)
            return False
        self.undo_stack.push(command)
        self.detail = dataclasses.replace(self.detail, **{field: new})
        if field == "planned_retention_min":
            self.clock.set_state(self.model.needles, int(new))
        self.sessionChanged.emit()
        return True

    def flush(self) -> bool:
        """Write any typed text not yet saved (session switch, window close)."""
        if self.detail is None:
            return True
        return self.notes.flush()

    # --- selection ---------------------------------------------------------------------------------

    def _needle(self, needle_id: int) -> NeedleInfo | None:
        row = self.model.row_of(needle_id)
        return self.model.needles[row] if row >= 0 else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.needles[r].id for r in rows]

    def _selected_needles(self) -> list[NeedleInfo]:
        return [n for n in (self._needle(i) for i in self.selected_ids()) if n is not None]

    def _table_selection_changed(self, *_args) -> None:
        if self._syncing_selection:
            return
        ids = self.selected_ids()
        self.diagram.select_needles(ids)
        self._selection_to_panels(ids)

    def _diagram_selection_changed(self, ids: list) -> None:
        self._syncing_selection = True
        try:
            selection = self.table.selectionModel()
            selection.clearSelection()
            for needle_id in ids:
                row = self.model.row_of(needle_id)
                if row >= 0:
                    selection.select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            if ids:
                row = self.model.row_of(ids[-1])
                if row >= 0:
                    self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing_selection = False
        self._selection_to_panels(list(ids))

    def _selection_to_panels(self, ids: list[int]) -> None:
        for panel in self.panels.values():
            handler = getattr(panel, "set_selected_needles", None)
            if handler is not None:
                handler(ids)

    def focus_point_entry(self) -> None:
        self.point_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.point_entry.selectAll()

    def go_to_field(self, key: str) -> None:
        """Jump to a field named by a completeness item (``session.plan``, ``needle.gauge_mm``, ...)."""
        kind, _, name = key.partition(".")
        if kind == "session" and name in self.notes.editors:
            self.show_tab(self.notes)
            self.notes.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if kind == "needle" and name in COL and self.model.rowCount():
            index = self.model.index(0, COL[name])
            self.table.setCurrentIndex(index)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if key == "session.needles":
            self.focus_point_entry()
            return
        if kind == "channel" and getattr(self, "ea_panel", None) is not None:
            self.show_tab(self.ea_panel)
            return
        if kind == "case" and self.detail is not None and self.detail.case is not None:
            from charting.patients import get_case
            from ui.patients.dialogs import QtCaseDialog

            dialog = QtCaseDialog(self.db, self.detail.patient.id, get_case(self.db, self.detail.case.id), self)
            widget = dialog.fields.get(name.replace("_", " "))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if dialog.exec():
                self.reload()
            return
        self.statusMessage.emit(self.tr("Fill in: %1").replace("%1", key))

    # --- clock ---------------------------------------------------------------------------------------

    def _tick(self, now) -> None:
        self.model.tick(now)
        planned = self.detail.planned_retention_min if self.detail is not None else 0
        elapsed = self.clock.elapsed
        shown = format_duration(elapsed) if elapsed is not None else "--:--"
        self.timer_label.setText(f"{shown} / {planned} min")

    def _alert(self, due: bool) -> None:
        if due:
            planned = self.detail.planned_retention_min if self.detail is not None else 0
            self.banner.setText(
                self.tr("Planned retention of %1 min reached: %2 needle(s) still in")
                .replace("%1", str(planned))
                .replace("%2", str(self.clock.needles_in))
            )
            self.banner.show()
            self.timer_label.setStyleSheet("color: #d93025;")  # readable on light and dark
        else:
            self.banner.hide()
            self.timer_label.setStyleSheet("")

    def now(self):
        return utcnow()

    def closeEvent(self, event) -> None:
        self.flush()
        self.clock.stop()
        super().closeEvent(event)
