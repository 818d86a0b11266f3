"""The audit trail (filled in by the record integrity work)."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker


def install(factory: sessionmaker) -> None:
    """Write an audit event for every change (not yet wired)."""
