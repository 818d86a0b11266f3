"""``acuchart audit``: verify the tamper-evident audit chain, show a patient's history."""

from __future__ import annotations

import argparse

NAME = "audit"
HELP = "verify the audit trail or show a patient's history"
ORDER = 60


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help=HELP, description="The audit trail of every change.")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser(
        "verify", help="check the hash chain; exit 1 and name the first broken event if it was tampered with"
    )
    verify.set_defaults(handler=run_verify)
    show = sub.add_parser("show", help="list the changes to one patient's records, oldest first")
    show.add_argument("--patient", type=int, required=True, metavar="ID")
    show.add_argument("--json", action="store_true", help="print a JSON list with before and after values")
    show.set_defaults(handler=run_show)


def run_verify(args: argparse.Namespace, ctx) -> int:
    import sys

    from charting.audit import verify

    result = verify(ctx.database())
    if result.ok:
        print(result.message)
        return 0
    print(result.message, file=sys.stderr)
    return 1


def run_show(args: argparse.Namespace, ctx) -> int:
    from charting.audit import history
    from charting.commands._output import local_time, print_json, print_table
    from charting.patients import get_patient

    db = ctx.database()
    get_patient(db, args.patient)  # a clear "does not exist" for a wrong id
    events = history(db, patient_id=args.patient)
    if args.json:
        print_json([e.to_json() for e in events])
        return 0
    print_table(
        ("EVENT", "AT", "WHO", "ACTION", "ENTITY", "CHANGE"),
        [(e.id, local_time(e.at), e.actor, e.action, e.entity, e.summary) for e in events],
    )
    return 0
