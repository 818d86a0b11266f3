"""``acuchart patients``: find patients."""

from __future__ import annotations

import argparse

NAME = "patients"
HELP = "search patients"
ORDER = 30


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help=HELP, description="Find patients.")
    sub = parser.add_subparsers(dest="patients_command", metavar="ACTION", required=True)
    search = sub.add_parser(
        "search",
        help="patients whose name, chart number or date of birth starts with QUERY",
        description="Patients whose family or given name, chart number or date of birth "
        "(YYYY, YYYY-MM, YYYY-MM-DD) starts with QUERY.",
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, ctx) -> int:
    from charting.commands._output import print_json, print_table
    from charting.patients import search_patients

    found = search_patients(ctx.database(), args.query, limit=max(1, args.limit))
    if args.json:
        print_json([p.to_json() for p in found])
        return 0
    print_table(
        ("ID", "CHART", "NAME", "BORN", "SEX", "FLAGS"),
        [(p.id, p.chart_number, p.display_name, p.date_of_birth or "", p.sex, "; ".join(p.flags)) for p in found],
    )
    return 0
