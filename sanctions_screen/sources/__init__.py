"""One module per list format: bytes in, entries out.

Every loader takes the file's bytes and a SnapshotInfo, and returns a ParsedList whose
entries carry their provenance. A malformed file raises ListFormatError naming the file,
the place and the problem; one bad record in an otherwise good file lands in
``ParsedList.rejected`` and the rest still loads.
"""

from sanctions_screen.sources.common import ParsedList, RecordIssue, snapshot_of_file
from sanctions_screen.sources.eu_fsf_xml import parse_eu_fsf_xml
from sanctions_screen.sources.eu_journal_csv import parse_eu_journal_csv
from sanctions_screen.sources.ofac_csv import parse_ofac_csv
from sanctions_screen.sources.un_xml import parse_un_xml

__all__ = [
    "ParsedList",
    "RecordIssue",
    "parse_eu_fsf_xml",
    "parse_eu_journal_csv",
    "parse_ofac_csv",
    "parse_un_xml",
    "snapshot_of_file",
]
