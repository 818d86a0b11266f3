"""The patient browser: instant search, the chosen patient's header, cases and sessions.

Dialogs are imported when first opened, so the first screen stays light.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.patients import CaseInfo, PatientDetail, get_patient, list_cases, search_patients
from ui.patients.model import QtPatientListModel
from ui.widgets.badges import QtBadgeDelegate, QtFlagBadges


class QtPatientBrowser(QWidget):
    """Search box, patient list, and the selected patient's cases and sessions.

    Signals:
        patientSelected(int): the current patient changed (its id).
        sessionOpenRequested(int): open this session in the editor.
        courseRequested(int): show this case's course (Enter or double-click on a case, Course…).
    """

    patientSelected = Signal(int)
    sessionOpenRequested = Signal(int)
    courseRequested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient: PatientDetail | None = None
        self.cases: list[CaseInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search name, chart number or birth date"))
        self.search_box.setAccessibleName(self.tr("Patient search"))
        self.search_box.setClearButtonEnabled(True)
        layout.addWidget(self.search_box)

        self.patient_model = QtPatientListModel(self)
        self.patient_view = QTableView(self)
        self.patient_view.setAccessibleName(self.tr("Patient list"))
        self.patient_view.setModel(self.patient_model)
        self.patient_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patient_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patient_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patient_view.setItemDelegateForColumn(QtPatientListModel.FLAGS_COLUMN, QtBadgeDelegate(self))
        self.patient_view.verticalHeader().hide()
        header = self.patient_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.patient_view.setTabKeyNavigation(False)
        layout.addWidget(self.patient_view, 3)

        buttons = QHBoxLayout()
        self.new_patient_button = self._button(self.tr("&New patient…"), self.tr("New patient"), buttons)
        self.edit_patient_button = self._button(self.tr("&Edit patient…"), self.tr("Edit patient"), buttons)
        layout.addLayout(buttons)

        self.patient_name = QLabel(self)
        self.patient_name.setAccessibleName(self.tr("Selected patient"))
        font = self.patient_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.patient_name.setFont(font)
        self.patient_name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.patient_name)
        self.badges = QtFlagBadges(self)
        layout.addWidget(self.badges)

        cases_label = QLabel(self.tr("&Cases"), self)
        layout.addWidget(cases_label)
        self.case_list = QListWidget(self)
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.case_list.setWordWrap(True)
        cases_label.setBuddy(self.case_list)
        layout.addWidget(self.case_list, 1)
        case_buttons = QHBoxLayout()
        self.new_case_button = self._button(self.tr("New c&ase…"), self.tr("New case"), case_buttons)
        self.edit_case_button = self._button(self.tr("Edit case…"), self.tr("Edit case"), case_buttons)
        self.course_button = self._button(self.tr("C&ourse…"), self.tr("Course of the case"), case_buttons)
        layout.addLayout(case_buttons)

        sessions_label = QLabel(self.tr("&Sessions"), self)
        layout.addWidget(sessions_label)
        self.session_list = QListWidget(self)
        self.session_list.setAccessibleName(self.tr("Sessions"))
        sessions_label.setBuddy(self.session_list)
        layout.addWidget(self.session_list, 2)
        session_buttons = QHBoxLayout()
        self.new_session_button = self._button(self.tr("New session"), self.tr("New session"), session_buttons)
        self.repeat_button = self._button(self.tr("Repeat last"), self.tr("Repeat last session"), session_buttons)
        layout.addLayout(session_buttons)

        self.search_box.textChanged.connect(self.refresh_patients)
        self.search_box.returnPressed.connect(self._search_enter)
        self.patient_view.selectionModel().currentRowChanged.connect(self._current_patient_changed)
        self.patient_view.activated.connect(lambda _i: self.session_list.setFocus())
        self.new_patient_button.clicked.connect(self.new_patient)
        self.edit_patient_button.clicked.connect(self.edit_patient)
        self.new_case_button.clicked.connect(self.new_case)
        self.edit_case_button.clicked.connect(self.edit_case)
        self.case_list.itemActivated.connect(lambda _item: self.request_course())
        self.course_button.clicked.connect(self.request_course)
        self.case_list.currentRowChanged.connect(lambda _row: self._case_changed())
        self.new_session_button.clicked.connect(lambda: self.new_session(repeat_last=False))
        self.repeat_button.clicked.connect(lambda: self.new_session(repeat_last=True))
        self.session_list.itemActivated.connect(self._session_activated)
        self.refresh_patients()
        self._show_patient(None)

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        row.addWidget(button)
        return button

    # --- patients ---------------------------------------------------------------

    def refresh_patients(self, query: str | None = None) -> None:
        text = self.search_box.text() if query is None else query
        keep = self.patient.id if self.patient is not None else None
        self.patient_model.set_patients(search_patients(self.db, text))
        if keep is not None:
            row = self.patient_model.row_of(keep)
            if row >= 0:
                self._select_row(row, notify=False)

    def _search_enter(self) -> None:
        if self.patient_model.rowCount() > 0:
            self._select_row(0)
            self.patient_view.setFocus()

    def _select_row(self, row: int, *, notify: bool = True) -> None:
        index = self.patient_model.index(row, 0)
        selection = self.patient_view.selectionModel()
        if not notify:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if not notify:
            selection.blockSignals(False)

    def select_patient(self, patient_id: int) -> None:
        """Make ``patient_id`` current (clearing the search if it hides the patient)."""
        row = self.patient_model.row_of(patient_id)
        if row < 0:
            self.search_box.clear()
            row = self.patient_model.row_of(patient_id)
        if row >= 0:
            self._select_row(row)
        else:
            self._show_patient(get_patient(self.db, patient_id))

    def _current_patient_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        patient_id = self.patient_model.data(current, QtPatientListModel.ID_ROLE)
        self._show_patient(get_patient(self.db, patient_id))
        self.patientSelected.emit(patient_id)

    def _show_patient(self, patient: PatientDetail | None) -> None:
        self.patient = patient
        has = patient is not None
        for widget in (self.edit_patient_button, self.new_case_button, self.new_session_button, self.repeat_button):
            widget.setEnabled(has)
        if patient is None:
            self.patient_name.setText(self.tr("No patient selected"))
            self.badges.set_flags(())
            self.cases = []
            self.case_list.clear()
            self.session_list.clear()
            self.edit_case_button.setEnabled(False)
            self.course_button.setEnabled(False)
            return
        born = f" · {patient.date_of_birth.isoformat()}" if patient.date_of_birth else ""
        self.patient_name.setText(f"{patient.display_name}\n{patient.chart_number}{born}")
        self.badges.set_flags(patient.flags)
        self._refresh_cases()

    def _refresh_cases(self, select_case: int | None = None) -> None:
        assert self.patient is not None
        self.cases = list_cases(self.db, self.patient.id)
        self.case_list.blockSignals(True)
        self.case_list.clear()
        all_item = QListWidgetItem(self.tr("All sessions"))
        all_item.setData(Qt.ItemDataRole.UserRole, None)
        self.case_list.addItem(all_item)
        current = 0
        for row, case in enumerate(self.cases, start=1):
            dates = case.start_date.isoformat() + (f" – {case.end_date.isoformat()}" if case.end_date else "")
            text = f"{case.diagnosis or case.chief_complaint}\n{case.chief_complaint} · {dates}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.case_list.addItem(item)
            if case.id == select_case:
                current = row
        self.case_list.setCurrentRow(current)
        self.case_list.blockSignals(False)
        self.edit_case_button.setEnabled(bool(self.cases))
        self.course_button.setEnabled(self.current_case() is not None)
        self.refresh_sessions()

    def current_case(self) -> CaseInfo | None:
        item = self.case_list.currentItem()
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id is None:
            return self.cases[-1] if len(self.cases) == 1 else None
        return next((c for c in self.cases if c.id == case_id), None)

    def current_case_id(self) -> int | None:
        """The id of the case the course view and new sessions use (None when none is chosen)."""
        case = self.current_case()
        return case.id if case is not None else None

    def request_course(self) -> None:
        """Ask for the course view of the current case (nothing happens without one)."""
        case_id = self.current_case_id()
        if case_id is not None:
            self.courseRequested.emit(case_id)

    def _case_changed(self) -> None:
        self.course_button.setEnabled(self.current_case() is not None)
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        from charting.commands._output import local_time
        from charting.sessions import list_sessions

        self.session_list.clear()
        if self.patient is None:
            return
        item = self.case_list.currentItem()
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        for s in list_sessions(self.db, patient_id=self.patient.id, case_id=case_id):
            status = self.tr("signed") if s.status == "signed" else self.tr("draft")
            text = self.tr("%1 · %2 needles · %3").replace("%1", local_time(s.started_at))
            text = text.replace("%2", str(s.needle_count)).replace("%3", status)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, s.id)
            self.session_list.addItem(entry)

    def refresh_current(self) -> None:
        """Re-read the current patient (after a session changed, a dialog saved, ...)."""
        if self.patient is not None:
            case = self.current_case()
            self.patient = get_patient(self.db, self.patient.id)
            born = f" · {self.patient.date_of_birth.isoformat()}" if self.patient.date_of_birth else ""
            self.patient_name.setText(f"{self.patient.display_name}\n{self.patient.chart_number}{born}")
            self.badges.set_flags(self.patient.flags)
            self._refresh_cases(case.id if case else None)

    def _session_activated(self, item: QListWidgetItem) -> None:
        self.sessionOpenRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- actions -------------------------------------------------------------------

    def new_patient(self) -> None:
        from ui.patients.dialogs import QtPatientDialog

        dialog = QtPatientDialog(self.db, None, self)
        if dialog.exec() and dialog.result_patient is not None:
            self.search_box.setText(dialog.result_patient.chart_number)
            self.select_patient(dialog.result_patient.id)

    def edit_patient(self) -> None:
        if self.patient is None:
            return
        from ui.patients.dialogs import QtPatientDialog

        dialog = QtPatientDialog(self.db, get_patient(self.db, self.patient.id), self)
        if dialog.exec() and dialog.result_patient is not None:
            self.refresh_patients()
            self.refresh_current()
            self.patientSelected.emit(self.patient.id)

    def new_case(self) -> None:
        if self.patient is None:
            return
        from ui.patients.dialogs import QtCaseDialog

        dialog = QtCaseDialog(self.db, self.patient.id, None, self)
        if dialog.exec() and dialog.result_case is not None:
            self._refresh_cases(dialog.result_case.id)

    def edit_case(self) -> None:
        case = self.current_case()
        if self.patient is None or case is None:
            return
        from ui.patients.dialogs import QtCaseDialog

        dialog = QtCaseDialog(self.db, self.patient.id, case, self)
        if dialog.exec() and dialog.result_case is not None:
            self._refresh_cases(dialog.result_case.id)

    def new_session(self, *, repeat_last: bool = False) -> int | None:
        """Open a new draft session for the current patient and case; returns its id."""
        if self.patient is None:
            return None
        from charting.sessions import create_session

        case = self.current_case()
        try:
            detail = create_session(
                self.db, self.patient.id, case_id=case.id if case else None, repeat_last=repeat_last
            )
        except AcuChartError as exc:
            QMessageBox.warning(self, self.tr("New session"), str(exc))
            return None
        self.refresh_sessions()
        self.sessionOpenRequested.emit(detail.id)
        return detail.id
