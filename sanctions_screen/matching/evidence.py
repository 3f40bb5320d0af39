"""Secondary evidence: what a counterparty's other data do to a name match.

Each feature returns a FeatureScore whose ``effect`` is added to the name score. Every
weight below says what it encodes; they were set by hand, checked on the labelled
counterparty cases in tests/test_screen.py (not fitted to any benchmark), so that:
a matching IMO number is decisive, a conflicting one strong counter-evidence; a
matching passport strong evidence, a conflicting one weak (people hold several);
a birth year in range is mild support, out of range mild counter-evidence; nationality
mild either way. Missing data has no effect and says so.
"""

from __future__ import annotations

from sanctions_screen.models import (
    EntityKind,
    FeatureScore,
    IdentifierType,
    SanctionsEntry,
)
from sanctions_screen.normalize.identifiers import normalize_identifier, normalize_imo

__all__ = [
    "QueryEvidence",
    "score_birth_year",
    "score_identifiers",
    "score_kind",
    "score_nationality",
    "unread_value",
]

IMO_MATCH_FLOOR = 0.98  # a matching IMO makes the hit at least this strong
IMO_CONFLICT_EFFECT = -0.35
PASSPORT_MATCH_EFFECT = 0.15
ID_CONFLICT_EFFECT = -0.03
BIRTH_MATCH_EFFECT = 0.04
BIRTH_CONFLICT_EFFECT = -0.12
NATIONALITY_MATCH_EFFECT = 0.02
NATIONALITY_CONFLICT_EFFECT = -0.05
KIND_CONFLICT_EFFECT = -0.25


class QueryEvidence:
    """The comparable secondary data of one query (normalised once per query)."""

    __slots__ = (
        "birth_year",
        "countries",
        "headroom",
        "ids",
        "imo",
        "is_empty",
        "kind",
        "unread",
    )

    def __init__(
        self,
        *,
        kind: EntityKind | None,
        birth_year: int | None,
        countries: frozenset[str],
        imo: str | None,
        ids: dict[IdentifierType, frozenset[str]],
        unread: tuple[FeatureScore, ...] = (),
    ) -> None:
        self.kind = kind
        self.birth_year = birth_year
        self.countries = countries
        self.imo = imo
        self.ids = ids
        self.headroom = (
            (PASSPORT_MATCH_EFFECT if ids else 0.0)
            + (BIRTH_MATCH_EFFECT if birth_year is not None else 0.0)
            + (NATIONALITY_MATCH_EFFECT if countries else 0.0)
        )
        """The most this evidence can add to a name score."""
        self.unread = unread
        """What the query gives that could not be read (see :func:`unread_value`): said
        in every hit's features, compared with nothing."""
        self.is_empty = not (
            birth_year is not None or countries or imo is not None or ids or unread
        )
        """Nothing but the kind: the hits depend on the name and kind only."""


def unread_value(field: str, text: str, expected: str) -> FeatureScore:
    """The feature saying that a value the query gives was not read, so not compared: an
    explanation must not pass it over as if it were missing.

    Example:
        >>> unread_value("nationality", "Atlantis", "a country").detail
        "'Atlantis' not read as a country: not compared"
    """
    return FeatureScore(
        name=field, score=None, effect=0.0, detail=f"{text!r} not read as {expected}: not compared"
    )


def score_kind(query: QueryEvidence, entry: SanctionsEntry) -> FeatureScore | None:
    """A person query against an organisation entry (or the like) is counter-evidence."""
    if query.kind is None or query.kind is entry.kind:
        return None
    compatible = {EntityKind.ORGANIZATION, EntityKind.VESSEL}
    if query.kind in compatible and entry.kind in compatible:
        return None  # companies and their ships share names; let the name decide
    return FeatureScore(
        name="kind",
        score=0.0,
        effect=KIND_CONFLICT_EFFECT,
        detail=f"query is a {query.kind.value}, entry a {entry.kind.value}",
    )


def score_identifiers(query: QueryEvidence, entry: SanctionsEntry) -> list[FeatureScore]:
    """IMO numbers and document numbers: equal, conflicting, or not comparable."""
    out: list[FeatureScore] = []
    if query.imo is not None:
        listed = entry.imo_numbers()
        if query.imo in listed:
            out.append(
                FeatureScore(name="imo", score=1.0, effect=0.0, detail=f"IMO {query.imo} listed")
            )
        elif listed and entry.kind is EntityKind.VESSEL:
            out.append(
                FeatureScore(
                    name="imo",
                    score=0.0,
                    effect=IMO_CONFLICT_EFFECT,
                    detail=f"IMO {query.imo} v listed {', '.join(sorted(listed))}",
                )
            )
    for id_type, numbers in query.ids.items():
        documents = {i.number for i in entry.identifiers if i.type is id_type}
        if not documents:
            continue
        if numbers & documents:
            out.append(
                FeatureScore(
                    name=id_type.value,
                    score=1.0,
                    effect=PASSPORT_MATCH_EFFECT,
                    detail=f"{id_type.value} {', '.join(sorted(numbers & documents))} listed",
                )
            )
        else:
            out.append(
                FeatureScore(
                    name=id_type.value,
                    score=0.0,
                    effect=ID_CONFLICT_EFFECT,
                    detail=f"{id_type.value} {', '.join(sorted(numbers))} not among listed",
                )
            )
    return out


def score_birth_year(query: QueryEvidence, entry: SanctionsEntry) -> FeatureScore | None:
    """The query's birth year against the entry's dates of birth (any precision)."""
    if query.birth_year is None or not entry.birth_dates:
        return None
    year = query.birth_year
    for date in entry.birth_dates:
        if date.admits_year(year):
            return FeatureScore(
                name="birth_date",
                score=1.0,
                effect=BIRTH_MATCH_EFFECT,
                detail=f"{year} fits listed {date.text}",
            )
    listed = "; ".join(d.text for d in entry.birth_dates)
    return FeatureScore(
        name="birth_date",
        score=0.0,
        effect=BIRTH_CONFLICT_EFFECT,
        detail=f"{year} outside listed {listed}",
    )


def score_nationality(query: QueryEvidence, entry: SanctionsEntry) -> FeatureScore | None:
    """The query's nationality or country against the entry's countries."""
    listed = set(entry.nationalities) | set(entry.countries)
    listed |= {a.country for a in entry.addresses if a.country}
    if not query.countries or not listed:
        return None
    if query.countries & listed:
        shared = ", ".join(sorted(query.countries & listed))
        return FeatureScore(
            name="country", score=1.0, effect=NATIONALITY_MATCH_EFFECT, detail=f"{shared} listed"
        )
    return FeatureScore(
        name="country",
        score=0.0,
        effect=NATIONALITY_CONFLICT_EFFECT,
        detail=f"{', '.join(sorted(query.countries))} v listed {', '.join(sorted(listed))}",
    )


def imo_of(value: str) -> str | None:
    """The IMO number in a user's value, or None."""
    return normalize_imo(value) or (normalize_identifier(value) if value.isdigit() else None)
