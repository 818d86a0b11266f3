"""AcuChart benchmarks: ``python -m benchmarks`` (not part of the test run)."""
