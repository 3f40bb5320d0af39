"""The garbage-collector settings of bulk loads and long runs are restored, whatever
happens inside them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sanctions_screen.runtime import gc_paused, quiet_gc


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_gc_paused_stops_collection_and_files_objects_as_old() -> None:
    with gc_paused():
        assert not gc.isenabled()
        made = [_Cycle() for _ in range(2_000)]
        assert gc.get_count()[0] >= 2_000  # counted, never collected inside
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # filed with the old objects, not frozen
    assert gc.get_count()[0] < 2_000
    del made
    assert gc.collect() >= 2_000  # still collected as any old object is


def test_gc_paused_restores_the_collector_after_an_error() -> None:
    with pytest.raises(ValueError, match="bad row"), gc_paused():
        raise ValueError("bad row")
    assert gc.isenabled()


def test_gc_paused_nested_leaves_the_collector_to_the_outer_block() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_gc_paused_keeps_a_disabled_collector_disabled() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_quiet_gc_restores_threshold_and_unfreezes() -> None:
    before = gc.get_threshold()
    with quiet_gc():
        assert gc.get_threshold()[0] > before[0]
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
