"""Undo commands for every charting action in the session editor.

Each command does its work once in :meth:`_Command.first` *before* it is pushed
(so a refusal — ValidationError, a safety block — raises to the caller and
nothing lands on the stack); QUndoStack's immediate ``redo()`` on push is then
skipped.  Later redo/undo run the use-cases again; a refusal then is reported
through ``ctx.command_failed`` (the stack cannot take an exception).

Commands name needles by uuid, not id: undoing a removal restores the needle
with its uuid but the database may give it a new id.

The context (the session editor) provides::

    ctx.db, ctx.session_id
    ctx.needle_by_uuid(uuid) -> NeedleInfo | None
    ctx.channels() -> Sequence[ChannelInfo]
    ctx.needles_changed(list[NeedleInfo])     # incremental redraw (table + diagram)
    ctx.needles_dropped(list[int])
    ctx.session_field_changed(field, value)   # show an undone/redone text
    ctx.reload()                              # full re-read (channels changed)
    ctx.command_failed(exc)
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from charting import sessions
from charting.errors import AcuChartError, NotFound
from charting.sessions import ChannelInfo, NeedleInfo, NeedleSpec

#: Text edits of one field closer together than this merge into one undo step.
MERGE_SECONDS = 10.0
_TEXT_ID = 4101


class _Command(QUndoCommand):
    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._skip_redo = False

    def first(self) -> None:
        """Do the work for the first time (raises AcuChartError to refuse)."""
        self._do()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, fn) -> None:
        try:
            fn()
        except AcuChartError as exc:
            self.ctx.command_failed(exc)

    def _id(self, uuid: str) -> int:
        needle = self.ctx.needle_by_uuid(uuid)
        if needle is None:
            raise NotFound(
                QCoreApplication.translate("QtSessionEditor", "that needle is no longer charted in this session")
            )
        return needle.id

    def _do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddNeedlesCommand(_Command):
    """Place one or more needles (diagram click, ashi spot, keyboard entry, other side)."""

    def __init__(self, ctx, specs: Sequence[NeedleSpec], text: str, defaults: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, text)
        self.specs = list(specs)
        self.defaults = dict(defaults or {})
        self.uuids: list[str] = []
        self.snapshots: list[NeedleInfo] = []
        self.added: list[NeedleInfo] = []

    def _do(self) -> None:
        if self.snapshots:
            infos = [sessions.restore_needle(self.ctx.db, snap) for snap in self.snapshots]
        else:
            infos = sessions.add_needles(self.ctx.db, self.ctx.session_id, self.specs, defaults=self.defaults)
            self.uuids = [n.uuid for n in infos]
        self.added = infos
        self.ctx.needles_changed(infos)

    def _undo(self) -> None:
        snaps = []
        for uuid in reversed(self.uuids):
            snaps.append(sessions.remove_needle(self.ctx.db, self._id(uuid)))
        self.snapshots = list(reversed(snaps))
        self.ctx.needles_dropped([s.id for s in snaps])


class RemoveNeedlesCommand(_Command):
    """Take needles off the chart; undo puts them back with their settings, times and EA pairs."""

    def __init__(self, ctx, uuids: Sequence[str], text: str) -> None:
        super().__init__(ctx, text)
        self.uuids = list(uuids)
        self.snapshots: list[NeedleInfo] = []
        self.channels: list[ChannelInfo] = []

    def _do(self) -> None:
        ids = {self._id(u) for u in self.uuids}
        self.channels = [c for c in self.ctx.channels() if c.needle_a_id in ids or c.needle_b_id in ids]
        snaps = [sessions.remove_needle(self.ctx.db, self._id(u)) for u in self.uuids]
        self.snapshots = snaps
        self.ctx.needles_dropped([s.id for s in snaps])
        if self.channels:
            self.ctx.reload()

    def _undo(self) -> None:
        infos = [sessions.restore_needle(self.ctx.db, snap) for snap in self.snapshots]
        new_id = {snap.id: info.id for snap, info in zip(self.snapshots, infos, strict=True)}
        self.ctx.needles_changed(infos)
        for channel in self.channels:
            fields = {k: getattr(channel, k) for k in sessions.CHANNEL_FIELDS}
            sessions.add_channel(
                self.ctx.db,
                self.ctx.session_id,
                new_id.get(channel.needle_a_id, channel.needle_a_id),
                new_id.get(channel.needle_b_id, channel.needle_b_id),
                **fields,
            )
        if self.channels:
            self.ctx.reload()


class EditNeedleCommand(_Command):
    """Change one needle's settings, side or position (old values kept for undo)."""

    def __init__(self, ctx, uuid: str, new: dict[str, Any], old: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.uuid = uuid
        self.new = dict(new)
        self.old = dict(old)
        self.result: NeedleInfo | None = None

    def _apply(self, values: dict[str, Any]) -> None:
        self.result = sessions.update_needle(self.ctx.db, self._id(self.uuid), **values)
        self.ctx.needles_changed([self.result])

    def _do(self) -> None:
        self._apply(self.new)

    def _undo(self) -> None:
        self._apply(self.old)


class NeedleTimesCommand(_Command):
    """Record insertion (``kind="insert"``) or removal (``"remove"``) times of needles.

    ``uuids=None`` means all eligible needles (all planned / all in).
    """

    def __init__(self, ctx, kind: str, uuids: Sequence[str] | None, text: str) -> None:
        super().__init__(ctx, text)
        if kind not in ("insert", "remove"):
            raise ValueError(kind)
        self.kind = kind
        self.uuids = None if uuids is None else list(uuids)
        self.at: dt.datetime | None = None
        self.changed: list[str] = []

    @property
    def field(self) -> str:
        return "inserted_at" if self.kind == "insert" else "removed_at"

    def _do(self) -> None:
        fn = sessions.insert_needles if self.kind == "insert" else sessions.remove_needles
        if self.at is None:
            ids = None if self.uuids is None else [self._id(u) for u in self.uuids]
            infos = fn(self.ctx.db, self.ctx.session_id, ids)
            self.changed = [n.uuid for n in infos]
            self.at = infos[0].inserted_at if infos and self.kind == "insert" else (
                infos[0].removed_at if infos else None
            )
        else:
            infos = fn(self.ctx.db, self.ctx.session_id, [self._id(u) for u in self.changed], at=self.at)
        self.ctx.needles_changed(infos)

    def _undo(self) -> None:
        infos = [
            sessions.update_needle(self.ctx.db, self._id(u), **{self.field: None}) for u in reversed(self.changed)
        ]
        self.ctx.needles_changed(infos)


class SessionFieldCommand(_Command):
    """A session text field or the planned retention; consecutive edits of one field merge."""

    def __init__(self, ctx, field: str, old: Any, new: Any, label: str) -> None:
        super().__init__(ctx, label)
        self.field = field
        self.old = old
        self.new = new
        self.stamp = time.monotonic()

    def _write(self, value: Any) -> None:
        sessions.update_session(self.ctx.db, self.ctx.session_id, **{self.field: value})

    def _do(self) -> None:
        self._write(self.new)
        if not self._skip_redo:
            self.ctx.session_field_changed(self.field, self.new)

    def first(self) -> None:
        self._write(self.new)
        self._skip_redo = True

    def _undo(self) -> None:
        self._write(self.old)
        self.ctx.session_field_changed(self.field, self.old)

    def id(self) -> int:
        return _TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SessionFieldCommand) or other.field != self.field:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = other.new
        self.stamp = other.stamp
        if self.new == self.old:
            self.setObsolete(True)
        return True


class AddChannelCommand(_Command):
    """Join two needles with an EA lead pair (used when no EA panel is installed)."""

    def __init__(self, ctx, a_uuid: str, b_uuid: str, text: str) -> None:
        super().__init__(ctx, text)
        self.a_uuid = a_uuid
        self.b_uuid = b_uuid
        self.fields: dict[str, Any] = {}
        self.channel_id: int | None = None

    def _do(self) -> None:
        channel = sessions.add_channel(
            self.ctx.db, self.ctx.session_id, self._id(self.a_uuid), self._id(self.b_uuid), **self.fields
        )
        self.channel_id = channel.id
        self.ctx.reload()

    def _undo(self) -> None:
        if self.channel_id is not None:
            removed = sessions.remove_channel(self.ctx.db, self.channel_id)
            self.fields = {k: getattr(removed, k) for k in sessions.CHANNEL_FIELDS}
            self.channel_id = None
        self.ctx.reload()


class ApplyTemplateCommand(_Command):
    """Chart a protocol template (its needles, EA pairs and planned retention) in one step.

    Undo takes the template's needles off (their EA pairs go with them) and puts the
    planned retention back; redo applies the template again.
    """

    def __init__(self, ctx, template_id: int, old_retention: int, text: str) -> None:
        super().__init__(ctx, text)
        self.template_id = template_id
        self.old_retention = old_retention
        self.uuids: list[str] = []

    def _do(self) -> None:
        from charting.templates import apply_template

        infos = apply_template(self.ctx.db, self.template_id, self.ctx.session_id)
        self.uuids = [n.uuid for n in infos]
        self.ctx.reload()

    def _undo(self) -> None:
        for uuid in reversed(self.uuids):
            sessions.remove_needle(self.ctx.db, self._id(uuid))
        sessions.update_session(self.ctx.db, self.ctx.session_id, planned_retention_min=self.old_retention)
        self.ctx.reload()
