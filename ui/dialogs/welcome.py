"""The first-run welcome: the clinic's name, address and logo, and the first account.

Shown when the database has no practitioner yet (:func:`needs_first_run`).  It
either creates the first practitioner account (with its password), saves the
clinic settings and logs that practitioner in (``db.practitioner_id`` is set),
or loads the demo clinic, whose account is ``demo`` / ``demo`` (nobody is logged
in then: the login dialog follows).

The main window calls :func:`maybe_run_first_run` before it logs anyone in::

    if not maybe_run_first_run(db, window):
        return 0  # the person closed the welcome without setting up: quit
    if db.practitioner_id is None:
        ...  # the demo was loaded (or the clinic existed): show the login dialog
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.errors import AcuChartError, ValidationError
from charting.practitioners import PractitionerInfo

#: Height of the logo preview beside the file name, in pixels.
LOGO_PREVIEW_HEIGHT = 28


def needs_first_run(db: Database) -> bool:
    """True when the database has no practitioner at all (a brand-new clinic)."""
    from charting.practitioners import list_practitioners

    return not list_practitioners(db)


def maybe_run_first_run(db: Database, parent: QWidget | None = None) -> bool:
    """Show the welcome dialog when the database has no practitioner yet.

    Returns:
        True when the database has a practitioner afterwards (set up now, the
        demo loaded, or there already was one); False when the person closed
        the welcome without setting anything up.
    """
    if not needs_first_run(db):
        return True
    dialog = QtWelcomeDialog(db, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted and not needs_first_run(db)


class QtWelcomeDialog(QDialog):
    """First-run set-up of the clinic and its first practitioner account.

    Attributes:
        db: the database being set up.
        created: the practitioner created, once the form was accepted.
        demo_loaded: True when the person chose the demo clinic instead.
        error_label: the banner showing why the form was refused (hidden when none).
        fields: field name as the domain names it → the widget that edits it.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.created: PractitionerInfo | None = None
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Welcome to AcuChart"))
        self.setAccessibleName(self.tr("Welcome to AcuChart"))
        self.setModal(True)

        from charting.accounts import MIN_PASSWORD_LENGTH

        intro = QLabel(
            self.tr(
                "Set up your clinic and the first practitioner account. "
                "Everything here can be changed later under Settings."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the form"))
        self.error_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e6a09b;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.error_label.hide()

        # --- the clinic ---------------------------------------------------------
        clinic_box = QGroupBox(self.tr("Clinic"), self)
        clinic_form = QFormLayout(clinic_box)
        self.clinic_name = QLineEdit(clinic_box)
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.clinic_name.setPlaceholderText(self.tr("Printed at the top of every record"))
        self.clinic_address = QPlainTextEdit(clinic_box)
        self.clinic_address.setAccessibleName(self.tr("Clinic address"))
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.logo_path = QLineEdit(clinic_box)
        self.logo_path.setAccessibleName(self.tr("Logo file"))
        self.logo_path.setPlaceholderText(self.tr("Optional: a PNG or JPEG image"))
        self.logo_button = QPushButton(self.tr("Choose…"), clinic_box)
        self.logo_button.setAccessibleName(self.tr("Choose the logo file"))
        self.logo_preview = QLabel(clinic_box)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_preview.setFixedHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_preview.hide()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_preview)
        clinic_form.addRow(self._label(self.tr("Clinic &name:"), self.clinic_name), self.clinic_name)
        clinic_form.addRow(self._label(self.tr("A&ddress:"), self.clinic_address), self.clinic_address)
        clinic_form.addRow(self._label(self.tr("&Logo:"), self.logo_path), logo_row)

        # --- the first practitioner ---------------------------------------------
        account_box = QGroupBox(self.tr("First practitioner account"), self)
        account_form = QFormLayout(account_box)
        self.name = QLineEdit(account_box)
        self.name.setAccessibleName(self.tr("Full name"))
        self.name.setPlaceholderText(self.tr("As printed on signed records"))
        self.credentials = QLineEdit(account_box)
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. L.Ac., MSc (Acupuncture)"))
        self.licence_number = QLineEdit(account_box)
        self.licence_number.setAccessibleName(self.tr("Licence number"))
        self.username = QLineEdit(account_box)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setPlaceholderText(self.tr("Used to log in; no spaces"))
        self.password = QLineEdit(account_box)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least %n characters", "", MIN_PASSWORD_LENGTH))
        self.password_again = QLineEdit(account_box)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        account_form.addRow(self._label(self.tr("Full na&me:"), self.name), self.name)
        account_form.addRow(self._label(self.tr("C&redentials:"), self.credentials), self.credentials)
        account_form.addRow(self._label(self.tr("Li&cence number:"), self.licence_number), self.licence_number)
        account_form.addRow(self._label(self.tr("&Username:"), self.username), self.username)
        account_form.addRow(self._label(self.tr("&Password:"), self.password), self.password)
        account_form.addRow(self._label(self.tr("Password a&gain:"), self.password_again), self.password_again)

        # --- the demo -----------------------------------------------------------
        demo_box = QGroupBox(self.tr("Just looking?"), self)
        demo_layout = QHBoxLayout(demo_box)
        demo_text = QLabel(
            self.tr(
                "Load the demo clinic: six patients and a course of electroacupuncture for sciatica. "
                "Log in as <b>demo</b> with the password <b>demo</b>."
            ),
            demo_box,
        )
        demo_text.setWordWrap(True)
        demo_text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self.tr("Load the &demo clinic"), demo_box)
        self.demo_button.setAccessibleName(self.tr("Load the demo clinic"))
        demo_layout.addWidget(demo_text, 1)
        demo_layout.addWidget(self.demo_button)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create the account and start"))
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(clinic_box)
        layout.addWidget(account_box)
        layout.addWidget(demo_box)
        layout.addWidget(self.buttons)

        self.fields: dict[str, QWidget] = {
            "clinic name": self.clinic_name,
            "clinic address": self.clinic_address,
            "logo": self.logo_path,
            "name": self.name,
            "credentials": self.credentials,
            "licence number": self.licence_number,
            "username": self.username,
            "password": self.password,
            "password again": self.password_again,
        }
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_path.editingFinished.connect(self._show_logo)
        self.demo_button.clicked.connect(self.load_demo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.clinic_name.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- actions ------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinic logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)
            self._show_logo()

    def _show_logo(self) -> None:
        path = self.logo_path.text().strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.hide()
            return
        self.logo_preview.setPixmap(
            pixmap.scaledToHeight(LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )
        self.logo_preview.show()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show ``message`` above the form and put the cursor in the field it names."""
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def clinic_values(self) -> dict[str, Any]:
        return {
            "clinic_name": self.clinic_name.text(),
            "clinic_address": self.clinic_address.toPlainText(),
            "logo_path": self.logo_path.text(),
        }

    def accept(self) -> None:
        """Check everything, then create the account and save the clinic; stay open on a problem."""
        from charting import clinic_settings
        from charting.accounts import create_account, login

        self.clear_error()
        if not self.name.text().strip():
            self.show_error(self.tr("full name: is required (it is printed on signed records)"), "name")
            return
        if not self.username.text().strip():
            self.show_error(self.tr("username: is required (it is used to log in)"), "username")
            return
        if self.password.text() != self.password_again.text():
            self.show_error(
                self.tr("password again: the two passwords differ; type the same password in both fields"),
                "password again",
            )
            return
        try:
            # Check the clinic's values first, so a bad logo creates no account.
            clinic = clinic_settings.validate(self.clinic_values())
            self.created = create_account(
                self.db,
                self.username.text(),
                self.password.text(),
                name=self.name.text(),
                credentials=self.credentials.text(),
                licence_number=self.licence_number.text(),
            )
            clinic_settings.update_settings(self.db, **clinic)
            # The person who just chose the password is at the keyboard: log them in.
            login(self.db, self.created.username, self.password.text())
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except AcuChartError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def load_demo(self) -> None:
        """Load the demo clinic (account demo / demo) and close."""
        from charting.demo import load_demo

        self.clear_error()
        try:
            load_demo(self.db)
        except AcuChartError as exc:
            self.show_error(str(exc))
            return
        self.demo_loaded = True
        super().accept()
