"""The course-of-treatment record: every session of a case in one document.

Opens with the case and its treatment plan, the trend chart of the outcome
series (the numbers :func:`charting.outcomes.course_series` gives the course
view on screen), totals and a one-row-per-session overview; then each session
summary on its own pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from charting.reports import fonts
from charting.reports.data import CourseReportData
from charting.reports.layout import MM, MUTED, PageState, bare_style, local, styles, table_style
from charting.reports.session_summary import (
    EMPTY,
    SetPageState,
    _p,
    _pm,
    ea_minutes,
    patient_line,
    session_story,
)

#: Line colours of the series in a chart, in legend order.
SERIES_COLOURS = ("#1c4e80", "#d9480f", "#2b8a3e", "#7048e8", "#c2255c", "#0b7285")


def _group_key(series) -> tuple:
    return (float(series.scale_min), float(series.scale_max), series.unit)


def chart_groups(series: Sequence[Any]) -> list[list[Any]]:
    """Series that share a scale go in one chart (back and leg NRS together; ODI and RMDQ apart)."""
    groups: dict[tuple, list[Any]] = {}
    for one in series:
        if one.points:
            groups.setdefault(_group_key(one), []).append(one)
    return list(groups.values())


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    if span <= 0:
        return [low]
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    count = int((high - first) / step + 1e-9) + 1
    return [first + i * step for i in range(count)]


def trend_chart(group: Sequence[Any], sessions: int, width: float, height: float, *, legend_columns: int = 2):
    """A line chart of the series in ``group`` over session numbers 1..``sessions``.

    Before-treatment values are solid lines with filled dots, after-treatment
    values dashed lines with open dots; one colour per measure (+ label).
    """
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    first = group[0]
    low, high = float(first.scale_min), float(first.scale_max)
    names = []
    for one in group:
        name = one.title.rsplit(" (", 1)[0]
        if name not in names:
            names.append(name)
    unit = f" {first.unit}" if first.unit and first.unit not in ("%", "°") else first.unit
    title = f"{', '.join(names)} ({low:g}–{high:g}{unit})"
    legend_rows = math.ceil(len(group) / legend_columns)
    left, right, top, bottom = 22.0, 8.0, 14.0, 20.0 + legend_rows * 9.0
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=7)
    plot_w, plot_h = width - left - right, height - top - bottom
    muted = colors.HexColor(MUTED)
    grid = colors.HexColor("#dde1e6")
    drawing.add(String(left, height - 9, title, fontName=fonts.BOLD, fontSize=7.5))

    def px(number: float) -> float:
        return left + (plot_w * (number - 1) / (sessions - 1) if sessions > 1 else plot_w / 2)

    def py(value: float) -> float:
        return bottom + plot_h * (min(max(value, low), high) - low) / (high - low or 1)

    for tick in _ticks(low, high):
        y = py(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=grid, strokeWidth=0.4))
        drawing.add(String(left - 3, y - 2.2, f"{tick:g}", fontName=fonts.REGULAR, fontSize=6, fillColor=muted,
                           textAnchor="end"))
    step = max(1, math.ceil(sessions / 12))
    for number in range(1, sessions + 1, step):
        x = px(number)
        drawing.add(Line(x, bottom, x, bottom - 2, strokeColor=muted, strokeWidth=0.5))
        drawing.add(String(x, bottom - 9, str(number), fontName=fonts.REGULAR, fontSize=6, fillColor=muted,
                           textAnchor="middle"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=muted, strokeWidth=0.6))
    colour_of: dict[str, Any] = {}
    for index, one in enumerate(group):
        name = one.title.rsplit(" (", 1)[0]
        colour = colour_of.setdefault(name, colors.HexColor(SERIES_COLOURS[len(colour_of) % len(SERIES_COLOURS)]))
        after = one.timing == "after"
        points = [(px(p.session_number), py(p.value)) for p in one.points]
        if len(points) > 1:
            drawing.add(PolyLine([c for xy in points for c in xy], strokeColor=colour, strokeWidth=1.1,
                                 strokeDashArray=[3, 2] if after else None))
        for x, y in points:
            drawing.add(Circle(x, y, 1.9, fillColor=colors.white if after else colour, strokeColor=colour,
                               strokeWidth=0.8))
        # legend: two columns under the plot
        column, row = index % legend_columns, index // legend_columns
        lx = left + column * plot_w / legend_columns
        ly = bottom - 19 - row * 9
        drawing.add(Line(lx, ly + 2, lx + 12, ly + 2, strokeColor=colour, strokeWidth=1.1,
                         strokeDashArray=[3, 2] if after else None))
        drawing.add(Circle(lx + 6, ly + 2, 1.9, fillColor=colors.white if after else colour, strokeColor=colour,
                           strokeWidth=0.8))
        mcic = f", MCIC {one.mcic:g}" if one.mcic else ""
        drawing.add(String(lx + 15, ly, f"{one.title}{mcic}", fontName=fonts.REGULAR, fontSize=6))
    return drawing


def totals(data: CourseReportData) -> dict[str, Any]:
    sessions = [d.session for d in data.sessions]
    codes: list[str] = []
    for s in sessions:
        for n in s.needles:
            if n.point_code and n.point_code not in codes:
                codes.append(n.point_code)
    return {
        "sessions": len(sessions),
        "signed": sum(1 for s in sessions if s.signed),
        "needles": sum(len(s.needles) for s in sessions),
        "ea_sessions": sum(1 for s in sessions if s.channels),
        "ea_minutes": sum(ea_minutes(s) for s in sessions),
        "adverse_events": sum(len(s.adverse_events) for s in sessions),
        "points": codes,
        "first": sessions[0].started_at if sessions else None,
        "last": sessions[-1].started_at if sessions else None,
    }


def _case_block(data: CourseReportData, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    case, p = data.case, data.patient
    name = f"{p.family_name}, {p.given_name}" if p.given_name else p.family_name
    practitioners: dict[str, Any] = {}
    for d in data.sessions:
        practitioners.setdefault(d.session.practitioner.name, d.session.practitioner)
    background = "; ".join(
        f"{pr.display_name}" + (f", licence {pr.licence_number}" if pr.licence_number else "")
        + (f", {pr.qualification}" if pr.qualification else "")
        + (f", {pr.years_in_practice} years in practice" if pr.years_in_practice is not None else "")
        for pr in practitioners.values()
    )
    plan_bits = []
    if case.planned_sessions:
        plan_bits.append(f"{case.planned_sessions} sessions")
    if case.sessions_per_week:
        plan_bits.append(f"{case.sessions_per_week:g} per week")
    if case.session_minutes:
        plan_bits.append(f"{case.session_minutes} min each")
    dates = case.start_date.isoformat() + (f" to {case.end_date.isoformat()}" if case.end_date else " (open)")
    rows = [
        ("Patient", f"{name} · born {p.date_of_birth.isoformat() if p.date_of_birth else 'not recorded'} · "
                    f"chart {p.chart_number} · {p.sex}"),
        ("Complaint", case.chief_complaint + (f" (onset {case.onset_date.isoformat()})" if case.onset_date else "")),
        ("Diagnosis", case.diagnosis or "not recorded"),
        ("TCM pattern", case.tcm_pattern),
        ("Goal", case.goal),
        ("Course", dates),
        ("Style", ", ".join(x for x in (case.acupuncture_style, case.individualisation) if x)),
        ("Rationale", case.rationale),
        ("Sources", case.rationale_references),
        ("Planned", ", ".join(plan_bits)),
        ("Practitioner", background),
    ]
    table_rows = [[label, _p(value, width=width - 23 * MM)] for label, value in rows if value]
    return [Table(table_rows, colWidths=[23 * MM, width - 23 * MM], style=table_style(
        ("FONTNAME", (0, 0), (0, -1), fonts.BOLD), ("FONTSIZE", (0, 0), (0, -1), 6.8),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor(MUTED)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.HexColor("#c9ccd1")), header=False))]


def _totals_block(data: CourseReportData, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    t = totals(data)
    cells = [
        ("Sessions", f"{t['sessions']}", f"{t['signed']} signed, {t['sessions'] - t['signed']} draft"),
        ("Needle insertions", f"{t['needles']}", f"{len(t['points'])} different points"),
        ("EA minutes", f"{t['ea_minutes']:g}", f"in {t['ea_sessions']} sessions"),
        ("Adverse events", f"{t['adverse_events']}", "recorded"),
    ]
    big = styles()["title"]
    from reportlab.platypus import Paragraph

    row = [[_pm(label, "label"), Paragraph(value, big), _pm(note, "muted")] for label, value, note in cells]
    inner = [Table(r and [[r[0]], [r[1]], [r[2]]], style=bare_style(("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1))) for r in row]
    return [Table([inner], colWidths=[width / 4] * 4, style=bare_style(
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#c9ccd1")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#c9ccd1")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f8fa")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("VALIGN", (0, 0), (-1, -1), "TOP")))]


def _charts(data: CourseReportData, width: float) -> list:
    from reportlab.platypus import Table

    groups = chart_groups(data.series)
    if not groups:
        return [_p("No outcome scores were recorded in this course.", "base")]
    count = max(len(data.sessions), *(p.session_number for g in groups for s in g for p in s.points))
    if count > 20:  # a long course: one chart per row, the page's full width
        per_row = 1
    elif len(groups) in (3, 5, 6) or len(groups) > 6:
        per_row = 3
    else:
        per_row = 2
    each = (width - (per_row - 1) * 3 * MM) / per_row
    legend_columns = {1: 4, 2: 2, 3: 1}[per_row]
    tallest = max(math.ceil(len(g) / legend_columns) for g in groups)
    drawings = [trend_chart(g, count, each, 40 * MM + tallest * 9, legend_columns=legend_columns) for g in groups]
    rows = [drawings[i : i + per_row] for i in range(0, len(drawings), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    return [Table(rows, colWidths=[each + 3 * MM] * (per_row - 1) + [each], style=bare_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4))),
        _pm("Solid lines: before treatment; dashed lines: after treatment. MCIC: minimal clinically important "
            "change (sources in the outcome measures' documentation).", "note")]


def _outcome_text(session) -> str:
    from charting.outcomes import MEASURES

    values: dict[tuple[str, str], dict[str, float]] = {}
    for o in session.outcomes:
        values.setdefault((o.measure, o.label), {})[o.timing] = o.value
    order = {code: i for i, code in enumerate(MEASURES)}
    parts = []
    for (measure, label), timing in sorted(values.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][1])):
        info = MEASURES.get(measure)
        name = (label if measure == "free" else f"{info.short}{': ' + label if label else ''}") if info else measure
        before, after = timing.get("before"), timing.get("after")
        if before is not None and after is not None:
            parts.append(f"{name} {before:g}→{after:g}")
        else:
            parts.append(f"{name} {(before if before is not None else after):g}"
                         + ("" if before is not None else " (after)"))
    return ", ".join(parts)


def _overview(data: CourseReportData, width: float) -> list:
    from reportlab.platypus import Table

    header = ["No.", "Date", "Status", "Points", "Needles", "EA min", "Outcomes (before → after)", "AE"]
    widths = [10 * MM, 17 * MM, 13 * MM, 0, 12 * MM, 11 * MM, 62 * MM, 8 * MM]
    widths[3] = width - sum(widths)
    rows: list[list] = [header]
    for d in data.sessions:
        s = d.session
        codes = []
        for n in s.needles:
            label = n.point_code or "Ashi"
            if label not in codes:
                codes.append(label)
        rows.append([
            str(d.number or ""),
            local(s.started_at, "%Y-%m-%d"),
            "signed" if s.signed else "DRAFT",
            _p(", ".join(codes) or EMPTY, width=widths[3]),
            str(len(s.needles)),
            f"{ea_minutes(s):g}" if s.channels else EMPTY,
            _p(_outcome_text(s) or EMPTY, width=widths[6]),
            str(len(s.adverse_events)) if s.adverse_events else "0",
        ])
    from reportlab.lib import colors

    drafts = [("TEXTCOLOR", (2, i), (2, i), colors.HexColor("#b3261e"))
              for i, d in enumerate(data.sessions, start=1) if not d.session.signed]
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(25 * MM), _pm("Sessions", "h2free"), Table(rows, colWidths=widths, repeatRows=1,
                                                                     style=table_style(
        ("ALIGN", (4, 0), (5, -1), "RIGHT"), ("ALIGN", (7, 0), (7, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"), *drafts))]


def course_story(data: CourseReportData, state: PageState, width: float) -> list:
    from reportlab.platypus import PageBreak, Spacer

    t = totals(data)
    span = ""
    if t["first"] is not None:
        span = f"{local(t['first'], '%d %B %Y')} – {local(t['last'], '%d %B %Y')}"
    story: list = [
        SetPageState(state, False),
        _pm("Course of treatment record", "title"),
        _pm(fonts.markup(" · ".join(x for x in (data.case.chief_complaint, span) if x)), "subtitle"),
        Spacer(0, 4),
    ]
    story += _case_block(data, width)
    story += [Spacer(0, 6)]
    story += _totals_block(data, width)
    story += [_pm("Outcomes over the course", "h2")]
    story += _charts(data, width)
    story += _overview(data, width)
    story += [_pm("EA minutes: stimulation time per session, channels running together counted once. "
                  "AE: adverse events. Each session's full record follows.", "note")]
    for session in data.sessions:
        story += [PageBreak()]
        story += session_story(session, state, width)
    return story


def build_course_record(data: CourseReportData, out) -> None:
    """Write the course record PDF for ``data`` to ``out`` (a path or a binary file)."""
    from charting.reports.layout import build, document

    state = PageState(data.clinic, "Course of treatment record", patient_line(data.patient), data.generated_at)
    doc = document(out, data.clinic, state, title=f"Course record — {patient_line(data.patient)}",
                   subject=data.case.chief_complaint)
    build(doc, course_story(data, state, doc.width))
