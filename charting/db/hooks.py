"""Rules every unit of work obeys, wired onto the session factory.

The safety gate and the audit trail listen on the ORM flush, which every
write of clinical data passes through whoever asks (window, CLI, import), so
no path can go around them.  The gate runs first: a blocked change writes no
audit event.
"""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker


def install(factory: sessionmaker) -> None:
    from charting import audit, signing
    from charting.safety import gate

    signing.install(factory)
    gate.install(factory)
    audit.install(factory)
