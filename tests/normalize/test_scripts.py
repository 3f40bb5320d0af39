"""Tests for sanctions_screen.normalize.scripts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.scripts import SCRIPTS, detect_script

CASES: list[tuple[str, str]] = [
    ("KIM Jong Un", "latin"),
    ("Ch’oe Sŏk-min", "latin"),
    ("김정은", "hangul"),
    ("조선민주주의인민공화국 국가해사감독국", "hangul"),
    ("金正恩", "han"),
    ("习近平", "han"),
    ("Ким Чен Ын", "cyrillic"),
    ("СИН Гым Чхоль", "cyrillic"),
    ("محمد علي", "arabic"),
    ("Αλέξανδρος", "greek"),
    ("משה", "hebrew"),
    ("สมชาย", "thai"),
    ("山田たろう", "kana"),
    ("タナカ", "kana"),
    ("KIM Kwang Yon 김광연", "mixed"),
    ("Jin Tiesan (金铁三)", "mixed"),
    ("Sergei AKSENOV (Сергей Валерьевич АКСЁНОВ)", "mixed"),
    ("", "unknown"),
    ("12-34 / ()", "unknown"),
    ("नमस्ते", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect_script(text: str, expected: str) -> None:
    assert detect_script(text) == expected


@given(st.text())
def test_detect_script_total(text: str) -> None:
    assert detect_script(text) in SCRIPTS
