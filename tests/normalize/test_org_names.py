"""Tests for sanctions_screen.normalize.org_names: organisations named in Korean or
Chinese, read as the lists write them in English."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import (
    DEFAULT_THRESHOLD,
    Counterparty,
    EntityKind,
    Screener,
    compare_names,
    load_bundled,
)
from sanctions_screen.normalize.org_names import (
    KIND_WORDS,
    KOREAN_ORG_WORDS,
    MIN_ORG_LENGTH,
    read_han_org_name,
    read_korean_org_name,
)
from sanctions_screen.normalize.text import fold_text

ORG = EntityKind.ORGANIZATION

# DPRK bodies as Korean writes them, against their names on the UN, EU and OFAC lists.
KOREAN: list[tuple[str, str]] = [
    ("조선련봉총회사", "Korea Ryonbong General Corporation"),
    ("조선광업개발무역회사", "Korea Mining Development Trading Corporation"),
    ("외국무역은행", "Foreign Trade Bank"),
    ("조선광선은행", "Korea Kwangson Banking Corporation"),
    ("단군무역회사", "Korea Tangun Trading Corporation"),
    ("정찰총국", "Reconnaissance General Bureau"),
    ("청천강해운회사", "Chongchongang Shipping Company"),
    ("원자력총국", "General Bureau of Atomic Energy"),
]

# The same in Han characters (as Chinese trade papers write DPRK firms), and Chinese firms
# on the lists, simplified and traditional.
HAN: list[tuple[str, str]] = [
    ("朝鲜矿业开发贸易公司", "Korea Mining Development Trading Corporation"),
    ("朝鲜光鲜银行", "Korea Kwangson Banking Corporation"),
    ("朝鮮聯峰總公司", "Korea Ryonbong General Corporation"),
    ("丹东鸿祥实业发展有限公司", "Dandong Hongxiang Industrial Development Co., Ltd"),
    ("丹东至诚金属材料有限公司", "Dandong Zhicheng Metal Materials Co., Ltd"),
    ("華信船務(香港)有限公司", "Huaxin Shipping Hongkong Ltd"),
    # 国家 is 'state' or 'national', as 국가 is.
    ("国家宇宙开发局", "National Aerospace Development Administration"),
]


@pytest.mark.parametrize(("native", "listed"), KOREAN + HAN)
def test_a_body_named_in_korean_or_chinese_meets_its_english_listing(
    native: str, listed: str
) -> None:
    assert compare_names(native, listed, kind=ORG) >= DEFAULT_THRESHOLD
    assert compare_names(native, listed) >= DEFAULT_THRESHOLD  # kind not given


@pytest.mark.parametrize(
    ("native", "other"),
    [
        ("조선련봉총회사", "Korea Ryongaksan General Trading Corporation"),
        ("단군무역회사", "Korea Namgang Trading Corporation"),
        ("조선광선은행", "Korea Kwangsong Trading Corporation"),
        ("丹东鸿祥实业发展有限公司", "Dandong Zhicheng Metallic Material Co., Ltd"),
        ("朝鲜矿业开发贸易公司", "Korea Ryonbong General Corporation"),
    ],
)
def test_another_body_with_the_same_business_words_stays_apart(native: str, other: str) -> None:
    assert compare_names(native, other, kind=ORG) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "person", ["김정은", "리병철", "최룡해", "박정천", "리성철", "김성남", "정성", "강상사"]
)
def test_a_korean_personal_name_gets_no_organisation_reading(person: str) -> None:
    assert read_korean_org_name(person) == ()


@pytest.mark.parametrize("person", ["金正恩", "习近平", "李明", "金铁三"])
def test_a_han_personal_name_gets_no_organisation_reading(person: str) -> None:
    assert read_han_org_name(person) == ()


def test_the_proper_name_is_one_word_in_dprk_style_then_revised() -> None:
    assert read_korean_org_name("조선백호무역회사") == (
        "korea paekho trading company",
        "korea baekho trading company",
    )


def test_the_cut_leaves_fewest_characters_outside_business_words() -> None:
    # Greedy from the left would take 光電 (optoelectronics) out of 陽光 + 電子.
    assert read_han_org_name("陽光電子科技")[0] == "yangguang electronics technology"


def test_a_chinese_firm_name_is_also_read_in_korean() -> None:
    # A DPRK firm written in Han by a Chinese counterparty (檀君, Tangun; 大成, Taesong).
    assert read_han_org_name("檀君贸易公司") == ("tanjun trading company", "tangun trading company")
    assert compare_names("檀君贸易公司", "KOREA TANGUN TRADING CORPORATION", kind=ORG) >= 0.9
    assert compare_names("大成银行", "TAESONG BANK", kind=ORG) >= 0.95
    # 高丽 (Koryo) marks a Korean body: Korean only.
    assert read_han_org_name("高丽航空") == ("koryo aviation", "koryo air")
    assert compare_names("高麗航空", "AIR KORYO", kind=ORG) >= 0.9
    assert compare_names("고려항공", "AIR KORYO", kind=ORG) >= 0.9


def test_a_second_rendering_gives_a_second_form() -> None:
    forms = read_korean_org_name("영변 원자력 연구소")
    assert "yongbyon atomic energy research centre" in forms
    assert "yongbyon nuclear research centre" in forms
    assert (
        compare_names("녕변 원자력 연구소", "Yongbyon Nuclear Scientific Research Centre", kind=ORG)
        >= DEFAULT_THRESHOLD
    )


def test_beside_a_legal_form_a_short_name_is_an_organisation() -> None:
    assert read_han_org_name("保利科技") == ()  # four characters: could be a name
    assert read_han_org_name("保利科技", known_org=True)[0] == "baoli technology"
    assert compare_names("保利科技有限公司", "Baoli Technology Co Ltd", kind=ORG) >= 0.9


def test_choson_is_korea_and_banking_is_bank() -> None:
    score = compare_names("Chosun Kwangson Bank", "Korea Kwangson Banking Corporation")
    assert score >= DEFAULT_THRESHOLD
    screener = Screener.from_sources(["un"])  # listed as '... CORPORATION (KKBC)'
    hit = screener.screen_name("Chosun Kwangson Bank")[0]
    assert hit.entry.reference == "KPe.025"
    assert "chosun~korea 0.92 (one word)" in hit.explanation


def test_screening_a_korean_name_finds_the_listed_body() -> None:
    screener = Screener.from_sources(["un"])
    hit = screener.screen_name("조선련봉총회사", kind=ORG)[0]
    assert hit.entry.reference == "KPe.002"
    assert hit.query_name == "korea ryonbong general corporation"


def test_the_lists_own_han_and_hangul_names_meet_their_latin_names() -> None:
    """Every organisation the bundled lists also name in Han or Hangul, screened by that
    name against the lists with such names left out: most are found by their English
    names (the rest are brand names translated or sound-spelt, see the module)."""
    entries = load_bundled(scope="all")
    native: list[tuple[str, str, EntityKind]] = []
    latin_only = []
    for entry in entries:
        names = [
            n
            for n in entry.names
            if any("\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in n.value)
        ]
        if entry.kind is not EntityKind.PERSON:
            native += [(n.value, entry.id, entry.kind) for n in names]
        kept = tuple(n for n in entry.names if n not in names)
        latin_only.append(entry.model_copy(update={"names": kept or entry.names}))
    screener = Screener(latin_only)
    found = [
        entry_id in {h.entry.id for h in screener.screen(Counterparty(name=name, kind=kind)).hits}
        for name, entry_id, kind in native
    ]
    assert len(found) >= 30
    assert sum(found) / len(found) >= 0.66


_SYLLABLES = sorted({c for word in KOREAN_ORG_WORDS for c in word} | set("김정은리병철박련봉"))


@given(st.text(alphabet=[*_SYLLABLES, " "], max_size=12))
def test_korean_readings_are_folded_latin_and_only_of_organisations(text: str) -> None:
    forms = read_korean_org_name(text)
    for form in forms:
        assert form == fold_text(form)
        assert form.isascii()
    if forms and len(text.replace(" ", "")) < MIN_ORG_LENGTH:
        # A short name is read as an organisation's only through a kind word.
        assert any(kind in forms[0] for kind in KIND_WORDS)


_NAME_SYLLABLES = "김리박최정성철룡해병은남강현영광수일명혁국"


@given(st.text(alphabet=_NAME_SYLLABLES, min_size=2, max_size=4))
def test_a_name_of_personal_name_syllables_gets_no_organisation_reading(name: str) -> None:
    assert read_korean_org_name(name) == ()


@given(st.text(alphabet="朝鲜丹东鸿祥实业发展贸易公司银行金正恩科技 ", max_size=12))
def test_han_readings_are_folded_latin(text: str) -> None:
    for form in read_han_org_name(text):
        assert form == fold_text(form)
        assert form.isascii()


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Munitions Industry Dept", "Munitions Industry Department"),
        ("Chongchongang Shpg Co", "Chongchongang Shipping Company"),
        ("Ocean Maritime Mgmt Co", "Ocean Maritime Management Company, Limited"),
        ("Korea Natl Insurance Corp", "Korea National Insurance Corporation"),
        ("First Bank Int'l", "First International Bank"),
    ],
)
def test_abbreviated_organisation_words_meet_the_spelt_out_name(typed: str, listed: str) -> None:
    assert compare_names(typed, listed, kind=ORG) >= DEFAULT_THRESHOLD


def test_trade_is_not_a_generic_word() -> None:
    # Keyed like 'trading' (generic), 'Eastern Trade' would be little more than 'Eastern'.
    assert compare_names("Eastern Shipping GmbH", "EASTERN TRADE LLC", kind=ORG) < (
        DEFAULT_THRESHOLD
    )


def test_state_bodies_named_in_korean() -> None:
    assert (
        compare_names("국가우주개발국", "NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION", kind=ORG)
        >= 0.95
    )
    assert (
        compare_names(
            "조선민주주의인민공화국 국가해사감독국",
            "DPRK National Maritime Supervision Bureau",
            kind=ORG,
        )
        >= 0.9
    )


@pytest.mark.parametrize(
    ("han", "reading"),
    [
        # Words of the Korean table met through their Sino-Korean readings: a DPRK body
        # written in Han characters is made of its Korean name's words.
        ("军需工业部", "munitions industry department"),  # 군수공업부
        ("偵察総局", "reconnaissance general bureau"),  # 정찰총국, Japanese forms
        ("原子能工业省", "atomic energy industry ministry"),  # 공업성: a ministry
        ("万寿台创作社", "mansutae art studio"),  # 台 is read 태 (the hanja table's)
        ("朝鲜金山贸易会社", "korea kumsan trading company"),  # 金 in a firm's name: 금
    ],
)
def test_han_bodies_read_with_the_korean_words(han: str, reading: str) -> None:
    assert reading in read_han_org_name(fold_text(han))


def test_a_chinese_word_comes_before_its_korean_homophone() -> None:
    # 造船 reads 조선 (Korea) in Korean; in a Chinese name it is shipbuilding.
    assert read_han_org_name("大连造船有限公司")[0].startswith("dalian shipbuilding")


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("朝鲜劳动党军需工业部", "munitions industry department"),
        ("朝鲜人民军侦察总局", "reconnaissance general bureau"),
        ("조선로동당 중앙위원회 39호실", "39 office"),
    ],
)
def test_a_body_is_also_read_without_the_body_it_belongs_to(text: str, own: str) -> None:
    reader = read_korean_org_name if re.search("[가-힣]", text) else read_han_org_name
    assert reader(fold_text(text))[-1] == own


def test_central_is_the_parent_only_as_the_central_committee() -> None:
    forms = read_korean_org_name(fold_text("조선로동당 중앙군사위원회"))
    assert forms[-1] == "central military committee"  # the commission's own name
    assert "military committee" not in forms


@pytest.mark.parametrize(
    "text",
    [
        "조선인민군",  # the army itself
        "조선로동당 무역회사",  # nothing distinctive left: no form 'trading company'
    ],
)
def test_no_form_without_the_parent_when_nothing_of_its_own_is_left(text: str) -> None:
    forms = read_korean_org_name(fold_text(text))
    assert forms
    assert all(f.startswith("korea ") for f in forms), forms


@pytest.mark.parametrize(
    ("japanese", "reading"),
    [
        # Japanese writes a Korean body's proper name in katakana among kanji words.
        ("朝鮮リョンボン総会社", "korea ryonbon general corporation"),
        ("タンチョン商業銀行", "tanchon commercial bank"),
        ("ペクソル貿易会社", "peksol trading company"),
    ],
)
def test_a_katakana_proper_name_among_kanji_business_words(japanese: str, reading: str) -> None:
    assert read_han_org_name(fold_text(japanese))[0] == reading
