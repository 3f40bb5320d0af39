"""Batch screening: frames and CSV files; no row is ever lost; batch equals one-by-one."""

from __future__ import annotations

import codecs
import io
import json
import sys
import threading
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctions_screen import Counterparty, EntityKind, InputFormatError, Screener
from sanctions_screen.batch import (
    HIT_COLUMNS,
    KEPT_REJECTIONS,
    ROW_COLUMNS,
    BatchSummary,
    detect_delimiter,
    detect_encoding,
    neutralize_cell,
    screen_csv,
    screen_frame,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "counterparties.csv"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_sources(["un", "eu", "ofac"])


def _balanced(summary: BatchSummary) -> None:
    assert summary.rows_read == (
        summary.clear + summary.with_hits + summary.not_screened + summary.rejected
    )
    assert summary.screened == summary.clear + summary.with_hits


def test_frame_statuses_and_hit_columns(screener: Screener) -> None:
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "name": ["KIM Jong-un", "Jane Doe", "", "No Kwang Chol", "CHON MYONG 1"],
            "kind": ["person", None, None, "robot", "vessel"],
            "imo": [None, None, None, None, 8712362.0],
        }
    )
    result = screen_frame(frame, screener=screener)
    assert list(result.hits.columns) == list(HIT_COLUMNS)
    assert list(result.rows.columns) == list(ROW_COLUMNS)
    assert result.rows["status"].tolist() == ["hit", "clear", "not_screened", "rejected", "hit"]
    rejected = result.rows.set_index("key").loc["d", "reason"]
    assert rejected == "DataFrame, field kind: unknown kind 'robot' (person, organization, vessel)"
    kim = result.hits[result.hits["key"] == "a"].iloc[0]
    assert (kim["source"], kim["listed_name"], kim["score"]) == ("ofac", "KIM, Jong Un", 1.0)
    assert len(kim["sha256"]) == 64
    assert kim["snapshot_id"].startswith("ofac-")
    vessel = result.hits[result.hits["key"] == "e"]
    assert "imo 1.00" in " ".join(vessel["explanation"])
    _balanced(result.summary)
    assert result.summary.rejected == 1
    assert result.summary.not_screened == 1


@pytest.mark.parametrize(
    ("column", "value", "field"),
    [
        ("birth_date", "someday", "birth_date"),
        ("birth_date", "31/02/1980", "birth_date"),
        ("imo", "871236", "imo"),
        ("kind", "ship-ish", "kind"),
    ],
)
def test_malformed_cells_are_rejected_and_counted(
    screener: Screener, column: str, value: str, field: str
) -> None:
    frame = pd.DataFrame({"name": ["Ri Pyong Chol"], column: [value]})
    result = screen_frame(frame, screener=screener)
    assert result.rows["status"].tolist() == ["rejected"]
    assert f"field {field}:" in result.rows.loc[0, "reason"]
    assert result.hits.empty
    _balanced(result.summary)


def test_missing_named_column_names_source_and_column(screener: Screener) -> None:
    with pytest.raises(InputFormatError, match="DataFrame, field surname: no column 'surname'"):
        screen_frame(pd.DataFrame({"name": ["x"]}), screener=screener, name_column="surname")


NAMES = ["KIM Jong-un", "Ri Pyong-chol", "노광철", "John Smith", "", "  ", "Korea Ryonbong"]
CELLS = st.one_of(st.none(), st.sampled_from(["", "1956", "not a date", "KP", "x"]))


@settings(max_examples=25)
@given(
    rows=st.lists(
        st.tuples(
            st.one_of(st.sampled_from(NAMES), st.text(max_size=6)),
            st.one_of(st.none(), st.sampled_from(["person", "vessel", "robot", ""])),
            CELLS,
            st.one_of(st.none(), st.sampled_from(["8712362", "IMO 8712362", "12", ""])),
        ),
        max_size=8,
    )
)
def test_no_row_is_ever_lost(rows: list[tuple[object, ...]]) -> None:
    frame = pd.DataFrame(rows, columns=["name", "kind", "birth_date", "imo"])
    result = screen_frame(frame, screener=_SHARED)
    assert result.summary.rows_read == len(frame) == len(result.rows)
    _balanced(result.summary)
    counts = result.rows["status"].value_counts().to_dict()
    assert counts.get("rejected", 0) == result.summary.rejected
    assert counts.get("not_screened", 0) == result.summary.not_screened
    assert set(result.hits["key"]) <= set(result.rows["key"])


_SHARED = Screener.from_sources(["un", "eu", "ofac"])


def test_batch_equals_one_by_one(screener: Screener) -> None:
    frame = pd.read_csv(SEEDS, dtype=str, keep_default_na=False)
    result = screen_frame(frame, screener=screener)
    batch = [(r.key, r.reference, r.score) for r in result.hits.itertuples()]
    single: list[tuple[object, ...]] = []
    for row in frame.itertuples():
        if row.id == "CP-057" or not (row.name or row.imo):  # rejected / not screened
            continue
        ids = []
        if row.passport:
            ids.append({"type": "passport", "value": row.passport})
        if row.imo:
            ids.append({"type": "imo", "value": row.imo.removeprefix("IMO ")})
        query = Counterparty.model_validate(
            {
                "name": row.name,
                "kind": EntityKind(row.kind) if row.kind else None,
                "birth_date": row.birth_date,
                "nationality": row.nationality,
                "country": row.country,
                "identifiers": ids,
            }
        )
        single.extend((row.id, h.reference, h.score) for h in screener.screen(query).hits)
    assert batch == single


def test_seed_file(screener: Screener, tmp_path: Path) -> None:
    rejected = tmp_path / "rejected.csv"
    summary = screen_csv(SEEDS, screener=screener, rejected_path=rejected)
    _balanced(summary)
    assert (summary.rows_read, summary.rejected, summary.not_screened) == (67, 1, 3)
    assert summary.with_hits >= 33
    lines = rejected.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "line,key,reason,id,name,kind,birth_date,nationality,country,passport,imo"
    assert lines[1].startswith('58,CP-057,"')
    assert "field birth_date" in lines[1]


RUSSIAN = "id;name;dob\n1;Михаил Концерев;1970\n2;Иван Петров;1979\n"
KOREAN = "id;name\n1;노광철\n2;김민준\n"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (RUSSIAN, "utf-8", "utf-8"),
        (RUSSIAN, "utf-8-sig", "utf-8-sig"),
        (RUSSIAN, "utf-16", "utf-16"),
        (RUSSIAN, "cp1251", "cp1251"),
        (KOREAN, "cp949", "cp949"),
        (KOREAN, "utf-16", "utf-16"),
    ],
)
def test_encodings_are_detected(
    screener: Screener, tmp_path: Path, text: str, encoding: str, expected: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    out = tmp_path / "hits.jsonl"
    summary = screen_csv(path, output=out, screener=screener)
    assert (summary.encoding, summary.delimiter) == (expected, ";")
    hits = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [h["key"] for h in hits] == ["1"]
    assert hits[0]["listed_name"] in ("Михаил Рудольфович КОНЦЕРЕВ", "노광철")


def test_detectors() -> None:
    assert detect_encoding(codecs.BOM_UTF16_LE + "a".encode("utf-16-le")) == "utf-16"
    assert detect_encoding("Шойгу".encode("cp1251")) == "cp1251"
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    assert detect_delimiter("a|b\n1|2\n") == "|"


def test_quoted_newlines_keep_line_numbers(screener: Screener, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        'name,birth_date\n"Ri\nPyong Chol",1930\n"x",never\n\nJohn Smith,\n', encoding="utf-8"
    )
    rows = tmp_path / "rows.csv"
    summary = screen_csv(path, screener=screener, rows_output=rows)
    _balanced(summary)
    frame = pd.read_csv(rows, dtype=str)
    assert frame["key"].tolist() == ["2", "4", "6"]  # blank line 5 is no row
    assert frame["status"].tolist() == ["hit", "rejected", "clear"]
    assert "in.csv, line 4, field birth_date" in frame.loc[1, "reason"]


def test_short_and_long_rows_are_rejected(screener: Screener, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "id,name,country\n1,Ri Pyong Chol\n2,Jane Doe,GB\n3,Kim Jong Un,KP,extra\n",
        encoding="utf-8",
    )
    rows = tmp_path / "rows.csv"
    summary = screen_csv(
        path, screener=screener, rejected_path=tmp_path / "r.csv", rows_output=rows
    )
    assert (summary.rejected, summary.clear) == (2, 1)
    rejected = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "expected 3 fields, got 2" in rejected
    assert "expected 3 fields, got 4" in rejected
    frame = pd.read_csv(rows, dtype=str)
    assert frame["key"].tolist() == ["1", "2", "3"]
    assert frame["status"].tolist() == ["rejected", "clear", "rejected"]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_summary_keeps_the_first_rejections_in_input_order(
    screener: Screener, tmp_path: Path, workers: int
) -> None:
    # Good and bad rows interleaved, names spread over both workers, three chunks.
    lines = [f"Name {n},{'1970-01-01' if n % 3 else f'19{n:02d}-13-01'}" for n in range(1, 40)]
    path = tmp_path / "in.csv"
    path.write_text("name,birth_date\n" + "\n".join(lines) + "\n", encoding="utf-8")
    summary = screen_csv(path, screener=screener, chunk_size=15, workers=workers)
    assert summary.rejected == 13
    assert summary.balanced()
    kept = summary.first_rejections
    assert len(kept) == KEPT_REJECTIONS
    # Rows 3, 6, 9, ... are bad: file lines 4, 7, 10, ...
    assert [f"line {3 * n + 1}," in reason for n, reason in enumerate(kept, 1)] == [True] * 10
    assert all("field birth_date: not a calendar date" in reason for reason in kept)


def test_formula_cells_are_neutralised(screener: Screener, tmp_path: Path) -> None:
    assert neutralize_cell("@SUM(A1)") == "'@SUM(A1)"
    assert neutralize_cell("+7 495") == "'+7 495"
    path = tmp_path / "in.csv"
    path.write_text("id,name\n=cmd|' /C calc'!A0,Ri Pyong Chol\n", encoding="utf-8")
    for suffix in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"hits.{suffix}"
        screen_csv(path, output=out, screener=screener)
        if suffix == "parquet":
            keys = pd.read_parquet(out)["key"].tolist()
        elif suffix == "jsonl":
            keys = [json.loads(x)["key"] for x in out.read_text(encoding="utf-8").splitlines()]
        else:
            keys = pd.read_csv(out, dtype=str)["key"].tolist()
        assert keys
        assert all(k == "'=cmd|' /C calc'!A0" for k in keys)


def test_parquet_output_types(screener: Screener, tmp_path: Path) -> None:
    out = tmp_path / "hits.parquet"
    summary = screen_csv(SEEDS, output=out, screener=screener, chunk_size=7)
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(HIT_COLUMNS)
    assert len(frame) == summary.hits
    assert frame["score"].dtype == "float64"


def test_workers_give_the_same_hits(screener: Screener, tmp_path: Path) -> None:
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    first = screen_csv(SEEDS, output=one, screener=screener, chunk_size=5)
    second = screen_csv(SEEDS, output=two, screener=screener, chunk_size=5, workers=2)
    assert one.read_bytes() == two.read_bytes()
    assert (first.rows_read, first.hits) == (second.rows_read, second.hits)


def test_workers_raise_no_warning(screener: Screener, tmp_path: Path) -> None:
    # Python 3.12+ warns when a process with other threads forks (numpy's BLAS starts
    # some at import): the workers' forks must not warn of deadlocks they cannot have.
    out = tmp_path / "two.csv"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = screen_csv(SEEDS, output=out, screener=screener, chunk_size=5, workers=2)
    assert [str(w.message) for w in caught] == []
    assert summary.with_hits > 0
    assert summary.balanced()


@pytest.mark.skipif(sys.version_info < (3, 12), reason="Python 3.12+ warns on fork")
def test_fork_warning_shown_when_caller_runs_threads(screener: Screener, tmp_path: Path) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with pytest.warns(DeprecationWarning, match="multi-threaded"):
            screen_csv(SEEDS, output=tmp_path / "h.csv", screener=screener, workers=2)
    finally:
        stop.set()
        thread.join()


def test_stream_input(screener: Screener) -> None:
    data = io.BytesIO("name\nNo Kwang Chol\n".encode("cp949"))
    out = io.StringIO()
    summary = screen_csv(data, output=out, screener=screener)
    assert summary.with_hits == 1
    assert "NO Kwang Chol" in out.getvalue()


def test_bad_input_names_the_file(screener: Screener, tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(InputFormatError, match=r"nope\.csv"):
        screen_csv(missing, screener=screener)
    path = tmp_path / "in.csv"
    path.write_text("id,nom\n1,x\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"in.csv, field name: no name column"):
        screen_csv(path, screener=screener)
