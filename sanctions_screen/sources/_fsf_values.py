"""Values inside an FSF ``sanctionEntity``: birth dates, identifications, addresses.

Private helpers of :mod:`sanctions_screen.sources.eu_fsf_xml`; every value is an XML
attribute, read with :func:`attr`.
"""

from __future__ import annotations

from typing import Any

from sanctions_screen.models import Address, BirthDate, Identifier, IdentifierType, Place
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.normalize.identifiers import is_valid_imo, normalize_identifier, normalize_imo

__all__ = ["address_of", "attr", "birth_of", "country_of", "identifier_of", "local_name"]

# identificationTypeCode values of the FSF code list, mapped by prefix.
_ID_TYPES = (
    ("passport", IdentifierType.PASSPORT),
    ("id", IdentifierType.NATIONAL_ID),
    ("regnumber", IdentifierType.REGISTRATION),
    ("fiscalcode", IdentifierType.TAX),
    ("tax", IdentifierType.TAX),
    ("swift", IdentifierType.SWIFT),
    ("imo", IdentifierType.IMO),
)
_FLAGS = ("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer")


def local_name(elem: Any) -> str:
    """An element's tag without its namespace."""
    return str(elem.tag).rsplit("}", 1)[-1]


def attr(elem: Any, name: str) -> str:
    """An attribute's value, stripped; '' when absent."""
    return str(elem.get(name) or "").strip()


def country_of(elem: Any) -> str | None:
    code = attr(elem, "countryIso2Code").upper()
    if len(code) == 2 and code.isalpha():
        return normalize_country(code) or code
    return normalize_country(attr(elem, "countryDescription") or None)


def birth_of(elem: Any) -> tuple[BirthDate | None, Place | None]:
    circa = attr(elem, "circa").lower() == "true"
    full, year = attr(elem, "birthdate"), attr(elem, "year")
    low, high = attr(elem, "yearRangeFrom"), attr(elem, "yearRangeTo")
    date: BirthDate | None = None
    if full and (exact := parse_list_date(full)) is not None:
        date = BirthDate.of_date(exact, text=full)
    elif year.isdigit():
        date = BirthDate.of_year(int(year), text=("circa " if circa else "") + year, circa=circa)
    elif low.isdigit() or high.isdigit():
        text = f"{low}-{high}"
        if low.isdigit() and high.isdigit():
            date = BirthDate.between(int(low), int(high), text=text)
        else:
            bound = int(low) if low.isdigit() else None
            date = BirthDate(text=text, year_from=bound, year_to=int(high) if high else None)
        date = date.model_copy(update={"circa": circa})
    elif full or year:
        date = BirthDate(text=full or year)
    words = [attr(elem, a) for a in ("place", "city", "region")]
    words = [w for w in words if w]
    description = attr(elem, "countryDescription")
    if description and description.upper() != "UNKNOWN":
        words.append(description)
    place = Place(text=", ".join(words), country=country_of(elem)) if words else None
    return date, place


def identifier_of(elem: Any) -> Identifier | None:
    value = attr(elem, "number") or attr(elem, "latinNumber")
    code = attr(elem, "identificationTypeCode").lower()
    kind = next((k for prefix, k in _ID_TYPES if code.startswith(prefix)), IdentifierType.OTHER)
    number = normalize_identifier(attr(elem, "latinNumber") or value)
    if kind is IdentifierType.IMO:
        number = normalize_imo(value) or number
    if not value or number is None:
        return None
    notes = [attr(elem, "identificationTypeDescription") or code]
    notes += [flag for flag in _FLAGS if attr(elem, flag).lower() == "true"]
    notes += [f"name on document {n}" for n in [attr(elem, "nameOnDocument")] if n]
    notes += [r for r in [attr(elem, "regionDescription")] if r]
    return Identifier(
        type=kind,
        value=value,
        number=number,
        country=country_of(elem),
        valid=is_valid_imo(number) if kind is IdentifierType.IMO else None,
        note="; ".join(n for n in notes if n) or None,
    )


def address_of(elem: Any) -> Address | None:
    attrs = ("street", "poBox", "zipCode", "city", "region", "place")
    words = [attr(elem, a) for a in attrs]
    description = attr(elem, "countryDescription")
    if description and description.upper() != "UNKNOWN":
        words.append(description)
    text = ", ".join(w for w in words if w)
    if not text:
        return None
    return Address(text=text, city=attr(elem, "city") or None, country=country_of(elem))
