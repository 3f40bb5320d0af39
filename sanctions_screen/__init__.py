"""sanctions_screen: screen counterparties and shipments against UN, EU and OFAC lists.

Focused on North Korea (DPRK) and DPRK-Russia military cooperation. The public API is
exactly the names in ``__all__``.
"""

from sanctions_screen.bundled import load_bundled
from sanctions_screen.errors import (
    ChecksumMismatchError,
    InputFormatError,
    ListFormatError,
    QueryError,
    SanctionsScreenError,
    SnapshotError,
)
from sanctions_screen.matching import DEFAULT_THRESHOLD, compare_names
from sanctions_screen.models import (
    Address,
    BirthDate,
    Counterparty,
    EntityKind,
    FeatureScore,
    Hit,
    HitProvenance,
    Identifier,
    IdentifierType,
    LinkedEntity,
    Listing,
    Name,
    NameQuality,
    NameRole,
    Place,
    Provenance,
    QueryIdentifier,
    SanctionsEntry,
    ScreeningResult,
    ScreeningStatus,
    SnapshotInfo,
    TopicReason,
    VesselInfo,
)
from sanctions_screen.screen import Screener
from sanctions_screen.sources import ParsedList, RecordIssue

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_THRESHOLD",
    "Address",
    "BirthDate",
    "ChecksumMismatchError",
    "Counterparty",
    "EntityKind",
    "FeatureScore",
    "Hit",
    "HitProvenance",
    "Identifier",
    "IdentifierType",
    "InputFormatError",
    "LinkedEntity",
    "ListFormatError",
    "Listing",
    "Name",
    "NameQuality",
    "NameRole",
    "ParsedList",
    "Place",
    "Provenance",
    "QueryError",
    "QueryIdentifier",
    "RecordIssue",
    "SanctionsEntry",
    "SanctionsScreenError",
    "Screener",
    "ScreeningResult",
    "ScreeningStatus",
    "SnapshotError",
    "SnapshotInfo",
    "TopicReason",
    "VesselInfo",
    "__version__",
    "compare_names",
    "load_bundled",
]
