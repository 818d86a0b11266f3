"""Who is running a command that changes records: ``--user NAME`` and the password.

The password comes from a prompt (getpass, not echoed) or, with
``--password-stdin``, from the first line of standard input (for scripts).
Commands that change records call :func:`login_from_args` before working.
"""

from __future__ import annotations

import argparse
import sys


def add_auth_arguments(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        required=required,
        help="your username; the password is asked for (or read from stdin with --password-stdin)",
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of standard input"
    )


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    """One secret: a line of stdin with ``--password-stdin``, else a getpass prompt."""
    from charting.errors import UserError

    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UserError("--password-stdin: standard input ended before a password was read")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the password; use --password-stdin")
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError("no password given") from None


def login_from_args(args: argparse.Namespace, ctx, *, optional: bool = False):
    """Log the ``--user`` in on ``ctx.database()``; returns the PractitionerInfo (or None).

    With ``optional``, a database where nobody has a password yet (a new clinic
    being set up) needs no ``--user``; changes are then attributed to "setup".
    """
    from charting import accounts
    from charting.errors import UserError

    db = ctx.database()
    user = getattr(args, "user", None)
    if not user:
        if optional and not accounts.has_accounts(db):
            db.actor = "setup"
            return None
        raise UserError("--user NAME is required: changes are attributed to a logged-in practitioner")
    password = read_secret(args, f"Password for {user}: ")
    return accounts.login(db, user, password)
