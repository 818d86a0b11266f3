"""The Qt binding in use does not corrupt the interpreter while painting.

PySide6 6.12.0 loses one reference to ``None`` on every QPainter call that
returns nothing; on Python 3.11 the interpreter aborts after a few thousand
calls. pyproject.toml keeps that release out; this test catches any like it.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_keeps_none_alive(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(QColor("teal"))
        painter.drawEllipse(2, 2, 8, 8)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 2000 QPainter calls"
