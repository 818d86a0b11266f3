"""QtRecordPanel: consent, adverse events and the STRICTA completeness checklist.

Three boxes, top to bottom:

- **Consent** for the patient (all courses, or this course): the list of
  consents with what each covers and whether it was withdrawn; a small form to
  record a new one; "Withdraw" on the selected one.
- **Adverse events** of the session: kind, severity, time, action taken and
  outcome; add and remove (refused for a signed session: it then belongs in
  an addendum).
- **Record completeness** (STRICTA 2010): each missing item is a link; clicking
  it (or Enter on it) emits ``fieldRequested`` with the field key so the editor
  can jump there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting import records
from charting.completeness import MissingItem, check_session
from charting.db.engine import Database
from charting.db.models import ADVERSE_KINDS, ADVERSE_SEVERITIES
from charting.errors import AcuChartError
from charting.records import ConsentInfo
from charting.sessions import AdverseEventInfo, SessionDetail

DATA_ROLE = Qt.ItemDataRole.UserRole
LINK_COLOUR = QColor("#0b57d0")
ERROR_COLOUR = "#b3261e"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QtRecordPanel(QWidget):
    """Consent, adverse events and the completeness checklist of one session.

    Attributes:
        detail: the session shown.
        consents: the patient's consents, as listed.
        missing: the completeness items listed.

    Signals:
        sessionChanged(): emitted after the panel wrote (consent or adverse event).
        fieldRequested(str): a missing item was clicked; the argument is its field key.
    """

    sessionChanged = Signal()
    fieldRequested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: SessionDetail | None = None
        self.consents: list[ConsentInfo] = []
        self.missing: list[MissingItem] = []
        self.setAccessibleName(self.tr("Clinical record"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_consent())
        layout.addWidget(self._build_events())
        layout.addWidget(self._build_checklist(), 1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setAccessibleName(self.tr("Record error"))
        self.error.hide()
        layout.addWidget(self.error)

    # --- building ----------------------------------------------------------------------

    def _build_consent(self) -> QGroupBox:
        box = QGroupBox(self.tr("Informed consent"), self)
        self.consent_list = QListWidget(box)
        self.consent_list.setAccessibleName(self.tr("Consents"))
        self.consent_list.setMaximumHeight(90)
        self.consent_list.itemSelectionChanged.connect(self._update_buttons)

        self.consent_date = QDateEdit(box)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setAccessibleName(self.tr("Consent date"))
        self.scope_checks: dict[str, QCheckBox] = {}
        scope_row = QHBoxLayout()
        for name, label in (
            ("acupuncture", self.tr("Acupuncture")),
            ("electroacupuncture", self.tr("Electroacupuncture")),
            ("moxibustion", self.tr("Moxibustion")),
            ("cupping", self.tr("Cupping")),
        ):
            check = QCheckBox(label, box)
            check.setAccessibleName(self.tr("Consent to %1").replace("%1", label.lower()))
            check.setChecked(name == "acupuncture")
            self.scope_checks[name] = check
            scope_row.addWidget(check)
        scope_row.addStretch(1)
        self.course_only = QCheckBox(self.tr("This course only"), box)
        self.course_only.setAccessibleName(self.tr("Consent for this course only"))
        self.consent_notes = QLineEdit(box)
        self.consent_notes.setAccessibleName(self.tr("Consent notes"))
        self.consent_notes.setPlaceholderText(self.tr("e.g. information leaflet given, risks explained"))
        self.add_consent_button = QPushButton(self.tr("Record consent"), box)
        self.add_consent_button.setAccessibleName(self.tr("Record consent"))
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_date = QDateEdit(box)
        self.withdraw_date.setCalendarPopup(True)
        self.withdraw_date.setDisplayFormat("yyyy-MM-dd")
        self.withdraw_date.setDate(QDate.currentDate())
        self.withdraw_date.setAccessibleName(self.tr("Withdrawal date"))
        self.withdraw_button = QPushButton(self.tr("Withdraw selected"), box)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw selected consent"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)

        form = QFormLayout()
        form.addRow(self.tr("Consented on"), self.consent_date)
        form.addRow(self.tr("To"), scope_row)
        form.addRow("", self.course_only)
        form.addRow(self.tr("Notes"), self.consent_notes)
        actions = QHBoxLayout()
        actions.addWidget(self.add_consent_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Withdrawn on"), box))
        actions.addWidget(self.withdraw_date)
        actions.addWidget(self.withdraw_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.consent_list)
        layout.addLayout(form)
        layout.addLayout(actions)
        return box

    def _build_events(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adverse events"), self)
        self.event_list = QListWidget(box)
        self.event_list.setAccessibleName(self.tr("Adverse events"))
        self.event_list.setMaximumHeight(90)
        self.event_list.itemSelectionChanged.connect(self._update_buttons)
        self.kind = QComboBox(box)
        self.kind.setAccessibleName(self.tr("Adverse event kind"))
        for kind in ADVERSE_KINDS:
            self.kind.addItem(kind, kind)
        self.severity = QComboBox(box)
        self.severity.setAccessibleName(self.tr("Adverse event severity"))
        for severity in ADVERSE_SEVERITIES:
            self.severity.addItem(severity, severity)
        self.occurred = QDateTimeEdit(box)
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred.setCalendarPopup(True)
        self.occurred.setDateTime(QDateTime.currentDateTime())
        self.occurred.setAccessibleName(self.tr("Adverse event time"))
        self.action = QLineEdit(box)
        self.action.setAccessibleName(self.tr("Action taken"))
        self.action.setPlaceholderText(self.tr("e.g. needles removed, patient lying down"))
        self.outcome = QLineEdit(box)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("e.g. recovered within 10 minutes"))
        self.add_event_button = QPushButton(self.tr("Add event"), box)
        self.add_event_button.setAccessibleName(self.tr("Add adverse event"))
        self.add_event_button.clicked.connect(self.add_event)
        self.remove_event_button = QPushButton(self.tr("Remove selected"), box)
        self.remove_event_button.setAccessibleName(self.tr("Remove selected adverse event"))
        self.remove_event_button.clicked.connect(self.remove_selected_event)

        row = QHBoxLayout()
        row.addWidget(self.kind, 2)
        row.addWidget(self.severity, 1)
        row.addWidget(self.occurred, 2)
        form = QFormLayout()
        form.addRow(self.tr("Event"), row)
        form.addRow(self.tr("Action taken"), self.action)
        form.addRow(self.tr("Outcome"), self.outcome)
        actions = QHBoxLayout()
        actions.addWidget(self.add_event_button)
        actions.addWidget(self.remove_event_button)
        actions.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.event_list)
        layout.addLayout(form)
        layout.addLayout(actions)
        return box

    def _build_checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record completeness (STRICTA 2010)"), self)
        self.checklist_summary = QLabel(box)
        self.checklist_summary.setWordWrap(True)
        self.checklist_summary.setAccessibleName(self.tr("Completeness summary"))
        self.checklist_summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.checklist = QListWidget(box)
        self.checklist.setAccessibleName(self.tr("Missing record items"))
        self.checklist.setAccessibleDescription(self.tr("Press Enter or click an item to go to its field"))
        self.checklist.setWordWrap(True)
        self.checklist.itemClicked.connect(self._request_field)
        self.checklist.itemActivated.connect(self._request_field)
        layout = QVBoxLayout(box)
        layout.addWidget(self.checklist_summary)
        layout.addWidget(self.checklist, 1)
        return box

    # --- showing -----------------------------------------------------------------------

    def set_session(self, detail: SessionDetail) -> None:
        """Show the consents, adverse events and missing items of ``detail``."""
        self.detail = detail
        self.error.hide()
        self.occurred.setDateTime(QDateTime.currentDateTime())
        self.course_only.setEnabled(detail.case is not None)
        if detail.case is None:
            self.course_only.setChecked(False)
        self._fill_consents()
        self._fill_events(detail.adverse_events)
        self._fill_checklist()
        self._update_buttons()

    def _fill_consents(self) -> None:
        self.consent_list.clear()
        if self.detail is None:
            return
        try:
            self.consents = records.list_consents(self.db, self.detail.patient.id)
        except AcuChartError as exc:
            self.consents = []
            self._show_error(str(exc))
        names = {
            "acupuncture": self.tr("acupuncture"),
            "electroacupuncture": self.tr("electroacupuncture"),
            "moxibustion": self.tr("moxibustion"),
            "cupping": self.tr("cupping"),
        }
        for consent in self.consents:
            scope = ", ".join(names[s] for s in consent.scope)
            course = self.tr("this course") if consent.case_id is not None else self.tr("all courses")
            text = (
                self.tr("%1 — %2 (%3)")
                .replace("%1", consent.consented_on.isoformat())
                .replace("%2", scope)
                .replace("%3", course)
            )
            if consent.obtained_by:
                text += " " + self.tr("by %1").replace("%1", consent.obtained_by)
            if consent.withdrawn_on is not None:
                text += " — " + self.tr("withdrawn %1").replace("%1", consent.withdrawn_on.isoformat())
            item = QListWidgetItem(text)
            item.setData(DATA_ROLE, consent)
            if consent.withdrawn_on is not None:
                item.setForeground(QBrush(QColor("#6b6b6b")))
            self.consent_list.addItem(item)
        if not self.consents:
            item = QListWidgetItem(self.tr("No consent recorded for this patient."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.consent_list.addItem(item)

    def _fill_events(self, events: tuple[AdverseEventInfo, ...]) -> None:
        self.event_list.clear()
        for event in events:
            when = event.occurred_at.astimezone().strftime("%H:%M") if event.occurred_at else ""
            text = f"{when} {event.kind} ({event.severity})".strip()
            details = "; ".join(p for p in (event.action_taken, event.outcome) if p)
            if details:
                text += f" — {details}"
            item = QListWidgetItem(text)
            item.setData(DATA_ROLE, event)
            self.event_list.addItem(item)
        if not events:
            item = QListWidgetItem(self.tr("No adverse events."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.event_list.addItem(item)

    def _fill_checklist(self) -> None:
        self.checklist.clear()
        if self.detail is None:
            return
        try:
            self.missing = check_session(self.db, self.detail.id)
        except AcuChartError as exc:
            self.missing = []
            self._show_error(str(exc))
        if not self.missing:
            self.checklist_summary.setText(self.tr("✔ Complete: nothing missing."))
            self.checklist_summary.setStyleSheet("color: #1e7d32;")
            self.checklist.hide()
            return
        self.checklist_summary.setStyleSheet("")
        self.checklist.show()
        self.checklist_summary.setText(
            self.tr("%1 item(s) missing — click one to go to its field:").replace("%1", str(len(self.missing)))
        )
        for entry in self.missing:
            item = QListWidgetItem(f"{entry.item}: {entry.message}")
            item.setData(DATA_ROLE, entry.field)
            item.setToolTip(entry.field)
            item.setForeground(QBrush(LINK_COLOUR))
            font = QFont(item.font())
            font.setUnderline(True)
            item.setFont(font)
            self.checklist.addItem(item)

    @property
    def read_only(self) -> bool:
        return self.detail is None or self.detail.signed

    def _update_buttons(self) -> None:
        has_session = self.detail is not None
        self.add_consent_button.setEnabled(has_session)
        selected_consent = self._selected(self.consent_list)
        self.withdraw_button.setEnabled(
            isinstance(selected_consent, ConsentInfo) and selected_consent.withdrawn_on is None
        )
        for widget in (self.kind, self.severity, self.occurred, self.action, self.outcome, self.add_event_button):
            widget.setEnabled(has_session and not self.read_only)
        self.remove_event_button.setEnabled(
            not self.read_only and isinstance(self._selected(self.event_list), AdverseEventInfo)
        )

    @staticmethod
    def _selected(widget: QListWidget):
        items = widget.selectedItems()
        return items[0].data(DATA_ROLE) if items else None

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _request_field(self, item: QListWidgetItem) -> None:
        field = item.data(DATA_ROLE)
        if field:
            self.fieldRequested.emit(str(field))

    # --- writing -----------------------------------------------------------------------

    def _changed(self) -> None:
        """Re-read what the panel shows and tell the editor the session changed."""
        from charting.sessions import get_session

        if self.detail is not None:
            self.set_session(get_session(self.db, self.detail.id))
        self.sessionChanged.emit()

    def add_consent(self) -> bool:
        if self.detail is None:
            return False
        scope = {name: check.isChecked() for name, check in self.scope_checks.items()}
        case_id = self.detail.case.id if (self.course_only.isChecked() and self.detail.case is not None) else None
        try:
            records.add_consent(
                self.db,
                self.detail.patient.id,
                case_id=case_id,
                consented_on=_pydate(self.consent_date.date()),
                obtained_by_id=self.db.practitioner_id or self.detail.practitioner.id,
                notes=self.consent_notes.text(),
                **scope,
            )
        except AcuChartError as exc:
            self._show_error(str(exc))
            return False
        self.consent_notes.clear()
        self._changed()
        return True

    def withdraw_selected(self) -> bool:
        consent = self._selected(self.consent_list)
        if not isinstance(consent, ConsentInfo):
            return False
        try:
            records.withdraw_consent(self.db, consent.id, _pydate(self.withdraw_date.date()))
        except AcuChartError as exc:
            self._show_error(str(exc))
            return False
        self._changed()
        return True

    def add_event(self) -> bool:
        if self.detail is None or self.read_only:
            return False
        when = self.occurred.dateTime().toPython()
        if when.tzinfo is None:
            when = when.astimezone()  # the clinic's wall clock
        try:
            records.add_adverse_event(
                self.db,
                self.detail.id,
                kind=self.kind.currentData(),
                severity=self.severity.currentData(),
                occurred_at=when,
                action_taken=self.action.text(),
                outcome=self.outcome.text(),
            )
        except AcuChartError as exc:
            self._show_error(str(exc))
            return False
        self.action.clear()
        self.outcome.clear()
        self._changed()
        return True

    def remove_selected_event(self) -> bool:
        event = self._selected(self.event_list)
        if self.read_only or not isinstance(event, AdverseEventInfo):
            return False
        try:
            records.remove_adverse_event(self.db, event.id)
        except AcuChartError as exc:
            self._show_error(str(exc))
            return False
        self._changed()
        return True
