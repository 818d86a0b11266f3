"""Give strings marked with a module-level ``_tr`` helper their real translation context.

Some UI modules translate through a helper such as::

    def _tr(text: str) -> str:
        return QCoreApplication.translate("QtNeedleTableModel", text)

``pyside6-lupdate -tr-function-alias tr+=_tr`` finds those strings, but files them
under the enclosing class (or under no context at all for module-level code),
while at run time they are looked up under the helper's context.  This script
moves every message whose source line calls ``_tr(`` to the helper's context,
merging with an existing entry of the same text (which keeps its translation, even
when lupdate had retired it), then drops what lupdate retired for good, so the
catalogue matches what the program asks for.  Run lupdate *without*
``-no-obsolete`` before it, or the translations of these strings are lost.

Usage: ``python packaging/ts_contexts.py resources/translations/acuchart_zh_CN.ts``
(run by ``packaging/update_translations.sh`` after lupdate).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HELPER = "_tr"
#: Translation types lupdate gives to entries no longer found in the sources.
_GONE = ("vanished", "obsolete")


def helper_context(source: str) -> str | None:
    """The context string a module's ``_tr`` helper passes to ``translate``, if it has one."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    constants: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name == HELPER):
            continue
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and call.args
            ):
                first = call.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    return first.value
                if isinstance(first, ast.Name) and first.id in constants:
                    return constants[first.id]
    return None


def fix(ts_path: Path) -> int:
    """Move ``_tr`` messages to their helper's context; returns how many moved."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    base = ts_path.parent
    contexts = {ctx.findtext("name") or "": ctx for ctx in root.findall("context")}
    file_cache: dict[Path, tuple[list[str], str | None]] = {}
    moved = 0

    def file_info(path: Path) -> tuple[list[str], str | None]:
        if path not in file_cache:
            text = path.read_text(encoding="utf-8") if path.is_file() else ""
            file_cache[path] = (text.splitlines(), helper_context(text))
        return file_cache[path]

    for name, ctx in list(contexts.items()):
        for message in list(ctx.findall("message")):
            target = None
            for location in message.findall("location"):
                path = (base / location.get("filename", "")).resolve()
                lines, context = file_info(path)
                line_no = int(location.get("line", "0"))
                if context and 0 < line_no <= len(lines) and f"{HELPER}(" in lines[line_no - 1]:
                    target = context
                    break
            if target is None or target == name:
                continue
            ctx.remove(message)
            moved += 1
            destination = contexts.get(target)
            if destination is None:
                destination = ET.SubElement(root, "context")
                ET.SubElement(destination, "name").text = target
                contexts[target] = destination
            source = message.findtext("source")
            twin = next((m for m in destination.findall("message") if m.findtext("source") == source), None)
            if twin is None:
                destination.append(message)
                continue
            for location in message.findall("location"):
                twin.insert(0, location)
            twin_translation = twin.find("translation")
            if twin_translation is not None and twin_translation.get("type") in _GONE:
                # lupdate retired the entry because it looked for it under the wrong context:
                # it is alive again, with the translation it had.
                if twin_translation.text or list(twin_translation):
                    del twin_translation.attrib["type"]
                else:
                    twin_translation.set("type", "unfinished")
            if twin_translation is None or twin_translation.get("type") == "unfinished":
                if twin_translation is not None:
                    twin.remove(twin_translation)
                twin.append(message.find("translation"))
    # What lupdate retired for good goes (as lupdate -no-obsolete would do).
    for ctx in contexts.values():
        for message in list(ctx.findall("message")):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in _GONE:
                ctx.remove(message)
    for ctx in list(contexts.values()):
        if not ctx.findall("message"):
            root.remove(ctx)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for ctx in ordered:
        root.remove(ctx)
        root.append(ctx)
    ET.indent(tree, space="    ")
    with ts_path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="unicode"))
        fh.write("\n")
    return moved


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: ts_contexts.py FILE.ts ...", file=sys.stderr)
        return 2
    for name in argv:
        print(f"{name}: moved {fix(Path(name))} message(s) to their _tr helper's context")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
