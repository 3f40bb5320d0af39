"""Speed of the screening engine against the full bundled lists, with a baseline.

Prints, in one run:
- index build time and the memory it takes (RSS growth), on scope 'all';
- one-name latency (p50, p95) of ``Screener.screen_name``;
- batch throughput with 2 worker processes (fork, index inherited, names partitioned by
  hash and garbage collector quieted as in the batch functions), names per second;
- the baseline: an exhaustive ``rapidfuzz.process.cdist`` (token_sort_ratio, score cutoff
  at the threshold, 2 workers) of the same queries against every indexed name form, its
  names per second and the speed ratio;
- index recall: of the pairs the baseline finds above the threshold, the share the index
  offers as candidates (all of them, and those our own scorer rates at the threshold).

Queries come from benchmarks/make_counterparties.py (clean Korean, Russian, Chinese and
Western names and firms, a few percent listed names in variant spellings).

Run: ``.venv/bin/python benchmarks/speed.py [--queries 20000] [--baseline 2000]``.
"""

from __future__ import annotations

import argparse
import csv
import gc
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from sanctions_screen import DEFAULT_THRESHOLD, Screener, load_bundled
from sanctions_screen.matching import prepare_name, score_forms
from sanctions_screen.normalize import fold_text
from sanctions_screen.runtime import quiet_gc

HERE = Path(__file__).resolve().parent
_SCREENER: Screener | None = None


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _queries(count: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queries.csv"
        subprocess.run(
            [sys.executable, str(HERE / "make_counterparties.py"), str(count), str(path)],
            check=True,
            capture_output=True,
        )
        with path.open(encoding="utf-8", newline="") as handle:
            return [row["name"] for row in csv.DictReader(handle) if row["name"]]


def _screen_chunk(names: list[str]) -> int:
    assert _SCREENER is not None
    found = 0
    for name in names:
        result = _SCREENER.screen(_counterparty(name))
        found += len(result.hits)
    return found


def _counterparty(name: str):  # type: ignore[no-untyped-def]
    from sanctions_screen import Counterparty

    return Counterparty(name=name)


def main() -> None:
    global _SCREENER
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=2_000)
    args = parser.parse_args()

    entries = load_bundled(scope="all")
    names = sum(len(e.names) for e in entries)
    gc.collect()
    before = _rss_mb()
    started = time.perf_counter()
    screener = Screener(entries)
    build = time.perf_counter() - started
    grown = _rss_mb() - before
    records = screener.index.records
    print(f"scope 'all': {len(entries)} entries, {names} names, {len(records)} name forms")
    print(f"index build: {build:.2f} s, memory +{grown:.0f} MB (RSS)")

    queries = _queries(args.queries)
    warm, timed = queries[:1000], queries[1000:3000]
    for name in warm:
        screener.screen_name(name)
    latencies = []
    for name in timed:
        t0 = time.perf_counter()
        screener.screen_name(name)
        latencies.append(time.perf_counter() - t0)
    latencies.sort()
    p50 = statistics.median(latencies) * 1e3
    p95 = latencies[int(len(latencies) * 0.95)] * 1e3
    print(f"one name: p50 {p50:.3f} ms, p95 {p95:.3f} ms ({len(timed)} names)")

    _SCREENER = screener
    batch = queries[3000:] if len(queries) > 6000 else queries
    # As screen_csv does: the same name always goes to the same worker.
    halves: list[list[str]] = [[], []]
    for name in batch:
        halves[hash(name.strip().casefold()) % 2].append(name)
    context = multiprocessing.get_context("fork")
    t0 = time.perf_counter()
    with quiet_gc(), context.Pool(2) as pool:  # as the batch functions run
        found = sum(pool.map(_screen_chunk, halves, chunksize=1))
    seconds = time.perf_counter() - t0
    ours = len(batch) / seconds
    print(f"batch, 2 processes: {len(batch)} names in {seconds:.2f} s = {ours:,.0f} names/s")
    print(f"  ({found} hits at threshold {DEFAULT_THRESHOLD})")

    sample = queries[: args.baseline]
    choices = [r.form.text for r in records]
    folded = [fold_text(q) for q in sample]
    t0 = time.perf_counter()
    matrix = process.cdist(
        folded,
        choices,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=DEFAULT_THRESHOLD * 100,
        workers=2,
        dtype="uint8",
    )
    base_seconds = time.perf_counter() - t0
    base_rate = len(sample) / base_seconds
    print(
        f"baseline cdist (token_sort_ratio, 2 workers): {len(sample)} names x "
        f"{len(choices)} forms in {base_seconds:.2f} s = {base_rate:,.0f} names/s"
    )
    print(f"speed ratio, ours / baseline: {ours / base_rate:.1f}x")

    pairs = total = ours_scored = ours_found = 0
    for q_index, row in enumerate(matrix):
        hit_records = row.nonzero()[0]
        if not len(hit_records):
            continue
        forms = prepare_name(sample[q_index], None)
        offered: set[int] = set()
        for form in forms:
            offered.update(screener.index.candidates(form, threshold=DEFAULT_THRESHOLD))
        for r_index in hit_records:
            record = records[int(r_index)]
            total += 1
            pairs += int(r_index) in offered or any(
                records[o].entry_index == record.entry_index for o in offered
            )
            best = max((score_forms(f, record.form).score for f in forms), default=0.0)
            if best >= DEFAULT_THRESHOLD:
                ours_scored += 1
                ours_found += int(r_index) in offered or any(
                    records[o].entry_index == record.entry_index for o in offered
                )
    if total:
        print(f"index recall of the baseline's {total} above-threshold pairs: {pairs / total:.4f}")
    if ours_scored:
        print(
            f"  of the {ours_scored} our scorer also rates >= threshold: "
            f"{ours_found / ours_scored:.4f}"
        )


if __name__ == "__main__":
    main()
