"""QtAddendumDialog: append a dated, attributed correction to a session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from charting import signing
from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.sessions import AddendumInfo

ERROR_STYLE = "color: #b3261e;"


class QtAddendumDialog(QDialog):
    """Write an addendum to session ``session_id`` as the logged-in practitioner.

    Attributes:
        addendum: the stored :class:`charting.sessions.AddendumInfo` once saved.

    Signals:
        addendumAdded(int): the session id, after the addendum was stored.
    """

    addendumAdded = Signal(int)

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.addendum: AddendumInfo | None = None
        self.setWindowTitle(self.tr("Add an addendum"))
        self.setAccessibleName(self.tr("Add an addendum"))
        about = QLabel(
            self.tr(
                "The signed record stays as it was. This correction is dated now, carries your name ({user}) "
                "and is printed after the original."
            ).format(user=db.actor),
            self,
        )
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("About addenda"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Addendum text"))
        self.text.setPlaceholderText(self.tr("e.g. BL23 depth was 20 mm, not 25 mm."))
        self.text.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Addendum error"))
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Add addendum"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Add addendum"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 260)
        self.text.setFocus()

    def try_save(self) -> bool:
        try:
            self.addendum = signing.add_addendum(self.db, self.session_id, self.text.toPlainText())
        except AcuChartError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.addendumAdded.emit(self.session_id)
        self.accept()
        return True
