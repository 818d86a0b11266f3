"""The retention clock: one QTimer ticking once a second, no database reads per tick.

Everything shown is derived from stored times (``inserted_at``, ``removed_at``),
so after a crash and restart the clocks carry on where they were.

- the session timer counts from the first insertion among the needles;
- it runs while any needle is in and stops at the last removal;
- when it reaches the planned retention with needles still in, ``alertChanged(True)``
  is emitted once and the application beeps (QApplication.beep: no add-on module).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from charting.db.types import utcnow
from charting.sessions import NeedleInfo


def session_elapsed(needles: Sequence[NeedleInfo], now: dt.datetime) -> float | None:
    """Seconds since the first insertion (up to the last removal when all are out)."""
    inserted = [n.inserted_at for n in needles if n.inserted_at is not None]
    if not inserted:
        return None
    start = min(inserted)
    if any(n.state == "inserted" for n in needles):
        end = now
    else:
        end = max(n.removed_at for n in needles if n.removed_at is not None)
    return max(0.0, (end - start).total_seconds())


class QtRetentionClock(QObject):
    """Ticks once a second while needles are in.

    Attributes:
        elapsed: seconds shown by the session timer (None before any insertion).
        alerting: the planned retention is reached with needles still in.

    Signals:
        ticked(object): a second passed; the argument is the aware UTC "now".
        alertChanged(bool): the planned-retention alert started (True) or ended.
    """

    ticked = Signal(object)
    alertChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, now=utcnow) -> None:
        super().__init__(parent)
        self._now = now
        self._needles: tuple[NeedleInfo, ...] = ()
        self.planned_min = 20
        self.elapsed: float | None = None
        self.alerting = False
        self.beeps = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def set_state(self, needles: Sequence[NeedleInfo], planned_min: int) -> None:
        """New needle times or plan: recompute now, run the timer only while needles are in."""
        self._needles = tuple(needles)
        self.planned_min = planned_min
        if any(n.state == "inserted" for n in self._needles):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def needles_in(self) -> int:
        return sum(1 for n in self._needles if n.state == "inserted")

    def tick(self) -> None:
        now = self._now()
        self.elapsed = session_elapsed(self._needles, now)
        due = (
            self.elapsed is not None
            and self.needles_in > 0
            and self.elapsed >= self.planned_min * 60
        )
        if due != self.alerting:
            self.alerting = due
            if due:
                self.beeps += 1
                QApplication.beep()
            self.alertChanged.emit(due)
        self.ticked.emit(now)
