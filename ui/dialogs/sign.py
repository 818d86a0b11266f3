"""QtSignDialog: sign a session by re-entering the password.

What the practitioner signs is summarised first (patient, date, needles, EA
pairs); the reasons a session cannot be signed yet (needles still in,
unacknowledged safety warnings, a wrong password) are shown in the dialog and
nothing is lost.  After signing the session is read-only: corrections are addenda.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from charting import sessions, signing
from charting.db.engine import Database
from charting.errors import AcuChartError

ERROR_STYLE = "color: #b3261e;"


class QtSignDialog(QDialog):
    """Sign session ``session_id`` as the logged-in practitioner.

    Attributes:
        signature: the :class:`charting.signing.SignatureInfo` once signed, else None.

    Signals:
        sessionSigned(int): the session id, after it was signed.
    """

    sessionSigned = Signal(int)

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.signature: signing.SignatureInfo | None = None
        detail = sessions.get_session(db, session_id)
        self.expected_version = detail.version
        self.setWindowTitle(self.tr("Sign session"))
        self.setAccessibleName(self.tr("Sign session"))

        patient = detail.patient
        name = f"{patient.family_name}, {patient.given_name}" if patient.given_name else patient.family_name
        started = detail.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        summary = QLabel(
            self.tr(
                "<b>{patient}</b> ({chart})<br>Session of {started} · needles: {needles} · EA lead pairs: {pairs}"
            ).format(
                patient=html.escape(name),
                chart=html.escape(patient.chart_number),
                started=started,
                needles=len(detail.needles),
                pairs=len(detail.channels),
            ),
            self,
        )
        summary.setAccessibleName(self.tr("Session to sign"))
        summary.setTextFormat(Qt.TextFormat.RichText)
        warning = QLabel(
            self.tr("Once signed, the session cannot be changed. Corrections are added as dated addenda."), self
        )
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("What signing means"))

        form = QFormLayout()
        self.username = QLineEdit(db.actor if db.practitioner_id is not None else "", self)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setReadOnly(db.practitioner_id is not None)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Signed by:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why the session cannot be signed"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        buttons = QDialogButtonBox(self)
        self.sign_button = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(self.tr("Sign the session"))
        self.sign_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.try_sign)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password if self.username.text() else self.username).setFocus()

    def try_sign(self) -> bool:
        try:
            self.signature = signing.sign_session(
                self.db,
                self.session_id,
                self.username.text().strip(),
                self.password.text(),
                expected_version=self.expected_version,
            )
        except AcuChartError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()
            self.password.clear()
            self.password.setFocus()
            return False
        self.sessionSigned.emit(self.session_id)
        self.accept()
        return True
