"""The main window: patients on the left, the session editor in the centre.

Start-up stays light: the first screen is the patient browser; the session
editor (diagram, acupoint library, panels) and every dialog are imported the
first time they are needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget

from charting.db.engine import Database
from ui.patients.browser import QtPatientBrowser
from ui.patients.model import QtPatientListModel

__all__ = ["QtMainWindow", "QtPatientListModel"]

#: F-keys for the diagram views, in the order charting.acupoints lists them.
VIEW_KEYS = ("F1", "F2", "F3", "F4", "F5", "F6")


class QtMainWindow(QMainWindow):
    """The application frame.

    Attributes:
        browser: the patient browser (search, list, cases, sessions).
        editor: the session editor, created when the first session opens (else None).
        search_box, patient_model, patient_view: the browser's, for convenience.
    """

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.editor = None
        self.setWindowTitle(self.tr("AcuChart"))
        self.setAccessibleName(self.tr("AcuChart main window"))
        self.resize(1440, 900)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.browser = QtPatientBrowser(db, self.splitter)
        self.browser.setAccessibleName(self.tr("Patients"))
        self.splitter.addWidget(self.browser)
        self.stack = QStackedWidget(self.splitter)
        self.placeholder = QLabel(
            self.tr("Choose a patient, then open a session or start a new one (Ctrl+Shift+N)."), self.stack
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1140])
        self.setCentralWidget(self.splitter)
        self.search_box = self.browser.search_box
        self.patient_model = self.browser.patient_model
        self.patient_view = self.browser.patient_view
        self.browser.sessionOpenRequested.connect(self.open_session)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(400)
        self._list_timer.timeout.connect(self._refresh_session_list)
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        self._build_menus()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)  # start by finding the patient

    # --- menus ----------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.export_action = self._action(file_menu, self.tr("&Export session PDF…"), self.export_pdf, "Ctrl+E")
        self.print_action = self._action(file_menu, self.tr("&Print session…"), self.print_session, "Ctrl+P")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        patient_menu = bar.addMenu(self.tr("&Patient"))
        self._action(patient_menu, self.tr("&Find patient"), self.focus_search, "Ctrl+F")
        self.new_patient_action = self._action(
            patient_menu, self.tr("&New patient…"), self.browser.new_patient, "Ctrl+N"
        )
        self._action(patient_menu, self.tr("&Edit patient…"), self.browser.edit_patient)
        patient_menu.addSeparator()
        self._action(patient_menu, self.tr("New &case…"), self.browser.new_case)
        self._action(patient_menu, self.tr("Edit c&ase…"), self.browser.edit_case)

        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.new_session_action = self._action(
            self.session_menu,
            self.tr("&New session"),
            lambda _checked=False: self.browser.new_session(),
            "Ctrl+Shift+N",
        )
        self._action(
            self.session_menu, self.tr("&Repeat last session"), lambda: self.browser.new_session(repeat_last=True)
        )
        self.session_menu.addSeparator()
        self._session_actions_added = False

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.view_menu, self.tr("&Patients"), self.toggle_browser, "Ctrl+Shift+P")
        self.view_menu.addSeparator()
        self.view_menu.aboutToShow.connect(self._fill_view_menu)
        self._view_actions: list[QAction] = []

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self._action(help_menu, self.tr("&About AcuChart"), self.show_about)

    def _add_session_actions(self) -> None:
        if self._session_actions_added or self.editor is None:
            return
        self._session_actions_added = True
        for act in self.editor.actions_:
            if act is self.editor.delete_action:
                continue
            self.session_menu.addAction(act)
            self.addAction(act)  # shortcuts work wherever the focus is in the window
        views = self.editor.diagram.views()
        for key, name in zip(VIEW_KEYS, views, strict=False):
            act = QAction(self.tr("%1 view").replace("%1", name.capitalize()), self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _=False, n=name: self.editor.diagram.set_view(n))
            self.addAction(act)
            self._view_actions.append(act)

    def _fill_view_menu(self) -> None:
        for act in self._view_actions:
            if act not in self.view_menu.actions():
                self.view_menu.addAction(act)

    # --- sessions ------------------------------------------------------------------------------

    def ensure_editor(self):
        """The session editor, created (and its modules imported) on first use."""
        if self.editor is None:
            from ui.session.editor import QtSessionEditor

            self.editor = QtSessionEditor(self.db, self.stack)
            self.editor.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.editor.sessionChanged.connect(self._session_changed)
            self.stack.addWidget(self.editor)
            self._add_session_actions()
        return self.editor

    def open_session(self, session_id: int):
        editor = self.ensure_editor()
        detail = editor.open_session(session_id)
        self.stack.setCurrentWidget(editor)
        if self.browser.patient is None or self.browser.patient.id != detail.patient.id:
            self.browser.select_patient(detail.patient.id)
        self.setWindowTitle(self.tr("%1 — AcuChart").replace("%1", detail.patient.display_name))
        editor.focus_point_entry()
        return detail

    def _session_changed(self) -> None:
        # The session list shows needle counts and status: refresh it once a burst of
        # changes is over, never on the hot path of placing a needle.
        self._list_timer.start()

    def _refresh_session_list(self) -> None:
        if self.browser.patient is not None:
            self.browser.refresh_sessions()

    def _current_session_id(self) -> int | None:
        if self.editor is None or self.editor.detail is None:
            QMessageBox.information(self, self.tr("AcuChart"), self.tr("Open a session first."))
            return None
        self.editor.flush()
        return self.editor.detail.id

    def export_pdf(self) -> None:
        session_id = self._current_session_id()
        if session_id is None:
            return
        try:
            from ui.printing import export_session_pdf
        except ImportError:
            QMessageBox.information(self, self.tr("AcuChart"), self.tr("PDF export is not available."))
            return
        path = export_session_pdf(self, self.db, session_id)
        if path:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    def print_session(self) -> None:
        session_id = self._current_session_id()
        if session_id is None:
            return
        try:
            from ui.printing import print_session
        except ImportError:
            QMessageBox.information(self, self.tr("AcuChart"), self.tr("Printing is not available."))
            return
        print_session(self, self.db, session_id)

    # --- view and help ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        if not self.browser.isVisible():
            self.browser.show()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def toggle_browser(self) -> None:
        self.browser.setVisible(not self.browser.isVisible())

    def show_shortcuts(self) -> None:
        lines = [
            ("Ctrl+F", self.tr("find a patient")),
            ("Ctrl+N", self.tr("new patient")),
            ("Ctrl+Shift+N", self.tr("new session")),
            ("Ctrl+L", self.tr("type points (bl40, weizhong, 委中, GB30 BL40 l)")),
            ("Ctrl+I", self.tr("insert all planned needles")),
            ("Ctrl+R", self.tr("remove all needles")),
            ("Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y", self.tr("undo / redo")),
            ("F1–F6", self.tr("diagram views")),
        ]
        text = "\n".join(f"{key}\t{what}" for key, what in lines)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        from ui.dialogs.about import QtAboutDialog

        QtAboutDialog(self).exec()

    def show_settings(self) -> None:
        from ui.dialogs.settings import QtSettingsDialog

        QtSettingsDialog(self.db, self).exec()

    def closeEvent(self, event) -> None:
        if self.editor is not None:
            self.editor.flush()
            self.editor.clock.stop()
        super().closeEvent(event)
