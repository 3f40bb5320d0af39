"""Batch screening of DataFrames and CSV files: the only subpackage that imports pandas.

Three entry points share one row-level core:

* :func:`screen_frame` screens a pandas DataFrame in memory and returns a
  :class:`BatchResult` (``hits``, ``rows``, ``summary``).
* :func:`screen_csv` streams a CSV file (or a binary stream such as stdin) in chunks, so
  memory stays flat whatever the file size, and writes the hits as CSV, JSONL or Parquet.
  The encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1251, CP949) and the
  delimiter are detected unless given. With ``workers=2`` the chunks are screened in a
  forked process pool that inherits the parent's screener.
* :func:`screen_dask` maps the same core over the partitions of a Dask DataFrame; each
  worker process builds its screener once from a small recipe (sources, scope, threshold).

Every input row ends in exactly one status: ``hit``, ``clear``, ``not_screened`` (no name
and no IMO, or a name with nothing left to screen) or ``rejected`` (a malformed cell: the
reason is an :class:`~sanctions_screen.errors.InputFormatError` text naming the file, the
line and the field). ``rows_read == hit + clear + not_screened + rejected`` always holds.

Cells written to CSV, JSONL or Parquet files that start with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return are prefixed with a single quote, so that a spreadsheet opening
the file shows them as text instead of running them as formulas (CSV injection).
The in-memory frames of :class:`BatchResult` are left exactly as computed.

The modules, lowest first: ``_rows`` (cells and columns into queries), ``_engine`` (chunks
of queries into statuses and hit rows), ``_encoding`` and ``_reader`` (CSV bytes into
chunks), ``_writers`` (CSV/JSONL/Parquet output), then one module per entry point:
``_frames``, ``_csv`` (with the forked process pool) and ``_dask``.
"""

from sanctions_screen.batch._csv import screen_csv
from sanctions_screen.batch._dask import DaskBatchResult, screen_dask
from sanctions_screen.batch._encoding import detect_delimiter, detect_encoding
from sanctions_screen.batch._engine import (
    HIT_COLUMNS,
    KEPT_REJECTIONS,
    ROW_COLUMNS,
    BatchSummary,
)
from sanctions_screen.batch._frames import BatchResult, screen_frame
from sanctions_screen.batch._rows import ColumnMap
from sanctions_screen.batch._writers import OutputFormat, neutralize_cell, output_format_of

__all__ = [
    "HIT_COLUMNS",
    "KEPT_REJECTIONS",
    "ROW_COLUMNS",
    "BatchResult",
    "BatchSummary",
    "ColumnMap",
    "DaskBatchResult",
    "OutputFormat",
    "detect_delimiter",
    "detect_encoding",
    "neutralize_cell",
    "output_format_of",
    "screen_csv",
    "screen_dask",
    "screen_frame",
]
