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


def bare_reportlab_document(out, rows: list[list[str]], markers: list[tuple[float, float]]) -> None:
    """A plain ReportLab document with the same table and drawing as a session summary.

    Built-in fonts, no page furniture: what ReportLab alone costs for that content.
    """
    from reportlab.graphics.shapes import Circle, Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    drawing = Drawing(160, 320)
    drawing.add(Rect(10, 10, 140, 300, strokeColor=colors.black, fillColor=None))
    for x, y in markers:
        drawing.add(Circle(10 + 140 * x, 310 - 300 * y, 4, fillColor=colors.red))
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7)]))
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([Paragraph("Session summary", styles["Title"]), drawing, table])
