"""Russian organisation names read in the English the lists write them in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize import fold_text
from sanctions_screen.normalize.forms import latin_forms
from sanctions_screen.normalize.russian_orgs import (
    RUSSIAN_ORG_WORDS,
    read_russian_org_name,
    read_transliterated_russian_org_name,
)


def _read(text: str) -> tuple[str, ...]:
    return read_russian_org_name(fold_text(text))


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        # Business words in English whatever their case; the place of a place adjective.
        ("АО «Смоленский авиационный завод»", "ao smolensk aviation plant"),
        ("ООО Судоходная компания Люкстранс", "ooo shipping company lyukstrans"),
        (
            "АО Центральный научно-исследовательский институт Буревестник",
            "ao central research institute burevestnik",
        ),
        # -цкий is a place too; genitive cases of the business words.
        (
            "Государственное унитарное предприятие Донецкой Народной Республики",
            "state unitary enterprise donetsk peoples republic",
        ),
        # After 'имени', a man's surname in the genitive is his name; 'имени' itself the
        # lists often leave out.
        ("ОАО Завод имени В.А. Дегтярева", "oao plant v a degtyarev"),
        # ё is е.
        ("Казанский вертолётный завод", "kazansk helicopter plant"),
    ],
)
def test_reading(name: str, reading: str) -> None:
    assert _read(name)[0] == reading


def test_second_form_keeps_what_lists_also_write() -> None:
    # The adjective as written (Zavolzhsky), the second English word, 'named after'.
    assert _read("ЗАО Заволжский завод")[1] == "zao zavolzhsky plant"
    assert _read("Фонд Русский мир")[1] == "fund russky mir"
    assert _read("Завод имени Дегтярева")[1] == "plant named after degtyareva"


@pytest.mark.parametrize(
    "name",
    [
        "Сергей Кужугетович Шойгу",  # a person
        "Иван Банков",  # a kind word that is a surname
        "Научный",  # one word
        "Смоленский авиационный",  # business words, but no kind word or legal form
    ],
)
def test_not_an_organisation(name: str) -> None:
    assert _read(name) == ()


def test_beside_a_latin_legal_form_a_business_word_is_enough() -> None:
    assert read_russian_org_name("научный поиск", known_org=True) == (
        "scientific poisk",
        "research poisk",
    )
    assert latin_forms("AO Казанский вертолетный завод")[0] == "ao kazansk helicopter plant"


def test_the_reading_comes_first_and_the_transliterations_stay() -> None:
    forms = latin_forms("АО «Смоленский авиационный завод»")
    assert forms[:2] == ("ao smolensk aviation plant", "ao smolensky aviation plant")
    assert "ao smolensky aviatsionny zavod" in forms


# Words that make a name a Korean body's reorder it (see the Korean tests below).
_WORDS = st.sampled_from(sorted(set(RUSSIAN_ORG_WORDS) - {"корейск"}))
_ENDING = st.sampled_from(["", "а", "ы", "ого", "ой", "ий", "ая", "ое", "ых", "ами"])
_CYRILLIC = st.text(alphabet="абвгдежзийклмнопрстуфхцчшщъыьэюя", min_size=1, max_size=10)


@given(
    st.lists(st.one_of(st.tuples(_WORDS, _ENDING).map("".join), _CYRILLIC), min_size=1, max_size=6)
)
def test_readings_are_latin_and_keep_the_words_in_order(words: list[str]) -> None:
    forms = read_russian_org_name(" ".join(["завод", *words]))
    assert forms  # a kind word: read as an organisation
    for form in forms:
        assert form.isascii()
        assert form.split()[0] == "plant"
    # English and as written, and a Korean word's finals read ng (Тонхынсан).
    assert len(forms) == len(set(forms)) <= 3


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        # As payment messages and OFAC write Russian firms: schemes vary, endings too.
        ("AO Smolenskiy Aviatsionnyy Zavod", "ao smolensk aviation plant"),
        ("OAO Smolenskii Aviatsionnyi Zavod", "oao smolensk aviation plant"),
        (
            "Aktsionernoe Obshchestvo Kontsern VKO Almaz-Antei",
            "aktsionernoe obshchestvo concern vko almaz antei",
        ),
        (
            "FGUP Tsentralnyy Nauchno-Issledovatelskiy Institut Khimii i Mekhaniki",
            "fgup central research institute chemistry and mechanics",
        ),
        ("OAO Zavod imeni Degtyareva", "oao plant degtyarev"),
    ],
)
def test_reading_in_latin_letters(name: str, reading: str) -> None:
    assert read_transliterated_russian_org_name(fold_text(name))[0] == reading


@pytest.mark.parametrize(
    "name",
    [
        "Smolensk Aviation Plant",  # English already
        "First National Bank",  # kind words spelt as in English do not make it Russian
        "Ivan Bankov",
        "Zavod",  # one word
    ],
)
def test_not_transliterated_russian(name: str) -> None:
    assert read_transliterated_russian_org_name(fold_text(name)) == ()


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        # A Korean body's proper name in Kontsevich Cyrillic is read as Korean.
        ("Корейская торговая корпорация «Тангун»", "korea trading corporation tangun"),
        ("Корейская генеральная корпорация «Рёнбон»", "korea general corporation ryonbon"),
        # Without a word saying it is Korean, a spelling only Korean words have (чх).
        ("Танчхонский коммерческий банк", "tanchon commercial bank"),
        ("Международный банк «Ильсим»", "international bank ilsim"),  # not read as Korean
        # Its kind word goes after the words qualifying it, as the lists' English has it.
        ("Корейский объединённый банк развития", "korea united development bank"),
        ("Банк внешней торговли КНДР", "foreign trade bank dprk"),
        ("Отдел пропаганды и агитации", "department propaganda and agitation"),  # not Korean
        # Modifiers of the next kind word stay with it.
        (
            "Стратегические ракетные войска Корейской народной армии",
            "strategic rocket forces korea peoples army",
        ),
    ],
)
def test_korean_bodies_written_in_russian(name: str, reading: str) -> None:
    assert _read(name)[0] == reading


def test_a_state_body_of_the_russian_federation() -> None:
    name = "Министерство обороны Российской Федерации"
    assert _read(name)[0] == "ministry defence russian federation"


def test_a_korean_body_is_also_read_without_the_body_it_belongs_to() -> None:
    forms = _read("Отдел военной промышленности ЦК ТПК")
    assert forms[0] == "military industry department central committee workers party of korea"
    assert forms[-1] == "military industry department"
    assert _read("Стратегические ракетные войска Корейской народной армии")[-1] == (
        "strategic rocket forces"
    )
    assert len(_read("Корейская народная армия")) == 2  # nothing of its own left


def test_a_russian_name_is_not_read_as_korean() -> None:
    # Place adjectives and Russian words keep their Russian reading, in a Korean body's
    # name too where they do not read as Korean.
    assert _read("Смоленский авиационный завод")[0] == "smolensk aviation plant"
    assert _read("Научно-исследовательский институт двигателей")[0] == (
        "research institute engines"
    )


@given(
    st.lists(st.one_of(st.tuples(_WORDS, _ENDING).map("".join), _CYRILLIC), min_size=1, max_size=6)
)
def test_korean_body_readings_are_latin_and_at_most_four(words: list[str]) -> None:
    forms = read_russian_org_name(" ".join(["корейская", "корпорация", *words]))
    assert forms
    for form in forms:
        assert form.isascii()
        assert form.split()[0] in ("korea", "korean")
    # ... and without the parent body the name ends with.
    assert len(forms) == len(set(forms)) <= 4
