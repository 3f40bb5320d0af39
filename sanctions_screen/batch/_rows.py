"""Input rows into screening queries: which column holds which field, and cell checks.

A row becomes a hashable query tuple (so identical rows are screened once) or a problem
naming the field that is malformed: an unknown kind, a birth date that is no date, an IMO
number without its seven digits.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

import pandas as pd

from sanctions_screen.errors import InputFormatError
from sanctions_screen.models import Counterparty, EntityKind, IdentifierType, QueryIdentifier
from sanctions_screen.normalize.dates import BirthDateError, read_birth_date
from sanctions_screen.normalize.identifiers import normalize_imo

__all__ = [
    "QUERY_FIELDS",
    "ColumnMap",
    "Query",
    "cell_text",
    "parse_row",
    "query_counterparty",
    "resolve_columns",
]

QUERY_FIELDS = ("name", "kind", "birth_date", "nationality", "country", "passport", "imo")
"""The fields of a query, in the order of :data:`Query`."""


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which input column holds which counterparty field (None: not in the input)."""

    name: str | None = "name"
    kind: str | None = None
    birth_date: str | None = None
    nationality: str | None = None
    country: str | None = None
    passport: str | None = None
    imo: str | None = None
    key: str | None = None

    def mapped(self) -> dict[str, str]:
        """Field -> column for every field that has a column."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None}


_KINDS: dict[str, EntityKind] = {
    **{k.value: k for k in EntityKind},
    "individual": EntityKind.PERSON,
    "organisation": EntityKind.ORGANIZATION,
    "entity": EntityKind.ORGANIZATION,
    "company": EntityKind.ORGANIZATION,
    "ship": EntityKind.VESSEL,
}
_IMO_TEXT = re.compile(r"^(?:IMO[\s:.-]*)?\d{7}$", re.IGNORECASE)

# name, kind, birth_date, nationality, country, passport, imo: hashable, so identical
# queries are screened once.
Query = tuple[
    str | None, EntityKind | None, str | None, str | None, str | None, str | None, str | None
]


def cell_text(value: object) -> str | None:
    """A cell as stripped text; None for empty, NaN, NA."""
    if value.__class__ is str:  # the common case, first
        return value.strip() or None
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))  # 8712362.0 from a numeric IMO column
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _check_birth_date(text: str) -> str | None:
    """The problem with a birth date cell, or None when it is a date or a year."""
    try:
        read_birth_date(text)
    except BirthDateError as error:
        return str(error)
    return None


def parse_row(values: Sequence[object]) -> tuple[Query | None, str | None, str | None]:
    """(query, None, None) for a good row; (None, field, problem) for a malformed one."""
    name, kind_text, birth, nationality, country, passport, imo = map(cell_text, values)
    kind: EntityKind | None = None
    if kind_text is not None:
        kind = _KINDS.get(kind_text.lower())
        if kind is None:
            return None, "kind", f"unknown kind {kind_text!r} (person, organization, vessel)"
    if birth is not None and (problem := _check_birth_date(birth)) is not None:
        return None, "birth_date", problem
    if imo is not None:
        if not _IMO_TEXT.match(imo):
            return None, "imo", f"an IMO number has 7 digits: {imo!r}"
        imo = normalize_imo(imo) or imo
    return (name, kind, birth, nationality, country, passport, imo), None, None


def query_counterparty(query: Query) -> Counterparty:
    """The counterparty a query describes (passport and IMO as identifiers)."""
    name, kind, birth, nationality, country, passport, imo = query
    ids: list[QueryIdentifier] = []
    if passport:
        ids.append(QueryIdentifier(type=IdentifierType.PASSPORT, value=passport))
    if imo:
        ids.append(QueryIdentifier(type=IdentifierType.IMO, value=imo))
    return Counterparty(
        name=name,
        kind=kind,
        birth_date=birth,
        nationality=nationality,
        country=country,
        identifiers=tuple(ids),
    )


# Header names taken for a field when no column is named for it (compared case-blind).
_AUTO_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "kind": ("kind",),
    "birth_date": ("birth_date", "dob", "date_of_birth"),
    "nationality": ("nationality",),
    "country": ("country",),
    "passport": ("passport",),
    "imo": ("imo",),
    "key": ("key", "id"),
}


def resolve_columns(
    available: Sequence[str],
    source: str,
    columns: ColumnMap | None,
    named: dict[str, str | None],
) -> ColumnMap:
    """The columns to read: ``columns`` as given, else each named column, else the column
    whose header is the field's name (``key`` or ``id`` for the key, ``dob`` for the birth
    date). A named column that is missing is an error naming the source and the column.
    """
    header = list(available)
    if columns is None:
        by_name = {h.strip().lower(): h for h in header}
        chosen: dict[str, str | None] = {}
        for fld, column in named.items():
            if column is None:
                column = next((by_name[a] for a in _AUTO_COLUMNS[fld] if a in by_name), None)
            chosen[fld] = column
        columns = ColumnMap(**chosen)
    if columns.name is None and columns.imo is None:
        shown = ", ".join(header) or "none"
        raise InputFormatError(source, None, "name", f"no name column (columns: {shown})")
    have = set(header)
    for fld, column in columns.mapped().items():
        if column not in have:
            shown = ", ".join(header) or "none"
            raise InputFormatError(
                source, None, column, f"no column {column!r} for {fld} (columns: {shown})"
            )
    return columns
