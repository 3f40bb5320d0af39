"""Tests for sanctions_screen.normalize.korean_kana: DPRK names as Japanese writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import DEFAULT_THRESHOLD, compare_names
from sanctions_screen.normalize.korean import korean_token_key
from sanctions_screen.normalize.korean_kana import read_korean_katakana
from sanctions_screen.normalize.text import fold_text, tokenize

# Listed names in katakana as Japanese lists and press write Korean names.
KATAKANA: list[tuple[str, str]] = [
    ("キム・ジョンウン", "Kim Jong Un"),
    ("キム・ヨジョン", "Kim Yo Jong"),
    ("リ・ビョンチョル", "Ri Pyong Chol"),
    ("チェ・リョンヘ", "Choe Ryong Hae"),
    ("ノ・グァンチョル", "No Kwang Chol"),
    ("パク・ジョンチョン", "Pak Jong Chon"),
    ("ヒョン・ソンウォル", "Hyon Song Wol"),
    ("チャン・ソンテク", "Jang Song Thaek"),
]


def keyed(text: str) -> tuple[str, ...]:
    return tuple(korean_token_key(t) for t in tokenize(text))


@pytest.mark.parametrize(("katakana", "latin"), KATAKANA)
def test_katakana_reads_as_the_listed_korean_name(katakana: str, latin: str) -> None:
    readings = read_korean_katakana(fold_text(katakana))
    assert keyed(latin) in {keyed(r) for r in readings}
    assert compare_names(katakana, latin) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize("japanese", ["タナカ・ハナコ", "ヤマダ・タロウ", "スズキ", "トヨタ"])
def test_japanese_names_get_no_korean_reading(japanese: str) -> None:
    assert read_korean_katakana(fold_text(japanese)) == ()


def test_another_given_name_stays_apart() -> None:
    assert compare_names("キム・ジョンウン", "Kim Jong Il") < DEFAULT_THRESHOLD


@given(st.text(alphabet="キムジョンウリビャュョァィゥェォッルクプー・ ", max_size=12))
def test_readings_are_folded_latin_korean_syllables(text: str) -> None:
    for reading in read_korean_katakana(text):
        assert reading == fold_text(reading)
        assert reading.isascii()
        assert 2 <= len(reading.split()) <= 5
