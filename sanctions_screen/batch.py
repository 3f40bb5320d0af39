"""Batch screening of DataFrames and CSV files: the only module that imports pandas.

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
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import math
import multiprocessing
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, NamedTuple

import pandas as pd

from sanctions_screen.bundled import Scope
from sanctions_screen.errors import InputFormatError
from sanctions_screen.matching import DEFAULT_THRESHOLD
from sanctions_screen.models import (
    Counterparty,
    EntityKind,
    IdentifierType,
    QueryIdentifier,
    ScreeningStatus,
)
from sanctions_screen.normalize.dates import parse_list_date
from sanctions_screen.normalize.identifiers import normalize_imo
from sanctions_screen.screen import Screener

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

__all__ = [
    "HIT_COLUMNS",
    "ROW_COLUMNS",
    "BatchResult",
    "BatchSummary",
    "ColumnMap",
    "DaskBatchResult",
    "detect_delimiter",
    "detect_encoding",
    "neutralize_cell",
    "screen_csv",
    "screen_dask",
    "screen_frame",
]

HIT_COLUMNS: tuple[str, ...] = (
    "key",
    "score",
    "name_score",
    "source",
    "list_name",
    "reference",
    "listed_name",
    "listed_name_role",
    "query_name",
    "explanation",
    "legal_basis",
    "listed_on",
    "snapshot_id",
    "sha256",
    "topics",
)
"""The columns of ``BatchResult.hits`` and of hit files, in order."""

ROW_COLUMNS: tuple[str, ...] = ("key", "line", "status", "reason", "hit_count", "best_score")
"""The columns of ``BatchResult.rows``: one row per input row, whatever its outcome."""

REJECTED = "rejected"
_QUERY_FIELDS = ("name", "kind", "birth_date", "nationality", "country", "passport", "imo")

# Sample read to detect the encoding and the delimiter: 64 KiB covers several hundred
# rows of a counterparty file, enough for csv.Sniffer and the script vote below.
_SAMPLE_BYTES = 64 * 1024
# A chunk of 20,000 rows keeps a worker busy ~1 s at the current engine speed while its
# pickled input and output stay a few MB: memory stays flat, pool overhead negligible.
DEFAULT_CHUNK_SIZE = 20_000
# Results of identical queries are reused; the cache is dropped when it grows past this
# (about 100 MB of hit rows at worst), so memory stays bounded on files with few repeats.
_CACHE_LIMIT = 200_000


# ---------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which input column holds which counterparty field (None: not in the input)."""

    name: str | None = "name"
    kind: str | None = None
    birth_date: str | None = None
    nationality: str | None = None
    country: str | None = None
    passport: str | None = None
    imo: str | None = None
    key: str | None = None

    def mapped(self) -> dict[str, str]:
        """Field -> column for every field that has a column."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None}


@dataclass(slots=True)
class BatchSummary:
    """Counts of one batch run. ``rows_read == clear + with_hits + not_screened + rejected``."""

    rows_read: int = 0
    screened: int = 0
    with_hits: int = 0
    clear: int = 0
    not_screened: int = 0
    rejected: int = 0
    hits: int = 0
    seconds: float = 0.0
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def rows_per_second(self) -> float:
        """Throughput of the run (0 when nothing was timed)."""
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0

    def add(self, other: BatchSummary) -> None:
        """Add another run's counts to this one (seconds are not added)."""
        for name in ("rows_read", "screened", "with_hits", "clear", "not_screened", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.hits += other.hits

    def balanced(self) -> bool:
        """Whether every row read is accounted for by exactly one status."""
        outcomes = self.clear + self.with_hits + self.not_screened + self.rejected
        return self.rows_read == outcomes and self.screened == self.clear + self.with_hits


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of screening a frame: one row per hit, one row per input row, counts."""

    hits: pd.DataFrame
    rows: pd.DataFrame
    summary: BatchSummary


# ---------------------------------------------------------------- the row-level core


class _Chunk(NamedTuple):
    """Rows to screen, column-wise: field -> cell values, plus keys and line numbers."""

    source: str
    keys: list[str]
    lines: list[int | None]
    cells: dict[str, list[object]]
    columns: dict[str, str]
    """Field -> the input column it was read from (named in rejection reasons)."""
    broken: dict[int, str] = {}  # noqa: RUF012 (NamedTuple default, never mutated)
    """Row position -> problem, for rows the reader could already tell are malformed."""


class _ChunkResult(NamedTuple):
    hit_rows: list[tuple[object, ...]]
    row_rows: list[tuple[object, ...]]
    summary: BatchSummary


_KINDS: dict[str, EntityKind] = {
    **{k.value: k for k in EntityKind},
    "individual": EntityKind.PERSON,
    "organisation": EntityKind.ORGANIZATION,
    "entity": EntityKind.ORGANIZATION,
    "company": EntityKind.ORGANIZATION,
    "ship": EntityKind.VESSEL,
}
_YEAR_ONLY = re.compile(r"^(1[89]\d\d|20\d\d)$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_IMO_TEXT = re.compile(r"^(?:IMO[\s:.-]*)?\d{7}$", re.IGNORECASE)

# name, kind, birth_date, nationality, country, passport, imo: hashable, so identical
# queries are screened once.
_Query = tuple[
    str | None, EntityKind | None, str | None, str | None, str | None, str | None, str | None
]


def _text(value: object) -> str | None:
    """A cell as stripped text; None for empty, NaN, NA."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))  # 8712362.0 from a numeric IMO column
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _check_birth_date(text: str) -> str | None:
    """The problem with a birth date cell, or None when it is a date or a year."""
    if _YEAR_ONLY.match(text) or parse_list_date(text) is not None:
        return None
    if (m := _SLASH_DATE.match(text)) is not None:
        try:
            dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return f"not a calendar date: {text!r}"
        return None
    return f"not a date (expected YYYY, YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY): {text!r}"


def _parse_row(values: Sequence[object]) -> tuple[_Query | None, str | None, str | None]:
    """(query, None, None) for a good row; (None, field, problem) for a malformed one."""
    name, kind_text, birth, nationality, country, passport, imo = (_text(v) for v in values)
    kind: EntityKind | None = None
    if kind_text is not None:
        kind = _KINDS.get(kind_text.lower())
        if kind is None:
            return None, "kind", f"unknown kind {kind_text!r} (person, organization, vessel)"
    if birth is not None and (problem := _check_birth_date(birth)) is not None:
        return None, "birth_date", problem
    if imo is not None:
        if not _IMO_TEXT.match(imo):
            return None, "imo", f"an IMO number has 7 digits: {imo!r}"
        imo = normalize_imo(imo) or imo
    return (name, kind, birth, nationality, country, passport, imo), None, None


def _counterparty(query: _Query) -> Counterparty:
    name, kind, birth, nationality, country, passport, imo = query
    ids: list[QueryIdentifier] = []
    if passport:
        ids.append(QueryIdentifier(type=IdentifierType.PASSPORT, value=passport))
    if imo:
        ids.append(QueryIdentifier(type=IdentifierType.IMO, value=imo))
    return Counterparty(
        name=name,
        kind=kind,
        birth_date=birth,
        nationality=nationality,
        country=country,
        identifiers=tuple(ids),
    )


# What one query yields, without its key: status, reason, hit rows without the key column.
_Outcome = tuple[str, str | None, tuple[tuple[object, ...], ...]]


class _Engine:
    """A screener plus a bounded cache of outcomes by query (identical query, same answer)."""

    def __init__(self, screener: Screener) -> None:
        self.screener = screener
        self.cache: dict[_Query, _Outcome] = {}

    def outcome(self, query: _Query) -> _Outcome:
        found = self.cache.get(query)
        if found is not None:
            return found
        if query[0] is None and query[6] is None:
            found = (ScreeningStatus.NOT_SCREENED.value, "no name and no IMO number", ())
        else:
            result = self.screener.screen(_counterparty(query))
            found = (result.status.value, result.reason, tuple(_hit_row(h) for h in result.hits))
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[query] = found
        return found

    def screen_chunk(self, chunk: _Chunk) -> _ChunkResult:
        columns = [chunk.cells.get(f) or [None] * len(chunk.keys) for f in _QUERY_FIELDS]
        summary = BatchSummary(rows_read=len(chunk.keys))
        hit_rows: list[tuple[object, ...]] = []
        row_rows: list[tuple[object, ...]] = []
        for i, values in enumerate(zip(*columns, strict=True)):
            key, line = chunk.keys[i], chunk.lines[i]
            problem: str | None
            if i in chunk.broken:
                query, bad_field, problem = None, None, chunk.broken[i]
            else:
                query, bad_field, problem = _parse_row(values)
            if query is None:
                column = chunk.columns.get(bad_field, bad_field) if bad_field else None
                error = InputFormatError(chunk.source, line, column, problem or "malformed")
                row_rows.append((key, line, REJECTED, str(error), 0, None))
                summary.rejected += 1
                continue
            status, reason, hits = self.outcome(query)
            best = hits[0][0] if hits else None
            row_rows.append((key, line, status, reason, len(hits), best))
            hit_rows.extend((key, *h) for h in hits)
            if status == ScreeningStatus.NOT_SCREENED.value:
                summary.not_screened += 1
            elif hits:
                summary.with_hits += 1
                summary.hits += len(hits)
            else:
                summary.clear += 1
        summary.screened = summary.clear + summary.with_hits
        return _ChunkResult(hit_rows, row_rows, summary)


def _hit_row(hit: Any) -> tuple[object, ...]:
    """A hit as the cells of HIT_COLUMNS after ``key``."""
    prov = hit.provenance
    return (
        hit.score,
        hit.name_score,
        prov.source,
        prov.list_name,
        prov.reference,
        hit.listed_name,
        hit.listed_name_role,
        hit.query_name,
        hit.explanation,
        " | ".join(prov.legal_basis),
        prov.listed_on.isoformat() if prov.listed_on else None,
        prov.snapshot_id,
        prov.sha256,
        ",".join(sorted(hit.entry.topics)),
    )


def _hits_frame(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    return frame.astype({"key": "object", "score": "float64", "name_score": "float64"})


def _rows_frame(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(ROW_COLUMNS))
    return frame.astype(
        {"key": "object", "line": "Int64", "hit_count": "int64", "best_score": "float64"}
    )


# ---------------------------------------------------------------------- DataFrames


# Header names taken for a field when no column is named for it (compared case-blind).
_AUTO_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "kind": ("kind",),
    "birth_date": ("birth_date", "dob", "date_of_birth"),
    "nationality": ("nationality",),
    "country": ("country",),
    "passport": ("passport",),
    "imo": ("imo",),
    "key": ("key", "id"),
}


def _resolve_columns(
    available: Sequence[str],
    source: str,
    columns: ColumnMap | None,
    named: dict[str, str | None],
) -> ColumnMap:
    """The columns to read: ``columns`` as given, else each named column, else the column
    whose header is the field's name (``key`` or ``id`` for the key, ``dob`` for the birth
    date). A named column that is missing is an error naming the source and the column.
    """
    header = list(available)
    if columns is None:
        by_name = {h.strip().lower(): h for h in header}
        chosen: dict[str, str | None] = {}
        for fld, column in named.items():
            if column is None:
                column = next((by_name[a] for a in _AUTO_COLUMNS[fld] if a in by_name), None)
            chosen[fld] = column
        columns = ColumnMap(**chosen)
    if columns.name is None and columns.imo is None:
        shown = ", ".join(header) or "none"
        raise InputFormatError(source, None, "name", f"no name column (columns: {shown})")
    have = set(header)
    for fld, column in columns.mapped().items():
        if column not in have:
            shown = ", ".join(header) or "none"
            raise InputFormatError(
                source, None, column, f"no column {column!r} for {fld} (columns: {shown})"
            )
    return columns


def _frame_chunk(frame: pd.DataFrame, columns: ColumnMap, source: str) -> _Chunk:
    mapped = columns.mapped()
    key_column = mapped.pop("key", None)
    if key_column is not None:
        keys = [_text(v) or "" for v in frame[key_column].tolist()]
    else:
        keys = [str(label) for label in frame.index.tolist()]
    cells = {fld: frame[column].tolist() for fld, column in mapped.items()}
    return _Chunk(source, keys, [None] * len(keys), cells, mapped)


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
    mapping = _resolve_columns([str(c) for c in frame.columns], "DataFrame", columns, named)
    engine = _Engine(screener or Screener.from_sources())
    done = engine.screen_chunk(_frame_chunk(frame, mapping, "DataFrame"))
    done.summary.seconds = time.perf_counter() - started
    return BatchResult(_hits_frame(done.hit_rows), _rows_frame(done.row_rows), done.summary)


# ------------------------------------------------------------ encodings, delimiters

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _share(text: str, low: str, high: str) -> float:
    """The share of non-ASCII characters of ``text`` in the range low..high."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return 0.0
    return sum(1 for c in wide if low <= c <= high) / len(wide)


def detect_encoding(sample: bytes) -> str:
    """The encoding of a CSV file from its first bytes.

    A byte-order mark decides first; then text that decodes as strict UTF-8 is UTF-8.
    Otherwise the sample is Windows-1251 (Russian) or CP949 (Korean): CP949 wins when it
    decodes strictly and most of its non-ASCII characters are Hangul syllables, since
    Cyrillic bytes read as CP949 fail or give Hanja; else Windows-1251.

    Example:
        >>> detect_encoding("Ким Чен Ын".encode("cp1251"))
        'cp1251'
        >>> detect_encoding("김정은".encode("cp949"))
        'cp949'
        >>> detect_encoding(codecs.BOM_UTF8 + b"name"), detect_encoding("Kim".encode())
        ('utf-8-sig', 'utf-8')
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    end = sample.rfind(b"\n")
    whole = sample[: end + 1] if 0 <= end < len(sample) - 1 else sample
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        hangul = _share(whole.decode("cp949"), "\uac00", "\ud7a3")
    except UnicodeDecodeError:
        hangul = 0.0
    cyrillic = _share(whole.decode("cp1251", errors="replace"), "\u0410", "\u044f")
    # Korean read as Windows-1251 gives about half Cyrillic letters, half symbols: a
    # Hangul share above that is the better reading (tuned on the seed names).
    return "cp949" if hangul > max(cyrillic, 0.5) else "cp1251"


def detect_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample among , ; tab and |, by csv.Sniffer; ',' if unsure.

    Example:
        >>> detect_delimiter("id;name\\n1;KIM Jong Un\\n"), detect_delimiter("name\\nKIM\\n")
        (';', ',')
    """
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


class _Prefixed(io.RawIOBase):
    """A binary stream that replays a sample already read, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# ------------------------------------------------------------------- output writers

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


class _TableWriter:
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


# ------------------------------------------------------------------------ CSV files


class _Reader:
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
        head = raw.read(_SAMPLE_BYTES)
        self.encoding = encoding or detect_encoding(head)
        try:
            sample = codecs.getincrementaldecoder(self.encoding)("replace").decode(head)
        except LookupError as exc:
            raise InputFormatError(
                self.label, None, None, f"unknown encoding {encoding!r}"
            ) from exc
        self.delimiter = delimiter or detect_delimiter(sample[: sample.rfind("\n") + 1] or sample)
        buffered = io.BufferedReader(_Prefixed(head, raw))
        self._text = io.TextIOWrapper(buffered, encoding=self.encoding, newline="")
        self._csv = csv.reader(self._text, delimiter=self.delimiter)
        self.header = [h.strip() for h in self._next() or []]
        if not self.header:
            raise InputFormatError(self.label, 1, None, "empty file: no header row")
        if self.header[0].startswith("\ufeff"):  # a BOM under a named utf-8 encoding
            self.header[0] = self.header[0][1:]
        self.columns = _resolve_columns(self.header, self.label, columns, named)
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

    def chunks(self, size: int) -> Iterator[tuple[_Chunk, list[tuple[int, list[str]]]]]:
        """Chunks of at most ``size`` rows, each with its raw (line, fields) records."""
        width = len(self.header)
        mapped = {f: c for f, c in self.columns.mapped().items() if f != "key"}
        key_at = self._at.get("key")
        while True:
            records: list[tuple[int, list[str]]] = []
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
            cells: dict[str, list[object]] = {f: [] for f in mapped}
            keys: list[str] = []
            for i, (line, record) in enumerate(records):
                if len(record) != width:
                    broken[i] = f"expected {width} fields, got {len(record)}"
                    record = (record + [""] * width)[:width]
                for fld in mapped:
                    cells[fld].append(record[self._at[fld]])
                keys.append(record[key_at].strip() if key_at is not None else str(line))
            lines: list[int | None] = [line for line, _ in records]
            yield _Chunk(self.label, keys, lines, cells, mapped, broken), records

    def close(self) -> None:
        self._text.detach()
        if self._owned:
            self._raw.close()


# A forked worker's engine: set in the parent just before the pool forks, so workers
# inherit the screener (copy-on-write) instead of receiving it pickled with every task.
_FORKED: _Engine | None = None


def _screen_forked(chunk: _Chunk) -> _ChunkResult:
    if _FORKED is None:  # pragma: no cover (only if the pool did not fork)
        raise RuntimeError("worker has no screener")
    return _FORKED.screen_chunk(chunk)


def _screened(
    chunks: Iterator[tuple[_Chunk, list[tuple[int, list[str]]]]], engine: _Engine, workers: int
) -> Iterator[tuple[_ChunkResult, list[tuple[int, list[str]]]]]:
    """Chunk results in input order; in a forked pool when ``workers > 1``."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk, records in chunks:
            yield engine.screen_chunk(chunk), records
        return
    global _FORKED
    _FORKED = engine
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            # At most two chunks per worker in flight: memory stays flat.
            pending: deque[tuple[Future[_ChunkResult], list[tuple[int, list[str]]]]] = deque()
            for chunk, records in chunks:
                pending.append((pool.submit(_screen_forked, chunk), records))
                if len(pending) >= 2 * workers:
                    future, done = pending.popleft()
                    yield future.result(), done
            while pending:
                future, done = pending.popleft()
                yield future.result(), done
    finally:
        _FORKED = None


def _rejected_rows(
    result: _ChunkResult, records: list[tuple[int, list[str]]]
) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for (line, record), row in zip(records, result.row_rows, strict=True):
        if row[2] == REJECTED:
            out.append((line, row[0], row[3], *record))
    return out


def screen_csv(
    source: str | Path | BinaryIO,
    *,
    output: str | Path | IO[str] | IO[bytes] | None = None,
    output_format: OutputFormat | None = None,
    rows_output: str | Path | None = None,
    rejected_path: str | Path | None = None,
    screener: Screener | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    encoding: str | None = None,
    delimiter: str | None = None,
    name_column: str | None = None,
    kind_column: str | None = None,
    birth_date_column: str | None = None,
    nationality_column: str | None = None,
    country_column: str | None = None,
    passport_column: str | None = None,
    imo_column: str | None = None,
    key_column: str | None = None,
    columns: ColumnMap | None = None,
    workers: int = 1,
    on_hits: Callable[[list[tuple[object, ...]]], None] | None = None,
    on_progress: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Screen a CSV file in chunks, writing the hits as they are found.

    Args:
        source: a path, or a binary stream (e.g. ``sys.stdin.buffer``).
        output: where the hits go (a path, or a text stream for CSV/JSONL); None: nowhere
            (use ``on_hits``). The format follows the extension unless ``output_format``.
        rows_output: a CSV/JSONL/Parquet file for every row's status (ROW_COLUMNS).
        rejected_path: a CSV file for the rejected rows: line, key, reason, then the row.
        screener: default: the bundled UN, EU and OFAC lists, scope dprk.
        chunk_size: rows read, screened and written at a time (memory stays flat).
        encoding: default: detected (BOM, UTF-8, else Windows-1251 or CP949).
        delimiter: default: detected among , ; tab | (',' when unsure).
        name_column ... key_column, columns: as for :func:`screen_frame`. Without a key
            column the key of a row is the line it starts on (the header is line 1).
        workers: processes screening chunks (forked: they inherit the screener).
        on_hits: called with each chunk's hit rows (HIT_COLUMNS order).
        on_progress: called with the running counts after each chunk.

    Raises:
        InputFormatError: the file cannot be read or decoded, or a column is missing.
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
    reader = _Reader(source, encoding=encoding, delimiter=delimiter, columns=columns, named=named)
    summary = BatchSummary(encoding=reader.encoding, delimiter=reader.delimiter)
    writers: list[_TableWriter] = []
    try:
        engine = _Engine(screener or Screener.from_sources())
        hits_out = rows_out = rejected_out = None
        if output is not None:
            fmt = output_format or (
                output_format_of(output) if isinstance(output, str | Path) else "csv"
            )
            hits_out = _TableWriter(output, HIT_COLUMNS, fmt)
            writers.append(hits_out)
        if rows_output is not None:
            rows_out = _TableWriter(rows_output, ROW_COLUMNS, output_format_of(rows_output))
            writers.append(rows_out)
        if rejected_path is not None:
            head = ("line", "key", "reason", *reader.header)
            rejected_out = _TableWriter(rejected_path, head, "csv")
            writers.append(rejected_out)
        for result, records in _screened(reader.chunks(chunk_size), engine, workers):
            summary.add(result.summary)
            if hits_out is not None:
                hits_out.write(result.hit_rows)
            if rows_out is not None:
                rows_out.write(result.row_rows)
            if rejected_out is not None and result.summary.rejected:
                rejected_out.write(_rejected_rows(result, records))
            if on_hits is not None and result.hit_rows:
                on_hits(result.hit_rows)
            if on_progress is not None:
                summary.seconds = time.perf_counter() - started
                on_progress(summary)
    finally:
        for writer in writers:
            writer.close()
        reader.close()
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------------------- Dask

_Recipe = tuple[tuple[str, ...] | None, str, float, int]
# One engine per worker process (or per thread pool) and recipe: built on first use, then
# reused by every partition the worker screens. Only the recipe travels with the tasks.
_ENGINES: dict[_Recipe, _Engine] = {}
_ENGINES_LOCK = threading.Lock()
_RECORD = "record"


def _engine_for(recipe: _Recipe) -> _Engine:
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
            engine = _ENGINES[recipe] = _Engine(screener)
        return engine


def _combined_frame(done: _ChunkResult | None) -> pd.DataFrame:
    """Hit rows and row statuses in one frame, told apart by the ``record`` column."""
    hits = _hits_frame(done.hit_rows if done else [])
    rows = _rows_frame(done.row_rows if done else [])
    hits.insert(0, _RECORD, "hit")
    rows.insert(0, _RECORD, "row")
    combined = pd.concat([hits, rows], ignore_index=True)
    return combined.astype({"line": "Int64", "hit_count": "Int64"})


def _screen_partition(part: pd.DataFrame, recipe: _Recipe, columns: ColumnMap) -> pd.DataFrame:
    engine = _engine_for(recipe)
    return _combined_frame(engine.screen_chunk(_frame_chunk(part, columns, "DataFrame")))


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
    mapping = _resolve_columns([str(c) for c in frame.columns], "Dask DataFrame", columns, named)
    recipe: _Recipe = (tuple(sources) if sources else None, scope, threshold, max_hits)
    combined = frame.map_partitions(  # type: ignore[no-untyped-call]
        _screen_partition, recipe, mapping, meta=_combined_frame(None), align_dataframes=False
    )
    hits = combined[combined[_RECORD] == "hit"][list(HIT_COLUMNS)]
    rows = combined[combined[_RECORD] == "row"][list(ROW_COLUMNS)]
    return DaskBatchResult(hits=hits, rows=rows, combined=combined)
