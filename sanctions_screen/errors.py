"""Every exception raised by sanctions_screen.

The tree::

    SanctionsScreenError            base of everything this library raises
    ├── ListFormatError             a list file is malformed (names file, place, problem)
    ├── SnapshotError               a bundled or user snapshot cannot be used
    │   └── ChecksumMismatchError   a file's sha256 differs from its manifest
    ├── QueryError                  a query cannot be screened as given (bad type, field)
    └── InputFormatError            a batch input (CSV, DataFrame) is malformed

Errors about data carry the file name and the place (line, element, record) so that a
compliance engineer can open the file at the right spot.
"""

from __future__ import annotations

__all__ = [
    "ChecksumMismatchError",
    "InputFormatError",
    "ListFormatError",
    "QueryError",
    "SanctionsScreenError",
    "SnapshotError",
]


class SanctionsScreenError(Exception):
    """Base class of every error raised by this library."""


class ListFormatError(SanctionsScreenError):
    """A sanctions list file is malformed.

    Args:
        file: the file name (or ``<bytes>`` when parsing anonymous bytes).
        place: where in the file: ``line 12``, ``INDIVIDUAL #4 (DATAID 6908644)``, ...
        problem: what was wrong, in words.
        field: the field or element concerned, when one is.

    Example:
        >>> err = ListFormatError("sdn.csv", "line 3", "expected 12 fields, got 4")
        >>> str(err)
        'sdn.csv, line 3: expected 12 fields, got 4'
    """

    def __init__(self, file: str, place: str, problem: str, *, field: str | None = None) -> None:
        self.file = file
        self.place = place
        self.problem = problem
        self.field = field
        where = f"{file}, {place}" + (f", field {field}" if field else "")
        super().__init__(f"{where}: {problem}")


class SnapshotError(SanctionsScreenError):
    """A list snapshot (bundled or given by the user) cannot be used."""


class ChecksumMismatchError(SnapshotError):
    """A snapshot file's sha256 does not match the one its manifest records."""

    def __init__(self, file: str, expected: str, actual: str) -> None:
        self.file = file
        self.expected = expected
        self.actual = actual
        super().__init__(f"{file}: sha256 {actual} does not match the manifest's {expected}")


class QueryError(SanctionsScreenError):
    """A screening query cannot be used as given."""


class InputFormatError(SanctionsScreenError):
    """A batch input is malformed: names the file, the row or line, and the field.

    Example:
        >>> str(InputFormatError("in.csv", 7, "name", "empty name"))
        'in.csv, line 7, field name: empty name'
    """

    def __init__(self, file: str, line: int | None, field: str | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
        where = file
        if line is not None:
            where += f", line {line}"
        if field:
            where += f", field {field}"
        super().__init__(f"{where}: {problem}")
