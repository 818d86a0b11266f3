"""Protocol template dialogs: pick one to apply, or save a session as one.

- :class:`QtTemplatePicker` lists the templates (built-ins first) with each
  one's condition, points, EA pairs and its notes / source; "Apply" closes the
  dialog with :attr:`QtTemplatePicker.template_id` set.
- :func:`choose_template` runs the picker and returns the chosen id (or None).
- :func:`apply_template_to_session` runs the picker and applies the choice in
  one action (:func:`charting.templates.apply_template`).
- :func:`save_session_as_template` asks for a name (and condition, notes) and
  saves the session through :func:`charting.templates.save_template`; a refused
  name keeps the dialog open with what was typed.

Thin: every read and write goes through :mod:`charting.templates`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.errors import AcuChartError, ValidationError
from charting.sessions import NeedleInfo
from charting.templates import (
    TemplateInfo,
    apply_template,
    delete_template,
    ensure_builtin_templates,
    list_templates,
    save_template,
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QtTemplatePicker(QDialog):
    """Choose a protocol template to apply.

    Attributes:
        templates: the templates listed.
        template_id: the chosen template's id once accepted (None before).
        last_error: the last message shown ("" when none).
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.templates: list[TemplateInfo] = []
        self.template_id: int | None = None
        self.last_error = ""
        self.setWindowTitle(self.tr("Apply a protocol template"))
        self.setAccessibleName(self.tr("Protocol templates"))
        self.resize(860, 520)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, condition or point"))
        self.filter.setAccessibleName(self.tr("Template filter"))
        self.filter.textChanged.connect(self._refilter)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Template list"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Template details and source"))
        self.details.setOpenExternalLinks(False)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 500])

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setAccessibleName(self.tr("Apply template"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete template"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete_current)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reload()

    # --- data ------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            ensure_builtin_templates(self._db)
            self.templates = list_templates(self._db)
        except AcuChartError as exc:
            self._show_error(str(exc))
            self.templates = []
        self._refilter()

    def _refilter(self) -> None:
        wanted = self.filter.text().casefold().strip()
        current = self.current_template()
        self.list.clear()
        for template in self.templates:
            haystack = " ".join((template.name, template.condition, *template.point_codes)).casefold()
            if wanted and wanted not in haystack:
                continue
            second = [template.condition] if template.condition else []
            if template.builtin:
                second.append(self.tr("built in"))
            text = template.name + ("\n" + " · ".join(second) if second else "")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.summary)
        if self.list.count():
            row = 0
            if current is not None:
                for index in range(self.list.count()):
                    if self.list.item(index).data(Qt.ItemDataRole.UserRole) == current.id:
                        row = index
            self.list.setCurrentRow(row)
        self._show_current()

    def current_template(self) -> TemplateInfo | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        template_id = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == template_id), None)

    def select(self, template_id: int) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(index)
                return
        raise KeyError(template_id)

    def _show_current(self) -> None:
        template = self.current_template()
        self.apply_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None and not template.builtin)
        if template is None:
            self.details.setHtml(f"<p>{_escape(self.tr('No template chosen.'))}</p>")
            return
        lines = [f"<h3>{_escape(template.name)}</h3>"]
        if template.condition:
            lines.append(f"<p><b>{_escape(self.tr('Condition'))}:</b> {_escape(template.condition)}</p>")
        lines.append(f"<p>{_escape(template.summary)}</p>")
        needles = template.body.get("needles", [])
        points = []
        for needle in needles:
            name = needle.get("point_code") or f"ashi: {needle.get('ashi_label')}"
            side = needle.get("side", "")
            points.append(f"{name} ({side})" if side and side != "midline" else name)
        lines.append(f"<p><b>{_escape(self.tr('Needles'))}:</b> {_escape(', '.join(points))}</p>")
        channels = template.body.get("channels", [])
        if channels:
            pairs = []
            for channel in channels:
                a, b = needles[channel["a"]], needles[channel["b"]]
                settings = channel.get("settings", {})
                freq = settings.get("frequency_hz")
                high = settings.get("frequency_high_hz")
                hz = "" if freq is None else (f" {freq:g}/{high:g} Hz" if high else f" {freq:g} Hz")
                pairs.append(f"{_label(a)} – {_label(b)}{hz}")
            lines.append(f"<p><b>{_escape(self.tr('EA pairs'))}:</b> {_escape('; '.join(pairs))}</p>")
        if template.notes:
            lines.append(f"<p><b>{_escape(self.tr('Notes and source'))}:</b><br>{_escape(template.notes)}</p>")
        self.details.setHtml("".join(lines))

    # --- actions ---------------------------------------------------------------------

    def accept(self) -> None:
        template = self.current_template()
        if template is None:
            self._show_error(self.tr("Choose a template first."))
            return
        self.template_id = template.id
        super().accept()

    def _delete_current(self) -> None:
        template = self.current_template()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”? Sessions charted with it keep their needles.").replace(
                "%1", template.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete(template.id)

    def delete(self, template_id: int) -> bool:
        """Delete a template of the practice's own (built-ins are refused with a message)."""
        try:
            delete_template(self._db, template_id)
        except AcuChartError as exc:
            self._show_error(str(exc))
            return False
        self.error.hide()
        self.reload()
        return True

    def _show_error(self, message: str) -> None:
        self.last_error = message
        self.error.setText(message)
        self.error.show()


def _label(needle: dict) -> str:
    name = needle.get("point_code") or f"ashi {needle.get('ashi_label')}"
    side = needle.get("side", "")
    return f"{name} {side[0].upper()}" if side in ("left", "right") else name


def choose_template(parent: QWidget | None, db: Database) -> int | None:
    """Run the picker; the chosen template's id, or None when cancelled."""
    picker = QtTemplatePicker(db, parent)
    try:
        if picker.exec() == QDialog.DialogCode.Accepted:
            return picker.template_id
        return None
    finally:
        picker.deleteLater()


def apply_template_to_session(parent: QWidget | None, db: Database, session_id: int) -> list[NeedleInfo] | None:
    """Pick a template and apply it to the session in one action; the needles
    charted, or None when cancelled or refused (the refusal is shown)."""
    template_id = choose_template(parent, db)
    if template_id is None:
        return None
    try:
        return apply_template(db, template_id, session_id)
    except AcuChartError as exc:
        title = QCoreApplication.translate("QtTemplatePicker", "Apply a protocol template")
        QMessageBox.warning(parent, title, str(exc))
        return None


class QtSaveTemplateDialog(QDialog):
    """Name (and describe) a template made from a session; saves on OK.

    Attributes:
        saved: the :class:`TemplateInfo` once saved (None before).
        last_error: the last refusal shown ("" when none).
    """

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session_id = session_id
        self.saved: TemplateInfo | None = None
        self.last_error = ""
        self.setWindowTitle(self.tr("Save as template"))
        self.setAccessibleName(self.tr("Save session as template"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setMaxLength(200)
        self.condition = QLineEdit(self)
        self.condition.setAccessibleName(self.tr("Condition"))
        self.condition.setMaxLength(200)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes and source"))
        self.notes.setPlaceholderText(self.tr("Where the protocol comes from, when to use it, what to adjust"))
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Condition"), self.condition)
        form.addRow(self.tr("N&otes"), self.notes)
        hint = QLabel(
            self.tr(
                "Saves the points, sides, needle settings, EA pairs and planned retention "
                "(not times or lot numbers)."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save template"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def accept(self) -> None:
        try:
            self.saved = save_template(
                self._db,
                self._session_id,
                self.name.text(),
                condition=self.condition.text(),
                notes=self.notes.toPlainText(),
            )
        except ValidationError as exc:
            self._show_error(str(exc))
            if exc.field == "template name":
                self.name.setFocus()
            return
        except AcuChartError as exc:
            self._show_error(str(exc))
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.last_error = message
        self.error.setText(message)
        self.error.show()


def save_session_as_template(parent: QWidget | None, db: Database, session_id: int) -> TemplateInfo | None:
    """Ask for a name and save the session as a template; the template, or None when cancelled."""
    dialog = QtSaveTemplateDialog(db, session_id, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None
    finally:
        dialog.deleteLater()
