"""Writing result rows to CSV, JSONL or Parquet files, safe to open in a spreadsheet.

Text cells that start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return are
prefixed with a single quote, so that a spreadsheet shows them as text instead of running
them as formulas (CSV injection). Parquet needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Literal

__all__ = ["OutputFormat", "TableWriter", "neutralize_cell", "output_format_of"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
OutputFormat = Literal["csv", "jsonl", "parquet"]


def neutralize_cell(value: object) -> object:
    """A text cell made safe for spreadsheets: a leading = + - @ tab or CR gets a quote.

    Example:
        >>> neutralize_cell("=HYPERLINK(1)"), neutralize_cell("KIM"), neutralize_cell(-1.0)
        ("'=HYPERLINK(1)", 'KIM', -1.0)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def output_format_of(path: str | Path) -> OutputFormat:
    """The output format named by a file's extension (.csv, .jsonl/.ndjson, .parquet)."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return "csv"


_NUMERIC = {"score": "float64", "name_score": "float64", "best_score": "float64"}
_INTEGER = {"line", "hit_count"}


class TableWriter:
    """Writes rows of fixed columns to CSV, JSONL or Parquet, neutralising text cells."""

    def __init__(
        self, target: str | Path | IO[Any], columns: Sequence[str], fmt: OutputFormat
    ) -> None:
        self.columns = list(columns)
        self.fmt = fmt
        self._own = not hasattr(target, "write")
        self._stream: Any = None
        self._parquet: Any = None
        if fmt == "parquet":
            import pyarrow as pa  # type: ignore[import-untyped]
            import pyarrow.parquet as pq  # type: ignore[import-untyped]

            def arrow_type(column: str) -> Any:
                if column in _NUMERIC:
                    return pa.float64()
                return pa.int64() if column in _INTEGER else pa.string()

            self._arrow = pa
            self._schema = pa.schema([(c, arrow_type(c)) for c in self.columns])
            self._parquet = pq.ParquetWriter(target, self._schema)
            return
        if self._own:
            self._stream = open(str(target), "w", encoding="utf-8", newline="")  # noqa: SIM115
        else:
            self._stream = target
        if fmt == "csv":
            self._csv = csv.writer(self._stream)
            self._csv.writerow(self.columns)

    def write(self, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        safe = [[neutralize_cell(v) for v in row] for row in rows]
        if self.fmt == "csv":
            self._csv.writerows(safe)
        elif self.fmt == "jsonl":
            for row in safe:
                record = dict(zip(self.columns, row, strict=True))
                self._stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        else:
            pa = self._arrow
            arrays = [
                pa.array([None if v is None else v for v in column], type=f.type)
                for column, f in zip(zip(*safe, strict=True), self._schema, strict=True)
            ]
            self._parquet.write_table(pa.Table.from_arrays(arrays, schema=self._schema))

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._own:
            self._stream.close()
        else:
            self._stream.flush()
