"""``acuchart demo``: the demo clinic, or a synthetic clinic for scale work."""

from __future__ import annotations

import argparse

NAME = "demo"
HELP = "fill the database with the demo clinic (or a synthetic one with --patients)"
ORDER = 20


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{value} is outside the allowed range 0–1000000")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=HELP,
        description="Add the demo clinic (one practitioner, a few patients, a six-session sciatica "
        "course). Running it twice adds nothing the second time. With --patients, bulk-insert a "
        "synthetic clinic instead, for benchmarks.",
    )
    parser.add_argument("--patients", type=_count, metavar="N", help="synthetic patients to add")
    parser.add_argument(
        "--sessions-per-patient",
        type=_count,
        default=10,
        metavar="M",
        help="sessions per synthetic patient (default 10)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx) -> int:
    from charting.demo import load_demo, load_synthetic

    db = ctx.database()
    if args.patients is not None:
        result = load_synthetic(db, args.patients, args.sessions_per_patient)
        print(f"added {result.patients} patients, {result.sessions} sessions, {result.needles} needles")
        return 0
    result = load_demo(db)
    if result.created:
        print(
            f"demo clinic added: {result.patients} patients, {result.sessions} sessions, "
            f"{result.needles} needles; log in as 'demo' with password 'demo'"
        )
    else:
        print("demo clinic already present; nothing added")
    return 0
