"""Integration tests share the record integrity helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "integrity"))


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    """argon2 with small parameters: the same code paths, without 0.15 s per hash."""
    from argon2 import PasswordHasher

    from charting import accounts

    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)
