"""Reading the cells of the EU legal-text transcriptions (``eu_journal_csv``).

The cells are free text copied from the Official Journal: several values in one cell
separated by ``'; '``, names carrying language labels and other-script forms, identifier
numbers wrapped in qualifiers. The functions here take one cell apart by rule; none of
them fixes a particular row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanctions_screen.models import NameRole
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.scripts import detect_script

__all__ = [
    "NamePiece",
    "place_country",
    "read_countries",
    "read_names",
    "split_cell",
    "split_enumeration",
]

# Language labels found in front of, inside or around names in the alias and name
# cells of both bundled files (32017R1509, 32014R0269), misspellings included.
_LANGUAGES = (
    "korean|chinese|farsi|persian|arabic|russian|rusian|ukrainian|belarusian|belarussian|"
    "kazakh|azerbaijani|uzbek|georgian|armenian|kyrgyz|tajik|hebrew|english"
)
# A cell value that is only a label left over from the source (an image's caption).
_ARTEFACT = re.compile(rf"^(?:(?:{_LANGUAGES})\s*:?|text of image)$", re.IGNORECASE)
_LEADING_LABEL = re.compile(rf"^(?P<lang>{_LANGUAGES})\s*[:,]\s*(?P<rest>.+)$", re.IGNORECASE)
_LEADING_BARE = re.compile(rf"^(?P<lang>{_LANGUAGES})\s+(?P<rest>.+)$", re.IGNORECASE)
_EMBEDDED_LABEL = re.compile(
    rf"^(?P<head>.+?)\s+(?P<lang>{_LANGUAGES})\s*:\s*(?P<tail>.+)$", re.IGNORECASE
)
_QUALIFIER = re.compile(
    r"^(?P<label>f\.k\.a\.|a\.k\.a\.|formerly known as|married name|stage name|other name)"
    r"\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_TRAILING_PAREN = re.compile(
    rf"^(?P<head>.*?)\s*\(\s*(?:(?P<lang>{_LANGUAGES})\s*:\s*)?(?P<inner>[^()]+)\)$",
    re.IGNORECASE,
)
_ALIAS_LIST = re.compile(r"^(?:aliases|a\.k\.a\.?)\s*:?\s*(?P<list>.+)$", re.IGNORECASE)
# A Latin name followed by the same name in a non-Latin script ('KIM Kwang Yon 김광연').
_TRAILING_SCRIPT = re.compile(r"^(?P<head>.*[A-Za-z][^\s]*)\s+(?:[–-]\s+)?(?P<tail>[^A-Za-z]+)$")
_ENUMERATION = re.compile(r"(?:^|[,;]?\s+)\(?(?:[a-h]|[1-9])\)\s+")
_FORMER = ("f.k.a.", "formerly known as")


@dataclass(frozen=True, slots=True)
class NamePiece:
    """One name read out of a cell: its text, a role the cell's label imposes, a note."""

    value: str
    role: NameRole | None = None
    note: str | None = None
    script: str = "latin"


def split_cell(cell: str) -> list[str]:
    """The values of a multi-valued cell, separated by ``'; '``.

    A separator inside balanced parentheses does not split, and quotes wrapping the
    cell or a value are removed.

    Example:
        >>> split_cell('927234267; "108120258 (issued on 14.2.2018; expires 14.2.2023)"')
        ['927234267', '108120258 (issued on 14.2.2018; expires 14.2.2023)']
        >>> split_cell("")
        []
    """
    text = cell.strip()
    balanced = text.count("(") == text.count(")")
    parts: list[str] = []
    depth = 0
    start = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and (depth == 0 or not balanced):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    cleaned = (part.strip().strip('"').strip() for part in parts)
    return [part for part in cleaned if part]


def split_enumeration(value: str) -> list[str]:
    """Split a value written as ``a) ... b) ...`` or ``(1) ... (2) ...`` into its items.

    Example:
        >>> split_enumeration("a) 1964 b) 28.8.1962")
        ['1964', '28.8.1962']
        >>> split_enumeration("Pyongyang, DPRK")
        ['Pyongyang, DPRK']
    """
    if not re.match(r"^\(?(?:a|1)\)\s", value):
        return [value]
    items = [item.strip(" ,;") for item in _ENUMERATION.split(value)]
    return [item for item in items if item]


def _script(text: str) -> str:
    return detect_script(text)


def _piece(value: str, *, role: NameRole | None = None, note: str | None = None) -> NamePiece:
    value = value.strip()
    if value.startswith("(") and ")" not in value:
        value = value[1:].strip()
    elif value.endswith(")") and "(" not in value:
        value = value[:-1].strip()
    return NamePiece(value=value, role=role, note=note, script=_script(value))


def _differs(head: str, tail: str) -> bool:
    """Whether ``tail`` is a form of the name in a single script other than ``head``'s."""
    head_script, tail_script = _script(head), _script(tail)
    return tail_script not in ("latin", "mixed", "unknown", "common", head_script)


def _read_one(value: str) -> list[NamePiece]:
    text = value.strip().rstrip(" –-").strip()
    if not text or _ARTEFACT.match(text):
        return []
    if m := _QUALIFIER.match(text):
        label = m.group("label")
        role = NameRole.FORMER if label.lower() in _FORMER else None
        return [_piece(m.group("rest"), role=role, note=label)]
    if m := _LEADING_LABEL.match(text):
        return [_piece(m.group("rest"), note=m.group("lang"))]
    if (m := _LEADING_BARE.match(text)) and _script(m.group("rest")) != "latin":
        return [_piece(m.group("rest"), note=m.group("lang"))]
    if m := _EMBEDDED_LABEL.match(text):
        return [_piece(m.group("head")), _piece(m.group("tail"), note=m.group("lang"))]
    if m := _TRAILING_PAREN.match(text):
        head, inner = m.group("head").strip(), m.group("inner").strip()
        if not head:
            return [_piece(inner, note=m.group("lang"))]
        if aliases := _ALIAS_LIST.match(inner):
            names = [a.strip() for a in aliases.group("list").split(",") if a.strip()]
            return [_piece(head), *(_piece(a) for a in names)]
        if m.group("lang") or _differs(head, inner):
            return [_piece(head), _piece(inner, note=m.group("lang"))]
    if (m := _TRAILING_SCRIPT.match(text)) and len(m.group("head").split()) >= 2:
        head, tail = m.group("head").strip(), m.group("tail").strip()
        if _script(head) == "latin" and _differs(head, tail):
            return [_piece(head), _piece(tail)]
    return [_piece(text)]


def read_names(cell: str) -> list[NamePiece]:
    """The names in a name or alias cell, artefacts dropped and other-script forms split.

    Rules, in order, for each ``'; '``-separated value: a bare label ('Korean:', 'Text of
    image') is dropped; a qualifier ('f.k.a.:', 'Married name:') is removed and kept as
    the note ('f.k.a.' makes a former name); a leading language label ('Russian: X',
    'Russian, X', 'Russian X' before a non-Latin name) is removed and kept as the note; a
    label inside ('X Belarusian: Y') splits two names; a trailing parenthesised form in
    another script ('Sergei AKSENOV (Сергей АКСЁНОВ)') or a trailing run of another script
    after a Latin name ('KIM Kwang Yon 김광연') becomes a name of its own.

    Example:
        >>> [(p.value, p.script) for p in read_names("Korean:; Text of image; 노광철")]
        [('노광철', 'hangul')]
        >>> [p.value for p in read_names("Sergei AKSENOV (Russian: Сергей АКСЁНОВ)")]
        ['Sergei AKSENOV', 'Сергей АКСЁНОВ']
    """
    pieces: list[NamePiece] = []
    for value in split_cell(cell):
        pieces.extend(p for p in _read_one(value) if p.value)
    return pieces


def place_country(text: str) -> str | None:
    """The country of a place or address written 'town, region, country (now X)'.

    Example:
        >>> place_country("Donetsk, former USSR (now Ukraine)"), place_country("Pyongyang, DPRK.")
        ('UA', 'KP')
    """
    if m := re.search(r"\(now ([^()]+)\)?\s*$", text):
        return normalize_country(m.group(1).strip())
    last = text.rsplit(",", 1)[-1].strip()
    return normalize_country(last) or normalize_country(text)


def read_countries(cell: str) -> tuple[list[str], bool]:
    """ISO alpha-2 codes for a nationality or country cell, and whether all of it mapped.

    Values may list several countries ('Russian, Finnish', 'Ukrainian and/or Russian');
    parenthesised comments are not countries and make the cell count as not all mapped,
    so that the caller keeps the published text.

    Example:
        >>> read_countries("DPRK; North Korean")
        (['KP'], True)
        >>> read_countries("Ukrainian and/or Atlantean")
        (['UA'], False)
    """
    codes: list[str] = []
    complete = True
    for value in split_cell(cell):
        if "(" in value:
            complete = False
        bare = re.sub(r"\([^()]*\)?", " ", value).strip()
        code = normalize_country(bare)
        tokens = [bare] if code else re.split(r",\s*|\s+and/or\s+|\s+and\s+|\s*/\s*", bare)
        for token in (t.strip() for t in tokens):
            if not token:
                continue
            mapped = normalize_country(token)
            if mapped is None:
                complete = False
            elif mapped not in codes:
                codes.append(mapped)
    return codes, complete
