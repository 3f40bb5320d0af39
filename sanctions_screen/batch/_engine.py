"""The row-level core shared by frames, CSV files and Dask: chunks of rows in, statuses out.

Every row ends in exactly one status: ``hit``, ``clear``, ``not_screened`` or ``rejected``
(the reason an :class:`~sanctions_screen.errors.InputFormatError` text naming the source,
the line and the column). An :class:`Engine` wraps a screener with a bounded cache, so
identical queries are screened once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any, NamedTuple

from sanctions_screen.batch._rows import QUERY_FIELDS, Query, parse_row, query_counterparty
from sanctions_screen.errors import InputFormatError
from sanctions_screen.models import ScreeningStatus
from sanctions_screen.screen import Screener

__all__ = [
    "HIT_COLUMNS",
    "KEPT_REJECTIONS",
    "REJECTED",
    "ROW_COLUMNS",
    "BatchSummary",
    "Chunk",
    "ChunkResult",
    "Engine",
    "first_rejections",
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

# Results of identical queries are reused; the cache is dropped when it grows past this
# (about 25 MB of hit rows at worst), so memory stays bounded on files with few repeats.
_CACHE_LIMIT = 50_000
# Rejections a summary keeps the reasons of (all of them go to the rejected-rows file).
KEPT_REJECTIONS = 10


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
    first_rejections: list[str] = field(default_factory=list)
    """Why the first rows were rejected (up to ``KEPT_REJECTIONS``), in input order: each
    an :class:`~sanctions_screen.errors.InputFormatError` text naming the file, the line
    and the field. Every rejected row's reason is in the rows output and the rejected-rows
    file."""

    @property
    def rows_per_second(self) -> float:
        """Throughput of the run (0 when nothing was timed)."""
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0

    def add(self, other: BatchSummary) -> None:
        """Add another run's counts to this one, and its first rejections while fewer than
        ``KEPT_REJECTIONS`` are kept (seconds are not added)."""
        for name in ("rows_read", "screened", "with_hits", "clear", "not_screened", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.hits += other.hits
        room = KEPT_REJECTIONS - len(self.first_rejections)
        if room > 0:
            self.first_rejections.extend(other.first_rejections[:room])

    def balanced(self) -> bool:
        """Whether every row read is accounted for by exactly one status."""
        outcomes = self.clear + self.with_hits + self.not_screened + self.rejected
        return self.rows_read == outcomes and self.screened == self.clear + self.with_hits


class Chunk(NamedTuple):
    """Rows to screen, column-wise: field -> cell values, plus keys and line numbers."""

    source: str
    keys: list[str]
    lines: list[int | None]
    cells: dict[str, list[object]]
    columns: dict[str, str]
    """Field -> the input column it was read from (named in rejection reasons)."""
    broken: dict[int, str] = {}  # noqa: RUF012 (NamedTuple default, never mutated)
    """Row position -> problem, for rows the reader could already tell are malformed."""


class ChunkResult(NamedTuple):
    """The screened chunk: rows of HIT_COLUMNS, rows of ROW_COLUMNS, counts."""

    hit_rows: list[tuple[object, ...]]
    row_rows: list[tuple[object, ...]]
    summary: BatchSummary


# What one query yields, without its key: status, reason, hit rows without the key column.
_Outcome = tuple[str, str | None, tuple[tuple[object, ...], ...]]


class Engine:
    """A screener plus a bounded cache of outcomes by query (identical query, same answer)."""

    def __init__(self, screener: Screener) -> None:
        self.screener = screener
        self.cache: dict[Query, _Outcome] = {}
        self.parsed: dict[tuple[object, ...], tuple[Query | None, str | None, str | None]] = {}
        """Rows already parsed, by their cells (an identical row parses the same)."""

    def outcome(self, query: Query) -> _Outcome:
        found = self.cache.get(query)
        if found is not None:
            return found
        if query[0] is None and query[6] is None:
            found = (ScreeningStatus.NOT_SCREENED.value, "no name and no IMO number", ())
        else:
            counterparty = query_counterparty(query)
            status, reason, _, hits = self.screener._screen_hits(counterparty, remember=False)
            found = (status.value, reason, tuple(_hit_row(h) for h in hits))
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[query] = found
        return found

    def parse(self, values: tuple[object, ...]) -> tuple[Query | None, str | None, str | None]:
        """:func:`parse_row`, remembered by the row's cells."""
        try:
            parsed = self.parsed.get(values)
        except TypeError:  # an unhashable cell (from a DataFrame): parse, do not remember
            return parse_row(values)
        if parsed is None:
            parsed = parse_row(values)
            if len(self.parsed) >= _CACHE_LIMIT:
                self.parsed.clear()
            self.parsed[values] = parsed
        return parsed

    def screen_chunk(self, chunk: Chunk) -> ChunkResult:
        columns = [chunk.cells.get(f) or [None] * len(chunk.keys) for f in QUERY_FIELDS]
        summary = BatchSummary(rows_read=len(chunk.keys))
        hit_rows: list[tuple[object, ...]] = []
        row_rows: list[tuple[object, ...]] = []
        for i, values in enumerate(zip(*columns, strict=True)):
            key, line = chunk.keys[i], chunk.lines[i]
            problem: str | None
            if i in chunk.broken:
                query, bad_field, problem = None, None, chunk.broken[i]
            else:
                query, bad_field, problem = self.parse(values)
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
        if summary.rejected:
            summary.first_rejections = first_rejections(row_rows)
        return ChunkResult(hit_rows, row_rows, summary)


def first_rejections(row_rows: list[tuple[object, ...]]) -> list[str]:
    """The reasons of the first ``KEPT_REJECTIONS`` rejected rows among ``row_rows``
    (rows of ROW_COLUMNS), in their order."""
    reasons = (str(row[3]) for row in row_rows if row[2] == REJECTED)
    return list(islice(reasons, KEPT_REJECTIONS))


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
