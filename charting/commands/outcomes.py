"""``acuchart outcomes``: a case's outcome measures over its sessions."""

from __future__ import annotations

import argparse

NAME = "outcomes"
HELP = "show a case's outcome measures over time"
ORDER = 40


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=HELP,
        description="Every outcome measure of a case over its sessions: one line per session with its "
        "date and each measure's before→after values ('–' where one was not recorded), "
        "or with --json the series the course chart draws.",
    )
    parser.add_argument("case_id", metavar="CASE_ID", type=int, help="the case (course of treatment)")
    parser.add_argument("--json", action="store_true", help="print the series as JSON")
    parser.set_defaults(handler=run)


def session_lines(series, columns) -> list[str]:
    """Plain lines, one per session: "#1  2026-05-04  NRS back 7→4; ODI 51.1 %→–"."""
    from charting.outcomes import MEASURES, outcome_text

    # (session_id) -> {(measure, label key): {timing: value}} in series order
    by_session: dict[int, dict[tuple[str, str], dict[str, float]]] = {}
    names: dict[tuple[str, str], str] = {}
    for one in series:
        info = MEASURES[one.measure]
        key = (one.measure, one.label.casefold())
        if one.measure == "free":
            names[key] = one.label
        elif one.measure == "psfs":
            names[key] = f"PSFS {one.label}" if one.label else "PSFS score"
        else:
            names[key] = info.short
        for point in one.points:
            by_session.setdefault(point.session_id, {}).setdefault(key, {})[one.timing] = point.value
    lines = []
    for column in columns:
        values = by_session.get(column.session_id, {})
        parts = []
        for key, timed in values.items():
            measure = key[0]
            before = outcome_text(measure, timed["before"]) if "before" in timed else "–"
            after = outcome_text(measure, timed["after"]) if "after" in timed else "–"
            parts.append(f"{names[key]} {before}→{after}")
        text = "; ".join(parts) if parts else "no outcomes recorded"
        lines.append(f"#{column.number}  {column.date.isoformat()}  {text}")
    return lines


def run(args: argparse.Namespace, ctx) -> int:
    from charting.commands._output import print_json
    from charting.outcomes import course_overview, course_series

    db = ctx.database()
    series = course_series(db, args.case_id)
    if args.json:
        print_json([s.to_json() for s in series])
        return 0
    columns = course_overview(db, args.case_id)
    if not columns:
        print(f"case {args.case_id} has no sessions")
        return 0
    for line in session_lines(series, columns):
        print(line)
    return 0
