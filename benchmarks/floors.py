"""Floors: the cost of the stack itself, measured in the same run as AcuChart.

A ratio against a floor says how much AcuChart adds on top of what its libraries
cost on this machine, so the numbers mean the same on a slow and a fast box.
"""

from __future__ import annotations

# A process that pays the stack's own import cost (sqlalchemy.orm), then shows a
# bare PySide6 main window and quits at its first paint, printing the
# milliseconds since process start — the same measurement `--quit-after-startup` makes.
STARTUP_FLOOR_SCRIPT = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import sqlalchemy.orm  # noqa: F401  the stack's own import cost
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

def since_start():
    with open("/proc/self/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    start = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - start) * 1000

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
window.resize(1200, 800)

class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            def finish():
                print(f"{since_start():.0f}", flush=True)
                app.quit()
            QTimer.singleShot(0, finish)
        return False

watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def bare_session_document(out, data) -> None:
    """A plain ReportLab document with the same content as a session summary of ``data``.

    ``data`` is the :class:`charting.reports.data.SessionReportData` the report is built
    from. The same text in the same order, the same tables with the same rows (patient
    grid, needling facts, outcomes, other care, needles, EA channels, adverse events,
    acknowledgements), the same diagrams (the same outline paths, numbered markers, labels
    and EA leads, from the reports package's diagram builder) and the same registered
    TrueType fonts, but a plain
    ``SimpleDocTemplate``: no header, footer, page numbers, watermark, completeness
    footnote, column widths, colours or paddings. What the report adds on top of this
    is AcuChart's own cost.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from charting.reports import fonts
    from charting.reports import session_summary as summary
    from charting.reports.layout import MM

    fonts.register_fonts()
    style = ParagraphStyle("floor", fontName=fonts.REGULAR)
    text = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)])
    hanzi = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("FONTNAME", (3, 1), (3, -1), fonts.CJK)])
    s = data.session
    p = s.patient
    doc = SimpleDocTemplate(out, initialFontName=fonts.REGULAR)

    def para(value) -> Paragraph:
        return Paragraph(fonts.markup(str(value)) if value else "—", style)

    def table(rows, table_style=text) -> Table:
        return Table([[para(c) if isinstance(c, str) and len(c) > 40 else c for c in row] for row in rows],
                     style=table_style, repeatRows=1)

    place = f"Session {data.number} of {data.of}" if data.number and data.of else "Session"
    story: list = [para(f"Treatment session summary — {place}"),
                   para(f"{p.family_name}, {p.given_name} · {p.chart_number}")]
    story.append(table([
        ["Patient", f"{p.family_name}, {p.given_name}", "Practitioner", s.practitioner.display_name],
        ["Date of birth", str(p.date_of_birth), "Licence no.", s.practitioner.licence_number or ""],
        ["Chart no.", p.chart_number, "Qualification", s.practitioner.qualification or ""],
        ["Sex", p.sex, "Date and time", str(s.started_at)],
        ["Case", s.case.chief_complaint if s.case else "", "Planned retention", str(s.planned_retention_min)],
    ]))
    # The same diagrams, from the reports package's builder (outline, markers, labels, EA leads),
    # side by side in the same space as on the report.
    drawings = summary.diagrams(data, doc.width * 0.46, 104 * MM)
    if drawings:
        story.append(Table([drawings]))
    story.append(table([["Needling (STRICTA)", ""], *[[label, value] for label, value in summary.stricta_facts(data)]]))
    story.append(table([["Measure", "Scale", "Before", "After", "Change"], *summary.outcome_rows(data)]))
    story.append(table([["Modality", "Site and notes", "Min"],
                        *[[m.kind, "; ".join(x for x in (m.site, m.notes) if x), str(m.duration_min)]
                          for m in s.modalities],
                        ["Co-interventions", s.co_interventions or "none recorded", ""]]))
    story.append(para("Needles"))
    story.append(table([list(summary.NEEDLE_HEADERS), *summary.needle_rows(data)], hanzi))
    if s.channels:
        story.append(para("Electroacupuncture"))
        story.append(table([list(summary.EA_HEADERS), *summary.ea_rows(data)]))
    if s.adverse_events:
        story.append(table([["Event", "Severity", "When", "Action taken", "Outcome"],
                            *[[e.kind, e.severity, str(e.occurred_at), e.action_taken or "", e.outcome or ""]
                              for e in s.adverse_events]]))
    else:
        story.append(para("Adverse events: none recorded."))
    if s.acknowledgements:
        story.append(table([["Warning", "Reason given", "Acknowledged"],
                            *[[a.message or a.rule_id, a.reason, f"{a.acknowledged_by}, {a.acknowledged_at}"]
                              for a in s.acknowledgements]]))
    for label, value in (("Plan", s.plan), ("Notes", s.notes)):
        if value:
            story.append(para(f"{label}: {value}"))
    story.append(para("Signed." if s.signed else "DRAFT — not signed. This record has not been signed by the "
                      "practitioner and may still change."))
    for a in s.addenda:
        story.append(para(f"Addendum — {a.created_at}, {a.author}: {a.text}"))
    doc.build(story)
