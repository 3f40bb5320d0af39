"""Tests of the EU legal-text transcription loader on the two bundled regulations."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import EntityKind, IdentifierType, NameQuality, NameRole, SnapshotInfo
from sanctions_screen.sources.common import ParsedList, snapshot_of_file
from sanctions_screen.sources.eu_journal_csv import parse_eu_journal_csv
from tests.conftest import LISTS

DPRK_FILE = LISTS / "eu_oj_32017R1509_dprk_regime.csv"
RUSSIA_FILE = LISTS / "eu_oj_32014R0269_russia_regime.csv"
HEADER = (
    "celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,"
    "previousName,nationality,birthDate,passportNumber,imoNumber,notes\n"
)


@cache
def _load(path: str) -> tuple[bytes, SnapshotInfo, ParsedList]:
    data, snap = snapshot_of_file(path, source="eu", publisher="Council of the EU")
    return data, snap, parse_eu_journal_csv(data, snapshot=snap)


def dprk() -> ParsedList:
    return _load(str(DPRK_FILE))[2]


def russia() -> ParsedList:
    return _load(str(RUSSIA_FILE))[2]


def _snap() -> SnapshotInfo:
    return SnapshotInfo(
        snapshot_id="eu-test", source="eu", publisher="EU", file_name="t.csv", sha256="0" * 64
    )


def _parse(text: str) -> ParsedList:
    return parse_eu_journal_csv(text.encode("utf-8"), snapshot=_snap())


def _by_record(parsed: ParsedList, record_id: str, annex: str = "I.PERSONS"):  # type: ignore[no-untyped-def]
    (entry,) = [
        e for e in parsed.entries if e.listing.record_id == record_id and f" {annex}/" in e.id
    ]
    return entry


def test_dprk_counts_and_kinds() -> None:
    parsed = dprk()
    assert parsed.records_read == 326
    assert len(parsed.entries) == 326
    assert parsed.rejected == []
    kinds = Counter(e.kind for e in parsed.entries)
    assert kinds == {EntityKind.PERSON: 157, EntityKind.ORGANIZATION: 94, EntityKind.VESSEL: 75}
    assert len({e.id for e in parsed.entries}) == 326
    assert {e.listing.programmes for e in parsed.entries} == {("EU-PRK",)}
    assert {e.listing.legal_basis for e in parsed.entries} == {
        ("Council Regulation (EU) 2017/1509",)
    }
    measures = Counter(e.listing.measures for e in parsed.entries)
    assert measures == {("Asset freeze",): 290, ("Transportation restrictions",): 36}


def test_dprk_vessels_carry_imo_numbers() -> None:
    vessels = [e for e in dprk().entries if e.kind is EntityKind.VESSEL]
    with_imo = [e for e in vessels if e.identifiers_of(IdentifierType.IMO)]
    # 74 of 75: MIN NING DE YOU 078's IMO cell says 'Does not exist', kept in remarks.
    assert len(with_imo) == 74
    (without,) = [e for e in vessels if not e.identifiers_of(IdentifierType.IMO)]
    assert without.caption == "MIN NING DE YOU 078"
    assert "imoNumber as published: Does not exist" in (without.listing.remarks or "")
    assert all(i.valid for e in with_imo for i in e.identifiers_of(IdentifierType.IMO))
    assert all(e.vessel is not None for e in vessels)


def test_chon_myong_1_in_two_annexes() -> None:
    found = [e for e in dprk().entries if e.caption == "CHON MYONG 1"]
    assert sorted(e.id for e in found) == ["eu:2017/1509 XIV.A/1", "eu:2017/1509 XIV.B/9"]
    for entry in found:
        (imo,) = entry.identifiers_of(IdentifierType.IMO)
        assert (imo.number, imo.valid) == ("8712362", True)
    assert {e.listing.record_id for e in found} == {"1", "9"}
    assert {e.provenance.location.split(",")[0] for e in found} == {"line 179", "line 202"}


def test_vessels_without_record_id_are_referred_to_by_imo() -> None:
    entry = next(e for e in dprk().entries if e.id == "eu:2017/1509 XIII.B/IMO 8606173")
    assert entry.caption == "Chol Ryong (Ryong Gun Bong)"
    assert entry.listing.record_id is None
    assert entry.listing.listed_on == dt.date(2016, 3, 2)


def test_dprk_hangul_aliases() -> None:
    hangul = [n for e in dprk().entries for n in e.names if n.script == "hangul"]
    assert len(hangul) == 79
    assert all(n.role is NameRole.ALIAS for n in hangul)
    chon = next(e for e in dprk().entries if any(n.value == "전지부" for n in e.names))
    assert "CHON Chi-bu" in [n.value for n in chon.names]
    # 'KIM Kwang Yon 김광연' in the name cell: the Hangul becomes its own alias.
    kim = next(e for e in dprk().entries if e.caption == "KIM Kwang Yon")
    assert [(n.value, n.script) for n in kim.names][:2] == [
        ("KIM Kwang Yon", "latin"),
        ("김광연", "hangul"),
    ]


def test_dprk_first_person_fields() -> None:
    entry = dprk().entries[0]
    assert entry.id == "eu:2017/1509 XIII.A/1"
    assert entry.caption == "Yun Ho-jin"
    assert entry.nationalities == ("KP",)
    assert entry.birth_dates[0].exact == dt.date(1944, 10, 13)
    assert entry.addresses[0].country == "KP"
    assert entry.listing.listed_on == dt.date(2009, 7, 16)
    assert entry.provenance.location == "line 2, annex XIII.A record 1"
    assert entry.provenance.file_name == DPRK_FILE.name


def test_russia_counts() -> None:
    parsed = russia()
    assert parsed.records_read == 2802
    assert len(parsed.entries) == 2802
    assert parsed.rejected == []
    assert len({e.id for e in parsed.entries}) == 2802
    kinds = Counter(e.kind for e in parsed.entries)
    assert kinds == {EntityKind.PERSON: 1984, EntityKind.ORGANIZATION: 818}
    assert {e.listing.legal_basis for e in parsed.entries} == {
        ("Council Regulation (EU) No 269/2014",)
    }


@pytest.mark.parametrize(
    ("record_id", "name", "listed_on"),
    [
        ("1738", "Kang Sun NAM", dt.date(2024, 2, 23)),
        ("1868", "KIM Yong Bok", dt.date(2024, 12, 16)),
        ("1869", "NO Kwang Chol", dt.date(2024, 12, 16)),
        ("1900", "LEE Chang Ho", dt.date(2025, 2, 24)),
        ("1901", "SHIN Geum Cheol", dt.date(2025, 2, 24)),
        ("1979", "CHA Yong Beom", dt.date(2025, 10, 23)),
    ],
)
def test_russia_dprk_officers(record_id: str, name: str, listed_on: dt.date) -> None:
    entry = _by_record(russia(), record_id)
    assert entry.id == f"eu:269/2014 I.PERSONS/{record_id}"
    assert entry.caption == name
    assert entry.nationalities == ("KP",)
    assert entry.listing.listed_on == listed_on
    assert entry.listing.programmes == ("EU-UKR",)


def test_no_kwang_chol_keeps_hangul_alias() -> None:
    entry = _by_record(russia(), "1869")
    assert [(n.value, n.role, n.script) for n in entry.names] == [
        ("NO Kwang Chol", NameRole.PRIMARY, "latin"),
        ("노광철", NameRole.ALIAS, "hangul"),
    ]
    assert entry.birth_dates[0].year_from == 1956
    assert entry.birth_places[0].country == "KP"
    assert entry.positions == ("Minister of Defence of the Democratic People’s Republic of Korea",)


def test_no_artefacts_in_any_name() -> None:
    names = [n.value for p in (dprk(), russia()) for e in p.entries for n in e.names]
    for artefact in ("Text of image", "Korean:", "Chinese:", "Farsi:", "Russian:"):
        assert not [n for n in names if artefact.lower() in n.lower()], artefact


def test_missile_general_bureau_loads() -> None:
    entry = _by_record(russia(), "411", annex="I.ENTITIES")
    assert entry.caption == "Missile General Bureau"
    assert entry.kind is EntityKind.ORGANIZATION


def test_labels_and_other_scripts_are_split() -> None:
    aksenov = next(e for e in russia().entries if e.caption == "Sergey Valeryevich AKSYONOV")
    forms = {n.value: n.script for n in aksenov.names}
    assert forms["Сергей Валерьевич АКСЁНОВ"] == "cyrillic"
    assert forms["Sergei Valerievich AKSENOV"] == "latin"
    nada = _by_record(dprk(), "29", annex="XIII.B")
    former = [n.value for n in nada.names if n.role is NameRole.FORMER]
    assert former == ["National Aerospace Development Administration", "NADA"]
    naumenko = next(e for e in russia().entries if "NAUMENKO" in e.caption)
    assert naumenko.caption == "Aleksandr Viktorovich NAUMENKO"
    assert naumenko.names[1].note == "Russian"


def test_unmapped_nationality_is_kept_in_remarks() -> None:
    # 'Ukrainian, Russian (the Union does not recognise passports ...)' is one cell that
    # names no single country: it must stay visible, not be dropped.
    marker = "nationality as published: Ukrainian, Russian (the Union does not recognise"
    entries = [e for e in russia().entries if marker in str(e.listing.remarks)]
    assert len(entries) == 4


def test_israeli_nationality_is_mapped() -> None:
    israeli = [e for e in russia().entries if "IL" in e.nationalities]
    assert israeli
    assert all("nationality as published: Israeli" not in str(e.listing.remarks) for e in israeli)


def test_identifier_qualifiers() -> None:
    ids = [i for e in russia().entries for i in e.identifiers]
    iran = [i for i in ids if i.value == "2181176574 (Iran)"]
    assert [(i.type, i.number, i.country) for i in iran] == [
        (IdentifierType.NATIONAL_ID, "2181176574", "IR")
    ]
    series = next(i for i in ids if i.value.startswith("series 4507 No 336855"))
    assert series.number == "4507336855"


# Error paths -----------------------------------------------------------------------


def test_not_a_csv_names_missing_columns() -> None:
    with pytest.raises(ListFormatError) as info:
        _parse("<?xml version='1.0'?><export/>\n")
    assert info.value.place == "line 1"
    assert "celex" in info.value.problem
    assert info.value.file == "t.csv"


def test_missing_one_header_column() -> None:
    with pytest.raises(ListFormatError, match="schema") as info:
        _parse(HEADER.replace("schema,", "kind,") + "x\n")
    assert info.value.field == "schema"


def test_empty_file() -> None:
    with pytest.raises(ListFormatError):
        _parse("")


def test_non_utf8_names_the_line() -> None:
    data = (HEADER + "32017R1509,1,EU-PRK,XIII.A,Asset freeze,1.1.2020,,Person,").encode()
    with pytest.raises(ListFormatError, match="UTF-8") as info:
        parse_eu_journal_csv(data + b"Kim \xff\n", snapshot=_snap())
    assert info.value.place == "line 2"


def _row(**cells: str) -> str:
    base = dict.fromkeys(HEADER.strip().split(","), "")
    base.update(celex="32017R1509", recordId="1", programKey="EU-PRK", annex="XV.A")
    base.update(measure="Asset freeze", startDate="1.1.2020", schema="Person", name="KIM Il")
    base.update(cells)
    return ",".join(f'"{v}"' for v in base.values()) + "\n"


def test_bad_rows_are_rejected_rest_loads() -> None:
    text = (
        HEADER
        + _row(name="", recordId="1")
        + _row(schema="Spaceship", recordId="2")
        + _row(recordId="3", name="Korean:; Text of image")
        + _row(recordId="4", celex="nonsense")
        + "only,three,fields\n"
        + _row(recordId="5")
    )
    parsed = _parse(text)
    assert [e.id for e in parsed.entries] == ["eu:2017/1509 XV.A/5"]
    problems = [(r.place, r.field) for r in parsed.rejected]
    assert problems == [
        ("line 2", "name"),
        ("line 3", "schema"),
        ("line 4", "name"),
        ("line 5", "celex"),
        ("line 6", None),
    ]
    assert parsed.records_read == len(parsed.entries) + len(parsed.rejected) + parsed.skipped


def test_every_row_misshapen_is_a_format_error() -> None:
    with pytest.raises(ListFormatError, match="fields"):
        _parse(HEADER + "a,b\nc,d\n")


def test_bad_dates_keep_their_text() -> None:
    parsed = _parse(HEADER + _row(startDate="sometime 2020", birthDate="N/D; circa 1950"))
    (entry,) = parsed.entries
    assert entry.listing.listed_on is None
    assert entry.listing.listed_on_text == "sometime 2020"
    assert [(b.text, b.year_from, b.circa) for b in entry.birth_dates] == [
        ("N/D", None, False),
        ("circa 1950", 1950, True),
    ]


def test_repeated_reference_gets_line() -> None:
    parsed = _parse(HEADER + _row() + _row())
    assert [e.id for e in parsed.entries] == ["eu:2017/1509 XV.A/1", "eu:2017/1509 XV.A/1 (line 3)"]


def test_weak_alias_and_previous_name() -> None:
    parsed = _parse(HEADER + _row(weakAlias="Little Kim", previousName="KIM Old"))
    names = {n.value: (n.role, n.quality) for n in parsed.entries[0].names}
    assert names["Little Kim"] == (NameRole.ALIAS, NameQuality.WEAK)
    assert names["KIM Old"] == (NameRole.FORMER, NameQuality.STRONG)


# Property: nothing but ListFormatError escapes -------------------------------------


def _only_format_errors(data: bytes) -> None:
    try:
        parsed = parse_eu_journal_csv(data, snapshot=_snap())
    except ListFormatError:
        return
    assert parsed.records_read == len(parsed.entries) + len(parsed.rejected) + parsed.skipped


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _only_format_errors(data)


_PREFIX = DPRK_FILE.read_bytes()[:50_000]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, len(_PREFIX)),
    st.integers(0, len(_PREFIX)),
    st.lists(st.tuples(st.integers(0, len(_PREFIX) - 1), st.integers(0, 255)), max_size=8),
)
def test_mutated_real_file(start: int, length: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(_PREFIX)
    for position, value in flips:
        data[position] = value
    _only_format_errors(bytes(data[start : start + length]))
    _only_format_errors(bytes(data))
