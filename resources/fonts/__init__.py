"""Data files: fonts (read with importlib.resources)."""
