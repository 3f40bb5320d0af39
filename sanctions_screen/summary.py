"""Counts over loaded entries: by source, kind and topic (what ``sanctions-screen lists``
prints)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sanctions_screen.models import SanctionsEntry

__all__ = ["EntryCounts", "count_entries"]


@dataclass(slots=True)
class EntryCounts:
    """Entry counts of one group of entries."""

    total: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_topic: Counter[str] = field(default_factory=Counter)


def count_entries(entries: Iterable[SanctionsEntry]) -> dict[str, EntryCounts]:
    """Counts per source, plus ``"all"``, of entries by kind and by topic.

    Example:
        >>> count_entries([])["all"].total
        0
    """
    counts: dict[str, EntryCounts] = {"all": EntryCounts()}
    for entry in entries:
        for key in (entry.source, "all"):
            group = counts.setdefault(key, EntryCounts())
            group.total += 1
            group.by_kind[entry.kind.value] += 1
            group.by_topic.update(entry.topics)
    return counts
