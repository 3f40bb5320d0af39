"""Reading a CSV file or binary stream in chunks of rows, for :func:`screen_csv`.

The encoding and delimiter are detected unless given; the header picks the columns. A row
with the wrong number of fields is passed on as broken (to be rejected, not to stop the
run); a file that cannot be opened, decoded or parsed is an
:class:`~sanctions_screen.errors.InputFormatError` naming the file and the line.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from sanctions_screen.batch._encoding import (
    SAMPLE_BYTES,
    Prefixed,
    detect_delimiter,
    detect_encoding,
)
from sanctions_screen.batch._engine import Chunk
from sanctions_screen.batch._rows import ColumnMap, resolve_columns
from sanctions_screen.errors import InputFormatError

__all__ = ["CsvReader", "Records"]

Records = list[tuple[int, list[str]]]
"""The raw rows of a chunk: (line, fields) per record."""


class CsvReader:
    """A CSV source read in chunks of rows, with its encoding, delimiter and header."""

    def __init__(
        self,
        source: str | Path | BinaryIO,
        *,
        encoding: str | None,
        delimiter: str | None,
        columns: ColumnMap | None,
        named: dict[str, str | None],
    ) -> None:
        if isinstance(source, str | Path):
            self.label = str(source)
            try:
                raw: IO[bytes] = open(source, "rb")  # noqa: SIM115 (closed in close())
            except OSError as exc:
                raise InputFormatError(self.label, None, None, exc.strerror or str(exc)) from exc
        else:
            self.label, raw = str(getattr(source, "name", "<stream>")), source
        self._raw = raw
        self._owned = isinstance(source, str | Path)
        try:
            self._start(raw, encoding, delimiter, columns, named)
        except BaseException:
            if self._owned:
                raw.close()
            raise

    def _start(
        self,
        raw: IO[bytes],
        encoding: str | None,
        delimiter: str | None,
        columns: ColumnMap | None,
        named: dict[str, str | None],
    ) -> None:
        head = raw.read(SAMPLE_BYTES)
        self.encoding = encoding or detect_encoding(head)
        try:
            sample = codecs.getincrementaldecoder(self.encoding)("replace").decode(head)
        except LookupError as exc:
            raise InputFormatError(
                self.label, None, None, f"unknown encoding {encoding!r}"
            ) from exc
        self.delimiter = delimiter or detect_delimiter(sample[: sample.rfind("\n") + 1] or sample)
        buffered = io.BufferedReader(Prefixed(head, raw))
        self._text = io.TextIOWrapper(buffered, encoding=self.encoding, newline="")
        self._csv = csv.reader(self._text, delimiter=self.delimiter)
        self.header = [h.strip() for h in self._next() or []]
        if not self.header:
            raise InputFormatError(self.label, 1, None, "empty file: no header row")
        if self.header[0].startswith("\ufeff"):  # a BOM under a named utf-8 encoding
            self.header[0] = self.header[0][1:]
        self.columns = resolve_columns(self.header, self.label, columns, named)
        self._at = {fld: self.header.index(c) for fld, c in self.columns.mapped().items()}

    def _next(self) -> list[str] | None:
        try:
            return next(self._csv)
        except StopIteration:
            return None
        except UnicodeDecodeError as exc:
            problem = f"not {self.encoding} text ({exc.reason}); name the encoding"
            raise InputFormatError(self.label, self._csv.line_num + 1, None, problem) from exc
        except csv.Error as exc:
            raise InputFormatError(self.label, self._csv.line_num, None, str(exc)) from exc

    def chunks(self, size: int) -> Iterator[tuple[Chunk, Records]]:
        """Chunks of at most ``size`` rows, each with its raw (line, fields) records."""
        width = len(self.header)
        mapped = {f: c for f, c in self.columns.mapped().items() if f != "key"}
        key_at = self._at.get("key")
        while True:
            records: Records = []
            while len(records) < size:
                line = self._csv.line_num + 1
                record = self._next()
                if record is None:
                    break
                if record:  # a blank line is no row
                    records.append((line, record))
            if not records:
                return
            broken: dict[int, str] = {}
            rows = [record for _, record in records]
            if min(map(len, rows)) != width or max(map(len, rows)) != width:
                for i, record in enumerate(rows):
                    if len(record) != width:
                        broken[i] = f"expected {width} fields, got {len(record)}"
                        rows[i] = (record + [""] * width)[:width]
            by_column = list(zip(*rows, strict=True))  # in C: the rows have one width now
            cells: dict[str, list[object]] = {f: list(by_column[self._at[f]]) for f in mapped}
            lines: list[int | None] = [line for line, _ in records]
            if key_at is not None:
                keys = [key.strip() for key in by_column[key_at]]
            else:
                keys = [str(line) for line in lines]
            yield Chunk(self.label, keys, lines, cells, mapped, broken), records

    def close(self) -> None:
        self._text.detach()
        if self._owned:
            self._raw.close()
