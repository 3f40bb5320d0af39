"""Screening a pandas DataFrame in memory, and the result frames all entry points share.

:func:`screen_frame` returns a :class:`BatchResult`: one row per hit (``HIT_COLUMNS``), one
row per input row (``ROW_COLUMNS``) and the counts. These frames are left exactly as
computed: cells are neutralised against CSV injection only when written to files.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pandas as pd

from sanctions_screen.batch._engine import (
    HIT_COLUMNS,
    ROW_COLUMNS,
    BatchSummary,
    Chunk,
    Engine,
)
from sanctions_screen.batch._rows import ColumnMap, cell_text, resolve_columns
from sanctions_screen.screen import Screener

__all__ = ["BatchResult", "frame_chunk", "hits_frame", "rows_frame", "screen_frame"]


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of screening a frame: one row per hit, one row per input row, counts."""

    hits: pd.DataFrame
    rows: pd.DataFrame
    summary: BatchSummary


def hits_frame(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    """Hit rows as a frame of HIT_COLUMNS."""
    frame = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    return frame.astype({"key": "object", "score": "float64", "name_score": "float64"})


def rows_frame(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    """Row statuses as a frame of ROW_COLUMNS."""
    frame = pd.DataFrame(rows, columns=list(ROW_COLUMNS))
    return frame.astype(
        {"key": "object", "line": "Int64", "hit_count": "int64", "best_score": "float64"}
    )


def frame_chunk(frame: pd.DataFrame, columns: ColumnMap, source: str) -> Chunk:
    """The mapped columns of a frame as one chunk; keys from the key column or the index."""
    mapped = columns.mapped()
    key_column = mapped.pop("key", None)
    if key_column is not None:
        keys = [cell_text(v) or "" for v in frame[key_column].tolist()]
    else:
        keys = [str(label) for label in frame.index.tolist()]
    cells = {fld: frame[column].tolist() for fld, column in mapped.items()}
    return Chunk(source, keys, [None] * len(keys), cells, mapped)


def screen_frame(
    frame: pd.DataFrame,
    *,
    screener: Screener | None = None,
    name_column: str | None = None,
    kind_column: str | None = None,
    birth_date_column: str | None = None,
    nationality_column: str | None = None,
    country_column: str | None = None,
    passport_column: str | None = None,
    imo_column: str | None = None,
    key_column: str | None = None,
    columns: ColumnMap | None = None,
) -> BatchResult:
    """Screen every row of a DataFrame.

    Args:
        frame: one counterparty per row.
        screener: the screener to use; default: the bundled UN, EU and OFAC lists, scope dprk.
        name_column ... key_column: the column holding each field. None (the default):
            the column named like the field, case-blind, if there is one (``id`` or ``key``
            for the key, ``dob`` for the birth date). The key identifies a row in the
            results; without a key column it is the index label.
        columns: a :class:`ColumnMap` taken literally, instead of the ``*_column`` options.

    Returns:
        The hits (one row per hit, best first within a row), the status of every row, counts.

    Raises:
        InputFormatError: a mapped column is not in the frame.

    Example:
        >>> frame = pd.DataFrame({"name": ["Ri Pyong Chol", "Jane Doe", ""]})
        >>> result = screen_frame(frame, screener=Screener.from_sources(["eu"]))
        >>> result.rows["status"].tolist()
        ['hit', 'clear', 'not_screened']
        >>> result.hits.loc[0, ["key", "listed_name"]].tolist()
        ['0', 'Ri Pyong Chol']
    """
    started = time.perf_counter()
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
    mapping = resolve_columns([str(c) for c in frame.columns], "DataFrame", columns, named)
    engine = Engine(screener or Screener.from_sources())
    done = engine.screen_chunk(frame_chunk(frame, mapping, "DataFrame"))
    done.summary.seconds = time.perf_counter() - started
    return BatchResult(hits_frame(done.hit_rows), rows_frame(done.row_rows), done.summary)
