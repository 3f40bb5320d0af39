"""What the Remarks column of OFAC's legacy ``sdn.csv`` says, read into fields.

OFAC packs everything its legacy CSV has no column for into one Remarks cell: clauses
separated by ``"; "``, each a label and a value ("DOB 12 Jan 1960", "Passport 563410081
(Korea, North) expires 28 Feb 2020", "Vessel Registration Identification IMO 8712362"),
with ``alt.`` before a second value of the same kind, and the whole cell ending in a full
stop. Inline aliases (``a.k.a. 'KOMID'``) are the ones OFAC deems weak; strong aliases are
published in ``alt.csv``. The labels below were collected from every Remarks cell of the
2024-05-03 file; a clause with a label not listed here stays in the remarks text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanctions_screen.models import BirthDate, Identifier, IdentifierType, Place
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.identifiers import is_valid_imo, normalize_identifier
from sanctions_screen.sources.common import parse_birth_date

__all__ = ["COMPANY_IMO_NOTE", "OfacRemarks", "parse_ofac_remarks", "split_remarks"]

COMPANY_IMO_NOTE = (
    "IMO company and registered-owner number (OFAC 'Company Number IMO' / 'Identification "
    "Number IMO'); not a ship's IMO number, so the ship check digit does not apply"
)

_T = IdentifierType
# Label as OFAC writes it -> identifier type. "Company Number" and "Identification Number"
# followed by "IMO" are company IMO numbers; "Vessel Registration Identification" is a
# ship's IMO number when written "IMO nnnnnnn" (handled in _identifier).
_LABEL_GROUPS: dict[IdentifierType, str] = {
    _T.PASSPORT: "Passport|Diplomatic Passport",
    _T.NATIONAL_ID: (
        "National ID No.|Cedula No.|D.N.I.|C.U.R.P.|C.U.R.P. #|Personal ID Card|SSN|"
        "Turkish Identification Number|National Foreign ID Number|Kenyan ID No.|"
        "Numero de Identidad|Citizen's Card Number|Tazkira National ID Card"
    ),
    _T.TAX: (
        "Tax ID No.|R.F.C.|R.F.C. #|RFC|NIT #|RUC #|RIF #|RTN|V.A.T. Number|US FEIN|"
        "C.U.I.T.|C.U.I.|Italian Fiscal Code"
    ),
    _T.REGISTRATION: (
        "Registration Number|Registration ID|Business Registration Number|"
        "Business Registration Document #|Business Number|Company Number|"
        "UK Company Number|Commercial Registry Number|Unified Social Credit Code (USCC)|"
        "United Social Credit Code Certificate (USCCC)|Enterprise Number|"
        "Organization Code|Government Gazette Number|Legal Entity Number|LE Number|"
        "Chamber of Commerce Number|Istanbul Chamber of Comm. No.|"
        "Dubai Chamber of Commerce Membership No.|Trade License No.|C.R. No.|"
        "Romanian C.R.|Folio Mercantil No.|Matricula Mercantil No|"
        "Economic Register Number (CBLS)|Central Registration System Number|"
        "Public Registration Number|Certificate of Incorporation Number|"
        "Registered Charity No.|Aircraft Tail Number|Vessel Registration Identification"
    ),
    _T.OTHER: (
        "Identification Number|Aircraft Mode S Transponder Code|D-U-N-S Number|BIK (RU)|"
        "ISIN|Birth Certificate Number|Driver's License No.|Electoral Registry No.|"
        "Residency Number|Refugee ID Card|Travel Document Number"
    ),
    _T.SWIFT: "SWIFT/BIC",
    _T.MMSI: "MMSI",
    _T.AIRCRAFT_SERIAL: (
        "Aircraft Manufacturer's Serial Number (MSN)|Aircraft Serial Identification|"
        "Aircraft Construction Number (also called L/N or S/N or F/N)"
    ),
}
_LABELS: dict[str, IdentifierType] = {
    label: kind for kind, labels in _LABEL_GROUPS.items() for label in labels.split("|")
}
_COMPANY_IMO_LABELS = frozenset({"Company Number", "Identification Number"})
_VESSEL_LABEL = "Vessel Registration Identification"
_LABEL_PATTERN = "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True))
# One pattern for every clause; the name of the last group matched tells which kind it is.
_CLAUSE = re.compile(
    r"^(?:alt\.\s+)?(?:"
    r"DOB\s+(?P<dob>.+)"
    r"|POB\s+(?P<pob>.+)"
    r"|(?P<kind>nationality|citizen)\s+(?P<nationality>.+)"
    r"|Nationality of Registration\s+(?P<registration>.+)"
    r"|Gender\s+(?P<gender>Male|Female)"
    r"|(?P<aka>[afn])\.k\.a\.\s+'(?P<alias>.+)'"
    r"|Linked To:\s*(?P<linked>.+)"
    r"|Website\s+(?P<web>\S+)"
    r"|(?:Email Address|EMAIL)\s+(?P<email>\S+@\S+)"
    r"|Secondary sanctions risk:\s*(?P<risk>.+)"
    rf"|(?P<label>{_LABEL_PATTERN}|Digital Currency Address - [A-Z0-9]+)\s+(?P<value>\S.*)"
    r")$"
)
_VALUE = re.compile(
    r"^(?P<number>.+?)(?:\s+\((?P<country>[^()]+)\))?"
    r"(?P<dates>(?:\s+(?:issued|expires)\s+[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4})*)$"
)
# ASCII digits only: is_valid_imo() would fail on other Unicode digits.
_IMO_VALUE = re.compile(r"IMO\s+([0-9]+)")
_SEVEN_DIGITS = re.compile(r"[0-9]{7}")
_MONTH_YEAR = re.compile(r"^[A-Z][a-z]{2} ([0-9]{4})$")
_QUOTED_ALIAS_START = re.compile(r"[afn]\.k\.a\.\s+'")
_QUOTE_END = re.compile(r"'(?=; |\.?\s*$)")
# Words a final full stop may belong to ("... SHIPPING CO.") rather than end the cell.
_ABBREVIATIONS = frozenset({"CO", "LTD", "INC", "CORP", "PTE", "BHD", "CIA", "JR", "SR", "S.A"})


@dataclass(frozen=True, slots=True)
class OfacRemarks:
    """The fields read from one Remarks cell; anything not listed stays in the text only.

    Countries are ISO alpha-2 codes; country text that could not be resolved is kept in
    ``unresolved_countries``. ``linked_to`` holds the names after "Linked To:" (for topic
    rules; they are not made into linked entities).
    """

    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[Place, ...] = ()
    nationalities: tuple[str, ...] = ()
    citizenships: tuple[str, ...] = ()
    registration_countries: tuple[str, ...] = ()
    unresolved_countries: tuple[str, ...] = ()
    gender: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    weak_aliases: tuple[str, ...] = ()
    weak_former_names: tuple[str, ...] = ()
    weak_new_names: tuple[str, ...] = ()
    linked_to: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    secondary_sanctions_risk: tuple[str, ...] = ()
    unread_dates: tuple[str, ...] = ()


def split_remarks(text: str) -> list[str]:
    """The clauses of a Remarks cell, split on ``"; "`` but never inside a quoted alias.

    The cell's closing full stop is removed, except after an abbreviation that may own it.

    Example:
        >>> split_remarks("DOB 1960; a.k.a. 'A; B'; Linked To: SHIPPING CO.")
        ['DOB 1960', "a.k.a. 'A; B'", 'Linked To: SHIPPING CO.']
    """
    if "k.a. '" not in text:
        clauses = text.split("; ")
        pos = len(text)
    else:
        clauses, pos = [], 0
    while pos < len(text):
        search_from = pos
        if start := _QUOTED_ALIAS_START.match(text, pos):
            end = _QUOTE_END.search(text, start.end())
            search_from = end.end() if end else pos
        sep = text.find("; ", search_from)
        stop = len(text) if sep == -1 else sep
        clauses.append(text[pos:stop].strip())
        pos = stop + 2
    clauses = [c.strip() for c in clauses if c and not c.isspace()]
    if clauses and clauses[-1].endswith("."):
        last_word = clauses[-1][:-1].rsplit(" ", 1)[-1].lstrip(":")
        if last_word.upper() not in _ABBREVIATIONS:
            clauses[-1] = clauses[-1][:-1].rstrip()
    return [c for c in clauses if c]


def _birth_date(value: str) -> BirthDate | None:
    if match := _MONTH_YEAR.match(value):
        return BirthDate.of_year(int(match.group(1)), text=value)
    return parse_birth_date(value)


def _split_value(value: str) -> tuple[str, str | None, str]:
    """An identifier value's number, parenthesised country and issue/expiry dates."""
    if "(" not in value and "issued" not in value and "expires" not in value:
        return value, None, ""  # the common case, without the backtracking pattern
    match = _VALUE.match(value)
    if match is None:  # pragma: no cover - the pattern accepts any non-empty value
        return value, None, ""
    return match.group("number"), match.group("country"), match.group("dates").strip()


def _identifier(label: str, value: str) -> Identifier | None:
    number_text, country_text, dates = _split_value(value)
    country = normalize_country(country_text) if country_text else None
    if country_text and country is None:
        number_text = f"{number_text} ({country_text})"
    note = label + (f"; {dates}" if dates else "")
    kind = _LABELS.get(label, _T.OTHER)
    valid: bool | None = None
    imo = _IMO_VALUE.fullmatch(number_text)
    if imo and (label in _COMPANY_IMO_LABELS or label == _VESSEL_LABEL):
        kind, number = _T.IMO, imo.group(1)
        if label == _VESSEL_LABEL:
            valid = is_valid_imo(number)
        else:
            valid = False if len(number) != 7 else None
            note = f"{label} IMO; {COMPANY_IMO_NOTE}"
    elif (
        label == _VESSEL_LABEL
        and _SEVEN_DIGITS.fullmatch(number_text)
        and is_valid_imo(number_text)
    ):
        kind, number, valid = _T.IMO, number_text, True
        note = f"{label} (written without 'IMO'; seven digits with a valid IMO check digit)"
    else:
        normal = normalize_identifier(number_text)
        if normal is None:
            return None
        number = normal
    return Identifier(
        type=kind, value=value, number=number, country=country, valid=valid, note=note
    )


def parse_ofac_remarks(text: str | None, *, truncated: bool = False) -> OfacRemarks:
    """Read the fields of one OFAC Remarks cell.

    Args:
        text: the Remarks cell (with any ``sdn_comments.csv`` overflow appended), or None.
        truncated: the cell was cut at the legacy CSV's length limit with no overflow, so
            its last clause is incomplete and is not read.

    Returns:
        The fields found; clauses that match no known label are left to the text.

    Example:
        >>> r = parse_ofac_remarks("DOB 12 Jan 1960; alt. DOB circa 1961; nationality Korea, "
        ...     "North; Passport 563410081 (Korea, North) expires 28 Feb 2020; a.k.a. 'KOMID'.")
        >>> [d.exact or d.year_from for d in r.birth_dates], r.nationalities, r.weak_aliases
        ([datetime.date(1960, 1, 12), 1961], ('KP',), ('KOMID',))
        >>> r.identifiers[0].number, r.identifiers[0].country, r.identifiers[0].note
        ('563410081', 'KP', 'Passport; expires 28 Feb 2020')
    """
    if not text:
        return OfacRemarks()
    clauses = split_remarks(text)
    if truncated and clauses:
        clauses.pop()
    found = _Found()
    for clause in clauses:
        found.read(clause)
    return found.result()


class _Found:
    """The values collected from one cell's clauses, in order, without repeats."""

    def __init__(self) -> None:
        self.dates: list[BirthDate] = []
        self.places: list[Place] = []
        self.countries: dict[str, list[str]] = {
            "nationality": [],
            "citizen": [],
            "registration": [],
            "unresolved": [],
        }
        self.gender: str | None = None
        self.identifiers: list[Identifier] = []
        self.texts: dict[str, list[str]] = {
            k: [] for k in ("a", "f", "n", "linked", "web", "email", "risk", "unread")
        }

    def _text(self, key: str, value: str) -> None:
        if value not in self.texts[key]:
            self.texts[key].append(value)

    def _country(self, key: str, value: str) -> None:
        code = normalize_country(value)
        key, value = (key, code) if code else ("unresolved", value)
        if value not in self.countries[key]:
            self.countries[key].append(value)

    def read(self, clause: str) -> None:
        """Take what one clause says, if its label is known."""
        m = _CLAUSE.match(clause)
        what = m.lastgroup if m else None
        if m is None or what is None:
            return
        value = m.group(what)
        if what == "dob":
            date = _birth_date(value)
            if date is None:
                self._text("unread", clause)
            elif date not in self.dates:
                self.dates.append(date)
        elif what == "pob":
            country = normalize_country(value.rsplit(",", 1)[-1]) or normalize_country(value)
            place = Place(text=value, country=country)
            if place not in self.places:
                self.places.append(place)
        elif what == "nationality":
            self._country(m.group("kind"), value)
        elif what == "registration":
            self._country("registration", value)
        elif what == "gender":
            self.gender = value
        elif what == "alias":
            self._text(m.group("aka"), value)
        elif what == "value":
            ident = _identifier(m.group("label"), value)
            if ident is not None and ident not in self.identifiers:
                self.identifiers.append(ident)
        else:
            self._text(what, value)

    def result(self) -> OfacRemarks:
        """The collected values as an OfacRemarks."""
        t, c = self.texts, self.countries
        return OfacRemarks(
            birth_dates=tuple(self.dates),
            birth_places=tuple(self.places),
            nationalities=tuple(c["nationality"]),
            citizenships=tuple(c["citizen"]),
            registration_countries=tuple(c["registration"]),
            unresolved_countries=tuple(c["unresolved"]),
            gender=self.gender,
            identifiers=tuple(self.identifiers),
            weak_aliases=tuple(t["a"]),
            weak_former_names=tuple(t["f"]),
            weak_new_names=tuple(t["n"]),
            linked_to=tuple(t["linked"]),
            websites=tuple(t["web"]),
            emails=tuple(t["email"]),
            secondary_sanctions_risk=tuple(t["risk"]),
            unread_dates=tuple(t["unread"]),
        )
