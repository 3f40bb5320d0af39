"""The screening index: normalised forms of a list snapshot and fast candidate lookup.

Every name of every entry (aliases, original-script names and linked vessel names
included) is prepared once into its Latin forms. An inverted index maps each core token
key to the name forms holding it; a deletion neighbourhood (every key with one letter
removed) finds keys one edit away, so a typo in a query token still reaches its listed
token without comparing against the whole vocabulary.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from sanctions_screen.matching.forms import NameForm, prepare_name
from sanctions_screen.matching.names import INSERTION_COST
from sanctions_screen.models import IdentifierType, SanctionsEntry
from sanctions_screen.normalize.given_names import related_given_names

__all__ = ["NameRecord", "ScreeningIndex"]

# A key held by more name forms than this (e.g. 'mohammad', 'al' on the full lists) does
# not generate candidates alone; it still counts towards a candidate found by another
# token. Set from the full bundled lists (scope 'all'): the longest posting lists of
# given-name keys hold a few thousand forms.
MAX_POSTINGS = 1500
# Keys shorter than this are not looked up by edit distance: two-letter tokens may not
# differ at all (see matching.names._edit_budget), so their neighbours never score.
MIN_FUZZY_LENGTH = 3
# A token pair the lookup cannot see (two or more edits apart) can still earn partial
# credit when the tokens are long: at most this much (two edits in six letters).
UNSEEN_PARTIAL = 0.67
UNSEEN_MIN_LENGTH = 6
# Generic words and legal forms are not counted by the bound but do score a little.
CANDIDATE_SLACK = 0.05


class NameRecord:
    """One prepared form of one name of one entry."""

    __slots__ = ("core_count", "entry_index", "form", "long_count", "name_index")

    def __init__(self, entry_index: int, name_index: int, form: NameForm) -> None:
        self.entry_index = entry_index
        self.name_index = name_index
        self.form = form
        self.core_count = sum(form.core)
        self.long_count = sum(
            len(k) >= UNSEEN_MIN_LENGTH for k, c in zip(form.keys, form.core, strict=True) if c
        )


def _deletions(key: str) -> Iterable[str]:
    return (key[:i] + key[i + 1 :] for i in range(len(key)))


class ScreeningIndex:
    """Entries with their prepared name forms, looked up by token keys and IMO numbers."""

    def __init__(self, entries: Sequence[SanctionsEntry]) -> None:
        # The build makes ~10^5 small objects and no reference cycles: the cyclic garbage
        # collector would walk the whole heap again and again for nothing.
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(entries)
        finally:
            if enabled:
                gc.enable()

    def _build(self, entries: Sequence[SanctionsEntry]) -> None:
        self.entries: tuple[SanctionsEntry, ...] = tuple(entries)
        self.records: list[NameRecord] = []
        postings: defaultdict[str, list[int]] = defaultdict(list)
        imo: defaultdict[str, list[int]] = defaultdict(list)
        for e_index, entry in enumerate(self.entries):
            for n_index, name in enumerate(entry.names):
                for form in prepare_name(name.value, entry.kind):
                    r_index = len(self.records)
                    self.records.append(NameRecord(e_index, n_index, form))
                    for key, core in set(zip(form.keys, form.core, strict=True)):
                        if core:
                            postings[key].append(r_index)
            numbers = {i.number for i in entry.identifiers if i.type is IdentifierType.IMO}
            numbers |= {
                i.number
                for link in entry.linked
                for i in link.identifiers
                if i.type is IdentifierType.IMO
            }
            for number in numbers:
                imo[number].append(e_index)
        self.postings: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in postings.items()}
        neighbours: defaultdict[str, list[str]] = defaultdict(list)
        for key in self.postings:
            if len(key) >= MIN_FUZZY_LENGTH:
                for deleted in _deletions(key):
                    neighbours[deleted].append(key)
        self.neighbours: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in neighbours.items()}
        self.imo: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in imo.items()}
        self._make_caches()
        self._core_counts = np.array([r.core_count for r in self.records], dtype=np.float64)
        self._long_counts = np.array([r.long_count for r in self.records], dtype=np.float64)

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the per-process lookup caches (sent once to each worker)."""
        state = {k: v for k, v in self.__dict__.items() if k not in ("_expand", "_key_records")}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._make_caches()

    def _make_caches(self) -> None:
        self._expand = lru_cache(maxsize=100_000)(self._expand_key)
        self._key_records = lru_cache(maxsize=50_000)(self._records_of_key)

    def _expand_key(self, key: str) -> tuple[str, ...]:
        """The indexed keys within one edit of ``key`` (itself included, if indexed)."""
        found: set[str] = set()
        if key in self.postings:
            found.add(key)
        found.update(k for k in related_given_names(key) if k in self.postings)
        if len(key) >= MIN_FUZZY_LENGTH:
            found.update(self.neighbours.get(key, ()))
            for deleted in _deletions(key):
                if deleted in self.postings:
                    found.add(deleted)
                found.update(self.neighbours.get(deleted, ()))
        return tuple(sorted(found))

    def _records_of_key(self, key: str) -> frozenset[int]:
        """The records holding ``key`` or an indexed key within one edit of it."""
        expanded = self._expand(key)
        if len(expanded) == 1:
            return frozenset(self.postings[expanded[0]])
        records: set[int] = set()
        for near in expanded:
            records.update(self.postings[near])
        return frozenset(records)

    def candidates(self, form: NameForm, *, threshold: float = 0.0) -> list[int]:
        """Record ids that share enough core token keys (or near keys) with ``form``.

        A record is kept when the core tokens the two names share (within one edit) could
        still give a score at ``threshold``: an upper bound of the name score from the
        token counts, crediting unseen pairs of long tokens with ``UNSEEN_PARTIAL``.
        """
        query_keys = {k for k, core in zip(form.keys, form.core, strict=True) if core}
        counts: Counter[int] = Counter()
        common: list[frozenset[int]] = []
        for key in query_keys:
            records = self._key_records(key)
            if len(records) > MAX_POSTINGS:
                common.append(records)
            else:
                counts.update(records)
        if common:
            if counts:
                for records in common:
                    counts.update(records & counts.keys())
            else:
                # Every query token is common: only forms holding two of them qualify.
                for records in common:
                    counts.update(records)
                if len(common) > 1:
                    counts = Counter({r: n for r, n in counts.items() if n >= 2})
        if not counts:
            return []
        ids = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        hits = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        n_query = float(len(query_keys))
        query_long = float(sum(len(k) >= UNSEEN_MIN_LENGTH for k in query_keys))
        n_record = self._core_counts[ids]
        missing = np.maximum(np.minimum(n_record, n_query) - hits, 0.0)
        extra = np.abs(n_record - n_query)
        unseen = np.minimum(missing, self._long_counts[ids] + query_long)
        bound = (2.0 * hits + 2.0 * UNSEEN_PARTIAL * unseen) / (
            2.0 * hits + 2.0 * missing + INSERTION_COST * extra
        )
        keep = bound >= threshold - CANDIDATE_SLACK
        return [int(i) for i in ids[keep]]

    def entries_with_imo(self, number: str) -> tuple[int, ...]:
        """Indexes of the entries listing IMO ``number`` (their own or a linked vessel's)."""
        return self.imo.get(number, ())
