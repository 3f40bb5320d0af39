"""Topic rules: dprk and dprk-russia, each with the rule and the text it matched."""

from __future__ import annotations

import datetime as dt

import sanctions_screen
from sanctions_screen.models import (
    EntityKind,
    Listing,
    Name,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
)
from sanctions_screen.topics import TOPIC_DPRK, TOPIC_DPRK_RUSSIA, tag_across_lists, tag_entry

OFFICERS = {
    "1738": "Kang Sun NAM",
    "1868": "KIM Yong Bok",
    "1869": "NO Kwang Chol",
    "1900": "LEE Chang Ho",
    "1901": "SHIN Geum Cheol",
    "1979": "CHA Yong Beom",
}


def _eu_269() -> list[SanctionsEntry]:
    return [
        e
        for e in sanctions_screen.load_bundled(["eu"])
        if e.provenance.file_name.startswith("eu_oj_32014R0269")
    ]


def test_the_six_dprk_officers_are_dprk_russia_with_reasons() -> None:
    officers = {e.listing.record_id: e for e in _eu_269() if e.listing.record_id in OFFICERS}
    assert officers.keys() == OFFICERS.keys()
    for record_id, entry in officers.items():
        assert entry.caption == OFFICERS[record_id]
        assert {TOPIC_DPRK, TOPIC_DPRK_RUSSIA} <= entry.topics
        rules = {r.rule for r in entry.topic_reasons if r.topic == TOPIC_DPRK_RUSSIA}
        assert "eu-russia-regime-names-dprk" in rules
        assert all(r.matched for r in entry.topic_reasons)


def test_missile_general_bureau_is_dprk_russia() -> None:
    bureau = [e for e in _eu_269() if e.caption.startswith("Missile General Bureau")]
    assert len(bureau) == 1
    assert TOPIC_DPRK_RUSSIA in bureau[0].topics


def test_no_kwang_chol_keeps_his_hangul_alias_and_loses_the_artefact() -> None:
    (no,) = [e for e in _eu_269() if e.listing.record_id == "1869"]
    values = [n.value for n in no.names]
    assert "노광철" in values
    assert not any("Text of image" in v or "Korean:" in v for v in values)


def test_un_dprk_entries_do_not_name_russia() -> None:
    # SOURCES.md: no UN DPRK record mentions Russia, so none may be tagged dprk-russia.
    un = sanctions_screen.load_bundled(["un"])
    assert not [e for e in un if TOPIC_DPRK_RUSSIA in e.topics]


def test_eu_dprk_regime_entries_naming_russian_places_are_tagged() -> None:
    eu = [e for e in sanctions_screen.load_bundled(["eu"]) if "EU-PRK" in e.listing.programmes]
    tagged = [e for e in eu if TOPIC_DPRK_RUSSIA in e.topics]
    captions = " ".join(e.caption for e in tagged)
    assert "KOZHEMYAKO" in captions.upper()
    reasons = [r for e in tagged for r in e.topic_reasons if r.rule == "text-names-russia"]
    assert any("Vladivostok" in r.matched or "Nakhodka" in r.matched for r in reasons)


def _entry(
    reason: str,
    *,
    source: str = "ofac",
    programmes: tuple[str, ...] = (),
    name: str = "TEST TRADING LLC",
    kind: EntityKind = EntityKind.ORGANIZATION,
    reference: str = "1",
    remarks: str | None = None,
) -> SanctionsEntry:
    snapshot = SnapshotInfo(
        snapshot_id="t", source=source, publisher="t", file_name="t.csv", sha256="0" * 64
    )
    return SanctionsEntry(
        id=f"{source}:{reference}",
        source=source,
        reference=reference,
        kind=kind,
        names=(Name(value=name, script="latin"),),
        listing=Listing(
            list_name="t",
            reference=reference,
            programmes=programmes,
            reason=reason,
            remarks=remarks,
            listed_on=dt.date(2024, 1, 1),
        ),
        provenance=Provenance.at(snapshot, "line 1"),
    )


def test_russia_without_dprk_is_not_dprk_russia() -> None:
    tagged = tag_entry(_entry("Ships artillery shells to Russia.", programmes=("RUSSIA-EO14024",)))
    assert tagged.topics == frozenset()


def test_dprk_and_russia_in_the_text_gives_both_topics_with_the_matched_text() -> None:
    text = "Transported DPRK munitions through the port of Vostochny for use in Ukraine."
    tagged = tag_entry(_entry(text, programmes=("RUSSIA-EO14024",)))
    assert tagged.topics == {TOPIC_DPRK, TOPIC_DPRK_RUSSIA}
    rules = {(r.topic, r.rule) for r in tagged.topic_reasons}
    assert (TOPIC_DPRK, "text-names-dprk") in rules
    assert (TOPIC_DPRK_RUSSIA, "ofac-russia-programme") in rules
    assert (TOPIC_DPRK_RUSSIA, "text-names-russia") in rules
    assert any("Vostochny" in r.matched for r in tagged.topic_reasons)


def test_tagging_is_idempotent() -> None:
    once = tag_entry(_entry("DPRK procurement agent in Moscow."))
    assert tag_entry(once) == once


def test_a_firm_another_list_ties_to_dprk_russia_carries_its_topics() -> None:
    eu = tag_entry(
        _entry(
            "Transported DPRK munitions to Russia.",
            source="eu",
            name="Polar Leasing LLC",
            programmes=("EU-UKR",),
        )
    )
    same = _entry("", name="POLAR LEASING LLC", reference="2")
    other_kind = _entry("", name="POLAR LEASING", kind=EntityKind.PERSON, reference="3")
    same_list = _entry("", source="eu", name="POLAR LEASING", reference="4")
    ship = _entry(
        "",
        name="POLAR STAR",
        kind=EntityKind.VESSEL,
        reference="5",
        remarks="Linked To: POLAR LEASING LLC.",
    )
    firm = _entry("", name="POLAR AGENCY", reference="6", remarks="Linked To: POLAR LEASING LLC.")
    out = {e.id: e for e in tag_across_lists([eu, same, other_kind, same_list, ship, firm])}
    assert out["ofac:2"].topics == {TOPIC_DPRK, TOPIC_DPRK_RUSSIA}
    reason = out["ofac:2"].topic_reasons[0]
    assert reason.rule == "same-name-on-another-list"
    assert "eu:1" in reason.matched
    assert out["ofac:3"].topics == frozenset()  # a person: names recur by chance
    assert out["eu:4"].topics == frozenset()  # the same list: no second opinion
    assert out["ofac:5"].topics == {TOPIC_DPRK, TOPIC_DPRK_RUSSIA}  # its ship
    assert out["ofac:5"].topic_reasons[0].rule == "linked-to-dprk-russia"
    assert out["ofac:6"].topics == frozenset()  # a firm linked to it: not by the link alone


def test_the_ships_that_moved_dprk_munitions_are_in_the_default_scope() -> None:
    dprk = {e.caption: e for e in sanctions_screen.load_bundled(["ofac"])}
    for ship, firm in (
        ("ANGARA", "M LEASING LLC"),
        ("LADY R", "TRANSMORFLOT LLC"),
        ("MAIA-1", "TRANSMORFLOT LLC"),
    ):
        entry = dprk[ship]
        assert entry.topics == {TOPIC_DPRK, TOPIC_DPRK_RUSSIA}
        assert any(firm in r.matched for r in entry.topic_reasons)
    # OFAC's M LEASING LLC is EU 269/2014's, listed for the DPRK arms shipments.
    assert "M LEASING LLC" in dprk
    assert "SPARTA IV" not in dprk  # linked to SC SOUTH LLC, which no list ties to the DPRK
    # Topics do not depend on which lists are loaded.
    alone = {e.id for e in sanctions_screen.load_bundled(["ofac"])}
    together = {e.id for e in sanctions_screen.load_bundled() if e.source == "ofac"}
    assert alone == together
