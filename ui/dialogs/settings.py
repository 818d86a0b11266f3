"""The settings dialog: clinic-wide values in the database, per-workstation ones in QSettings.

Clinic-wide (every workstation on the same database sees them, saved through
:func:`charting.clinic_settings.update_settings`): clinic name, address and
logo, paper size, the billing block, the default needle (gauge, length), the
planned retention, the backup folder and how many backups are kept.

Per workstation (``QSettings``, organisation and application "AcuChart"): the
UI language (:data:`ui.i18n.LANGUAGE_KEY`) and the idle lock
(:data:`IDLE_LOCK_KEY`, whole minutes).

Numbers are typed, not spun: a value outside its range is refused with a
message naming the field and the allowed range, the dialog stays open, the
field gets the focus and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charting import clinic_settings
from charting.clinic_settings import BACKUP_KEEP_RANGE, PAPER_SIZES, ClinicSettings
from charting.db.engine import Database
from charting.db.models import RANGES
from charting.errors import AcuChartError, ValidationError
from ui.i18n import LANGUAGE_KEY, LANGUAGES, configured_language, workstation_settings
from ui.idle_lock import DEFAULT_MINUTES
from ui.idle_lock import SETTINGS_KEY as IDLE_SETTINGS_KEY

#: QSettings key: lock the window after this many idle minutes (per workstation; 0 = never).
IDLE_LOCK_KEY = IDLE_SETTINGS_KEY
IDLE_LOCK_DEFAULT = DEFAULT_MINUTES
#: Allowed idle-lock minutes (0 = never lock, longest = a day), as ui.idle_lock reads them.
IDLE_LOCK_RANGE = (0, 24 * 60)


def idle_lock_minutes(settings: QSettings | None = None) -> int:
    """This workstation's idle-lock minutes (the default when unset or damaged)."""
    settings = settings or workstation_settings()
    raw = settings.value(IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
    try:
        minutes = int(str(raw))
    except ValueError:
        return IDLE_LOCK_DEFAULT
    low, high = IDLE_LOCK_RANGE
    return minutes if low <= minutes <= high else IDLE_LOCK_DEFAULT


def _fmt(value: float) -> str:
    return f"{value:g}"


def check_idle_lock(text: str) -> int:
    """Parse the idle-lock minutes typed; raises ValidationError naming the field and range."""
    low, high = IDLE_LOCK_RANGE
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("idle lock", f"is required; allowed range {low}–{high} minutes")
    try:
        minutes = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValidationError("idle lock", f"'{cleaned}' is not a number; allowed range {low}–{high} minutes") from None
    if minutes != int(minutes):
        raise ValidationError("idle lock", "must be a whole number of minutes")
    if not low <= minutes <= high:
        raise ValidationError("idle lock", f"{minutes:g} minutes is outside the allowed range {low}–{high} minutes")
    return int(minutes)


class QtSettingsDialog(QDialog):
    """Edit the clinic's and this workstation's settings.

    Attributes:
        db: the clinic database.
        settings: the per-workstation store (``QSettings``).
        saved: the clinic settings after the last successful save, else None.
        language_changed: True when OK changed the UI language (it applies at the next start).
        error_label: the banner showing why a value was refused (hidden when none).
        fields: clinic setting name (or ``"idle_lock"``) → the widget that edits it.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else workstation_settings()
        self.saved: ClinicSettings | None = None
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with a setting"))
        self.error_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e6a09b;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.error_label.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._clinic_page(), self.tr("&Clinic"))
        self.tabs.addTab(self._charting_page(), self.tr("C&harting"))
        self.tabs.addTab(self._printing_page(), self.tr("&Printing and backups"))
        self.tabs.addTab(self._workstation_page(), self.tr("&This workstation"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save the settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.fields: dict[str, QWidget] = {
            "clinic_name": self.clinic_name,
            "clinic_address": self.clinic_address,
            "logo_path": self.logo_path,
            "default_gauge_mm": self.gauge,
            "default_length_mm": self.length,
            "planned_retention_min": self.retention,
            "paper_size": self.paper_size,
            "billing_block": self.billing_block,
            "backup_folder": self.backup_folder,
            "backup_keep": self.backup_keep,
            "idle_lock": self.idle_lock,
            "language": self.language,
        }
        self.load()
        self.setMinimumWidth(520)

    # --- pages --------------------------------------------------------------------
    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return page, form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        return hint

    def _number(self, accessible: str, unit: str, hint: str) -> tuple[QLineEdit, QHBoxLayout]:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(hint)
        edit.setMaximumWidth(90)
        edit.setToolTip(hint)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(QLabel(unit, self))
        row.addWidget(self._hint(hint), 1)
        return edit, row

    def _clinic_page(self) -> QWidget:
        page, form = self._form_page()
        self.clinic_name = QLineEdit(page)
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.clinic_address = QPlainTextEdit(page)
        self.clinic_address.setAccessibleName(self.tr("Clinic address"))
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.logo_path = QLineEdit(page)
        self.logo_path.setAccessibleName(self.tr("Logo file"))
        self.logo_path.setPlaceholderText(self.tr("None: a PNG or JPEG image printed on reports"))
        self.logo_button = QPushButton(self.tr("Choose…"), page)
        self.logo_button.setAccessibleName(self.tr("Choose the logo file"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_preview = QLabel(page)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_preview.setFixedHeight(28)
        self.logo_preview.hide()
        self.logo_path.textChanged.connect(self._show_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_preview)
        form.addRow(self._label(self.tr("Clinic &name:"), self.clinic_name), self.clinic_name)
        form.addRow(self._label(self.tr("A&ddress:"), self.clinic_address), self.clinic_address)
        form.addRow(self._label(self.tr("&Logo:"), self.logo_path), logo_row)
        form.addRow(self._hint(self.tr("Shared by every workstation using this database.")))
        return page

    def _charting_page(self) -> QWidget:
        page, form = self._form_page()
        gauge_low, gauge_high = RANGES["gauge_mm"]
        length_low, length_high = RANGES["length_mm"]
        ret_low, ret_high = RANGES["planned_retention_min"]
        self.gauge, gauge_row = self._number(
            self.tr("Default needle gauge in millimetres"),
            self.tr("mm"),
            self.tr("allowed %1–%2 mm").replace("%1", _fmt(gauge_low)).replace("%2", _fmt(gauge_high)),
        )
        self.length, length_row = self._number(
            self.tr("Default needle length in millimetres"),
            self.tr("mm"),
            self.tr("allowed %1–%2 mm").replace("%1", _fmt(length_low)).replace("%2", _fmt(length_high)),
        )
        self.retention, retention_row = self._number(
            self.tr("Planned retention in minutes"),
            self.tr("min"),
            self.tr("allowed %1–%2 min").replace("%1", _fmt(ret_low)).replace("%2", _fmt(ret_high)),
        )
        form.addRow(self._label(self.tr("Default needle &gauge:"), self.gauge), gauge_row)
        form.addRow(self._label(self.tr("Default needle &length:"), self.length), length_row)
        form.addRow(self._label(self.tr("Planned &retention:"), self.retention), retention_row)
        form.addRow(self._hint(self.tr("Proposed for each new needle and session; every needle can still be changed.")))
        return page

    def _printing_page(self) -> QWidget:
        page, form = self._form_page()
        self.paper_size = QComboBox(page)
        self.paper_size.setAccessibleName(self.tr("Paper size"))
        for size in PAPER_SIZES:
            self.paper_size.addItem(size, size)
        self.billing_block = QCheckBox(self.tr("Print suggested procedure codes on session summaries"), page)
        self.billing_block.setAccessibleName(self.tr("Billing block"))
        self.backup_folder = QLineEdit(page)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("Next to the database"))
        self.backup_button = QPushButton(self.tr("Choose…"), page)
        self.backup_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_button.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_button)
        low, high = BACKUP_KEEP_RANGE
        self.backup_keep, keep_row = self._number(
            self.tr("Number of backups kept"),
            self.tr("backups"),
            self.tr("allowed %1–%2; the oldest is deleted first").replace("%1", str(low)).replace("%2", str(high)),
        )
        form.addRow(self._label(self.tr("&Paper size:"), self.paper_size), self.paper_size)
        form.addRow(self._label(self.tr("&Billing block:"), self.billing_block), self.billing_block)
        form.addRow(self._label(self.tr("Backup &folder:"), self.backup_folder), folder_row)
        form.addRow(self._label(self.tr("Backups &kept:"), self.backup_keep), keep_row)
        return page

    def _workstation_page(self) -> QWidget:
        page, form = self._form_page()
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr("System language") if code == "" else name, code)
        low, high = IDLE_LOCK_RANGE
        self.idle_lock, idle_row = self._number(
            self.tr("Lock after this many idle minutes"),
            self.tr("min"),
            self.tr("allowed %1–%2 min; 0 = never lock").replace("%1", str(low)).replace("%2", str(high)),
        )
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow(self._hint(self.tr("A new language applies the next time AcuChart starts.")))
        form.addRow(self._label(self.tr("Lock when &idle for:"), self.idle_lock), idle_row)
        form.addRow(self._hint(self.tr("These settings belong to this computer only.")))
        return page

    # --- values -------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored values."""
        current = clinic_settings.get_settings(self.db)
        self.clinic_name.setText(current.clinic_name)
        self.clinic_address.setPlainText(current.clinic_address)
        self.logo_path.setText(current.logo_path)
        self.gauge.setText(_fmt(current.default_gauge_mm))
        self.length.setText(_fmt(current.default_length_mm))
        self.retention.setText(str(current.planned_retention_min))
        index = self.paper_size.findData(current.paper_size)
        self.paper_size.setCurrentIndex(max(0, index))
        self.billing_block.setChecked(current.billing_block)
        self.backup_folder.setText(current.backup_folder)
        self.backup_keep.setText(str(current.backup_keep))
        self.language.setCurrentIndex(max(0, self.language.findData(configured_language(self.settings))))
        self.idle_lock.setText(str(idle_lock_minutes(self.settings)))

    def clinic_values(self) -> dict[str, Any]:
        """The clinic-wide values as typed (not yet checked)."""
        return {
            "clinic_name": self.clinic_name.text(),
            "clinic_address": self.clinic_address.toPlainText(),
            "logo_path": self.logo_path.text(),
            "default_gauge_mm": self.gauge.text(),
            "default_length_mm": self.length.text(),
            "planned_retention_min": self.retention.text(),
            "paper_size": self.paper_size.currentData(),
            "billing_block": self.billing_block.isChecked(),
            "backup_folder": self.backup_folder.text(),
            "backup_keep": self.backup_keep.text(),
        }

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show ``message``, open the page holding ``field`` and put the cursor there."""
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is None:
            return
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def accept(self) -> None:
        """Check every value, then save; on a refusal stay open with everything as typed."""
        self.error_label.hide()
        values = self.clinic_values()
        try:
            # One field at a time, so the message leads to the widget that holds it.
            for name, value in values.items():
                try:
                    clinic_settings.validate({name: value})
                except ValidationError as exc:
                    self.show_error(str(exc), name)
                    return
            try:
                minutes = check_idle_lock(self.idle_lock.text())
            except ValidationError as exc:
                self.show_error(str(exc), "idle_lock")
                return
            self.saved = clinic_settings.update_settings(self.db, **values)
        except AcuChartError as exc:
            self.show_error(str(exc))
            return
        language = self.language.currentData() or ""
        self.language_changed = language != configured_language(self.settings)
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.setValue(IDLE_LOCK_KEY, minutes)
        self.settings.sync()
        super().accept()

    # --- choosers -------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinic logo"), self.logo_path.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _show_logo(self) -> None:
        path = self.logo_path.text().strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.hide()
            return
        self.logo_preview.setPixmap(pixmap.scaledToHeight(28, Qt.TransformationMode.SmoothTransformation))
        self.logo_preview.show()
