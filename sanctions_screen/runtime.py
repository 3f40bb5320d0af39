"""Process tuning for long screening runs and bulk loads: the garbage collector.

Screening a large file makes millions of short-lived objects while the index (tens of
thousands of name forms, the list entries) lives on. Python's cyclic garbage collector
would walk that long-lived heap again and again: measured on 1,000,000 rows, a third of
the run time. :func:`quiet_gc` freezes what exists (the index is never scanned again, and
forked workers keep sharing its pages) and collects young objects less often, for the
duration of the run only. :func:`gc_paused` serves the loads that build that heap (parsing
the lists, building the index): no collection while they allocate, their objects filed
with the old ones at the end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused", "quiet_gc"]

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
