"""The sanctions entry: one listed person, organisation, vessel or aircraft."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from sanctions_screen.models.provenance import Listing, Provenance, TopicReason
from sanctions_screen.models.values import (
    Address,
    BirthDate,
    EntityKind,
    Identifier,
    IdentifierType,
    Name,
    NameRole,
    Place,
)

__all__ = ["LinkedEntity", "SanctionsEntry", "VesselInfo"]


class VesselInfo(BaseModel):
    """What a list says about a vessel beyond its names and identifiers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    flag: str | None = Field(default=None, description="Flag as published.")
    flag_country: str | None = Field(default=None, description="ISO alpha-2 of the flag.")
    vessel_type: str | None = None
    tonnage: str | None = None
    owner: str | None = None


class LinkedEntity(BaseModel):
    """Something the listing text names and ties to the entry (a UN company's vessel)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EntityKind
    name: str
    identifiers: tuple[Identifier, ...] = ()
    evidence: str = Field(description="The listing text the link was read from.")


class SanctionsEntry(BaseModel):
    """One listed entry, its text kept as published, with structure added.

    ``id`` is unique within a load: ``"<source>:<reference>"``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    source: str = Field(description="'un', 'eu' or 'ofac'.")
    reference: str
    kind: EntityKind
    names: tuple[Name, ...] = Field(min_length=1)
    gender: str | None = None
    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[Place, ...] = ()
    nationalities: tuple[str, ...] = Field(default=(), description="ISO alpha-2 codes.")
    countries: tuple[str, ...] = Field(default=(), description="ISO alpha-2, other ties.")
    addresses: tuple[Address, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    positions: tuple[str, ...] = ()
    vessel: VesselInfo | None = None
    linked: tuple[LinkedEntity, ...] = ()
    listing: Listing
    provenance: Provenance
    topics: frozenset[str] = frozenset()
    topic_reasons: tuple[TopicReason, ...] = ()

    @field_serializer("topics", when_used="json")
    def _sorted_topics(self, topics: frozenset[str]) -> list[str]:
        """Topics in JSON in a stable order (a set's order changes with the process's string
        hashing): the same entry dumps to the same JSON in every run."""
        return sorted(topics)

    @property
    def primary_name(self) -> Name:
        """The entry's primary name (the first name with role primary, else the first)."""
        for name in self.names:
            if name.role is NameRole.PRIMARY:
                return name
        return self.names[0]

    @property
    def caption(self) -> str:
        """The primary name as published."""
        return self.primary_name.value

    def identifiers_of(self, kind: IdentifierType) -> tuple[Identifier, ...]:
        """The entry's own identifiers of one type (linked vessels' are in ``linked``)."""
        return tuple(i for i in self.identifiers if i.type is kind)

    def imo_numbers(self) -> frozenset[str]:
        """The IMO numbers the listing gives: its own and its linked vessels'."""
        own = {i.number for i in self.identifiers if i.type is IdentifierType.IMO}
        linked = {
            i.number
            for link in self.linked
            for i in link.identifiers
            if i.type is IdentifierType.IMO
        }
        return frozenset(own | linked)

    def with_topics(self, reasons: tuple[TopicReason, ...]) -> SanctionsEntry:
        """A copy carrying ``reasons`` (and their topics) in addition to its own."""
        merged = self.topic_reasons + tuple(r for r in reasons if r not in self.topic_reasons)
        return self.model_copy(
            update={"topic_reasons": merged, "topics": frozenset(r.topic for r in merged)}
        )
