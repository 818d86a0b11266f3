"""``acuchart backup`` and ``acuchart restore``: copies of an SQLite database."""

from __future__ import annotations

import argparse

NAME = "backup"
HELP = "copy the database to a backup file (SQLite)"
ORDER = 70


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME, help=HELP, description="Take a consistent copy of the SQLite database while it is in use."
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="backup file to write")
    parser.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (checked first; the current one is copied aside)",
        description="Check FILE (integrity, schema) and, if sound, replace the SQLite database with it. "
        "The current database is first copied to <name>.before-restore-<time>.db beside it. "
        "Close AcuChart on every workstation first.",
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx) -> int:
    from charting.backup import _sqlite_file, backup_to

    _sqlite_file(ctx.db_url)  # PostgreSQL: say pg_dump before connecting
    made = backup_to(ctx.database(), args.output)
    print(f"backup written to {made}")
    return 0


def run_restore(args: argparse.Namespace, ctx) -> int:
    from charting.backup import restore
    from charting.db.engine import open_database

    aside = restore(ctx.db_url, args.file)
    open_database(ctx.db_url).dispose()  # upgrades an older backup's schema, with its own copy first
    if aside is not None:
        print(f"restored {args.file}; the previous database was copied to {aside}")
    else:
        print(f"restored {args.file}")
    return 0
