"""``acuchart templates``: protocol templates (built-ins and the practice's own)."""

from __future__ import annotations

import argparse

NAME = "templates"
HELP = "list protocol templates"
ORDER = 42


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help=HELP, description="Protocol templates to apply to a session.")
    sub = parser.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    listing = sub.add_parser(
        "list", help="every template, built-ins first", description="Every template, built-ins first."
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list (with each template's body)")
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace, ctx) -> int:
    from charting.commands._output import print_json, print_table
    from charting.templates import ensure_builtin_templates, list_templates

    db = ctx.database()
    ensure_builtin_templates(db)
    found = list_templates(db)
    if args.json:
        print_json([t.to_json() for t in found])
        return 0
    print_table(
        ("ID", "NAME", "CONDITION", "NEEDLES", "EA", "MIN", "BUILT-IN", "POINTS"),
        [
            (
                t.id,
                t.name,
                t.condition,
                t.needle_count,
                t.channel_count,
                t.planned_retention_min or "",
                "yes" if t.builtin else "",
                ", ".join(t.point_codes),
            )
            for t in found
        ],
    )
    return 0
