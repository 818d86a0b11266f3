"""QtLoginDialog: who is charting.  Shown at start, over the main window.

With accounts on record, it asks for a username and password
(:func:`charting.accounts.login`).  A new database with nobody able to log in
asks for the first account instead.  The demo clinic, and only while its
``demo`` account still has the default password, shows the hint
"Demo clinic: log in as demo / demo".
"""

from __future__ import annotations

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

from charting import accounts
from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.practitioners import PractitionerInfo

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "background: #e8f0fe; border: 1px solid #aac4f0; border-radius: 4px; padding: 6px;"


class QtLoginDialog(QDialog):
    """Log a practitioner in on ``db`` (or create the first account).

    Attributes:
        practitioner: the logged-in practitioner once accepted, else None.
        first_account: True when the dialog creates the first account.

    Signals:
        loggedIn(str): the username, after a successful login.
    """

    loggedIn = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.practitioner: PractitionerInfo | None = None
        self.first_account = not accounts.has_accounts(db)
        self.setWindowTitle(self.tr("Log in to AcuChart"))
        self.setAccessibleName(self.tr("Log in"))
        self.setModal(True)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Login instructions"))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Full name"))
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat password"))
        if self.first_account:
            intro.setText(
                self.tr(
                    "Nobody can log in to this clinic database yet. Create the first practitioner "
                    "account: every change and signature will carry this name."
                )
            )
            form.addRow(self.tr("Full &name:"), self.name)
        else:
            intro.setText(self.tr("Log in to chart: every change you make is recorded under your name."))
            self.name.hide()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        if self.first_account:
            form.addRow(self.tr("&Repeat password:"), self.repeat)
        else:
            self.repeat.hide()

        self.hint = QLabel(self.tr("Demo clinic: log in as demo / demo"), self)
        self.hint.setAccessibleName(self.tr("Demo login hint"))
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(not self.first_account and accounts.demo_login_available(db))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Login error"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Create account and log in") if self.first_account else self.tr("Log in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit AcuChart"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.name if self.first_account else self.username).setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def try_login(self) -> bool:
        """Check the entries; on success log in and accept. Returns True on success."""
        username = self.username.text().strip()
        password = self.password.text()
        try:
            if self.first_account:
                if password != self.repeat.text():
                    self.show_error(self.tr("The two passwords differ."))
                    self.repeat.clear()
                    self.repeat.setFocus()
                    return False
                accounts.create_account(self.db, username, password, name=self.name.text())
            self.practitioner = accounts.login(self.db, username, password)
        except AcuChartError as exc:
            self.show_error(str(exc))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return False
        self.loggedIn.emit(self.practitioner.username)
        self.accept()
        return True
