"""Alembic migrations of the AcuChart schema (shipped in the wheel)."""
