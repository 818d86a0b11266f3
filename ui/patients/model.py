"""Item models for the patient browser (plain snapshots in, rows out)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from charting.patients import PatientSummary
from ui.widgets.badges import QtBadgeDelegate

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("QtPatientListModel", text)


class QtPatientListModel(QAbstractTableModel):
    """Patients matching the search box, as rows.

    Attributes:
        patients: the rows shown, as :class:`charting.patients.PatientSummary`.
    """

    FLAGS_COLUMN = 3
    FLAGS_ROLE = QtBadgeDelegate.ROLE
    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.patients: list[PatientSummary] = []
        self._headers = (_tr("Chart"), _tr("Name"), _tr("Born"), _tr("Safety flags"))

    def set_patients(self, patients: list[PatientSummary]) -> None:
        self.beginResetModel()
        self.patients = list(patients)
        self.endResetModel()

    def row_of(self, patient_id: int) -> int:
        for row, patient in enumerate(self.patients):
            if patient.id == patient_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.patients)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.patients):
            return None
        patient = self.patients[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return patient.chart_number
            if column == 1:
                return patient.display_name
            if column == 2:
                return patient.date_of_birth.isoformat() if patient.date_of_birth else ""
            if column == self.FLAGS_COLUMN:
                if role == Qt.ItemDataRole.DisplayRole:
                    return ""  # painted as badges by QtBadgeDelegate
                return "; ".join(patient.flags) or _tr("No safety flags")
            return None
        if role == self.FLAGS_ROLE and column == self.FLAGS_COLUMN:
            return patient.flags
        if role == self.ID_ROLE:
            return patient.id
        return None
