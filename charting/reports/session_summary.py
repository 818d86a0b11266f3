"""The session summary: one treatment session on one or two pages.

Sections, in order: title; patient, practitioner, date and case; findings;
the body diagram(s) beside the needling facts STRICTA asks for; the needle
table; EA channels; other modalities and co-interventions; outcomes before and
after; adverse events; acknowledged safety warnings; plan and notes; the
optional billing block; the signature (or the draft notice); addenda after
the original; and a completeness footnote.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from reportlab.platypus.flowables import Flowable

from charting.reports import fonts
from charting.reports.data import SessionReportData
from charting.reports.layout import MM, PageState, bare_style, local, styles, table_style

EMPTY = "—"
CELL_PADDING = 2.4  # left and right padding of table cells (layout.table_style)
SIDE_SHORT = {"left": "L", "right": "R", "midline": "mid"}
RESPONSE_TEXT = {"deqi": "de qi", "muscle twitch": "twitch", "none": "none", None: EMPTY}


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return EMPTY
    return f"{value:g}{unit}"


def _p(text: str | None, style: str = "cell", width: float | None = None):
    """A table cell: plain text when it fits on one line of a ``width``-wide cell (much cheaper
    to lay out), else a wrapping paragraph."""
    from reportlab.platypus import Paragraph

    if width is not None and text and style == "cell" and "\n" not in text and not fonts.has_cjk(text):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if stringWidth(text, fonts.REGULAR, 7.2) <= width - 2 * CELL_PADDING - 0.5:
            return text
    return Paragraph(fonts.markup(text) if text else EMPTY, styles()[style])


def _pm(markup: str, style: str = "cell"):
    """A paragraph from ready markup."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, styles()[style])


def patient_line(patient) -> str:
    name = f"{patient.family_name}, {patient.given_name}" if patient.given_name else patient.family_name
    parts = [name]
    if patient.date_of_birth:
        parts.append(f"born {patient.date_of_birth.isoformat()}")
    parts.append(f"chart {patient.chart_number}")
    return " · ".join(parts)


def _age(born: dt.date | None, on: dt.date) -> str:
    if born is None:
        return ""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return f" ({years} y)"


def retention_minutes(needle) -> float | None:
    if needle.inserted_at is None or needle.removed_at is None:
        return None
    return round((needle.removed_at - needle.inserted_at).total_seconds() / 60, 1)


def ea_minutes(session) -> float:
    """Stimulation time of a session: channels running together count once (the longest)."""
    return max((c.duration_min or 0.0 for c in session.channels), default=0.0)


# --- sections -------------------------------------------------------------------------


def _title(data: SessionReportData) -> list:
    s = data.session
    place = f"Session {data.number} of {data.of}" if data.number and data.of else "Session"
    day = local(s.started_at, "%A %d %B %Y")
    times = local(s.started_at, "%H:%M") + (f"–{local(s.ended_at, '%H:%M')}" if s.ended_at else "")
    bits = [place, day, times]
    if s.room:
        bits.append(s.room)
    status = "Signed" if s.signed else "DRAFT — not signed"
    colour = "#2b8a3e" if s.signed else "#b3261e"
    return [
        _pm(f"Treatment session summary <font size='9' color='{colour}'>&nbsp;&nbsp;{status}</font>", "title"),
        _pm(fonts.markup(" · ".join(bits)), "subtitle"),
    ]


def _info_grid(data: SessionReportData, width: float) -> Any:
    from reportlab.platypus import Table

    s = data.session
    p = s.patient
    pr = s.practitioner
    name = f"{p.family_name}, {p.given_name}" if p.given_name else p.family_name
    on = s.started_at.astimezone().date()
    born = (p.date_of_birth.isoformat() + _age(p.date_of_birth, on)) if p.date_of_birth else "not recorded"
    times = local(s.started_at) + (f"–{local(s.ended_at, '%H:%M')}" if s.ended_at else " (end not recorded)")
    licence = pr.licence_number or "not recorded"
    qualification = ", ".join(x for x in (pr.qualification,) if x)
    from charting.patients import flag_badges

    flags = ", ".join(flag_badges(p)) or "none"
    case = s.case
    label_w = 23 * MM
    value_w = width / 2 - label_w
    wide_w = width - label_w
    rows = [
        ["Patient", _p(name, "cellbold"), "Practitioner", _p(pr.display_name, "cellbold")],
        ["Date of birth", born, "Licence no.", licence],
        ["Chart no.", p.chart_number, "Qualification", _p(qualification or EMPTY, width=value_w)],
        ["Sex", p.sex, "Date and time", times],
        ["Safety flags", _p(flags, width=value_w), "Planned retention", f"{s.planned_retention_min} min"],
    ]
    spans = []
    if case is not None:
        style_text = ", ".join(x for x in (case.acupuncture_style, case.individualisation) if x)
        for label, value in (
            ("Complaint", case.chief_complaint),
            ("Diagnosis", case.diagnosis or "not recorded"),
            ("TCM pattern", case.tcm_pattern),
            ("Style", style_text),
            ("Rationale", case.rationale),
        ):
            if value:
                spans.append(len(rows))
                rows.append([label, _p(value, width=wide_w), "", ""])
    else:
        spans.append(len(rows))
        rows.append(["Case", "not part of a course of treatment", "", ""])
    if s.subjective:
        spans.append(len(rows))
        rows.append(["Subjective", _p(s.subjective, width=wide_w), "", ""])
    if s.tongue or s.pulse:
        rows.append(["Tongue", _p(s.tongue or EMPTY, width=value_w), "Pulse", _p(s.pulse or EMPTY, width=value_w)])
    extra = [("SPAN", (1, r), (3, r)) for r in spans]
    from reportlab.lib import colors

    extra += [
        ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
        ("FONTNAME", (2, 0), (2, -1), fonts.BOLD),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#5f6368")),
        ("TEXTCOLOR", (2, 0), (2, -1), colors.HexColor("#5f6368")),
        ("FONTSIZE", (0, 0), (0, -1), 6.8),
        ("FONTSIZE", (2, 0), (2, -1), 6.8),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.9),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.HexColor("#c9ccd1")),
    ]
    return Table(rows, colWidths=[label_w, value_w, label_w, value_w], style=table_style(*extra, header=False))


def _markers_by_view(data: SessionReportData):
    from charting.reports.diagram import Lead, Marker

    s = data.session
    views: dict[str, list[Marker]] = {}
    by_id = {n.id: n for n in s.needles}
    for n in s.needles:
        views.setdefault(n.view, []).append(Marker(n.seq, n.point_code or "Ashi", n.side, n.x, n.y))
    leads: dict[str, list[Lead]] = {}
    for number, channel in enumerate(s.channels, start=1):
        a, b = by_id.get(channel.needle_a_id), by_id.get(channel.needle_b_id)
        if a is not None and b is not None and a.view == b.view:
            leads.setdefault(a.view, []).append(Lead(number, (a.x, a.y), (b.x, b.y)))
    return views, leads


def diagrams(data: SessionReportData, width: float, height: float) -> list:
    """One drawing per view used, each fitted into ``width`` / number of views."""
    from charting.reports.diagram import body_drawing

    views, leads = _markers_by_view(data)
    if not views:
        return []
    each = (width - 3 * MM * (len(views) - 1)) / len(views)
    return [
        body_drawing(view, markers, leads.get(view, ()), max_width=each, max_height=height)
        for view, markers in views.items()
    ]


def _points_used(data: SessionReportData) -> str:
    """"BL23 bilateral, GB30 left, GV4 midline" in charting order."""
    sides: dict[str, set[str]] = {}
    for n in data.session.needles:
        sides.setdefault(n.label, set()).add(n.side)
    parts = []
    for label, found in sides.items():
        if found >= {"left", "right"}:
            word = "bilateral"
        elif found == {"midline"}:
            word = "midline"
        else:
            word = "unilateral " + "/".join(sorted(found))
        parts.append(f"{label} {word}")
    return ", ".join(parts)


def stricta_facts(data: SessionReportData) -> list[tuple[str, str]]:
    """The needling details STRICTA item 2 asks for, as (label, text) pairs."""
    s = data.session
    needles = s.needles
    if not needles:
        return [("Needling", "no needles charted")]
    kinds = Counter(
        (n.manufacturer or "maker not recorded", n.material or "", _num(n.gauge_mm), _num(n.length_mm))
        for n in needles
    )
    needle_types = "; ".join(
        f"{maker}{' ' + material if material else ''}, {gauge} × {length} mm ({count})"
        for (maker, material, gauge, length), count in kinds.items()
    )
    lots = sorted({n.lot_number for n in needles if n.lot_number})
    depths = [n.depth_mm for n in needles if n.depth_mm is not None]
    depth = (f"{min(depths):g}–{max(depths):g} mm" if min(depths) != max(depths) else f"{depths[0]:g} mm") if depths \
        else "not recorded"
    if len(depths) < len(needles) and depths:
        depth += f" ({len(needles) - len(depths)} not recorded)"
    sought = Counter(RESPONSE_TEXT.get(n.response_sought, n.response_sought) for n in needles)
    obtained = sum(1 for n in needles if n.deqi or n.response_obtained == "deqi")
    techniques = Counter(n.technique for n in needles if n.technique)
    manual = ", ".join(f"{t} ({c})" for t, c in techniques.items()) or "not recorded"
    if s.channels:
        first = s.channels[0]
        stimulation = (f"manual: {manual}; electroacupuncture: {len(s.channels)} channel"
                       f"{'s' if len(s.channels) > 1 else ''}, {first.waveform} {first.frequency_text} Hz"
                       f"{', ' + _num(first.pulse_width_us, ' µs') if first.pulse_width_us else ''}"
                       f", {ea_minutes(s):g} min (see EA table)")
    else:
        stimulation = f"manual only: {manual}"
    retained = [m for m in (retention_minutes(n) for n in needles) if m is not None]
    if retained:
        low, high = min(retained), max(retained)
        retention = f"{low:g} min" if low == high else f"{low:g}–{high:g} min"
    else:
        retention = "not recorded"
    retention += f" (planned {s.planned_retention_min} min)"
    unilateral = sum(1 for n in needles if n.side != "midline")
    return [
        ("Points", _points_used(data)),
        ("Insertions", f"{len(needles)} needles ({unilateral} lateral, {len(needles) - unilateral} midline)"),
        ("Needles", needle_types + (f"; lot {', '.join(lots)}" if lots else "")),
        ("Depth", depth),
        ("Response", "sought: " + ", ".join(f"{k} ({v})" for k, v in sought.items())
         + f"; de qi obtained at {obtained} of {len(needles)}"),
        ("Stimulation", stimulation),
        ("Retention", retention),
    ]


def _diagram_and_facts(data: SessionReportData, width: float) -> list:
    """The diagram(s) on the left; on the right the needling facts, the outcomes and other care."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    facts = stricta_facts(data)
    drawings = diagrams(data, width * 0.46, 104 * MM)
    fact_w = width * 0.52 if drawings else width
    rows = [[_pm("Needling (STRICTA)", "h2"), ""]] + [[label, _p(text, width=fact_w - 19 * MM)]
                                                       for label, text in facts]
    facts_table = Table(rows, colWidths=[19 * MM, fact_w - 19 * MM], style=table_style(
        ("SPAN", (0, 0), (1, 0)),
        ("FONTNAME", (0, 1), (0, -1), fonts.BOLD), ("FONTSIZE", (0, 1), (0, -1), 6.8),
        ("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#5f6368")),
        ("LEFTPADDING", (0, 0), (-1, 0), 0), header=False))
    column = [facts_table, *_outcomes(data, fact_w), *_modalities(data, fact_w)]
    if not drawings:
        return column
    pictures = Table([drawings], style=bare_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6)))
    return [Table([[pictures, column]], colWidths=[width - fact_w, fact_w], style=bare_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4)))]


NEEDLE_HEADERS = ("No.", "Point", "Pinyin", "Chinese", "Side", "Needle mm", "Depth", "Angle", "Technique",
                  "Sought / obtained", "In", "Out", "Ret. min")
_NEEDLE_WIDTHS = (15, 33, 55, 30, 22, 44, 28, 50, 48, 56, 25, 25, 28)


def needle_rows(data: SessionReportData) -> list[list[str]]:
    rows = []
    for n in data.session.needles:
        if n.point_code:
            name = data.points.get(n.point_code)
            code, pinyin, hanzi = n.point_code, (name.pinyin if name else ""), (name.hanzi if name else "")
        else:
            code, pinyin, hanzi = "Ashi", n.ashi_label or "", "阿是穴"
        response = RESPONSE_TEXT.get(n.response_obtained, n.response_obtained)
        if n.response_obtained is None and n.deqi is not None:
            response = "de qi" if n.deqi else "none"
        rows.append([
            str(n.seq),
            code,
            pinyin or EMPTY,
            hanzi or EMPTY,
            SIDE_SHORT.get(n.side, n.side),
            f"{_num(n.gauge_mm)} × {_num(n.length_mm)}",
            _num(n.depth_mm) + (f" {n.depth_level}" if n.depth_level else ""),
            n.angle or EMPTY,
            n.technique or EMPTY,
            f"{RESPONSE_TEXT.get(n.response_sought, n.response_sought)} / {response}",
            local(n.inserted_at, "%H:%M") or EMPTY,
            local(n.removed_at, "%H:%M") or ("still in" if n.inserted_at else EMPTY),
            _num(retention_minutes(n)),
        ])
    return rows


def _needle_table(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    if not data.session.needles:
        return [_pm("Needles", "h2"), _p("No needles charted.", "base")]
    scale = width / sum(_NEEDLE_WIDTHS)
    rows = [list(NEEDLE_HEADERS), *needle_rows(data)]
    table = Table(rows, colWidths=[w * scale for w in _NEEDLE_WIDTHS], repeatRows=1, style=table_style(
        ("FONTNAME", (3, 1), (3, -1), fonts.CJK),
        ("FONTNAME", (1, 1), (1, -1), fonts.BOLD),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("ALIGN", (6, 1), (6, -1), "RIGHT"),
        ("ALIGN", (12, 1), (12, -1), "RIGHT"),
    ))
    out = [_pm("Needles", "h2"), table]
    noted = [n for n in data.session.needles if n.notes]
    if noted:
        out.append(_pm("; ".join(f"<b>{n.seq}</b> {fonts.markup(n.notes)}" for n in noted), "note"))
    return out


EA_HEADERS = ("Ch.", "Pair (needle no.)", "Device", "Waveform", "Hz", "µs", "mA", "Intensity", "Polarity",
              "Start", "Min")
_EA_WIDTHS = (18, 92, 52, 56, 36, 26, 24, 82, 34, 28, 22)


def ea_rows(data: SessionReportData) -> list[list[str]]:
    s = data.session
    by_id = {n.id: n for n in s.needles}
    rows = []
    for number, c in enumerate(s.channels, start=1):
        ends = []
        for needle_id in (c.needle_a_id, c.needle_b_id):
            n = by_id.get(needle_id)
            ends.append(f"{n.seq} {n.label} {SIDE_SHORT.get(n.side, n.side)}" if n else f"needle {needle_id}")
        intensity = c.intensity_descriptor or ""
        if c.intensity_note:
            joined = f"{intensity}; {c.intensity_note}" if intensity else c.intensity_note
            intensity = c.intensity_note if intensity and intensity in c.intensity_note else joined
        rows.append([
            f"EA{number}",
            " ↔ ".join(ends),
            c.device or EMPTY,
            c.waveform + (f" ({c.mode})" if c.mode and c.mode != c.waveform else ""),
            c.frequency_text or EMPTY,
            _num(c.pulse_width_us),
            _num(c.intensity_ma),
            intensity or EMPTY,
            c.polarity or EMPTY,
            local(c.started_at, "%H:%M") or EMPTY,
            _num(c.duration_min),
        ])
    return rows


def _ea_table(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    if not data.session.channels:
        return []
    scale = width / sum(_EA_WIDTHS)
    rows = [list(EA_HEADERS)] + [
        [r[0], _p(r[1], width=_EA_WIDTHS[1] * scale), *r[2:7], _p(r[7], width=_EA_WIDTHS[7] * scale), *r[8:]]
        for r in ea_rows(data)
    ]
    return [_pm("Electroacupuncture", "h2"), Table(rows, colWidths=[w * scale for w in _EA_WIDTHS], repeatRows=1,
                                                     style=table_style(("FONTNAME", (0, 1), (0, -1), fonts.BOLD)))]


def _modalities(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    s = data.session
    out: list = [_pm("Other care", "h2")]
    rows = [["Modality", "Site and notes", "Min"]] + [
        [m.kind, _p("; ".join(x for x in (m.site, m.notes) if x) or EMPTY, width=width - 34 * MM),
         _num(m.duration_min)]
        for m in s.modalities
    ]
    rows.append(["Co-interventions", _p(s.co_interventions or "none recorded", width=width - 24 * MM), ""])
    out.append(Table(rows, colWidths=[24 * MM, width - 34 * MM, 10 * MM], style=table_style(
        ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("SPAN", (1, -1), (2, -1)))))
    return out


def outcome_rows(data: SessionReportData) -> list[list[str]]:
    from charting.outcomes import MEASURES

    table: dict[tuple[str, str], dict[str, float]] = {}
    for o in data.session.outcomes:
        table.setdefault((o.measure, o.label), {})[o.timing] = o.value
    order = {code: i for i, code in enumerate(MEASURES)}
    rows = []
    for (measure, label), values in sorted(table.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][1])):
        info = MEASURES.get(measure)
        title = info.title if info else measure
        if label:
            title = f"{label}" if measure == "free" else f"{title}: {label}"
        unit = (info.unit if info else "") or ""
        scale = f"{info.min:g}–{info.max:g}{' ' + unit if unit and unit not in ('%', '°') else unit}" if info else ""
        before, after = values.get("before"), values.get("after")
        change = EMPTY
        if before is not None and after is not None:
            change = f"{after - before:+g}"
        rows.append([title, scale, _num(before), _num(after), change])
    return rows


def _outcomes(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    rows = outcome_rows(data)
    if not rows:
        return [_pm("Outcomes", "h2"), _p("No outcome scores recorded.", "base")]
    header = ["Measure", "Scale", "Before", "After", "Change"]
    number_w = min(18 * MM, width / 8)
    widths = [width - 3 * number_w - 16 * MM, 16 * MM, number_w, number_w, number_w]
    cells = [header] + [[_p(r[0], width=widths[0]), *r[1:]] for r in rows]
    return [_pm("Outcomes", "h2"), Table(cells, colWidths=widths, hAlign="LEFT",
                                         style=table_style(("ALIGN", (2, 0), (-1, -1), "RIGHT")))]


def _adverse(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    events = data.session.adverse_events
    if not events:
        return [_pm("<b>Adverse events:</b> none recorded.", "base")]
    rows = [["Event", "Severity", "When", "Action taken", "Outcome"]] + [
        [_p(e.kind + (f": {e.notes}" if e.notes else "")), e.severity, local(e.occurred_at, "%H:%M") or EMPTY,
         _p(e.action_taken or EMPTY), _p(e.outcome or EMPTY)]
        for e in events
    ]
    return [_pm("Adverse events", "h2"), Table(
        rows, colWidths=[55 * MM, 17 * MM, 13 * MM, (width - 85 * MM) / 2, (width - 85 * MM) / 2],
        style=table_style())]


def _acknowledgements(data: SessionReportData, width: float) -> list:
    from reportlab.platypus import Table

    acks = data.session.acknowledgements
    if not acks:
        return []
    rows = [["Warning", "Reason given", "Acknowledged"]] + [
        [_p(a.message or a.rule_id), _p(a.reason), _p(f"{a.acknowledged_by or EMPTY}, {local(a.acknowledged_at)}")]
        for a in acks
    ]
    return [_pm("Safety warnings acknowledged", "h2"),
            Table(rows, colWidths=[width * 0.45, width * 0.33, width * 0.22], style=table_style())]


def _plan_notes(data: SessionReportData, width: float) -> list:
    s = data.session
    out = []
    if s.plan:
        out.append(_pm(f"<b>Plan:</b> {fonts.markup(s.plan)}", "base"))
    if s.notes:
        out.append(_pm(f"<b>Notes:</b> {fonts.markup(s.notes)}", "base"))
    if s.ended_with_needles_in:
        out.append(_p("The session was ended with needles still in; see the needle table.", "draft"))
    return out


def _billing(data: SessionReportData, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from charting.reports.billing import suggest

    if not data.clinic.billing_block:
        return []
    hint = suggest(data.session)
    rows: list[list] = [[_pm("Suggested codes — confirm before billing", "billing"), "", ""]]
    if hint.lines:
        rows += [[line.code, f"× {line.units}", _p(line.descriptor)] for line in hint.lines]
    else:
        rows.append(["", "", _p("No code: " + ("under 8 minutes charted" if hint.minutes is not None
                                                else hint.basis))])
    basis = (f"Time counted: {hint.minutes} min, {hint.basis}. " if hint.minutes is not None else "") + (
        "Electrical stimulation charted. " if hint.electrical else "No electrical stimulation charted. "
    ) + ("Codes count 15-minute units of personal one-on-one contact (AMA CPT 97810/97811, 97813/97814; "
         "a unit counts from 8 minutes); retention without the practitioner present does not count. "
         "Check the minutes before you bill.")
    rows.append([_p(basis, "note"), "", ""])
    last = len(rows) - 1
    return [Table(rows, colWidths=[18 * MM, 12 * MM, width - 30 * MM], style=table_style(
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, last), (-1, last)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a4b00")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff7e6")),
        ("FONTNAME", (0, 1), (0, -1), fonts.BOLD), header=False), spaceBefore=6)]


def _signature(data: SessionReportData, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    s = data.session
    if s.signed and s.signed_by is not None:
        who = s.signed_by
        licence = f", licence {who.licence_number}" if who.licence_number else ""
        cell = _pm(f"<b>Signed</b> by {fonts.markup(who.display_name)}{fonts.markup(licence)} "
                   f"on {local(s.signed_at)}. A signed record is locked; any correction is added as a dated addendum.",
                   "base")
        colour = "#2b8a3e"
    else:
        cell = _pm("<b>DRAFT — not signed.</b> This record has not been signed by the practitioner and may "
                   "still change.", "draft")
        colour = "#b3261e"
    return [Table([[cell]], colWidths=[width], spaceBefore=8, style=bare_style(
        ("BOX", (0, 0), (-1, -1), 0.9, colors.HexColor(colour)),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))]


def _addenda(data: SessionReportData, width: float) -> list:
    addenda = data.session.addenda
    if not addenda:
        return []
    out: list = [_pm("Addenda (added after signing)", "h2")]
    for number, a in enumerate(addenda, start=1):
        out.append(_pm(f"<b>Addendum {number}</b> — {local(a.created_at)}, {fonts.markup(a.author)}: "
                       f"{fonts.markup(a.text)}", "base"))
    return out


def _completeness(data: SessionReportData) -> list:
    if not data.missing:
        return []
    items = fonts.markup("; ".join(data.missing))
    return [_pm(f"<b>Missing from this record (STRICTA check):</b> {items}.", "note")]


class SetPageState(Flowable):
    """A zero-size flowable that marks the pages it flows onto as draft or signed."""

    def __init__(self, state: PageState, draft: bool) -> None:
        super().__init__()
        self.state = state
        self.draft = draft

    def wrap(self, *_args):
        return 0, 0

    def draw(self) -> None:
        self.state.draft = self.draft


def session_story(data: SessionReportData, state: PageState, width: float) -> list:
    """The flowables of one session summary (also used inside the course record)."""
    from reportlab.platypus import KeepTogether, Spacer

    story: list = [SetPageState(state, not data.session.signed)]
    story += _title(data)
    story += [Spacer(0, 3), _info_grid(data, width)]
    story += _diagram_and_facts(data, width)
    story += _needle_table(data, width)
    story += _ea_table(data, width)
    story += [Spacer(0, 5)]
    story += _adverse(data, width)
    story += _acknowledgements(data, width)
    story += _plan_notes(data, width)
    story += _billing(data, width)
    story += [KeepTogether(_signature(data, width) + _addenda(data, width))]
    story += _completeness(data)
    return story


def build_session_summary(data: SessionReportData, out) -> None:
    """Write the session summary PDF for ``data`` to ``out`` (a path or a binary file)."""
    from charting.reports.layout import build, document

    s = data.session
    state = PageState(data.clinic, "Session summary", patient_line(s.patient), data.generated_at)
    doc = document(out, data.clinic, state, title=f"Session summary — {patient_line(s.patient)}",
                   subject=f"Treatment session {local(s.started_at)}")
    build(doc, session_story(data, state, doc.width))

