"""``acuchart points``: list, search, show, render."""

from __future__ import annotations

import json

import pytest

from charting.cli import main

KEYS = {"code", "pinyin", "pinyin_plain", "hanzi", "english", "channel", "bilateral", "region", "location", "positions"}


def test_show_any_code_form(capsys):
    assert main(["points", "show", "ub-40"]) == 0
    out = capsys.readouterr().out
    assert "BL40" in out and "Bend Middle" in out and "委中" in out


def test_show_json(capsys):
    assert main(["points", "show", "Liv 3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS and data["code"] == "LR3"
    assert all(len(xy) == 2 for xy in data["positions"].values())


def test_show_unknown_code_is_a_user_error(capsys):
    assert main(["points", "show", "BL99"]) == 2
    err = capsys.readouterr().err
    assert "BL99" in err and len(err.strip().splitlines()) == 1


def test_list_channel(capsys):
    assert main(["points", "list", "--channel", "SJ"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 23 and lines[0].startswith("TE1 ") and lines[-1].startswith("TE23")
    # aligned columns: the pinyin starts in the same column on every line
    starts = {line.index(line.split()[1]) for line in lines}
    assert len(starts) == 1


def test_list_json_all(capsys):
    assert main(["points", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len([p for p in data if p["channel"] != "EX"]) == 361
    assert "委中" in {p["hanzi"] for p in data}


def test_list_unknown_channel(capsys):
    assert main(["points", "list", "--channel", "XY"]) == 2
    assert "XY" in capsys.readouterr().err


def test_search(capsys):
    assert main(["points", "search", "wei zhong"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("BL40")
    assert main(["points", "search", "jiaji l4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] == "EX-B2 L4"
    assert main(["points", "search", "zzzz"]) == 2


def test_render_unknown_view(capsys, tmp_path):
    assert main(["points", "render", "--view", "ear", "-o", str(tmp_path / "x.png")]) == 2
    assert "ear" in capsys.readouterr().err


def test_render_png(capsys, tmp_path):
    pytest.importorskip("PySide6.QtSvg")
    out = tmp_path / "back.png"
    assert main(["points", "render", "--view", "back", "-o", str(out), "--scale", "2", "--no-labels"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 2000)
    # a marker (red) is drawn at BL23's left-side position; the background corner is white
    from charting.acupoints import library

    x, y = library().get("BL23").position("back", "left")
    c = image.pixelColor(round(x * 1000), round(y * 2000))
    assert c.red() > 120 and c.green() < 110, c.name()
    assert image.pixelColor(2, 2).name() == "#ffffff"
