"""Fixtures for the record integrity tests."""

from __future__ import annotations

import pytest
from integrity_helpers import Clinic, build_clinic

from charting import accounts


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    """argon2 with small parameters: the same code paths, without 0.15 s per hash."""
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: cheap)


@pytest.fixture
def clinic(db) -> Clinic:
    """A logged-in practitioner with one patient, a signed and a draft session."""
    return build_clinic(db)
