"""``acuchart export`` and ``acuchart import``: patients as a versioned JSON document."""

from __future__ import annotations

import argparse

NAME = "export"
HELP = "write a patient's records to a JSON exchange file"
ORDER = 50


def register(subparsers: argparse._SubParsersAction) -> None:
    from charting.commands._auth import add_auth_arguments

    export = subparsers.add_parser(
        NAME,
        help=HELP,
        description="Write one patient with every course, consent and session to a JSON document "
        "(format: docs/exchange-format.md).",
    )
    export.add_argument("--patient", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write ('-' for stdout)")
    export.set_defaults(handler=run_export)
    imp = subparsers.add_parser(
        "import",
        help="read a JSON exchange file (all or nothing)",
        description="Check FILE completely (schema, ranges, safety rules, references) and add everything "
        "in it in one transaction, or nothing. --user is needed once the database has accounts.",
    )
    imp.add_argument("file", metavar="FILE")
    add_auth_arguments(imp, required=False)
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, ctx) -> int:
    import json
    import os
    import sys
    from pathlib import Path

    from charting.errors import UserError
    from charting.exchange import export_patient

    doc = export_patient(ctx.database(), args.patient)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    temp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(temp, target)
    except OSError as exc:
        try:
            temp.unlink()
        except OSError:
            pass
        raise UserError(f"export: cannot write {target}: {exc.strerror or exc}") from None
    sessions = len(doc["patients"][0]["sessions"])
    print(f"exported patient {args.patient} ({sessions} session(s)) to {target}")
    return 0


def run_import(args: argparse.Namespace, ctx) -> int:
    from charting.commands._auth import login_from_args
    from charting.exchange import import_document, read_document

    doc = read_document(args.file)
    login_from_args(args, ctx, optional=True)
    result = import_document(ctx.database(), doc)
    print(result.line)
    return 0
