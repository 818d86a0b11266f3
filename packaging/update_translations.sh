#!/usr/bin/env bash
# Refresh the Simplified Chinese catalogue from the UI sources and compile it.
#
#   packaging/update_translations.sh           # lupdate + lrelease
#   packaging/update_translations.sh --release # lrelease only (after translating in Qt Linguist)
#
# 1. pyside6-lupdate scans every ui/**/*.py for self.tr(...) / QCoreApplication.translate(...)
#    (and module-level _tr(...) helpers; packaging/ts_contexts.py files those under the
#    context the helper passes to translate) and merges new strings into
#    resources/translations/acuchart_zh_CN.ts (unfinished).
# 2. Translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist, or edit the XML).
# 3. pyside6-lrelease compiles the .ts to acuchart_zh_CN.qm, which ships in the wheel and the
#    bundle. tests/gui/test_i18n.py fails when the committed .qm disagrees with the .ts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
for tool in "$LUPDATE" "$LRELEASE"; do
    [ -x "$tool" ] || { echo "update_translations: $tool not found (pip install PySide6)" >&2; exit 2; }
done

TS_DIR=resources/translations
LANGS=(zh_CN)

if [ "${1:-}" != "--release" ]; then
    mapfile -t SOURCES < <(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
    for lang in "${LANGS[@]}"; do
        # Not -no-obsolete: ts_contexts.py needs the retired entries to keep their translations,
        # and drops the ones retired for good itself.
        "$LUPDATE" -source-language en -target-language "$lang" -tr-function-alias tr+=_tr \
            "${SOURCES[@]}" -ts "$TS_DIR/acuchart_${lang}.ts"
        "$BIN/python" packaging/ts_contexts.py "$TS_DIR/acuchart_${lang}.ts"
    done
fi
for lang in "${LANGS[@]}"; do
    "$LRELEASE" "$TS_DIR/acuchart_${lang}.ts" -qm "$TS_DIR/acuchart_${lang}.qm"
done
