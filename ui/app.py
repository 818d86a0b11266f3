"""QApplication set-up and the start of the desktop app."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from charting.errors import AcuChartError

APP_NAME = "AcuChart"
ORG_NAME = "AcuChart"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from charting import __version__

    app.setApplicationVersion(__version__)
    return app


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


def run_app(ctx) -> int:
    """Start the window on the database chosen on the command line."""
    quit_after = bool(getattr(ctx.args, "quit_after_startup", False))
    if quit_after and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    try:
        db = ctx.database()
    except AcuChartError as exc:
        if quit_after:
            raise
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
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
    script = os.environ.get(TEST_SCRIPT_ENV)
    if script:
        QTimer.singleShot(0, lambda: run_test_script(script, window, app, db))
    return app.exec()


#: Test hook: a Python file the app runs once its window shows, only when this is set.
#: ``tests/integration/test_sigkill.py`` uses it to chart through the real widgets of a
#: real ``acuchart`` process before killing it. The script sees ``window``, ``app`` and ``db``.
TEST_SCRIPT_ENV = "ACUCHART_TEST_SCRIPT"


def run_test_script(path: str, window, app, db) -> None:
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    namespace = {"__name__": "__acuchart_test_script__", "window": window, "app": app, "db": db}
    exec(compile(source, path, "exec"), namespace)
