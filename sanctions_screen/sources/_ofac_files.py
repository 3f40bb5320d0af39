"""Reading OFAC's legacy CSV files as rows: bytes, encoding, the Ctrl-Z end, companions.

Every bundled file is 7-bit ASCII; bytes are decoded as UTF-8 (a superset of ASCII), else
as Windows-1252 (what the Treasury's Windows tools wrote), else the file is refused. The
Ctrl-Z byte OFAC writes on the last line is the end-of-file marker, not a record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import SnapshotInfo
from sanctions_screen.sources.common import ParsedList, RecordIssue

__all__ = [
    "ALT_TYPES",
    "END_OF_FILE",
    "CompanionRows",
    "RecordError",
    "account_companions",
    "cell",
    "decode",
    "iter_rows",
    "parse_ent_num",
    "read_companion",
]

END_OF_FILE = "\x1a"
#: The alt_type values of alt.csv: also known as, formerly known as, now known as.
ALT_TYPES = frozenset({"aka", "fka", "nka"})
Row = tuple[int, list[str]]


@dataclass(slots=True)
class CompanionRows:
    """One companion file's rows by ent_num, and the rows that could not be read."""

    label: str
    file: str
    rows: dict[int, list[Row]] = field(default_factory=dict)
    rejected: list[RecordIssue] = field(default_factory=list)
    empty: int = 0


class RecordError(Exception):
    """One row cannot be read; the loader rejects it and goes on."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.field = field


def cell(value: str) -> str | None:
    """A cell's text, or None for OFAC's empty marker ``-0-``."""
    stripped = value.strip()
    return None if stripped in ("", "-0-") else value


def decode(data: bytes, file: str) -> str:
    """The text of a file; ListFormatError if empty, binary or in neither encoding."""
    if not data.strip(b" \t\r\n\x1a"):
        raise ListFormatError(file, "document", "empty file")
    if (nul := data.find(b"\x00")) >= 0:
        raise ListFormatError(file, f"byte {nul}", "binary data (NUL byte), not a CSV file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ListFormatError(
            file, f"byte {exc.start}", "not text in UTF-8 or Windows-1252 encoding"
        ) from exc


def iter_rows(data: bytes, file: str, width: int) -> Iterator[Row]:
    """Every non-empty row with the line it starts on; the Ctrl-Z marker line is no row.

    Raises:
        ListFormatError: the bytes are not CSV text, or no row has ``width`` cells.
    """
    reader = csv.reader(io.StringIO(decode(data, file), newline=""))
    line, fitting = 1, False
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not row or row == [END_OF_FILE]:
                continue
            fitting = fitting or len(row) == width
            yield start, row
    except csv.Error as exc:
        raise ListFormatError(file, f"line {line}", f"unreadable CSV: {exc}") from exc
    if not fitting:
        raise ListFormatError(file, "document", f"no row has the format's {width} fields")


def parse_ent_num(value: str) -> int:
    """The entry number of a row; RecordError unless it is a whole number."""
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise RecordError(f"ent_num {value!r} is not a whole number", "ent_num")
    return int(text)


def _check_alias(row: list[str]) -> None:
    if row[2].strip().lower() not in ALT_TYPES:
        raise RecordError(f"unknown alt_type {row[2]!r}", "alt_type")
    if cell(row[3]) is None:
        raise RecordError("empty alt_name", "alt_name")


def read_companion(
    data: bytes | None, snapshot: SnapshotInfo | None, label: str, width: int
) -> CompanionRows | None:
    """A companion file's rows grouped by ent_num (None when the file was not given).

    An ``add`` row with neither address, city nor country is counted in ``empty``.
    """
    if data is None:
        return None
    file = snapshot.file_name if snapshot is not None else f"{label}.csv"
    companion = CompanionRows(label=label, file=file)
    for line, row in iter_rows(data, file, width):
        try:
            if len(row) != width:
                raise RecordError(f"expected {width} fields, got {len(row)}")
            ent_num = parse_ent_num(row[0])
            if label == "alt":
                _check_alias(row)
            if label == "add" and not any(cell(value) for value in row[2:5]):
                companion.empty += 1
            else:
                companion.rows.setdefault(ent_num, []).append((line, row))
        except RecordError as exc:
            companion.rejected.append(RecordIssue(file, f"line {line}", exc.problem, exc.field))
    return companion


def account_companions(
    parsed: ParsedList, companions: dict[str, CompanionRows], seen: dict[int, int]
) -> None:
    """Count the companion rows that joined no entry: skipped by reason, or rejected."""
    for companion in companions.values():
        parsed.records_read += len(companion.rejected)
        parsed.rejected.extend(companion.rejected)
        for _ in range(companion.empty):
            parsed.records_read += 1
            parsed.skip(f"{companion.label} row with no address, city or country")
        for ent_num, rows in companion.rows.items():
            if ent_num not in seen:
                reason = f"{companion.label} row for ent_num absent from sdn.csv"
            elif companion.label == "sdn_comments":
                reason = "sdn_comments row for an entry whose Remarks are not cut in sdn.csv"
            else:
                reason = f"{companion.label} row for an ent_num rejected in sdn.csv"
            for _ in rows:
                parsed.records_read += 1
                parsed.skip(reason)
