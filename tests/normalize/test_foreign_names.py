"""Tests for sanctions_screen.normalize.hangul_foreign, kana_foreign and han_foreign: Russian
names as Korean, Japanese and Chinese write them, read back into Latin letters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import DEFAULT_THRESHOLD, EntityKind, Screener, compare_names
from sanctions_screen.normalize.han_foreign import read_foreign_han
from sanctions_screen.normalize.hangul_foreign import looks_foreign, read_foreign_hangul
from sanctions_screen.normalize.kana_foreign import read_foreign_katakana
from sanctions_screen.normalize.text import fold_text

# Officials of the DPRK–Russia cooperation as Korean-language media write them (Korean
# rules for Russian words), against their names on the EU and OFAC lists.
RUSSIAN: list[tuple[str, str]] = [
    ("세르게이 쇼이구", "Sergei Kuzhugetovich SHOIGU"),
    ("안드레이 벨로우소프", "Andrei Removich BELOUSOV"),
    ("발레리 게라시모프", "Valery Vasilyevich GERASIMOV"),
    ("세르게이 라브로프", "Sergey Viktorovich LAVROV"),
    ("블라디미르 푸틴", "Vladimir Vladimirovich PUTIN"),
    ("드미트리 메드베데프", "Dmitry Anatolyevich MEDVEDEV"),
    ("알렉산드르 코즐로프", "Alexander Alexandrovich KOZLOV"),
    ("마리야 자하로바", "Maria Vladimirovna ZAKHAROVA"),
    ("니콜라이 파트루셰프", "Nikolai Platonovich PATRUSHEV"),
    ("발렌티나 마트비옌코", "Valentina Ivanovna MATVIYENKO"),
    ("미하일 미슈스틴", "Mikhail Vladimirovich MISHUSTIN"),
]


@pytest.mark.parametrize(("hangul", "listed"), RUSSIAN)
def test_a_russian_name_in_hangul_meets_its_latin_listing(hangul: str, listed: str) -> None:
    assert compare_names(hangul, listed, kind=EntityKind.PERSON) >= DEFAULT_THRESHOLD


def test_screening_finds_the_listed_russian_officials() -> None:
    screener = Screener.from_sources(["eu", "ofac"], scope="all")
    found = 0
    for hangul, listed in RUSSIAN:
        surname = listed.split()[-1].lower()
        hits = screener.screen_name(hangul, kind=EntityKind.PERSON)
        found += any(surname in fold_text(name.value) for h in hits[:3] for name in h.entry.names)
    assert found == len(RUSSIAN)


def test_b_and_r_readings_come_second() -> None:
    assert read_foreign_hangul("보리스") == ("voris", "boris")
    assert read_foreign_hangul("람잔") == ("lamzan", "ramzan")


@pytest.mark.parametrize("korean", ["김정은", "리병철", "최룡해", "김 여정", "남궁민", "박 정 천"])
def test_korean_names_are_not_read_as_foreign(korean: str) -> None:
    assert not looks_foreign(fold_text(korean))


@pytest.mark.parametrize(
    ("korean", "other"), [("김정은", "Kim Jong Un"), ("최룡해", "Choe Ryong Hae")]
)
def test_korean_names_keep_their_korean_reading(korean: str, other: str) -> None:
    assert compare_names(korean, other) >= 0.95


def test_another_person_with_the_same_given_name_stays_apart() -> None:
    assert compare_names("세르게이 쇼이구", "Sergei Viktorovich LAVROV") < DEFAULT_THRESHOLD


_SYLLABLES = "세르게이쇼구안드레벨로우소프발리시모라브블디미푸틴김정은박"


@given(st.text(alphabet=_SYLLABLES + " ", max_size=14))
def test_readings_are_folded_latin(text: str) -> None:
    for reading in read_foreign_hangul(text):
        assert reading == fold_text(reading)
        assert reading.isascii()


# The same officials as Japanese writes them in katakana (Japan lists sanctioned Russians
# so), read by normalize.kana_foreign.
KATAKANA: list[tuple[str, str]] = [
    ("セルゲイ・ショイグ", "Sergei Kuzhugetovich SHOIGU"),
    ("セルゲイ・ラブロフ", "Sergey Viktorovich LAVROV"),
    ("セルゲイ・ラヴロフ", "Sergey Viktorovich LAVROV"),
    ("ウラジーミル・プーチン", "Vladimir Vladimirovich PUTIN"),
    ("ミハイル・ミシュスチン", "Mikhail Vladimirovich MISHUSTIN"),
    ("マリア・ザハロワ", "Maria Vladimirovna ZAKHAROVA"),
    ("ニコライ・パトルシェフ", "PATRUSHEV, Nikolai"),  # as OFAC lists them
    ("ワレンチナ・マトヴィエンコ", "MATVIENKO, Valentina"),
]


@pytest.mark.parametrize(("katakana", "listed"), KATAKANA)
def test_a_russian_name_in_katakana_meets_its_latin_listing(katakana: str, listed: str) -> None:
    assert compare_names(katakana, listed, kind=EntityKind.PERSON) >= DEFAULT_THRESHOLD


def test_katakana_vowels_japanese_adds_are_dropped() -> None:
    assert read_foreign_katakana("セルゲイ ラブロフ") == (
        "sergei lavrov",
        "sergei rabrof",
        "selgei lavlov",  # every ラ行 as л, バ行 as в, ジ as д
        "sergei ravrov",  # a first ラ行 as р
    )
    assert read_foreign_katakana("プーチン") == ("putin",)  # ー keeps the u
    assert read_foreign_katakana("キム 金") == ()  # not all katakana


@pytest.mark.parametrize(
    ("katakana", "listed"),
    [
        # ジェ for де, ベ for ве, ロ for ло in the middle of a name.
        ("ドミトリー・メドヴェージェフ", "Дмитрий Анатольевич МЕДВЕДЕВ"),
        ("ドミトリー・メドベージェフ", "Dmitry MEDVEDEV"),
        ("アレクサンドル・コズロフ", "Aleksandr KOZLOV"),
        ("ラムザン・カディロフ", "Ramzan KADYROV"),  # a first ラ as р
        ("ルスラン・ツァリコフ", "Ruslan TSALIKOV"),  # a first ル is a syllable
    ],
)
def test_katakana_russian_names_with_d_l_and_v(katakana: str, listed: str) -> None:
    assert compare_names(katakana, listed, kind=EntityKind.PERSON) >= DEFAULT_THRESHOLD


@given(st.text(alphabet="セルゲイショグラブロフウジーミプチンマリアザハワッ・ ", max_size=14))
def test_katakana_readings_are_folded_latin(text: str) -> None:
    for reading in read_foreign_katakana(text):
        assert reading == fold_text(reading)
        assert reading.isascii()


# The same officials in Chinese transcription (Xinhua characters, names cut at ·).
CHINESE: list[tuple[str, str]] = [
    ("谢尔盖·绍伊古", "SHOIGU, Sergey"),
    ("谢尔盖·拉夫罗夫", "LAVROV, Sergey"),
    ("弗拉基米尔·普京", "PUTIN, Vladimir"),
    ("瓦列里·格拉西莫夫", "GERASIMOV, Valery"),
    ("德米特里·梅德韦杰夫", "MEDVEDEV, Dmitry"),
    ("尼古拉·帕特鲁舍夫", "PATRUSHEV, Nikolai"),
    ("叶夫根尼·普里戈任", "PRIGOZHIN, Evgeny"),
    ("阿列克谢·克里沃鲁奇科", "KRIVORUCHKO, Aleksey"),
]


@pytest.mark.parametrize(("chinese", "listed"), CHINESE)
def test_a_russian_name_in_chinese_meets_its_latin_listing(chinese: str, listed: str) -> None:
    assert compare_names(chinese, listed, kind=EntityKind.PERSON) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize("chinese", ["习近平", "王伟", "金正恩", "李 明"])
def test_a_chinese_or_korean_name_gets_no_russian_reading(chinese: str) -> None:
    assert read_foreign_han(fold_text(chinese)) == ()
