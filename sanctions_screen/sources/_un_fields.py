"""The fields of one UN Consolidated List record: names, dates, places, documents.

Values are kept as published, stripped of surrounding whitespace only. Countries are
mapped to ISO alpha-2 with :func:`normalize_country`; values it does not know are handed
back to the caller so that nothing the record says is lost.
"""

from __future__ import annotations

import re
from typing import Any

from sanctions_screen.models import (
    Address,
    BirthDate,
    EntityKind,
    Identifier,
    IdentifierType,
    NameQuality,
    NameRole,
    Place,
)
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.normalize.identifiers import normalize_identifier
from sanctions_screen.sources.common import parse_birth_date

__all__ = [
    "addresses",
    "aliases",
    "birth_dates",
    "birth_places",
    "country_code",
    "documents",
    "name_parts",
    "nationalities",
    "text",
    "texts",
    "values",
]

_NAME_TAGS = (
    ("first_name", "FIRST_NAME"),
    ("second_name", "SECOND_NAME"),
    ("third_name", "THIRD_NAME"),
    ("fourth_name", "FOURTH_NAME"),
)
_INDIVIDUAL_QUALITY = {"good": NameQuality.STRONG, "low": NameQuality.WEAK}
_YEAR = re.compile(r"^\d{4}$")
# Document types in the three languages of the list ('Passport', 'Numéro de passeport',
# 'Número de pasaporte') and the national identification variants seen in the file.
_PASSPORT = re.compile(r"pass|pasaport", re.IGNORECASE)
_NATIONAL_ID = re.compile(r"identi|tazkira|national number", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"^(?P<number>.*?)\s*\((?P<note>[^()]*)\)$", re.DOTALL)

# Placeholders the list writes where a country is unknown: SDi.001 has nationality 'na'
# (not available), which an ISO lookup would read as Namibia.
_NO_COUNTRY = frozenset({"na", "n/a", "n.a.", "none", "unknown", "-"})

Alias = tuple[str, NameRole, NameQuality, str | None]


def country_code(value: str) -> str | None:
    """The ISO alpha-2 code of a country value, None for placeholders and unknowns."""
    return None if value.casefold() in _NO_COUNTRY else normalize_country(value)


def text(rec: Any, tag: str) -> str:
    """The stripped text of the first child ``tag`` of ``rec`` ('' when absent)."""
    child = rec.find(tag)
    if child is None or not isinstance(child.text, str):
        return ""
    return str(child.text).strip()


def texts(rec: Any, tag: str) -> list[str]:
    """The non-empty stripped texts of every child ``tag`` of ``rec``."""
    out = [str(c.text).strip() for c in rec.findall(tag) if isinstance(c.text, str)]
    return [t for t in out if t]


def values(rec: Any, tag: str) -> list[str]:
    """The non-empty ``VALUE`` texts under every child ``tag`` (DESIGNATION, TITLE, ...)."""
    return [v for child in rec.findall(tag) for v in texts(child, "VALUE")]


def name_parts(rec: Any) -> dict[str, str]:
    """FIRST_NAME..FOURTH_NAME as published (and the titles, under 'title')."""
    parts = {key: value for key, tag in _NAME_TAGS if (value := text(rec, tag))}
    if titles := values(rec, "TITLE"):
        parts["title"] = "; ".join(titles)
    return parts


def _alias_note(alias: Any) -> list[str]:
    notes = [text(alias, "NOTE")]
    if born := text(alias, "DATE_OF_BIRTH"):
        notes.append(f"date of birth {born}")
    place = ", ".join(texts(alias, "CITY_OF_BIRTH") + texts(alias, "COUNTRY_OF_BIRTH"))
    if place:
        notes.append(f"born in {place}")
    return [n for n in notes if n]


def aliases(rec: Any, kind: EntityKind) -> list[Alias]:
    """The aliases of a record: (name, role, quality, note), empty ALIAS_NAME skipped.

    Individuals: QUALITY 'Good' is strong, 'Low' weak, empty strong (with a note).
    Entities: 'a.k.a.' an alias, 'f.k.a.' a former name, both strong.
    """
    tag = "INDIVIDUAL_ALIAS" if kind is EntityKind.PERSON else "ENTITY_ALIAS"
    out: list[Alias] = []
    for alias in rec.findall(tag):
        name = text(alias, "ALIAS_NAME")
        if not name:
            continue
        quality_text = text(alias, "QUALITY")
        notes = _alias_note(alias)
        role, quality = NameRole.ALIAS, NameQuality.STRONG
        if kind is EntityKind.PERSON:
            folded = quality_text.casefold()
            quality = _INDIVIDUAL_QUALITY.get(folded, NameQuality.STRONG)
            if folded not in _INDIVIDUAL_QUALITY:
                given = f"alias quality '{quality_text}'" if quality_text else ""
                notes.insert(0, given or "alias quality not given")
        elif quality_text.casefold() == "f.k.a.":
            role = NameRole.FORMER
        out.append((name, role, quality, "; ".join(notes) or None))
    return out


def _dob_text(kind: str, core: str, note: str) -> str:
    prefix = "approximately " if kind == "APPROXIMATELY" else ""
    return prefix + core + (f" ({note})" if note else "") if core else note


def birth_dates(rec: Any) -> list[BirthDate]:
    """INDIVIDUAL_DATE_OF_BIRTH elements: DATE, YEAR, FROM_YEAR/TO_YEAR or a NOTE only.

    A date the record gives only in words that hold no year ('30-35 years old') is kept
    as text, with no year range.
    """
    out: list[BirthDate] = []
    for dob in rec.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        kind = text(dob, "TYPE_OF_DATE").upper()
        date, year, note = text(dob, "DATE"), text(dob, "YEAR"), text(dob, "NOTE")
        low, high = text(dob, "FROM_YEAR"), text(dob, "TO_YEAR")
        circa = kind == "APPROXIMATELY" or note.casefold().startswith("approx")
        if date and (exact := parse_list_date(date)) is not None:
            out.append(BirthDate.of_date(exact, text=_dob_text(kind, date, note)))
        elif _YEAR.match(year):
            out.append(BirthDate.of_year(int(year), text=_dob_text(kind, year, note), circa=circa))
        elif _YEAR.match(low) and _YEAR.match(high):
            label = _dob_text(kind, f"between {low} and {high}", note)
            span = BirthDate.between(int(low), int(high), text=label)
            out.append(span.model_copy(update={"circa": circa}))
        elif raw := " ".join(v for v in (date, year, low, high, note) if v):
            parsed = parse_birth_date(raw)
            out.append(parsed if parsed is not None else BirthDate(text=raw))
    return out


def _place_text(elem: Any, tags: tuple[str, ...]) -> str:
    return ", ".join(v for tag in tags if (v := text(elem, tag)))


def birth_places(rec: Any) -> list[Place]:
    """INDIVIDUAL_PLACE_OF_BIRTH: street, city, province and country joined as published."""
    out: list[Place] = []
    for pob in rec.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
        joined = _place_text(pob, ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY"))
        note = text(pob, "NOTE")
        if joined or note:
            label = f"{joined} ({note})" if joined and note else joined or note
            out.append(Place(text=label, country=country_code(text(pob, "COUNTRY"))))
    return out


def addresses(rec: Any, tag: str) -> list[Address]:
    """INDIVIDUAL_ADDRESS / ENTITY_ADDRESS elements with at least one value."""
    out: list[Address] = []
    for elem in rec.findall(tag):
        joined = _place_text(elem, ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"))
        note = text(elem, "NOTE") or None
        if not joined and not note:
            continue
        out.append(
            Address(
                text=joined or note or "",
                city=text(elem, "CITY") or None,
                country=country_code(text(elem, "COUNTRY")),
                note=note if joined else None,
            )
        )
    return out


def nationalities(rec: Any) -> tuple[list[str], list[str]]:
    """ISO codes of the NATIONALITY values, and the values that are no known country."""
    codes: list[str] = []
    unknown: list[str] = []
    for value in values(rec, "NATIONALITY"):
        code = country_code(value)
        if code is None:
            unknown.append(value)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def _document_type(label: str) -> IdentifierType:
    if _PASSPORT.search(label):
        return IdentifierType.PASSPORT
    if _NATIONAL_ID.search(label):
        return IdentifierType.NATIONAL_ID
    return IdentifierType.OTHER


def _richness(ident: Identifier) -> tuple[bool, int]:
    return ident.country is not None, len(ident.note or "")


def documents(rec: Any) -> tuple[list[Identifier], list[str]]:
    """INDIVIDUAL_DOCUMENT elements as identifiers, and remarks for those without a number.

    The same document repeated with its type in French, Spanish and English becomes one
    identifier (the copy that says most: issuing country, then the longest note). A
    parenthesis after the number ('381110042 (Expired 25 Jan. 2016)') goes to the note.
    """
    found: dict[tuple[IdentifierType, str], Identifier] = {}
    remarks: list[str] = []
    for doc in rec.findall("INDIVIDUAL_DOCUMENT"):
        label, detail = text(doc, "TYPE_OF_DOCUMENT"), text(doc, "TYPE_OF_DOCUMENT2")
        kind = _document_type(label or detail)
        raw = text(doc, "NUMBER")
        split = _TRAILING_NOTE.match(raw)
        number = normalize_identifier(split.group("number") if split else raw)
        issuer = text(doc, "ISSUING_COUNTRY") or text(doc, "COUNTRY_OF_ISSUE")
        notes = [detail, split.group("note").strip() if split else ""]
        if issued := text(doc, "DATE_OF_ISSUE"):
            notes.append(f"issued {issued}")
        if city := text(doc, "CITY_OF_ISSUE"):
            notes.append(f"issued in {city}")
        notes.append(text(doc, "NOTE"))
        note = "; ".join(n for n in notes if n) or None
        if number is None:
            if described := "; ".join(v for v in (label, raw, note or "", issuer) if v):
                remarks.append(f"Document with no usable NUMBER: {described}")
            continue
        ident = Identifier(
            type=kind, value=raw, number=number, country=country_code(issuer), note=note
        )
        key = (kind, number)
        if key not in found or _richness(ident) > _richness(found[key]):
            found[key] = ident
    return list(found.values()), remarks
