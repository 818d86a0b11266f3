"""Signing sessions (filled in by the record integrity work)."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker


def install(factory: sessionmaker) -> None:
    """Refuse changes to signed sessions (not yet wired)."""
