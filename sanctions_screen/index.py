"""The screening index: normalised forms of a list snapshot and fast candidate lookup.

Every name of every entry (aliases, original-script names and linked vessel names
included) is prepared once into its Latin forms. An inverted index maps each core token
key to the name forms holding it; a deletion neighbourhood (every key with one letter
removed) finds keys one edit away, so a typo in a query token still reaches its listed
token without comparing against the whole vocabulary.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import combinations, pairwise
from operator import itemgetter

import numpy as np
from numpy.typing import NDArray

from sanctions_screen.matching.forms import (
    BRACKETED,
    NameForm,
    acronym_in_brackets,
    is_firm,
    prepare_name,
    without_brackets,
    word_key,
)
from sanctions_screen.matching.names import (
    INSERTION_COST,
    KEY_MATCH,
    KOREAN_PARTIAL,
    NICKNAME_MATCH,
    ONE_TOKEN_FACTOR,
    score_tokens,
)
from sanctions_screen.matching.tokens import FarKeyTable
from sanctions_screen.models import EntityKind, SanctionsEntry
from sanctions_screen.normalize.given_names import related_given_names
from sanctions_screen.normalize.korean import is_korean_syllable
from sanctions_screen.normalize.romanized import romanization_key
from sanctions_screen.runtime import gc_paused, map_forked

__all__ = ["NameRecord", "ScreeningIndex"]

# A key held by more name forms than this (e.g. 'mohammad', 'al' on the full lists) does
# not generate candidates alone; it still counts towards a candidate found by another
# token. Set from the full bundled lists (scope 'all'): the longest posting lists of
# given-name keys hold a few thousand forms.
MAX_POSTINGS = 1500
# Keys shorter than this are not looked up by edit distance: two-letter tokens may not
# differ at all (see matching.names._edit_budget), so their neighbours never score.
MIN_FUZZY_LENGTH = 2
# Keys this long may be two or more edits from a query key and still score (see
# matching.names._edit_budget): they are also looked up by length and first/last letter.
FAR_MIN_LENGTH = 6
# The bound does not see generic words and legal forms, which score a little, nor token
# pairs two deletions apart in long tokens; this slack covers them. Checked against the
# exhaustive baseline in benchmarks/speed.py (candidate recall).
CANDIDATE_SLACK = 0.05
# The most a name can score when only one of its two or more tokens is shared with the
# other: 2 / (2 + INSERTION_COST) * ONE_TOKEN_FACTOR (one-token name) or 2 / (2 + 2).
ONE_HIT_BOUND = 0.7
# The most a name of three or more tokens can score against another such name when only
# two tokens are shared: 2 * 2 / (2 * 2 + 2 * 1) for three against three.
TWO_HIT_BOUND = 0.67
# A key met at this similarity or more is the same token (spelling variant, diminutive).
STRONG_SIM = 0.85
# Floating-point room: the bound of a name scoring exactly the threshold (2.4 / 3) may
# come out a hair below it.
_ROUNDING = 1e-9
# Two tokens written as one are looked up when they make at least this many letters, and
# offered when at most this many records hold them (each offered record is scored in
# full; a common word written as two, 'Moham Med', is left to the other tokens).
MIN_JOINED_LENGTH = 4
MAX_JOINED = 64
# Of the records met only so, those with at most this many core tokens (the two written as
# one) are offered alone; longer ones only when another query key meets them too.
MAX_JOINED_CORE = 2
# Pools of candidate records larger than this get their bounds computed with numpy.
VECTOR_POOL = 48
# The index build prepares the listed names on two cores from this many names on (the
# full lists have 48,000; the DPRK scope 3,000, done in less time than a fork costs) ...
MIN_FORKED_NAMES = 10_000
# ... this share of them, the last, in a forked child process, which also pickles its
# results for the parent.
FORKED_SHARE = 0.5
# Query keys whose records are remembered per process (see _make_caches).
KEY_RECORDS_CACHE = 15_000


class KeyRecords:
    """The records one query key may reach, with the most each can score: as a dict for
    lookups and, when a large pool needs them, as sorted arrays for vectorised bounds.
    What only some queries need (short names, the weakest similarity) is worked out on
    first use."""

    __slots__ = (
        "_above",
        "_all_short",
        "_arrays",
        "_least",
        "_short",
        "_short_strong",
        "_weak",
        "max_weak",
        "near",
        "sims",
        "strong",
    )

    def __init__(
        self,
        near: Sequence[tuple[str, float]],
        postings: dict[str, tuple[int, ...]],
        short: frozenset[int],
    ) -> None:
        # Lowest similarity first: the last write leaves each record its best.
        ordered = sorted(near, key=itemgetter(1))
        sims: dict[int, float] = {}
        for key, sim in ordered:  # dict operations in C: common keys hold thousands
            sims.update(dict.fromkeys(postings[key], sim))
        self.sims = sims
        self.near = dict(near)
        """Indexed key -> the most it can score against the query key."""
        self.strong: set[int] = set().union(*(postings[k] for k, s in near if s >= STRONG_SIM))
        """The records met by the key itself or a spelling variant of it."""
        self.max_weak = next(
            (
                s
                for k, s in reversed(ordered)
                if s < STRONG_SIM and not self.strong.issuperset(postings[k])
            ),
            0.0,
        )
        self._all_short = short
        self._short: AbstractSet[int] | None = None
        self._short_strong: AbstractSet[int] | None = None
        self._least: float | None = None
        self._arrays: tuple[NDArray[np.int64], NDArray[np.float64]] | None = None
        self._above: dict[float, set[int]] = {}
        self._weak: set[int] | None = None

    @property
    def short(self) -> AbstractSet[int]:
        """The records whose name has at most two core tokens."""
        if self._short is None:
            self._short = self._all_short.intersection(self.sims)
        return self._short

    @property
    def short_strong(self) -> AbstractSet[int]:
        """The strong records whose name has at most two core tokens."""
        if self._short_strong is None:
            self._short_strong = self.short & self.strong
        return self._short_strong

    def __len__(self) -> int:
        return len(self.sims)

    def again(
        self, twice: dict[str, frozenset[int]], postings: dict[str, tuple[int, ...]]
    ) -> KeyRecords:
        """The records this key may meet a second time: those holding two of its near
        keys, or one of them twice (``twice``). A query that repeats the key ('Nam Nam')
        meets the other records once only."""
        counts: Counter[int] = Counter()
        for key in self.near:
            counts.update(postings[key])
        again = {r for r, count in counts.items() if count >= 2}
        for key in self.near:
            again.update(twice.get(key, ()))
        view = object.__new__(KeyRecords)
        view.sims = {r: self.sims[r] for r in again}
        view.near = self.near
        view.strong = self.strong & again
        view.max_weak = self.max_weak
        view._all_short = self._all_short
        view._short = view._short_strong = view._least = view._arrays = view._weak = None
        view._above = {}
        return view

    @property
    def weak(self) -> set[int]:
        """The records met by a key that is not a spelling variant (a typo, a look-alike)."""
        if self._weak is None:
            self._weak = self.sims.keys() - self.strong
        return self._weak

    def via(self, indexed: Iterable[str]) -> str | None:
        """The key through which a record holding the keys ``indexed`` was met, or None
        when the query key may meet two or more of them (it may then take either)."""
        reached = [k for k in indexed if k in self.near]
        return reached[0] if len(reached) == 1 else None

    def arrays(self) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """The records (sorted) and their similarities as arrays, built on first use."""
        if self._arrays is None:
            ids = np.fromiter(self.sims, dtype=np.int64, count=len(self.sims))
            values = np.fromiter(self.sims.values(), dtype=np.float64, count=len(self.sims))
            order = np.argsort(ids)
            self._arrays = ids[order], values[order]
        return self._arrays

    def at_least(self, sim: float) -> AbstractSet[int]:
        """The records met at ``sim`` or more (remembered per value: a query's floor and
        length give one, and few occur)."""
        if self._least is None:
            self._least = min(self.sims.values(), default=0.0)
        if sim <= self._least:
            return self.sims.keys()
        above = self._above.get(sim)
        if above is None:
            above = self._above[sim] = {i for i, s in self.sims.items() if s >= sim}
        return above


class NameRecord:
    """One prepared form of one name of one entry."""

    __slots__ = ("core_count", "entry_index", "form", "indexed", "name_index")

    def __init__(self, entry_index: int, name_index: int, form: NameForm) -> None:
        self.entry_index = entry_index
        self.name_index = name_index
        self.form = form
        self.core_count = sum(form.core)
        self.indexed = (
            tuple(dict.fromkeys(_reach(form)))
            if form.is_korean
            else tuple([key for key, _, _ in form.core_lookups])  # the core keys, each once
        )
        """The keys the form is indexed by (see :func:`_reach`), each once."""


def _met_thrice(parts: list[AbstractSet[int]]) -> set[int]:
    """The records in three or more of ``parts`` (sorted smallest first).

    Set operations only (in C), smallest parts first: the records met once and twice so
    far are kept, and each part adds those it meets again. The two largest parts are only
    intersected with them (a set intersection walks the smaller side), never copied.
    """
    if len(parts) < 3:
        return set()
    if len(parts) == 3:
        a, b, c = parts
        return set(a & b & c)
    once: set[int] = set(parts[0])
    twice: set[int] = set()
    thrice: set[int] = set()
    last = len(parts) - 1
    for n in range(1, len(parts)):
        part = parts[n]
        if twice:
            thrice |= twice & part
        if n < last:
            twice |= once & part
            if n < last - 1:
                once |= part
    return thrice


def _pairs(parts: list[KeyRecords]) -> list[tuple[KeyRecords, KeyRecords]]:
    """The pairs of ``parts``, in their order, that can give different records: a part
    that stands for a key the query holds several times pairs with itself once, not once
    per copy (a name of 2,000 copies of one syllable made 2 million pairs: 1.5 s)."""
    copies = Counter(map(id, parts))
    distinct = list({id(p): p for p in parts}.values())
    return [*combinations(distinct, 2), *((p, p) for p in distinct if copies[id(p)] > 1)]


def _reach(form: NameForm) -> list[str]:
    """The indexed key each core token of a listed form reaches: its key and, for a Korean
    name, its spelling too where it differs (so a query that does not read as Korean still
    finds it). A key listed twice is a key two tokens reach."""
    reach = [k for k, core in zip(form.keys, form.core, strict=True) if core]
    if form.is_korean:
        reach += [
            t
            for t, k, core in zip(form.tokens, form.keys, form.core, strict=True)
            if core and t != k
        ]
    return reach


def _listed_forms(value: str, kind: EntityKind) -> list[NameForm]:
    """The forms of a listed name and, where it gives alternatives separated by ' / '
    ('Olga Valerievna POZDNYAKOVA / Olga Valeryevna POZDNYAKOVA', 'HARAKAT UL-MUJAHIDIN /
    HUM'), of each alternative: each is a name the entry goes by. A name with a part in
    brackets ('KOREA KWANGSON BANKING CORPORATION (KKBC)', 'HUAXIN SHIPPING (HONG KONG)
    LTD') is also a name without it: queries leave out the acronym or the place. The
    acronym is a name too ('Ocean Maritime Management Company, Limited (OMM)'). A
    vessel's name in brackets is its former name ('Chol Ryong (Ryong Gun Bong)'): a name
    too."""
    forms = list(prepare_name(value, kind, listed=True))
    parts = value.split(" / ") if " / " in value else []
    bare = without_brackets(value)
    if bare is not None:
        parts.append(bare)
        acronym = acronym_in_brackets(value)
        if acronym is not None:
            parts.append(acronym)
    if kind is EntityKind.VESSEL:
        parts += [inner[1:-1] for inner in BRACKETED.findall(value)]
    if parts:
        seen = {form.text for form in forms}
        for part in parts:
            for form in prepare_name(part, kind, listed=True):
                if form.text not in seen:
                    seen.add(form.text)
                    forms.append(form)
    return forms


def _forms_of(name: tuple[str, EntityKind]) -> list[NameForm]:
    """:func:`_listed_forms` of a (value, kind) pair."""
    return _listed_forms(*name)


def _deletions(key: str) -> list[str]:
    """``key`` with one letter deleted, each way (a list: faster than a generator here)."""
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


class ScreeningIndex:
    """Entries with their prepared name forms, looked up by token keys and IMO numbers."""

    def __init__(self, entries: Sequence[SanctionsEntry], *, workers: int = 2) -> None:
        """Build the index of ``entries``.

        Args:
            entries: the entries to look up.
            workers: 2 prepares the listed names on two cores, half of them in a forked
                child process, when there are at least :data:`MIN_FORKED_NAMES` and this
                process may fork (Linux, no other Python thread running: see
                :func:`~sanctions_screen.runtime.map_forked`); 1 never forks. The index
                is the same either way.
        """
        if workers not in (1, 2):
            raise ValueError(f"workers must be 1 or 2, got {workers}")
        # The build makes ~10^5 small objects and no reference cycles (see gc_paused).
        with gc_paused():
            self._build(entries, workers)

    def _build(self, entries: Sequence[SanctionsEntry], workers: int) -> None:
        self.entries: tuple[SanctionsEntry, ...] = tuple(entries)
        self.records: list[NameRecord] = []
        postings: defaultdict[str, list[int]] = defaultdict(list)
        imo: defaultdict[str, list[int]] = defaultdict(list)
        names = [(name.value, entry.kind) for entry in self.entries for name in entry.names]
        if workers > 1 and len(names) >= MIN_FORKED_NAMES:
            prepared = iter(map_forked(_forms_of, names, child_share=FORKED_SHARE))
        else:
            prepared = map(_forms_of, names)
        for e_index, entry in enumerate(self.entries):
            for n_index in range(len(entry.names)):
                for form in next(prepared):
                    r_index = len(self.records)
                    record = NameRecord(e_index, n_index, form)
                    self.records.append(record)
                    for key in record.indexed:
                        postings[key].append(r_index)
            for number in entry.imo_numbers():
                imo[number].append(e_index)
        self.postings: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in postings.items()}
        # 240,000 deletions of 38,000 keys on the full lists, kept as lists (not copied
        # into tuples).
        neighbours: defaultdict[str, list[str]] = defaultdict(list)
        for key in self.postings:
            if len(key) >= MIN_FUZZY_LENGTH:
                for deleted in _deletions(key):
                    neighbours[deleted].append(key)
        self.neighbours: dict[str, list[str]] = dict(neighbours)
        """A key with one letter deleted -> the indexed keys it comes from."""
        variants: defaultdict[str, list[str]] = defaultdict(list)
        key_of = romanization_key.__wrapped__  # once each, kept below (not in its cache)
        self._variant_of: dict[str, str] = {}
        """Indexed key -> its romanisation key."""
        for key in self.postings:
            variant = self._variant_of[key] = key_of(key)
            if variant != key:
                variants[variant].append(key)
        self._variants: dict[str, list[str]] = dict(variants)
        """A romanisation key -> the indexed keys other than itself it is the key of."""
        # Keys two or more edits apart: by letter counts, then edit distance (in C).
        self._far = FarKeyTable(self.postings, min_length=FAR_MIN_LENGTH - 2)
        self.imo: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in imo.items()}
        self._make_caches()
        self._core_counts = [r.core_count for r in self.records]
        self._core_array = np.array(self._core_counts, dtype=np.float64)
        self._short = frozenset(i for i, count in enumerate(self._core_counts) if count <= 2)
        twice: defaultdict[str, set[int]] = defaultdict(set)
        for r_index, record in enumerate(self.records):
            form = record.form
            if not form.is_korean and len(set(form.keys)) == len(form.keys):
                continue  # the common case
            reach = _reach(form)
            for key in {k for k in reach if reach.count(k) >= 2}:
                twice[key].add(r_index)
        self._twice: dict[str, frozenset[int]] = {k: frozenset(v) for k, v in twice.items()}
        """Indexed key -> the records holding it twice or more."""
        joined_pairs: defaultdict[str, list[int]] = defaultdict(list)
        for r_index, record in enumerate(self.records):
            form = record.form
            words = form.tokens
            if len(words) < 2:
                continue
            if not all(form.core):
                words = tuple([t for t, core in zip(words, form.core, strict=True) if core])
            for first, second in pairwise(words):
                if len(first) + len(second) >= MIN_JOINED_LENGTH:
                    joined_pairs[first + second].append(r_index)
        self._joined_pairs: dict[str, list[int]] = dict(joined_pairs)
        """Two adjacent core tokens of a record written as one -> the records."""

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the per-process lookup caches (sent once to each worker)."""
        caches = ("_expand", "_key_records", "_key_records_again")
        state = {k: v for k, v in self.__dict__.items() if k not in caches}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._make_caches()

    def _make_caches(self) -> None:
        self._expand = lru_cache(maxsize=100_000)(self._expand_key)
        # A key's records take ~13 KB (a worker met 13,600 keys in 500,000 rows): this many
        # keep a batch worker well under 1 GB on 10 million rows; an evicted key costs
        # ~0.1 ms to rebuild from its remembered expansion.
        self._key_records = lru_cache(maxsize=KEY_RECORDS_CACHE)(self._records_of_key)
        self._key_records_again = lru_cache(maxsize=2_000)(self._records_of_key_again)

    def _expand_key(self, key: str) -> tuple[tuple[str, float], ...]:
        """The indexed keys that may score against ``key``, with the most they can score.

        The key itself (1.0), given names related to it, keys spelling the same Russian
        name under another romanisation scheme, and keys within the edit budget of the
        pair (found through the deletion neighbourhood, then checked).
        """
        found: dict[str, float] = {}
        if key in self.postings:
            found[key] = 1.0
        for related in related_given_names(key):
            if related in self.postings:
                found.setdefault(related, NICKNAME_MATCH)
        variant = romanization_key(key)
        near: set[str] = set(self._variants.get(variant, ()))
        if variant in self.postings:
            near.add(variant)
        if len(key) >= MIN_FUZZY_LENGTH:
            near.update(self.neighbours.get(key, ()))
            for deleted in _deletions(key):
                if deleted in self.postings:
                    near.add(deleted)
                near.update(self.neighbours.get(deleted, ()))
            near.update(self._far_keys(key))
        near.discard(key)
        variant_of = self._variant_of
        for other in near:
            sim = score_tokens(key, key, other, other, variants=(variant, variant_of[other]))
            if sim > 0.0 and other not in found:
                found[other] = sim
        return tuple(sorted(found.items()))

    def _far_keys(self, key: str) -> list[str]:
        """Indexed keys within the edit budget of ``key`` but more than one edit away."""
        if len(key) < FAR_MIN_LENGTH - 2:
            return []
        shortest = FAR_MIN_LENGTH if len(key) < FAR_MIN_LENGTH else 0  # one side long
        return self._far.near(key, shortest=shortest)

    def _near(self, key: str, korean: bool) -> Sequence[tuple[str, float]]:
        """:meth:`_expand_key`, halved between two Korean syllables that only look alike
        when the query is a Korean name, as the scorer does."""
        near = self._expand(key)
        if not korean:
            return near
        return [
            (other, sim * KOREAN_PARTIAL)
            if sim < KEY_MATCH and is_korean_syllable(other)
            else (other, sim)
            for other, sim in near
        ]

    def _records_of_key(self, key: str, spelling: str, korean: bool) -> KeyRecords:
        """The records holding ``key`` (or ``spelling``, when it differs) or a key that may
        score against it, each with the most its best such key can score."""
        if spelling == key:
            return KeyRecords(self._near(key, korean), self.postings, self._short)
        near = dict(self._near(key, korean))
        for other, sim in self._near(spelling, korean):
            if sim > near.get(other, 0.0):
                near[other] = sim
        return KeyRecords(sorted(near.items()), self.postings, self._short)

    def _records_of_key_again(self, key: str, spelling: str, korean: bool) -> KeyRecords:
        return self._key_records(key, spelling, korean).again(self._twice, self.postings)

    def candidates(self, form: NameForm, *, threshold: float = 0.0) -> list[int]:
        """Record ids whose name may score at least ``threshold`` against ``form``.

        Each query core key credits the records holding it (1.0) or a key near it (the
        most that pair can score). The credits bound the name score from above, as
        :func:`~sanctions_screen.matching.names.score_forms` computes it:
        ``2 * credit / (2 * hits + 2 * missing + INSERTION_COST * extra)`` (times
        ``ONE_TOKEN_FACTOR`` for a one-token name against a longer one). Records whose
        bound is below ``threshold - CANDIDATE_SLACK`` are not scored. With two or more
        query keys and a floor above what one shared token can reach, only records met
        by two keys are looked at (set intersections, done in C). Names met only as
        written without spaces, and people met through initials, are offered apart (the
        bound does not see them; see :meth:`_joined_candidates` and
        :meth:`_initials_candidates`).
        """
        korean = form.is_korean
        # A key repeated in the name ('Nam Nam General Corporation') counts as often as it
        # occurs: each occurrence is a token to meet.
        parts: list[KeyRecords] = []
        word_parts: list[KeyRecords] = []  # of the words that are not one letter
        repeated = False  # a part in ``parts`` twice (a key held three times or more)
        for key, spelling, times in form.core_lookups:
            part = self._key_records(key, spelling, korean)
            if len(key) > 1 and not korean:  # a Korean key of one letter is a syllable's
                word_parts.append(part)
            if part:
                parts.append(part)
                again = self._key_records_again(key, spelling, korean) if times > 1 else None
                if again:  # meeting a listed name twice takes two of its tokens
                    parts.extend([again] * (times - 1))
                    repeated = repeated or times > 2
        # Records the bound below cannot see: names written together, initials.
        unbounded = self._joined_candidates(form, parts)
        if not korean and len(word_parts) < len(form.core_lookups):
            unbounded |= self._initials_candidates(form, word_parts)
        if not parts:
            return sorted(unbounded)
        # The bound ignores legal forms and generic words; when the query has some, they
        # may lift a score a little above it.
        slack = 0.0 if all(form.core) else CANDIDATE_SLACK
        floor = threshold - slack - _ROUNDING  # a score exactly at the threshold counts
        n_query = sum(form.core)  # core tokens, a repeated one as often as it occurs
        pool: set[int] = set()
        parts.sort(key=len)
        pairs = _pairs(parts) if repeated else combinations(parts, 2)
        if n_query >= 3 and floor > TWO_HIT_BOUND:
            # A name of three or more tokens meets one of as many only through three
            # shared tokens; names of one or two tokens through two.
            # A record met by all n query keys, all but one exactly, reaches the floor
            # only if the last is met at n * floor - (n - 1) or more: lower ones (Korean
            # syllables that only look alike) need not be intersected.
            useful = n_query * floor - (n_query - 1)
            pool |= _met_thrice(sorted((p.at_least(useful) for p in parts), key=len))
            for a, b in pairs:
                # Two hits on a short name reach the floor only if one of them is strong.
                pool |= (a.short & b.short_strong) | (a.short_strong & b.short)
        elif n_query >= 2 and floor > ONE_HIT_BOUND:
            useful = 2 * floor - 1  # as above: one key met exactly, the other at this
            for a, b in pairs:  # smaller first: the set is built from it
                pool |= a.strong & b.at_least(useful)
                pool |= a.at_least(useful) & b.strong
                # Two near misses: at best 2 * (a + b) / 4 against a two-token name.
                if a.max_weak + b.max_weak >= 2 * floor:
                    pool |= a.weak & b.weak
        else:
            for part in parts:
                pool.update(part.sims)
        if len(pool) > VECTOR_POOL:
            # A looser bound first, over the whole pool with numpy; the exact one below
            # (one listed token met by one query token only) for the few left.
            pool = set(self._bound_vectorised(pool, parts, n_query, floor))
        core_counts = self._core_counts
        # The longest name that can reach the floor with every query token met exactly:
        # 2n / (2n + INSERTION_COST * (longest - n)) >= floor.
        longest = n_query + 2 * n_query * (1 / floor - 1) / INSERTION_COST if floor > 0 else 1e9
        sims_of = [part.sims for part in parts]
        one_query_token = n_query == 1
        out = []
        for r_index in pool:
            n_record = core_counts[r_index]
            if n_record > longest:
                continue
            credit = strong_credit = 0.0
            hits = strong_hits = 0
            for sims in sims_of:
                sim = sims.get(r_index)
                if sim is not None:
                    credit += sim
                    hits += 1
                    if sim >= STRONG_SIM:
                        strong_credit += sim
                        strong_hits += 1
            # :meth:`_bound` inlined (the loop runs for every record in the pool): a weak
            # hit may lower the bound (it adds to the aligned weight), so the best of
            # counting all hits and counting the strong ones only is the bound.
            shared = n_record if n_record < n_query else n_query
            extra = INSERTION_COST * (
                n_record - n_query if n_record > n_query else n_query - n_record
            )
            best = 2.0 * credit / (2 * (hits if hits > shared else shared) + extra)
            if strong_hits < hits and strong_hits:
                bound = (
                    2.0
                    * strong_credit
                    / (2 * (strong_hits if strong_hits > shared else shared) + extra)
                )
                if bound > best:
                    best = bound
            if (n_record == 1) != one_query_token:
                best *= ONE_TOKEN_FACTOR
            if best < floor:
                continue  # the common case
            if hits > 1:  # two query keys may share one listed token: count it once
                indexed = self.records[r_index].indexed
                # A query key that may meet two of the record's keys is never counted as
                # sharing one with another query key (a pseudo key of its own).
                met = [
                    (p.via(indexed) or f"\0{n}", p.sims[r_index])
                    for n, p in enumerate(parts)
                    if r_index in p.sims
                ]
                strong = [(key, sim) for key, sim in met if sim >= STRONG_SIM]
                best = max(
                    self._bound(*self._credit(r_index, met), n_record, n_query),
                    self._bound(*self._credit(r_index, strong), n_record, n_query),
                )
                if best < floor:
                    continue
            out.append(r_index)
        if unbounded:
            return sorted(unbounded.union(out))
        out.sort()
        return out

    def _initials_candidates(self, form: NameForm, word_parts: list[KeyRecords]) -> set[int]:
        """Records that may meet a person's name given with initials ('V. Putin', 'Shoigu
        S. K.'). An initial meets any word with its letter, which no key lookup finds, so
        the bound of :meth:`candidates` does not credit it. Offered: the records met by
        every other query word as written or as a spelling variant, with a word beginning
        with one of the initials' letters; the scorer decides."""
        if not word_parts or not all(word_parts):
            return set()
        if is_firm(form):
            return set()  # a firm's letters are its name, not initials
        letters = {t for t in form.tokens if len(t) == 1 and t.isalpha()}
        if not letters:
            return set()
        ordered = sorted((p.strong for p in word_parts), key=len)
        common = ordered[0].intersection(*ordered[1:])
        records = self.records
        # An initial left unmet costs little (its weight is small): one met may be enough.
        return {
            r_index
            for r_index in common
            if any(len(t) > 1 and t[0] in letters for t in records[r_index].form.tokens)
        }

    def _joined_candidates(self, form: NameForm, parts: list[KeyRecords]) -> set[int]:
        """Records that meet ``form`` only as written without spaces: two adjacent core
        tokens of one name that are one token of the other ('Hong Xiang' v 'Hongxiang',
        'Sea Star' v 'Seastar'). The score bound of :meth:`candidates` does not see them;
        the scorer decides. Only short names (``MAX_JOINED_CORE``) and those another
        query key meets too (``parts``) are kept: few others are hits, and each is scored
        in full."""
        tokens = (
            form.tokens
            if all(form.core)
            else [t for t, core in zip(form.tokens, form.core, strict=True) if core]
        )
        found: set[int] = set()
        joined_pairs = self._joined_pairs
        for token in tokens:  # one query word, two listed words
            pairs = joined_pairs.get(token)
            if pairs is not None and len(pairs) <= MAX_JOINED:
                found.update(pairs)
        postings = self.postings
        for first, second in pairwise(tokens):  # two query words, one listed word
            held = postings.get(word_key(first + second))
            if held is not None and len(held) <= MAX_JOINED:
                found.update(held)
        if not found:
            return found  # the common case
        core_counts = self._core_counts
        return {
            r for r in found if core_counts[r] <= MAX_JOINED_CORE or any(r in p.sims for p in parts)
        }

    @staticmethod
    def _bound(credit: float, hits: int, n_record: int, n_query: int) -> float:
        """The most a record met with ``credit`` over ``hits`` query keys can score."""
        if not hits:
            return 0.0
        missing = max(min(n_record, n_query) - hits, 0)
        extra = abs(n_record - n_query)
        bound = 2.0 * credit / (2 * hits + 2 * missing + INSERTION_COST * extra)
        if (n_record == 1) != (n_query == 1):
            bound *= ONE_TOKEN_FACTOR
        return bound

    def _credit(self, r_index: int, met: list[tuple[str, float]]) -> tuple[float, int]:
        """Credit and hits of a record met by several query keys: two query keys that met
        it through the same indexed key share that token (alignment is one to one)."""
        if len({key for key, _ in met}) == len(met):
            return sum(sim for _, sim in met), len(met)
        form = self.records[r_index].form
        credit = 0.0
        hits = 0
        for key in {key for key, _ in met}:
            sims = sorted((sim for k, sim in met if k == key), reverse=True)
            room = max(1, form.keys.count(key), form.tokens.count(key))
            credit += sum(sims[:room])
            hits += min(room, len(sims))
        return credit, hits

    def _bound_vectorised(
        self, pool: set[int], parts: list[KeyRecords], n_query: int, floor: float
    ) -> list[int]:
        """:meth:`candidates`' bound for a large pool, with numpy (same formula, all hits
        or strong hits only, without the one-to-one correction: a looser bound)."""
        ids = np.fromiter(sorted(pool), dtype=np.int64, count=len(pool))
        credit = np.zeros(len(ids))
        hits = np.zeros(len(ids))
        strong_credit = np.zeros(len(ids))
        strong_hits = np.zeros(len(ids))
        for part in parts:
            part_ids, part_sims = part.arrays()
            where = np.searchsorted(part_ids, ids).clip(max=len(part_ids) - 1)
            present = part_ids[where] == ids
            sims = np.where(present, part_sims[where], 0.0)
            credit += sims
            hits += present
            strong = sims >= STRONG_SIM
            strong_credit += np.where(strong, sims, 0.0)
            strong_hits += strong
        n_record = self._core_array[ids]
        extra = np.abs(n_record - n_query)
        best = np.zeros(len(ids))
        for c, h in ((credit, hits), (strong_credit, strong_hits)):
            missing = np.maximum(np.minimum(n_record, n_query) - h, 0.0)
            denominator = 2.0 * h + 2.0 * missing + INSERTION_COST * extra
            bound = np.divide(2.0 * c, denominator, out=np.zeros(len(ids)), where=h > 0)
            best = np.maximum(best, bound)
        best = np.where((n_record == 1) != (n_query == 1), best * ONE_TOKEN_FACTOR, best)
        return [int(i) for i in ids[best >= floor]]

    def entries_with_imo(self, number: str) -> tuple[int, ...]:
        """Indexes of the entries listing IMO ``number`` (their own or a linked vessel's)."""
        return self.imo.get(number, ())
