"""OFAC's legacy SDN CSV files: ``sdn.csv`` and its companions ``alt``, ``add`` and
``sdn_comments``.

Format (checked against the 2024-05-03 ``sdn.csv`` and the 2025-12 companions): no header;
comma-separated with double quotes; CRLF line ends; ``-0- `` marks an empty cell; a Ctrl-Z
byte ends the file (see ``_ofac_files`` for that and the encoding). ``sdn.csv`` has the 12
columns of :data:`SDN_FIELDS`; its Remarks are cut at 1,000 characters, the rest being in
``sdn_comments.csv``. Remarks are read by ``_ofac_remarks``, programmes by ``_ofac_programs``.

Companions are joined to the primary file on ``ent_num``. The bundled companions are newer
than the bundled ``sdn.csv``, so some of their rows name entries the primary file lacks.
Each such row is a record of its own, counted in ``records_read`` and skipped with its
reason; a companion row that cannot be read is rejected. A row that joins becomes part of
its entry (a name, an address, the rest of the remarks), whose provenance is the ``sdn.csv``
line; the companion's file and line go in the ``note`` of that name or address. So
``records_read`` is the sdn.csv rows plus the companion rows that joined nothing.

Entry ids are ``ofac:<ent_num>``; ``ent_num`` is OFAC's key, so a repeated one is rejected
rather than renamed (its companion rows could not be told apart).
"""

from __future__ import annotations

from pydantic import ValidationError

from sanctions_screen.models import (
    Address,
    EntityKind,
    Identifier,
    IdentifierType,
    Listing,
    Name,
    NameQuality,
    NameRole,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
    VesselInfo,
)
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.identifiers import normalize_identifier
from sanctions_screen.normalize.scripts import detect_script
from sanctions_screen.runtime import gc_paused
from sanctions_screen.sources._ofac_files import (
    CompanionRows,
    RecordError,
    account_companions,
    cell,
    iter_rows,
    parse_ent_num,
    read_companion,
)
from sanctions_screen.sources._ofac_programs import (
    DPRK_PROGRAMS,
    OFAC_PROGRAM_LEGAL_BASIS,
    legal_basis_of,
    parse_ofac_programs,
)
from sanctions_screen.sources._ofac_remarks import OfacRemarks, parse_ofac_remarks
from sanctions_screen.sources.common import ParsedList, RecordIssue

__all__ = [
    "DPRK_PROGRAMS",
    "LIST_NAME",
    "OFAC_PROGRAM_LEGAL_BASIS",
    "SDN_FIELDS",
    "parse_ofac_csv",
    "parse_ofac_programs",
]

#: The 12 columns of sdn.csv, in order (the file has no header).
SDN_FIELDS: tuple[str, ...] = (
    "ent_num",
    "SDN_Name",
    "SDN_Type",
    "Program",
    "Title",
    "Call_Sign",
    "Vess_type",
    "Tonnage",
    "GRT",
    "Vess_flag",
    "Vess_owner",
    "Remarks",
)
LIST_NAME = "OFAC Specially Designated Nationals and Blocked Persons List"
_MEASURES = ("blocking (asset freeze)",)
_KINDS = {"individual": EntityKind.PERSON, "-0-": EntityKind.ORGANIZATION}
_KINDS |= {"vessel": EntityKind.VESSEL, "aircraft": EntityKind.AIRCRAFT}
_ALT_ROLES = {"aka": NameRole.ALIAS, "fka": NameRole.FORMER, "nka": NameRole.ALIAS}
# OFAC's legacy CSV cuts Remarks at 1,000 characters (18 cells of the 2024-05-03 file are
# exactly that long, none longer) and publishes the rest in sdn_comments.csv.
_REMARKS_LIMIT = 1000


def _name_parts(value: str, kind: EntityKind) -> dict[str, str]:
    """OFAC writes people 'LAST, First Middle': the parts before and after the first comma."""
    if kind is not EntityKind.PERSON or ", " not in value:
        return {}
    last, given = value.split(", ", 1)
    return {"last_name": last.strip(), "given_names": given.strip()}


def _name(
    value: str,
    kind: EntityKind,
    role: NameRole = NameRole.ALIAS,
    *,
    quality: NameQuality = NameQuality.STRONG,
    note: str | None = None,
) -> Name:
    return Name(
        value=value,
        role=role,
        quality=quality,
        script=detect_script(value),
        parts=_name_parts(value, kind),
        note=note,
    )


def _names(
    primary: str, kind: EntityKind, alt: list[tuple[int, list[str]]], alt_file: str, rm: OfacRemarks
) -> tuple[Name, ...]:
    names = [_name(primary, kind, NameRole.PRIMARY)]
    for line, row in alt:  # read_companion checked alt_type and alt_name
        value, alt_type = row[3], row[2].strip().lower()
        note = f"{alt_file} line {line}" + ("; nka (now known as)" if alt_type == "nka" else "")
        if (remark := cell(row[4])) is not None:
            note += f"; {remark}"
        names.append(_name(value, kind, _ALT_ROLES[alt_type], note=note))
    weak = NameQuality.WEAK
    for value in rm.weak_aliases + rm.weak_new_names:
        names.append(_name(value, kind, quality=weak, note="a.k.a. in Remarks"))
    for value in rm.weak_former_names:
        names.append(_name(value, kind, NameRole.FORMER, quality=weak, note="f.k.a. in Remarks"))
    unique: dict[tuple[str, NameRole], Name] = {}
    for name in names:
        unique.setdefault((name.value, name.role), name)
    return tuple(unique.values())


def _addresses(add: list[tuple[int, list[str]]], add_file: str) -> tuple[Address, ...]:
    addresses = []
    for line, row in add:
        street, city, country = cell(row[2]), cell(row[3]), cell(row[4])
        text = ", ".join(part for part in (street, city, country) if part)
        note = f"{add_file} line {line}"
        if (remark := cell(row[5])) is not None:
            note += f"; {remark}"
        code = normalize_country(country) if country else None
        addresses.append(Address(text=text, city=city, country=code, note=note))
    return tuple(addresses)


def _vessel(row: list[str], kind: EntityKind) -> VesselInfo | None:
    vessel_type, tonnage, grt, flag, owner = (cell(c) for c in row[6:11])
    if kind is not EntityKind.VESSEL and not any((vessel_type, tonnage, grt, flag, owner)):
        return None
    sizes = [f"{label} {value}" for label, value in (("Tonnage", tonnage), ("GRT", grt)) if value]
    return VesselInfo(
        flag=flag,
        flag_country=normalize_country(flag),
        vessel_type=vessel_type,
        tonnage="; ".join(sizes) or None,
        owner=owner,
    )


def _entry(
    line: int,
    row: list[str],
    ent_num: int,
    joined: dict[str, tuple[str, list[tuple[int, list[str]]]]],
    origin: Provenance,
    warnings: list[str],
) -> SanctionsEntry:
    name, type_text = cell(row[1]), (cell(row[2]) or "-0-").strip()
    if name is None:
        raise RecordError("empty SDN_Name", "SDN_Name")
    if type_text not in _KINDS:
        raise RecordError(f"unknown SDN_Type {row[2]!r}", "SDN_Type")
    kind = _KINDS[type_text]
    remarks = cell(row[11])
    alt_file, alt_rows = joined.get("alt", ("", []))
    add_file, add_rows = joined.get("add", ("", []))
    overflow = "".join(r[1] for _line, r in joined.get("comments", ("", []))[1])
    truncated = remarks is not None and len(remarks) >= _REMARKS_LIMIT and not overflow
    if overflow:
        remarks = (remarks or "") + overflow
    rm = parse_ofac_remarks(remarks, truncated=truncated)
    if truncated:
        warnings.append("Remarks cut at 1,000 characters, no sdn_comments row: last clause unread")
    warnings.extend(f"date of birth not read: {text!r}" for text in rm.unread_dates)
    warnings.extend(f"country not recognised: {text!r}" for text in rm.unresolved_countries)
    addresses = _addresses(add_rows, add_file)
    identifiers: list[Identifier] = []
    call_sign = cell(row[5])
    if call_sign and (number := normalize_identifier(call_sign)):
        identifiers.append(
            Identifier(type=IdentifierType.CALL_SIGN, value=call_sign, number=number)
        )
    identifiers.extend(rm.identifiers)
    vessel = _vessel(row, kind)
    countries = [a.country for a in addresses] + list(rm.registration_countries)
    countries.append(vessel.flag_country if vessel else None)
    programmes = parse_ofac_programs(row[3])
    title = cell(row[4])
    return SanctionsEntry(
        id=f"ofac:{ent_num}",
        source="ofac",
        reference=str(ent_num),
        kind=kind,
        names=_names(name, kind, alt_rows, alt_file, rm),
        gender=rm.gender,
        birth_dates=rm.birth_dates,
        birth_places=rm.birth_places,
        nationalities=tuple(dict.fromkeys(rm.nationalities + rm.citizenships)),
        countries=tuple(dict.fromkeys(c for c in countries if c)),
        addresses=addresses,
        identifiers=tuple(identifiers),
        positions=(title,) if title else (),
        vessel=vessel,
        listing=Listing(
            list_name=LIST_NAME,
            reference=str(ent_num),
            programmes=programmes,
            legal_basis=legal_basis_of(programmes),
            measures=_MEASURES,
            remarks=remarks,
        ),
        # One validated Provenance per file, copied with each line (saves ~0.2 s per load).
        provenance=origin.model_copy(update={"location": f"line {line}"}),
    )


def parse_ofac_csv(
    sdn: bytes,
    *,
    snapshot: SnapshotInfo,
    alt: bytes | None = None,
    alt_snapshot: SnapshotInfo | None = None,
    add: bytes | None = None,
    add_snapshot: SnapshotInfo | None = None,
    comments: bytes | None = None,
    comments_snapshot: SnapshotInfo | None = None,
) -> ParsedList:
    """Parse OFAC's legacy ``sdn.csv``, joining the companion files given.

    Args:
        sdn: the bytes of ``sdn.csv``.
        snapshot: the snapshot ``sdn`` was read from; it is every entry's provenance.
        alt: the bytes of ``alt.csv`` (strong aliases), if any.
        alt_snapshot: the snapshot of ``alt`` (its file name goes in the names' notes).
        add: the bytes of ``add.csv`` (addresses), if any.
        add_snapshot: the snapshot of ``add``.
        comments: the bytes of ``sdn_comments.csv`` (the rest of cut Remarks), if any.
        comments_snapshot: the snapshot of ``comments``.

    Returns:
        The entries, rejected records and skip counts (see the module docstring).

    Raises:
        ListFormatError: a file is empty, binary, not decodable, or has no row of its
            format's width.
    """
    # The load allocates ~1.5 million container objects that form no reference cycles; the
    # cyclic GC kept re-scanning them (0.4 s of 1.6 s on the 2024-05-03 file, measured).
    with gc_paused():
        given = {
            "alt": read_companion(alt, alt_snapshot, "alt", 5),
            "add": read_companion(add, add_snapshot, "add", 6),
            "comments": read_companion(comments, comments_snapshot, "sdn_comments", 2),
        }
        companions = {key: c for key, c in given.items() if c is not None}
        return _parse(sdn, snapshot, companions)


def _parse(sdn: bytes, snapshot: SnapshotInfo, companions: dict[str, CompanionRows]) -> ParsedList:
    parsed = ParsedList(snapshot=snapshot)
    file = snapshot.file_name
    seen: dict[int, int] = {}
    origin = Provenance.at(snapshot, "line 1")
    for line, row in iter_rows(sdn, file, len(SDN_FIELDS)):
        parsed.records_read += 1
        try:
            if len(row) != len(SDN_FIELDS):
                raise RecordError(f"expected {len(SDN_FIELDS)} fields, got {len(row)}")
            ent_num = parse_ent_num(row[0])
            if ent_num in seen:
                raise RecordError(f"ent_num repeats line {seen[ent_num]}", "ent_num")
            seen[ent_num] = line
            cut = len(row[11]) >= _REMARKS_LIMIT
            joined = {
                key: (c.file, c.rows.get(ent_num, []) if key != "comments" or cut else [])
                for key, c in companions.items()
            }
            warnings: list[str] = []
            parsed.entries.append(_entry(line, row, ent_num, joined, origin, warnings))
            place = f"line {line}"
            parsed.warnings.extend(RecordIssue(file, place, w, "Remarks") for w in warnings)
            for key, (_file, rows) in joined.items():  # now part of the entry
                if rows:
                    del companions[key].rows[ent_num]
        except RecordError as exc:
            parsed.rejected.append(RecordIssue(file, f"line {line}", exc.problem, exc.field))
        except ValidationError as exc:
            problem = f"invalid record: {exc.errors()[0]['msg']}"
            parsed.rejected.append(RecordIssue(file, f"line {line}", problem))
    account_companions(parsed, companions, seen)
    return parsed
