"""Packaging: desktop entry, AppStream metadata, icons, the PyInstaller spec, and the wheel."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.acuchart.AcuChart"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _render_icons_module():
    # Loaded by path: a module named "packaging" would shadow the PyPI 'packaging' library.
    spec = importlib.util.spec_from_file_location("acuchart_render_icons", PACKAGING / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=False, capture_output=True, text=True, timeout=timeout)


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.tools
def test_desktop_file_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt: desktop-file-utils)")
    result = _run([tool, str(DESKTOP)], 30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout + result.stderr


@pytest.mark.tools
def test_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt: appstream)")
    result = _run([tool, "validate", "--no-net", str(METAINFO)], 60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_metainfo_and_scripts_agree():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == desktop["Icon"] == APP_ID
    assert component.findtext("project_license") == _pyproject()["project"]["license"]
    scripts = {**_pyproject()["project"]["scripts"], **_pyproject()["project"]["gui-scripts"]}
    assert desktop["Exec"].split()[0] in scripts
    assert {b.text for b in component.iter("binary")} <= set(scripts)
    release = component.find("releases/release")
    assert release.get("version") == _pyproject()["project"]["version"]


def test_icon_pngs_exist_at_the_declared_sizes():
    sizes = _render_icons_module().SIZES
    assert min(sizes) == 16 and max(sizes) == 512
    for size in sizes:
        path = ICONS / f"acuchart-{size}.png"
        assert path.is_file(), f"missing {path.name}: run packaging/render_icons.py"
        assert _png_size(path) == (size, size)
    assert (ICONS / "acuchart.svg").is_file()


def test_icon_pngs_are_rendered_from_the_current_svg(qapp, tmp_path):
    """A changed SVG without re-rendered PNGs fails here (compares pixels with a small tolerance)."""
    from PySide6.QtGui import QImage

    render_icons = _render_icons_module()
    render_icons.render(folder=tmp_path, sizes=(32, 128))
    for size in (32, 128):
        fresh = QImage(str(tmp_path / f"acuchart-{size}.png")).convertToFormat(QImage.Format.Format_RGBA8888)
        shipped = QImage(str(ICONS / f"acuchart-{size}.png")).convertToFormat(QImage.Format.Format_RGBA8888)
        a, b = bytes(fresh.constBits()), bytes(shipped.constBits())
        assert len(a) == len(b)
        mean_difference = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
        assert mean_difference < 2.0, f"acuchart-{size}.png differs from the SVG: run packaging/render_icons.py"


def test_spec_collects_every_resource_folder():
    tree = ast.parse((PACKAGING / "acuchart.spec").read_text(encoding="utf-8"))
    folders = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "RESOURCE_DIRS" for t in node.targets):
            folders = dict(ast.literal_eval(node.value))
    assert folders is not None, "acuchart.spec must define RESOURCE_DIRS"
    assert folders.get("resources") == "resources"
    assert folders.get("charting/db/migrations") == "charting/db/migrations"
    for source in folders:
        assert (ROOT / source).is_dir(), source


def test_bundle_and_translation_scripts_are_valid_bash():
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    for script in ("build_bundle.sh", "update_translations.sh"):
        result = _run([bash, "-n", str(PACKAGING / script)], 30)
        assert result.returncode == 0, f"{script}: {result.stderr}"


#: What the wheel must carry, as (description, predicate over its file names).
WHEEL_NEEDS = (
    ("acupoint data", lambda names: "resources/acupoints/points.csv" in names),
    ("body diagrams", lambda names: any(n.startswith("resources/diagrams/") and n.endswith(".svg") for n in names)),
    ("fonts", lambda names: any(n.startswith("resources/fonts/") and n.endswith(".ttf") for n in names)),
    ("font licences", lambda names: any(n.startswith("resources/fonts/LICENSE") for n in names)),
    ("migration environment", lambda names: "charting/db/migrations/env.py" in names),
    ("migration template", lambda names: "charting/db/migrations/script.py.mako" in names),
    ("migrations", lambda names: any(n.startswith("charting/db/migrations/versions/0001") for n in names)),
    ("JSON Schema", lambda names: any(n.startswith("resources/schema/") and n.endswith(".json") for n in names)),
    ("translations", lambda names: "resources/translations/acuchart_zh_CN.qm" in names),
    ("icons", lambda names: {f"resources/icons/acuchart-{s}.png" for s in (16, 48, 256, 512)} <= names),
    ("the window", lambda names: "ui/app.py" in names and "ui/dialogs/welcome.py" in names),
)


@pytest.mark.slow
def test_the_wheel_carries_every_resource(tmp_path):
    # Build from a copy, so the test writes no build/ or egg-info into the working tree.
    source = tmp_path / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.db", ".*cache"),
    )
    out = tmp_path / "wheel"
    result = _run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)], 240)
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = out.glob("acuchart-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    missing = [what for what, present in WHEEL_NEEDS if not present(names)]
    assert not missing, f"the wheel lacks: {', '.join(missing)}"
    assert "acuchart = charting.cli:main" in entry_points
    assert "acuchart-gui = charting.cli:main" in entry_points
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_ts_contexts_finds_the_helper_context():
    spec = importlib.util.spec_from_file_location("acuchart_ts_contexts", PACKAGING / "ts_contexts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    literal = 'def _tr(text):\n    return QCoreApplication.translate("QtNeedleTableModel", text)\n'
    constant = 'CONTEXT = "Printing"\n\ndef _tr(text):\n    return QCoreApplication.translate(CONTEXT, text)\n'
    assert module.helper_context(literal) == "QtNeedleTableModel"
    assert module.helper_context(constant) == "Printing"
    assert module.helper_context("def other(text):\n    return text\n") is None
