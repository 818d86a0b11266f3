"""The main window: the patient list with instant search."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from charting.db.engine import Database
from charting.patients import PatientSummary, search_patients

_Index = QModelIndex | QPersistentModelIndex


class QtPatientListModel(QAbstractTableModel):
    """Patients matching the search box, as rows.

    Attributes:
        patients: the rows shown, as :class:`charting.patients.PatientSummary`.
    """

    HEADERS = ("Chart", "Name", "Born", "Safety flags")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.patients: list[PatientSummary] = []

    def set_patients(self, patients: list[PatientSummary]) -> None:
        self.beginResetModel()
        self.patients = list(patients)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.patients)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.patients):
            return None
        patient = self.patients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return patient.chart_number
            if column == 1:
                return patient.display_name
            if column == 2:
                return patient.date_of_birth.isoformat() if patient.date_of_birth else ""
            return " · ".join(patient.flags)
        if role == Qt.ItemDataRole.UserRole:
            return patient.id
        return None


class QtMainWindow(QMainWindow):
    """The application frame."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle("AcuChart")
        self.resize(1200, 800)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search_box = QLineEdit(central)
        self.search_box.setPlaceholderText("Search patients by name, chart number or date of birth")
        self.search_box.setAccessibleName("Patient search")
        self.search_box.setClearButtonEnabled(True)
        layout.addWidget(self.search_box)
        self.patient_model = QtPatientListModel(self)
        self.patient_view = QTableView(central)
        self.patient_view.setAccessibleName("Patient list")
        self.patient_view.setModel(self.patient_model)
        self.patient_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.patient_view.horizontalHeader().setStretchLastSection(True)
        self.patient_view.verticalHeader().hide()
        layout.addWidget(self.patient_view)
        self.setCentralWidget(central)
        self.search_box.textChanged.connect(self.refresh_patients)
        self.refresh_patients()

    def refresh_patients(self, query: str | None = None) -> None:
        text = self.search_box.text() if query is None else query
        self.patient_model.set_patients(search_patients(self.db, text))
