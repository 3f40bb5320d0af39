"""Tests for sanctions_screen.normalize.han."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.han import romanize_han, sino_korean_reading
from sanctions_screen.normalize.text import fold_text

CASES: list[tuple[str, str]] = [
    ("金正恩", "kim jong un"),  # Korean reading
    ("金正恩", "jin zheng en"),  # pinyin, syllables apart
    ("金铁三", "kim chol sam"),  # UN KPi.035 alias Jin Tiesan (金铁三) of KIM CHOL SAM
    ("金铁三", "jin tiesan"),
    ("习近平", "xi jinping"),
    ("习近平", "xi jin ping"),
    ("李明", "li ming"),
    ("王伟", "wang wei"),
    ("曾国藩", "zeng guofan"),  # surname reading, not ceng
    ("欧阳修", "ouyang xiu"),  # two-character surname
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_romanize_han(text: str, expected: str) -> None:
    assert expected in romanize_han(text)


def test_korean_reading_first_and_dprk_style() -> None:
    assert romanize_han("金正恩")[0] == "kim jong un"
    assert sino_korean_reading("李明") == "리명"  # no South Korean initial-sound rule
    assert sino_korean_reading("金") == "김"


def test_romanize_han_shape() -> None:
    assert romanize_han("") == ()
    for text, _ in CASES:
        forms = romanize_han(text)
        assert 1 <= len(forms) <= 5
        assert len(set(forms)) == len(forms)
        assert all(fold_text(f) == f and f.isascii() for f in forms)


@given(st.text())
def test_romanize_han_total(text: str) -> None:
    romanize_han(text)
    sino_korean_reading(text)
