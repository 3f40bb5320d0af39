"""Pydantic models: entries, their values, provenance (and later queries and hits)."""

from sanctions_screen.models.entry import LinkedEntity, SanctionsEntry, VesselInfo
from sanctions_screen.models.hit import (
    FeatureScore,
    Hit,
    HitProvenance,
    ScreeningResult,
    ScreeningStatus,
)
from sanctions_screen.models.provenance import Listing, Provenance, SnapshotInfo, TopicReason
from sanctions_screen.models.query import Counterparty, QueryIdentifier
from sanctions_screen.models.values import (
    Address,
    BirthDate,
    EntityKind,
    Identifier,
    IdentifierType,
    Name,
    NameQuality,
    NameRole,
    Place,
)

__all__ = [
    "Address",
    "BirthDate",
    "Counterparty",
    "EntityKind",
    "FeatureScore",
    "Hit",
    "HitProvenance",
    "Identifier",
    "IdentifierType",
    "LinkedEntity",
    "Listing",
    "Name",
    "NameQuality",
    "NameRole",
    "Place",
    "Provenance",
    "QueryIdentifier",
    "SanctionsEntry",
    "ScreeningResult",
    "ScreeningStatus",
    "SnapshotInfo",
    "TopicReason",
    "VesselInfo",
]
