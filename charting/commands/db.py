"""``acuchart db``: upgrade and check the database."""

from __future__ import annotations

import argparse

NAME = "db"
HELP = "upgrade or check the database"
ORDER = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help=HELP, description="Upgrade or check the AcuChart database.")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = sub.add_parser("upgrade", help="bring the database schema up to this version of AcuChart")
    upgrade.set_defaults(handler=run_upgrade)
    check = sub.add_parser("check", help="check integrity and schema version")
    check.set_defaults(handler=run_check)


def run_upgrade(args: argparse.Namespace, ctx) -> int:
    from charting.db.schema import HEAD

    ctx.database(upgrade=True)
    print(f"database is at schema {HEAD}")
    return 0


def run_check(args: argparse.Namespace, ctx) -> int:
    from charting.db.schema import HEAD, integrity_problems
    from charting.errors import DatabaseError

    db = ctx.database(upgrade=False)
    problems = integrity_problems(db.engine)
    if problems:
        raise DatabaseError("database check failed: " + "; ".join(problems))
    print(f"ok: schema {HEAD}, integrity check passed")
    return 0
