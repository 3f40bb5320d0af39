"""The command line: the only module that parses argv, prints, or exits.

Exit codes: 0 done (no hits, or hits without ``--fail-on-hit``); 1 hits found with
``--fail-on-hit``; 2 usage or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sanctions_screen.batch import (
    HIT_COLUMNS,
    BatchSummary,
    ColumnMap,
    OutputFormat,
    output_format_of,
    screen_csv,
)
from sanctions_screen.bundled import SOURCES, Scope, load_bundled_lists
from sanctions_screen.errors import SanctionsScreenError
from sanctions_screen.matching import DEFAULT_THRESHOLD
from sanctions_screen.models import Counterparty, EntityKind, ScreeningStatus
from sanctions_screen.screen import Screener
from sanctions_screen.summary import count_entries
from sanctions_screen.topics import TOPIC_DPRK

__all__ = ["main"]

EXIT_OK = 0
EXIT_HITS = 1
EXIT_USAGE = 2


def _sources_arg(text: str) -> list[str]:
    chosen = [s.strip().lower() for s in text.split(",") if s.strip()]
    bad = [s for s in chosen if s not in SOURCES]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {','.join(SOURCES)}; got {text!r}")
    return chosen


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sanctions-screen",
        description="Screen names against the UN, EU and OFAC lists (DPRK focus).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    lists = commands.add_parser("lists", help="print the bundled list snapshots and counts")
    lists.add_argument("--sources", type=_sources_arg, default=None, help="e.g. un,eu")

    screen = commands.add_parser(
        "screen",
        help="screen a CSV file of counterparties",
        description="Screen every row of a CSV file; hits go to OUTPUT (CSV, JSONL or "
        "Parquet by extension, '-' for stdout) or, without -o, to stdout as a table. "
        "Output cells starting with = + - @ are prefixed with a quote (formula injection).",
    )
    screen.add_argument("input", help="CSV file, or '-' for stdin")
    screen.add_argument("-o", "--output", help="hits file (.csv, .jsonl, .parquet) or '-'")
    screen.add_argument("--format", choices=("csv", "jsonl", "parquet"), help="output format")
    screen.add_argument("--rows", help="file for every row's status (.csv, .jsonl, .parquet)")
    screen.add_argument("--rejected", help="CSV file for rejected rows (line, key, reason)")
    for fld in ColumnMap.__dataclass_fields__:
        screen.add_argument(
            f"--{fld.replace('_', '-')}-column",
            dest=f"{fld}_column",
            default=None,
            metavar="COLUMN",
            help=f"column holding the {fld.replace('_', ' ')}"
            + (" (default: name)" * (fld == "name")),
        )
    screen.add_argument("--encoding", help="input encoding (default: detected)")
    screen.add_argument("--delimiter", help="input delimiter (default: detected)")
    screen.add_argument("--workers", type=int, default=1, help="processes (default: 1)")
    screen.add_argument("--chunk-size", type=int, default=20_000, help=argparse.SUPPRESS)
    screen.add_argument("--fail-on-hit", action="store_true", help="exit 1 if any row hits")
    _add_list_options(screen)

    explain = commands.add_parser("explain", help="screen one name and explain every hit")
    explain.add_argument("name")
    explain.add_argument("--kind", choices=[k.value for k in EntityKind])
    _add_list_options(explain)
    return parser


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", type=_sources_arg, default=None, help="e.g. un,eu,ofac")
    parser.add_argument("--scope", choices=("dprk", "all"), default="dprk")
    parser.add_argument(
        "--threshold", type=_threshold_arg, default=DEFAULT_THRESHOLD, help="in [0, 1]"
    )


def _threshold_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a number in [0, 1]; got {text!r}")
    return value


def _screener(args: argparse.Namespace) -> Screener:
    scope: Scope = "all" if args.scope == "all" else "dprk"
    return Screener.from_sources(args.sources, scope=scope, threshold=args.threshold)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    while _width(text) > width:
        text = text[:-2] + "…"
    return text + " " * (width - _width(text))


_TABLE = (("key", 10), ("score", 6), ("source", 6), ("reference", 26), ("listed_name", 34))


class _HitTable:
    """Hits printed as a fixed-width table, a chunk at a time."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = False
        self._at = [HIT_COLUMNS.index(c) for c, _ in _TABLE] + [HIT_COLUMNS.index("query_name")]

    def __call__(self, rows: list[tuple[object, ...]]) -> None:
        if not self.started:
            head = " ".join(_cell(c, w) for c, w in _TABLE)
            self.out.write(f"{head} query form\n")
            self.started = True
        for row in rows:
            cells = [row[i] for i in self._at]
            score = f"{cells[1]:.2f}" if isinstance(cells[1], float) else cells[1]
            cells[1] = score
            line = " ".join(_cell(v, w) for v, (_, w) in zip(cells[:-1], _TABLE, strict=True))
            self.out.write(f"{line} {cells[-1]}\n")


class _Progress:
    """A carriage-return progress line on stderr, only when stderr is a terminal."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.live = err.isatty()

    def __call__(self, summary: BatchSummary) -> None:
        if self.live:
            self.err.write(
                f"\r{summary.rows_read:,} rows, {summary.with_hits:,} with hits, "
                f"{summary.rows_per_second:,.0f} rows/s"
            )
            self.err.flush()

    def done(self) -> None:
        if self.live:
            self.err.write("\r\033[K")


def _print_summary(summary: BatchSummary, err: TextIO, rejected_path: str | None) -> None:
    for reason in summary.first_rejections:
        err.write(f"rejected: {reason}\n")
    more = summary.rejected - len(summary.first_rejections)
    if rejected_path is not None and summary.rejected:
        err.write(f"every rejected row, with its reason: {rejected_path}\n")
    elif more > 0:
        err.write(f"... and {more:,} more rejected rows (all of them: --rejected FILE)\n")
    err.write(
        f"rows read {summary.rows_read:,}: screened {summary.screened:,} "
        f"(with hits {summary.with_hits:,}, clear {summary.clear:,}), "
        f"not screened {summary.not_screened:,}, rejected {summary.rejected:,}; "
        f"hits {summary.hits:,}; {summary.seconds:.1f} s, "
        f"{summary.rows_per_second:,.0f} rows/s "
        f"(encoding {summary.encoding}, delimiter {summary.delimiter!r})\n"
    )


def _run_screen(args: argparse.Namespace) -> int:
    if args.workers < 1 or args.chunk_size < 1:
        raise _UsageError("--workers and --chunk-size must be at least 1")
    fmt: OutputFormat | None = args.format
    output: object = None
    table = None
    if args.output is None:
        table = _HitTable(sys.stdout)
    elif args.output == "-":
        fmt = fmt or "csv"
        if fmt == "parquet":
            raise _UsageError("Parquet cannot be written to stdout; name a .parquet file")
        output = sys.stdout
    else:
        output = Path(args.output)
        fmt = fmt or output_format_of(args.output)
    source: object = sys.stdin.buffer if args.input == "-" else Path(args.input)
    named = {f"{f}_column": getattr(args, f"{f}_column") for f in ColumnMap.__dataclass_fields__}
    started = time.perf_counter()
    screener = _screener(args)
    sys.stderr.write(
        f"{len(screener.entries):,} list entries loaded in {time.perf_counter() - started:.1f} s\n"
    )
    progress = _Progress(sys.stderr)
    try:
        summary = screen_csv(
            source,  # type: ignore[arg-type]
            output=output,  # type: ignore[arg-type]
            output_format=fmt,
            rows_output=args.rows,
            rejected_path=args.rejected,
            screener=screener,
            chunk_size=args.chunk_size,
            encoding=args.encoding,
            delimiter=args.delimiter,
            workers=args.workers,
            on_hits=table,
            on_progress=progress,
            **named,
        )
    finally:
        progress.done()
    if table is not None and not table.started:
        sys.stdout.write("no hits\n")
    _print_summary(summary, sys.stderr, args.rejected)
    return EXIT_HITS if args.fail_on_hit and summary.with_hits else EXIT_OK


def _run_explain(args: argparse.Namespace, out: TextIO) -> int:
    screener = _screener(args)
    kind = EntityKind(args.kind) if args.kind else None
    result = screener.screen(Counterparty(name=args.name, kind=kind))
    if result.status is ScreeningStatus.NOT_SCREENED:
        raise _UsageError(f"{args.name!r} not screened: {result.reason}")
    forms = ", ".join(result.query_forms)
    out.write(f"{args.name!r}: {len(result.hits)} hit(s) at threshold {result.threshold}")
    out.write(f" (forms screened: {forms})\n")
    for n, hit in enumerate(result.hits, start=1):
        p = hit.provenance
        out.write(
            f"\n{n}. {hit.score:.2f}  {hit.listed_name}  ({hit.listed_name_role}; "
            f"entry caption {hit.entry.caption!r}, {hit.entry.kind.value})\n"
        )
        out.write(f"   met by query form {hit.query_name!r}\n")
        for f in hit.features:
            score = "n/a" if f.score is None else f"{f.score:.2f}"
            effect = f" effect {f.effect:+.2f}" if f.effect else ""
            out.write(f"   - {f.name}: {score}{effect}  {f.detail}\n")
        out.write(f"   list: {p.list_name} [{p.source}], reference {p.reference}\n")
        out.write(f"   legal basis: {'; '.join(p.legal_basis) or 'n/a'}\n")
        out.write(
            f"   listed on: {p.listed_on or 'n/a'}; topics: {', '.join(sorted(hit.entry.topics))}\n"
        )
        out.write(
            f"   snapshot {p.snapshot_id}, file {p.file_name} ({p.location}), "
            f"sha256 {p.sha256[:16]}…\n"
        )
    return EXIT_OK


class _UsageError(Exception):
    """A usage problem found after parsing (exit 2)."""


def _print_lists(sources: list[str] | None, out: TextIO) -> None:
    bundled = load_bundled_lists(sources)
    out.write("Bundled list snapshots (sha256 verified)\n\n")
    for bl in bundled:
        m, parsed = bl.manifest, bl.parsed
        dprk = sum(1 for e in parsed.entries if TOPIC_DPRK in e.topics)
        out.write(f"{m.snapshot_id}  [{m.source}]  {m.title}\n")
        out.write(f"  file {m.file_name}  published {m.published_on}  sha256 {m.sha256[:16]}…\n")
        out.write(f"  licence: {m.licence}\n")
        for c in bl.companions:
            out.write(f"  + companion {c.file_name} (published {c.published_on})\n")
        out.write(
            f"  records read {parsed.records_read}, entries {len(parsed.entries)} "
            f"(dprk {dprk}), rejected {len(parsed.rejected)}, skipped {parsed.skipped}\n"
        )
        for reason, n in sorted(parsed.skip_reasons.items()):
            out.write(f"    skipped {n}: {reason}\n")
        for issue in parsed.rejected[:5]:
            out.write(f"    rejected: {issue}\n")
    for scope_name, keep_all in (("dprk", False), ("all", True)):
        entries = [
            e for bl in bundled for e in bl.parsed.entries if keep_all or TOPIC_DPRK in e.topics
        ]
        out.write(f"\nScope '{scope_name}': {len(entries)} entries\n")
        out.write(f"  {'source':<6} {'total':>6}  kinds / topics\n")
        for source, counts in count_entries(entries).items():
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.by_kind.items()))
            topics = ", ".join(f"{k} {n}" for k, n in sorted(counts.by_topic.items()))
            out.write(f"  {source:<6} {counts.total:>6}  {kinds} | {topics}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "lists":
            _print_lists(args.sources, sys.stdout)
            return EXIT_OK
        if args.command == "screen":
            return _run_screen(args)
        if args.command == "explain":
            return _run_explain(args, sys.stdout)
    except (SanctionsScreenError, _UsageError) as exc:
        sys.stderr.write(f"sanctions-screen: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
