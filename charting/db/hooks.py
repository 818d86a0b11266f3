"""Rules every unit of work obeys, wired onto the session factory.

The signed-record guard, the safety gate and the audit trail listen on the ORM
flush, which every write of clinical data passes through whoever asks (window,
CLI, import), so no path can go around them.  Order matters: the guard and the
gate run before the flush (a refused change writes nothing, so no audit event),
the audit trail after it (new rows have their ids).

The modules behind them are imported at the first flush, not when a database
is opened: the window's first screen only reads, and start-up pays for nothing
it does not use.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker


def _before_flush(session: Session, flush_context, instances) -> None:
    from charting import signing
    from charting.safety import gate

    signing.before_flush(session, flush_context, instances)
    gate.before_flush(session, flush_context, instances)


def _after_flush(session: Session, flush_context) -> None:
    from charting import audit

    audit.after_flush(session, flush_context)


def install(factory: sessionmaker) -> None:
    """Wire the hooks onto a new session factory (once per :class:`Database`).

    Unconditionally: ``event.contains`` keys its registry by ``id()``, and a new
    factory can reuse the address of one already collected, which would make the
    check answer "already there" for a factory that has no hooks at all.
    """
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
