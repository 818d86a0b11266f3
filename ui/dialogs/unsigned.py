"""QtUnsignedSessionsDialog: draft sessions older than a day, to chase before an audit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.sessions import SessionSummary, list_sessions

ID_ROLE = Qt.ItemDataRole.UserRole
#: Drafts older than this are listed.
OLDER_THAN = dt.timedelta(days=1)


class QtUnsignedSessionsDialog(QDialog):
    """Unsigned sessions started more than a day ago; Enter or double-click opens one.

    Attributes:
        sessions: the sessions listed, newest first.

    Signals:
        sessionActivated(int): the session id the practitioner chose to open.
    """

    sessionActivated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sessions: list[SessionSummary] = []
        self.setWindowTitle(self.tr("Unsigned sessions"))
        self.setAccessibleName(self.tr("Unsigned sessions"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Unsigned sessions summary"))
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Unsigned sessions list"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Patient"), self.tr("Chart"), self.tr("Practitioner"), self.tr("Needles")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open the selected session"))
        self.refresh_button = buttons.addButton(self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.setAccessibleName(self.tr("Refresh the list"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.refresh()

    def refresh(self) -> None:
        self.sessions = list_sessions(self.db, unsigned_older_than=OLDER_THAN)
        self.table.setRowCount(len(self.sessions))
        for row, session in enumerate(self.sessions):
            cells = (
                session.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                session.patient_name,
                session.chart_number,
                session.practitioner,
                str(session.needle_count),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, session.id)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.sessions:
            self.summary.setText(
                self.tr("%n session(s) started more than a day ago are not signed yet.", "", len(self.sessions))
            )
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.summary.setText(self.tr("Every session older than a day is signed."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def open_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        self.sessionActivated.emit(int(items[0].data(ID_ROLE)))
        self.accept()
