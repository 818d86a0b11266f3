"""Keyboard point entry beside the diagram: "bl40", "weizhong", "委中", "GB30 BL40 l" + Enter.

A completer lists library matches for the word being typed; parsing and
validation are :func:`charting.entry.parse_point_entry` (plain Python).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from charting.errors import ValidationError

_Index = QModelIndex | QPersistentModelIndex
MAX_MATCHES = 12


class QtPointMatchModel(QAbstractListModel):
    """Library points matching the last typed word.

    Display text: "BL40 · Wěizhōng · 委中 · Bend Middle"; edit text: the whole line
    with that word replaced by the code (what the completer puts in the line).

    Attributes:
        points: the matching library points, best first.
        prefix: the line without its last word.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: list = []
        self.prefix = ""

    def set_query(self, line: str) -> None:
        cut = len(line) - len(line.rsplit(" ", maxsplit=1)[-1]) if line else 0
        word = line[cut:]
        self.beginResetModel()
        self.prefix = line[:cut]
        if word.strip() and word.casefold() not in ("b", "l", "r"):
            from charting.acupoints import library

            self.points = list(library().search(word))[:MAX_MATCHES]
        else:
            self.points = []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.points)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.points):
            return None
        point = self.points[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [point.code, *(getattr(point, name, "") for name in ("pinyin", "hanzi", "english"))]
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.EditRole:
            return self.prefix + point.code + " "
        return None


class QtPointEntry(QLineEdit):
    """The point entry line.

    Attributes:
        handler: ``fn(pairs) -> bool`` charting the parsed points; False keeps the line.

    Signals:
        pointsEntered(list): ``[(code, side), ...]`` parsed from the line on Enter.
        entryFailed(str): the line could not be parsed; the message names the word.
    """

    pointsEntered = Signal(list)
    entryFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handler: Callable[[list[tuple[str, str]]], bool] | None = None
        self.setAccessibleName(self.tr("Point entry"))
        self.setPlaceholderText(self.tr("Type points: bl40, weizhong, 委中, GB30 BL40 l … then Enter"))
        self.setToolTip(
            self.tr("Codes, pinyin, Chinese or English names; end with b, l or r for both, left or right (Ctrl+L)")
        )
        self.setClearButtonEnabled(True)
        self.match_model = QtPointMatchModel(self)
        self.completer_ = QCompleter(self.match_model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setMaxVisibleItems(MAX_MATCHES)
        self.completer_.setWidget(self)
        self.completer_.activated[str].connect(self._completed)
        self.completer_.popup().setAccessibleName(self.tr("Matching points"))
        self.textEdited.connect(self._update_matches)
        self.returnPressed.connect(self.submit)

    def _update_matches(self, text: str) -> None:
        self.match_model.set_query(text)
        if self.match_model.rowCount() and text.strip() and self.isVisible():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _completed(self, text: str) -> None:
        self.setText(text)
        self.match_model.set_query("")

    def submit(self) -> list[tuple[str, str]] | None:
        """Parse the line; on success emit ``pointsEntered`` and clear it."""
        text = self.text()
        if not text.strip():
            return None
        from charting.entry import parse_point_entry

        try:
            pairs = parse_point_entry(text)
        except ValidationError as exc:
            self.entryFailed.emit(str(exc))
            return None
        self.completer_.popup().hide()
        if self.handler is not None and not self.handler(pairs):
            return None  # refused (message shown by the handler): keep what was typed
        self.pointsEntered.emit(pairs)
        self.clear()
        return pairs
