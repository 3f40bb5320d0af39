"""Topic tagging by explained rules: ``dprk`` and ``dprk-russia``.

Every tag an entry carries comes from one of the rules below and records the rule's name
and the text it matched, so a compliance officer can see why an entry is in scope. No
entry is tagged by hand.

Rules for ``dprk`` (an entry tied to North Korea):
    - ``un-regime-dprk``: a UN entry of the DPRK regime (UN_LIST_TYPE DPRK, resolution 1718).
    - ``eu-regime-prk``: an EU entry listed under the DPRK regime (programme EU-PRK).
    - ``ofac-dprk-programme``: an OFAC entry with a DPRK programme tag (DPRK, DPRK2, ...).
    - ``text-names-dprk``: any other entry whose listing text, positions, addresses or
      nationalities name the DPRK (DPRK, North Korea, Democratic People's Republic of
      Korea, Korean People's Army, nationality KP).

Rules for ``dprk-russia`` (tied to DPRK–Russia military cooperation), applied only to
entries that are ``dprk``:
    - ``eu-russia-regime-names-dprk``: a DPRK-tied entry of the EU Russia regime (269/2014):
      these are the listings for the troop deployment and arms transfers.
    - ``text-names-russia``: the entry's text names Russia, a Russian city or port, Ukraine
      or Kursk (the ports and places are those DPRK listings cite for shipments).
    - ``address-in-russia``: an address or nationality in Russia.
    - ``ofac-russia-programme``: an OFAC entry that also carries a Russia programme tag.

Rules across lists (:func:`tag_across_lists`, run on every bundled list together, after
the rules above), for firms and ships one list ties to the DPRK and another lists
without saying so:
    - ``same-name-on-another-list``: an organisation or vessel whose name, legal forms set
      aside, is the name of an entry of the same kind another list tags (the topics it
      carries there): OFAC's ``M LEASING LLC`` is EU 269/2014's ``M Leasing LLC``, listed
      for carrying DPRK munitions.
    - ``linked-to-dprk-russia``: a vessel whose listing links it to a ``dprk-russia`` firm
      (OFAC's ``Linked To: M LEASING LLC`` on the ANGARA): the ships that move the arms.
      People and firms linked to such a firm are not tagged by the link alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sanctions_screen.models import EntityKind, SanctionsEntry, TopicReason
from sanctions_screen.normalize import fold_text, split_legal_forms

__all__ = [
    "TOPIC_DPRK",
    "TOPIC_DPRK_RUSSIA",
    "TOPIC_RULES",
    "TopicRule",
    "tag_across_lists",
    "tag_entries",
    "tag_entry",
]

TOPIC_DPRK = "dprk"
TOPIC_DPRK_RUSSIA = "dprk-russia"

_DPRK_TEXT = re.compile(
    r"\b(DPRK|North Korea(?:n)?|Democratic People[’']s Republic of Korea"
    r"|Korean People[’']s Army|Korea, North|Workers[’'] Party of Korea)\b",
    re.IGNORECASE,
)
# Places DPRK listings cite for Russia: the country, the Far East ports used for DPRK
# shipments (Vladivostok, Nakhodka, Vostochny, Khasan) and the front the troops went to.
_RUSSIA_TEXT = re.compile(
    r"\b(Russian Federation|Russia|Russian|Moscow|Vladivostok|Nakhodka|Vostochny|Vostochnaya"
    r"|Khasan|Primorsk(?:y|iy)? Kra[iy]|Ukraine|Ukrainian|Kursk)\b",
    re.IGNORECASE,
)
_RUSSIA_PROGRAMMES = re.compile(r"^(RUSSIA|UKRAINE|CAATSA - RUSSIA)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TopicRule:
    """A named rule: a topic, and a test returning the text it matched or None."""

    name: str
    topic: str
    test: Callable[[SanctionsEntry], str | None]
    requires: str | None = None
    """A topic the entry must already carry for this rule to apply."""


def _snippet(text: str, match: re.Match[str], *, width: int = 60) -> str:
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join(text[start:end].split()) + suffix


def _texts(entry: SanctionsEntry) -> Iterable[str]:
    listing = entry.listing
    yield from (t for t in (listing.reason, listing.remarks) if t)
    yield from entry.positions
    for address in entry.addresses:
        yield address.text
    for place in entry.birth_places:
        yield place.text


def _search(entry: SanctionsEntry, pattern: re.Pattern[str]) -> str | None:
    for text in _texts(entry):
        if match := pattern.search(text):
            return _snippet(text, match)
    return None


def _un_regime(entry: SanctionsEntry) -> str | None:
    if entry.source == "un" and "DPRK" in entry.listing.programmes:
        return "UN_LIST_TYPE DPRK"
    return None


def _eu_regime(entry: SanctionsEntry) -> str | None:
    if entry.source == "eu" and "EU-PRK" in entry.listing.programmes:
        return "programme EU-PRK"
    return None


def _ofac_dprk(entry: SanctionsEntry) -> str | None:
    if entry.source != "ofac":
        return None
    tags = [p for p in entry.listing.programmes if p.upper().startswith("DPRK")]
    return "programme " + ", ".join(tags) if tags else None


def _text_dprk(entry: SanctionsEntry) -> str | None:
    if found := _search(entry, _DPRK_TEXT):
        return found
    if "KP" in entry.nationalities:
        return "nationality KP"
    return None


def _eu_russia_regime(entry: SanctionsEntry) -> str | None:
    if entry.source == "eu" and any(p.upper() == "EU-UKR" for p in entry.listing.programmes):
        return "programme EU-UKR (Regulation 269/2014) on a DPRK-tied entry"
    return None


def _text_russia(entry: SanctionsEntry) -> str | None:
    return _search(entry, _RUSSIA_TEXT)


def _address_russia(entry: SanctionsEntry) -> str | None:
    for address in entry.addresses:
        if address.country == "RU":
            return address.text
    if "RU" in entry.nationalities:
        return "nationality RU"
    return None


def _ofac_russia(entry: SanctionsEntry) -> str | None:
    if entry.source != "ofac":
        return None
    tags = [p for p in entry.listing.programmes if _RUSSIA_PROGRAMMES.match(p)]
    return "programme " + ", ".join(tags) if tags else None


TOPIC_RULES: tuple[TopicRule, ...] = (
    TopicRule("un-regime-dprk", TOPIC_DPRK, _un_regime),
    TopicRule("eu-regime-prk", TOPIC_DPRK, _eu_regime),
    TopicRule("ofac-dprk-programme", TOPIC_DPRK, _ofac_dprk),
    TopicRule("text-names-dprk", TOPIC_DPRK, _text_dprk),
    TopicRule("eu-russia-regime-names-dprk", TOPIC_DPRK_RUSSIA, _eu_russia_regime, TOPIC_DPRK),
    TopicRule("text-names-russia", TOPIC_DPRK_RUSSIA, _text_russia, TOPIC_DPRK),
    TopicRule("address-in-russia", TOPIC_DPRK_RUSSIA, _address_russia, TOPIC_DPRK),
    TopicRule("ofac-russia-programme", TOPIC_DPRK_RUSSIA, _ofac_russia, TOPIC_DPRK),
)


def tag_entry(entry: SanctionsEntry, rules: tuple[TopicRule, ...] = TOPIC_RULES) -> SanctionsEntry:
    """The entry with the topics its rules give, each with its reason.

    Every rule that fires is recorded, in rule order; a rule whose ``requires`` topic the
    entry does not carry (yet) is not tried, so rules that give a topic come first.
    """
    reasons: list[TopicReason] = []
    topics: set[str] = set(entry.topics)
    for rule in rules:
        if rule.requires and rule.requires not in topics:
            continue
        matched = rule.test(entry)
        if matched is not None:
            reasons.append(TopicReason(topic=rule.topic, rule=rule.name, matched=matched))
            topics.add(rule.topic)
    return entry.with_topics(tuple(reasons)) if reasons else entry


def tag_entries(entries: Iterable[SanctionsEntry]) -> list[SanctionsEntry]:
    """Every entry tagged by :data:`TOPIC_RULES`."""
    return [tag_entry(e) for e in entries]


# A name shared across lists counts only when it is this long, legal forms set aside, and
# names an organisation or a vessel: people's names and short names recur by chance.
_MIN_SHARED_NAME = 8
_SHARED_KINDS = (EntityKind.ORGANIZATION, EntityKind.VESSEL)
# OFAC writes a link in the remarks: 'Linked To: M LEASING LLC.'
_LINKED_TO = re.compile(r"Linked To: ([^;]+?)\.?(?:;|$)")


def _name_key(name: str) -> str:
    """A name folded, its legal forms set aside ('M Leasing LLC' -> 'm leasing')."""
    core, _ = split_legal_forms(tuple(fold_text(name).split()))
    return " ".join(core)


def _shared_keys(entry: SanctionsEntry) -> list[str]:
    """The keys of the entry's names long enough to be shared across lists."""
    keys = (_name_key(name.value) for name in entry.names)
    return [key for key in keys if len(key) >= _MIN_SHARED_NAME]


def _linked_names(entry: SanctionsEntry) -> list[str]:
    names = [link.name for link in entry.linked]
    if entry.listing.remarks:
        names += [m.group(1).strip() for m in _LINKED_TO.finditer(entry.listing.remarks)]
    return names


def tag_across_lists(entries: Iterable[SanctionsEntry]) -> list[SanctionsEntry]:
    """``entries`` (of every list, each tagged by :data:`TOPIC_RULES`) with the tags of
    the rules across lists added: an organisation or vessel another list tags under the
    same name carries that list's topics, and a vessel linked to a ``dprk-russia`` firm
    carries both topics. Each tag records the entry it came from."""
    entries = list(entries)
    tagged: dict[tuple[EntityKind, str], SanctionsEntry] = {}
    for entry in entries:
        if TOPIC_DPRK in entry.topics and entry.kind in _SHARED_KINDS:
            for key in _shared_keys(entry):
                tagged.setdefault((entry.kind, key), entry)
    out: list[SanctionsEntry] = []
    for entry in entries:
        if entry.kind in _SHARED_KINDS and TOPIC_DPRK not in entry.topics:
            for name in entry.names:
                other = tagged.get((entry.kind, _name_key(name.value)))
                if other is not None and other.source != entry.source:
                    matched = f"{name.value} = {other.id} {other.caption!r}"
                    entry = entry.with_topics(
                        tuple(
                            TopicReason(topic=t, rule="same-name-on-another-list", matched=matched)
                            for t in sorted(other.topics)
                        )
                    )
                    break
        out.append(entry)
    russia = {key: e for e in out if TOPIC_DPRK_RUSSIA in e.topics for key in _shared_keys(e)}
    for position, entry in enumerate(out):
        if TOPIC_DPRK in entry.topics or entry.kind is not EntityKind.VESSEL:
            continue
        for linked in _linked_names(entry):
            other = russia.get(_name_key(linked))
            if other is not None:
                matched = f"linked to {linked} = {other.id} {other.caption!r}"
                out[position] = entry.with_topics(
                    tuple(
                        TopicReason(topic=t, rule="linked-to-dprk-russia", matched=matched)
                        for t in (TOPIC_DPRK, TOPIC_DPRK_RUSSIA)
                    )
                )
                break
    return out
