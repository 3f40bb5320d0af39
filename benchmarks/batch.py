"""Batch screening speed, end to end: CSV in, hits out, against the full bundled lists.

Prints, in one run: a baseline (a naive ``screener.screen`` loop over a sample of rows),
``screen_csv`` with N worker processes over the whole file, and the same file through
Dask on a LocalCluster of N worker processes; rows/s, seconds, peak memory (ru_maxrss of
this process and of its largest child), hits, and the share of planted rows found.

    .venv/bin/python benchmarks/batch.py --rows 1000000 --workers 2
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sanctions_screen as ss
from sanctions_screen.batch import screen_csv, screen_dask

HERE = Path(__file__).resolve().parent


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def _planted(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {r["id"]: r["planted"] for r in csv.DictReader(f) if r["planted"]}


def _found(hits: set[tuple[str, str]], planted: dict[str, str]) -> float:
    return sum((k, ref) in hits for k, ref in planted.items()) / max(1, len(planted))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scope", choices=("dprk", "all"), default="all")
    parser.add_argument("--baseline-rows", type=int, default=3000)
    parser.add_argument("--file", type=Path, help="counterparty CSV (default: generated)")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ss-bench-"))
    source = args.file or work / f"counterparties-{args.rows}.csv"
    if not source.exists():
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "make_counterparties.py"), str(args.rows), str(source)],
            check=True,
        )
        print(f"generated {source} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    screener = ss.Screener.from_sources(scope=args.scope)
    print(
        f"screener: {len(screener.entries)} entries, built in {time.perf_counter() - started:.1f} s"
    )

    # Baseline: the naive loop a user would write, one Counterparty per row.
    with source.open(encoding="utf-8", newline="") as f:
        sample = [r for _, r in zip(range(args.baseline_rows), csv.DictReader(f), strict=False)]
    started = time.perf_counter()
    for row in sample:
        if row["name"]:
            screener.screen(ss.Counterparty(name=row["name"], birth_date=row["birth_date"] or None))
    naive_rate = len(sample) / (time.perf_counter() - started)
    print(f"baseline naive loop: {naive_rate:,.0f} rows/s over {len(sample)} rows (1 process)")

    hits_path = work / "hits.csv"
    summary = screen_csv(source, output=hits_path, screener=screener, workers=args.workers)
    own, child = _peak_mb()  # before this script reads the hits back to check them
    planted = _planted(source)
    with hits_path.open(encoding="utf-8", newline="") as f:
        found = {(r["key"], r["reference"]) for r in csv.DictReader(f)}
    print(
        f"screen_csv workers={args.workers}: {summary.rows_read:,} rows in "
        f"{summary.seconds:.1f} s = {summary.rows_per_second:,.0f} rows/s "
        f"({summary.rows_per_second / naive_rate:.1f}x baseline); rows with hits "
        f"{summary.with_hits:,}, hits {summary.hits:,}; planted found "
        f"{_found(found, planted):.1%} of {len(planted):,}; peak RSS self {own:,.0f} MB, "
        f"largest child {child:,.0f} MB"
    )
    assert summary.balanced()
    if args.no_dask:
        return
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        frame = dd.read_csv(source, dtype=str, keep_default_na=False, blocksize="16MB")
        result = screen_dask(frame, scope=args.scope, key_column="id")
        hits = result.hits[["key", "reference"]].compute()
        seconds = time.perf_counter() - started
    found_dask = set(zip(hits["key"], hits["reference"], strict=True))
    print(
        f"dask LocalCluster {args.workers} processes: {summary.rows_read:,} rows in "
        f"{seconds:.1f} s (cluster start and per-worker screener build included) = "
        f"{summary.rows_read / seconds:,.0f} rows/s; hits {len(hits):,}; same hits as "
        f"screen_csv: {found_dask == found}"
    )


if __name__ == "__main__":
    main()
