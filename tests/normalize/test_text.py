"""Tests for sanctions_screen.normalize.text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.text import fold_text, tokenize

FOLD_CASES: list[tuple[str, str]] = [
    ("CH'OE", "choe"),
    ("CH’OE", "choe"),
    ("Ch‘oe", "choe"),
    ("Chʼoe", "choe"),
    ("Ch`oe", "choe"),
    ("Ch´oe", "choe"),
    ("So'k", "sok"),
    ("SO’K MIN", "sok min"),  # UN KPi.064, as published
    ("MUN CHO'NG-CH'O'L", "mun chong chol"),  # UN KPi.012
    ("Kim Jong-un", "kim jong un"),
    ("Kim Chŏng-ŭn", "kim chong un"),
    ("  KIM\tYong   Chol ", "kim yong chol"),
    ("Korean People’s Army", "korean peoples army"),
    ("L.L.C.", "l l c"),
    ("M/V CHON MYONG 1", "m v chon myong 1"),
    ("Ｋｉｍ", "kim"),  # fullwidth
    ("Łukasz Øster Straße", "lukasz oster strasse"),
    ("Сергей АКСЁНОВ", "сергей аксёнов"),  # Cyrillic letters kept
    ("ОЛЕГ ЙОРДАНОВ", "олег йорданов"),
    ("김정은", "김정은"),
    ("金正恩", "金正恩"),
    ("", ""),
    ("-'-", ""),
]


@pytest.mark.parametrize(("text", "expected"), FOLD_CASES)
def test_fold_text(text: str, expected: str) -> None:
    assert fold_text(text) == expected


def test_tokenize() -> None:
    assert tokenize("RI Pyong-chol") == ("ri", "pyong", "chol")
    assert tokenize("Korea Namgang Trading Corporation (NTC)") == (
        "korea",
        "namgang",
        "trading",
        "corporation",
        "ntc",
    )
    assert tokenize("") == ()


@given(st.text())
def test_fold_text_idempotent(text: str) -> None:
    folded = fold_text(text)
    assert fold_text(folded) == folded


@given(st.text())
def test_fold_text_shape(text: str) -> None:
    folded = fold_text(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert "'" not in folded
    assert tokenize(text) == tuple(folded.split())


# Letters whose folded form skips the second folding pass, next to the characters that
# interact with them under NFKC, casefold and NFC (combining marks, final sigma, jamo,
# Arabic vowel marks, compatibility forms).
_NEAR_STABLE = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "Zs"),
    include_characters="ςΣʼ'- \u0306\u0308\u0301\u064e\u1161\u11a8ｋ",
    min_codepoint=0x20,
    max_codepoint=0xD7A3,
)


@given(st.text(_NEAR_STABLE, max_size=12))
def test_fold_text_idempotent_on_kept_scripts(text: str) -> None:
    folded = fold_text(text)
    assert fold_text(folded) == folded
    assert fold_text(text.upper()) == fold_text(fold_text(text.upper()))
