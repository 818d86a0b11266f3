"""Safety-flag badges: red or amber pills with text, so colour is never the only cue.

Red marks flags that change what may be done (implanted device, pregnancy,
bleeding risk, epilepsy); amber marks flags to keep in mind. Each pill carries
its text and a leading symbol ("!!" red, "!" amber), so the difference survives
colour blindness, grey-scale printing and a dark palette (both the fill and the
text colour are set explicitly).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: Badge texts (prefixes of charting.patients.FLAG_LABELS) that are shown red.
_RED_PREFIXES = ("Pacemaker", "Pregnant", "Anticoagulants", "Epilepsy")

RED = (QColor("#b3261e"), QColor("#ffffff"))
AMBER = (QColor("#f2b21b"), QColor("#1f1600"))


def badge_severity(label: str) -> str:
    """``"red"`` or ``"amber"`` for a badge text from ``charting.patients.flag_badges``."""
    return "red" if label.startswith(_RED_PREFIXES) else "amber"


def badge_colours(label: str) -> tuple[QColor, QColor]:
    """(fill, text) colours of a badge."""
    return RED if badge_severity(label) == "red" else AMBER


def badge_text(label: str) -> str:
    return ("!! " if badge_severity(label) == "red" else "! ") + label


class QtFlagBadges(QWidget):
    """A row of safety-flag pills; shows "No safety flags" (muted) when there are none.

    Attributes:
        labels: the flag texts shown.
    """

    def __init__(self, parent: QWidget | None = None, *, show_none: bool = True) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self._show_none = show_none
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Safety flags"))
        self.set_flags(())

    def set_flags(self, labels: Sequence[str]) -> None:
        self.labels = tuple(labels)
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater leaves it painted until the event loop runs
                widget.deleteLater()
        if not self.labels and self._show_none:
            none = QLabel(self.tr("No safety flags"), self)
            none.setEnabled(False)
            self._layout.insertWidget(0, none)
        for position, label in enumerate(self.labels):
            fill, text = badge_colours(label)
            pill = QLabel(badge_text(label), self)
            pill.setObjectName("badge-" + badge_severity(label))
            pill.setStyleSheet(
                f"QLabel {{ background-color: {fill.name()}; color: {text.name()}; border-radius: 0.6em;"
                " padding: 0.1em 0.6em; font-weight: bold; }"
            )
            pill.setAccessibleName(self.tr("Safety flag: %1").replace("%1", label))
            self._layout.insertWidget(position, pill)
        self.setToolTip("\n".join(self.labels))


class QtBadgeDelegate(QStyledItemDelegate):
    """Paints a cell's text list (``Qt.UserRole + 1``: tuple of flag texts) as pills."""

    ROLE = Qt.ItemDataRole.UserRole + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        labels = index.data(self.ROLE) or ()
        if not labels:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = option.rect.x() + 3
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) / 2
        for label in labels:
            text = badge_text(label)
            width = metrics.horizontalAdvance(text) + 12
            if x + width > option.rect.right() and x > option.rect.x() + 3:
                painter.setPen(option.palette.text().color())
                painter.drawText(QRectF(x, y, 20, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            fill, colour = badge_colours(label)
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        labels = index.data(self.ROLE) or ()
        hint = super().sizeHint(option, index)
        if not labels:
            return hint
        font = option.font
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = sum(metrics.horizontalAdvance(badge_text(label)) + 16 for label in labels)
        return QSize(max(hint.width(), width), max(hint.height(), metrics.height() + 6))
