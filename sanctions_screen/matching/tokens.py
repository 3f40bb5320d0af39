"""Token lookups in C: the keys of a pool within the edit budget of a key."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sanctions_screen.matching.names import edit_budget

__all__ = ["far_keys"]


def far_keys(key: str, pool: list[str]) -> list[str]:
    """The keys of ``pool`` at two or more edits from ``key`` but within the edit budget.

    Example:
        >>> far_keys("kozlov", ["kosov", "kozlova", "ivanov"])
        ['kosov']
    """
    if not pool:
        return []
    budget = edit_budget(len(key) + 3)
    found = process.extract(key, pool, scorer=OSA.distance, score_cutoff=budget, limit=None)
    return sorted(
        {
            other
            for other, distance, _ in found
            if distance >= 2 and distance <= edit_budget(max(len(key), len(other)))
        }
    )
