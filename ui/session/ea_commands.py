"""Undo commands for EA lead pairs: add, change, remove.

Each command writes through :mod:`charting.sessions` (``add_channel``, ``update_channel``,
``remove_channel``), so validation, the safety gate and the audit trail apply to undo and
redo as to the first change.  A command whose first ``redo`` fails (a value out of range, a
safety block, a signed session) keeps the error in ``error`` and makes itself obsolete, so
``QUndoStack.push`` drops it: nothing reaches the stack that did not reach the record.

Undoing an add removes the pair; undoing a remove adds it again with the same settings
(it gets a new database id: every command refers to its pair through a shared
:class:`ChannelRef`, which follows the id).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from charting import sessions
from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.sessions import CHANNEL_FIELDS, ChannelInfo

#: Called after every write (first do, undo, redo) with the command's channel snapshot or
#: None; and with the error when a write failed.
Notify = Callable[[ChannelInfo | None], None]
OnError = Callable[[AcuChartError], None]

_MERGE_ID = 0x45A1  # updates of the same field of the same pair merge into one step


def channel_settings(channel: ChannelInfo) -> dict[str, Any]:
    """The stimulator settings of a pair, as ``add_channel``/``update_channel`` keywords."""
    return {name: getattr(channel, name) for name in CHANNEL_FIELDS}


@dataclasses.dataclass
class ChannelRef:
    """Which database row a lead pair is now (its id changes when a removal is undone)."""

    id: int | None = None


class _ChannelCommand(QUndoCommand):
    def __init__(self, db: Database, text: str, notify: Notify | None, on_error: OnError | None) -> None:
        super().__init__(text)
        self.db = db
        self.error: AcuChartError | None = None
        self._first = True
        self._notify = notify
        self._on_error = on_error

    def _run(self, action: Callable[[], ChannelInfo | None]) -> None:
        try:
            result = action()
        except AcuChartError as exc:
            self.error = exc
            if self._first:
                self.setObsolete(True)  # QUndoStack.push drops a command obsolete after redo
            if self._on_error is not None:
                self._on_error(exc)
            return
        finally:
            self._first = False
        self.error = None
        if self._notify is not None:
            self._notify(result)


class AddChannelCommand(_ChannelCommand):
    """Join two needles with an EA lead pair (undo removes it)."""

    def __init__(
        self,
        db: Database,
        session_id: int,
        needle_a_id: int,
        needle_b_id: int,
        *,
        settings: dict[str, Any],
        ref: ChannelRef,
        text: str | None = None,
        notify: Notify | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(
            db, text or QCoreApplication.translate("EACommands", "Join EA lead pair"), notify, on_error
        )
        self.session_id = session_id
        self.needle_a_id = needle_a_id
        self.needle_b_id = needle_b_id
        self.settings = dict(settings)
        self.ref = ref
        self.channel: ChannelInfo | None = None

    def redo(self) -> None:
        def add() -> ChannelInfo:
            channel = sessions.add_channel(
                self.db, self.session_id, self.needle_a_id, self.needle_b_id, **self.settings
            )
            self.ref.id = channel.id
            self.channel = channel
            return channel

        self._run(add)

    def undo(self) -> None:
        def remove() -> ChannelInfo:
            assert self.ref.id is not None
            snapshot = sessions.remove_channel(self.db, self.ref.id)
            # Redo adds it back with the settings it had when it was removed.
            self.settings = channel_settings(snapshot)
            return snapshot

        self._run(remove)


class RemoveChannelCommand(_ChannelCommand):
    """Remove a lead pair (undo adds it again with the same needles and settings)."""

    def __init__(
        self,
        db: Database,
        channel: ChannelInfo,
        ref: ChannelRef,
        *,
        text: str | None = None,
        notify: Notify | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(
            db, text or QCoreApplication.translate("EACommands", "Remove EA lead pair"), notify, on_error
        )
        self.channel = channel
        self.ref = ref
        if ref.id is None:
            ref.id = channel.id

    def redo(self) -> None:
        def remove() -> ChannelInfo:
            assert self.ref.id is not None
            self.channel = sessions.remove_channel(self.db, self.ref.id)
            return None  # type: ignore[return-value]

        self._run(remove)

    def undo(self) -> None:
        def add() -> ChannelInfo:
            old = self.channel
            channel = sessions.add_channel(
                self.db, old.session_id, old.needle_a_id, old.needle_b_id, **channel_settings(old)
            )
            self.ref.id = channel.id
            self.channel = channel
            return channel

        self._run(add)


class UpdateChannelCommand(_ChannelCommand):
    """Change settings of a lead pair; undo puts the old values back.

    Consecutive changes of the same fields of the same pair (a spin box stepped with the
    arrow keys) merge into one undo step.
    """

    def __init__(
        self,
        db: Database,
        ref: ChannelRef,
        old: dict[str, Any],
        new: dict[str, Any],
        *,
        text: str | None = None,
        notify: Notify | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(
            db, text or QCoreApplication.translate("EACommands", "Change EA settings"), notify, on_error
        )
        self.ref = ref
        self.old = dict(old)
        self.new = dict(new)

    def _apply(self, values: dict[str, Any]) -> None:
        def update() -> ChannelInfo:
            assert self.ref.id is not None
            return sessions.update_channel(self.db, self.ref.id, **values)

        self._run(update)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateChannelCommand) or other.ref is not self.ref:
            return False
        if set(other.new) != set(self.new) or other.error is not None:
            return False
        self.new = dict(other.new)
        return True
