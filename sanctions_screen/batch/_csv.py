"""Screening a CSV file in chunks, in this process or in a forked process pool.

Memory stays flat whatever the file size: rows are read, screened and written a chunk at a
time. With ``workers > 1`` (where ``fork`` is available) the chunks are screened in a
forked pool whose workers inherit the parent's screener; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, BinaryIO

from sanctions_screen.batch._engine import (
    HIT_COLUMNS,
    REJECTED,
    ROW_COLUMNS,
    BatchSummary,
    Chunk,
    ChunkResult,
    Engine,
    first_rejections,
)
from sanctions_screen.batch._reader import CsvReader, Records
from sanctions_screen.batch._rows import ColumnMap
from sanctions_screen.batch._writers import OutputFormat, TableWriter, output_format_of
from sanctions_screen.runtime import fork_warning_silenced, quiet_gc
from sanctions_screen.screen import Screener

__all__ = ["DEFAULT_CHUNK_SIZE", "screen_csv"]

# A chunk of 20,000 rows keeps a worker busy ~1 s at the current engine speed while its
# pickled input and output stay a few MB: memory stays flat, pool overhead negligible.
DEFAULT_CHUNK_SIZE = 20_000

# A forked worker's engine: set in the parent just before the pool forks, so workers
# inherit the screener (copy-on-write) instead of receiving it pickled with every task.
_FORKED: Engine | None = None


def _screen_forked(chunk: Chunk) -> ChunkResult:
    if _FORKED is None:  # pragma: no cover (only if the pool did not fork)
        raise RuntimeError("worker has no screener")
    return _FORKED.screen_chunk(chunk)


def _partition(chunk: Chunk, parts: int) -> list[list[int]]:
    """Row positions of ``chunk`` by worker: the same name always goes to the same worker,
    so each worker's cache of outcomes sees every repeat of its names."""
    names = chunk.cells.get("name") or [None] * len(chunk.keys)
    buckets: list[list[int]] = [[] for _ in range(parts)]
    for position, name in enumerate(names):
        text = name.strip().casefold() if isinstance(name, str) else ""
        buckets[hash(text) % parts].append(position)
    return buckets


def _sub_chunk(chunk: Chunk, rows: list[int]) -> Chunk:
    """The rows ``rows`` of ``chunk``, in their order."""
    renumbered = {old: new for new, old in enumerate(rows)}
    return Chunk(
        source=chunk.source,
        keys=[chunk.keys[i] for i in rows],
        lines=[chunk.lines[i] for i in rows],
        cells={field: [cells[i] for i in rows] for field, cells in chunk.cells.items()},
        columns=chunk.columns,
        broken={renumbered[i]: p for i, p in chunk.broken.items() if i in renumbered},
    )


def _merge(size: int, buckets: list[list[int]], results: list[ChunkResult]) -> ChunkResult:
    """The sub-chunks' results put back in the chunk's row order."""
    row_rows: list[tuple[object, ...]] = [()] * size
    hits_of: list[list[tuple[object, ...]]] = [[] for _ in range(size)]
    summary = BatchSummary()
    for rows, result in zip(buckets, results, strict=True):
        summary.add(result.summary)
        cursor = 0
        for position, row in zip(rows, result.row_rows, strict=True):
            count = int(row[4] or 0)  # type: ignore[call-overload]  # ROW_COLUMNS hit_count
            row_rows[position] = row
            hits_of[position] = result.hit_rows[cursor : cursor + count]
            cursor += count
    summary.first_rejections = first_rejections(row_rows)  # in row order, not by worker
    return ChunkResult([h for hits in hits_of for h in hits], row_rows, summary)


def _screened(
    chunks: Iterator[tuple[Chunk, Records]], engine: Engine, workers: int
) -> Iterator[tuple[ChunkResult, Records]]:
    """Chunk results in input order; in forked worker processes when ``workers > 1``.

    Each chunk is split by name between the workers (one process each), so that a name
    repeated across the file is screened once by one worker, not once per worker.
    """
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk, records in chunks:
            yield engine.screen_chunk(chunk), records
        return
    global _FORKED
    _FORKED = engine
    context = multiprocessing.get_context("fork")
    pools = [ProcessPoolExecutor(1, mp_context=context) for _ in range(workers)]
    try:
        _start(pools)
        # At most three chunks in flight: memory stays flat, and a worker that finishes
        # its part of a chunk early goes on with the next one.
        pending: deque[tuple[list[Future[ChunkResult]], list[list[int]], int, Records]]
        pending = deque()

        def finish() -> tuple[ChunkResult, Records]:
            futures, buckets, size, done = pending.popleft()
            return _merge(size, buckets, [f.result() for f in futures]), done

        for chunk, records in chunks:
            buckets = _partition(chunk, workers)
            futures = [
                pool.submit(_screen_forked, _sub_chunk(chunk, rows))
                for pool, rows in zip(pools, buckets, strict=True)
            ]
            pending.append((futures, buckets, len(chunk.keys), records))
            if len(pending) >= 3:
                yield finish()
        while pending:
            yield finish()
    finally:
        for pool in pools:
            pool.shutdown()
        _FORKED = None


def _ready() -> bool:
    return True


def _start(pools: list[ProcessPoolExecutor]) -> None:
    """Fork the pools' workers now (a first task makes each pool fork its process).

    Python 3.12+'s warning on forking a multi-threaded process is silenced when the
    caller runs no other Python thread (see
    :func:`~sanctions_screen.runtime.fork_warning_silenced`): the other threads are then
    numpy's idle BLAS pool and the pools' own managers, whose locks a worker never takes.
    """
    with fork_warning_silenced():
        for pool in pools:
            pool.submit(_ready).result()


def _rejected_rows(result: ChunkResult, records: Records) -> list[tuple[object, ...]]:
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
    reader = CsvReader(source, encoding=encoding, delimiter=delimiter, columns=columns, named=named)
    summary = BatchSummary(encoding=reader.encoding, delimiter=reader.delimiter)
    writers: list[TableWriter] = []
    try:
        engine = Engine(screener or Screener.from_sources())
        hits_out = rows_out = rejected_out = None
        if output is not None:
            fmt = output_format or (
                output_format_of(output) if isinstance(output, str | Path) else "csv"
            )
            hits_out = TableWriter(output, HIT_COLUMNS, fmt)
            writers.append(hits_out)
        if rows_output is not None:
            rows_out = TableWriter(rows_output, ROW_COLUMNS, output_format_of(rows_output))
            writers.append(rows_out)
        if rejected_path is not None:
            head = ("line", "key", "reason", *reader.header)
            rejected_out = TableWriter(rejected_path, head, "csv")
            writers.append(rejected_out)
        with quiet_gc():  # the index is frozen before the workers fork (see runtime)
            _run(
                reader,
                chunk_size,
                engine,
                workers,
                summary,
                started,
                hits_out,
                rows_out,
                rejected_out,
                on_hits,
                on_progress,
            )
    finally:
        for writer in writers:
            writer.close()
        reader.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(
    reader: CsvReader,
    chunk_size: int,
    engine: Engine,
    workers: int,
    summary: BatchSummary,
    started: float,
    hits_out: TableWriter | None,
    rows_out: TableWriter | None,
    rejected_out: TableWriter | None,
    on_hits: Callable[[list[tuple[object, ...]]], None] | None,
    on_progress: Callable[[BatchSummary], None] | None,
) -> None:
    """Screen every chunk of ``reader`` and write its results."""
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
