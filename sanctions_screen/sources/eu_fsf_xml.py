"""The official EU Financial Sanctions Files (FSF) XML: the consolidated list of persons,
groups and entities subject to EU financial sanctions.

The root ``export`` holds one ``sanctionEntity`` per listing (attributes
``euReferenceNumber``, ``unitedNationId``, ``designationDetails``, ``logicalId``), whose
children say everything as attributes: ``regulation``, ``subjectType``, ``nameAlias``,
``citizenship``, ``birthdate``, ``identification``, ``address`` and ``remark`` text.
Elements are matched by local name, so the namespace (the EU publishes
``http://eu.europa.ec/fpi/fsd/export``) does not matter. The file is streamed.

Decisions:
    * ``reference`` is ``euReferenceNumber`` ("EU.4118.12"), else "logicalId N"; a
      reference seen before gets " (#ordinal)" appended, so ids stay unique.
    * ``unitedNationId`` ("KPi.033") becomes an Identifier of type OTHER, note
      "UN reference", so that the UN and EU entries of one person can be joined.
    * The first ``nameAlias`` not marked ``strong="false"`` is the primary name; the others
      are aliases, weak where ``strong="false"``. ``nameLanguage`` and ``title`` go to the
      name's note, ``function`` to positions, ``gender`` (M/F) to the entry.
    * ``listed_on`` is the earliest ``regulation@publicationDate``; ``measures`` is
      ("Asset freeze",) since the FSF lists only persons subject to financial sanctions.
    * An enterprise whose IMO identification passes the ship check digit is a vessel
      (the FSF has no vessel subject type); other IMO numbers stay on organisations.
"""

from __future__ import annotations

import io
from typing import Any

from pydantic import ValidationError

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import (
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
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.normalize.identifiers import normalize_identifier
from sanctions_screen.normalize.scripts import detect_script
from sanctions_screen.sources._fsf_values import (
    address_of,
    attr,
    birth_of,
    country_of,
    identifier_of,
    local_name,
)
from sanctions_screen.sources.common import ParsedList, RecordIssue, iter_xml_elements

__all__ = ["parse_eu_fsf_xml"]

_KINDS = {
    "person": EntityKind.PERSON,
    "p": EntityKind.PERSON,
    "enterprise": EntityKind.ORGANIZATION,
    "e": EntityKind.ORGANIZATION,
    "vessel": EntityKind.VESSEL,
}


_GENDERS = {"M": "male", "F": "female"}


class _EntityError(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


def _children(entity: Any, tag: str) -> list[Any]:
    return [c for c in entity if local_name(c) == tag]


def _names(entity: Any) -> tuple[list[Name], list[str], str | None]:
    names: list[Name] = []
    positions: list[str] = []
    gender: str | None = None
    for alias in _children(entity, "nameAlias"):
        parts = {
            key: attr(alias, name)
            for key, name in (
                ("first_name", "firstName"),
                ("middle_name", "middleName"),
                ("last_name", "lastName"),
            )
            if attr(alias, name)
        }
        value = attr(alias, "wholeName") or " ".join(parts.values())
        if function := attr(alias, "function"):
            positions.append(function)
        gender = gender or _GENDERS.get(attr(alias, "gender").upper())
        if not value:
            continue
        weak = attr(alias, "strong").lower() == "false"
        primary = not weak and not any(n.role is NameRole.PRIMARY for n in names)
        notes = [f"language {lang}" for lang in [attr(alias, "nameLanguage")] if lang]
        notes += [f"title {t}" for t in [attr(alias, "title")] if t]
        names.append(
            Name(
                value=value,
                role=NameRole.PRIMARY if primary else NameRole.ALIAS,
                quality=NameQuality.WEAK if weak else NameQuality.STRONG,
                script=detect_script(value),
                parts=parts,
                note="; ".join(notes) or None,
            )
        )
    if not names:
        raise _EntityError("nameAlias", "no nameAlias with a name")
    names.sort(key=lambda n: n.role is not NameRole.PRIMARY)
    return names, positions, gender


def _entry(entity: Any, *, ordinal: int, reference: str, snapshot: SnapshotInfo) -> SanctionsEntry:
    subject = next(iter(_children(entity, "subjectType")), None)
    code = "" if subject is None else attr(subject, "code") or attr(subject, "classificationCode")
    kind = _KINDS.get(code.lower())
    if kind is None:
        raise _EntityError("subjectType", f"unknown subject type {code!r}")
    names, positions, gender = _names(entity)
    identifiers = [i for e in _children(entity, "identification") if (i := identifier_of(e))]
    if un_id := attr(entity, "unitedNationId"):
        number = normalize_identifier(un_id) or un_id
        identifiers.append(
            Identifier(type=IdentifierType.OTHER, value=un_id, number=number, note="UN reference")
        )
    if kind is EntityKind.ORGANIZATION and any(
        i.type is IdentifierType.IMO and i.valid for i in identifiers
    ):
        kind = EntityKind.VESSEL
    births = [birth_of(e) for e in _children(entity, "birthdate")]
    nationalities: list[str] = []
    remarks = [str(r.text).strip() for r in _children(entity, "remark") if (r.text or "").strip()]
    for citizenship in _children(entity, "citizenship"):
        if (country := country_of(citizenship)) is not None:
            nationalities.append(country)
        elif text := attr(citizenship, "countryDescription") or attr(citizenship, "region"):
            remarks.append(f"citizenship as published: {text}")
    addresses = [a for e in _children(entity, "address") if (a := address_of(e))]
    regulations = _children(entity, "regulation")
    published = sorted(
        (date, text)
        for r in regulations
        if (date := parse_list_date(text := attr(r, "publicationDate"))) is not None
    )
    logical_id = attr(entity, "logicalId")
    return SanctionsEntry(
        id=f"{snapshot.source}:{reference}",
        source=snapshot.source,
        reference=reference,
        kind=kind,
        names=tuple(names),
        gender=gender,
        birth_dates=tuple(d for d, _p in births if d is not None),
        birth_places=tuple(p for _d, p in births if p is not None),
        nationalities=tuple(dict.fromkeys(nationalities)),
        countries=tuple(dict.fromkeys(a.country for a in addresses if a.country)),
        addresses=tuple(addresses),
        identifiers=tuple(identifiers),
        positions=tuple(dict.fromkeys(positions)),
        vessel=VesselInfo() if kind is EntityKind.VESSEL else None,
        listing=Listing(
            list_name="EU Financial Sanctions Files (consolidated list)",
            reference=reference,
            programmes=tuple(dict.fromkeys(p for r in regulations if (p := attr(r, "programme")))),
            legal_basis=tuple(
                dict.fromkeys(t for r in regulations if (t := attr(r, "numberTitle")))
            ),
            measures=("Asset freeze",),
            listed_on=published[0][0] if published else None,
            listed_on_text=published[0][1] if published else None,
            reason=attr(entity, "designationDetails") or None,
            remarks="\n".join(remarks) or None,
            record_id=logical_id or None,
        ),
        provenance=Provenance.at(snapshot, f"sanctionEntity #{ordinal} (logicalId {logical_id})"),
    )


def parse_eu_fsf_xml(data: bytes, *, snapshot: SnapshotInfo) -> ParsedList:
    """Parse the EU Financial Sanctions Files XML into entries, streaming.

    Args:
        data: the file's bytes.
        snapshot: the file as a snapshot (source 'eu').

    Returns:
        The entries, and the ``sanctionEntity`` elements rejected (no name, unknown
        subject type, no reference), each with its ordinal and logicalId.

    Raises:
        ListFormatError: not XML, truncated XML, unsafe XML, or a root other than ``export``.
    """
    file = snapshot.file_name
    result = ParsedList(snapshot=snapshot)
    seen: set[str] = set()
    root: str | None = None
    tags = frozenset({"sanctionEntity", "export"})
    for elem, _count in iter_xml_elements(io.BytesIO(data), file=file, tags=tags):
        if local_name(elem) == "export":
            root = "export"
            continue
        result.records_read += 1
        ordinal = result.records_read
        place = f"sanctionEntity #{ordinal} (logicalId {attr(elem, 'logicalId')})"
        try:
            reference = attr(elem, "euReferenceNumber") or (
                f"logicalId {attr(elem, 'logicalId')}" if attr(elem, "logicalId") else ""
            )
            if not reference:
                raise _EntityError("euReferenceNumber", "no euReferenceNumber nor logicalId")
            if reference in seen:
                reference += f" (#{ordinal})"
            seen.add(reference)
            result.entries.append(
                _entry(elem, ordinal=ordinal, reference=reference, snapshot=snapshot)
            )
        except _EntityError as exc:
            result.rejected.append(RecordIssue(file, place, exc.problem, exc.field))
        except ValidationError as exc:
            field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or None
            result.rejected.append(RecordIssue(file, place, f"invalid: {exc}", field))
    if root is None:
        raise ListFormatError(file, "document", "not an FSF export: no <export> root element")
    return result
