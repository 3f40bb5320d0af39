"""The entry model: JSON round trip, frozen values, birth-date ranges."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from sanctions_screen.models import (
    BirthDate,
    EntityKind,
    Identifier,
    IdentifierType,
    Listing,
    Name,
    NameQuality,
    NameRole,
    Provenance,
    SanctionsEntry,
    SnapshotInfo,
    TopicReason,
)

SNAPSHOT = SnapshotInfo(
    snapshot_id="un-consolidated-2026-02-27",
    source="un",
    publisher="United Nations Security Council",
    file_name="un_consolidated_2026-02-27.xml",
    sha256="66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf",
    published_on=dt.date(2026, 2, 27),
)


def _entry(**update: object) -> SanctionsEntry:
    base = SanctionsEntry(
        id="un:KPi.066",
        source="un",
        reference="KPi.066",
        kind=EntityKind.PERSON,
        names=(
            Name(value="KIM JONG SIK", script="latin", parts={"first_name": "KIM"}),
            Name(value="Kim Cho’ng-sik", role=NameRole.ALIAS, script="latin"),
        ),
        birth_dates=(BirthDate.between(1967, 1969, text="1967-1969"),),
        nationalities=("KP",),
        listing=Listing(
            list_name="UN Security Council Consolidated List",
            reference="KPi.066",
            programmes=("DPRK",),
            legal_basis=("S/RES/1718 (2006)",),
            listed_on=dt.date(2017, 12, 22),
        ),
        provenance=Provenance.at(SNAPSHOT, "INDIVIDUAL #712"),
    )
    return base.model_copy(update=update)


def test_entry_round_trips_through_json() -> None:
    entry = _entry().with_topics(
        (TopicReason(topic="dprk", rule="un-regime-dprk", matched="UN_LIST_TYPE DPRK"),)
    )
    again = SanctionsEntry.model_validate_json(entry.model_dump_json())
    assert again == entry
    assert again.topics == frozenset({"dprk"})
    assert again.provenance.sha256 == SNAPSHOT.sha256


def test_topics_dump_to_json_in_a_stable_order() -> None:
    # A set's order follows the process's string hashing: sorted, every run dumps alike.
    topics = frozenset(f"topic-{n}" for n in range(8))
    entry = _entry(topics=topics)
    dumped = entry.model_dump_json()
    assert dumped.count('"topic-') == 8
    assert dumped.index('"topic-0"') < dumped.index('"topic-1"') < dumped.index('"topic-7"')
    assert SanctionsEntry.model_validate_json(dumped).topics == topics
    assert entry.model_dump()["topics"] == topics  # Python dumps keep the set


def test_entry_is_frozen_and_rejects_unknown_fields() -> None:
    entry = _entry()
    with pytest.raises(ValidationError):
        entry.reference = "KPi.001"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        SanctionsEntry.model_validate({**entry.model_dump(), "colour": "red"})


def test_entry_needs_a_name() -> None:
    with pytest.raises(ValidationError):
        _entry().model_validate({**_entry().model_dump(), "names": []})


def test_primary_name_and_caption() -> None:
    assert _entry().caption == "KIM JONG SIK"


def test_birth_date_between_admits_only_its_years() -> None:
    date = _entry().birth_dates[0]
    assert [date.admits_year(y) for y in (1966, 1967, 1969, 1970)] == [False, True, True, False]


def test_circa_year_allows_one_year_of_slack() -> None:
    date = BirthDate.of_year(1950, text="circa 1950", circa=True)
    assert date.admits_year(1951)
    assert not date.admits_year(1952)


@given(
    value=st.text(min_size=1, max_size=40),
    quality=st.sampled_from(list(NameQuality)),
    role=st.sampled_from(list(NameRole)),
    year=st.integers(min_value=1900, max_value=2020),
    number=st.text(alphabet="0123456789ABCDEF", min_size=1, max_size=12),
)
def test_any_entry_round_trips(
    value: str, quality: NameQuality, role: NameRole, year: int, number: str
) -> None:
    entry = _entry(
        names=(Name(value=value, quality=quality, role=role, script="latin"),),
        birth_dates=(BirthDate.of_year(year, text=str(year)),),
        identifiers=(Identifier(type=IdentifierType.PASSPORT, value=number, number=number),),
    )
    assert SanctionsEntry.model_validate_json(entry.model_dump_json()) == entry
