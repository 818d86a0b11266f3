"""``acuchart sign``: sign a session (re-entering the password)."""

from __future__ import annotations

import argparse

NAME = "sign"
HELP = "sign a treatment session (it becomes read-only; corrections are addenda)"
ORDER = 40


def register(subparsers: argparse._SubParsersAction) -> None:
    from charting.commands._auth import add_auth_arguments

    parser = subparsers.add_parser(
        NAME,
        help=HELP,
        description="Sign a session. Refused while needles are still in or safety warnings are unacknowledged.",
    )
    parser.add_argument("session_id", type=int, metavar="SESSION_ID")
    add_auth_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx) -> int:
    from charting.commands._auth import read_secret
    from charting.signing import sign_session

    password = read_secret(args, f"Password for {args.user}: ")
    signature = sign_session(ctx.database(), args.session_id, args.user, password)
    print(signature.line)
    return 0
