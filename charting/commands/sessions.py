"""``acuchart sessions``: list sessions."""

from __future__ import annotations

import argparse

NAME = "sessions"
HELP = "list treatment sessions"
ORDER = 35


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help=HELP, description="List treatment sessions.")
    sub = parser.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="sessions, newest first")
    listing.add_argument("--patient", type=int, metavar="ID", help="only this patient's sessions")
    listing.add_argument("--case", type=int, metavar="ID", help="only this case's sessions")
    listing.add_argument(
        "--unsigned", action="store_true", help="only unsigned sessions older than a day (to chase before audits)"
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=run_list)
    check = sub.add_parser("check", help="what the record still lacks (STRICTA 2010 checklist)")
    check.add_argument("session_id", type=int, metavar="SESSION_ID", help="the session to check")
    check.add_argument("--json", action="store_true", help="print a JSON list of {item, field, message}")
    check.set_defaults(handler=run_check)


def run_list(args: argparse.Namespace, ctx) -> int:
    import datetime as dt

    from charting.commands._output import local_time, print_json, print_table
    from charting.sessions import list_sessions

    found = list_sessions(
        ctx.database(),
        patient_id=args.patient,
        case_id=args.case,
        unsigned_older_than=dt.timedelta(days=1) if args.unsigned else None,
    )
    if args.json:
        print_json([s.to_json() for s in found])
        return 0
    print_table(
        ("ID", "STARTED", "PATIENT", "CHART", "PRACTITIONER", "NEEDLES", "STATUS"),
        [
            (s.id, local_time(s.started_at), s.patient_name, s.chart_number, s.practitioner, s.needle_count, s.status)
            for s in found
        ],
    )
    return 0


def run_check(args: argparse.Namespace, ctx) -> int:
    from charting.commands._output import print_json
    from charting.completeness import check_session

    missing = check_session(ctx.database(), args.session_id)
    if args.json:
        print_json([m.to_json() for m in missing])
        return 0
    if not missing:
        print("complete: nothing missing")
    for m in missing:
        print(f"{m.item}  {m.field}  {m.message}")
    return 0
