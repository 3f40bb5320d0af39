"""The UN Security Council Consolidated List, XML format.

The file (``scsanctions.un.org/resources/xml/en/consolidated.xml``) has the root
``<CONSOLIDATED_LIST dateGenerated="...">`` holding ``INDIVIDUALS/INDIVIDUAL`` and
``ENTITIES/ENTITY`` records. Every record is loaded, whatever its regime; filter on
``entry.listing.programmes`` (the record's ``UN_LIST_TYPE``, e.g. ``("DPRK",)``).

Choices made here:

* ``id`` is ``"un:<REFERENCE_NUMBER>"`` with stray spaces stripped (``"KPe.056 "``); a
  reference seen twice gets ``"#<DATAID>"`` appended on its second and later use.
* ``COMMENTS1`` becomes ``listing.reason``: the UN publishes no separate statement of
  reasons, and the comment is the closest to one. ``listing.remarks`` holds what the
  record says that fits no field: nationalities that are not a country, documents without
  a number.
* ``gender`` is ``GENDER``, else the "Gender: male" most DPRK records write in
  ``COMMENTS1`` (capitalised like ``GENDER``).
* DPRK shipping companies name their vessels and their company IMO number only in
  ``COMMENTS1``; see :mod:`sanctions_screen.sources._un_vessels`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import (
    EntityKind,
    LinkedEntity,
    Listing,
    Name,
    NameRole,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
)
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.normalize.scripts import detect_script
from sanctions_screen.sources import _un_fields as fields
from sanctions_screen.sources import _un_vessels as vessels
from sanctions_screen.sources.common import ParsedList, RecordIssue, iter_xml_elements

__all__ = ["UN_REGIME_RESOLUTIONS", "parse_un_xml", "read_un_generated_date"]

LIST_NAME = "UN Security Council Consolidated List"

# UN_LIST_TYPE -> the resolution(s) that established the regime and its sanctions list.
# Checked against the list types present in the 2026-02-27 file (all covered); Mali is
# kept for older files (the Mali regime ended in August 2023 and is absent from it).
UN_REGIME_RESOLUTIONS: dict[str, tuple[str, ...]] = {
    "Al-Qaida": ("S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"),
    "CAR": ("S/RES/2127 (2013)",),
    "DPRK": ("S/RES/1718 (2006)",),
    "DRC": ("S/RES/1533 (2004)",),
    "GB": ("S/RES/2048 (2012)",),
    "Haiti": ("S/RES/2653 (2022)",),
    "Iran": ("S/RES/1737 (2006)",),
    "Iraq": ("S/RES/1518 (2003)",),
    "Libya": ("S/RES/1970 (2011)",),
    "Mali": ("S/RES/2374 (2017)",),
    "Somalia": ("S/RES/751 (1992)", "S/RES/2713 (2023)"),
    "SouthSudan": ("S/RES/2206 (2015)",),
    "Sudan": ("S/RES/1591 (2005)",),
    "Taliban": ("S/RES/1988 (2011)",),
    "Yemen": ("S/RES/2140 (2014)",),
}

# UN measures apply per regime, not per entry: every listed individual is subject to the
# asset freeze and travel ban of its regime, every entity to the asset freeze. Arms
# embargoes are imposed on a country or territory, not on listed entries.
_MEASURES = {
    EntityKind.PERSON: ("asset freeze", "travel ban"),
    EntityKind.ORGANIZATION: ("asset freeze",),
}
_RECORD_TAGS = frozenset({"INDIVIDUAL", "ENTITY"})
_ROOT = "CONSOLIDATED_LIST"
_RECORD_START = re.compile(rb"<(INDIVIDUAL|ENTITY)[\s/>]")
_GENDER_IN_COMMENT = re.compile(r"\bGender:\s*(male|female)\b", re.IGNORECASE)


class _RecordError(Exception):
    """A record that cannot become an entry; reported in ParsedList.rejected."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.field = field


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _read_root(data: bytes, file: str) -> tuple[str, dict[str, str]]:
    """The root element's local name and attributes, reading no further than needed."""
    try:
        for _event, elem in iterparse(
            io.BytesIO(data),
            events=("start",),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        ):
            return _local(elem.tag), dict(elem.attrib)
    except DefusedXmlException as exc:
        raise ListFormatError(file, "document", f"unsafe XML refused: {exc!r}") from exc
    except SyntaxError as exc:
        position = getattr(exc, "position", None)
        place = f"line {position[0]}, column {position[1]}" if position else "document"
        raise ListFormatError(file, place, f"malformed XML: {exc}") from exc
    except (LookupError, ValueError) as exc:  # expat: unknown or multi-byte declared encoding
        raise ListFormatError(file, "XML declaration", f"unusable encoding: {exc}") from exc
    raise ListFormatError(file, "document", "no root element")


def read_un_generated_date(data: bytes) -> dt.date | None:
    """The date in the root's ``dateGenerated`` attribute, reading only the file's start.

    Returns None when the root cannot be read or carries no usable date.

    Example:
        >>> read_un_generated_date(
        ...     b'<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"/>')
        datetime.date(2026, 2, 27)
        >>> read_un_generated_date(b"not xml") is None
        True
    """
    try:
        tag, attrib = _read_root(data, "<bytes>")
    except ListFormatError:
        return None
    if tag != _ROOT:
        return None
    return parse_list_date(attrib.get("dateGenerated", ""))


def _record_lines(data: bytes) -> dict[str, list[int]]:
    """Line numbers of the record start tags, per tag, in document order."""
    lines: dict[str, list[int]] = {"INDIVIDUAL": [], "ENTITY": []}
    line, last = 1, 0
    for match in _RECORD_START.finditer(data):
        line += data.count(b"\n", last, match.start())
        last = match.start()
        lines[match.group(1).decode()].append(line)
    return lines


def _names(rec: Any, kind: EntityKind) -> list[Name]:
    names: list[Name] = []
    if kind is EntityKind.PERSON:
        parts = fields.name_parts(rec)
        primary = " ".join(v for k, v in parts.items() if k != "title")
        if primary:
            names.append(Name(value=primary, script=detect_script(primary), parts=parts))
    elif primary := fields.text(rec, "FIRST_NAME"):
        names.append(Name(value=primary, script=detect_script(primary)))
    for value in fields.texts(rec, "NAME_ORIGINAL_SCRIPT"):
        script = detect_script(value)
        names.append(Name(value=value, role=NameRole.ALIAS, script=script, note="original script"))
    for value, role, quality, note in fields.aliases(rec, kind):
        if not any(n.value == value and n.role is role for n in names):
            script = detect_script(value)
            names.append(Name(value=value, role=role, quality=quality, script=script, note=note))
    return names


def _entry(rec: Any, tag: str, location: str, snapshot: SnapshotInfo) -> SanctionsEntry:
    reference = fields.text(rec, "REFERENCE_NUMBER")
    if not reference:
        raise _RecordError("record has no reference number", "REFERENCE_NUMBER")
    kind = EntityKind.PERSON if tag == "INDIVIDUAL" else EntityKind.ORGANIZATION
    comment = fields.text(rec, "COMMENTS1")
    names = _names(rec, kind)
    identifiers, remarks = fields.documents(rec) if kind is EntityKind.PERSON else ([], [])
    if not names:
        raise _RecordError("record has no name", "FIRST_NAME")
    linked: list[LinkedEntity] = []
    if kind is EntityKind.ORGANIZATION and comment:
        vessel_names, linked, comment_ids = vessels.read_entity_comment(comment)
        names.extend(n for n in vessel_names if n.value not in {m.value for m in names})
        identifiers.extend(comment_ids)
    nationalities, unknown = fields.nationalities(rec)
    remarks = [*(f"Nationality with no country code: {u}" for u in unknown), *remarks]
    addresses = fields.addresses(rec, f"{tag}_ADDRESS")
    gender = fields.text(rec, "GENDER") or None
    if gender is None and (found := _GENDER_IN_COMMENT.search(comment)):
        gender = found.group(1).capitalize()
    list_type = fields.text(rec, "UN_LIST_TYPE")
    listed_text = fields.text(rec, "LISTED_ON")
    return SanctionsEntry(
        id=f"un:{reference}",
        source="un",
        reference=reference,
        kind=kind,
        names=tuple(names),
        gender=gender,
        birth_dates=tuple(fields.birth_dates(rec)),
        birth_places=tuple(fields.birth_places(rec)),
        nationalities=tuple(nationalities),
        countries=tuple(dict.fromkeys(a.country for a in addresses if a.country)),
        addresses=tuple(addresses),
        identifiers=tuple(identifiers),
        positions=tuple(fields.values(rec, "DESIGNATION")),
        linked=tuple(linked),
        listing=Listing(
            list_name=LIST_NAME,
            reference=reference,
            programmes=(list_type,) if list_type else (),
            legal_basis=UN_REGIME_RESOLUTIONS.get(list_type, ()),
            measures=_MEASURES[kind],
            listed_on=parse_list_date(listed_text),
            listed_on_text=listed_text or None,
            reason=comment or None,
            remarks="\n".join(remarks) or None,
            record_id=fields.text(rec, "DATAID") or None,
        ),
        provenance=Provenance.at(snapshot, location),
    )


def _records(data: bytes, file: str) -> Iterator[tuple[Any, str, int]]:
    ordinals = {"INDIVIDUAL": 0, "ENTITY": 0}
    elements = iter_xml_elements(io.BytesIO(data), file=file, tags=_RECORD_TAGS)
    while True:
        try:
            elem, _count = next(elements)
        except StopIteration:
            return
        except (LookupError, ValueError) as exc:  # expat's encoding errors, as in _read_root
            raise ListFormatError(file, "XML declaration", f"unusable encoding: {exc}") from exc
        tag = _local(elem.tag)
        ordinals[tag] += 1
        yield elem, tag, ordinals[tag]


def parse_un_xml(data: bytes, *, snapshot: SnapshotInfo) -> ParsedList:
    """Parse the UN Consolidated List XML into entries, all regimes included.

    Args:
        data: the file's bytes.
        snapshot: the snapshot the bytes come from (names the file in errors).

    Returns:
        The entries, in file order, and the rejected
        records (no reference number, no name, or values the models refuse).

    Raises:
        ListFormatError: the bytes are not well-formed XML, are truncated, declare a DTD or
            entities, or their root element is not ``CONSOLIDATED_LIST``.
    """
    file = snapshot.file_name
    root, _attrib = _read_root(data, file)
    if root != _ROOT:
        raise ListFormatError(file, "root element", f"expected {_ROOT}, found {root or '?'}")
    lines = _record_lines(data)
    result = ParsedList(snapshot=snapshot)
    seen: dict[str, int] = {}
    for rec, tag, ordinal in _records(data, file):
        result.records_read += 1
        dataid = fields.text(rec, "DATAID")
        tag_lines = lines[tag]
        where = f"line {tag_lines[ordinal - 1]}, " if ordinal <= len(tag_lines) else ""
        location = f"{where}{tag} #{ordinal}" + (f" (DATAID {dataid})" if dataid else "")
        try:
            entry = _entry(rec, tag, location, snapshot)
        except _RecordError as err:
            result.rejected.append(RecordIssue(file, location, err.problem, err.field))
            continue
        except ValueError as err:  # pydantic's ValidationError: a value the models refuse
            problem = f"invalid record: {str(err).splitlines()[0]}"
            result.rejected.append(RecordIssue(file, location, problem))
            continue
        seen[entry.reference] = seen.get(entry.reference, 0) + 1
        if seen[entry.reference] > 1:
            suffix = dataid or str(seen[entry.reference])
            entry = entry.model_copy(update={"id": f"{entry.id}#{suffix}"})
        result.entries.append(entry)
    return result
