"""The needle table view: an appended needle repaints from its row down; other changes repaint all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QHeaderView

from charting import sessions
from charting.patients import create_patient
from charting.practitioners import create_practitioner
from ui.session.needle_model import COL, QtNeedleRowHeader, QtNeedleTableModel, QtNeedleTableView


@pytest.fixture
def needles(db):
    create_practitioner(db, "chen", name="Dr Chen")
    patient = create_patient(db, family_name="Moreau")
    session = sessions.create_session(db, patient.id)
    specs = [sessions.NeedleSpec(ashi_label=f"spot {i}", side="left", view="back", x=0.4, y=0.5) for i in range(6)]
    return sessions.add_needles(db, session.id, specs, defaults={"gauge_mm": 0.25, "length_mm": 40})


class _Painted(QObject):
    """Collects the regions the viewport is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
        return False


@pytest.fixture
def shown(qtbot):
    def make(rows):
        model = QtNeedleTableModel(None)
        model.set_needles(rows)
        view = QtNeedleTableView()
        view.setModel(model)
        view.resize(640, 360)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(5)  # the first full paint
        painted = _Painted()
        view.viewport().installEventFilter(painted)
        return view, model, painted

    return make


def _row_rect(view: QtNeedleTableView, row: int) -> QRect:
    model = view.model()
    return view.visualRect(model.index(row, 0)).united(view.visualRect(model.index(row, model.columnCount() - 1)))


def _settle(qtbot, painted: _Painted) -> None:
    qtbot.waitUntil(lambda: not painted.region.isEmpty(), timeout=2000)
    qtbot.wait(5)


def test_an_appended_needle_repaints_its_row_and_not_the_rows_above(qtbot, shown, needles):
    view, model, painted = shown(needles[:3])
    model.upsert(needles[3])
    _settle(qtbot, painted)
    assert painted.region.contains(_row_rect(view, 3))
    assert not painted.region.intersects(_row_rect(view, 0))
    assert model.data(model.index(3, COL["point"])) == "Ashi: spot 3"


def test_removing_a_needle_repaints_every_row(qtbot, shown, needles):
    view, model, painted = shown(needles)
    model.remove_ids([needles[1].id])  # the rows below move up
    _settle(qtbot, painted)
    assert painted.region.contains(view.viewport().rect())


def test_a_needle_restored_in_the_middle_repaints_every_row(qtbot, shown, needles):
    view, model, painted = shown([n for n in needles if n.id != needles[2].id])
    model.upsert(needles[2])  # undo of a delete: back between its neighbours
    _settle(qtbot, painted)
    assert painted.region.contains(view.viewport().rect())


def test_a_reload_after_an_append_repaints_every_row(qtbot, shown, needles):
    view, model, painted = shown(needles[:3])
    model.upsert(needles[3])
    model.set_needles(needles)  # a reload in the same pass of the event loop
    _settle(qtbot, painted)
    assert painted.region.contains(view.viewport().rect())


def test_the_row_numbers_are_as_wide_as_a_plain_header_makes_them(qtbot, db):
    create_practitioner(db, "chen", name="Dr Chen")
    patient = create_patient(db, family_name="Moreau")
    session = sessions.create_session(db, patient.id)
    specs = [sessions.NeedleSpec(ashi_label=f"{i}", side="left", view="back", x=0.4, y=0.5) for i in range(12)]
    needles = sessions.add_needles(db, session.id, specs)
    model = QtNeedleTableModel(None)
    ours = QtNeedleRowHeader()
    plain = QHeaderView(Qt.Orientation.Vertical)
    for header in (ours, plain):
        qtbot.addWidget(header)
        header.setModel(model)
    for count in (3, 9, 10, 12):  # 10 gains a digit
        model.set_needles(needles[:count])
        assert ours.sizeHint() == plain.sizeHint(), count
