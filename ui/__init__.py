"""AcuChart's Qt widgets and item models: thin adapters over ``charting``."""
