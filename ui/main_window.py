"""The main window: patients on the left, the session editor in the centre.

Start-up stays light: the first screen is the patient browser; the session
editor (diagram, acupoint library, panels), the course view, printing,
templates, the idle lock and every dialog are imported the first time they
are needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
)

from charting.db.engine import Database
from ui.patients.browser import QtPatientBrowser
from ui.patients.model import QtPatientListModel

__all__ = ["QtMainWindow", "QtPatientListModel"]

#: F-keys for the diagram views, in the order charting.acupoints lists them.
VIEW_KEYS = ("F1", "F2", "F3", "F4", "F5", "F6")
#: How long a passing status-bar message stays, in milliseconds.
MESSAGE_MS = 8000


class QtMainWindow(QMainWindow):
    """The application frame.

    Attributes:
        browser: the patient browser (search, list, cases, sessions).
        editor: the session editor, created when the first session opens (else None).
        course_window: the course-of-treatment window, created when first shown (else None).
        idle_lock: the :class:`ui.idle_lock.QtIdleLock`, once :meth:`install_idle_lock` ran (else None).
        user_label: "Logged in as …" in the status bar.
        unsigned_button: "Unsigned (n)" in the status bar: one click to the unsigned sessions.
        search_box, patient_model, patient_view: the browser's, for convenience.
    """

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.editor = None
        self.course_window = None  # a ui.outcomes.course_window.QtCourseWindow, made on first use
        self.idle_lock = None
        self.unsigned_count: int | None = None
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
        self.splitter.setSizes([380, 1060])  # room for the safety badges in the list
        self.setCentralWidget(self.splitter)
        self.search_box = self.browser.search_box
        self.patient_model = self.browser.patient_model
        self.patient_view = self.browser.patient_view
        self.browser.sessionOpenRequested.connect(self.open_session)
        self.browser.courseRequested.connect(self.show_course)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(400)
        self._list_timer.timeout.connect(self._refresh_session_list)
        self._build_status_bar()
        self._build_menus()
        self.browser.patientSelected.connect(lambda _id: self._update_patient_actions())
        self.browser.case_list.currentRowChanged.connect(lambda _row: self._update_patient_actions())
        self._update_patient_actions()
        self._update_session_actions()
        self.show_user()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)  # start by finding the patient

    # --- status bar -----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status bar"))
        self.unsigned_button = QPushButton(self)
        self.unsigned_button.setFlat(True)
        self.unsigned_button.setAccessibleName(self.tr("Unsigned sessions"))
        self.unsigned_button.setToolTip(self.tr("Sessions started more than a day ago that are not signed yet"))
        self.unsigned_button.clicked.connect(self.show_unsigned)
        self.unsigned_button.hide()  # until the first count (after start-up, see after_start)
        self.user_label = QLabel(self)
        self.user_label.setAccessibleName(self.tr("Logged-in practitioner"))
        bar.addPermanentWidget(self.unsigned_button)
        bar.addPermanentWidget(self.user_label)

    def show_message(self, text: str, ms: int = MESSAGE_MS) -> None:
        self.statusBar().showMessage(text, ms)

    def show_user(self, _username: str | None = None) -> None:
        """Show who every change is attributed to; enable lock and log-out only with someone logged in."""
        logged_in = self.db.practitioner_id is not None
        if logged_in:
            self.user_label.setText(self.tr("Logged in as %1").replace("%1", self.db.actor))
        else:
            self.user_label.setText(self.tr("Nobody logged in"))
        for act in (self.lock_action, self.logout_action):
            act.setEnabled(logged_in)
        self._update_session_actions()

    def refresh_unsigned(self) -> int:
        """Re-count the unsigned sessions older than a day and show "Unsigned (n)"; returns n."""
        from charting.sessions import list_sessions
        from ui.dialogs.unsigned import OLDER_THAN

        count = len(list_sessions(self.db, unsigned_older_than=OLDER_THAN))
        self.unsigned_count = count
        self.unsigned_button.setText(self.tr("Unsigned (%1)").replace("%1", str(count)))
        self.unsigned_button.setAccessibleDescription(
            self.tr("%1 sessions older than a day are not signed; open the list").replace("%1", str(count))
        )
        self.unsigned_button.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")
        self.unsigned_button.show()
        return count

    def after_start(self) -> None:
        """Work that waits until the window shows (run by ``ui.app.run_app``, never at first paint)."""
        self.refresh_unsigned()

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
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        self.export_action = self._action(file_menu, self.tr("&Export session PDF…"), self.export_pdf, "Ctrl+E")
        self.print_action = self._action(file_menu, self.tr("&Print session…"), self.print_session, "Ctrl+P")
        file_menu.addSeparator()
        self.settings_action = self._action(
            file_menu, self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("&Lock"), self.lock, "Ctrl+Shift+L")
        self.logout_action = self._action(file_menu, self.tr("Log &out / switch user"), self.log_out)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        patient_menu = bar.addMenu(self.tr("&Patient"))
        self._action(patient_menu, self.tr("&Find patient"), self.focus_search, "Ctrl+F")
        self.new_patient_action = self._action(
            patient_menu, self.tr("&New patient…"), self.browser.new_patient, "Ctrl+N"
        )
        self.edit_patient_action = self._action(patient_menu, self.tr("&Edit patient…"), self.browser.edit_patient)
        patient_menu.addSeparator()
        self.new_case_action = self._action(patient_menu, self.tr("New &case…"), self.browser.new_case)
        self.edit_case_action = self._action(patient_menu, self.tr("Edit c&ase…"), self.browser.edit_case)
        patient_menu.addSeparator()
        self.course_action = self._action(
            patient_menu, self.tr("C&ourse view…"), lambda _checked=False: self.show_course(), "Ctrl+Shift+O"
        )
        self.export_course_action = self._action(patient_menu, self.tr("E&xport course PDF…"), self.export_course_pdf)
        self.print_course_action = self._action(patient_menu, self.tr("P&rint course…"), self.print_course)

        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.new_session_action = self._action(
            self.session_menu,
            self.tr("&New session"),
            lambda _checked=False: self.browser.new_session(),
            "Ctrl+Shift+N",
        )
        self.repeat_session_action = self._action(
            self.session_menu, self.tr("&Repeat last session"), lambda: self.browser.new_session(repeat_last=True)
        )
        self.session_menu.addSeparator()
        self.sign_action = self._action(self.session_menu, self.tr("&Sign…"), self.sign_session, "Ctrl+Shift+S")
        self.addendum_action = self._action(self.session_menu, self.tr("Add a&ddendum…"), self.add_addendum)
        self.unsigned_action = self._action(
            self.session_menu, self.tr("&Unsigned sessions…"), self.show_unsigned, "Ctrl+Shift+U"
        )
        self.session_menu.addSeparator()
        self._session_actions_added = False

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.view_menu, self.tr("&Patients"), self.toggle_browser, "Ctrl+Shift+P")
        self.view_menu.addSeparator()
        self.view_menu.aboutToShow.connect(self._fill_view_menu)
        self._view_actions: list[QAction] = []

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.about_action = self._action(help_menu, self.tr("&About AcuChart"), self.show_about)

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

    def _update_patient_actions(self) -> None:
        has_patient = self.browser.patient is not None
        has_case = self.browser.current_case_id() is not None
        patient_actions = (
            self.edit_patient_action,
            self.new_case_action,
            self.new_session_action,
            self.repeat_session_action,
        )
        for act in patient_actions:
            act.setEnabled(has_patient)
        for act in (self.edit_case_action, self.course_action, self.export_course_action, self.print_course_action):
            act.setEnabled(has_case)

    def _update_session_actions(self) -> None:
        detail = self.editor.detail if self.editor is not None else None
        has = detail is not None
        self.export_action.setEnabled(has)
        self.print_action.setEnabled(has)
        self.sign_action.setEnabled(has and not detail.signed)
        self.addendum_action.setEnabled(has and detail.signed and self.db.practitioner_id is not None)

    # --- sessions ------------------------------------------------------------------------------

    def ensure_editor(self):
        """The session editor, created (and its modules imported) on first use."""
        if self.editor is None:
            from ui.session.editor import QtSessionEditor

            self.editor = QtSessionEditor(self.db, self.stack)
            self.editor.statusMessage.connect(self.show_message)
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
        self._update_session_actions()
        editor.focus_point_entry()
        return detail

    def _session_changed(self) -> None:
        # The session list shows needle counts and status: refresh it once a burst of
        # changes is over, never on the hot path of placing a needle.
        self._update_session_actions()
        self._list_timer.start()

    def _refresh_session_list(self) -> None:
        if self.browser.patient is not None:
            self.browser.refresh_sessions()
        course = self.course_window
        if course is not None and course.isVisible() and course.case_id is not None:
            course.set_case(course.case_id)  # scores just entered show in the open course view

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
            self.show_message(self.tr("Saved %1").replace("%1", path))

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

    def sign_session(self) -> QDialog | None:
        """Sign the open session (password again); the editor then shows it read-only."""
        session_id = self._current_session_id()
        if session_id is None:
            return None
        if self.editor.detail.signed:
            self.show_message(self.tr("This session is already signed."))
            return None
        from ui.dialogs.sign import QtSignDialog

        dialog = QtSignDialog(self.db, session_id, self)
        dialog.sessionSigned.connect(self._session_signed)
        dialog.exec()
        return dialog

    def _session_signed(self, session_id: int) -> None:
        if self.editor is not None and self.editor.detail is not None and self.editor.detail.id == session_id:
            self.editor.reload()
            self.editor.undo_stack.clear()  # a signed record cannot be undone: corrections are addenda
        self._refresh_session_list()
        self._update_session_actions()
        if self.unsigned_count is not None:
            self.refresh_unsigned()
        self.show_message(self.tr("Session signed. Corrections can be added as addenda."))

    def add_addendum(self) -> QDialog | None:
        """Add a dated, attributed correction to the open signed session."""
        session_id = self._current_session_id()
        if session_id is None:
            return None
        if not self.editor.detail.signed:
            self.show_message(self.tr("Only signed sessions take addenda; edit this draft directly."))
            return None
        from ui.dialogs.addendum import QtAddendumDialog

        dialog = QtAddendumDialog(self.db, session_id, self)
        dialog.addendumAdded.connect(self._addendum_added)
        dialog.exec()
        return dialog

    def _addendum_added(self, session_id: int) -> None:
        if self.editor is not None and self.editor.detail is not None and self.editor.detail.id == session_id:
            self.editor.reload()
        self.show_message(self.tr("Addendum added."))

    def show_unsigned(self) -> QDialog:
        """The unsigned sessions older than a day; the one chosen opens in the editor."""
        from ui.dialogs.unsigned import QtUnsignedSessionsDialog

        dialog = QtUnsignedSessionsDialog(self.db, self)
        dialog.sessionActivated.connect(self.open_session)
        dialog.exec()
        self.refresh_unsigned()
        return dialog

    # --- courses ---------------------------------------------------------------------------------

    def show_course(self, case_id: int | None = None):
        """Show the course of ``case_id`` (default: the browser's current case) in its window."""
        if case_id is None:
            case_id = self.browser.current_case_id()
        if case_id is None:
            self.show_message(self.tr("Choose a patient's case first."))
            return None
        if self.editor is not None:
            self.editor.flush()  # scores typed a moment ago belong in the chart
        if self.course_window is None:
            from ui.outcomes.course_window import QtCourseWindow

            self.course_window = QtCourseWindow(self.db, self)
        self.course_window.set_case(case_id)
        self.course_window.setWindowState(self.course_window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.course_window.show()
        self.course_window.activateWindow()  # to the front, with the keyboard
        return self.course_window

    def _current_case_id(self) -> int | None:
        case_id = self.browser.current_case_id()
        if case_id is None:
            QMessageBox.information(self, self.tr("AcuChart"), self.tr("Choose a patient's case first."))
        return case_id

    def export_course_pdf(self) -> str | None:
        case_id = self._current_case_id()
        if case_id is None:
            return None
        from ui.printing import export_course_pdf

        path = export_course_pdf(self, self.db, case_id)
        if path:
            self.show_message(self.tr("Saved %1").replace("%1", path))
        return path

    def print_course(self) -> bool:
        case_id = self._current_case_id()
        if case_id is None:
            return False
        from ui.printing import print_course

        return print_course(self, self.db, case_id)

    # --- who is charting ---------------------------------------------------------------------------

    def install_idle_lock(self, app=None):
        """Lock this window after the idle time (and on File → Lock); returns the lock."""
        if self.idle_lock is None:
            from PySide6.QtWidgets import QApplication

            from ui.idle_lock import install_idle_lock

            self.idle_lock = install_idle_lock(app or QApplication.instance(), self, self.db)
            self.idle_lock.userChanged.connect(self._user_changed)
            self.idle_lock.lockedChanged.connect(self._locked_changed)
        return self.idle_lock

    def lock(self) -> None:
        """Cover the window now; the practitioner's password opens it again."""
        if self.db.practitioner_id is None:
            return
        if self.editor is not None:
            self.editor.flush()
        self.install_idle_lock().lock()

    def log_out(self) -> None:
        """Log the practitioner out; the lock screen asks who charts next."""
        if self.db.practitioner_id is None:
            return
        from charting import accounts

        if self.editor is not None:
            self.editor.flush()
        lock = self.install_idle_lock()
        accounts.logout(self.db)
        self.show_user()
        lock.lock()

    def _user_changed(self, username: str) -> None:
        self.show_user(username)
        self.show_message(self.tr("Logged in as %1; changes are recorded under this name.").replace("%1", username))

    def _locked_changed(self, locked: bool) -> None:
        self.menuBar().setEnabled(not locked)
        if locked:
            return
        self.show_user()
        if self.editor is not None and self.stack.currentWidget() is self.editor:
            self.editor.focus_point_entry()
        else:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- view and help ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        if not self.browser.isVisible():
            self.browser.show()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def toggle_browser(self) -> None:
        self.browser.setVisible(not self.browser.isVisible())

    def shortcut_lines(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+F", self.tr("find a patient")),
            ("Ctrl+N", self.tr("new patient")),
            ("Ctrl+Shift+N", self.tr("new session")),
            ("Ctrl+L", self.tr("type points (bl40, weizhong, 委中, GB30 BL40 l)")),
            ("Ctrl+I", self.tr("insert all planned needles")),
            ("Ctrl+R", self.tr("remove all needles")),
            ("Ctrl+T", self.tr("apply a protocol template")),
            ("Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y", self.tr("undo / redo")),
            ("F1–F6", self.tr("diagram views")),
            ("Ctrl+Shift+S", self.tr("sign the session")),
            ("Ctrl+Shift+U", self.tr("unsigned sessions")),
            ("Ctrl+Shift+O", self.tr("course of the case")),
            ("Ctrl+E / Ctrl+P", self.tr("export / print the session")),
            ("Ctrl+Shift+L", self.tr("lock the window")),
        ]

    def show_shortcuts(self) -> None:
        text = "\n".join(f"{key}\t{what}" for key, what in self.shortcut_lines())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> QDialog:
        from ui.dialogs.about import QtAboutDialog

        dialog = QtAboutDialog(self)
        dialog.exec()
        return dialog

    def show_settings(self) -> QDialog:
        from ui.dialogs.settings import QtSettingsDialog

        dialog = QtSettingsDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.idle_lock is not None:
            from ui.idle_lock import idle_minutes

            self.idle_lock.set_minutes(idle_minutes())
        return dialog

    def closeEvent(self, event) -> None:
        if self.editor is not None:
            self.editor.flush()
            self.editor.clock.stop()
        if self.course_window is not None:
            self.course_window.close()
        super().closeEvent(event)
