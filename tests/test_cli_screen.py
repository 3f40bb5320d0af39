"""`screen` and `explain` on the command line: outputs, stdin/stdout, exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from sanctions_screen.cli import main

from .test_batch import SEEDS


def test_screen_prints_a_table_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", str(SEEDS)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("key ")
    assert "CP-006" in captured.out
    assert "NO Kwang Chol" in captured.out
    assert "rows read 67: screened 63" in captured.err
    assert "rejected 1" in captured.err
    # Why, without a rejected-rows file: the file, the line and the field.
    assert "rejected: " in captured.err
    assert "line 58, field birth_date: not a calendar date: '31/02/1980'" in captured.err
    assert "\r" not in captured.err  # no progress line when stderr is not a terminal


def test_the_first_rejections_are_printed_then_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [f"Name {n},{1950 + n}-13-01" for n in range(12)]  # month 13: every row bad
    path = tmp_path / "bad.csv"
    path.write_text("name,birth_date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main(["screen", str(path), "-o", str(tmp_path / "hits.csv")]) == 0
    err = capsys.readouterr().err
    printed = [line for line in err.splitlines() if line.startswith("rejected: ")]
    assert len(printed) == 10
    assert printed[0].startswith(f"rejected: {path}, line 2, field birth_date")
    assert printed[-1].startswith(f"rejected: {path}, line 11, field birth_date")
    assert "... and 2 more rejected rows (all of them: --rejected FILE)" in err
    assert "rejected 12;" in err
    side = tmp_path / "rejected.csv"
    assert main(["screen", str(path), "-o", str(tmp_path / "h.csv"), "--rejected", str(side)]) == 0
    assert f"every rejected row, with its reason: {side}" in capsys.readouterr().err
    assert len(side.read_text(encoding="utf-8").splitlines()) == 13  # header + 12


def test_fail_on_hit_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hits.jsonl"
    assert main(["screen", str(SEEDS), "-o", str(out), "--fail-on-hit"]) == 1
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["key"] == "CP-001"
    clean = tmp_path / "clean.csv"
    clean.write_text("name\nJohn Smith\n", encoding="utf-8")
    assert main(["screen", str(clean), "-o", str(tmp_path / "h.csv"), "--fail-on-hit"]) == 0
    capsys.readouterr()


def test_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "who;birth\nRi Pyong Chol;1930\n".encode("cp1251")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    args = ["screen", "-", "-o", "-", "--name-column", "who", "--birth-date-column", "birth"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("key,score,name_score,source")
    assert "Ri Pyong Chol" in captured.out
    assert "delimiter ';'" in captured.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["screen", "nope.csv"], "nope.csv"),
        (["screen", str(SEEDS), "--name-column", "surname"], "field surname: no column"),
        (["screen", str(SEEDS), "-o", "-", "--format", "parquet"], "Parquet cannot"),
        (["screen", str(SEEDS), "--threshold", "2"], "in [0, 1]"),
        (["explain", "..."], "not screened"),
    ],
)
def test_usage_and_input_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_explain_shows_features_and_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "노광철", "--sources", "eu"]) == 0
    out = capsys.readouterr().out
    assert "269/2014 I.PERSONS/1869" in out
    assert "Council Regulation (EU) No 269/2014" in out
    assert "- name: 1.00" in out
    assert "snapshot eu-269-2014-20260717" in out
    assert "sha256 " in out


def test_lists_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "--sources", "un"]) == 0
    assert "un-consolidated-2026-02-27" in capsys.readouterr().out
