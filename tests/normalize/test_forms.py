"""Tests for sanctions_screen.normalize.forms (and the package's public surface)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sanctions_screen.normalize as normalize
from sanctions_screen import EntityKind, compare_names
from sanctions_screen.normalize.forms import MAX_FORMS, latin_forms
from sanctions_screen.normalize.korean import korean_token_key
from sanctions_screen.normalize.scripts import detect_script
from sanctions_screen.normalize.text import fold_text, tokenize

from ._data import read_rows

CASES: list[tuple[str, str]] = [
    ("CH’OE Ryong-hae", "choe ryong hae"),
    ("김정은", "kim jong un"),
    ("金正恩", "kim jong un"),
    ("Ким Чен Ын", "kim jong un"),
    ("习近平", "xi jinping"),
    ("Αλέξανδρος", "alexandros"),
    ("Νικόλαος", "nikolaos"),
    ("たなか はなこ", "tanaka hanako"),
    ("KIM Kwang Yon 김광연", "kim kwang yon"),  # EU 2017/1509, name cell as published
    ("Jin Tiesan (金铁三)", "kim chol sam"),  # UN KPi.035 alias
    ("Jin Tiesan (金铁三)", "jin tiesan"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_latin_forms(text: str, expected: str) -> None:
    assert expected in latin_forms(text)


def test_latin_forms_unsupported_scripts_kept() -> None:
    assert latin_forms("محمد علي") == ("محمد علي",)
    assert latin_forms("") == ()
    assert latin_forms(" -- ") == ()


def keyed(text: str) -> tuple[str, ...]:
    return tuple(korean_token_key(t) for t in tokenize(text))


# Measured: all 11 Cyrillic, Hangul and Chinese/Korean Han pairs of the watchman file meet.
# The two Japanese names in kanji (山田太郎, 田中花子) are left out: Japanese readings of
# kanji are a known limit (they get Chinese and Korean readings).
def test_watchman_cross_script_pairs() -> None:
    rows = read_rows(
        "matching/watchman_cross_script_pairs.csv",
        fieldnames=["Query", "Expected Match", "Min Score", "Description"],
    )
    checked = 0
    misses: list[str] = []
    for row in rows:
        query, expected = row["Query"], row["Expected Match"]
        if detect_script(query) not in ("cyrillic", "hangul", "han"):
            continue
        if "Japanese" in row["Description"]:
            continue
        checked += 1
        if keyed(expected) not in {keyed(form) for form in latin_forms(query)}:
            misses.append(f"{query} -> {expected}: {latin_forms(query)}")
    assert checked == 11
    assert not misses


_NON_LATIN = ("hangul", "han", "cyrillic", "greek", "kana")


@given(st.text())
def test_latin_forms_properties(text: str) -> None:
    forms = latin_forms(text)
    assert len(forms) <= MAX_FORMS
    assert len(set(forms)) == len(forms)
    for form in forms:
        assert form
        assert fold_text(form) == form
        if not any(script in detect_script(text) for script in ("arabic", "hebrew", "thai")):
            assert detect_script(form) not in _NON_LATIN


@given(st.text(alphabet=st.characters(codec="utf-8", categories=("Lu", "Ll", "Lo", "Zs"))))
def test_latin_forms_of_transliterable_text_are_latin(text: str) -> None:
    script = detect_script(text)
    for form in latin_forms(text):
        if script in (*_NON_LATIN, "latin"):
            assert detect_script(form) in ("latin", "unknown"), (text, form)


def test_a_latin_form_is_its_only_form_also_when_it_reads_as_a_russian_firm() -> None:
    # The English reading of 'AO Smolenskiy Aviatsionnyy Zavod' is the matcher's (see
    # matching.prepare_name), not a transliteration.
    for form in latin_forms("АО «Смоленский авиационный завод»"):
        assert latin_forms(form) == (form,)


@given(st.text())
def test_latin_forms_idempotent(text: str) -> None:
    for form in latin_forms(text):
        if detect_script(form) in ("latin", "unknown"):
            assert latin_forms(form) == (form,)


def test_public_surface() -> None:
    # Sorted as ruff sorts it: constants, then classes, then functions.
    def order(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert normalize.__all__ == sorted(normalize.__all__, key=order)
    for name in normalize.__all__:
        assert hasattr(normalize, name)
    assert {
        "detect_script",
        "fold_text",
        "tokenize",
        "romanize_hangul",
        "korean_token_key",
        "is_korean_syllable",
        "split_korean_syllables",
        "romanize_han",
        "romanize_cyrillic",
        "split_legal_forms",
        "strip_vessel_prefix",
        "latin_forms",
        "GENERIC_ORG_TOKENS",
    } <= set(normalize.__all__)


@pytest.mark.parametrize(
    ("hangul", "listed"),
    [("천마산호", "CHON MA SAN"), ("지성6호", "JI SONG 6"), ("례성강 1호", "RYE SONG GANG 1")],
)
def test_a_ship_named_in_hangul_meets_its_listing_without_the_suffix_ho(
    hangul: str, listed: str
) -> None:
    assert listed.lower() in latin_forms(hangul)
    assert compare_names(hangul, listed, kind=EntityKind.VESSEL) >= 0.95


@pytest.mark.parametrize("person", ["리창호", "박영호"])
def test_a_personal_name_ending_in_ho_keeps_it(person: str) -> None:
    assert all(form.endswith(" ho") for form in latin_forms(person) if form.isascii())


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Chonmasan", "CHON MA SAN"),
        ("MV Chonmasan", "CHON MA SAN"),
        ("Kumunsan 3", "KUM UN SAN 3"),
        ("Ji Song No. 6", "JI SONG 6"),
        ("Rye Song Gang No 1", "RYE SONG GANG 1"),
    ],
)
def test_a_ship_name_typed_run_together_or_with_no_meets_its_listing(
    typed: str, listed: str
) -> None:
    assert compare_names(typed, listed, kind=EntityKind.VESSEL) >= 0.95


def test_a_persons_one_word_name_is_not_cut_into_syllables() -> None:
    from sanctions_screen.matching import prepare_name

    assert [f.text for f in prepare_name("Chonmasan", EntityKind.PERSON)] == ["chonmasan"]
