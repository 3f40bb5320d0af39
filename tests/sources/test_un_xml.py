"""The UN Consolidated List XML loader, on the real 2026-02-27 file and on broken inputs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
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
from sanctions_screen.sources.un_xml import (
    UN_REGIME_RESOLUTIONS,
    parse_un_xml,
    read_un_generated_date,
)

UN_FILE = Path(__file__).resolve().parents[2] / "lists" / "un_consolidated_2026-02-27.xml"
SNAP = SnapshotInfo(
    snapshot_id="un-test", source="un", publisher="UN", file_name="test.xml", sha256="0" * 64
)


@pytest.fixture(scope="module")
def real() -> tuple[bytes, SnapshotInfo]:
    return snapshot_of_file(UN_FILE, source="un", publisher="UN Security Council")


@pytest.fixture(scope="module")
def parsed(real: tuple[bytes, SnapshotInfo]) -> ParsedList:
    data, snap = real
    return parse_un_xml(data, snapshot=snap)


@pytest.fixture(scope="module")
def by_ref(parsed: ParsedList) -> dict[str, SanctionsEntry]:
    return {e.reference: e for e in parsed.entries}


def _dprk(parsed: ParsedList) -> list[SanctionsEntry]:
    return [e for e in parsed.entries if e.listing.programmes == ("DPRK",)]


def _xml(*records: str) -> bytes:
    body = "".join(records)
    return f'<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-02">{body}'.encode() + (
        b"</CONSOLIDATED_LIST>"
    )


# --- the real file -----------------------------------------------------------------------


def test_every_record_loads(parsed: ParsedList) -> None:
    kinds = Counter(e.kind for e in parsed.entries)
    assert parsed.records_read == 1003
    assert len(parsed.entries) == 1003
    assert parsed.rejected == []
    assert parsed.skipped == 0
    assert kinds == {EntityKind.PERSON: 730, EntityKind.ORGANIZATION: 273}
    assert len({e.id for e in parsed.entries}) == 1003


def test_dprk_records_are_exactly_kpi_001_080_and_kpe_001_075(parsed: ParsedList) -> None:
    dprk = _dprk(parsed)
    people = {e.reference for e in dprk if e.kind is EntityKind.PERSON}
    orgs = {e.reference for e in dprk if e.kind is EntityKind.ORGANIZATION}
    assert len(dprk) == 155
    assert people == {f"KPi.{n:03d}" for n in range(1, 81)}
    assert orgs == {f"KPe.{n:03d}" for n in range(1, 76)}
    assert all(e.listing.legal_basis == ("S/RES/1718 (2006)",) for e in dprk)
    assert max(e.listing.listed_on for e in dprk if e.listing.listed_on) == dt.date(2018, 3, 30)


def test_references_have_no_surrounding_whitespace(
    parsed: ParsedList, by_ref: dict[str, SanctionsEntry]
) -> None:
    assert all(e.reference == e.reference.strip() for e in parsed.entries)
    assert all(e.listing.reference == e.reference for e in parsed.entries)
    assert by_ref["KPe.056"].id == "un:KPe.056"  # published as "KPe.056 "


def test_every_list_type_has_its_resolutions(parsed: ParsedList) -> None:
    types = {p for e in parsed.entries for p in e.listing.programmes}
    assert types <= UN_REGIME_RESOLUTIONS.keys()
    assert len(types) == 14
    assert all(e.listing.legal_basis for e in parsed.entries)


def test_measures_by_kind(by_ref: dict[str, SanctionsEntry]) -> None:
    assert by_ref["KPi.001"].listing.measures == ("asset freeze", "travel ban")
    assert by_ref["KPe.001"].listing.measures == ("asset freeze",)


def test_birth_date_between_years(by_ref: dict[str, SanctionsEntry]) -> None:
    (born,) = by_ref["KPi.066"].birth_dates
    assert (born.year_from, born.year_to, born.exact) == (1967, 1969, None)
    assert born.admits_year(1968)
    assert not born.admits_year(1970)


def test_exact_and_approximate_birth_dates(by_ref: dict[str, SanctionsEntry]) -> None:
    assert by_ref["KPi.013"].birth_dates[0].exact == dt.date(1954, 10, 12)
    assert by_ref["CDi.001"].birth_dates[0].year_from == 1971  # YEAR only


def test_company_imo_number_of_kpe_056(by_ref: dict[str, SanctionsEntry]) -> None:
    entry = by_ref["KPe.056"]
    (imo,) = entry.identifiers_of(IdentifierType.IMO)
    assert imo.number == "5571322"
    assert imo.valid is False  # company numbers do not pass the ship check digit
    assert imo.note is not None
    assert "company" in imo.note
    (vessel,) = entry.linked
    assert (vessel.kind, vessel.name, vessel.identifiers) == (EntityKind.VESSEL, "CHON MYONG 1", ())
    assert vessel.evidence.startswith("Registered owner of CHON MYONG 1, a DPRK-flagged vessel")
    linked_names = [n for n in entry.names if n.role is NameRole.LINKED_VESSEL]
    assert [(n.value, n.quality) for n in linked_names] == [("CHON MYONG 1", NameQuality.WEAK)]
    assert entry.caption == "CHONMYONG SHIPPING CO"


def test_imo_numbers_and_vessels_of_dprk_entities(parsed: ParsedList) -> None:
    dprk = _dprk(parsed)
    with_imo = {e.reference for e in dprk if e.identifiers_of(IdentifierType.IMO)}
    assert len(with_imo) == 16
    assert with_imo == {"KPe.020", "KPe.022"} | {
        f"KPe.0{n}" for n in (56, 57, 58, 61, 62, 63, 64, 65, 66, 67, 68, 70, 74, 75)
    }
    assert sum(1 for e in dprk if e.linked) == 21
    assert sum(len(e.linked) for e in dprk) == 28
    assert sum(1 for e in dprk for n in e.names if n.role is NameRole.LINKED_VESSEL) == 29
    others = [e for e in parsed.entries if e not in dprk]
    assert not any(e.linked or e.identifiers_of(IdentifierType.IMO) for e in others)


@pytest.mark.parametrize(
    ("reference", "vessels"),
    [
        ("KPe.020", ["Chong Chon Gang"]),
        ("KPe.058", ["NAM SAN 8", "HAP JANG GANG 6"]),
        ("KPe.059", ["ASIA BRIDGE 1"]),
        ("KPe.064", ["SAM JONG 1", "SAM JONG 2"]),
        ("KPe.065", ["SAM MA 2"]),
        ("KPe.070", ["JI SONG 6", "JI SONG 8", "WOORY STAR"]),
        ("KPe.073", ["HAO FAN 2", "HAO FAN 6"]),
        ("KPe.001", []),
    ],
)
def test_linked_vessels(
    by_ref: dict[str, SanctionsEntry], reference: str, vessels: list[str]
) -> None:
    assert [v.name for v in by_ref[reference].linked] == vessels


def test_mask_name_is_a_linked_vessel_name_but_no_linked_entity(
    by_ref: dict[str, SanctionsEntry],
) -> None:
    entry = by_ref["KPe.065"]
    names = {n.value: n for n in entry.names if n.role is NameRole.LINKED_VESSEL}
    assert set(names) == {"SAM MA 2", "Hai Xin You 606"}
    assert names["Hai Xin You 606"].note is not None
    assert "mask" in names["Hai Xin You 606"].note


def test_swift_codes_from_comments(by_ref: dict[str, SanctionsEntry]) -> None:
    (swift,) = by_ref["KPe.047"].identifiers_of(IdentifierType.SWIFT)
    assert (swift.number, swift.country) == ("FTBDKPPY", "KP")


def test_apostrophes_kept_as_published(by_ref: dict[str, SanctionsEntry]) -> None:
    primary = by_ref["KPi.064"].primary_name
    assert primary.value == "CH'OE SO’K MIN"
    assert primary.parts == {"first_name": "CH'OE", "second_name": "SO’K MIN"}
    assert by_ref["KPi.010"].caption == "YO'N CHO'NG NAM"


def test_name_parts_joined_in_order(by_ref: dict[str, SanctionsEntry]) -> None:
    people = [e for e in by_ref.values() if e.kind is EntityKind.PERSON]
    four = [e for e in people if "fourth_name" in e.primary_name.parts]
    assert len(four) == 166
    name = four[0].primary_name
    keys = ("first_name", "second_name", "third_name", "fourth_name")
    assert name.value == " ".join(name.parts[k] for k in keys if k in name.parts)


def test_individual_alias_quality(parsed: ParsedList) -> None:
    dprk_people = [e for e in _dprk(parsed) if e.kind is EntityKind.PERSON]
    aliases = Counter(n.quality for e in dprk_people for n in e.names if n.role is NameRole.ALIAS)
    assert aliases == {NameQuality.STRONG: 82, NameQuality.WEAK: 1}
    assert all(n.value.strip() for e in parsed.entries for n in e.names)


def test_entity_former_names(parsed: ParsedList, by_ref: dict[str, SanctionsEntry]) -> None:
    former = [n.value for n in by_ref["KPe.003"].names if n.role is NameRole.FORMER]
    assert former == ["CHANGGWANG CREDIT BANK", "KOREA CHANGGWANG CREDIT BANK"]
    assert sum(1 for e in parsed.entries for n in e.names if n.role is NameRole.FORMER) == 19


def test_original_script_names(by_ref: dict[str, SanctionsEntry]) -> None:
    arabic = [n for n in by_ref["IQi.001"].names if n.note == "original script"]
    assert [(n.value, n.script) for n in arabic] == [("صدام حسين التكريتي", "arabic")]


def test_documents_deduplicated_across_languages(
    parsed: ParsedList, by_ref: dict[str, SanctionsEntry]
) -> None:
    (passport,) = by_ref["KPi.006"].identifiers
    assert (passport.type, passport.number) == (IdentifierType.PASSPORT, "381420754")
    assert passport.note is not None
    assert "Expires on 7 Dec. 2016" in passport.note
    (kpi008,) = by_ref["KPi.008"].identifiers
    assert kpi008.country == "KP"
    dprk_people = [e for e in _dprk(parsed) if e.kind is EntityKind.PERSON]
    assert sum(1 for e in dprk_people if e.identifiers) == 43


def test_document_number_with_trailing_note(by_ref: dict[str, SanctionsEntry]) -> None:
    numbers = [(i.number, i.note) for i in by_ref["KPi.021"].identifiers]
    assert ("381110042", "Expired 25 Jan. 2016") in numbers
    assert by_ref["KPi.019"].identifiers[0].number == "PS472330208"


def test_national_identification_numbers(parsed: ParsedList) -> None:
    kinds = Counter(i.type for e in parsed.entries for i in e.identifiers)
    assert kinds[IdentifierType.PASSPORT] == 304
    assert kinds[IdentifierType.NATIONAL_ID] == 144


def test_nationalities_places_and_unknown_countries(by_ref: dict[str, SanctionsEntry]) -> None:
    assert by_ref["KPi.066"].nationalities == ("KP",)
    assert [(p.text, p.country) for p in by_ref["KPi.006"].birth_places] == [
        ("Kaesong, Democratic People's Republic of Korea", "KP")
    ]
    sudan = by_ref["SDi.001"]  # nationality 'na': not available, not Namibia
    assert sudan.nationalities == ()
    assert sudan.listing.remarks == "Nationality with no country code: na"


def test_listing_fields(by_ref: dict[str, SanctionsEntry]) -> None:
    listing = by_ref["KPe.056"].listing
    assert listing.listed_on == dt.date(2018, 3, 30)
    assert listing.record_id == "6908670"
    assert listing.reason is not None
    assert listing.reason.endswith("IMO number: 5571322.")
    assert listing.list_name == "UN Security Council Consolidated List"
    offset = [e for e in by_ref.values() if e.listing.listed_on_text == "2015-03-27-04:00"]
    assert len(offset) == 2
    assert all(e.listing.listed_on == dt.date(2015, 3, 27) for e in offset)


def test_positions_and_gender(by_ref: dict[str, SanctionsEntry]) -> None:
    assert len(by_ref["KPi.013"].positions) == 2
    assert by_ref["KPi.066"].gender == "Male"  # from 'Gender: male' in COMMENTS1
    assert by_ref["CDi.001"].gender == "Male"  # from GENDER


def test_provenance_points_at_the_record(
    real: tuple[bytes, SnapshotInfo], by_ref: dict[str, SanctionsEntry]
) -> None:
    data = real[0]
    assert isinstance(data, bytes)
    entry = by_ref["KPi.066"]
    location = entry.provenance.location
    assert location.endswith("(DATAID 6908643)")
    line = int(location.split(",")[0].removeprefix("line "))
    lines = data.splitlines()
    assert lines[line - 1].strip() == b"<INDIVIDUAL>"
    assert lines[line].strip() == b"<DATAID>6908643</DATAID>"
    assert entry.provenance.file_name == UN_FILE.name


def test_generated_date_read_from_the_root_only(real: tuple[bytes, SnapshotInfo]) -> None:
    data = real[0]
    assert read_un_generated_date(data) == dt.date(2026, 2, 27)
    assert read_un_generated_date(data[:400]) == dt.date(2026, 2, 27)
    assert read_un_generated_date(b"<sdnList/>") is None
    assert read_un_generated_date(b"not xml") is None
    assert read_un_generated_date(b"<CONSOLIDATED_LIST/>") is None


# --- malformed files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "place", "words"),
    [
        (b"ent_num,SDN_Name\n1,FOO\n", "line 1", "malformed XML"),
        (b"", "line 1", "malformed XML"),
        (b"<sdnList><sdnEntry/></sdnList>", "root element", "expected CONSOLIDATED_LIST"),
        (b'<?xml version="1.0" encoding="bogus"?><CONSOLIDATED_LIST/>', "XML", "encoding"),
        (b'<?xml version="1.0" encoding="euc-kr"?><CONSOLIDATED_LIST/>', "XML", "encoding"),
        (b"<CONSOLIDATED_LIST><ENTITY>\xff</ENTITY></CONSOLIDATED_LIST>", "line 1", "malformed"),
    ],
)
def test_malformed_file_raises(data: bytes, place: str, words: str) -> None:
    with pytest.raises(ListFormatError) as info:
        parse_un_xml(data, snapshot=SNAP)
    assert info.value.file == "test.xml"
    assert info.value.place.startswith(place)
    assert words in info.value.problem


def test_truncated_real_file_names_the_line(real: tuple[bytes, SnapshotInfo]) -> None:
    data, snap = real
    with pytest.raises(ListFormatError) as info:
        parse_un_xml(data[:50_000], snapshot=snap)
    assert info.value.file == UN_FILE.name
    line = int(info.value.place.split(",")[0].removeprefix("line "))
    assert line == data[:50_000].count(b"\n") + 1


@pytest.mark.parametrize(
    "data",
    [
        b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b"<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>",
        b'<!DOCTYPE l SYSTEM "http://example.invalid/x.dtd"><CONSOLIDATED_LIST/>',
    ],
)
def test_doctype_and_entities_refused(data: bytes) -> None:
    with pytest.raises(ListFormatError, match="unsafe XML refused"):
        parse_un_xml(data, snapshot=SNAP)


_GOOD = (
    "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>IL</SECOND_NAME>"
    "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER> KPi.900 </REFERENCE_NUMBER>"
    "<INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME>Kim Il</ALIAS_NAME></INDIVIDUAL_ALIAS>"
    "<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Kimmy</ALIAS_NAME></INDIVIDUAL_ALIAS>"
    "<INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS></INDIVIDUAL>"
)


def test_bad_records_rejected_and_the_rest_loads() -> None:
    no_reference = "<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>"
    no_name = "<ENTITY><DATAID>3</DATAID><REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER></ENTITY>"
    result = parse_un_xml(_xml(_GOOD, no_reference, no_name), snapshot=SNAP)
    assert result.records_read == 3
    assert [e.id for e in result.entries] == ["un:KPi.900"]
    issues = {(i.field, i.place) for i in result.rejected}
    assert issues == {
        ("REFERENCE_NUMBER", "line 1, INDIVIDUAL #2 (DATAID 2)"),
        ("FIRST_NAME", "line 1, ENTITY #1 (DATAID 3)"),
    }
    assert result.records_read == len(result.entries) + len(result.rejected) + result.skipped


def test_alias_quality_rules_on_hand_written_record() -> None:
    (entry,) = parse_un_xml(_xml(_GOOD), snapshot=SNAP).entries
    names = [(n.value, n.role, n.quality, n.note) for n in entry.names]
    assert names == [
        ("KIM IL", NameRole.PRIMARY, NameQuality.STRONG, None),
        ("Kim Il", NameRole.ALIAS, NameQuality.STRONG, "alias quality not given"),
        ("Kimmy", NameRole.ALIAS, NameQuality.WEAK, None),
    ]
    assert entry.listing.legal_basis == ("S/RES/1718 (2006)",)


def test_reused_reference_gets_a_unique_id() -> None:
    twice = _GOOD.replace("<DATAID>1</DATAID>", "<DATAID>9</DATAID>")
    result = parse_un_xml(_xml(_GOOD, twice), snapshot=SNAP)
    assert [e.id for e in result.entries] == ["un:KPi.900", "un:KPi.900#9"]


def test_vessel_with_its_own_imo_number() -> None:
    comment = "Registered owner of the DPRK tanker SEA STAR 3 (IMO 8712362). IMO number: 5571322."
    record = (
        "<ENTITY><FIRST_NAME>X SHIPPING</FIRST_NAME><REFERENCE_NUMBER>KPe.901</REFERENCE_NUMBER>"
        f"<COMMENTS1>{comment}</COMMENTS1></ENTITY>"
    )
    (entry,) = parse_un_xml(_xml(record), snapshot=SNAP).entries
    (vessel,) = entry.linked
    assert [(i.number, i.valid) for i in vessel.identifiers] == [("8712362", True)]
    assert [i.number for i in entry.identifiers_of(IdentifierType.IMO)] == ["5571322"]


# --- robustness ----------------------------------------------------------------------------


def _only_list_format_errors(data: bytes) -> None:
    try:
        result = parse_un_xml(data, snapshot=SNAP)
    except ListFormatError:
        return
    assert result.records_read == len(result.entries) + len(result.rejected) + result.skipped


def _small_document() -> bytes:
    data = UN_FILE.read_bytes()
    cut = data.index(b"</INDIVIDUAL>", 40_000) + len(b"</INDIVIDUAL>")
    return data[:cut] + b"</INDIVIDUALS></CONSOLIDATED_LIST>"


_PREFIX = UN_FILE.read_bytes()[:50_000]
_SMALL = _small_document()


def test_small_document_loads() -> None:
    result = parse_un_xml(_SMALL, snapshot=SNAP)
    assert result.records_read == len(result.entries) == 20


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes_raise_only_list_format_error(data: bytes) -> None:
    _only_list_format_errors(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source=st.sampled_from([_PREFIX, _SMALL]),
    start=st.integers(0, 49_999),
    stop=st.integers(0, 50_000),
    flips=st.lists(st.tuples(st.integers(0, 49_999), st.integers(0, 255)), max_size=8),
)
def test_mutated_real_bytes_raise_only_list_format_error(
    source: bytes, start: int, stop: int, flips: list[tuple[int, int]]
) -> None:
    mutated = bytearray(source)
    for offset, value in flips:
        mutated[offset % len(mutated)] = value
    _only_list_format_errors(bytes(mutated))
    _only_list_format_errors(bytes(mutated[min(start, stop) : max(start, stop)]))


_TEMPLATE = (
    "<INDIVIDUAL><DATAID>{0}</DATAID><FIRST_NAME>{1}</FIRST_NAME><SECOND_NAME>{2}</SECOND_NAME>"
    "<UN_LIST_TYPE>{3}</UN_LIST_TYPE><REFERENCE_NUMBER>{4}</REFERENCE_NUMBER>"
    "<LISTED_ON>{5}</LISTED_ON><NATIONALITY><VALUE>{6}</VALUE></NATIONALITY>"
    "<INDIVIDUAL_ALIAS><QUALITY>{7}</QUALITY><ALIAS_NAME>{8}</ALIAS_NAME></INDIVIDUAL_ALIAS>"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>{9}</TYPE_OF_DATE><DATE>{10}</DATE>"
    "<YEAR>{11}</YEAR><FROM_YEAR>{11}</FROM_YEAR><TO_YEAR>{12}</TO_YEAR><NOTE>{13}</NOTE>"
    "</INDIVIDUAL_DATE_OF_BIRTH><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>{14}</TYPE_OF_DOCUMENT>"
    "<NUMBER>{15}</NUMBER><ISSUING_COUNTRY>{6}</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>"
    "</INDIVIDUAL><ENTITY><FIRST_NAME>{1}</FIRST_NAME><REFERENCE_NUMBER>{4}</REFERENCE_NUMBER>"
    "<ENTITY_ALIAS><QUALITY>{7}</QUALITY><ALIAS_NAME>{8}</ALIAS_NAME></ENTITY_ALIAS>"
    "<ENTITY_ADDRESS><CITY>{2}</CITY><COUNTRY>{6}</COUNTRY></ENTITY_ADDRESS>"
    "<COMMENTS1>{16}</COMMENTS1></ENTITY>"
)
_FIELD = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.sampled_from(
        ["", " KPi.001 ", "1967", "2017-12-22", "BETWEEN", "Good", "Low", "f.k.a.", "na", "(x)"]
    ),
    st.sampled_from(["Passport", "IMO number: 5571322", "owner of vessel AB 1 and CD 2"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_FIELD, min_size=17, max_size=17))
def test_any_field_values_load_or_are_rejected(values: list[str]) -> None:
    escaped = [v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for v in values]
    _only_list_format_errors(_xml(_TEMPLATE.format(*escaped)))
