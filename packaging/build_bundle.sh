#!/usr/bin/env bash
# Build the one-folder AcuChart bundle (dist/acuchart/) with PyInstaller and smoke-test it.
#
# Usage (from anywhere):  packaging/build_bundle.sh
# Environment:
#   PYTHON       the Python used to create the throwaway build venv (default: python3)
#   BUILD_VENV   where that venv lives (default: build/bundle-venv; reused when present)
#   SKIP_SMOKE=1 build only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD_VENV="${BUILD_VENV:-$ROOT/build/bundle-venv}"

if [ ! -x "$BUILD_VENV/bin/python" ]; then
    echo "== creating build venv $BUILD_VENV"
    "$PYTHON" -m venv "$BUILD_VENV"
fi
echo "== installing AcuChart and PyInstaller into the build venv"
"$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
"$BUILD_VENV/bin/python" -m pip install --quiet "$ROOT" "pyinstaller>=6.5"

echo "== running PyInstaller"
"$BUILD_VENV/bin/python" -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/acuchart.spec"

BUNDLE="$ROOT/dist/acuchart"
echo "== bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

if [ "${SKIP_SMOKE:-0}" != "1" ]; then
    echo "== smoke test: --quit-after-startup on a new database"
    SMOKE_DIR="$(mktemp -d)"
    trap 'rm -rf "$SMOKE_DIR"' EXIT
    # Keep the smoke test away from the builder's own settings and data.
    export XDG_CONFIG_HOME="$SMOKE_DIR/config" XDG_DATA_HOME="$SMOKE_DIR/data"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        export QT_QPA_PLATFORM=offscreen
    fi
    ms="$("$BUNDLE/acuchart" --quit-after-startup --db "$SMOKE_DIR/smoke.db")"
    echo "   window painted after ${ms} ms"
    "$BUNDLE/acuchart" --db "$SMOKE_DIR/smoke.db" demo
    "$BUNDLE/acuchart" --db "$SMOKE_DIR/smoke.db" patients search Mor
    "$BUNDLE/acuchart" --version
    echo "== smoke test passed"
fi
