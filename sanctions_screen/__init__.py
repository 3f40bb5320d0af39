"""sanctions_screen: screen counterparties and shipments against UN, EU and OFAC lists.

Focused on North Korea (DPRK) and DPRK-Russia military cooperation. The public API is
exactly the names in ``__all__``.
"""

from sanctions_screen.errors import (
    ChecksumMismatchError,
    InputFormatError,
    ListFormatError,
    QueryError,
    SanctionsScreenError,
    SnapshotError,
)
from sanctions_screen.models import (
    Address,
    BirthDate,
    EntityKind,
    Identifier,
    IdentifierType,
    LinkedEntity,
    Listing,
    Name,
    NameQuality,
    NameRole,
    Place,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
    TopicReason,
    VesselInfo,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "Address",
    "BirthDate",
    "ChecksumMismatchError",
    "EntityKind",
    "Identifier",
    "IdentifierType",
    "InputFormatError",
    "LinkedEntity",
    "ListFormatError",
    "Listing",
    "Name",
    "NameQuality",
    "NameRole",
    "Place",
    "Provenance",
    "QueryError",
    "SanctionsEntry",
    "SanctionsScreenError",
    "SnapshotError",
    "SnapshotInfo",
    "TopicReason",
    "VesselInfo",
    "__version__",
]
