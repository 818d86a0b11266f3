"""Entry point of the PyInstaller bundle: the same as the ``acuchart`` command."""

from charting.cli import main

raise SystemExit(main())
