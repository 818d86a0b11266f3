"""``python -m charting`` does what the ``acuchart`` command does."""

from charting.cli import main

raise SystemExit(main())
