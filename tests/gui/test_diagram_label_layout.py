"""Label layout after a needle is added: placing only the new label equals laying out all again."""

from __future__ import annotations

import pytest
from test_diagram import needle

from ui.diagram.view import QtDiagramView


@pytest.fixture
def view(qtbot) -> QtDiagramView:
    widget = QtDiagramView()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("back")
    widget.fit()
    return widget


def _placements(view: QtDiagramView) -> dict[int, tuple[bool, str]]:
    return {i: (label.isVisible(), label.placement) for i, label in view.diagram.labels.items()}


def _spots(count: int):
    # a crowded patch of free spots (as a practitioner clicks along a tender area), then points
    for i in range(count):
        yield needle(100 + i, None, "left", xy=(0.42 + (i % 6) * 0.012, 0.55 + (i // 6) * 0.012))


def test_adding_needles_one_by_one_places_labels_as_a_full_layout_would(view):
    base = [needle(1, "BL23", "left"), needle(2, "BL23", "right"), needle(3, "BL25", "left")]
    view.set_needles(base, [])
    view.layout_labels()
    incremental_steps = 0
    for extra in _spots(24):
        before = view._label_layout
        view.update_needle(extra)
        view.layout_labels()
        incremental_steps += view._label_layout is before
        shown = _placements(view)
        view._label_layout = None  # forget it: lay out every label from scratch
        view.layout_labels()
        assert _placements(view) == shown, f"after needle {extra.id}"
    assert incremental_steps > 0  # the shortcut was taken (and checked) at least once


def test_a_moved_needle_or_a_zoom_lays_out_everything(view):
    view.set_needles([needle(1, "BL23", "left"), needle(2, "BL25", "left")], [])
    view.layout_labels()
    first = view._label_layout
    moved = needle(2, None, "left", xy=(0.3, 0.6))
    view.update_needle(moved)
    view.layout_labels()
    assert view._label_layout is not first
    second = view._label_layout
    view.zoom_in()
    view.layout_labels()
    assert view._label_layout is not second
