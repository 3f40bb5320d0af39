"""Shared test configuration: hypothesis profiles and paths to the real data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent
LISTS = REPO / "lists"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def lists_dir() -> Path:
    """The bundled list snapshots shipped in the repository."""
    return LISTS
