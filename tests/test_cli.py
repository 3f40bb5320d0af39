"""The command line: `lists` prints the snapshots and counts; errors exit 2."""

from __future__ import annotations

import re
from collections import Counter

import pytest

import sanctions_screen
from sanctions_screen.cli import main

from .conftest import REPO


def test_lists_prints_snapshots_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists"]) == 0
    out = capsys.readouterr().out
    for snapshot in ("un-consolidated-2026-02-27", "eu-2017-1509-20251217", "ofac-sdn-2024-05-03"):
        assert snapshot in out
    assert "CC BY-NC 4.0" in out
    dprk = sanctions_screen.load_bundled()
    line = re.search(r"Scope 'dprk': (\d+) entries", out)
    assert line is not None
    assert int(line.group(1)) == len(dprk)
    counts = Counter(e.source for e in dprk)
    for source, n in counts.items():
        assert re.search(rf"^  {source}\s+{n}\s", out, re.MULTILINE)


def test_unknown_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "--sources", "unsc"]) == 2
    assert "choose from" in capsys.readouterr().err


def test_no_command_is_a_usage_error() -> None:
    assert main([]) == 2


def test_readme_figures_match_the_bundled_lists() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    dprk = sanctions_screen.load_bundled()
    everything = sanctions_screen.load_bundled(scope="all")
    kinds = Counter(e.kind.value for e in dprk)
    assert f"that is {len(dprk)} entries ({kinds['person']} persons" in readme
    assert f"{kinds['organization']} organisations, {kinds['vessel']}" in readme
    russia = sum("dprk-russia" in e.topics for e in dprk)
    assert f"{russia} of them also tagged `dprk-russia`" in readme
    assert f"scope `all` is {len(everything)} entries" in readme
    names = sum(len(e.names) for e in everything)
    assert f"with {names} names and aliases" in readme
    per_source = Counter(e.source for e in everything)
    assert f"| 1003 / {Counter(e.source for e in dprk)['un']} |" in readme
    assert per_source["un"] == 1003
