"""Alembic environment: runs on the connection AcuChart hands over.

``render_as_batch`` lets SQLite alter tables by copying them, as Alembic advises.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from charting.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url)
        with engine.begin() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("AcuChart migrations run online only")
run_migrations_online()
