"""What UN entity comments say in free text: IMO and SWIFT numbers, and vessel names.

The UN list has no vessel records. The DPRK shipping companies (KPe.020-KPe.075) name the
vessels they own or manage only in ``COMMENTS1``, and give an IMO number that is the
*company's* (IMO company and registered-owner number), e.g. KPe.056: "Registered owner of
CHON MYONG 1, a DPRK-flagged vessel [...]. IMO number: 5571322." The patterns below were
written against every DPRK entity comment of the 2026-02-27 list; they read only what the
text says. Vessel names are the upper-case names (or, after "vessel", a title-case name such
as "Chong Chon Gang") that follow a cue word: vessel, tanker, ship, owner of, manager of,
"-flagged". An IMO number written right after a vessel name would be that vessel's; every
other IMO number is the listed company's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanctions_screen.models import (
    EntityKind,
    Identifier,
    IdentifierType,
    LinkedEntity,
    Name,
    NameQuality,
    NameRole,
)
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.identifiers import is_valid_imo
from sanctions_screen.normalize.scripts import detect_script

__all__ = [
    "COMPANY_IMO_NOTE",
    "VesselMention",
    "find_company_imo_numbers",
    "find_registration_numbers",
    "find_swift_codes",
    "find_vessel_mentions",
    "linked_vessel",
    "read_entity_comment",
]

COMPANY_IMO_NOTE = (
    "IMO company and registered-owner number of the listed company, read from the listing "
    "text (not a ship's IMO number; 'valid' applies the ship check digit only)"
)

_IMO = re.compile(r"\bIMO\b\)?(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b", re.IGNORECASE)
_SWIFT = re.compile(r"\bSWIFT(?:/BIC)?\s*:?\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b")
_REGISTRATION = re.compile(
    r"(?:\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) )?company registration number:?\s*([A-Z0-9][A-Z0-9-]*)"
)
_CAPS_NAME = r"[A-Z][A-Z0-9]+(?: [A-Z0-9]+)*\b"
_TITLE_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)+"
_LEAD = r",?\s+(?:the\s+)?(?:probable\s+)?[“\"]?"
_VESSEL = re.compile(
    r"(?:\b(?:vessels?|tankers?|ship|owner of|manager of)|-flagged)"
    + _LEAD
    + rf"(?P<first>{_CAPS_NAME})[”\"]?"
    + rf"(?:\s+and\s+[“\"]?(?P<second>{_CAPS_NAME})[”\"]?)?"
    + rf"|\bvessel{_LEAD}(?P<title>{_TITLE_NAME})\b"
)
_DISGUISE = re.compile(r"\bput\s+[“\"](?P<name>[^”\"]{2,40})[”\"]\s+to mask")
# Upper-case words a cue can precede that are not vessel names ("owner of the DPRK tanker").
_NOT_VESSELS = frozenset({"DPRK", "UN", "IMO", "KOMID"})
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_IMO_AFTER_NAME = re.compile(r"\s*[,(]?\s*IMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})", re.I)


@dataclass(frozen=True, slots=True)
class VesselMention:
    """A vessel named in a comment, with the sentence naming it first."""

    name: str
    evidence: str
    imo: str | None = None
    disguise: bool = False


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` holding ``offset``, whitespace runs collapsed."""
    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        if brk.start() >= offset:
            return " ".join(text[start : brk.start()].split())
        start = brk.end()
    return " ".join(text[start:].split())


def find_vessel_mentions(text: str) -> list[VesselMention]:
    """The vessels a comment names, each once, in order of first mention.

    Example:
        >>> [v.name for v in find_vessel_mentions(
        ...     "Registered owner of DPRK tankers SAM JONG 1 and SAM JONG 2. IMO number: 5954061.")]
        ['SAM JONG 1', 'SAM JONG 2']
    """
    found: dict[str, VesselMention] = {}
    for match in _VESSEL.finditer(text):
        for group in ("first", "second", "title"):
            raw = match.group(group)
            if raw is None or raw in _NOT_VESSELS or len(raw) < 2:
                continue
            key = raw.casefold()
            if key in found:
                continue
            after = _IMO_AFTER_NAME.match(text, match.end(group))
            imo = after.group(1) if after else None
            found[key] = VesselMention(raw, _sentence_at(text, match.start(group)), imo)
    for match in _DISGUISE.finditer(text):
        name = " ".join(match.group("name").split())
        if name.casefold() not in found:
            evidence = _sentence_at(text, match.start("name"))
            found[name.casefold()] = VesselMention(name, evidence, None, disguise=True)
    return list(found.values())


def find_company_imo_numbers(text: str, vessels: list[VesselMention]) -> list[Identifier]:
    """IMO numbers in a comment that belong to the listed company, not to a named vessel.

    Example:
        >>> ids = find_company_imo_numbers("IMO number: 5571322.", [])
        >>> ids[0].number, ids[0].valid
        ('5571322', False)
    """
    vessel_numbers = {v.imo for v in vessels if v.imo}
    out: list[Identifier] = []
    for match in _IMO.finditer(text):
        number = match.group(1)
        if number in vessel_numbers or any(i.number == number for i in out):
            continue
        out.append(
            Identifier(
                type=IdentifierType.IMO,
                value=number,
                number=number,
                valid=is_valid_imo(number),
                note=COMPANY_IMO_NOTE,
            )
        )
    return out


def find_swift_codes(text: str) -> list[Identifier]:
    """SWIFT/BIC codes a comment gives ("SWIFT/BIC: FTBDKPPY"), country from the code.

    Example:
        >>> [(i.number, i.country) for i in find_swift_codes("SWIFT: DCBKKPPY. Daedong")]
        [('DCBKKPPY', 'KP')]
    """
    out: list[Identifier] = []
    for match in _SWIFT.finditer(text):
        code = match.group(1)
        if any(i.number == code for i in out):
            continue
        country = normalize_country(code[4:6])
        out.append(Identifier(type=IdentifierType.SWIFT, value=code, number=code, country=country))
    return out


def find_registration_numbers(text: str) -> list[Identifier]:
    """Company registration numbers ("Hong Kong company registration number 1177053").

    Example:
        >>> [(i.number, i.country) for i in find_registration_numbers(
        ...     "Hong Kong company registration number 1177053.")]
        [('1177053', 'HK')]
    """
    out: list[Identifier] = []
    for match in _REGISTRATION.finditer(text):
        value = match.group(2).rstrip("-")
        number = re.sub(r"[^0-9A-Z]", "", value)
        if not number:
            continue
        country = normalize_country(match.group(1)) if match.group(1) else None
        out.append(
            Identifier(
                type=IdentifierType.REGISTRATION, value=value, number=number, country=country
            )
        )
    return out


def linked_vessel(mention: VesselMention) -> LinkedEntity:
    """The linked vessel a mention stands for (with its IMO number if the text gives one)."""
    identifiers: tuple[Identifier, ...] = ()
    if mention.imo:
        imo = mention.imo
        valid = is_valid_imo(imo)
        identifiers = (Identifier(type=IdentifierType.IMO, value=imo, number=imo, valid=valid),)
    return LinkedEntity(
        kind=EntityKind.VESSEL,
        name=mention.name,
        identifiers=identifiers,
        evidence=mention.evidence,
    )


def read_entity_comment(comment: str) -> tuple[list[Name], list[LinkedEntity], list[Identifier]]:
    """What an entity's COMMENTS1 adds: vessel names, linked vessels, its own identifiers.

    Vessel names become weak names with role LINKED_VESSEL, so that screening a vessel
    name reaches the company; a name the text says was displayed to mask a vessel's
    identity becomes such a name too, but not a linked entity of its own.
    """
    mentions = find_vessel_mentions(comment)
    names = [
        Name(
            value=m.name,
            role=NameRole.LINKED_VESSEL,
            quality=NameQuality.WEAK,
            script=detect_script(m.name),
            note=(
                "name the listing text says a vessel displayed to mask its identity"
                if m.disguise
                else "vessel named in the listing text"
            ),
        )
        for m in mentions
    ]
    linked = [linked_vessel(m) for m in mentions if not m.disguise]
    ids = [
        *find_company_imo_numbers(comment, mentions),
        *find_swift_codes(comment),
        *find_registration_numbers(comment),
    ]
    return names, linked, ids
