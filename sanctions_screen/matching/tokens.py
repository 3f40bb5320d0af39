"""Token lookups by edit distance: the keys of an index two or more edits from a key.

Keys one edit apart are found through a deletion neighbourhood (see ``index``). Keys two
or three edits apart (long tokens: see :func:`~sanctions_screen.matching.names.edit_budget`)
are found here, among the keys of similar length that share the first or the last letter.
A filter in numpy drops those too far apart: an edit changes the letter counts plus the
length of a key by at most two in all (L1), so keys ``d`` edits apart are at most ``2 * d``
apart in counts and length. The few left are checked with rapidfuzz's OSA distance. The
counts sit in contiguous arrays, so a lookup reads a few kilobytes rather than thousands
of scattered strings."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import process
from rapidfuzz.distance import OSA

from sanctions_screen.matching.names import edit_budget

__all__ = ["FarKeyTable"]

# Letters are counted in this many bins (code point modulo the bins): merging letters can
# only shrink the count difference, so the filter stays safe for any script.
_BINS = 32
_LONGEST = 127  # longer keys count as this long (int8 counts)
_BUDGETS = np.array([edit_budget(n) for n in range(_LONGEST + 1)], dtype=np.int64)


def _lengths(length: int) -> tuple[int, int]:
    """The lengths a key two or more edits from a key of ``length`` can have and still be
    within the edit budget of the pair: length apart at most that budget, which is 2 or
    more (the longer key has 6 letters or more)."""
    fits = [
        other
        for other in range(max(length - 3, 0), length + 4)
        if 2 <= edit_budget(max(length, other)) >= abs(length - other)
    ]
    return (fits[0], fits[-1]) if fits else (1, 0)


_LENGTHS = [_lengths(n) for n in range(_LONGEST + 1)]

# First letters romanisations swap (Taedong/Daedong, Kang/Gang, Pak/Bak, Chong/Jong,
# Ri/Li) anchor together: a name written the other way and changed at its end too is
# still found ('taedon' v 'daedong').
_ANCHOR = str.maketrans("dgbjr", "tkpcl")


def _counts(keys: list[str]) -> NDArray[np.int8]:
    """Letter counts of each key, one column per key (binned, capped at 127), and its
    length in the last row: the L1 distance of two columns is then the count difference
    plus the length difference."""
    lengths = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32) % _BINS
    rows = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    flat = np.bincount(rows * (_BINS + 1) + codes, minlength=len(keys) * (_BINS + 1))
    table = flat.reshape(len(keys), _BINS + 1)
    table[:, _BINS] = lengths
    # One row per bin, one column per key: the per-key sum adds contiguous rows (SIMD).
    return np.ascontiguousarray(np.minimum(table, 127).astype(np.int8).T)


class _Family:
    """Keys sorted by an anchor letter (first or last) and length, with letter counts."""

    __slots__ = ("budgets", "counts", "keys", "starts")

    def __init__(self, keys: list[str], anchor: int) -> None:
        letters = np.fromiter(
            (ord(k[anchor].translate(_ANCHOR)) for k in keys), dtype=np.int64, count=len(keys)
        )
        lengths = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
        order = np.lexsort((lengths, letters))  # by letter, then length
        self.keys = [keys[i] for i in order.tolist()]
        self.counts = _counts(self.keys)
        self.budgets = 2 * _BUDGETS[self.counts[_BINS]]
        # Per anchor letter, the first row of each length 0.._LONGEST + 1 (rows of that
        # letter and length are starts[n]:starts[n + 1]).
        self.starts: dict[str, list[int]] = {}
        letters, lengths = letters[order], self.counts[_BINS]
        bounds = [0, *(np.flatnonzero(np.diff(letters)) + 1).tolist(), len(keys)] if keys else []
        every = np.arange(_LONGEST + 2)
        for begin, end in pairwise(bounds):
            found = begin + np.searchsorted(lengths[begin:end], every, side="left")
            self.starts[chr(letters[begin])] = found.tolist()

    def near(self, letter: str, counts: NDArray[np.int8], lowest: int, highest: int) -> list[str]:
        starts = self.starts.get(letter.translate(_ANCHOR))
        if starts is None:
            return []
        first = starts[min(lowest, _LONGEST)]
        last = starts[min(highest, _LONGEST) + 1]
        if first >= last:
            return []
        apart = np.abs(self.counts[:, first:last] - counts).sum(axis=0, dtype=np.int16)
        budget = 2 * _BUDGETS[counts[_BINS, 0]]
        kept = np.flatnonzero(apart <= np.maximum(self.budgets[first:last], budget))
        keys = self.keys
        return [keys[first + i] for i in kept.tolist()]


class FarKeyTable:
    """The keys of an index that are two or more edits from a query key but within the
    edit budget of the pair, among keys sharing its first or last letter (a first letter
    romanisations swap counts as the same: t/d, k/g, p/b, ch/j, r/l).

    Example:
        >>> table = FarKeyTable(["kosov", "kozlova", "ivanov", "kozlov"], min_length=4)
        >>> table.near("kozlov", shortest=0)
        ['kosov']
        >>> FarKeyTable(["daedong"], min_length=4).near("taedon", shortest=0)
        ['daedong']
    """

    __slots__ = ("_first", "_last")

    def __init__(self, keys: Iterable[str], *, min_length: int) -> None:
        kept = [k for k in keys if len(k) >= min_length]
        self._first = _Family(kept, 0)
        self._last = _Family(kept, -1)

    def near(self, key: str, *, shortest: int) -> list[str]:
        """Keys of length ``shortest`` or more at an OSA distance from 2 to the edit
        budget of the longer of the pair."""
        if not key:
            return []
        counts = np.zeros((_BINS + 1, 1), dtype=np.int8)
        for char in key[:127]:
            counts[ord(char) % _BINS, 0] += 1
        counts[_BINS, 0] = min(len(key), _LONGEST)
        lowest, highest = _LENGTHS[min(len(key), _LONGEST)]
        lowest = max(lowest, shortest)
        pool = set(self._first.near(key[0], counts, lowest, highest))
        pool.update(self._last.near(key[-1], counts, lowest, highest))
        if not pool:
            return []
        loosest = edit_budget(highest)
        found = process.extract(key, pool, scorer=OSA.distance, score_cutoff=loosest, limit=None)
        return sorted(
            other
            for other, distance, _ in found
            if 2 <= distance <= edit_budget(max(len(key), len(other)))
        )
