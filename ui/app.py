"""QApplication set-up and the start of the desktop app.

:func:`run_app` starts the window in this order: translations (before any
window exists), the first-run welcome when the database has no practitioner,
the login (the lock screen is the login screen when accounts exist; the login
dialog creates the first account when the welcome was declined), the idle
lock, then rolling backups of an SQLite database 2 s after start and hourly.
``--quit-after-startup`` skips all of that: it measures the start to the
painted main window and must never block.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from charting.errors import AcuChartError

APP_NAME = "AcuChart"
ORG_NAME = "AcuChart"
#: The first rolling backup runs this long after start (the window is up by then).
BACKUP_FIRST_DELAY_MS = 2_000
#: Then it is tried every hour (it makes at most one per day).
BACKUP_INTERVAL_MS = 3_600_000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from charting import __version__

    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.acuchart.AcuChart")  # matches packaging/*.desktop
    return app


def set_window_icon(app: QApplication) -> None:
    from ui.icons import app_icon

    app.setWindowIcon(app_icon())


class _FirstPaint(QObject):
    """Quits the application once the watched window has painted."""

    def __init__(self, on_painted) -> None:
        super().__init__()
        self._on_painted = on_painted
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._on_painted)
        return False


# --- rolling backups ---------------------------------------------------------------------


class QtBackupScheduler(QObject):
    """Rolling backups of an SQLite database: 2 s after start, then hourly.

    ``charting.backup.rolling_backup`` makes at most one backup per day and keeps the
    newest ``backup_keep`` (clinic settings).  The copy runs in a worker thread so a
    large database never freezes the window; the outcome comes back as a signal.

    Attributes:
        timer: fires the next attempt (first after ``first_delay_ms``, then every ``interval_ms``).

    Signals:
        backupMade(str): the path of the backup just written.
        backupSkipped(): today's backup already exists.
        backupFailed(str): why the backup could not be made (one line).
    """

    backupMade = Signal(str)
    backupSkipped = Signal()
    backupFailed = Signal(str)
    #: From the worker thread to this object's (GUI) thread: (outcome, text).
    _finished = Signal(str, str)

    def __init__(
        self,
        db,
        parent: QObject | None = None,
        *,
        first_delay_ms: int = BACKUP_FIRST_DELAY_MS,
        interval_ms: int = BACKUP_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.interval_ms = interval_ms
        self._thread: threading.Thread | None = None
        self._finished.connect(self._report)  # queued: the worker thread emits it
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        self.timer.start(first_delay_ms)

    def target(self) -> tuple[str, int]:
        """The folder and count to keep, from the clinic settings ("" folder: beside the database)."""
        from charting.clinic_settings import get_settings

        settings = get_settings(self.db)
        folder = settings.backup_folder.strip()
        if not folder:
            folder = str(self.db.sqlite_path.parent / "backups")
        return folder, settings.backup_keep

    def run_now(self) -> bool:
        """Start one attempt (unless one is running); schedules the next. Returns True when started."""
        self.timer.start(self.interval_ms)
        if self._thread is not None and self._thread.is_alive():
            return False
        try:
            folder, keep = self.target()
        except AcuChartError as exc:
            self.backupFailed.emit(str(exc))
            return False
        self._thread = threading.Thread(target=self._work, args=(folder, keep), name="acuchart-backup", daemon=True)
        self._thread.start()
        return True

    def _work(self, folder: str, keep: int) -> None:
        from charting.backup import rolling_backup

        try:
            made = rolling_backup(self.db, folder, keep=keep)
        except AcuChartError as exc:
            self._finished.emit("failed", str(exc))
        except Exception as exc:  # a backup must never take the app down: report it instead
            self._finished.emit("failed", f"backup: {type(exc).__name__}: {exc}")
        else:
            self._finished.emit("skipped" if made is None else "made", "" if made is None else str(made))

    def _report(self, outcome: str, text: str) -> None:
        if outcome == "made":
            self.backupMade.emit(text)
        elif outcome == "skipped":
            self.backupSkipped.emit()
        else:
            self.backupFailed.emit(text)

    def wait(self, timeout: float = 10.0) -> None:
        """Let a running backup finish (at quit), so no partial file is left behind."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.join(timeout)


def schedule_backups(db, window=None, **timing) -> QtBackupScheduler | None:
    """Schedule rolling backups of an SQLite database file; None for PostgreSQL (pg_dump's job)
    and in-memory databases.  With ``window``, the outcome shows in its status bar."""
    if db.sqlite_path is None:
        return None
    scheduler = QtBackupScheduler(db, window, **timing)
    if window is not None:
        tr = window.tr
        scheduler.backupMade.connect(lambda path: window.show_message(tr("Backup saved: %1").replace("%1", path)))
        scheduler.backupFailed.connect(
            lambda message: window.show_message(tr("Backup failed: %1").replace("%1", message), 0)
        )
    return scheduler


# --- who is charting ---------------------------------------------------------------------------


def log_in_at_start(app: QApplication, window, db) -> bool:
    """First run, login and idle lock, before the window shows. False: the person chose to quit.

    With no practitioner yet the welcome asks for the clinic and the first account (or
    loads the demo).  Declined, the login dialog creates the first account.  When
    accounts exist and nobody is logged in, the lock screen (the login screen) covers
    the window as it first shows: no record is painted before someone logs in.
    """
    from charting import accounts
    from ui.dialogs.welcome import maybe_run_first_run

    maybe_run_first_run(db, window)
    window.browser.refresh_patients()  # the demo may have been loaded
    if db.practitioner_id is None and not accounts.has_accounts(db):
        from ui.dialogs.login import QtLoginDialog

        dialog = QtLoginDialog(db, window)
        if dialog.exec() != QtLoginDialog.DialogCode.Accepted:
            return False
    window.install_idle_lock(app)
    window.show_user()
    return True


def run_app(ctx) -> int:
    """Start the window on the database chosen on the command line."""
    quit_after = bool(getattr(ctx.args, "quit_after_startup", False))
    if quit_after and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The database (and SQLAlchemy with it) comes before Qt: imported after the
    # QApplication exists, the same modules cost some 20 MB more peak memory.
    try:
        db = ctx.database()
    except AcuChartError as exc:
        if quit_after:
            raise
        make_application()
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    app = make_application()
    set_window_icon(app)
    if not quit_after:
        from ui.i18n import install_translator

        try:
            install_translator(app)  # before any window or message box exists
        except OSError as exc:  # a broken install of the catalogues: carry on in English
            print(f"acuchart: translations not loaded: {exc}", file=sys.stderr)
    from ui.main_window import QtMainWindow

    window = QtMainWindow(db)
    if quit_after:
        from ui.startup import ms_since_process_start

        def painted() -> None:
            print(f"{ms_since_process_start():.0f}", flush=True)
            app.quit()

        watcher = _FirstPaint(painted)
        window.installEventFilter(watcher)
        window.show()
        return app.exec()

    script = os.environ.get(TEST_SCRIPT_ENV)
    # The test hook drives the window itself: nobody logs in (changes are the "system"'s).
    if not script and not log_in_at_start(app, window, db):
        return 0
    window.show()
    if window.idle_lock is not None and db.practitioner_id is None:
        window.idle_lock.lock()  # the lock screen is the login screen
    scheduler = schedule_backups(db, window)
    QTimer.singleShot(0, window.after_start)
    if script:
        QTimer.singleShot(0, lambda: run_test_script(script, window, app, db))
    code = app.exec()
    if scheduler is not None:
        scheduler.wait()
    return code


#: Test hook: a Python file the app runs once its window shows, only when this is set.
#: ``tests/integration/test_sigkill.py`` uses it to chart through the real widgets of a
#: real ``acuchart`` process before killing it. The script sees ``window``, ``app`` and ``db``.
TEST_SCRIPT_ENV = "ACUCHART_TEST_SCRIPT"


def run_test_script(path: str, window, app, db) -> None:
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    namespace = {"__name__": "__acuchart_test_script__", "window": window, "app": app, "db": db}
    exec(compile(source, path, "exec"), namespace)
