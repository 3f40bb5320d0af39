"""Where a listed entry came from: the list, the snapshot file, the place in the file."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Listing", "Provenance", "SnapshotInfo", "TopicReason"]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SnapshotInfo(_Value):
    """One list file as published, as recorded in a manifest.

    Example:
        >>> s = SnapshotInfo(snapshot_id="un-2026-02-27", source="un", publisher="UN",
        ...     file_name="un.xml", sha256="0" * 64)
        >>> s.licence is None
        True
    """

    snapshot_id: str = Field(description="Stable id, e.g. 'un-consolidated-2026-02-27'.")
    source: str = Field(description="'un', 'eu' or 'ofac'.")
    publisher: str
    file_name: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    title: str | None = None
    url: str | None = None
    format: str | None = None
    published_on: dt.date | None = None
    retrieved_on: dt.date | None = None
    size: int | None = None
    licence: str | None = None
    note: str | None = None


class Provenance(_Value):
    """Exactly where one entry was read: which snapshot, which place in the file."""

    source: str
    publisher: str
    snapshot_id: str
    file_name: str
    sha256: str
    published_on: dt.date | None = None
    retrieved_on: dt.date | None = None
    licence: str | None = None
    location: str = Field(description="Place in the file: 'line 5404', 'INDIVIDUAL #712', ...")

    @classmethod
    def at(cls, snapshot: SnapshotInfo, location: str) -> Provenance:
        """The provenance of a record found at ``location`` in ``snapshot``."""
        return cls(
            source=snapshot.source,
            publisher=snapshot.publisher,
            snapshot_id=snapshot.snapshot_id,
            file_name=snapshot.file_name,
            sha256=snapshot.sha256,
            published_on=snapshot.published_on,
            retrieved_on=snapshot.retrieved_on,
            licence=snapshot.licence,
            location=location,
        )


class Listing(_Value):
    """What the list says about the designation itself."""

    list_name: str = Field(description="e.g. 'UN Security Council Consolidated List'.")
    reference: str = Field(description="The list's own reference: 'KPi.064', 'EU-PRK XIII.A/1'.")
    programmes: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = Field(default=(), description="Resolutions or regulations.")
    measures: tuple[str, ...] = ()
    listed_on: dt.date | None = None
    listed_on_text: str | None = None
    reason: str | None = None
    remarks: str | None = None
    record_id: str | None = Field(default=None, description="The file's record id, if distinct.")


class TopicReason(_Value):
    """Why an entry carries a topic: the rule that fired and the text it matched."""

    topic: str
    rule: str
    matched: str
