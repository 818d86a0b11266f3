"""Sub-commands of ``acuchart``: one module each (see :mod:`charting.cli`)."""
