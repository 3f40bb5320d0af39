"""The list snapshots bundled with the package: manifest, integrity check, loading.

The files in ``lists/`` (shipped in the wheel as ``sanctions_screen._lists``) are kept
byte for byte as published. ``lists/manifest.json`` records, per file, where it came
from and its sha256; every load verifies the sha256 before parsing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from sanctions_screen.errors import ChecksumMismatchError, SnapshotError
from sanctions_screen.models import SanctionsEntry, SnapshotInfo
from sanctions_screen.runtime import gc_paused
from sanctions_screen.sources.common import ParsedList
from sanctions_screen.sources.eu_journal_csv import parse_eu_journal_csv
from sanctions_screen.sources.ofac_csv import parse_ofac_csv
from sanctions_screen.sources.un_xml import parse_un_xml
from sanctions_screen.topics import TOPIC_DPRK, tag_across_lists, tag_entries

__all__ = [
    "SOURCES",
    "BundledList",
    "ManifestFile",
    "Scope",
    "bundled_lists_dir",
    "load_bundled",
    "load_bundled_lists",
    "read_manifest",
]

SOURCES: tuple[str, ...] = ("un", "eu", "ofac")
Scope = Literal["dprk", "all"]


class Mirror(BaseModel):
    """The public copy the bundled bytes were taken from."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    repo: str
    path: str
    commit: str


class ManifestFile(BaseModel):
    """One file of the manifest."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    snapshot_id: str
    source: str
    role: Literal["primary", "companion"]
    format: str
    publisher: str
    title: str
    file_name: str
    url: str
    published_on: dt.date
    retrieved_on: dt.date
    licence: str
    sha256: str
    size: int
    mirror: Mirror
    note: str | None = None
    companion: Literal["alt", "add", "comments"] | None = None
    companion_of: str | None = None

    def snapshot(self) -> SnapshotInfo:
        """This file as a SnapshotInfo, the provenance every entry it yields carries."""
        return SnapshotInfo(
            snapshot_id=self.snapshot_id,
            source=self.source,
            publisher=self.publisher,
            file_name=self.file_name,
            sha256=self.sha256,
            title=self.title,
            url=self.url,
            format=self.format,
            published_on=self.published_on,
            retrieved_on=self.retrieved_on,
            size=self.size,
            licence=self.licence,
            note=self.note,
        )


class Manifest(BaseModel):
    """The bundled manifest."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    manifest_version: int
    description: str
    files: tuple[ManifestFile, ...]


@dataclass(frozen=True, slots=True)
class BundledList:
    """One parsed bundled list (a primary file, with its companions for OFAC)."""

    manifest: ManifestFile
    companions: tuple[ManifestFile, ...]
    parsed: ParsedList


def bundled_lists_dir() -> Traversable:
    """Where the bundled files are: inside the installed package, or the source tree."""
    try:
        packaged = resources.files("sanctions_screen._lists")
        if packaged.joinpath("manifest.json").is_file():
            return packaged
    except ModuleNotFoundError:
        pass
    tree = Path(__file__).resolve().parent.parent / "lists"
    if (tree / "manifest.json").is_file():
        return tree
    raise SnapshotError("the bundled lists are missing: no manifest.json in the package")


def read_manifest() -> Manifest:
    """The bundled manifest, validated."""
    raw = bundled_lists_dir().joinpath("manifest.json").read_bytes()
    try:
        return Manifest.model_validate_json(raw)
    except ValidationError as exc:
        raise SnapshotError(f"manifest.json is malformed: {exc}") from exc


def _read_verified(item: ManifestFile) -> bytes:
    data = bundled_lists_dir().joinpath(item.file_name).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != item.sha256:
        raise ChecksumMismatchError(item.file_name, item.sha256, digest)
    return data


def _parse(item: ManifestFile, companions: Sequence[ManifestFile]) -> ParsedList:
    data = _read_verified(item)
    snapshot = item.snapshot()
    if item.format == "un-xml":
        return parse_un_xml(data, snapshot=snapshot)
    if item.format == "eu-journal-csv":
        return parse_eu_journal_csv(data, snapshot=snapshot)
    if item.format == "ofac-sdn-csv":
        extra: dict[str, bytes | SnapshotInfo] = {}
        for companion in companions:
            name = companion.companion
            if name is not None:
                extra[name] = _read_verified(companion)
                extra[f"{name}_snapshot"] = companion.snapshot()
        return parse_ofac_csv(data, snapshot=snapshot, **extra)  # type: ignore[arg-type]
    raise SnapshotError(f"{item.file_name}: no parser for format {item.format!r}")


@lru_cache(maxsize=8)
def _load_source(source: str) -> tuple[BundledList, ...]:
    manifest = read_manifest()
    loaded: list[BundledList] = []
    for item in manifest.files:
        if item.source != source or item.role != "primary":
            continue
        companions = tuple(f for f in manifest.files if f.companion_of == item.snapshot_id)
        parsed = _parse(item, companions)
        parsed.entries = tag_entries(parsed.entries)
        loaded.append(BundledList(manifest=item, companions=companions, parsed=parsed))
    return tuple(loaded)


def _check_sources(sources: Iterable[str] | None) -> tuple[str, ...]:
    if sources is None:
        return SOURCES
    chosen = tuple(dict.fromkeys(s.strip().lower() for s in sources))
    unknown = [s for s in chosen if s not in SOURCES]
    if unknown or not chosen:
        raise SnapshotError(f"unknown source(s) {unknown or chosen}; choose from {SOURCES}")
    return chosen


@lru_cache(maxsize=1)
def _load_tagged() -> dict[str, tuple[BundledList, ...]]:
    """Every bundled list, with the topic rules across lists applied to all of them
    together (an entry's topics do not depend on which lists a caller loads)."""
    with gc_paused():  # ~10^6 objects, no reference cycles (see gc_paused)
        loaded = {source: _load_source(source) for source in SOURCES}
        entries = [e for lists in loaded.values() for bl in lists for e in bl.parsed.entries]
        retagged = iter(tag_across_lists(entries))
    out: dict[str, tuple[BundledList, ...]] = {}
    for source, lists in loaded.items():
        out[source] = tuple(
            replace(
                bl,
                parsed=replace(
                    bl.parsed, entries=[next(retagged) for _ in range(len(bl.parsed.entries))]
                ),
            )
            for bl in lists
        )
    return out


def load_bundled_lists(sources: Iterable[str] | None = None) -> list[BundledList]:
    """Every bundled primary file of ``sources``, parsed and topic-tagged (cached; the
    first call parses every bundled list, as the topic rules across lists need them)."""
    tagged = _load_tagged()
    return [bl for s in _check_sources(sources) for bl in tagged[s]]


def load_bundled(
    sources: Iterable[str] | None = None, *, scope: Scope = "dprk"
) -> list[SanctionsEntry]:
    """The bundled entries of ``sources`` ("un", "eu", "ofac"; None for all).

    Args:
        sources: which lists; None loads every bundled list.
        scope: "dprk" (default) keeps the entries tagged ``dprk`` (UN DPRK regime, EU
            2017/1509, the DPRK-tied entries of EU 269/2014, OFAC DPRK programmes and
            entries whose text names the DPRK); "all" keeps every entry of every file.

    Raises:
        ChecksumMismatchError: a bundled file differs from its manifest.
        SnapshotError: an unknown source or scope.
    """
    if scope not in ("dprk", "all"):
        raise SnapshotError(f"unknown scope {scope!r}; choose 'dprk' or 'all'")
    entries = [e for bl in load_bundled_lists(sources) for e in bl.parsed.entries]
    if scope == "dprk":
        return [e for e in entries if TOPIC_DPRK in e.topics]
    return entries
