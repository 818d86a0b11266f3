"""The course view of a case: did pain and disability fall, and with which treatment?

Top: the case and a one-line verdict per measure (first → last, and whether the
change reaches the minimal clinically important change).  Middle: the trend
chart (:class:`QtTrendChart`) with what was done beneath each session's column.
Bottom: a table of the sessions with each measure's before→after values.

Thin: reads :func:`charting.outcomes.course_series` / :func:`course_overview`
and :func:`charting.patients.get_case`; never opens a database session itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.outcomes import MEASURES, Series, SessionColumn, course_overview, course_series, outcome_text
from charting.patients import get_case
from ui.outcomes.trend_chart import QtTrendChart

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("QtCourseView", text)


def measure_columns(series: list[Series]) -> list[tuple[str, str, str]]:
    """(measure, label key, heading) for each measure + label, in series order."""
    seen: dict[tuple[str, str], str] = {}
    for one in series:
        key = (one.measure, one.label.casefold())
        if key in seen:
            continue
        info = MEASURES[one.measure]
        if one.measure == "free":
            heading = one.label
        elif one.measure == "psfs":
            heading = f"PSFS {one.label}" if one.label else _tr("PSFS score")
        else:
            heading = info.short
        seen[key] = heading
    return [(m, label, heading) for (m, label), heading in seen.items()]


class QtCourseTableModel(QAbstractTableModel):
    """One row per session: number, date, status, EA, needles, points, then each measure.

    Measure cells read "before→after" ("–" where one was not recorded).

    Attributes:
        columns: the sessions (``SessionColumn``).
        series: the series the measure cells come from.
    """

    FIXED = (
        "#",
        QT_TRANSLATE_NOOP("QtCourseView", "Date"),
        QT_TRANSLATE_NOOP("QtCourseView", "Status"),
        QT_TRANSLATE_NOOP("QtCourseView", "EA"),
        QT_TRANSLATE_NOOP("QtCourseView", "Needles"),
        QT_TRANSLATE_NOOP("QtCourseView", "Points"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[SessionColumn] = []
        self.series: list[Series] = []
        self._measures: list[tuple[str, str, str]] = []
        self._values: dict[tuple[int, str, str], dict[str, float]] = {}

    def set_data(self, series: list[Series], columns: list[SessionColumn]) -> None:
        self.beginResetModel()
        self.series = list(series)
        self.columns = list(columns)
        self._measures = measure_columns(self.series)
        self._values = {}
        for one in self.series:
            for point in one.points:
                key = (point.session_id, one.measure, one.label.casefold())
                self._values.setdefault(key, {})[one.timing] = point.value
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIXED) + len(self._measures)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self.FIXED):
            return _tr(self.FIXED[section])
        index = section - len(self.FIXED)
        if 0 <= index < len(self._measures):
            return self._measures[index][2]
        return None

    def cell_text(self, row: int, column: int) -> str:
        session = self.columns[row]
        if column == 0:
            return str(session.number)
        if column == 1:
            return session.date.isoformat()
        if column == 2:
            return _tr("signed") if session.status == "signed" else _tr("draft")
        if column == 3:
            return _tr("EA") if session.ea else ""
        if column == 4:
            return str(session.needle_count)
        if column == 5:
            codes = list(session.point_codes)
            if session.ashi_count:
                codes.append(f"ashi×{session.ashi_count}")
            return " ".join(codes)
        measure, label, _ = self._measures[column - len(self.FIXED)]
        timed = self._values.get((session.session_id, measure, label))
        if not timed:
            return ""
        before = outcome_text(measure, timed["before"]) if "before" in timed else "–"
        after = outcome_text(measure, timed["after"]) if "after" in timed else "–"
        return f"{before}→{after}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.columns):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.columns[index.row()].session_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self.cell_text(index.row(), index.column())
        return None


def verdicts(series: list[Series]) -> list[tuple[str, str]]:
    """(text, kind) per series with two or more values: kind is "better", "worse" or "same"."""
    out = []
    for one in series:
        if len(one.points) < 2:
            continue
        first, last = one.points[0], one.points[-1]
        change = last.value - first.value
        improvement = -change if one.higher_is_worse else change
        text = (
            f"{one.title}: {outcome_text(one.measure, first.value)} → {outcome_text(one.measure, last.value)}"
            f" (#{first.session_number}→#{last.session_number})"
        )
        if one.mcic is not None and improvement >= one.mcic:
            kind = "better"
            text += _tr(" — improved by at least the MCIC (%1)").replace("%1", f"{one.mcic:g}")
        elif one.mcic is not None and -improvement >= one.mcic:
            kind = "worse"
            text += _tr(" — worse by at least the MCIC (%1)").replace("%1", f"{one.mcic:g}")
        else:
            kind = "same"
            text += _tr(" — change below the MCIC") if one.mcic is not None else ""
        out.append((text, kind))
    return out


class QtCourseView(QWidget):
    """A case's course: verdicts, trend chart with treatment strip, and session table.

    Attributes:
        case_id: the case shown (None before :meth:`set_case`).
        chart: the :class:`QtTrendChart`.
        table: the session table view; ``model`` its :class:`QtCourseTableModel`.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.case_id: int | None = None
        self.setAccessibleName(self.tr("Course of treatment"))
        self.title = QLabel(self.tr("No case selected"), self)
        self.title.setAccessibleName(self.tr("Case"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(self.tr("Change over the course"))
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.verdict.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.chart = QtTrendChart(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Trend chart area"))

        self.model = QtCourseTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions of the course"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setAlternatingRowColors(True)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        layout.addWidget(splitter, 1)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        layout.addWidget(self.error)

    def set_case(self, case_id: int) -> None:
        """Show the case's course (reads the use-cases once)."""
        self.case_id = case_id
        try:
            case = get_case(self._db, case_id)
            series = course_series(self._db, case_id)
            columns = course_overview(self._db, case_id)
        except AcuChartError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.title.setText(self.tr("Case %1").replace("%1", str(case_id)))
            self.chart.set_data([], [])
            self.model.set_data([], [])
            self.verdict.clear()
            return
        self.error.hide()
        heading = case.chief_complaint
        if case.diagnosis:
            heading += f" — {case.diagnosis}"
        sessions = self.tr("%1 sessions").replace("%1", str(len(columns)))
        self.title.setText(f"{heading} · {sessions}")
        self.chart.set_data(series, columns)
        self.model.set_data(series, columns)
        self.verdict.setText(self._verdict_html(series))
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """The chart (with its treatment strip) in full when the window allows, the table below."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        rows = self.model.rowCount()
        table_needed = self.table.horizontalHeader().sizeHint().height() + 6
        default_row = self.table.verticalHeader().defaultSectionSize()
        table_needed += sum(self.table.rowHeight(r) or default_row for r in range(rows))
        chart_height = min(self.chart.sizeHint().height() + 4, max(total - table_needed, total // 2))
        self.splitter.setSizes([chart_height, total - chart_height])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_splitter()

    def _verdict_html(self, series: list[Series]) -> str:
        rows = verdicts([s for s in series if s.timing == "before" or not _has_before(series, s)])
        if not rows:
            return self.tr("Not enough values yet to show a change (needs two sessions with the same measure).")
        colours = {"better": "#1b6e35", "worse": "#b3261e", "same": "#444444"}
        marks = {"better": "✔", "worse": "✖", "same": "•"}  # not colour alone
        parts = []
        for text, kind in rows:
            mark = marks[kind]
            parts.append(f'<span style="color:{colours[kind]}">{mark} {_escape(text)}</span>')
        return "<br>".join(parts)


def _has_before(series: list[Series], one: Series) -> bool:
    return any(s.measure == one.measure and s.label == one.label and s.timing == "before" for s in series)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

