"""Data files: translations (read with importlib.resources)."""
