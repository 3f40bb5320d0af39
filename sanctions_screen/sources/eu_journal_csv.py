"""EU legal-text transcriptions: one CSV row per listing in the annexes of a regulation.

The files (OpenSanctions' reviewed transcriptions of the Official Journal, e.g.
``32017R1509.csv`` for the DPRK regime, ``32014R0269.csv`` for the Ukraine/Russia regime)
are UTF-8 CSV with a header: ``celex, recordId, programKey, annex, measure, startDate,
reason, schema, name, alias, ...``. Multi-valued cells are separated by ``'; '``; dates
are printed as in the Journal ('16.7.2009', '1956').

Decisions:
    * ``reference`` is the regulation number, the annex and the record id
      ("2017/1509 XIV.A/1", "269/2014 I.PERSONS/1869"), because record ids repeat across
      annexes (CHON MYONG 1 is record 1 of XIV.A and record 9 of XIV.B). A row without a
      record id (the vessels of annex XIII.B) is referred to by its IMO number
      ("2017/1509 XIII.B/IMO 8606173"), else by its line; a reference seen before gets
      " (line N)" appended, so ids stay unique.
    * A date that cannot be read does not reject the row: the published text is kept
      (``Listing.listed_on_text``, ``BirthDate.text`` with no year) and the value is left
      unset. ParsedList has no place for warnings, so nothing else is reported.
    * Text that does not fit a field (a nationality that maps to no country, an
      identifier value with no number such as IMO 'Does not exist') is appended to
      ``Listing.remarks`` as "<column> as published: <text>", never dropped.
    * Name cells are cleaned by the rules of :func:`read_names`; the artefacts
      ('Korean:', 'Text of image') are dropped, other-script forms split off.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from pydantic import ValidationError

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import (
    Address,
    BirthDate,
    EntityKind,
    Identifier,
    Listing,
    Name,
    NameQuality,
    NameRole,
    Place,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
    VesselInfo,
)
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.sources._eu_cells import (
    place_country,
    read_countries,
    read_names,
    split_cell,
    split_enumeration,
)
from sanctions_screen.sources._eu_ids import IDENTIFIER_COLUMNS, read_identifiers
from sanctions_screen.sources.common import ParsedList, RecordIssue, parse_birth_date

__all__ = ["parse_eu_journal_csv"]

REQUIRED_COLUMNS = ("celex", "recordId", "programKey", "annex", "measure", "schema", "name")
_KINDS = {
    "person": EntityKind.PERSON,
    "legalentity": EntityKind.ORGANIZATION,
    "organization": EntityKind.ORGANIZATION,
    "company": EntityKind.ORGANIZATION,
    "publicbody": EntityKind.ORGANIZATION,
    "vessel": EntityKind.VESSEL,
    "airplane": EntityKind.AIRCRAFT,
    "aircraft": EntityKind.AIRCRAFT,
}
_CELEX = re.compile(r"^3(\d{4})([RD])(\d{4})$")
_NAME_COLUMNS = (
    ("name", NameRole.PRIMARY, NameQuality.STRONG),
    ("alias", NameRole.ALIAS, NameQuality.STRONG),
    ("weakAlias", NameRole.ALIAS, NameQuality.WEAK),
    ("previousName", NameRole.FORMER, NameQuality.STRONG),
)


class _RowError(Exception):
    """One row cannot be read; becomes a RecordIssue."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


def regulation_of_celex(celex: str) -> tuple[str, str]:
    """The act number as the EU writes it and its title, from a CELEX number.

    Acts from 2015 on are numbered 'year/number', older ones 'No number/year'.

    Example:
        >>> regulation_of_celex("32017R1509")
        ('2017/1509', 'Council Regulation (EU) 2017/1509')
        >>> regulation_of_celex("32014R0269")
        ('269/2014', 'Council Regulation (EU) No 269/2014')
    """
    m = _CELEX.match(celex.strip())
    if m is None:
        raise _RowError("celex", f"not a CELEX number of a regulation or decision: {celex!r}")
    year, kind, number = int(m.group(1)), m.group(2), int(m.group(3))
    short = f"{year}/{number}" if year >= 2015 else f"{number}/{year}"
    act = "Council Regulation (EU)" if kind == "R" else "Council Decision (CFSP)"
    title = f"{act} {short}" if year >= 2015 else f"{act} No {short}"
    return short, title


def _names(row: dict[str, str]) -> list[Name]:
    names: list[Name] = []
    for column, role, quality in _NAME_COLUMNS:
        for piece in read_names(row.get(column, "")):
            piece_role = piece.role or role
            if names and piece_role is NameRole.PRIMARY:
                piece_role = NameRole.ALIAS
            name = Name(
                value=piece.value,
                role=piece_role,
                quality=quality,
                script=piece.script,
                note=piece.note,
            )
            if name not in names:
                names.append(name)
    if not names or names[0].role is not NameRole.PRIMARY:
        raise _RowError("name", "no name")
    return names


def _identifiers(row: dict[str, str], remarks: list[str]) -> list[Identifier]:
    found: list[Identifier] = []
    for column in IDENTIFIER_COLUMNS:
        if cell := row.get(column, "").strip():
            ids, unread = read_identifiers(column, cell)
            found.extend(i for i in ids if i not in found)
            remarks.extend(f"{column} as published: {text}" for text in unread)
    return found


def _countries(row: dict[str, str], column: str, remarks: list[str]) -> list[str]:
    cell = row.get(column, "").strip()
    codes, complete = read_countries(cell)
    if cell and not complete:
        remarks.append(f"{column} as published: {cell}")
    return codes


def _entry(
    row: dict[str, str], *, line: int, reference: str, snapshot: SnapshotInfo
) -> SanctionsEntry:
    schema = row["schema"].strip()
    kind = _KINDS.get(schema.lower())
    if kind is None:
        raise _RowError("schema", f"unknown schema {schema!r}")
    names = _names(row)
    _short, title = regulation_of_celex(row["celex"])
    remarks = [notes] if (notes := row.get("notes", "").strip()) else []
    nationalities = _countries(row, "nationality", remarks)
    countries = _countries(row, "country", remarks) + _countries(row, "jurisdiction", remarks)
    identifiers = _identifiers(row, remarks)
    addresses = [
        Address(text=text, country=place_country(text))
        for part in split_cell(row.get("address", ""))
        for text in split_enumeration(part)
    ]
    countries += [a.country for a in addresses if a.country]
    births = [
        parse_birth_date(text) or BirthDate(text=text)
        for part in split_cell(row.get("birthDate", ""))
        for text in split_enumeration(part)
    ]
    places = [
        Place(text=p, country=place_country(p)) for p in split_cell(row.get("birthPlace", ""))
    ]
    flag = row.get("flag", "").strip()
    vessel = None
    if kind is EntityKind.VESSEL or flag:
        vessel = VesselInfo(flag=flag or None, flag_country=normalize_country(flag or None))
    gender = row.get("gender", "").strip().rstrip(".")
    start = row.get("startDate", "").strip()
    return SanctionsEntry(
        id=f"{snapshot.source}:{reference}",
        source=snapshot.source,
        reference=reference,
        kind=kind,
        names=tuple(names),
        gender=(gender.lower() if gender.lower() in ("male", "female") else gender) or None,
        birth_dates=tuple(births),
        birth_places=tuple(places),
        nationalities=tuple(nationalities),
        countries=tuple(dict.fromkeys(countries)),
        addresses=tuple(addresses),
        identifiers=tuple(identifiers),
        positions=tuple(split_cell(row.get("position", ""))),
        vessel=vessel,
        listing=Listing(
            list_name=f"EU {title}",
            reference=reference,
            programmes=(row["programKey"].strip(),) if row["programKey"].strip() else (),
            legal_basis=(title,),
            measures=tuple(split_cell(row["measure"])),
            listed_on=parse_list_date(start) if start else None,
            listed_on_text=start or None,
            reason=row.get("reason", "").strip() or None,
            remarks="\n".join(remarks) or None,
            record_id=row["recordId"].strip() or None,
        ),
        provenance=Provenance.at(
            snapshot, f"line {line}, annex {row['annex'].strip()} record {row['recordId']}"
        ),
    )


def _reference(row: dict[str, str], line: int, seen: set[str]) -> str:
    short, _title = regulation_of_celex(row["celex"])
    annex = row["annex"].strip()
    record = row["recordId"].strip()
    if not record:
        imo = read_identifiers("imoNumber", row.get("imoNumber", ""))[0]
        record = f"IMO {imo[0].number}" if imo else f"line {line}"
    reference = f"{short} {annex}/{record}"
    if reference in seen:
        reference += f" (line {line})"
    seen.add(reference)
    return reference


def _rows(data: bytes, file: str) -> Iterator[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ListFormatError(file, f"line {line}", f"not UTF-8: {exc.reason}") from exc
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ListFormatError(file, f"line {line}", f"malformed CSV: {exc}") from exc
        if row:
            yield line, row


def parse_eu_journal_csv(data: bytes, *, snapshot: SnapshotInfo) -> ParsedList:
    """Parse an EU legal-text transcription CSV into entries.

    Args:
        data: the file's bytes.
        snapshot: the file as a snapshot (source 'eu').

    Returns:
        The entries, and the rows rejected (empty name, unknown schema, bad CELEX, a row
        with the wrong number of fields), each with its line and field.

    Raises:
        ListFormatError: not UTF-8, not CSV, a required header column missing, or no row
            with as many fields as the header.
    """
    file = snapshot.file_name
    result = ParsedList(snapshot=snapshot)
    rows = _rows(data, file)
    header_line, header = next(rows, (1, []))
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ListFormatError(
            file,
            f"line {header_line}",
            f"missing header column(s): {', '.join(missing)}",
            field=missing[0],
        )
    seen: set[str] = set()
    misshapen = 0
    for line, values in rows:
        result.records_read += 1
        if len(values) != len(header):
            misshapen += 1
            problem = f"expected {len(header)} fields, got {len(values)}"
            result.rejected.append(RecordIssue(file, f"line {line}", problem))
            continue
        row = dict(zip(header, values, strict=True))
        try:
            reference = _reference(row, line, seen)
            result.entries.append(_entry(row, line=line, reference=reference, snapshot=snapshot))
        except _RowError as exc:
            result.rejected.append(RecordIssue(file, f"line {line}", exc.problem, exc.field))
        except ValidationError as exc:
            field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or None
            result.rejected.append(RecordIssue(file, f"line {line}", f"invalid: {exc}", field))
    if result.records_read and misshapen == result.records_read:
        raise ListFormatError(
            file, f"line {header_line + 1}", f"no row has the header's {len(header)} fields"
        )
    return result
