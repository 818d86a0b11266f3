"""A case's course of treatment in its own window, with export and print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from charting.db.engine import Database


class QtCourseWindow(QWidget):
    """A case's course of treatment in its own (non-modal) window, with export and print.

    Attributes:
        view: the :class:`ui.outcomes.course_view.QtCourseView` it shows.
        export_button, print_button, close_button: the buttons above the view.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from ui.outcomes.course_view import QtCourseView

        self.db = db
        self.setWindowTitle(self.tr("Course of treatment — AcuChart"))
        self.setAccessibleName(self.tr("Course of treatment window"))
        self.resize(1100, 760)
        self.view = QtCourseView(db, self)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export course PDF…"), self)
        self.export_button.setAccessibleName(self.tr("Export course PDF"))
        self.print_button = QPushButton(self.tr("&Print course…"), self)
        self.print_button.setAccessibleName(self.tr("Print course"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the course view"))
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_course)
        self.close_button.clicked.connect(self.close)
        close = QAction(self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        escape = QAction(self)
        escape.setShortcut(QKeySequence("Esc"))
        escape.triggered.connect(self.close)
        self.addAction(escape)

    @property
    def case_id(self) -> int | None:
        return self.view.case_id

    def set_case(self, case_id: int) -> None:
        self.view.set_case(case_id)
        title = self.view.title.text()
        self.setWindowTitle(self.tr("%1 — Course — AcuChart").replace("%1", title))

    def export_pdf(self) -> str | None:
        if self.view.case_id is None:
            return None
        from ui.printing import export_course_pdf

        return export_course_pdf(self, self.db, self.view.case_id)

    def print_course(self) -> bool:
        if self.view.case_id is None:
            return False
        from ui.printing import print_course

        return print_course(self, self.db, self.view.case_id)
