"""JSON Schemas of the AcuChart exchange format (read with importlib.resources)."""
