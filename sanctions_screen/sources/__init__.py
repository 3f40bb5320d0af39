"""One module per list format: bytes in, entries out.

Every loader takes the file's bytes and a SnapshotInfo, and returns a ParsedList whose
entries carry their provenance. A malformed file raises ListFormatError naming the file,
the place and the problem; one bad record in an otherwise good file lands in
``ParsedList.rejected`` and the rest still loads.
"""

from sanctions_screen.sources.common import ParsedList, RecordIssue, snapshot_of_file

__all__ = ["ParsedList", "RecordIssue", "snapshot_of_file"]
