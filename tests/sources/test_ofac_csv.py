"""OFAC legacy CSV loader: the real 2024-05-03 sdn.csv with its 2025-12 companions, and
hand-written malformed files for every error path."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
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
from sanctions_screen.sources.ofac_csv import (
    DPRK_PROGRAMS,
    LIST_NAME,
    OFAC_PROGRAM_LEGAL_BASIS,
    SDN_FIELDS,
    parse_ofac_csv,
    parse_ofac_programs,
)

LISTS = Path(__file__).resolve().parents[2] / "lists"
SDN = "sdn_2024-05-03.csv"
ALT = "alt_2025-12-24.csv"
ADD = "add_2025-12-24.csv"
COMMENTS = "sdn_comments_2025-12-24.csv"


def _read(name: str) -> tuple[bytes, SnapshotInfo]:
    return snapshot_of_file(LISTS / name, source="ofac", publisher="OFAC")


def _balanced(parsed: ParsedList) -> bool:
    return parsed.records_read == len(parsed.entries) + len(parsed.rejected) + parsed.skipped


@pytest.fixture(scope="module")
def sdn_only() -> ParsedList:
    data, snap = _read(SDN)
    return parse_ofac_csv(data, snapshot=snap)


@pytest.fixture(scope="module")
def joined() -> ParsedList:
    (sdn, s), (alt, a), (add, d), (com, c) = (_read(n) for n in (SDN, ALT, ADD, COMMENTS))
    return parse_ofac_csv(
        sdn,
        snapshot=s,
        alt=alt,
        alt_snapshot=a,
        add=add,
        add_snapshot=d,
        comments=com,
        comments_snapshot=c,
    )


def _by_ref(parsed: ParsedList) -> dict[str, SanctionsEntry]:
    return {e.reference: e for e in parsed.entries}


def _dprk(parsed: ParsedList) -> list[SanctionsEntry]:
    return [e for e in parsed.entries if DPRK_PROGRAMS & set(e.listing.programmes)]


# --- the real files -------------------------------------------------------------------------


def test_every_sdn_record_is_read_and_the_ctrl_z_trailer_is_no_record(sdn_only: ParsedList) -> None:
    assert sdn_only.records_read == 14_965
    assert len(sdn_only.entries) == 14_965
    assert sdn_only.rejected == []
    assert sdn_only.skipped == 0
    ids = [e.id for e in sdn_only.entries]
    assert len(set(ids)) == len(ids)
    kinds = collections.Counter(e.kind for e in sdn_only.entries)
    assert kinds == {
        EntityKind.ORGANIZATION: 6884,
        EntityKind.PERSON: 6854,
        EntityKind.VESSEL: 851,
        EntityKind.AIRCRAFT: 376,
    }


def test_dprk_records_by_type_and_programme(joined: ParsedList) -> None:
    dprk = _dprk(joined)
    assert len(dprk) == 484
    assert collections.Counter(e.kind for e in dprk) == {
        EntityKind.PERSON: 164,
        EntityKind.ORGANIZATION: 199,
        EntityKind.VESSEL: 105,
        EntityKind.AIRCRAFT: 16,
    }
    tags = collections.Counter(t for e in dprk for t in e.listing.programmes if t in DPRK_PROGRAMS)
    assert tags == {"DPRK": 57, "DPRK2": 111, "DPRK3": 147, "DPRK4": 174, "DPRK-NKSPEA": 2}


def test_chon_myong_1_imo_flag_and_provenance(joined: ParsedList) -> None:
    entry = _by_ref(joined)["23726"]
    assert entry.id == "ofac:23726"
    assert entry.source == "ofac"
    assert entry.kind is EntityKind.VESSEL
    assert entry.caption == "CHON MYONG 1"
    (imo,) = entry.identifiers_of(IdentifierType.IMO)
    assert (imo.number, imo.value, imo.valid) == ("8712362", "IMO 8712362", True)
    assert entry.vessel.flag == "Democratic People's Republic of Korea"
    assert entry.vessel.flag_country == "KP"
    assert "KP" in entry.countries
    assert entry.provenance.file_name == SDN
    assert entry.provenance.location == "line 5404"
    assert entry.listing.remarks.endswith("Linked To: CHONMYONG SHIPPING CO.")
    assert entry.linked == ()
    assert entry.topics == frozenset()


def test_dprk_vessels_imo_numbers(joined: ParsedList) -> None:
    vessels = [e for e in _dprk(joined) if e.kind is EntityKind.VESSEL]
    with_imo = [e for e in vessels if e.identifiers_of(IdentifierType.IMO)]
    prefixed = [e for e in vessels if any(i.value.startswith("IMO") for i in e.identifiers)]
    assert len(vessels) == 105
    assert len(prefixed) == 104
    assert len(with_imo) == 105
    # RYONG GUN BONG is published as "Vessel Registration Identification 8606173", without
    # the IMO prefix; seven digits with a valid check digit are read as its IMO number.
    (odd,) = [e for e in with_imo if e not in prefixed]
    assert odd.reference == "17104"
    assert odd.identifiers[0].number == "8606173"
    assert "without 'IMO'" in (odd.identifiers[0].note or "")


def test_alt_join_for_dprk_entries(joined: ParsedList) -> None:
    dprk = _dprk(joined)
    alt_names = [n for e in dprk for n in e.names if (n.note or "").startswith(ALT)]
    entities = {e.id for e in dprk if any((n.note or "").startswith(ALT) for n in e.names)}
    assert len(alt_names) == 407
    assert len(entities) == 209
    assert collections.Counter(n.role for n in alt_names) == {
        NameRole.ALIAS: 401,
        NameRole.FORMER: 6,
    }
    assert all(n.quality is NameQuality.STRONG for n in alt_names)


def test_alt_note_names_the_companion_line_that_holds_the_name(joined: ParsedList) -> None:
    lines = (LISTS / ALT).read_text(encoding="ascii").splitlines()
    komid = _by_ref(joined)["9345"]
    checked = 0
    for name in komid.names:
        if (name.note or "").startswith(ALT):
            line = int(name.note.split(" line ")[1])
            assert lines[line - 1].startswith("9345,")
            assert f'"{name.value}"' in lines[line - 1]
            checked += 1
    assert checked >= 5


def test_dprk_addresses_from_add_csv(joined: ParsedList) -> None:
    dprk = _dprk(joined)
    # 613 add.csv rows carry a DPRK ent_num; 148 of them are "-0-" in every field and are
    # skipped as empty, so 465 addresses remain.
    assert sum(len(e.addresses) for e in dprk) == 465
    komid = _by_ref(joined)["9345"]
    assert komid.addresses[0].text == "Central District, Pyongyang, Korea, North"
    assert komid.addresses[0].city == "Pyongyang"
    assert komid.addresses[0].country == "KP"
    assert komid.addresses[0].note == f"{ADD} line 1461"
    assert {"CN", "RU", "IR", "SY"} <= set(komid.countries)


def test_weak_aliases_come_from_remarks_and_strong_from_alt(joined: ParsedList) -> None:
    komid = _by_ref(joined)["9345"]
    weak = [n for n in komid.names if n.quality is NameQuality.WEAK]
    assert [(n.value, n.role) for n in weak] == [("KOMID", NameRole.ALIAS)]
    cheil = _by_ref(joined)["22985"]
    assert ("KYONGYONG CREDIT BANK", NameRole.FORMER, NameQuality.WEAK) in [
        (n.value, n.role, n.quality) for n in cheil.names
    ]


def test_companion_rows_are_counted_not_dropped(joined: ParsedList) -> None:
    assert joined.records_read == 14_965 + 9_920
    assert len(joined.entries) == 14_965
    assert joined.rejected == []
    assert joined.skip_reasons == {
        "alt row for ent_num absent from sdn.csv": 2460,
        "add row with no address, city or country": 3150,
        "add row for ent_num absent from sdn.csv": 4299,
        "sdn_comments row for ent_num absent from sdn.csv": 6,
        "sdn_comments row for an entry whose Remarks are not cut in sdn.csv": 5,
    }
    assert _balanced(joined)


def test_warnings_for_cut_remarks_and_unknown_countries(
    joined: ParsedList, sdn_only: ParsedList
) -> None:
    def kinds(parsed: ParsedList) -> collections.Counter[str]:
        return collections.Counter(w.problem.split(":")[0] for w in parsed.warnings)

    cut = "Remarks cut at 1,000 characters, no sdn_comments row"
    # The 4 unrecognised countries are texts such as 'possibly Palestinian;arrested ...'.
    assert kinds(sdn_only) == {cut: 18, "country not recognised": 4}
    # 17 of the 18 cut cells continue in sdn_comments.csv.
    assert kinds(joined) == {cut: 1, "country not recognised": 4}
    assert all(w.file == SDN and w.field == "Remarks" for w in joined.warnings)


def test_remarks_overflow_from_sdn_comments(joined: ParsedList, sdn_only: ParsedList) -> None:
    lazarus = _by_ref(joined)["27307"]
    assert len(lazarus.listing.remarks) > 1000
    assert "a.k.a. 'WHOIS HACKING TEAM'" in lazarus.listing.remarks
    assert "WHOIS HACKING TEAM" in [n.value for n in lazarus.names]
    cut = _by_ref(sdn_only)["27307"]
    assert len(cut.listing.remarks) == 1000
    # Without the overflow the last clause is cut ("a.k.a. 'WHOIS HACKIN") and is not read.
    assert not any(n.value.startswith("WHOIS") for n in cut.names)


def test_person_fields(joined: ParsedList) -> None:
    ryu = _by_ref(joined)["17616"]
    assert ryu.kind is EntityKind.PERSON
    assert ryu.caption == "RYU, Jin"
    assert ryu.primary_name.parts == {"last_name": "RYU", "given_names": "Jin"}
    assert ryu.primary_name.script == "latin"
    assert [d.exact.isoformat() for d in ryu.birth_dates] == ["1965-08-07"]
    assert ryu.nationalities == ("KP",)
    assert ryu.positions == ("KOMID official in Syria",)
    (passport,) = ryu.identifiers_of(IdentifierType.PASSPORT)
    assert passport.number == "563410081"
    hwang = _by_ref(joined)["18552"]
    assert hwang.identifiers_of(IdentifierType.PASSPORT)[0].country == "KP"
    kim = _by_ref(joined)["12211"]
    assert [(d.year_from, d.circa) for d in kim.birth_dates] == [(1947, True), (1946, True)]
    assert kim.birth_places[0].country == "KP"


def test_bank_swift_and_listing(joined: ParsedList) -> None:
    bank = _by_ref(joined)["12312"]
    assert [i.number for i in bank.identifiers_of(IdentifierType.SWIFT)] == ["KDBKKPPY"]
    listing = _by_ref(joined)["9345"].listing
    assert listing.list_name == LIST_NAME
    assert listing.reference == "9345"
    assert listing.programmes == ("NPWMD", "DPRK2")
    assert listing.legal_basis == ("E.O. 13382", "E.O. 13687")
    assert listing.measures == ("blocking (asset freeze)",)


def test_every_programme_tag_has_a_legal_basis_or_is_known_to_lack_one(
    sdn_only: ParsedList,
) -> None:
    tags = {t for e in sdn_only.entries for t in e.listing.programmes}
    assert len(tags) == 75
    assert tags - set(OFAC_PROGRAM_LEGAL_BASIS) == {"IRGC", "NS-PLC", "SSIDES"}
    irgc = next(e for e in sdn_only.entries if "IRGC" in e.listing.programmes)
    assert irgc.listing.programmes == ("IRAN", "SDGT", "IRGC", "IFSR")
    assert irgc.listing.legal_basis == (
        OFAC_PROGRAM_LEGAL_BASIS["IRAN"],
        "E.O. 13224",
        OFAC_PROGRAM_LEGAL_BASIS["IFSR"],
    )


def test_parse_ofac_programs() -> None:
    assert parse_ofac_programs("NPWMD] [DPRK2") == ("NPWMD", "DPRK2")
    assert parse_ofac_programs("CAATSA - RUSSIA] [UKRAINE-EO13661") == (
        "CAATSA - RUSSIA",
        "UKRAINE-EO13661",
    )
    assert parse_ofac_programs("-0- ") == ()
    assert parse_ofac_programs(None) == ()
    assert OFAC_PROGRAM_LEGAL_BASIS["DPRK3"] == "E.O. 13722"


# --- malformed files ---------------------------------------------------------------------------


def _snap(name: str = "sdn.csv") -> SnapshotInfo:
    return SnapshotInfo(
        snapshot_id="t", source="ofac", publisher="OFAC", file_name=name, sha256="0" * 64
    )


def _row(ent_num: str, name: str = "ACME", sdn_type: str = "-0- ", remarks: str = "-0- ") -> str:
    cells = [ent_num, f'"{name}"', sdn_type, '"DPRK"'] + ["-0- "] * 7 + [remarks]
    assert len(cells) == len(SDN_FIELDS)
    return ",".join(cells)


def _csv(*rows: str) -> bytes:
    return ("\r\n".join(rows) + "\r\n\x1a").encode("ascii")


def test_short_row_in_the_middle_is_rejected_and_the_rest_loads() -> None:
    data = _csv(_row("1"), '2,"BROKEN",-0- ,"DPRK"', _row("3"))
    parsed = parse_ofac_csv(data, snapshot=_snap())
    assert [e.reference for e in parsed.entries] == ["1", "3"]
    (issue,) = parsed.rejected
    assert (issue.file, issue.place) == ("sdn.csv", "line 2")
    assert "expected 12 fields, got 4" in issue.problem
    assert parsed.records_read == 3
    assert _balanced(parsed)
    assert parsed.entries[1].provenance.location == "line 3"


def test_bad_ent_num_duplicate_and_unknown_type_are_rejected() -> None:
    data = _csv(_row("1"), _row("x1"), _row("1"), _row("4", sdn_type='"ship"'), _row("5"))
    parsed = parse_ofac_csv(data, snapshot=_snap())
    assert [e.reference for e in parsed.entries] == ["1", "5"]
    assert [(i.place, i.field) for i in parsed.rejected] == [
        ("line 2", "ent_num"),
        ("line 3", "ent_num"),
        ("line 4", "SDN_Type"),
    ]
    assert "repeats line 1" in parsed.rejected[1].problem
    assert _balanced(parsed)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"\r\n\x1a", "empty file"),
        (bytes(range(256)), "binary data"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "not text"),
        (b"a,b,c\r\nd,e,f\r\n", "no row has the format's 12 fields"),
    ],
)
def test_malformed_file_raises_list_format_error(data: bytes, problem: str) -> None:
    with pytest.raises(ListFormatError, match=problem) as info:
        parse_ofac_csv(data, snapshot=_snap())
    assert info.value.file == "sdn.csv"


def test_windows_1252_bytes_are_decoded() -> None:
    data = _csv(_row("1", name="SOCIXTX")).replace(b"SOCIXTX", b"SOCI\xc9T\xc9")
    (entry,) = parse_ofac_csv(data, snapshot=_snap()).entries
    assert entry.caption == "SOCIÉTÉ"


def test_companion_rows_with_wrong_columns_are_rejected_with_their_file() -> None:
    alt = _csv(
        '1,10,"aka","ACME TRADING",-0- ', '1,11,"aka"', '1,12,"xyz","B",-0- ', '9,13,"aka","Z",-0- '
    )
    add = _csv('1,20,-0- ,"Pyongyang","Korea, North",-0- ')
    parsed = parse_ofac_csv(
        _csv(_row("1")), snapshot=_snap(), alt=alt, alt_snapshot=_snap("alt.csv"), add=add
    )
    (entry,) = parsed.entries
    assert [n.value for n in entry.names] == ["ACME", "ACME TRADING"]
    assert entry.names[1].note == "alt.csv line 1"
    assert entry.addresses[0].note == "add.csv line 1"
    assert entry.addresses[0].country == "KP"
    assert [(i.file, i.place, i.field) for i in parsed.rejected] == [
        ("alt.csv", "line 2", None),
        ("alt.csv", "line 3", "alt_type"),
    ]
    assert parsed.skip_reasons == {"alt row for ent_num absent from sdn.csv": 1}
    assert parsed.records_read == 4
    assert _balanced(parsed)


def test_companion_that_is_not_the_format_raises() -> None:
    with pytest.raises(ListFormatError) as info:
        parse_ofac_csv(_csv(_row("1")), snapshot=_snap(), add=b"a,b\r\n", add_snapshot=_snap("a"))
    assert info.value.file == "a"


def test_companion_rows_of_a_rejected_record_are_counted() -> None:
    alt = _csv('2,10,"aka","X",-0- ')
    parsed = parse_ofac_csv(_csv(_row("1"), _row("2", name="-0-")), snapshot=_snap(), alt=alt)
    assert parsed.rejected[0].field == "SDN_Name"
    assert parsed.skip_reasons == {"alt row for an ent_num rejected in sdn.csv": 1}
    assert _balanced(parsed)


def test_remarks_cut_at_the_limit_lose_their_last_clause_only() -> None:
    remarks = "DOB 1960; nationality Russia; " + "a" * 951 + "; Passport 12345678"
    assert len(remarks) == 1000
    (entry,) = parse_ofac_csv(_csv(_row("1", remarks=f'"{remarks}"')), snapshot=_snap()).entries
    assert entry.nationalities == ("RU",)
    assert entry.identifiers == ()
    overflow = _csv('1,"9; Gender Male"')
    (entry,) = parse_ofac_csv(
        _csv(_row("1", remarks=f'"{remarks}"')), snapshot=_snap(), comments=overflow
    ).entries
    assert entry.identifiers[0].number == "123456789"
    assert entry.gender == "Male"


# --- no exception but ListFormatError ------------------------------------------------------------

_PREFIX = (LISTS / SDN).read_bytes()[:50_000]


def _parse_or_format_error(data: bytes, **companions: bytes) -> None:
    try:
        parsed = parse_ofac_csv(data, snapshot=_snap(), **companions)
    except ListFormatError:
        return
    assert _balanced(parsed)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_list_format_error(data: bytes) -> None:
    _parse_or_format_error(data)
    _parse_or_format_error(_csv(_row("1")), alt=data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=st.floats(0, 1),
    size=st.floats(0, 1),
    flips=st.lists(st.tuples(st.integers(0, len(_PREFIX) - 1), st.integers(0, 255)), max_size=8),
)
@example(head=0.0, size=1.0, flips=[(100, ord('"')), (5000, 0x1A), (9000, ord(","))])
def test_mutated_real_file_raises_only_list_format_error(
    head: float, size: float, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(_PREFIX)
    for position, value in flips:
        data[position] = value
    start = int(head * len(data))
    end = start + int(size * (len(data) - start))
    _parse_or_format_error(bytes(data[start:end]))
