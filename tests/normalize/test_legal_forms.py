"""Tests for sanctions_screen.normalize.legal_forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize.forms import latin_forms
from sanctions_screen.normalize.legal_forms import (
    GENERIC_ORG_TOKENS,
    LEGAL_FORM_KEYS,
    is_legal_form_only,
    spell_native_legal_forms,
    split_legal_forms,
    strip_vessel_prefix,
)
from sanctions_screen.normalize.text import tokenize

# Folded-and-tokenised name -> (core, legal forms). Names from the UN KPe, EU and OFAC
# DPRK and Russia lists.
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Korea Namgang Trading Corporation", ("korea", "namgang"), ("trading",)),
    ("Korea Namgang Trading Company", ("korea", "namgang"), ("trading",)),
    ("CHONMYONG SHIPPING CO", ("chonmyong", "shipping"), ("co",)),
    ("Chonmyong Shipping Co., Ltd.", ("chonmyong", "shipping"), ("co", "ltd")),
    ("LLC Vostochnaya Stevedoring", ("vostochnaya", "stevedoring"), ("llc",)),
    ("Vostochnaya Stevedoring L.L.C.", ("vostochnaya", "stevedoring"), ("llc",)),
    (
        "Vostochnaya Stevedoring Limited Liability Company",
        ("vostochnaya", "stevedoring"),
        ("llc",),
    ),
    ("ООО Восточная Стивидорная Компания", ("восточная", "стивидорная"), ("llc", "co")),
    ("OOO Sovfracht", ("sovfracht",), ("llc",)),
    (
        "Obshchestvo s ogranichennoy otvetstvennostyu MG-Flot",
        ("mg", "flot"),
        ("llc",),
    ),
    ("PJSC TransContainer", ("transcontainer",), ("jsc",)),
    ("ПАО ТрансКонтейнер", ("трансконтейнер",), ("jsc",)),
    ("Public Joint Stock Company TransContainer", ("transcontainer",), ("jsc",)),
    ("AO Kronshtadt", ("kronshtadt",), ("jsc",)),
    ("Joint-Stock Company Kronshtadt", ("kronshtadt",), ("jsc",)),
    (
        "Korea General Corporation for External Construction",
        ("korea", "for", "external", "construction"),
        ("general", "corp"),
    ),
    ("Korea Rungrado General Trading Corporation", ("korea", "rungrado", "general"), ("trading",)),
    (
        "Leader (Hong Kong) International Trading Limited",
        ("leader", "hong", "kong", "international", "trading"),
        ("ltd",),
    ),
    ("Siemens AG", ("siemens",), ("jsc",)),
    ("Acme GmbH", ("acme",), ("llc",)),
    ("Acme Inc.", ("acme",), ("inc",)),
    ("Acme plc", ("acme",), ("plc",)),
    ("Ri Sa Nam", ("ri", "sa", "nam"), ()),  # "sa" mid-name is the syllable 사
    ("Company", ("company",), ()),
    ("", (), ()),
]


@pytest.mark.parametrize(("name", "core", "legal"), CASES)
def test_split_legal_forms(name: str, core: tuple[str, ...], legal: tuple[str, ...]) -> None:
    assert split_legal_forms(tokenize(name)) == (core, legal)


def test_split_legal_forms_accepts_lists() -> None:
    assert split_legal_forms(["acme", "ltd"]) == (("acme",), ("ltd",))


def test_generic_tokens() -> None:
    for token in ("korea", "korean", "trading", "general", "group", "international"):
        assert token in GENERIC_ORG_TOKENS
    assert "shipping" in GENERIC_ORG_TOKENS
    assert "co" in GENERIC_ORG_TOKENS
    assert "namgang" not in GENERIC_ORG_TOKENS
    assert {"llc", "jsc", "co", "corp", "ltd"} <= LEGAL_FORM_KEYS


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("M/V CHON MYONG 1", ("chon", "myong", "1")),
        ("MV Chon Myong 1", ("chon", "myong", "1")),
        ("M.T. Yu Jong 2", ("yu", "jong", "2")),
        ("MT YU JONG 2", ("yu", "jong", "2")),
        ("SS Rye Song Gang 1", ("rye", "song", "gang", "1")),
        ("Chon Myong 1", ("chon", "myong", "1")),
        ("MV", ("mv",)),
    ],
)
def test_strip_vessel_prefix(name: str, expected: tuple[str, ...]) -> None:
    assert strip_vessel_prefix(tokenize(name)) == expected


@given(st.text())
def test_split_legal_forms_total(text: str) -> None:
    tokens = tokenize(text)
    core, legal = split_legal_forms(tokens)
    assert set(legal) <= LEGAL_FORM_KEYS
    assert set(core) <= set(tokens)
    assert bool(core) == bool(tokens)
    strip_vessel_prefix(tokens)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Co., Ltd.", True),
        ("LLC", True),
        ("Joint Stock Company", True),
        ("Ryonbong Co", False),
        ("Company", True),
        ("", False),
    ],
)
def test_is_legal_form_only(name: str, expected: bool) -> None:
    assert is_legal_form_only(tokenize(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("horizon exports 有限公司", "horizon exports co ltd"),
        ("巨航航空科技有限公司", "巨航航空科技 co ltd"),
        ("中国航天科工股份有限公司", "中国航天科工 co ltd"),
        ("star consulting 유한회사", "star consulting llc"),
        ("주식회사 조선", "co ltd 조선"),
        ("株式会社トヨタ", "co ltd トヨタ"),
        ("유한", "유한"),  # a given name, not a legal form
    ],
)
def test_native_legal_forms_are_spelt_in_latin(text: str, expected: str) -> None:
    assert spell_native_legal_forms(text) == expected


def test_a_legal_form_in_another_script_joins_the_name() -> None:
    # One form each, with the legal form weighed as such, not a name of its own
    # ('yu han gong sa' read as Korean syllables, 'ooo' as a second name).
    assert latin_forms("Horizon Exports 有限公司") == ("horizon exports co ltd",)
    assert latin_forms("Romashka ООО") == ("romashka ooo",)
    assert latin_forms("Star Consulting 유한회사") == ("star consulting llc",)
