"""Undo for outcome entry: one command per change of a measure at a timing.

A command keeps the rows of one (measure, timing) group as they were before
and after the change (label, value, ODI section scores) and writes either
state back through :mod:`charting.outcomes`.  Like the session editor's
commands, the work is done once before the command is pushed (a refusal raises
to the caller and nothing lands on the stack); a refusal on a later undo/redo
(e.g. the session was signed meanwhile) is reported through the entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.outcomes import session_outcomes, set_odi, set_outcome
from charting.sessions import OutcomeInfo

#: One stored score: (label, value, ODI section scores or None).
Row = tuple[str, float, tuple[int | None, ...] | None]


def group_state(db: Database, session_id: int, measure: str, timing: str) -> tuple[Row, ...]:
    """The session's rows of ``measure`` at ``timing``."""
    return rows_of([o for o in session_outcomes(db, session_id) if o.measure == measure and o.timing == timing])


def rows_of(outcomes: Sequence[OutcomeInfo]) -> tuple[Row, ...]:
    return tuple(
        (o.label, o.value, tuple(o.section_scores) if o.section_scores is not None else None) for o in outcomes
    )


def restore_group(db: Database, session_id: int, measure: str, timing: str, rows: Sequence[Row]) -> None:
    """Make the session's ``measure`` at ``timing`` exactly ``rows``."""
    wanted = {label.casefold() for label, _v, _s in rows}
    for label, _value, _sections in group_state(db, session_id, measure, timing):
        if label.casefold() not in wanted:
            set_outcome(db, session_id, measure, timing, None, label=label)
    for label, value, sections in rows:
        if measure == "odi" and sections is not None:
            set_odi(db, session_id, timing, list(sections))
        else:
            set_outcome(db, session_id, measure, timing, value, label=label)


class QtOutcomeCommand(QUndoCommand):
    """Undo/redo one change of a (measure, timing) group in a session.

    Attributes:
        measure, timing: the group changed.
        before, after: its rows before and after the change.
    """

    def __init__(
        self,
        entry,
        session_id: int,
        measure: str,
        timing: str,
        *,
        before: Sequence[Row],
        after: Sequence[Row],
        text: str,
    ) -> None:
        super().__init__(text)
        self.entry = entry
        self.session_id = session_id
        self.measure = measure
        self.timing = timing
        self.before = tuple(before)
        self.after = tuple(after)
        self._skip_redo = True  # the change was already written when the command was made

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, rows: Sequence[Row]) -> None:
        try:
            restore_group(self.entry.db, self.session_id, self.measure, self.timing, rows)
        except AcuChartError as exc:
            self.entry.command_failed(exc)
            return
        self.entry.command_applied(self.session_id)
