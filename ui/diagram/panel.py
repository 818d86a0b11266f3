"""QtDiagramPanel: the body diagram with its view buttons, zoom buttons and a legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.diagram.markers import LEAD_COLOUR, STATE_COLOURS, state_label
from ui.diagram.view import QtDiagramView


def view_title(view: str) -> str:
    """The translated button text of a diagram view."""
    titles = {
        "front": QCoreApplication.translate("QtDiagramPanel", "Front"),
        "back": QCoreApplication.translate("QtDiagramPanel", "Back"),
        "side": QCoreApplication.translate("QtDiagramPanel", "Side"),
        "head": QCoreApplication.translate("QtDiagramPanel", "Head"),
        "head_side": QCoreApplication.translate("QtDiagramPanel", "Head side"),
        "hand": QCoreApplication.translate("QtDiagramPanel", "Hand"),
        "foot": QCoreApplication.translate("QtDiagramPanel", "Foot"),
        "ear": QCoreApplication.translate("QtDiagramPanel", "Ear"),
    }
    return titles.get(view, view.replace("_", " ").capitalize())


def _swatch(colour: QColor, line: bool = False) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if line:
        pen = QPen(colour, 3.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(1, 7, 13, 7)
    else:
        painter.setPen(QPen(QColor(255, 255, 255), 1.0))
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return pixmap


class QtDiagramPanel(QWidget):
    """The diagram view plus a row of view buttons, zoom buttons and a colour legend.

    Attributes:
        view: the :class:`QtDiagramView`; connect to its signals.
        view_buttons: view name → its checkable button.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view = QtDiagramView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.view_buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for name in self.view.views():
            button = QToolButton(self)
            button.setText(view_title(name))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(self.tr("%1 view").replace("%1", view_title(name)))
            button.setToolTip(self.tr("Show the %1 view").replace("%1", view_title(name).lower()))
            button.clicked.connect(lambda _=False, n=name: self.view.set_view(n))
            self._group.addButton(button)
            self.view_buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        legend = QHBoxLayout()
        legend.setSpacing(10)
        for state in ("planned", "inserted", "removed"):
            legend.addWidget(self._legend_item(_swatch(STATE_COLOURS[state]), state_label(state)))
        legend.addWidget(self._legend_item(_swatch(LEAD_COLOUR, line=True), self.tr("EA lead pair")))
        legend.addStretch(1)
        for text, tip, slot, name in (
            ("−", self.tr("Zoom out (−)"), self.view.zoom_out, self.tr("Zoom out")),
            ("+", self.tr("Zoom in (+)"), self.view.zoom_in, self.tr("Zoom in")),
            (self.tr("Fit"), self.tr("Fit the whole view (0)"), self.view.fit, self.tr("Fit to window")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(slot)
            legend.addWidget(button)
        layout.addLayout(legend)
        self.view.viewChanged.connect(self._sync_buttons)
        self._sync_buttons(self.view.current_view)

    def _legend_item(self, pixmap: QPixmap, text: str) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        icon = QLabel(box)
        icon.setPixmap(QIcon(pixmap).pixmap(QSize(14, 14)))
        row.addWidget(icon)
        label = QLabel(text, box)
        row.addWidget(label)
        box.setAccessibleName(text)
        return box

    def _sync_buttons(self, view: str) -> None:
        button = self.view_buttons.get(view)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        for name, other in self.view_buttons.items():
            font = other.font()
            font.setBold(name == view)  # the current view reads at a glance in any theme
            other.setFont(font)
