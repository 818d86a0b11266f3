"""Resource folders are regular packages, so importlib.resources reads them the same way
from a source tree, an editable install, a wheel and a frozen bundle.

(An editable install maps a folder without ``__init__.py`` as a namespace package whose
path includes the installer's hook entry; ``files()`` then fails with NotADirectoryError
when the app starts outside the source tree.)
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import resources

ROOT = Path(resources.__file__).parent


def test_every_resource_folder_is_a_regular_package():
    folders = [p for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith("__")]
    assert {p.name for p in folders} >= {
        "acupoints",
        "diagrams",
        "fonts",
        "icons",
        "schema",
        "templates",
        "translations",
    }
    for folder in folders:
        assert (folder / "__init__.py").is_file(), folder.name
        assert files(f"resources.{folder.name}").is_dir(), folder.name
