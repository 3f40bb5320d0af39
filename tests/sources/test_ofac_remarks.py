"""The OFAC Remarks reader: hand-written clauses in OFAC's wording, and every Remarks cell
of the real 2024-05-03 sdn.csv."""

from __future__ import annotations

import collections
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctions_screen.models import IdentifierType
from sanctions_screen.sources._ofac_remarks import (
    COMPANY_IMO_NOTE,
    OfacRemarks,
    parse_ofac_remarks,
    split_remarks,
)

SDN = Path(__file__).resolve().parents[2] / "lists" / "sdn_2024-05-03.csv"
T = IdentifierType


def test_split_keeps_quoted_aliases_whole_and_drops_the_closing_full_stop() -> None:
    assert split_remarks("DOB 1960; a.k.a. 'A; B'; Gender Male.") == [
        "DOB 1960",
        "a.k.a. 'A; B'",
        "Gender Male",
    ]
    # A full stop after an abbreviation may belong to the name: it is kept.
    assert split_remarks("Linked To: CHONMYONG SHIPPING CO.") == [
        "Linked To: CHONMYONG SHIPPING CO."
    ]
    assert split_remarks("Linked To: NATIONAL DEFENSE COMMISSION.") == [
        "Linked To: NATIONAL DEFENSE COMMISSION"
    ]
    assert split_remarks("a.k.a. 'KOREAN PEOPLE'S ARMY'.") == ["a.k.a. 'KOREAN PEOPLE'S ARMY'"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB 12 Jan 1960", (dt.date(1960, 1, 12), 1960, 1960, False)),
        ("DOB 1960", (None, 1960, 1960, False)),
        ("DOB circa 1965", (None, 1965, 1965, True)),
        ("DOB 1960 to 1962", (None, 1960, 1962, False)),
        ("DOB Mar 1958", (None, 1958, 1958, False)),
        ("DOB 01 Jan 1953 to 31 Dec 1953", (None, 1953, 1953, False)),
        ("alt. DOB 07 Aug 1965.", (dt.date(1965, 8, 7), 1965, 1965, False)),
    ],
)
def test_dates_of_birth(text: str, expected: tuple[object, ...]) -> None:
    (date,) = parse_ofac_remarks(text).birth_dates
    assert (date.exact, date.year_from, date.year_to, date.circa) == expected
    assert date.text in text


def test_several_dates_of_birth_in_order() -> None:
    remarks = parse_ofac_remarks("DOB circa 1947; alt. DOB circa 1946; POB Pyongyang, North Korea")
    assert [d.year_from for d in remarks.birth_dates] == [1947, 1946]
    assert [(p.text, p.country) for p in remarks.birth_places] == [("Pyongyang, North Korea", "KP")]


def test_nationality_citizen_gender_and_unresolved_country() -> None:
    remarks = parse_ofac_remarks(
        "nationality Korea, North; citizen Russia; nationality Atlantis; Gender Female."
    )
    assert remarks.nationalities == ("KP",)
    assert remarks.citizenships == ("RU",)
    assert remarks.unresolved_countries == ("Atlantis",)
    assert remarks.gender == "Female"


def test_passport_with_country_issue_and_expiry() -> None:
    (passport,) = parse_ofac_remarks(
        "Passport 836110063 (Korea, North) issued 04 Feb 2016 expires 04 Feb 2021"
    ).identifiers
    assert passport.type is T.PASSPORT
    assert passport.value == "836110063 (Korea, North) issued 04 Feb 2016 expires 04 Feb 2021"
    assert (passport.number, passport.country) == ("836110063", "KP")
    assert passport.note == "Passport; issued 04 Feb 2016 expires 04 Feb 2021"


_IDENTIFIER_CASES = [
    ("National ID No. 31010619740406283X (China)", T.NATIONAL_ID, "31010619740406283X", "CN"),
    ("Registration Number 1152540004253 (Russia)", T.REGISTRATION, "1152540004253", "RU"),
    ("Tax ID No. 7811489970 (Russia)", T.TAX, "7811489970", "RU"),
    ("SWIFT/BIC KDBKKPPY", T.SWIFT, "KDBKKPPY", None),
    ("alt. SWIFT/BIC AGSZRU33", T.SWIFT, "AGSZRU33", None),
    ("MMSI 445999000", T.MMSI, "445999000", None),
    ("Aircraft Manufacturer's Serial Number (MSN) 10234", T.AIRCRAFT_SERIAL, "10234", None),
    ("Identification Number G563542(9) (Hong Kong)", T.OTHER, "G5635429", "HK"),
    ("Vessel Registration Identification RS 123456 (Russia)", T.REGISTRATION, "RS123456", "RU"),
    ("Unified Social Credit Code (USCC) 9131010409 (China)", T.REGISTRATION, "9131010409", "CN"),
    ("Digital Currency Address - XBT 1EfMVkxQQuZfBd", T.OTHER, "1EFMVKXQQUZFBD", None),
]


@pytest.mark.parametrize(("clause", "kind", "number", "country"), _IDENTIFIER_CASES)
def test_identifiers(clause: str, kind: IdentifierType, number: str, country: str | None) -> None:
    (ident,) = parse_ofac_remarks(clause).identifiers
    assert (ident.type, ident.number, ident.country) == (kind, number, country)


def test_vessel_imo_numbers_and_check_digits() -> None:
    good, bad = parse_ofac_remarks(
        "Vessel Registration Identification IMO 8712362; "
        "alt. Vessel Registration Identification IMO 8712363"
    ).identifiers
    assert (good.type, good.number, good.valid) == (T.IMO, "8712362", True)
    assert (bad.type, bad.number, bad.valid) == (T.IMO, "8712363", False)
    (bare,) = parse_ofac_remarks("Vessel Registration Identification 8606173.").identifiers
    assert (bare.type, bare.number, bare.valid) == (T.IMO, "8606173", True)
    (not_imo,) = parse_ofac_remarks("Vessel Registration Identification 8606174").identifiers
    assert not_imo.type is T.REGISTRATION


def test_company_imo_numbers_are_not_checked_as_ships() -> None:
    first, second = parse_ofac_remarks(
        "Company Number IMO 5571322; Identification Number IMO 5342883."
    ).identifiers
    assert (first.type, first.number, first.valid) == (T.IMO, "5571322", None)
    assert first.note == f"Company Number IMO; {COMPANY_IMO_NOTE}"
    assert second.note.startswith("Identification Number IMO")
    (short,) = parse_ofac_remarks("Company Number IMO 543400.").identifiers
    assert (short.number, short.valid) == ("543400", False)


def test_aliases_linked_to_and_contacts() -> None:
    remarks = parse_ofac_remarks(
        "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and "
        "510.210; a.k.a. 'KOMID'; f.k.a. 'KYONGYONG CREDIT BANK'; n.k.a. 'NEW NAME'; "
        "Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION; Website https://sinbad.io; "
        "Email Address support@sinbad.io; alt. Email Address adv@sinbad.io; EMAIL kdb@co.x.kp."
    )
    assert remarks.weak_aliases == ("KOMID",)
    assert remarks.weak_former_names == ("KYONGYONG CREDIT BANK",)
    assert remarks.weak_new_names == ("NEW NAME",)
    assert remarks.linked_to == ("KOREA MINING DEVELOPMENT TRADING CORPORATION",)
    assert remarks.websites == ("https://sinbad.io",)
    assert remarks.emails == ("support@sinbad.io", "adv@sinbad.io", "kdb@co.x.kp")
    assert remarks.secondary_sanctions_risk == (
        "North Korea Sanctions Regulations, sections 510.201 and 510.210",
    )


def test_truncated_cell_drops_its_last_clause_and_empty_cells_give_nothing() -> None:
    text = "nationality Russia; a.k.a. 'snowsjo"
    assert parse_ofac_remarks(text, truncated=True).nationalities == ("RU",)
    assert parse_ofac_remarks(text, truncated=True).weak_aliases == ()
    assert parse_ofac_remarks(None) == OfacRemarks()
    assert parse_ofac_remarks("") == OfacRemarks()
    assert parse_ofac_remarks("Something OFAC says in words.") == OfacRemarks()


@pytest.fixture(scope="module")
def real_remarks() -> list[OfacRemarks]:
    text = SDN.read_text(encoding="ascii")
    rows = [r for r in csv.reader(io.StringIO(text)) if len(r) == 12]
    return [parse_ofac_remarks(r[11] if r[11] != "-0- " else None) for r in rows]


def test_every_real_remarks_cell(real_remarks: list[OfacRemarks]) -> None:
    assert len(real_remarks) == 14_965
    assert sum(len(r.birth_dates) for r in real_remarks) == 7533
    assert [d for r in real_remarks for d in r.unread_dates] == []
    assert sum(len(r.weak_aliases) for r in real_remarks) == 3575
    types = collections.Counter(i.type for r in real_remarks for i in r.identifiers)
    assert types[T.IMO] == 985
    assert types[T.SWIFT] == 162
    assert types[T.MMSI] == 154
    imo_checks = collections.Counter(
        i.valid for r in real_remarks for i in r.identifiers if i.type is T.IMO
    )
    assert imo_checks == {True: 845, False: 10, None: 130}


_TOKENS = [*"ab 0;'.()-:", "DOB ", "a.k.a. '", "IMO ", "Passport ", "Company Number IMO "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join))
def test_any_text_is_read_without_error(text: str) -> None:
    remarks = parse_ofac_remarks(text)
    assert all(alias in text for alias in remarks.weak_aliases)
    for clause in split_remarks(text):
        assert clause
        assert clause in text
