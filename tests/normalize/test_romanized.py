"""Tests for sanctions_screen.normalize.romanized."""

from __future__ import annotations

import iuliia  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.romanized import (
    is_patronymic,
    romanization_key,
    spell_caron_letters,
)
from sanctions_screen.normalize.text import fold_text, tokenize

# One Russian name, spellings from the lists and the schemes (EU, OFAC, ICAO passports,
# BGN/PCGN, German, Polish, ISO 9 after folding): each group must share one key.
SAME_NAME: list[tuple[str, ...]] = [
    ("yuri", "yury", "yuriy", "iurii", "jurij"),
    ("sergei", "sergey", "sergej"),
    ("shoigu", "shoygu", "schoigu", "szojgu"),
    ("dmitry", "dmitri", "dmitrii", "dmitriy", "dmitrij"),
    ("yevgeny", "yevgeniy", "evgeny", "evgenii", "evgenij", "jewgeni"),
    ("aleksei", "alexei", "aleksey", "alexey", "alexej", "aleksej"),
    ("aleksandr", "alexandr", "alexander", "aleksander"),
    ("pyotr", "petr", "piotr"),
    ("fyodor", "fedor", "fiodor"),
    ("natalya", "natalia", "nataliya", "natalja"),
    ("vyacheslav", "viacheslav", "wjatscheslaw"),
    ("shchukin", "schtschukin", "szczukin"),
    ("mikhail", "mihail"),
    ("maksim", "maxim"),
    ("gennady", "gennadiy", "genadij", "gennadii"),
    ("yakovlev", "iakovlev", "jakowlew"),
    ("yuryevich", "yurievich", "yurevich", "jurjewitsch"),
    ("kuznetsov", "kuznecov", "kuznetsow"),
    ("goritsky", "gorickij", "goritskiy", "goritskii"),
    ("andreyev", "andreev", "andrejew"),
    ("tsvetkov", "cvetkov"),
]

# Different names that must keep different keys: Korean syllables that these schemes
# would otherwise merge (j/y, yo/e, doubled consonants), and look-alike Russian names.
DIFFERENT: list[tuple[str, str]] = [
    ("jong", "yong"),
    ("jongun", "yongun"),
    ("pyong", "peng"),
    ("ssang", "sang"),
    ("ju", "yu"),  # so 'Juri', also read as Korean 주리, keeps its j
    ("juri", "yuri"),
    ("ivan", "ivana"),
    ("yuri", "yura"),
    ("sergei", "sergeev"),
    ("maria", "mario"),
]


@pytest.mark.parametrize("spellings", SAME_NAME)
def test_spellings_of_one_name_share_a_key(spellings: tuple[str, ...]) -> None:
    assert len({romanization_key(s) for s in spellings}) == 1, {
        s: romanization_key(s) for s in spellings
    }


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert romanization_key(a) != romanization_key(b)


@pytest.mark.parametrize(
    "scheme", ["BGN_PCGN", "ALA_LC", "GOST_779", "SCIENTIFIC", "UNGEGN_1987", "TELEGRAM"]
)
@pytest.mark.parametrize(
    "name", ["Юрий", "Сергей", "Дмитрий", "Евгений", "Алексей", "Пётр", "Наталья", "Вячеслав"]
)
def test_iuliia_schemes_meet_the_english_spelling(scheme: str, name: str) -> None:
    # The English press spelling against each scheme's, carons spelt out first.
    english = romanization_key(fold_text(iuliia.WIKIPEDIA.translate(name)))
    written = getattr(iuliia, scheme).translate(name)
    keys = {romanization_key(fold_text(written))}
    spelled = spell_caron_letters(written)
    if spelled is not None:
        keys.add(romanization_key(fold_text(spelled)))
    assert english in keys, (written, keys)


def test_tokens_other_than_ascii_letters_are_their_own_key() -> None:
    for token in ("ким", "김", "12", "b2b", ""):
        assert romanization_key(token) == token


def test_spell_caron_letters() -> None:
    assert spell_caron_letters("Dmitrij Jurʹevič GORICKIJ") == "Dmitrij Jurʹevich GORICKIJ"
    assert spell_caron_letters("ŠVECOVA Lilija") == "ShVECOVA Lilija"
    assert spell_caron_letters("Žukov Ŝukin") == "Zhukov Shchukin"
    assert spell_caron_letters("Kim Jong Un") is None
    assert spell_caron_letters("Natalʹâ") == "Natalʹya"  # ISO 9 я
    assert spell_caron_letters("Müller") is None  # no caron: nothing to spell


@pytest.mark.parametrize(
    "token",
    [
        "sergeyevich",
        "sergeevich",
        "kuzhugetovich",
        "aleksandrovna",
        "ilyinichna",
        "yurievich",
        "jurjewitsch",
        "frantsivna",  # Ukrainian
        "anatoliyovych",
        "alyaksandravich",  # Belarusian
        "михайлович",
        "марковна",
    ],
)
def test_patronymics(token: str) -> None:
    assert is_patronymic(token)


@pytest.mark.parametrize(
    "token", ["aleksandrov", "alexandrova", "ivanov", "petrovic", "vich", "михайлов", "kim"]
)
def test_not_patronymics(token: str) -> None:
    assert not is_patronymic(token)


_ASCII_TOKEN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)


@given(_ASCII_TOKEN)
def test_key_of_a_token_is_lowercase_letters(token: str) -> None:
    key = romanization_key(token)
    assert key.isascii()
    assert key.isalpha()
    assert key == key.lower()


@given(st.text(max_size=30))
def test_keys_of_folded_tokens_are_total(text: str) -> None:
    for token in tokenize(text):
        assert isinstance(romanization_key(token), str)
