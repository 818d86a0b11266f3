"""Storage: engine, mapped classes and the Alembic migrations."""
