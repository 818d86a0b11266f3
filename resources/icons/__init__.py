"""Data files: icons (read with importlib.resources)."""
