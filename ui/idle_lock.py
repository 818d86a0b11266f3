"""The idle lock: after some minutes without input, hide the records behind a lock screen.

:func:`install_idle_lock` puts an application-wide event filter in place.  Any
key, mouse, wheel or touch input restarts the countdown; when it runs out
(QSettings ``security/idle_lock_minutes``, default 10, 0 = never) a lock
screen covers the whole main window (menus included), other open windows are
hidden, and every input not meant for the lock screen is swallowed.  The
logged-in practitioner unlocks with their password; another practitioner can
log in instead (a shared treatment-room workstation), and from then on
changes are attributed to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting import accounts
from charting.db.engine import Database
from charting.errors import AcuChartError

SETTINGS_KEY = "security/idle_lock_minutes"
DEFAULT_MINUTES = 10

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.ContextMenu,
    }
)


def idle_minutes() -> int:
    """The configured idle time in minutes (0 means the window never locks)."""
    value = QSettings().value(SETTINGS_KEY, DEFAULT_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(0, min(minutes, 24 * 60))


class QtLockScreen(QFrame):
    """The opaque panel over the locked window: username, password, Unlock.

    Signals:
        unlockRequested(): the practitioner pressed Unlock (or Enter).
    """

    unlockRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("QtLockScreen")
        self.setAccessibleName(self.tr("Locked"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#QtLockScreen { background: #eef1f5; }"
            "#lockCard { background: white; border: 1px solid #c9d1dc; border-radius: 8px; }"
        )
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(360)
        self.title = QLabel(self.tr("AcuChart is locked"), card)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Lock screen title"))
        self.message = QLabel(card)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Lock screen message"))
        self.username = QLineEdit(card)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.hint = QLabel(self.tr("Demo clinic: log in as demo / demo"), card)
        self.hint.setAccessibleName(self.tr("Demo login hint"))
        self.hint.setStyleSheet("background: #e8f0fe; border: 1px solid #aac4f0; border-radius: 4px; padding: 6px;")
        self.hint.hide()
        self.error = QLabel(card)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.password.returnPressed.connect(self.unlockRequested)
        self.username.returnPressed.connect(self.password.setFocus)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class QtIdleLock(QObject):
    """Locks ``window`` after the idle time; unlocks with a practitioner's password.

    Attributes:
        locked: True while the lock screen is up.
        timer: the idle countdown (restarted by every input).

    Signals:
        lockedChanged(bool): emitted when the window locks (True) or unlocks (False).
        userChanged(str): another practitioner logged in at the lock screen.
    """

    lockedChanged = Signal(bool)
    userChanged = Signal(str)

    def __init__(self, window: QWidget, db: Database, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.locked = False
        self.screen: QtLockScreen | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(idle_minutes() if minutes is None else minutes)
        window.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (0 switches the lock off)."""
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.setInterval(self.minutes * 60_000)
            if not self.locked:
                self.timer.start()
        else:
            self.timer.stop()

    # --- locking ---------------------------------------------------------------------

    def lock(self) -> None:
        """Cover the window now (a "Lock" menu action; at start-up it is the login screen:
        with nobody logged in it asks for a username and shows the demo hint for the demo)."""
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                self._hidden.append(widget)
                widget.hide()
        self.screen = QtLockScreen(self.window)
        self.screen.unlockRequested.connect(self.try_unlock)
        who = self.db.actor if self.db.practitioner_id is not None else ""
        self.screen.username.setText(who)
        self.screen.message.setText(
            self.tr("Locked after {minutes} minutes without input. Enter your password to continue.").format(
                minutes=self.minutes
            )
            if who
            else self.tr("Log in to chart: every change you make is recorded under your name.")
        )
        if not who:
            self.screen.title.setText(self.tr("AcuChart"))
            self.screen.unlock_button.setText(self.tr("&Log in"))
            self.screen.unlock_button.setAccessibleName(self.tr("Log in"))
            self.screen.hint.setVisible(accounts.demo_login_available(self.db))
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        (self.screen.password if who else self.screen.username).setFocus()
        self.lockedChanged.emit(True)

    def try_unlock(self) -> bool:
        """Check the lock screen's entries; unlock on success."""
        if self.screen is None:
            return False
        username = self.screen.username.text().strip()
        password = self.screen.password.text()
        try:
            if self.db.practitioner_id is not None and username == self.db.actor:
                if not accounts.check_current_password(self.db, password):
                    raise accounts.AuthenticationError(self.tr("wrong password"))
                changed = False
            else:
                accounts.login(self.db, username, password)
                changed = True
        except AcuChartError as exc:
            self.screen.error.setText(str(exc))
            self.screen.error.show()
            self.screen.password.clear()
            self.screen.password.setFocus()
            return False
        self.unlock()
        if changed:
            self.userChanged.emit(self.db.actor)
        return True

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        if self.minutes:
            self.timer.start()
        self.lockedChanged.emit(False)

    # --- watching input --------------------------------------------------------------

    def _inside_screen(self, watched: QObject) -> bool:
        screen = self.screen
        if screen is None:
            return False
        node = watched
        while node is not None:
            if node is screen:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
            return False
        if kind not in _INPUT_EVENTS:
            return False
        if self.locked:
            # Only the lock screen takes input while locked.
            return not self._inside_screen(watched)
        if self.minutes:
            self.timer.start()
        return False


def install_idle_lock(app: QCoreApplication, window: QWidget, db: Database) -> QtIdleLock:
    """Lock ``window`` after the configured idle time; returns the lock (keep a reference)."""
    lock = QtIdleLock(window, db)
    app.installEventFilter(lock)
    return lock
