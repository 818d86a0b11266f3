"""Data files shipped with AcuChart, read with importlib.resources."""
