"""Screening names that mix scripts, on the real EU 269/2014 entries that do."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from sanctions_screen import (
    DEFAULT_THRESHOLD,
    Counterparty,
    EntityKind,
    SanctionsEntry,
    Screener,
    ScreeningStatus,
    load_bundled,
)
from sanctions_screen.matching import prepare_name


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_sources(["eu"], scope="all")


@pytest.fixture(scope="module")
def dprk() -> Screener:
    return Screener.from_sources()


def _top(screener: Screener, name: str) -> tuple[str, float]:
    hits = screener.screen_name(name)
    assert hits, name
    return hits[0].entry.reference, hits[0].score


def test_listed_names_with_latin_look_alikes_meet_their_cyrillic_spelling(
    screener: Screener,
) -> None:
    # Listed as 'Андрiй Юрiйович ПIНЧУК' and '‘Нарoдное oпoлчéние Дoнбáсса’' (Latin i, o).
    assert _top(screener, "Андрій Юрійович Пінчук") == ("269/2014 I.PERSONS/100", 1.0)
    assert _top(screener, "Народное ополчение Донбасса") == ("269/2014 I.ENTITIES/10", 1.0)
    reference, score = _top(screener, "Narodnoe Opolchenie Donbassa")
    assert reference == "269/2014 I.ENTITIES/10"
    assert score >= 0.95


def test_a_disguised_name_is_read_as_meant(dprk: Screener) -> None:
    for disguised in ("Kim Jоng Un", "ΚΙΜ JONG UN"):  # Cyrillic о; Greek Κ, Ι, Μ
        hits = dprk.screen_name(disguised)
        assert hits, disguised
        assert hits[0].score >= 0.99
        assert {h.entry.reference for h in hits if h.score >= 0.99} <= {
            h.entry.reference for h in dprk.screen_name("Kim Jong Un")
        }


def test_alternatives_in_one_listed_name_are_each_a_name(screener: Screener) -> None:
    # Listed as 'Olga Valerievna POZDNYAKOVA / Olga Valeryevna POZDNYAKOVA'.
    hit = screener.screen_name("Olga Valeryevna Pozdnyakova")[0]
    assert hit.entry.reference == "269/2014 I.PERSONS/167"
    assert hit.score == 1.0
    assert " / " in hit.listed_name  # the name as listed, whole


@pytest.mark.parametrize("name", ["Star Consulting 유한회사", "Horizon Exports 有限公司"])
def test_a_firm_with_a_native_legal_form_is_one_name(dprk: Screener, name: str) -> None:
    assert len(prepare_name(name)) == 1
    assert dprk.screen(Counterparty(name=name)).status is ScreeningStatus.CLEAR


def test_an_untyped_name_without_the_patronymic_meets_the_listed_person(
    screener: Screener,
) -> None:
    # Listed as 'Andrei Removich BELOUSOV' and 'Sergei Kuzhugetovich SHOIGU' (persons);
    # the query's kind is unknown, so the person's cost of a missing name part applies.
    for query, reference in [
        ("Andrei Belousov", "269/2014 I.PERSONS/1207"),
        ("Sergei Shoigu", "269/2014 I.PERSONS/212"),
    ]:
        hit = screener.screen_name(query)[0]
        assert hit.entry.reference == reference
        assert DEFAULT_THRESHOLD <= hit.score < 1.0


@pytest.mark.parametrize(
    ("query", "reference"),
    [
        ("Sergej Kužugetovič Šojgu", "269/2014 I.PERSONS/212"),  # scholarly
        ("Dmitrij Ûrʹevič Gorickij", "269/2014 I.PERSONS/769"),  # ISO 9 (GOST 7.79)
        ("Alexej Jurjewitsch Kriworutschko", "269/2014 I.PERSONS/1714"),  # German
    ],
)
def test_russian_names_in_schemes_the_list_does_not_use(
    screener: Screener, query: str, reference: str
) -> None:
    hits = screener.screen_name(query, kind=EntityKind.PERSON)
    assert hits, query
    assert hits[0].entry.reference == reference


@pytest.mark.parametrize(
    ("katakana", "listed"),
    [("キム・ジョンウン", "Kim Jong Un"), ("チェ・リョンヘ", "Choe Ryong Hae")],
)
def test_korean_names_in_katakana_meet_the_listing(
    dprk: Screener, katakana: str, listed: str
) -> None:
    hits = dprk.screen_name(katakana)
    assert hits, katakana
    assert hits[0].entry.id in {h.entry.id for h in dprk.screen_name(listed)}


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("V. Putin", "269/2014 I.PERSONS/669"),
        ("Putin V.V.", "269/2014 I.PERSONS/669"),
        ("Путин В.В.", "269/2014 I.PERSONS/669"),
        ("Шойгу С.К.", "269/2014 I.PERSONS/212"),
        ("Shoigu, S. K.", "269/2014 I.PERSONS/212"),
        ("Белоусов А.Р.", "269/2014 I.PERSONS/1207"),
        ("A. R. Belousov", "269/2014 I.PERSONS/1207"),
        # Letters that also spell a legal form (S.A.) after a surname alone: a person too.
        ("SHCHERBAKOV S.A.", "269/2014 I.PERSONS/182"),
        ("Щербаков С.А.", "269/2014 I.PERSONS/182"),
    ],
)
def test_a_surname_with_initials_meets_the_listed_person(
    screener: Screener, name: str, reference: str
) -> None:
    """Initials meet any word with their letter, which no key lookup finds: the index
    offers the people met by the surname who have a word for each initial."""
    hits = screener.screen(Counterparty(name=name)).hits
    assert reference in {h.entry.reference for h in hits}, name


def test_initials_do_not_make_a_firms_acronym_a_person(screener: Screener) -> None:
    # 'S.A.S.' closes a firm's name: not three initials to meet people with.
    assert not screener.screen(Counterparty(name="Han Exports S.A.S.")).hits


def _without_names(entries: Iterable[SanctionsEntry], script: re.Pattern[str]) -> Screener:
    """A screener over ``entries`` with every name written in ``script`` left out (an
    entry named only so keeps its names)."""
    kept_only = []
    for entry in entries:
        kept = tuple(n for n in entry.names if not script.search(n.value))
        kept_only.append(entry.model_copy(update={"names": kept or entry.names}))
    return Screener(kept_only)


@pytest.fixture(scope="module")
def latin_only() -> Screener:
    """The EU and OFAC lists (scope 'all') with every name in Cyrillic left out: a name
    written in Russian must find its entry through the lists' English names."""
    return _without_names(load_bundled(["eu", "ofac"], scope="all"), _CYRILLIC)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.mark.parametrize(
    ("russian", "listed"),
    [
        ("АО «Смоленский авиационный завод»", "JSC Smolensk Aviation Plant"),
        ("Казанский вертолётный завод", "JSC KAZAN HELICOPTER PLANT"),
        ("ООО Судоходная компания Люкстранс", "LLC Shipping Company Lyukstrans"),
        (
            "АО ЦНИИ: Центральный научно-исследовательский институт «Буревестник»",
            "JSC CENTRAL RESEARCH INSTITUTE ‘BUREVESTNIK’",
        ),
        ("Завод имени Дегтярёва", "Degtyarev Plant"),
        (
            "ПАО «Научно-производственное объединение «Искра»»",
            "PJSC ‘Research and Production Association ‘ISKRA’’ / PJSC NPO Iskra",
        ),
        (
            "Государственное унитарное предприятие Донецкой Народной Республики «Автодор»",
            "State Unitary Enterprise of the Donetsk People’s Republic ‘Avtodor’",
        ),
        ("Военно-патриотический центр «Вымпел»", "Military-patriotic centre ‘Vympel’"),
        # Media, movements, guards; unmanned systems, caterpillar tractors.
        ("Телеканал «Царьград»", "Tsargrad TV Channel"),
        # Army units with their number: '76-я' is the 76th.
        ("76-я гвардейская десантно-штурмовая дивизия", "76TH GUARDS AIRBORNE ASSAULT DIVISION"),
        ("64-я отдельная мотострелковая бригада", "64TH SEPARATE MOTORIZED RIFLE BRIGADE"),
        ("ООО «Десятый подшипниковый завод»", "Limited Liability Company 10th Bearing Plant"),
        ("Казачья национальная гвардия", "Cossack National Guard"),
        ("Общероссийский народный фронт", "All-Russia People’s Front (ONF)"),
        ("ООО «Беспилотные системы»", "Limited Liability Company Unmanned Systems"),
        (
            "ЗАО «Заволжский завод гусеничных тягачей»",
            "JSC ‘Zavolzhsky plant of caterpillar tractors’",
        ),
        # In Latin letters, as a payment message spells them.
        ("AO Smolenskiy Aviatsionnyy Zavod", "JSC Smolensk Aviation Plant"),
        ("OOO Sudokhodnaya Kompaniya Lyukstrans", "LLC Shipping Company Lyukstrans"),
        ("OAO Zavod imeni V.A. Degtyareva", "OJSC V.A. Degtyarev Plant"),
        ("AO Kazanskiy Vertoletnyy Zavod", "JSC KAZAN HELICOPTER PLANT"),
    ],
)
def test_a_russian_firm_name_finds_the_english_listing(
    latin_only: Screener, russian: str, listed: str
) -> None:
    hits = latin_only.screen(Counterparty(name=russian, kind=EntityKind.ORGANIZATION)).hits
    assert any(h.listed_name == listed for h in hits), [(h.listed_name, h.score) for h in hits]


@pytest.mark.parametrize(
    "russian",
    [
        "ООО «Смоленский молочный завод»",  # a dairy, not the aviation plant
        "АО «Казанский хлебозавод»",
        "ООО «Судоходная компания Онега»",
        "OOO Smolenskiy Molochnyy Zavod",
        "Телеканал «Ромашка»",
        "ООО «Беспилотные технологии Сибири»",
        "Северный народный фронт",
    ],
)
def test_a_russian_firm_name_does_not_meet_firms_sharing_its_business_words(
    latin_only: Screener, russian: str
) -> None:
    hits = latin_only.screen(Counterparty(name=russian, kind=EntityKind.ORGANIZATION)).hits
    assert not hits, [(h.listed_name, h.score) for h in hits]


@pytest.fixture(scope="module")
def dprk_latin_only() -> Screener:
    """The default scope with every name not in Latin letters left out: a DPRK body
    written in Russian, Chinese, Korean or Japanese must find its entry through the
    lists' English and romanised names."""
    return _without_names(load_bundled(scope="dprk"), _NOT_LATIN)


_NOT_LATIN = re.compile("[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


@pytest.mark.parametrize(
    ("name", "entry_id"),
    [
        # Russian: Korean proper names in Kontsevich Cyrillic, English word order.
        ("Корейская торговая корпорация «Тангун»", "un:KPe.008"),
        ("Корейская торговая корпорация «Канбон»", "un:KPe.043"),  # н as ng twice
        ("Танчхонский коммерческий банк", "un:KPe.003"),
        ("Корейский объединённый банк развития", "un:KPe.033"),
        ("Банк внешней торговли КНДР", "un:KPe.047"),
        ("Отдел военной промышленности ЦК ТПК", "un:KPe.028"),
        ("Авиакомпания «Эйр Корё»", "ofac:20520"),
        ("Стратегические ракетные войска Корейской народной армии", "un:KPe.046"),
        # 'Главное управление' of a DPRK body is a General Bureau (총국).
        ("Главное разведывательное управление КНА", "un:KPe.031"),
        ("Главное управление по атомной энергии КНДР", "un:KPe.007"),
        # Chinese and Japanese: the Korean words through their Sino-Korean readings.
        ("朝鲜劳动党军需工业部", "un:KPe.028"),
        ("侦察总局", "un:KPe.031"),
        ("偵察総局", "un:KPe.031"),
        ("朝鮮リョンボン総会社", "un:KPe.002"),  # katakana proper name, kanji words
        ("タンチョン商業銀行", "un:KPe.003"),
        ("原子能工业省", "un:KPe.027"),
        ("朝鲜外贸银行", "un:KPe.047"),
        ("国家安全保卫部", "ofac:20129"),
        # Korean: ministries (성), offices (호실), studios (창작사).
        ("조선로동당 중앙위원회 39호실", "un:KPe.030"),
        ("만수대창작사", "un:KPe.050"),
        ("원자력공업성", "un:KPe.027"),
    ],
)
def test_a_dprk_body_written_in_another_script_finds_its_entry(
    dprk_latin_only: Screener, name: str, entry_id: str
) -> None:
    hits = dprk_latin_only.screen(Counterparty(name=name)).hits
    assert any(h.entry.id == entry_id for h in hits), [(h.listed_name, h.score) for h in hits]


@pytest.mark.parametrize(
    "name",
    [
        "Корейская торговая компания «Ромашка»",  # a made-up Korean trading firm
        "Банк развития",  # 'development bank': generic words only
        "Министерство промышленности КНДР",  # no such listed ministry
        "大连造船有限公司",  # 造船 is shipbuilding, not 조선 (Korea)
        "朝鲜劳动党",  # the Party itself is not listed
    ],
)
def test_business_words_alone_do_not_meet_a_dprk_body(dprk_latin_only: Screener, name: str) -> None:
    hits = dprk_latin_only.screen(Counterparty(name=name)).hits
    assert not hits, [(h.listed_name, h.score) for h in hits]
