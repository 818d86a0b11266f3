"""``acuchart addendum``: append a dated, attributed correction to a session."""

from __future__ import annotations

import argparse

NAME = "addendum"
HELP = "add a dated correction to a (signed) session"
ORDER = 41


def register(subparsers: argparse._SubParsersAction) -> None:
    from charting.commands._auth import add_auth_arguments

    parser = subparsers.add_parser(
        NAME, help=HELP, description="Append an addendum; it is printed after the original record."
    )
    parser.add_argument("session_id", type=int, metavar="SESSION_ID")
    parser.add_argument("--text", required=True, metavar="TEXT", help="the correction")
    add_auth_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx) -> int:
    import datetime as dt

    from charting.commands._auth import login_from_args
    from charting.signing import add_addendum

    me = login_from_args(args, ctx)
    added = add_addendum(ctx.database(), args.session_id, args.text)
    print(
        f"addendum {added.id} added to session {args.session_id} by {me.username} at "
        f"{added.created_at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    )
    return 0
