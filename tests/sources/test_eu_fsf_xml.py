"""Tests of the EU Financial Sanctions Files XML loader on a hand-written sample."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import (
    EntityKind,
    IdentifierType,
    NameQuality,
    NameRole,
    SanctionsEntry,
    SnapshotInfo,
)
from sanctions_screen.sources.common import ParsedList, snapshot_of_file
from sanctions_screen.sources.eu_fsf_xml import parse_eu_fsf_xml

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "eu_fsf_sample.xml"
NS = 'xmlns="http://eu.europa.ec/fpi/fsd/export"'


def _sample() -> ParsedList:
    data, snap = snapshot_of_file(FIXTURE, source="eu", publisher="European Commission")
    return parse_eu_fsf_xml(data, snapshot=snap)


def _snap() -> SnapshotInfo:
    return SnapshotInfo(
        snapshot_id="eu-test", source="eu", publisher="EU", file_name="fsf.xml", sha256="0" * 64
    )


def _parse(text: str) -> ParsedList:
    return parse_eu_fsf_xml(text.encode("utf-8"), snapshot=_snap())


def _entry(reference: str) -> SanctionsEntry:
    return next(e for e in _sample().entries if e.reference == reference)


def test_sample_counts() -> None:
    parsed = _sample()
    assert parsed.records_read == 8
    assert len(parsed.entries) == 7
    assert parsed.records_read == len(parsed.entries) + len(parsed.rejected) + parsed.skipped
    kinds = [e.kind for e in parsed.entries]
    assert kinds.count(EntityKind.PERSON) == 4
    assert kinds.count(EntityKind.ORGANIZATION) == 2
    assert kinds.count(EntityKind.VESSEL) == 1


def test_malformed_record_is_rejected() -> None:
    (issue,) = _sample().rejected
    assert issue.field == "nameAlias"
    assert issue.place == "sanctionEntity #8 (logicalId 5008)"
    assert issue.file == "eu_fsf_sample.xml"


def test_dprk_person_with_hangul_and_passport() -> None:
    entry = _entry("EU.4118.12")
    assert entry.id == "eu:EU.4118.12"
    assert entry.listing.record_id == "5001"
    assert [(n.value, n.role, n.script) for n in entry.names] == [
        ("PAK Jae-gyong", NameRole.PRIMARY, "latin"),
        ("박재경", NameRole.ALIAS, "hangul"),
        ("PAK Chae-Kyong", NameRole.ALIAS, "latin"),
    ]
    assert entry.names[0].parts == {"first_name": "Jae-gyong", "last_name": "PAK"}
    assert entry.names[1].note == "language KO"
    (passport,) = entry.identifiers_of(IdentifierType.PASSPORT)
    assert (passport.number, passport.country) == ("554410661", "KP")
    assert entry.nationalities == ("KP",)
    assert entry.gender == "male"
    assert entry.birth_dates[0].exact == dt.date(1933, 6, 10)
    assert entry.birth_places == ()  # countryIso2Code 00 / UNKNOWN is no place
    assert entry.listing.programmes == ("PRK",)
    assert entry.listing.legal_basis == ("2017/1509 (OJ L 224)", "1283/2009 (OJ L 346)")
    assert entry.listing.listed_on == dt.date(2009, 12, 23)  # the earlier of the two
    assert entry.provenance.location == "sanctionEntity #1 (logicalId 5001)"


def test_no_kwang_chol() -> None:
    entry = _entry("EU.11342.77")
    assert [n.value for n in entry.names] == ["NO Kwang Chol", "노광철"]
    assert entry.birth_dates[0].year_from == entry.birth_dates[0].year_to == 1956
    assert entry.birth_places[0].text == "Nampo City, NORTH KOREA"
    assert entry.birth_places[0].country == "KP"
    assert entry.listing.programmes == ("UKR",)
    assert entry.positions == ("Minister of Defence of the Democratic People's Republic of Korea",)


def test_weak_alias_and_citizenship_by_description() -> None:
    entry = _entry("EU.11341.76")
    weak = [n.value for n in entry.names if n.quality is NameQuality.WEAK]
    assert weak == ["KIM Young Bok"]
    assert entry.nationalities == ("KP",)  # countryIso2Code 00, description 'North Korean'


def test_birth_year_range_and_un_reference() -> None:
    entry = _entry("EU.2753.33")
    exact, between = entry.birth_dates
    assert exact.exact == dt.date(1968, 2, 19)
    assert (between.year_from, between.year_to, between.circa) == (1965, 1966, True)
    assert between.admits_year(1964)  # circa: one year of slack
    (un,) = entry.identifiers_of(IdentifierType.OTHER)
    assert (un.value, un.note) == ("KPi.007", "UN reference")


def test_enterprise() -> None:
    entry = _entry("EU.2682.61")
    assert entry.kind is EntityKind.ORGANIZATION
    assert entry.caption == "Korea Mining Development Trading Corporation"
    assert [n.value for n in entry.names if n.quality is NameQuality.WEAK] == ["KOMID"]
    (address,) = entry.addresses
    assert (address.city, address.country) == ("Pyongyang", "KP")
    assert entry.countries == ("KP",)
    assert entry.identifiers_of(IdentifierType.OTHER)[0].value == "KPe.001"
    assert entry.listing.remarks is not None
    assert entry.listing.remarks.startswith("Primary arms dealer")


def test_russian_entity_with_cyrillic_alias() -> None:
    entry = _entry("EU.10913.38")
    cyrillic = [n for n in entry.names if n.script == "cyrillic"]
    assert [n.note for n in cyrillic] == ["language RU"]
    (reg,) = entry.identifiers_of(IdentifierType.REGISTRATION)
    assert (reg.number, reg.country) == ("2508064833", "RU")
    assert entry.listing.listed_on == dt.date(2024, 6, 24)


def test_vessel_like_enterprise() -> None:
    entry = _entry("EU.4290.50")
    assert entry.kind is EntityKind.VESSEL
    (imo,) = entry.identifiers_of(IdentifierType.IMO)
    assert (imo.number, imo.valid) == ("8712362", True)


# Error paths -----------------------------------------------------------------------


def test_not_xml() -> None:
    with pytest.raises(ListFormatError, match="malformed XML") as info:
        _parse("celex,recordId\n1,2\n")
    assert info.value.file == "fsf.xml"


def test_truncated() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    with pytest.raises(ListFormatError) as info:
        _parse(text[: len(text) // 2])
    assert info.value.place.startswith("line ")


def test_wrong_root() -> None:
    with pytest.raises(ListFormatError, match="export"):
        _parse("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>")


def test_non_utf8() -> None:
    data = f'<?xml version="1.0" encoding="UTF-8"?><export {NS}>'.encode() + b"\xff</export>"
    with pytest.raises(ListFormatError, match="line 1"):
        parse_eu_fsf_xml(data, snapshot=_snap())


def test_entity_bomb_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><export>&a;</export>'
    with pytest.raises(ListFormatError):
        _parse(bomb)


def test_bad_records_rejected_rest_loads() -> None:
    text = f"""<export {NS}>
      <sanctionEntity euReferenceNumber="EU.1.1" logicalId="1">
        <subjectType code="spaceship"/><nameAlias wholeName="X"/></sanctionEntity>
      <sanctionEntity logicalId="">
        <subjectType code="person"/><nameAlias wholeName="Y"/></sanctionEntity>
      <sanctionEntity euReferenceNumber="EU.3.3" logicalId="3">
        <subjectType code="person"/><nameAlias wholeName="KIM Il" strong="false"/>
        <birthdate birthdate="" year="" dayOfMonth="12" monthOfYear="5" circa="false"/>
        <regulation publicationDate="not a date" programme="PRK"/></sanctionEntity>
      <sanctionEntity euReferenceNumber="EU.3.3" logicalId="4">
        <subjectType code="" classificationCode="E"/><nameAlias wholeName="Z Corp"/>
      </sanctionEntity>
    </export>"""
    parsed = _parse(text)
    assert [(r.field, r.place) for r in parsed.rejected] == [
        ("subjectType", "sanctionEntity #1 (logicalId 1)"),
        ("euReferenceNumber", "sanctionEntity #2 (logicalId )"),
    ]
    first, second = parsed.entries
    assert first.names[0].quality is NameQuality.WEAK
    assert first.names[0].role is NameRole.ALIAS  # a weak name only; no primary claimed
    assert first.caption == "KIM Il"
    assert first.listing.listed_on is None
    assert second.id == "eu:EU.3.3 (#4)"
    assert second.kind is EntityKind.ORGANIZATION


def test_empty_export() -> None:
    parsed = _parse(f"<export {NS}/>")
    assert (parsed.records_read, parsed.entries, parsed.rejected) == (0, [], [])


# Property: nothing but ListFormatError escapes -------------------------------------


def _only_format_errors(data: bytes) -> None:
    try:
        parsed = parse_eu_fsf_xml(data, snapshot=_snap())
    except ListFormatError:
        return
    assert parsed.records_read == len(parsed.entries) + len(parsed.rejected) + parsed.skipped


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _only_format_errors(data)


_SAMPLE = FIXTURE.read_bytes()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, len(_SAMPLE)),
    st.integers(0, len(_SAMPLE)),
    st.lists(st.tuples(st.integers(0, len(_SAMPLE) - 1), st.integers(0, 255)), max_size=8),
)
def test_mutated_sample(start: int, length: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(_SAMPLE)
    for position, value in flips:
        data[position] = value
    _only_format_errors(bytes(data[start : start + length]))
    _only_format_errors(bytes(data))
