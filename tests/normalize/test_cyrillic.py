"""Tests for sanctions_screen.normalize.cyrillic."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.cyrillic import (
    MAX_FORMS,
    read_korean_cyrillic_codas_ng,
    read_korean_cyrillic_word,
    romanize_cyrillic,
)
from sanctions_screen.normalize.korean import korean_token_key
from sanctions_screen.normalize.text import fold_text, tokenize

from ._data import read_rows

RUSSIAN: list[tuple[str, str]] = [
    ("Сергей Шойгу", "sergey shoygu"),
    ("Сергей Шойгу", "sergei shoigu"),
    ("Юрий", "yury"),
    ("Юрий", "yuri"),
    ("Юрий", "iurii"),
    ("Юрий", "yuriy"),
    ("Александр", "aleksandr"),
    ("Александр", "alexander"),
    ("Дмитрий Медведев", "dmitry medvedev"),
    ("Дмитрий Медведев", "dmitriy medvedev"),
    ("Сергей Валерьевич АКСЁНОВ", "sergey valeryevich aksyonov"),  # EU 269/2014
    ("Сергей Валерьевич АКСЁНОВ", "sergei valerevich aksenov"),
    ("Олег Николаевич КОЖЕМЯКО", "oleg nikolaevich kozhemyako"),  # EU 2017/1509
    ("Қасым-Жомарт Тоқаев", "kasym zhomart tokayev"),  # Kazakh letters
]

# Korean names in Cyrillic -> the Latin list form they must meet under korean_token_key.
KOREAN: list[tuple[str, str]] = [
    ("Ким Чен Ын", "Kim Jong Un"),
    ("Ли Бен Чхоль", "Ri Pyong Chol"),
    ("Пак", "Pak"),
    ("Чхве Рён Хэ", "Choe Ryong Hae"),
    ("Но Гван Чхоль", "No Kwang Chol"),
    ("ЛИ Чхан Хо", "LEE Chang Ho"),  # EU 269/2014 record 1900, alias as published
    ("СИН Гым Чхоль", "SHIN Geum Cheol"),  # EU 269/2014 record 1901
    ("Ким Се Гон", "Kim Se Gon"),  # UN KPi.032
    ("Пак Чон Чхон", "PAK Jong-chon"),  # EU 2017/1509 XV.A/17: 정 (ng) next to 천 (n)
    ("Ким Чхон Чхоль", "Kim Chon Chol"),  # 천 read n first: aspirated, not 정's kin
    ("Чой Рён Хэ", "Choe Ryong Hae"),  # 최 as the press writes it
    ("Ким Ёчжон", "Kim Yo Jong"),  # a given name written together
]


def keyed(text: str) -> tuple[str, ...]:
    return tuple(korean_token_key(t) for t in tokenize(text))


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_romanize_cyrillic_russian(text: str, expected: str) -> None:
    assert expected in romanize_cyrillic(text)


@pytest.mark.parametrize(("text", "latin"), KOREAN)
def test_romanize_cyrillic_korean(text: str, latin: str) -> None:
    assert keyed(latin) in {keyed(form) for form in romanize_cyrillic(text)}


def test_russian_names_get_no_korean_reading() -> None:
    assert romanize_cyrillic("Владимир Путин") == ("vladimir putin",)
    # Two-letter words that read as Korean syllables do not make a Russian name Korean.
    assert all(len(f.split()) == 2 for f in romanize_cyrillic("Сергей Шойгу"))
    assert romanize_cyrillic("Андрей Белоусов")[0] == "andrey belousov"
    # Иван, Анна split as two Korean syllables (i wan, an na): not read so.
    assert romanize_cyrillic("Иван Ким")[0] == "ivan kim"
    assert romanize_cyrillic("Анна Пак")[0] == "anna pak"


def test_romanize_cyrillic_shape() -> None:
    assert romanize_cyrillic("") == ()
    for text, _ in RUSSIAN + KOREAN:
        forms = romanize_cyrillic(text)
        assert 1 <= len(forms) <= MAX_FORMS
        assert len(set(forms)) == len(forms)
        assert all(fold_text(f) == f and f.isascii() for f in forms)


@given(st.text())
def test_romanize_cyrillic_total(text: str) -> None:
    for form in romanize_cyrillic(text):
        assert fold_text(form) == form


_CYRILLIC = re.compile("[\u0400-\u04ff]")

# Measured on the EU 269/2014 transcription (2026-07-17): for Latin names given with a
# Russian Cyrillic alias of the same number of tokens, the share of aliases one of whose
# forms equals the folded Latin name exactly. Misses are mostly the EU's own mixed
# spellings (Valeryevich next to Yurievich) and Ukrainian forms.
EU_RUSSIAN_EXACT_FLOOR = 0.55
# ... and the share of Latin name tokens found among the tokens of the forms.
EU_RUSSIAN_TOKEN_FLOOR = 0.85


def test_eu_russia_cyrillic_aliases() -> None:
    rows = read_rows("eu/eu_oj_32014R0269_russia_regime.csv")
    pairs = 0
    exact = 0
    tokens_total = 0
    tokens_found = 0
    for row in rows:
        if row["schema"] != "Person" or _CYRILLIC.search(row["name"]):
            continue
        name = tokenize(re.sub(r"\(.*?\)", "", row["name"]))
        for alias in row["alias"].split(";"):
            alias = re.sub(r"\(.*?\)", "", alias)
            if not _CYRILLIC.search(alias) or re.search("[іїєґІЇЄҐ]", alias):
                continue
            forms = romanize_cyrillic(alias)
            if len(tokenize(alias)) != len(name):
                continue
            pairs += 1
            exact += " ".join(name) in forms
            found = {t for f in forms for t in f.split()}
            tokens_total += len(name)
            tokens_found += sum(t in found for t in name)
    assert pairs >= 500
    assert exact / pairs >= EU_RUSSIAN_EXACT_FLOOR
    assert tokens_found / tokens_total >= EU_RUSSIAN_TOKEN_FLOOR


def test_a_korean_word_of_more_syllables_is_read_as_korean_too() -> None:
    # A ship's or a place's name in Kontsevich Cyrillic beside Russian words.
    assert "tanker chonmasan" in romanize_cyrillic("Танкер Чхонмасан")
    assert romanize_cyrillic("Кымунсан 3")[0] == "kumunsan 3"
    # A Russian word without a spelling only Korean words have gets no such reading.
    assert all("smolyon" not in form for form in romanize_cyrillic("Смоленск Ангара"))


@pytest.mark.parametrize(
    ("word", "all_n", "all_ng"),
    [
        # Kontsevich writes ㄴ and ㅇ alike: every н closing a syllable read n, then ng.
        ("канбон", "kanbon", "kangbong"),  # 강봉, Kangbong
        ("тонхынсан", "tonhunsan", "tonghungsang"),  # 동흥산, Tong Hung San
        ("чхончхонган", "chonchongan", "chongchonggang"),  # 청천강, Chong Chon Gang
        ("пхеньянский", "phyonyan", "phyongyang"),  # н before ь closes its syllable
    ],
)
def test_a_korean_word_with_two_ambiguous_finals_gets_both_readings(
    word: str, all_n: str, all_ng: str
) -> None:
    assert read_korean_cyrillic_word(word, korean_context=True) == all_n
    assert read_korean_cyrillic_codas_ng(word) == all_ng


@pytest.mark.parametrize("word", ["рёнха", "кымсан", "хэсон", "ынха"])
def test_a_korean_word_with_one_ambiguous_final_gets_one_reading(word: str) -> None:
    # One final read wrong is one letter off, which the index and the scorer allow.
    assert read_korean_cyrillic_codas_ng(word) is None


def test_a_korean_ship_name_in_cyrillic_is_read_with_its_finals_both_ways() -> None:
    forms = romanize_cyrillic("Танкер «Тонхынсан»")
    assert "tanker tonhunsan" in forms
    assert "tanker tonghungsang" in forms
