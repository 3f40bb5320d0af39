"""Paths to the shared real data and small readers used by the normalize tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def read_rows(relative: str, fieldnames: list[str] | None = None) -> list[dict[str, str]]:
    """The rows of a CSV file under shared/data, or skip the test when it is absent."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"shared data file not available: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, fieldnames=fieldnames))
