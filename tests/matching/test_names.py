"""Labelled name cases for every rule of the matching engine, and its invariants.

Each case table is (query, listed, kind); 'match' tables must score at or above
DEFAULT_THRESHOLD, 'distinct' tables below it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import DEFAULT_THRESHOLD, EntityKind, QueryError, compare_names
from sanctions_screen.matching import prepare_name, score_forms
from sanctions_screen.matching.forms import acronym_in_brackets

P, ORG, V = EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.VESSEL

Case = tuple[str, str, EntityKind | None]

KOREAN_AS_TYPED: list[Case] = [
    ("Kim Jong Un", "KIM Jong-un", P),
    ("Kim Jong Un", "Kim Jongun", P),
    ("Kim Jong Un", "Jong Un Kim", P),
    ("Kim Jong Un", "KIM, Jong Un", P),
    ("Ri Pyong Chol", "Ri Pyo’ng-ch’o’l", P),
    ("Ri Pyong Chol", "Lee Pyong Chol", P),
    ("Ri Pyong Chol", "Rhee Pyong Chol", P),
    ("Ri Pyong Chol", "Yi Pyong Chol", P),
    ("Pak Yong Sik", "Park Young Sik", P),
    ("Pak Yong Sik", "Bak Yong Sik", P),
    ("Choe Ryong Hae", "Choi Ryong Hae", P),
    ("Choe Ryong Hae", "CH'OE Ryong-hae", P),
    ("Jo Yong Won", "Cho Yong Won", P),
    ("O Kuk Ryol", "Oh Kuk Ryol", P),
    ("Ryu Jin", "Yu Jin", P),
    ("Sin Geum Cheol", "Shin Geum Cheol", P),
    ("Jang Song Thaek", "Chang Song Thaek", P),
    ("Rim Kyong Man", "Lim Kyong Man", P),
    ("Rim Kyong Man", "Im Kyong Man", P),
    ("Kim Jong Un", "Kim Jeong Eun", P),
    ("Kim Jong Un", "Kim Chong Un", P),
    ("Kim Jong Un", "Kim Chung Un", P),
    ("No Kwang Chol", "No Kwang Cheol", P),
    ("No Kwang Chol", "No Kwang Chul", P),
    ("Kim Song Nam", "Kim Seong Nam", P),
    ("Kim Song Nam", "Kim Sung Nam", P),
    ("Cha Yong Beom", "Cha Young Beom", P),
    ("Kim Yong Bok", "Kim Ryong Bok", P),
    ("CH'OE SO'K MIN", "Choe Sok Min", P),
    ("CH'OE SO’K MIN", "CHOE SOK MIN", P),
    ("Kim Dzong Un", "Kim Jong Un", P),
    ("Kim Tschong Un", "Kim Jong Un", P),  # German transcription
    ("Tschang Song Thaek", "Jang Song Thaek", P),
    ("Kim Chŏng-ŭn", "Kim Jong Un", P),
]

CROSS_SCRIPT: list[Case] = [
    ("노광철", "No Kwang Chol", P),
    ("김정은", "Kim Jong Un", P),
    ("金正恩", "Kim Jong Un", P),
    ("리병철", "Ri Pyong Chol", P),
    ("최룡해", "Choe Ryong Hae", P),
    ("Ким Чен Ын", "Kim Jong Un", P),
    ("Сергей Шойгу", "Sergei Shoigu", P),
    ("Сергей Шойгу", "Sergey Shoygu", P),
    ("Юрий Борисов", "Yuri Borisov", P),
    ("Юрий Борисов", "Yury Borisov", P),
    ("Юрий Борисов", "Iurii Borisov", P),
    ("Sergei Shoigu", "Sergey Shoygu", P),
    ("ООО Восточная Стивидорная Компания", "OOO Vostochnaya Stividornaya Kompaniya", ORG),
]

# Russian names in Latin, one list's scheme against another's (OFAC, EU, ICAO passports,
# German and scholarly spellings): no Cyrillic on either side.
RUSSIAN_IN_LATIN: list[Case] = [
    ("Iurii Borisov", "Yury Borisov", P),
    ("Yuriy Ivanovich Borisov", "Yuri Ivanovich BORISOV", P),
    ("Aleksandr Fomin", "Alexander Fomin", P),
    ("Alexei Krivoruchko", "Aleksey Krivoruchko", P),
    ("Evgenii Prigozhin", "Yevgeniy Prigozhin", P),
    ("Jewgeni Prigozhin", "Yevgeny Prigozhin", P),
    ("Pyotr Fradkov", "Petr Fradkov", P),
    ("Aleksey Ivanov", "Alexej Iwanow", P),
    ("Dmitrij Jurʹevič Goritskij", "Dmitry Yuryevich GORITSKY", P),  # scholarly
    ("Natalja Vitaljevna Poklonskaja", "Natalia Vitalievna POKLONSKAYA", P),
    # Without the patronymic (an untyped query against a listed person: test_screen_scripts).
    ("Andrei Belousov", "Andrey Removich BELOUSOV", P),
    ("Sergei Shoigu", "Sergey Kuzhugetovich SHOYGU", P),
]

ORGANISATIONS: list[Case] = [
    ("Korea Ryonbong General Corporation", "Ryonbong Gen. Corp.", ORG),
    ("Korea Ryonbong General Corporation", "KOREA RYONBONG GENERAL CORP", ORG),
    ("Chonmyong Shipping Co", "CHONMYONG SHIPPING CO., LTD.", ORG),
    ("MG-Flot LLC", "OOO MG-Flot", ORG),
    ("MG-Flot LLC", "ООО МГ-Флот", ORG),
    ("Sovfracht JSC", "AO Sovfracht", ORG),
    ("Sovfracht JSC", "АО Совфрахт", ORG),
    ("Missile General Bureau", "Missile General Bureau of the DPRK", None),
    ("Ryonbong", "Korea Ryonbong General Corporation", None),
    # Ordinals in digits are their number, whatever the kind (OFAC 37827).
    ("76TH GUARDS AIRBORNE ASSAULT DIVISION", "76 Guards Airborne Assault Division", None),
    ("64th Guards Motor Rifle Brigade", "64TH GUARDS MOTOR RIFLE BRIGADE", ORG),
    # A misspelt legal form still counts as written: the whole strings are alike.
    (
        "TACTICAL MISSILES CORPORATION JOYNT STOCK COMPANY",
        "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY",
        ORG,
    ),
]

ORGANISATIONS_DISTINCT: list[Case] = [
    ("Korea Ryonbong Trading Company", "Korea Kwangson Trading Company", ORG),
    ("Korea Mining Development Trading Corporation", "Korea Kumsan Trading Corporation", ORG),
    ("Korea Namgang Trading Corporation", "Korea Tangun Trading Corporation", ORG),
    ("Chonmyong Shipping Co", "Ocean Maritime Management Co", ORG),
    ("Co., Ltd.", "Korea Trading Co., Ltd.", ORG),
    # A letter in a firm's name is a name, not an initial.
    ("Summit Engineering LLC", "S 7 Engineering LLC", None),
    ("Summit Engineering LLC", "S-7 Engineering LLC", ORG),
    ("76th Guards Airborne Assault Division", "77th Guards Airborne Assault Division", None),
]

VESSELS: list[Case] = [
    ("MV CHON MYONG 1", "CHON MYONG 1", V),
    ("M/V CHON MYONG 1", "CHON MYONG 1", V),
    ("CHON MYONG 1", "Chon Myong 1", V),
    ("CHONMYONG 1", "CHON MYONG 1", V),
    ("M/V CHON MYONG-1", "CHON MYONG 1", V),
]

PEOPLE_DISTINCT: list[Case] = [
    ("Kim Jong Un", "Kim Jong Il", P),
    ("Kim Jong Un", "Kim Tong Un", P),
    ("Kim Jong Un", "Kim Song Hun", P),
    ("Kim", "Kim Jong Un", P),
    ("Ri", "Ri Pyong Chol", P),
    ("Jang Song Thaek", "Jang Song Nam", P),
    ("CHON MYONG 1", "CHON MYONG 2", V),
    ("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi", P),
    ("김종은", "김정은", P),
    ("John Lee", "Ri Chun Hwan", P),
    ("ANO Iskusstvo Krasoty", "LLC Iskusstvo Krasoty", ORG),
    # Korean syllables two romanisation schemes of Russian would merge stay apart.
    ("Kim Jong Un", "Kim Yong Un", P),
    ("Ri Pyong Chol", "Ri Peng Chol", P),
    ("Pak Hyok", "Pak Hek", P),
    ("Sergei Ivanov", "Sergeev Ivan", P),
    # A surname made from a given name is not that name's patronymic.
    ("Elena Alexandrova", "Elena Alexandrovna YAMPOLSKAYA", P),
    ("Olga Mikhailov", "KAZAKOVA, Olga Mikhailovna", P),
    ("Алексей Михайлов", "Алексей Михайлович ЖИГУЛИН", P),
    # Alike as strings through a shared surname, but another given name: the whole-string
    # comparison (for names split differently) does not apply.
    ("Kang Yoon-ra", "KANG Ryong", P),
    ("Kang Yoon-ra", "KANG Ryong", None),
    ("Kang In-young", "KANG Ryong", None),
    ("Cho Hwa-seung", "HWA SONG", None),
    ("Gong Ji-ok", "Gong Jiao", None),
]


@pytest.mark.parametrize(
    ("query", "listed", "kind"),
    KOREAN_AS_TYPED + CROSS_SCRIPT + RUSSIAN_IN_LATIN + ORGANISATIONS + VESSELS,
)
def test_variants_match(query: str, listed: str, kind: EntityKind | None) -> None:
    assert compare_names(query, listed, kind=kind) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("query", "listed", "kind"), ORGANISATIONS_DISTINCT + PEOPLE_DISTINCT)
def test_distinct_names_do_not_match(query: str, listed: str, kind: EntityKind | None) -> None:
    assert compare_names(query, listed, kind=kind) < DEFAULT_THRESHOLD


def test_exact_listed_name_beats_a_near_spelling() -> None:
    exact = compare_names("Ri Pyong Chol", "Ri Pyong Chol", kind=P)
    near = compare_names("Ri Pyong Chol", "Lee Pyong Chol", kind=P)
    reordered = compare_names("Ri Pyong Chol", "Pyong Chol Ri", kind=P)
    assert exact == 1.0
    assert 1.0 > reordered > DEFAULT_THRESHOLD
    assert 1.0 > near > DEFAULT_THRESHOLD


def test_a_scheme_variant_scores_below_the_listed_spelling() -> None:
    listed = "Yury Borisov"
    assert compare_names("Yury Borisov", listed, kind=P) == 1.0
    assert 1.0 > compare_names("Iurii Borisov", listed, kind=P) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("The Uncle", "The Uncle"),  # UN LYi.023, a nickname
        ("Omar the Chechen", "Omar the Chechen"),
        ("Butcher of Paoua", "The Butcher of Paoua"),
    ],
)
def test_articles_weigh_nothing_in_a_listed_persons_name(query: str, listed: str) -> None:
    """An untyped name drops 'the' and 'of' as a firm's does; so does a listed person's."""
    untyped = prepare_name(query)
    person = prepare_name(listed, EntityKind.PERSON)
    assert max(score_forms(a, b).score for a in untyped for b in person) >= 0.99


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("ALENEZI, Mohammad H A F", "ALENEZI, Mohammad H A F"),  # OFAC 21667
        ("Taleb H. A. J. Esmael", "ESMAEL, Taleb H. A. J."),  # OFAC 33332
        ("TUFAIL, S.M.", "TUFAIL, S.M."),
    ],
)
def test_an_untyped_name_with_initials_meets_the_listed_person(query: str, listed: str) -> None:
    """Letters in a row are an acronym in a firm's name and initials in a person's: an
    untyped name is read both ways."""
    untyped = prepare_name(query)
    person = prepare_name(listed, EntityKind.PERSON)
    assert max(score_forms(a, b).score for a in untyped for b in person) >= 0.98


def test_initials_are_paired_in_order() -> None:
    """'V.V.' is Vladimir Vladimirovich in that order: the surname moved to the front is
    a rotation, not a shuffle. Initials given in the other order are another person's."""
    untyped = prepare_name("Putin V.V.")
    putin = prepare_name("Vladimir Vladimirovich PUTIN", EntityKind.PERSON)
    assert max(score_forms(a, b).score for a in untyped for b in putin) >= 0.9
    shoigu = prepare_name("Shoigu S.K.")
    daughter = prepare_name("Kseniya Sergeyevna SHOIGU", EntityKind.PERSON)
    assert max(score_forms(a, b).score for a in shoigu for b in daughter) < DEFAULT_THRESHOLD


def test_letters_after_a_ship_prefix_are_an_acronym() -> None:
    assert [f.text for f in prepare_name("M.T.T. LTDA.")] == ["mtt ltd"]
    assert [f.text for f in prepare_name("M/V Chon Myong 1")] == ["chon myong 1"]
    # Letters ending a firm's name are its form, not initials: read once.
    assert [f.text for f in prepare_name("Han Exports S.A.S.")] == ["han exports sas"]


def test_kind_may_be_given_by_its_value() -> None:
    # A person may leave out a patronymic; an organisation's extra word costs more.
    as_value = compare_names("Andrei Belousov", "Andrei Removich Belousov", kind="person")
    assert as_value == compare_names("Andrei Belousov", "Andrei Removich Belousov", kind=P)
    assert as_value > compare_names(
        "Andrei Belousov", "Andrei Removich Belousov", kind="organization"
    )
    with pytest.raises(QueryError, match="unknown kind 'persn'"):
        compare_names("Andrei Belousov", "Andrei Belousov", kind="persn")


def test_an_untyped_query_takes_the_listed_kind_cost() -> None:
    # Only the listed side's kind is known: a person's missing patronymic costs what it
    # costs between two people, a firm's extra word what it costs between two firms.
    forms = prepare_name("Andrei Belousov")
    person = prepare_name("Andrei Removich Belousov", P)
    firm = prepare_name("Andrei Removich Belousov", ORG)
    untyped_v_person = max(score_forms(q, c).score for q in forms for c in person)
    untyped_v_firm = max(score_forms(q, c).score for q in forms for c in firm)
    assert untyped_v_person == compare_names("Andrei Belousov", "Andrei Removich Belousov", kind=P)
    assert untyped_v_firm == compare_names("Andrei Belousov", "Andrei Removich Belousov", kind=ORG)


def test_transliteration_scores_below_an_identical_spelling() -> None:
    assert compare_names("김정은", "Kim Jong Un") < compare_names("Kim Jong Un", "Kim Jong Un")


@pytest.mark.parametrize("unusable", ["", "   ", "-- // ..", "Co., Ltd.", "LLC"])
def test_unusable_names_have_no_form(unusable: str) -> None:
    assert prepare_name(unusable, ORG) == ()
    assert compare_names(unusable, "Korea Trading Co., Ltd.", kind=ORG) == 0.0


# Names that take the organisation and foreign-name readers (normalize.org_names,
# hangul_foreign, kana_foreign, han_foreign) and the ship suffix.
OTHER_READINGS = [
    "조선련봉총회사",
    "丹东鸿祥实业发展有限公司",
    "朝鮮鉱業開発貿易会社",
    "세르게이 쇼이구",
    "セルゲイ・ショイグ",
    "谢尔盖·绍伊古",
    "천마산호",
    "Sergei Shoigu",
    "Korea Ryonbong General Corporation",
    # Numbers, ordinals and initials, read more than one way when the kind is unknown.
    "Second Economic Committee",
    "76th Guards Airborne Assault Division",
    "Plant No. 8",
    "Шойгу С.К.",
    "Putin V.V.",
    "ALENEZI, Mohammad H A F",
    "SHCHERBAKOV S.A.",
]
NAMES = st.sampled_from(
    [
        c[0]
        for c in KOREAN_AS_TYPED + CROSS_SCRIPT + RUSSIAN_IN_LATIN + ORGANISATIONS + PEOPLE_DISTINCT
    ]
    + OTHER_READINGS
)
TEXT = st.one_of(NAMES, st.text(max_size=30))
KINDS = st.sampled_from([None, P, ORG, V])


@given(TEXT, TEXT, KINDS)
def test_scores_stay_in_unit_interval_and_are_symmetric(
    a: str, b: str, kind: EntityKind | None
) -> None:
    score = compare_names(a, b, kind=kind)
    assert 0.0 <= score <= 1.0
    assert compare_names(b, a, kind=kind) == score


@given(TEXT, KINDS)
def test_a_usable_name_scores_one_against_itself(name: str, kind: EntityKind | None) -> None:
    if prepare_name(name, kind):
        assert compare_names(name, name, kind=kind) == 1.0


@given(TEXT, TEXT)
def test_scores_are_deterministic(a: str, b: str) -> None:
    prepare_name.cache_clear()
    first = compare_names(a, b)
    prepare_name.cache_clear()
    assert compare_names(a, b) == first


@pytest.mark.parametrize(
    ("query", "listed", "reason"),
    [
        (
            "Aleksey Ivanov",
            "Alexej Iwanow",
            "aleksey~alexej 0.90 (one Russian name, two romanisations)",
        ),
        ("Ri Pyong Chol", "Lee Pyong Chol", "ri~lee 0.92 (one Korean syllable)"),
        (
            "Kim Jong Un",
            "Kim Jon Un",
            "jong~jon 0.38 (Korean syllables that only look alike: halved)",
        ),
        ("Ted Smith", "Theodore Smith", "ted~theodore 0.85 (diminutive)"),
        ("V. Putin", "Vladimir Putin", "v~vladimir 0.90 (initial)"),
        ("Igor Sechin", "Igor Sehcin", "sechin~sehcin 0.83 (spelling)"),  # a typo (OSA)
    ],
)
def test_the_detail_says_why_two_tokens_met(query: str, listed: str, reason: str) -> None:
    scored = score_forms(prepare_name(query, P)[0], prepare_name(listed, P)[0])
    assert reason in scored.detail


def test_a_ship_name_run_together_meets_its_listed_syllables() -> None:
    # 청천강 read from Kontsevich Cyrillic with its finals as ng: one word, one letter off
    # CHONG CHON GANG, whose syllables have Korean keys the word does not.
    assert compare_names("Chongchonggang", "CHONG CHON GANG", kind=EntityKind.VESSEL) >= (
        DEFAULT_THRESHOLD
    )


def test_a_persons_name_run_together_is_compared_by_its_syllables_keys() -> None:
    # The listed 'Jiang Wen-ji' reads as syllables (ji ang wen ji); 'Jiang Wei' is another
    # person, however alike the two are as strings.
    query = prepare_name("Jiang Wei", EntityKind.PERSON)[0]
    listed = prepare_name("Jiang Wen-ji", EntityKind.PERSON, listed=True)
    assert max(score_forms(query, form).score for form in listed) < DEFAULT_THRESHOLD


def test_a_firms_words_in_another_languages_order_still_meet() -> None:
    # 'Национальное управление аэрокосмических разработок' read word for word.
    org = EntityKind.ORGANIZATION
    reordered = "National Administration Aerospace Development"
    listed = "National Aerospace Development Administration"
    assert compare_names(reordered, listed, kind=org) >= DEFAULT_THRESHOLD
    # A word more and the rest shuffled is another body; people's names keep the cost.
    palestine = ("Popular Front for the Liberation of Palestine", "Palestine Liberation Front")
    assert compare_names(*palestine, kind=org) < DEFAULT_THRESHOLD
    assert compare_names("Salman bin Muhammad", "Muhammad bin Salman") < DEFAULT_THRESHOLD


def test_a_name_without_its_part_in_brackets_meets_at_a_discount() -> None:
    # The bracketed part may be left out (a place, an acronym, a former name), but the
    # name as written ranks first: one foundation's branch over the others.
    branch = "AL-HARAMAIN FOUNDATION (PAKISTAN)"
    assert compare_names(branch, branch) == 1.0
    assert 0.95 <= compare_names(branch, "AL-HARAMAIN FOUNDATION") < 1.0
    assert compare_names("Huaxin Shipping (HK) Ltd", "HUAXIN SHIPPING LTD") >= DEFAULT_THRESHOLD
    # Without its brackets a name must meet every word of the other: else the bracketed
    # part stands for the word it leaves unmet (another branch).
    ireland, japan = "Bowne Global Solutions (Ireland), Ltd.", "Bowne Global Solutions Japan, Inc."
    assert compare_names(ireland, japan, kind=EntityKind.ORGANIZATION) < DEFAULT_THRESHOLD
    # Both with a part in brackets, and not the same: two branches.
    hong_kong, singapore = "Bank of China (Hong Kong) Limited", "Bank of China (Singapore) Limited"
    assert compare_names(hong_kong, singapore, kind=EntityKind.ORGANIZATION) < DEFAULT_THRESHOLD


_WORDS = st.lists(st.text("abcdefghklmnoprstuvyz", min_size=2, max_size=9), min_size=2, max_size=6)


@given(_WORDS)
def test_the_initials_of_a_name_in_brackets_are_its_acronym(words: list[str]) -> None:
    initials = "".join(w[0] for w in words).upper()  # 2 to 6 letters
    name = " ".join(words).title()
    assert acronym_in_brackets(f"{name} Co., Ltd. ({initials})") == initials


def test_what_is_not_spelt_by_the_name_in_brackets_is_no_acronym() -> None:
    # A place, a legal form, a word of the name alone, letters out of order.
    for name in (
        "HONG PANG GEMS AND JEWELLERY (HK) CO. LIMITED",
        "QINGDAO CONSTRUCTION (NAMIBIA) CC",
        "ONE CLASS PROPERTIES (PTY) LTD.",
        "PASDARAN-E ENGHELAB-E ISLAMI (PASDARAN)",
        "Daedong Credit Bank (BCD)",
        "Daedong Credit Bank",
    ):
        assert acronym_in_brackets(name) is None, name
    assert acronym_in_brackets("ООО «Ульяновский автомобильный завод» (УАЗ)") == "УАЗ"
