"""``acuchart users``: practitioner accounts (add, passwd, list)."""

from __future__ import annotations

import argparse

NAME = "users"
HELP = "practitioner accounts: add, change password, list"
ORDER = 15


def register(subparsers: argparse._SubParsersAction) -> None:
    from charting.commands._auth import add_auth_arguments

    parser = subparsers.add_parser(NAME, help=HELP, description="Practitioner accounts who log in and sign.")
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add",
        help="add an account (once accounts exist, an existing user must authorise it with --user)",
        description="Add a practitioner account. With --password-stdin, stdin holds your password "
        "(when --user is given) and then the new account's password, one per line.",
    )
    add.add_argument("username", metavar="NAME")
    add.add_argument("--name", required=True, help="full name as printed on records")
    add.add_argument("--credentials", default="", help="e.g. L.Ac.")
    add.add_argument("--licence", default="", help="licence number")
    add_auth_arguments(add, required=False)
    add.set_defaults(handler=run_add)
    passwd = sub.add_parser(
        "passwd",
        help="change your password, or set the first one of an account without (e.g. imported)",
        description="Change NAME's password. With --password-stdin, stdin holds the current password "
        "of --user (default NAME) and then the new one, one per line.",
    )
    passwd.add_argument("username", metavar="NAME")
    add_auth_arguments(passwd, required=False)
    passwd.set_defaults(handler=run_passwd)
    listing = sub.add_parser("list", help="list accounts")
    listing.set_defaults(handler=run_list)


def _new_password(args: argparse.Namespace, username: str) -> str:
    from charting.commands._auth import read_secret
    from charting.errors import UserError

    first = read_secret(args, f"New password for {username}: ")
    if not args.password_stdin:
        again = read_secret(args, "Again: ")
        if again != first:
            raise UserError("password: the two entries differ; nothing was changed")
    return first


def run_add(args: argparse.Namespace, ctx) -> int:
    from charting import accounts
    from charting.commands._auth import login_from_args

    login_from_args(args, ctx, optional=True)
    password = _new_password(args, args.username)
    made = accounts.create_account(
        ctx.database(), args.username, password, name=args.name, credentials=args.credentials,
        licence_number=args.licence,
    )
    print(f"account {made.username} added ({made.name})")
    return 0


def run_passwd(args: argparse.Namespace, ctx) -> int:
    from charting import accounts

    args.user = args.user or args.username
    from charting.commands._auth import login_from_args

    login_from_args(args, ctx)
    password = _new_password(args, args.username)
    if args.user != args.username:
        target = {a.username: a for a in accounts.list_accounts(ctx.database())}.get(args.username)
        if target is not None and target.has_password:
            from charting.errors import UserError

            raise UserError(
                "users passwd: you can change only your own password, or set the first password of an "
                "account that has none (e.g. one created by import)"
            )
    accounts.set_password(ctx.database(), args.username, password)
    print(f"password changed for {args.username}")
    return 0


def run_list(args: argparse.Namespace, ctx) -> int:
    from charting import accounts
    from charting.commands._output import print_table

    print_table(
        ("USERNAME", "NAME", "ACTIVE", "PASSWORD"),
        [(a.username, a.name, "yes" if a.active else "no", "set" if a.has_password else "none")
         for a in accounts.list_accounts(ctx.database())],
    )
    return 0
