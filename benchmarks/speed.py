"""Speed of the screening engine against the full bundled lists, with a baseline.

Prints, in one run:
- index build time and the memory it takes (RSS growth), on scope 'all', with the build's
  time on one process (``build_workers=1``, in a fresh process) beside it;
- one-name latency (p50, p95) of ``Screener.screen_name``;
- batch throughput with 2 worker processes (fork, index inherited, names partitioned by
  hash and garbage collector quieted as in the batch functions), names per second;
- the baseline: an exhaustive ``rapidfuzz.process.cdist`` (token_sort_ratio, score cutoff
  at the threshold, 2 workers) of the same queries against every indexed name form, its
  names per second and the speed ratio;
- index recall: of the pairs the baseline finds above the threshold, the share the index
  offers as candidates: all of them, those our own scorer rates at the threshold, and
  those labelled true (a planted row and the entry it was planted from);
- planted rows of the baseline sample found under their own entry, by us and by the
  baseline.

Queries come from benchmarks/make_counterparties.py (clean Korean, Russian, Chinese and
Western names and firms, a few percent listed names in variant spellings).

Run: ``.venv/bin/python benchmarks/speed.py [--queries 100000] [--baseline 5000]``.
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
from typing import Any

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


def _queries(count: int) -> list[tuple[str, str]]:
    """(name, planted reference or "") pairs from make_counterparties.py."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queries.csv"
        subprocess.run(
            [sys.executable, str(HERE / "make_counterparties.py"), str(count), str(path)],
            check=True,
            capture_output=True,
        )
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle)
            return [(row["name"], row["planted"]) for row in rows if row["name"]]


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


_ONE_PROCESS_BUILD = """
import gc, time
from sanctions_screen import Screener, load_bundled
entries = load_bundled(scope="all")
gc.collect()
started = time.perf_counter()
Screener(entries, build_workers=1)
print(time.perf_counter() - started)
"""


def _one_process_build() -> float:
    """Seconds of the same build with ``build_workers=1``, in a fresh process: a build
    here would leave the text caches warm for the one measured after it."""
    done = subprocess.run(
        [sys.executable, "-c", _ONE_PROCESS_BUILD], check=True, capture_output=True, text=True
    )
    return float(done.stdout.strip())


def main() -> None:
    global _SCREENER
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=5_000)
    args = parser.parse_args()

    entries = load_bundled(scope="all")
    names = sum(len(e.names) for e in entries)
    one_core = _one_process_build()
    gc.collect()
    before = _rss_mb()
    started = time.perf_counter()
    screener = Screener(entries)
    build = time.perf_counter() - started
    grown = _rss_mb() - before
    records = screener.index.records
    print(f"scope 'all': {len(entries)} entries, {names} names, {len(records)} name forms")
    print(
        f"index build: {build:.2f} s (2 processes; 1 process: {one_core:.2f} s), "
        f"memory +{grown:.0f} MB (RSS)"
    )

    labelled = _queries(args.queries)
    queries = [name for name, _ in labelled]
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
    planted = [reference for _, reference in labelled[: args.baseline]]
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

    tally = _recall(screener, sample, planted, matrix)
    total, offered, scored, scored_offered, true_pairs, true_offered, clean, clean_offered = tally
    if total:
        share = offered / total
        print(f"index recall of the baseline's {total} above-threshold pairs: {share:.4f}")
    if scored:
        share = scored_offered / scored
        print(f"  of the {scored} our scorer also rates >= threshold: {share:.4f}")
    if true_pairs:
        print(
            f"  of the {true_pairs} labelled true (a planted row and the entry it was "
            f"planted from): {true_offered / true_pairs:.4f}"
        )
    if clean:
        print(
            f"  of the {clean} from clean rows (made-up names on no list; the others are "
            f"planted rows against other entries): {clean_offered / clean:.4f}"
        )
    rows = sum(1 for reference in planted if reference)
    base_found = {
        q for q, row in enumerate(matrix) if planted[q] and _meets_own(screener, row, planted[q])
    }
    ours_found = {
        q
        for q in range(len(sample))
        if planted[q]
        and any(h.entry.reference == planted[q] for h in screener.screen_name(sample[q]))
    }
    print(
        f"planted rows in the sample found under their own entry: ours {len(ours_found)}/{rows}, "
        f"baseline {len(base_found)}/{rows} (ours only {len(ours_found - base_found)}, "
        f"baseline only {len(base_found - ours_found)})"
    )


def _meets_own(screener: Screener, row: Any, reference: str) -> bool:
    """Whether a baseline row meets a record of the entry with this reference."""
    index = screener.index
    return any(
        index.entries[index.records[int(r)].entry_index].reference == reference
        for r in row.nonzero()[0]
    )


def _recall(
    screener: Screener, sample: list[str], planted: list[str], matrix: Any
) -> tuple[int, ...]:
    """Count the baseline's above-threshold pairs and how many the index offers.

    A pair counts as offered when the index offers the record or another record of the same
    entry. Returns (pairs, offered, pairs our scorer accepts, of those offered, labelled true
    pairs, of those offered, pairs of clean rows, of those offered).
    """
    records = screener.index.records
    total = offered_count = scored = scored_offered = true_pairs = true_offered = 0
    clean_pairs = clean_offered = 0
    for q_index, row in enumerate(matrix):
        hit_records = row.nonzero()[0]
        if not len(hit_records):
            continue
        forms = prepare_name(sample[q_index], None)
        offered: set[int] = set()
        for form in forms:
            offered.update(screener.index.candidates(form, threshold=DEFAULT_THRESHOLD))
        entries_offered = {records[o].entry_index for o in offered}
        for r_index in hit_records:
            record = records[int(r_index)]
            found = int(r_index) in offered or record.entry_index in entries_offered
            total += 1
            offered_count += found
            best = max((score_forms(f, record.form).score for f in forms), default=0.0)
            if best >= DEFAULT_THRESHOLD:
                scored += 1
                scored_offered += found
            reference = screener.index.entries[record.entry_index].reference
            if planted[q_index] and reference == planted[q_index]:
                true_pairs += 1
                true_offered += found
            elif not planted[q_index]:
                clean_pairs += 1
                clean_offered += found
    return (
        total,
        offered_count,
        scored,
        scored_offered,
        true_pairs,
        true_offered,
        clean_pairs,
        clean_offered,
    )


if __name__ == "__main__":
    main()
