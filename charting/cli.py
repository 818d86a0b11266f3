"""The ``acuchart`` command line.

Each sub-command lives in its own module under :mod:`charting.commands` and
exposes ``NAME``, ``HELP``, ``ORDER`` and ``register(subparsers)``; the parser
registers ``handler`` with ``set_defaults``.  Command modules import only
argparse at module level, so building the parser stays cheap for start-up;
the work (database, reports, ...) is imported inside the handler.

Without a sub-command the desktop app starts.  The GUI is imported only then:
``charting`` itself never depends on Qt (see ``[tool.importlinter]``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import NoReturn

from charting import __version__
from charting.errors import AcuChartError

PROG = "acuchart"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see '{self.prog} --help')"
        self.exit(2, f"{self.prog}: error: {message}{hint}\n")


class Context:
    """What a command handler needs from the command line.

    Attributes:
        args: the parsed arguments.
        db_url: the database URL chosen by ``--db``, ``ACUCHART_DB`` or the default.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        from charting.config import database_url

        self.db_url = database_url(getattr(args, "db", None))
        self._database = None

    def database(self, *, upgrade: bool = True):
        """Open (once) and return the :class:`charting.db.engine.Database`."""
        if self._database is None:
            from charting.db.engine import open_database

            self._database = open_database(self.db_url, upgrade=upgrade)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None


def _command_modules():
    import charting.commands as package

    modules = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        modules.append(importlib.import_module(f"charting.commands.{info.name}"))
    modules.sort(key=lambda m: (getattr(m, "ORDER", 100), m.NAME))
    return modules


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="AcuChart: charting for acupuncture and electroacupuncture. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file path (default: $ACUCHART_DB, else acuchart.db in the user data directory)",
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="start the app, wait until the main window has painted with its data, "
        "print the milliseconds since process start and exit",
    )
    if with_commands:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
        for module in _command_modules():
            module.register(subparsers)
    return parser


def _wants_command(argv: Sequence[str]) -> bool:
    """True when argv names a sub-command (or asks for help)."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg == "--db":
            skip_next = True
            continue
        if arg in ("-h", "--help"):
            return True
        if not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Starting the window is the common case: skip building every sub-parser.
    parser = build_parser(with_commands=_wants_command(argv))
    args = parser.parse_args(argv)
    debug = bool(os.environ.get("ACUCHART_DEBUG"))
    ctx = None
    try:
        ctx = Context(args)
        handler = getattr(args, "handler", None)
        if handler is None:
            if getattr(args, "command", None):
                parser.parse_args([args.command, "--help"])
            # SQLAlchemy before Qt: imported after PySide6, the same modules cost
            # some 20 MB more peak memory (allocator fragmentation), measured.
            import charting.db.engine  # noqa: F401
            from ui.app import run_app  # the composition root: the only GUI import

            return run_app(ctx)
        return int(handler(args, ctx) or 0)
    except AcuChartError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line unless debugging
        if debug:
            raise
        print(
            f"{PROG}: error: unexpected {type(exc).__name__}: {exc} (set ACUCHART_DEBUG=1 to see where)",
            file=sys.stderr,
        )
        return 1
    finally:
        if ctx is not None:
            ctx.close()
