"""The far-key table finds exactly the keys a brute-force scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from sanctions_screen.matching.names import edit_budget
from sanctions_screen.matching.tokens import FarKeyTable

# A small alphabet makes near keys common; a few Hangul and Cyrillic letters check that
# the letter-count bins work for any script.
_LETTERS = "abcdeklmnoprsu노광철ая"
_KEYS = st.text(alphabet=_LETTERS, min_size=1, max_size=13)


def _brute_force(key: str, keys: list[str], shortest: int) -> list[str]:
    found = set()
    for other in keys:
        if len(other) < 4 or not max(len(key) - 3, shortest) <= len(other) <= len(key) + 3:
            continue
        if other[0] != key[0] and other[-1] != key[-1]:
            continue
        budget = edit_budget(max(len(key), len(other)))
        if 2 <= OSA.distance(key, other) <= budget:
            found.add(other)
    return sorted(found)


@settings(max_examples=300, deadline=None)
@given(st.lists(_KEYS, max_size=60, unique=True), _KEYS, st.sampled_from([0, 6]))
def test_near_equals_brute_force(keys: list[str], key: str, shortest: int) -> None:
    table = FarKeyTable(keys, min_length=4)
    assert table.near(key, shortest=shortest) == _brute_force(key, keys, shortest)


@st.composite
def _edited(draw: st.DrawFn, key: str) -> str:
    """``key`` with one to four random edits (substitution, insertion, deletion, swap)."""
    out = list(key)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, max(len(out) - 1, 0)))
        letter = draw(st.sampled_from(_LETTERS))
        edit = draw(st.sampled_from(["sub", "ins", "del", "swap"]))
        if edit == "sub" and out:
            out[where] = letter
        elif edit == "ins":
            out.insert(where, letter)
        elif edit == "del" and len(out) > 1:
            del out[where]
        elif edit == "swap" and where + 1 < len(out):
            out[where], out[where + 1] = out[where + 1], out[where]
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet=_LETTERS, min_size=4, max_size=13), st.sampled_from([0, 6]))
def test_near_equals_brute_force_on_edited_keys(
    data: st.DataObject, key: str, shortest: int
) -> None:
    keys = sorted(set(data.draw(st.lists(_edited(key), min_size=1, max_size=30))))
    table = FarKeyTable(keys, min_length=4)
    assert table.near(key, shortest=shortest) == _brute_force(key, keys, shortest)


def test_typical_surname_typos() -> None:
    table = FarKeyTable(["kozlov", "kozlova", "ivanov", "kosov", "shoigu", "shoygu"], min_length=4)
    assert table.near("kozlov", shortest=0) == ["kosov"]  # one edit: 'kozlova' is not far
    assert table.near("kazlova", shortest=0) == ["kozlov"]  # a->o and a dropped a
    assert table.near("shojgu", shortest=0) == []  # one edit from both
    assert table.near("xxxxxx", shortest=0) == []
