"""The bundled snapshots: manifest, integrity, scopes and the figures the issue names."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

import sanctions_screen
from sanctions_screen import bundled
from sanctions_screen.errors import ChecksumMismatchError, SnapshotError
from sanctions_screen.models import EntityKind, IdentifierType, SanctionsEntry

from .conftest import LISTS


def _imos(entry: SanctionsEntry) -> set[str]:
    return {i.number for i in entry.identifiers if i.type is IdentifierType.IMO}


def test_manifest_matches_the_files_byte_for_byte() -> None:
    manifest = json.loads((LISTS / "manifest.json").read_text(encoding="utf-8"))
    names = {f["file_name"] for f in manifest["files"]}
    on_disk = {p.name for p in LISTS.iterdir() if p.name not in {"manifest.json", "README.md"}}
    assert names == on_disk
    for item in manifest["files"]:
        data = (LISTS / item["file_name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert len(data) == item["size"]
        assert item["licence"]
        assert item["url"].startswith("https://")


def test_eu_transcriptions_are_marked_non_commercial() -> None:
    eu = [f for f in bundled.read_manifest().files if f.source == "eu"]
    assert eu
    assert all("CC BY-NC 4.0" in f.licence for f in eu)


def test_a_changed_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for item in LISTS.iterdir():
        (tmp_path / item.name).write_bytes(item.read_bytes())
    target = tmp_path / "un_consolidated_2026-02-27.xml"
    target.write_bytes(target.read_bytes().replace(b"KPi.066", b"KPi.666"))
    monkeypatch.setattr(bundled, "bundled_lists_dir", lambda: tmp_path)
    bundled._load_source.cache_clear()
    bundled._load_tagged.cache_clear()
    try:
        with pytest.raises(ChecksumMismatchError, match=r"un_consolidated_2026-02-27\.xml"):
            bundled.load_bundled(["un"])
    finally:
        bundled._load_source.cache_clear()
        bundled._load_tagged.cache_clear()


def test_unknown_source_and_scope_are_errors() -> None:
    with pytest.raises(SnapshotError, match="unknown source"):
        bundled.load_bundled(["unsc"])
    with pytest.raises(SnapshotError, match="unknown scope"):
        bundled.load_bundled(["un"], scope="kp")  # type: ignore[arg-type]


def test_default_scope_counts_per_source() -> None:
    entries = sanctions_screen.load_bundled()
    by_source = Counter(e.source for e in entries)
    un = [e for e in entries if e.source == "un"]
    assert by_source["un"] == 155
    assert Counter(e.kind for e in un) == {EntityKind.PERSON: 80, EntityKind.ORGANIZATION: 75}
    eu = [e for e in entries if e.source == "eu"]
    assert sum(e.provenance.file_name.startswith("eu_oj_32017R1509") for e in eu) == 326
    eu_269 = [e for e in eu if e.provenance.file_name.startswith("eu_oj_32014R0269")]
    assert len(eu_269) == 21  # SOURCES.md: 21 DPRK-related rows in 269/2014
    ofac = [e for e in entries if e.source == "ofac"]
    dprk_programme = [e for e in ofac if any(p.startswith("DPRK") for p in e.listing.programmes)]
    assert len(dprk_programme) == 484
    assert all("dprk" in e.topics for e in entries)


def test_scope_all_loads_every_entry() -> None:
    everything = sanctions_screen.load_bundled(scope="all")
    assert Counter(e.source for e in everything) == {"un": 1003, "eu": 326 + 2802, "ofac": 14965}
    assert len({e.id for e in everything}) == len(everything)


def test_un_entries_carry_the_issue_facts() -> None:
    un = {e.reference: e for e in sanctions_screen.load_bundled(["un"])}
    assert {f"KPi.{n:03d}" for n in range(1, 81)} <= un.keys()
    assert {f"KPe.{n:03d}" for n in range(1, 76)} <= un.keys()
    born = un["KPi.066"].birth_dates[0]
    assert (born.year_from, born.year_to) == (1967, 1969)
    assert "5571322" in _imos(un["KPe.056"])


def test_chon_myong_1_is_one_vessel_in_eu_and_ofac() -> None:
    entries = sanctions_screen.load_bundled(["eu", "ofac"])
    chon = [e for e in entries if e.caption == "CHON MYONG 1"]
    assert {e.source for e in chon} == {"eu", "ofac"}
    assert all(_imos(e) == {"8712362"} for e in chon)
    assert all(e.kind is EntityKind.VESSEL for e in chon)


def test_every_entry_says_where_it_came_from() -> None:
    manifest = {f.snapshot_id: f for f in bundled.read_manifest().files}
    for entry in sanctions_screen.load_bundled():
        prov = entry.provenance
        assert prov.snapshot_id in manifest
        assert prov.sha256 == manifest[prov.snapshot_id].sha256
        assert prov.location
        assert entry.listing.legal_basis or entry.source == "ofac"
