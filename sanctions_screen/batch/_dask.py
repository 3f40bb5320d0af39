"""Screening a Dask DataFrame partition by partition, lazily.

Only a small recipe (sources, scope, threshold, max_hits) travels with the tasks; each
worker process builds its screener from it once and reuses it for every partition.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from sanctions_screen.batch._engine import HIT_COLUMNS, ROW_COLUMNS, ChunkResult, Engine
from sanctions_screen.batch._frames import frame_chunk, hits_frame, rows_frame
from sanctions_screen.batch._rows import ColumnMap, resolve_columns
from sanctions_screen.bundled import Scope
from sanctions_screen.matching import DEFAULT_THRESHOLD
from sanctions_screen.screen import Screener

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

__all__ = ["DaskBatchResult", "screen_dask"]

_Recipe = tuple[tuple[str, ...] | None, str, float, int]
# One engine per worker process (or per thread pool) and recipe: built on first use, then
# reused by every partition the worker screens. Only the recipe travels with the tasks.
_ENGINES: dict[_Recipe, Engine] = {}
_ENGINES_LOCK = threading.Lock()
_RECORD = "record"


def _engine_for(recipe: _Recipe) -> Engine:
    with _ENGINES_LOCK:
        engine = _ENGINES.get(recipe)
        if engine is None:
            sources, scope, threshold, max_hits = recipe
            screener = Screener.from_sources(
                sources,
                scope="all" if scope == "all" else "dprk",
                threshold=threshold,
                max_hits=max_hits,
            )
            engine = _ENGINES[recipe] = Engine(screener)
        return engine


def _combined_frame(done: ChunkResult | None) -> pd.DataFrame:
    """Hit rows and row statuses in one frame, told apart by the ``record`` column."""
    hits = hits_frame(done.hit_rows if done else [])
    rows = rows_frame(done.row_rows if done else [])
    hits.insert(0, _RECORD, "hit")
    rows.insert(0, _RECORD, "row")
    combined = pd.concat([hits, rows], ignore_index=True)
    return combined.astype({"line": "Int64", "hit_count": "Int64"})


def _screen_partition(part: pd.DataFrame, recipe: _Recipe, columns: ColumnMap) -> pd.DataFrame:
    engine = _engine_for(recipe)
    return _combined_frame(engine.screen_chunk(frame_chunk(part, columns, "DataFrame")))


@dataclass(frozen=True, slots=True)
class DaskBatchResult:
    """Lazy results of :func:`screen_dask`; compute both at once with ``dask.compute``."""

    hits: dd.DataFrame
    rows: dd.DataFrame
    combined: dd.DataFrame = field(repr=False)


def screen_dask(
    frame: dd.DataFrame,
    *,
    sources: Sequence[str] | None = None,
    scope: Scope = "dprk",
    threshold: float = DEFAULT_THRESHOLD,
    max_hits: int = 10,
    name_column: str | None = None,
    kind_column: str | None = None,
    birth_date_column: str | None = None,
    nationality_column: str | None = None,
    country_column: str | None = None,
    passport_column: str | None = None,
    imo_column: str | None = None,
    key_column: str | None = None,
    columns: ColumnMap | None = None,
) -> DaskBatchResult:
    """Screen a Dask DataFrame partition by partition (lazily).

    Each worker process builds the screener once from ``(sources, scope, threshold,
    max_hits)`` and keeps it for every partition it screens; nothing larger than that
    recipe is shipped with the tasks. The bundled lists must be installed on the workers
    (``pip install sanctions-screen`` in the workers' environment).

    Without ``key_column`` a row's key is its index label: give a key column when the
    index repeats across partitions (as after ``dask.dataframe.read_csv``).

    Returns:
        ``hits`` and ``rows`` with the columns of :func:`screen_frame`'s results.
    """
    named = {
        "name": name_column,
        "kind": kind_column,
        "birth_date": birth_date_column,
        "nationality": nationality_column,
        "country": country_column,
        "passport": passport_column,
        "imo": imo_column,
        "key": key_column,
    }
    mapping = resolve_columns([str(c) for c in frame.columns], "Dask DataFrame", columns, named)
    recipe: _Recipe = (tuple(sources) if sources else None, scope, threshold, max_hits)
    combined = frame.map_partitions(  # type: ignore[no-untyped-call]
        _screen_partition, recipe, mapping, meta=_combined_frame(None), align_dataframes=False
    )
    hits = combined[combined[_RECORD] == "hit"][list(HIT_COLUMNS)]
    rows = combined[combined[_RECORD] == "row"][list(ROW_COLUMNS)]
    return DaskBatchResult(hits=hits, rows=rows, combined=combined)
