"""Identifier cells of the EU legal-text transcriptions (``eu_journal_csv``).

An identifier cell holds one or more numbers written as the Official Journal prints
them: '836110034 (diplomatic)', 'PS- 563410163', '563120368, issued on 22.3.2013',
'series 4507 No 336855', 'TIN (INN): 6230005886', '654034325 (Russia)'. The published
value is kept whole; the comparable number is the first number-like token once
qualifiers, dates and labels are set aside.
"""

from __future__ import annotations

import re

from sanctions_screen.models import Identifier, IdentifierType
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.identifiers import is_valid_imo, normalize_identifier, normalize_imo
from sanctions_screen.sources._eu_cells import split_cell, split_enumeration

__all__ = ["IDENTIFIER_COLUMNS", "read_identifiers"]

# Column -> (identifier type, note). KPP is a Russian tax registration code, OKPO a
# statistical register number, LEI the global legal entity identifier.
IDENTIFIER_COLUMNS: dict[str, tuple[IdentifierType, str | None]] = {
    "passportNumber": (IdentifierType.PASSPORT, None),
    "idNumber": (IdentifierType.NATIONAL_ID, None),
    "registrationNumber": (IdentifierType.REGISTRATION, None),
    "taxNumber": (IdentifierType.TAX, None),
    "innCode": (IdentifierType.TAX, "INN"),
    "ogrnCode": (IdentifierType.REGISTRATION, "OGRN"),
    "kppCode": (IdentifierType.TAX, "KPP"),
    "okpoCode": (IdentifierType.REGISTRATION, "OKPO"),
    "leiCode": (IdentifierType.OTHER, "LEI"),
    "swiftBic": (IdentifierType.SWIFT, None),
    "imoNumber": (IdentifierType.IMO, None),
    "mmsi": (IdentifierType.MMSI, None),
}

# A label inside the value overrides the column's type ('National ID No. ...' in the
# passport column, 'TIN ...' in the registration column).
_TYPE_LABELS: tuple[tuple[re.Pattern[str], IdentifierType], ...] = (
    (re.compile(r"national id", re.I), IdentifierType.NATIONAL_ID),
    (re.compile(r"\bpassport\b", re.I), IdentifierType.PASSPORT),
    (re.compile(r"\b(?:I?TIN|INN|ИНН)\b|tax\w* identification", re.I), IdentifierType.TAX),
    (re.compile(r"\b(?:OGRN|SRN)\b|state registration", re.I), IdentifierType.REGISTRATION),
)
_LABEL_WORDS = frozenset(
    {"TIN", "ITIN", "INN", "ИНН", "OGRN", "SRN", "KPP", "OKPO", "IMO", "NO", "ID", "LEI"}
)
_SERIES = re.compile(r"series\s+(\d{2}\s?\d{2})\s+No\.?\s*(\d{6})", re.I)
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\d{4}\b|\b\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}\b")
_CLAUSE = re.compile(r",?\s+(?:expir\w*|issued|valid|on\s|alt\.)|[,:]\s*$", re.I)
_TOKEN = re.compile(
    r"(?<![\w.])((?:[A-ZА-ЯЁ]{1,6}[-‐ ]{0,2}){0,2}\d[\dA-ZА-ЯЁ]*(?:[-/ ]?\d[\dA-ZА-ЯЁ]*)*)"
)
_PARENS = re.compile(r"\(([^()]*)\)?")


def _number(value: str) -> str | None:
    """The first number-like token of an identifier value, labels and dates set aside."""
    if m := _SERIES.search(value):
        return normalize_identifier(m.group(1) + m.group(2))
    core = _DATE.sub(" ", _PARENS.sub(" ", value))
    if m := _CLAUSE.search(core):
        core = core[: m.start()] or core
    for text in (core, _DATE.sub(" ", value)):
        for token in _TOKEN.findall(text):
            words = token.replace("-", " ").split()
            while len(words) > 1 and words[0].upper() in _LABEL_WORDS:
                words = words[1:]
            number = normalize_identifier("".join(words))
            if number is not None and sum(c.isdigit() for c in number) >= 3:
                return number
    # Codes without many digits (SWIFT/BIC 'DCBKKPPY', 'YCVHSDFHDUA5') written alone.
    if re.fullmatch(r"[A-Z0-9]{6,}", bare := core.strip(" .,").upper()):
        return bare
    return None


def _country(value: str) -> str | None:
    """The issuing country a value names: '(Russia)', '(issued by the DPRK)', 'Croatian ...'."""
    for inner in _PARENS.findall(value):
        if code := normalize_country(inner):
            return code
        issuer = re.search(r"issued by (?:the )?(.+?)(?: on .*)?$", inner)
        if issuer and (code := normalize_country(issuer.group(1))):
            return code
    if m := re.match(r"^([A-Za-z]+) passport", value):
        return normalize_country(m.group(1))
    return None


def read_identifiers(column: str, cell: str) -> tuple[list[Identifier], list[str]]:
    """The identifiers of one cell, and the values that hold no number (kept as text).

    Example:
        >>> ids, rest = read_identifiers("passportNumber", "PS- 563410163; 654034325 (Russia)")
        >>> [(i.number, i.country) for i in ids], rest
        ([('PS563410163', None), ('654034325', 'RU')], [])
        >>> read_identifiers("imoNumber", "Does not exist")
        ([], ['Does not exist'])
    """
    kind, label = IDENTIFIER_COLUMNS[column]
    found: list[Identifier] = []
    unread: list[str] = []
    values = [
        item
        for part in split_cell(cell)
        for piece in split_enumeration(part)
        for item in re.split(r",\s*(?=[A-ZА-Я]{0,3}\d)", piece)
    ]
    for value in (v.strip(" ,") for v in values):
        if not value:
            continue
        number = _number(value)
        if kind is IdentifierType.IMO:
            number = normalize_imo(value) or number
        if number is None:
            unread.append(value)
            continue
        value_kind = next((k for p, k in _TYPE_LABELS if p.search(value)), kind)
        if kind in (IdentifierType.IMO, IdentifierType.MMSI, IdentifierType.SWIFT):
            value_kind = kind
        qualifiers = [q.strip() for q in _PARENS.findall(value) if q.strip()]
        note = "; ".join(x for x in (label, *qualifiers) if x) or None
        found.append(
            Identifier(
                type=value_kind,
                value=value,
                number=number,
                country=_country(value),
                valid=is_valid_imo(number) if value_kind is IdentifierType.IMO else None,
                note=note,
            )
        )
    return found, unread
