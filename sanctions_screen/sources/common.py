"""What every loader shares: the result type, record issues, snapshot info for files,
birth-date parsing and safe XML parsing."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from sanctions_screen.errors import ListFormatError
from sanctions_screen.models import BirthDate, SanctionsEntry, SnapshotInfo
from sanctions_screen.normalize.dates import parse_list_date

__all__ = [
    "ParsedList",
    "RecordIssue",
    "iter_xml_elements",
    "parse_birth_date",
    "snapshot_of_file",
]


@dataclass(frozen=True, slots=True)
class RecordIssue:
    """One record a loader could not read; the rest of the file still loads."""

    file: str
    place: str
    problem: str
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}, {self.place}" + (f", field {self.field}" if self.field else "")
        return f"{where}: {self.problem}"


@dataclass(slots=True)
class ParsedList:
    """The outcome of parsing one list file: its entries and the records it rejected.

    ``records_read`` counts every record seen, so that
    ``records_read == len(entries) + len(rejected) + skipped`` always holds, where
    ``skipped`` counts records deliberately left out (with the reason in ``skip_reasons``).
    """

    snapshot: SnapshotInfo
    entries: list[SanctionsEntry] = field(default_factory=list)
    rejected: list[RecordIssue] = field(default_factory=list)
    records_read: int = 0
    skipped: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)
    warnings: list[RecordIssue] = field(default_factory=list)
    """Problems in records that still loaded (an unreadable date kept as text, ...)."""

    def skip(self, reason: str) -> None:
        """Count one record deliberately left out, by reason."""
        self.skipped += 1
        self.skip_reasons[reason] = self.skip_reasons.get(reason, 0) + 1


def snapshot_of_file(
    path: str | Path,
    *,
    source: str,
    publisher: str,
    snapshot_id: str | None = None,
    published_on: dt.date | None = None,
    licence: str | None = None,
) -> tuple[bytes, SnapshotInfo]:
    """Read a user's list file and describe it as a snapshot (sha256 of its bytes).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"; _ = p.write_bytes(b"abc")
        >>> data, snap = snapshot_of_file(p, source="ofac", publisher="OFAC")
        >>> snap.sha256[:12], snap.snapshot_id
        ('ba7816bf8f01', 'ofac-x')
    """
    p = Path(path)
    data = p.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    info = SnapshotInfo(
        snapshot_id=snapshot_id or f"{source}-{p.stem}",
        source=source,
        publisher=publisher,
        file_name=p.name,
        sha256=digest,
        size=len(data),
        published_on=published_on,
        retrieved_on=dt.datetime.fromtimestamp(p.stat().st_mtime, tz=dt.UTC).date(),
        licence=licence,
    )
    return data, info


_YEAR = re.compile(r"^(?:(circa|c\.|approximately|approx\.?|about)\s*)?(\d{4})$", re.I)
_BETWEEN = re.compile(r"^(?:between\s+)?(\d{4})\s*(?:-|–|and|to)\s*(\d{4})$", re.I)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./-](\d{4})$|^(\d{4})-(\d{2})$")


def parse_birth_date(text: str) -> BirthDate | None:
    """One birth date from list text: exact, year, 'circa' year, or a year range.

    Returns None when the text holds no usable year (the caller reports it).

    Example:
        >>> parse_birth_date("16.7.2009").exact
        datetime.date(2009, 7, 16)
        >>> d = parse_birth_date("Between 1965 and 1969"); (d.year_from, d.year_to)
        (1965, 1969)
        >>> parse_birth_date("circa 1950").circa
        True
    """
    value = text.strip().rstrip(".")
    if not value:
        return None
    if (exact := parse_list_date(value)) is not None:
        return BirthDate.of_date(exact, text=text)
    if m := _YEAR.match(value):
        return BirthDate.of_year(int(m.group(2)), text=text, circa=m.group(1) is not None)
    if m := _BETWEEN.match(value):
        return BirthDate.between(int(m.group(1)), int(m.group(2)), text=text)
    if m := _MONTH_YEAR.match(value):
        year = int(m.group(2) or m.group(3))
        return BirthDate.of_year(year, text=text)
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", value)
    if len(years) == 1:
        return BirthDate.of_year(int(years[0]), text=text, circa=True)
    if len(years) >= 2:
        ints = sorted(int(y) for y in years)
        return BirthDate.between(ints[0], ints[-1], text=text)
    return None


def iter_xml_elements(
    stream: IO[bytes], *, file: str, tags: frozenset[str]
) -> Iterator[tuple[Any, int]]:
    """Stream the elements named in ``tags`` (local names) from XML, safely.

    DTDs, entity declarations and external references are refused (defusedxml), so no
    entity-expansion bomb or external fetch can happen. Each element is yielded once
    complete, with its 1-based ordinal among the yielded elements, and cleared afterwards
    to keep memory flat. Malformed XML raises ListFormatError with the line and column.
    """
    count = 0
    try:
        for _event, elem in iterparse(
            stream, events=("end",), forbid_dtd=True, forbid_entities=True, forbid_external=True
        ):
            tag = elem.tag.rsplit("}", 1)[-1]
            if tag in tags:
                count += 1
                yield elem, count
                elem.clear()
    except DefusedXmlException as exc:
        raise ListFormatError(file, "document", f"unsafe XML refused: {exc!r}") from exc
    except (LookupError, ValueError) as exc:  # an unknown or unsupported declared encoding
        raise ListFormatError(file, "XML declaration", f"unusable encoding: {exc}") from exc
    except SyntaxError as exc:  # xml.etree.ElementTree.ParseError is a SyntaxError
        position = getattr(exc, "position", None)
        place = f"line {position[0]}, column {position[1]}" if position else "document"
        raise ListFormatError(file, place, f"malformed XML: {exc}") from exc
