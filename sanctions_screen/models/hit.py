"""Screening results: hits with their scores, explanations and provenance."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sanctions_screen.models.entry import SanctionsEntry
from sanctions_screen.models.query import Counterparty

__all__ = ["FeatureScore", "Hit", "HitProvenance", "ScreeningResult", "ScreeningStatus"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FeatureScore(_Frozen):
    """One feature's part in a hit's score.

    ``score`` is the feature's own score in [0, 1] (or None when it could not be scored,
    e.g. no date of birth in the query); ``effect`` is what it added to or took from the
    hit's score; ``detail`` says which query value met which listed value.
    """

    name: str
    score: float | None = Field(ge=0.0, le=1.0)
    effect: float = 0.0
    detail: str


class HitProvenance(_Frozen):
    """Where a hit's entry came from: list, reference, legal act, snapshot, place."""

    source: str
    list_name: str
    reference: str
    programmes: tuple[str, ...]
    legal_basis: tuple[str, ...]
    measures: tuple[str, ...]
    listed_on: dt.date | None
    snapshot_id: str
    file_name: str
    sha256: str
    published_on: dt.date | None
    location: str

    @classmethod
    def of(cls, entry: SanctionsEntry) -> HitProvenance:
        """The provenance of ``entry`` as a hit reports it."""
        listing, prov = entry.listing, entry.provenance
        return cls(
            source=entry.source,
            list_name=listing.list_name,
            reference=entry.reference,
            programmes=listing.programmes,
            legal_basis=listing.legal_basis,
            measures=listing.measures,
            listed_on=listing.listed_on,
            snapshot_id=prov.snapshot_id,
            file_name=prov.file_name,
            sha256=prov.sha256,
            published_on=prov.published_on,
            location=prov.location,
        )


class Hit(_Frozen):
    """One listed entry a query may be, with why it scored what it scored."""

    score: float = Field(ge=0.0, le=1.0)
    name_score: float = Field(ge=0.0, le=1.0)
    entry: SanctionsEntry
    listed_name: str = Field(description="The listed name or alias met, as published.")
    listed_name_role: str
    query_name: str = Field(description="The query form that met it (after transliteration).")
    features: tuple[FeatureScore, ...]
    provenance: HitProvenance

    @property
    def reference(self) -> str:
        """The list's reference of the entry (e.g. 'KPi.064')."""
        return self.entry.reference

    @property
    def explanation(self) -> str:
        """A one-line summary: each feature's score and effect."""
        parts = []
        for f in self.features:
            score = "n/a" if f.score is None else f"{f.score:.2f}"
            effect = f" ({f.effect:+.2f})" if f.effect else ""
            parts.append(f"{f.name} {score}{effect}: {f.detail}")
        return "; ".join(parts)


class ScreeningStatus(StrEnum):
    """The outcome of screening one query."""

    HIT = "hit"
    CLEAR = "clear"
    NOT_SCREENED = "not_screened"


class ScreeningResult(_Frozen):
    """The outcome of screening one counterparty: hits, or why it was not screened."""

    query: Counterparty
    status: ScreeningStatus
    hits: tuple[Hit, ...] = ()
    reason: str | None = Field(default=None, description="Why not screened, if not.")
    threshold: float
    query_forms: tuple[str, ...] = Field(default=(), description="The forms screened.")

    @property
    def top(self) -> Hit | None:
        """The best hit, if any."""
        return self.hits[0] if self.hits else None
