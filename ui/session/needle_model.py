"""The needle table: one row per needle, in insertion order, with a live retention column.

The model shows :class:`charting.sessions.NeedleInfo` snapshots.  Edits of the
settings columns go through ``edit_handler(needle_id, field, value)`` — the
editor's undo command, which calls ``charting.sessions.update_needle`` — or,
without a handler, straight through ``update_needle``.  A refused value
(``ValidationError``) makes ``setData`` return False and emits ``editFailed``
with the message; the delegate reopens the editor with the typed value, so
nothing typed is lost.

``tick(now)`` refreshes only the retention column (no database read).

Each needle's display strings are worked out once per snapshot and kept (a repaint asks
``data()`` for every visible cell and role); only the live retention column is computed
when asked.  A changed needle is a new snapshot, so only its row is worked out again.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from charting.db.engine import Database
from charting.db.models import ANGLES, RANGES, TECHNIQUES
from charting.errors import AcuChartError
from charting.sessions import NeedleInfo

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("QtNeedleTableModel", text)


#: (field, header) in column order.
#: The needle's number (1..n, as on the diagram) is the vertical header, so a row keeps
#: its cells when the rows above it go (Qt's model tester checks exactly that).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("point", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Point")),
    ("side", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Side")),
    ("gauge_mm", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Gauge")),
    ("length_mm", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Length")),
    ("depth_mm", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Depth")),
    ("angle", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Angle")),
    ("technique", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Technique")),
    ("deqi", QT_TRANSLATE_NOOP("QtNeedleTableModel", "De qi")),
    ("inserted_at", QT_TRANSLATE_NOOP("QtNeedleTableModel", "In")),
    ("removed_at", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Out")),
    ("retention", QT_TRANSLATE_NOOP("QtNeedleTableModel", "Retention")),
)
FIELDS = tuple(field for field, _ in COLUMNS)
_HEADER_TIPS = {
    "gauge_mm": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Needle gauge (diameter) in mm, 0.12–0.45"),
    "length_mm": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Needle length in mm, 7–125"),
    "depth_mm": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Insertion depth in mm, up to the needle's length"),
    "inserted_at": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Time the needle went in"),
    "removed_at": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Time the needle came out"),
    "retention": QT_TRANSLATE_NOOP("QtNeedleTableModel", "Time in (live while the needle is in)"),
}
#: The stored angle and technique values, shown through ``_tr`` (charting.vocabulary keeps
#: the values; these marks let lupdate see them; a test checks they cover every value).
VALUE_LABELS = (
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "perpendicular"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "oblique"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "transverse"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "even"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "tonifying"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "reducing"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "lifting-thrusting"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "rotating"),
    QT_TRANSLATE_NOOP("QtNeedleTableModel", "none"),
)
EDITABLE = ("gauge_mm", "length_mm", "depth_mm", "angle", "technique", "deqi")
COL = {field: i for i, field in enumerate(FIELDS)}
RETENTION_COLUMN = COL["retention"]
SIDE_TEXT = {"left": "L", "right": "R", "midline": "M"}
_NUMERIC = ("gauge_mm", "length_mm", "depth_mm", "retention", "inserted_at", "removed_at")

# Roles as plain ints: a view asks data() about a thousand times per repaint, and looking up
# and comparing enum members costs more than the answer (Qt passes the role as an int).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_OTHER_ROLES = frozenset((_EDIT, _TOOLTIP, _ACCESSIBLE, _USER))  # what data() answers besides those two
_ALIGN_OF = tuple(
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if field in _NUMERIC else None for field in FIELDS
)
_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_OF = tuple(
    _READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable if field in EDITABLE else _READ_ONLY_FLAGS for field in FIELDS
)


def format_duration(seconds: float | None) -> str:
    """``mm:ss`` (or ``h:mm:ss``) for a retention time; empty when not inserted."""
    if seconds is None:
        return ""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _clock(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%H:%M") if value is not None else ""


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _deqi_text(value: bool | None) -> str:
    if value is None:
        return ""
    return _tr("yes") if value else _tr("no")


class QtNeedleTableModel(QAbstractTableModel):
    """Needles of one session as table rows.

    Attributes:
        needles: the rows, as NeedleInfo snapshots, in seq (insertion) order.
        edit_handler: ``fn(needle_id, field, value) -> NeedleInfo`` used by setData
            (raises AcuChartError to refuse); None writes with ``update_needle``.
        read_only: no editing (a signed session).
        last_error: the message of the last refused edit.

    Signals:
        editFailed(str): an edit was refused; the message names the field and range.
    """

    editFailed = Signal(str)

    def __init__(self, db: Database | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.needles: list[NeedleInfo] = []
        self.edit_handler: Callable[[int, str, Any], NeedleInfo] | None = None
        self.read_only = False
        self.last_error = ""
        self._now: dt.datetime | None = None
        self._headers = tuple(_tr(text) for _, text in COLUMNS)
        # id(snapshot) -> (snapshot, its display strings per column); the snapshot is kept
        # with its strings so that a reused id() never finds another needle's row.
        self._cells: dict[int, tuple[NeedleInfo, tuple[str, ...]]] = {}

    # --- contents ------------------------------------------------------------------

    def set_needles(self, needles: Sequence[NeedleInfo]) -> None:
        self.beginResetModel()
        self.needles = sorted(needles, key=lambda n: n.seq)
        self._cells.clear()
        self.endResetModel()

    def _row_cells(self, needle: NeedleInfo) -> tuple[str, ...]:
        """The display strings of ``needle``'s row (the retention cell is left empty: it is live)."""
        entry = self._cells.get(id(needle))
        if entry is None or entry[0] is not needle:
            cells = tuple("" if field == "retention" else self._display(needle, field) for field in FIELDS)
            entry = (needle, cells)
            self._cells[id(needle)] = entry
        return entry[1]

    def _forget(self, needle: NeedleInfo) -> None:
        entry = self._cells.get(id(needle))
        if entry is not None and entry[0] is needle:
            del self._cells[id(needle)]

    def row_of(self, needle_id: int) -> int:
        for row, needle in enumerate(self.needles):
            if needle.id == needle_id:
                return row
        return -1

    def needle_at(self, row: int) -> NeedleInfo:
        return self.needles[row]

    def by_uuid(self, uuid: str) -> NeedleInfo | None:
        return next((n for n in self.needles if n.uuid == uuid), None)

    def upsert(self, needle: NeedleInfo) -> int:
        """Add or replace one needle (incremental, no reset); returns its row."""
        row = self.row_of(needle.id)
        if row < 0:
            row = next((r for r, n in enumerate(self.needles) if n.uuid == needle.uuid), -1)
        if row >= 0:
            if self.needles[row].seq == needle.seq and self.needles[row].id == needle.id:
                self._forget(self.needles[row])
                self.needles[row] = needle
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
                return row
            self.remove_ids([self.needles[row].id])
        row = bisect.bisect_right([n.seq for n in self.needles], needle.seq)
        self.beginInsertRows(QModelIndex(), row, row)
        self.needles.insert(row, needle)
        self.endInsertRows()
        if row + 1 < len(self.needles):  # the numbers of the rows below moved on
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row + 1, len(self.needles) - 1)
        return row

    def upsert_many(self, needles: Iterable[NeedleInfo]) -> None:
        for needle in needles:
            self.upsert(needle)

    def remove_ids(self, needle_ids: Iterable[int]) -> None:
        for needle_id in list(needle_ids):
            row = self.row_of(needle_id)
            if row < 0:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            self._forget(self.needles[row])
            del self.needles[row]
            self.endRemoveRows()
            if row < len(self.needles):
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, len(self.needles) - 1)

    def tick(self, now: dt.datetime) -> None:
        """Refresh the retention column for ``now`` (only rows whose needle is in)."""
        self._now = now
        rows = [r for r, n in enumerate(self.needles) if n.state == "inserted"]
        if rows:
            self.dataChanged.emit(
                self.index(rows[0], RETENTION_COLUMN),
                self.index(rows[-1], RETENTION_COLUMN),
                [Qt.ItemDataRole.DisplayRole],
            )

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.needles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        wanted = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if wanted and orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return _tr(_HEADER_TIPS.get(FIELDS[section], "")) if 0 <= section < len(FIELDS) else None
        if wanted and orientation == Qt.Orientation.Vertical and 0 <= section < len(self.needles):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY_FLAGS if self.read_only else _FLAGS_OF[index.column()]

    def display(self, needle: NeedleInfo, row: int, field: str) -> str:
        """The text shown for ``field`` of ``needle`` (kept per snapshot; retention is live)."""
        if field == "retention":
            return format_duration(needle.retention_seconds(self._now))
        return self._row_cells(needle)[COL[field]]

    def _display(self, needle: NeedleInfo, field: str) -> str:
        if field == "point":
            return needle.point_code or _tr("Ashi: %1").replace("%1", needle.ashi_label or "")
        if field == "side":
            return SIDE_TEXT.get(needle.side, needle.side)
        if field in ("gauge_mm", "length_mm", "depth_mm"):
            return _number(getattr(needle, field))
        if field in ("angle", "technique"):
            value = getattr(needle, field)
            return _tr(value) if value else ""
        if field == "deqi":
            return _deqi_text(needle.deqi)
        if field in ("inserted_at", "removed_at"):
            return _clock(getattr(needle, field))  # HH:MM; the tooltip has the seconds
        if field == "retention":
            return format_duration(needle.retention_seconds(self._now))
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < len(self.needles) or not index.isValid():
            return None
        needle = self.needles[row]
        column = index.column()
        if role == _DISPLAY:
            if column == RETENTION_COLUMN:
                return format_duration(needle.retention_seconds(self._now))
            return self._row_cells(needle)[column]
        if role == _ALIGNMENT:
            return _ALIGN_OF[column]
        field = FIELDS[column]
        if role == _EDIT:
            if field in EDITABLE:
                return getattr(needle, field)
            return self.display(needle, row, field)
        if role == _TOOLTIP and field in ("inserted_at", "removed_at"):
            value = getattr(needle, field)
            return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value is not None else None
        if role == _TOOLTIP:
            state = {"planned": _tr("planned"), "inserted": _tr("inserted"), "removed": _tr("removed")}[needle.state]
            return f"{row + 1}. {self.display(needle, row, 'point')} ({needle.side}) — {state}"
        if role == _ACCESSIBLE:
            return f"{self._headers[column]}: {self.display(needle, row, field)}"
        if role == _USER:
            return needle.id
        return None

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a delegate asks for one cell in one call (the same answers as data()).

        Qt's item delegates ask seven roles per cell through this; the default asks data()
        once per role, each a call from C++ into Python.
        """
        if isinstance(roleDataSpan, QModelRoleData):
            items = [roleDataSpan]
        else:
            items = [roleDataSpan[k] for k in range(roleDataSpan.size())]
        row = index.row()
        if not 0 <= row < len(self.needles) or not index.isValid():
            for item in items:
                item.clearData()
            return
        column = index.column()
        for item in items:
            role = item.role()
            if role == _DISPLAY:
                if column == RETENTION_COLUMN:
                    item.setData(format_duration(self.needles[row].retention_seconds(self._now)))
                else:
                    item.setData(self._row_cells(self.needles[row])[column])
                continue
            if role == _ALIGNMENT:
                value = _ALIGN_OF[column]
            elif role in _OTHER_ROLES:
                value = self.data(index, role)
            else:
                value = None  # font, colours, check state, decoration: the style's own
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        field = FIELDS[index.column()]
        if field not in EDITABLE:
            return False
        needle = self.needles[index.row()]
        if isinstance(value, str):
            value = value.strip()
            if value == "":
                value = None
        if getattr(needle, field) == value:
            return True
        try:
            if self.edit_handler is not None:
                updated = self.edit_handler(needle.id, field, value)
            else:
                from charting.sessions import update_needle

                if self.db is None:
                    return False
                updated = update_needle(self.db, needle.id, **{field: value})
        except AcuChartError as exc:
            self.last_error = str(exc)
            self.editFailed.emit(self.last_error)
            return False
        if updated is not None:
            self.upsert(updated)
        return True


def _range(field: str) -> tuple[float, float]:
    return RANGES[field]


class QtNeedleDelegate(QStyledItemDelegate):
    """Editors for the needle table: spin boxes with the allowed ranges, combos for enumerations.

    A refused value is kept: the editor reopens on the same cell holding what was typed.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._pending: dict[tuple[int, int], Any] = {}

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        field = FIELDS[index.column()]
        if field in ("gauge_mm", "length_mm", "depth_mm"):
            box = QDoubleSpinBox(parent)
            low, high = _range(field)
            box.setRange(low, high)
            box.setDecimals(2 if field == "gauge_mm" else 1)
            box.setSingleStep(0.01 if field == "gauge_mm" else 1.0)
            box.setSuffix(" mm")
            label = _tr(dict(COLUMNS)[field]) + " (mm)"
            box.setAccessibleName(label)
            tip = _tr("%1: allowed %2–%3 mm").replace("%1", label)
            box.setToolTip(tip.replace("%2", f"{low:g}").replace("%3", f"{high:g}"))
            return box
        combo = QComboBox(parent)
        combo.setAccessibleName(_tr(dict(COLUMNS)[field]))
        combo.addItem(_tr("not recorded"), None)
        if field == "angle":
            for value in ANGLES:
                combo.addItem(_tr(value), value)
        elif field == "technique":
            for value in TECHNIQUES:
                combo.addItem(_tr(value), value)
        elif field == "deqi":
            combo.addItem(_tr("yes"), True)
            combo.addItem(_tr("no"), False)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        key = (index.row(), index.column())
        value = self._pending.pop(key) if key in self._pending else index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDoubleSpinBox):
            if value is None:
                low, high = editor.minimum(), editor.maximum()
                value = {"gauge_mm": 0.25, "length_mm": 40.0}.get(FIELDS[index.column()], low)
                value = min(max(value, low), high)
            editor.setValue(float(value))
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(0, found))

    def value_of(self, editor: QWidget) -> Any:
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value(), editor.decimals())
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return None

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        value = self.value_of(editor)
        if model.setData(index, value, Qt.ItemDataRole.EditRole):
            return
        key = (index.row(), index.column())
        self._pending[key] = value
        persistent = QPersistentModelIndex(index)

        def reopen() -> None:
            if persistent.isValid():
                target = model.index(persistent.row(), persistent.column())
                self._view.setCurrentIndex(target)
                self._view.edit(target)
            else:
                self._pending.pop(key, None)

        QTimer.singleShot(0, reopen)


class QtNeedleRowHeader(QHeaderView):
    """The needle numbers down the side of the table, sized once per number of digits.

    QHeaderView measures every section (up to 200) for its size hint each time the row count
    changes; the sections here are the numbers 1..n, so the width only changes when n gains a
    digit (digits share one width in the fonts a desktop uses).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._hint_key: tuple | None = None
        self._hint = QSize()

    def sizeHint(self) -> QSize:
        key = (len(str(self.count())), self.font().key(), self.defaultSectionSize(), self.style().name())
        if key != self._hint_key:
            self._hint = super().sizeHint()
            self._hint_key = key
        return QSize(self._hint)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hint_key = None
        return super().event(event)


class QtNeedleTableView(QTableView):
    """The needle table's view: a needle appended repaints from its row down, not every cell.

    QTableView lays out and repaints its whole viewport whenever the row count changes
    (``doItemsLayout``), so each needle charted repainted every visible cell of the table.
    When the only change since the last layout is rows appended at the end, this view updates
    its geometry (scroll bars, headers) and repaints from the first new row down; any other
    change that needs a layout (a reset, removed or moved rows, columns, a new model or root,
    a font, style or direction change) takes the full path.
    """

    _FULL_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appended_from: int | None = None  # first row appended since the last layout
        self._full_layout = True
        self.setVerticalHeader(QtNeedleRowHeader(self))

    def _needs_full_layout(self, *_args) -> None:
        self._full_layout = True

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in self._layout_signals(old):
                signal.disconnect(self._needs_full_layout)
        super().setModel(model)
        if model is not None:
            for signal in self._layout_signals(model):
                signal.connect(self._needs_full_layout)
        self._full_layout = True

    @staticmethod
    def _layout_signals(model: QAbstractItemModel) -> tuple:
        return (
            model.modelReset,
            model.layoutChanged,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        )

    def setRootIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._full_layout = True
        super().setRootIndex(index)

    def reset(self) -> None:
        self._full_layout = True
        super().reset()

    def event(self, event: QEvent) -> bool:
        if event.type() in self._FULL_EVENTS:
            self._full_layout = True
        return super().event(event)

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        model = self.model()
        if parent.isValid() or model is None or end != model.rowCount() - 1:
            self._full_layout = True  # inserted in the middle: the rows below it move
        elif self._appended_from is None or start < self._appended_from:
            self._appended_from = start

    def doItemsLayout(self) -> None:
        appended, self._appended_from = self._appended_from, None
        full, self._full_layout = self._full_layout, False
        if full or appended is None or not self.verticalHeader().updatesEnabled():
            super().doItemsLayout()
            return
        self.updateGeometries()
        viewport = self.viewport()
        top = max(0, self.rowViewportPosition(appended))
        if top < viewport.height():
            viewport.update(0, top, viewport.width(), viewport.height() - top)
