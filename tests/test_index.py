"""The index offers every record the scorer accepts, and its set helpers are exact."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import iuliia  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import (
    DEFAULT_THRESHOLD,
    Counterparty,
    EntityKind,
    Screener,
    ScreeningStatus,
    load_bundled,
)
from sanctions_screen.index import (
    CANDIDATE_SLACK,
    MIN_FORKED_NAMES,
    KeyRecords,
    ScreeningIndex,
    _met_thrice,
    _pairs,
)
from sanctions_screen.matching import prepare_name, score_forms
from sanctions_screen.matching.names import score_core_tokens

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "counterparties.csv"


@given(st.lists(st.frozensets(st.integers(0, 40), max_size=25), min_size=3, max_size=7))
def test_met_thrice_equals_counting(parts: list[frozenset[int]]) -> None:
    parts = sorted(parts, key=len)
    every = set().union(*parts)
    expected = {r for r in every if sum(r in part for part in parts) >= 3}
    assert _met_thrice(list(parts)) == expected


def _typo(name: str, rng: random.Random) -> str:
    """One letter of one word changed, dropped or doubled (a typical keying error)."""
    words = name.split()
    i = rng.randrange(len(words))
    word = words[i]
    if len(word) > 3:
        j = rng.randrange(1, len(word))
        edit = rng.choice(["sub", "del", "dup"])
        if edit == "sub":
            word = word[:j] + rng.choice("aeiouy") + word[j + 1 :]
        elif edit == "del":
            word = word[:j] + word[j + 1 :]
        else:
            word = word[:j] + word[j] + word[j:]
    words[i] = word
    if len(words) > 2 and rng.random() < 0.3:
        words.append(words.pop(0))  # surname moved to the end
    return " ".join(words)


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_sources()


def _queries(screener: Screener) -> list[str]:
    rng = random.Random(7)
    listed = sorted({n.value for e in screener.entries for n in e.names if n.value.isascii()})
    sample = rng.sample(listed, 40)
    # Names with a key twice ('NAM NAM GENERAL CORPORATION', 'Ri Ri', Korean syllables
    # with one key): a query key may then meet two listed tokens.
    repeated = [
        name
        for name in listed
        if any(len({k for k, _, _ in f.core_lookups}) < sum(f.core) for f in prepare_name(name))
    ]
    assert repeated
    sample += rng.sample(repeated, min(20, len(repeated)))
    with SEEDS.open(encoding="utf-8", newline="") as handle:
        seeds = [row["name"] for row in csv.DictReader(handle) if row["name"]]
    return sample + [_typo(name, rng) for name in sample] + seeds


def _check_candidates(screener: Screener, queries: list[str]) -> int:
    """Assert that the index offers every record the scorer accepts for ``queries``;
    return how many such (query form, record) pairs were checked."""
    index = screener.index
    checked = 0
    for query in queries:
        for form in prepare_name(query):
            offered = set(index.candidates(form, threshold=DEFAULT_THRESHOLD))
            for r_index, record in enumerate(index.records):
                scored = score_forms(form, record.form)
                # The bound leaves out likeness as written without spaces, and generic
                # words or legal forms lifting the core tokens' score by more than the
                # slack ('Korea Namhung Trading' v 'Korea Namgang Trading'): known limits,
                # in CHANGELOG.md.
                if (
                    scored.score >= DEFAULT_THRESHOLD
                    and not scored.written_together
                    and scored.score <= score_core_tokens(form, record.form) + CANDIDATE_SLACK
                ):
                    checked += 1
                    assert r_index in offered, (query, record.form.text)
    return checked


def test_candidates_hold_every_record_the_scorer_accepts(screener: Screener) -> None:
    assert _check_candidates(screener, _queries(screener)) > 100  # queries meet names


def test_candidates_hold_russian_names_under_other_schemes(screener: Screener) -> None:
    # The listed Russian names in Cyrillic, written by schemes the library does not use
    # (scholarly with carons; Telegram's ASCII): met through romanisation keys, not edits.
    cyrillic = sorted(
        {n.value for e in screener.entries for n in e.names if re.search("[а-яё]", n.value)}
    )
    assert len(cyrillic) >= 10
    queries = [
        scheme.translate(name)
        for name in cyrillic
        for scheme in (iuliia.SCIENTIFIC, iuliia.TELEGRAM)
    ]
    assert _check_candidates(screener, queries) >= len(cyrillic)


def test_a_repeated_key_no_listed_name_holds_twice() -> None:
    # 'Royal Ural Agro AG' also reads as the syllables 'ro yal u ral ag ro' ('ro' twice);
    # no OFAC name holds 'ro' twice, and the pool is large: this once raised IndexError.
    screener = Screener.from_sources(["ofac"], scope="all")
    result = screener.screen(Counterparty(name="Royal Ural Agro AG", kind=EntityKind.ORGANIZATION))
    assert result.status is not ScreeningStatus.NOT_SCREENED


def test_candidates_hold_names_written_with_two_words_as_one(screener: Screener) -> None:
    # 'Dandong Hong Xiang ...' v 'DANDONG HONGXIANG ...': the scorer meets such names as
    # written without spaces; the index offers them through adjacent words joined.
    rng = random.Random(11)
    index = screener.index
    records = [
        (r_index, record)
        for r_index, record in enumerate(index.records)
        if sum(record.form.core) >= 3 and record.form.text.isascii()
    ]
    checked = 0
    for r_index, record in rng.sample(records, 60):
        core = [t for t, c in zip(record.form.tokens, record.form.core, strict=True) if c]
        for query in (
            record.form.text.replace(f"{core[0]} {core[1]}", core[0] + core[1], 1),
            record.form.text.replace(core[1], f"{core[1][:3]} {core[1][3:]}", 1),
        ):
            for form in prepare_name(query):
                if score_forms(form, record.form).score >= DEFAULT_THRESHOLD:
                    checked += 1
                    assert r_index in index.candidates(form, threshold=DEFAULT_THRESHOLD), query
    assert checked >= 30


def test_candidates_hold_people_met_through_initials(screener: Screener) -> None:
    """A surname with initials ('Putin V.V.', 'V. V. Putin'): an initial meets any word with
    its letter, which the key bound cannot see; the index offers such people apart."""
    rng = random.Random(11)
    people = sorted(
        {
            n.value
            for e in screener.entries
            if e.kind is EntityKind.PERSON
            for n in e.names
            if n.value.isascii() and len(n.value.replace(",", " ").split()) == 3
        }
    )
    queries = []
    for name in rng.sample(people, 25):
        words = name.replace(",", " ").split()
        surname, given = words[0], words[1:]  # lists mostly write the surname first
        initials = ".".join(w[0] for w in given) + "."
        queries += [f"{surname} {initials}", f"{' '.join(w[0] + '.' for w in given)} {surname}"]
    assert _check_candidates(screener, queries) > 20


def test_a_key_held_many_times_pairs_with_itself_once() -> None:
    # 'Kim Kim Kim ...' (a garbage cell of one syllable 2,000 times) gave a part per copy
    # and every pair of copies: quadratic. The pairs that can give different records are
    # the distinct ones and each repeated part with itself.
    a, b, c = (KeyRecords([], {}, frozenset()) for _ in range(3))
    assert _pairs([a, b, c]) == [(a, b), (a, c), (b, c)]
    assert _pairs([a, b, b, b]) == [(a, b), (b, b)]
    assert len(_pairs([a] + [b] * 2_000)) == 2


def _records(index: ScreeningIndex) -> list[tuple[object, ...]]:
    fields = ("text", "keys", "weights", "core", "folded", "origin", "insertion_cost")
    return [
        (r.entry_index, r.name_index, r.indexed, *(getattr(r.form, f) for f in fields))
        for r in index.records
    ]


def test_the_index_built_on_two_cores_is_the_one_built_on_one() -> None:
    entries = load_bundled(scope="all")  # 48,000 names: half are prepared in a child
    assert sum(len(e.names) for e in entries) >= MIN_FORKED_NAMES
    one, two = ScreeningIndex(entries, workers=1), ScreeningIndex(entries, workers=2)
    assert _records(one) == _records(two)
    assert one.postings == two.postings
    with pytest.raises(ValueError, match="workers must be 1 or 2"):
        ScreeningIndex(entries[:10], workers=3)
