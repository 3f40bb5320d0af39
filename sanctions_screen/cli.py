"""The command line: the only module that parses argv, prints, or exits.

Exit codes: 0 done (no hits, or hits without ``--fail-on-hit``); 1 hits found with
``--fail-on-hit``; 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from sanctions_screen.bundled import SOURCES, load_bundled_lists
from sanctions_screen.errors import SanctionsScreenError
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
    return parser


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
    except SanctionsScreenError as exc:
        sys.stderr.write(f"sanctions-screen: error: {exc}\n")
        return EXIT_USAGE
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
