"""``acuchart points``: list, search, show and render the acupoint library."""

from __future__ import annotations

NAME = "points"
HELP = "look up acupoints and draw the body diagrams"
ORDER = 40


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=HELP,
        description="The WHO acupoint library: codes in any usual form (BL40, UB-40, "
        "Liv 3, SJ05, EX-B2 L4), pinyin, Chinese and English names.",
    )
    sub = parser.add_subparsers(dest="points_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list points", description="List points, in channel order.")
    p.add_argument("--channel", metavar="CH", help="only this channel (LU, UB, SJ, LIV, GV, EX, ...)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_list)

    p = sub.add_parser("search", help="search points", description="Search codes and names, best first.")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_search)

    p = sub.add_parser("show", help="show one point", description="Show one point in full.")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_show)

    p = sub.add_parser(
        "render",
        help="draw a view with all its points to a PNG",
        description="Draw a body diagram view with every point and its code.",
    )
    p.add_argument("--view", required=True, metavar="VIEW", help="front, back, side, head, head_side, hand or foot")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png")
    p.add_argument("--no-labels", action="store_true", help="markers only")
    p.add_argument("--scale", type=float, default=2.0, help="pixels per diagram unit (default 2)")
    p.set_defaults(handler=_render)


def _print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_table(points) -> None:
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    def pad(s: str, n: int) -> str:
        return s + " " * max(0, n - width(s))

    if not points:
        return
    cw = max(width(p.code) for p in points)
    pw = max(width(p.pinyin) for p in points)
    hw = max(width(p.hanzi) for p in points)
    for p in points:
        print(f"{pad(p.code, cw)}  {pad(p.pinyin, pw)}  {pad(p.hanzi, hw)}  {p.english}".rstrip())


def _list(args, ctx) -> int:
    from charting.acupoints import library
    from charting.errors import UserError

    lib = library()
    if args.channel:
        try:
            points = lib.by_channel(args.channel)
        except KeyError:
            raise UserError(
                f"unknown channel {args.channel!r} (try LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV, EX)"
            ) from None
    else:
        points = lib.all()
    if args.json:
        _print_json([p.to_dict() for p in points])
    else:
        _print_table(points)
    return 0


def _search(args, ctx) -> int:
    from charting.acupoints import library
    from charting.errors import UserError

    points = library().search(args.query, limit=args.limit)
    if args.json:
        _print_json([p.to_dict() for p in points])
        return 0
    if not points:
        raise UserError(f"no point matches {args.query!r}")
    _print_table(points)
    return 0


def _show(args, ctx) -> int:
    from charting.acupoints import VIEWS, library
    from charting.acupoints.catalogue import channel_name
    from charting.errors import UserError

    point = library().get(args.code)
    if point is None:
        raise UserError(f"no point with code {args.code!r} (examples: BL40, UB-40, Liv 3, SJ05, EX-B2 L4)")
    if args.json:
        _print_json(point.to_dict())
        return 0
    rows = [
        ("Code", point.code),
        ("Name", f"{point.pinyin} ({point.pinyin_plain})  {point.hanzi}"),
        ("English", point.english),
        ("Channel", f"{point.channel} – {channel_name(point.channel)}"),
        ("Side", "bilateral" if point.bilateral else "midline"),
        ("Region", point.region.replace("_", " ")),
        ("Location", point.location),
    ]
    if point.aliases:
        rows.append(("Also", ", ".join(point.aliases)))
    rows.append(("Views", ", ".join(f"{v} ({x:.3f}, {y:.3f})" for v, (x, y) in point.positions.items() if v in VIEWS)))
    for label, value in rows:
        print(f"{label + ':':<10} {value}")
    return 0


def _render(args, ctx) -> int:
    from charting.acupoints import VIEWS
    from charting.errors import UserError

    if args.view not in VIEWS:
        raise UserError(f"unknown view {args.view!r}; choose one of: {', '.join(VIEWS)}")
    if args.scale <= 0 or args.scale > 10:
        raise UserError("--scale must be between 0 and 10")
    # The one documented exception to "charting never imports ui": rasterising needs Qt.
    from ui.diagram.render import render_view_png

    try:
        render_view_png(args.view, args.output, labels=not args.no_labels, scale=args.scale)
    except OSError as exc:
        raise UserError(str(exc)) from None
    print(args.output)
    return 0
