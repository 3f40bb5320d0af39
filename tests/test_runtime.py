"""The garbage-collector settings of bulk loads and long runs are restored, whatever
happens inside them; work shared with a forked child gives what it gives done here."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator

import pytest

from sanctions_screen.runtime import can_fork, gc_paused, map_forked, quiet_gc


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


def _pid_of(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


def test_map_forked_does_the_last_share_in_a_child() -> None:
    items = list(range(100))
    results = map_forked(_pid_of, items, child_share=0.5)
    assert [square for square, _ in results] == [n * n for n in items]
    pids = [pid for _, pid in results]
    if can_fork():
        assert set(pids[:50]) == {os.getpid()}
        assert os.getpid() not in pids[50:]
    else:  # pragma: no cover - not Linux
        assert set(pids) == {os.getpid()}


def test_map_forked_does_the_child_part_itself_when_the_child_fails() -> None:
    parent = os.getpid()

    def only_here(item: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return -item

    assert map_forked(only_here, list(range(10)), child_share=0.5) == [-n for n in range(10)]


def test_map_forked_does_not_fork_beside_another_thread() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        results = map_forked(_pid_of, list(range(10)), child_share=0.5)
    finally:
        stop.set()
        other.join()
    assert {pid for _, pid in results} == {os.getpid()}
