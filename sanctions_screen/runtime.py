"""Process tuning for long screening runs and bulk loads: the garbage collector, and a
second core for the index build.

Screening a large file makes millions of short-lived objects while the index (tens of
thousands of name forms, the list entries) lives on. Python's cyclic garbage collector
would walk that long-lived heap again and again: measured on 1,000,000 rows, a third of
the run time. :func:`quiet_gc` freezes what exists (the index is never scanned again, and
forked workers keep sharing its pages) and collects young objects less often, for the
duration of the run only. :func:`gc_paused` serves the loads that build that heap (parsing
the lists, building the index): no collection while they allocate, their objects filed
with the old ones at the end.

:func:`map_forked` runs a pure function over a list with the help of one forked child
process (Linux, no other Python thread running): the index build prepares the listed
names on two cores.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["can_fork", "fork_warning_silenced", "gc_paused", "map_forked", "quiet_gc"]

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

# What Python 3.12+ says when a process with other threads forks (see
# fork_warning_silenced).
_FORK_WARNING = r"This process \(pid=\d+\) is multi-threaded, use of fork\(\) may lead"

# Young-generation threshold during a run: objects per collection (the default is 700).
# Rows make no reference cycles, so few collections are needed; set on benchmarks/batch.py.
RUN_THRESHOLD = 1_000_000


@contextmanager
def quiet_gc() -> Iterator[None]:
    """Freeze the current heap and collect less often inside the ``with`` block.

    Example:
        >>> with quiet_gc():
        ...     gc.get_threshold()[0] >= 100_000
        True
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(old[0], RUN_THRESHOLD), old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the ``with`` block; what it made is filed with
    the oldest generation at the end.

    For loads that make ~10^5-10^6 objects with no reference cycles (a parsed list, the
    index). A collection pass would walk them again and again as they pile up, and the
    whole heap each time a full one is due: 1.7 s of the 4.0 s that loading the bundled
    lists took (measured). Filed with the oldest generation (``gc.freeze`` then
    ``gc.unfreeze``, which runs no collection), they are not walked as young objects
    afterwards either; they are still collected as any old object is, and so are the
    caller's, moved with them. Nested blocks leave the collector to the outermost.

    Example:
        >>> with gc_paused():
        ...     gc.isenabled()
        False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def can_fork() -> bool:
    """Whether this process may fork a helper: Linux (fork is the platform's own start
    method there; macOS system libraries are not fork-safe), and no Python thread but
    this one (another may hold a lock the child would need)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


@contextmanager
def fork_warning_silenced() -> Iterator[None]:
    """Silence Python 3.12+'s DeprecationWarning on forking a multi-threaded process, when
    no Python thread but this one runs.

    numpy's BLAS library starts its own threads as soon as numpy is imported, so every
    fork would warn of deadlocks. The forked children here never take those threads'
    locks (they run pure Python and element-wise numpy code, no BLAS). A caller's own
    threads may hold locks a child needs: with any of them running, the warning is shown.
    """
    with warnings.catch_warnings():
        if threading.active_count() == 1:
            warnings.filterwarnings("ignore", message=_FORK_WARNING, category=DeprecationWarning)
        yield


def map_forked(
    function: Callable[[_Item], _Result], items: Sequence[_Item], *, child_share: float
) -> list[_Result]:
    """``[function(item) for item in items]``, the last ``child_share`` of the items done
    at the same time by a forked child process, which sends its results back pickled.

    For a pure ``function`` whose results pickle (the child's are copies of what the
    parent would have made). Done in this process alone when it cannot fork (see
    :func:`can_fork`), and for the child's part too when the child fails: the result is
    the same list either way.

    Example:
        >>> map_forked(str.upper, ["a", "b", "c"], child_share=0.5)
        ['A', 'B', 'C']
    """
    cut = len(items) - int(len(items) * child_share)
    if cut >= len(items) or not can_fork():
        return [function(item) for item in items]
    read_end, write_end = os.pipe()
    with fork_warning_silenced():
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow it)
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps([function(item) for item in items[cut:]], protocol=5)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no buffers flushed twice
    os.close(write_end)
    data = b""
    try:
        mine = [function(item) for item in items[:cut]]
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)  # blocked on a full pipe nobody will read
        raise
    finally:
        _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return mine + [function(item) for item in items[cut:]]
    theirs: list[_Result] = pickle.loads(data)
    return mine + theirs
