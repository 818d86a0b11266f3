"""The safety gate (filled in by the safety rules work)."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker


def install(factory: sessionmaker) -> None:
    """Run the safety rules before every flush (not yet wired)."""
