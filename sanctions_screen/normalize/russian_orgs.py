"""Organisation names written in Russian, read as the lists write them in English.

The EU and OFAC lists name Russian plants, institutes and firms in English words around
a transliterated proper name: АО «Смоленский авиационный завод» is ``JSC Smolensk
Aviation Plant``, АО «Научно-исследовательский институт двигателей» ``JSC Research
Institute of Engines``. Transliterated word by word (``ao smolensky aviatsionny zavod``)
such a name meets none of its English forms, so a counterparty file in Russian would not
find the firm. :func:`read_russian_org_name` gives each business word of
:data:`RUSSIAN_ORG_WORDS` in English, whatever its case or gender ending, and writes the
other words in the press transliteration (Wikipedia scheme); a place adjective
(Смоленский) is written as its place (``smolensk``), with a second form keeping the
adjective (``zavolzhsky``), as the lists do both.

A name is read so only when it has a word that says what kind of body it is
(:data:`RUSSIAN_KIND_WORDS`: завод, институт, банк, ...) or a Russian legal form (ООО,
АО, акционерное общество, ...), and two words or more. No library translates these
words; the table is hand-written from the words Russian company and state body names are
made of, in the English the lists use for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from sanctions_screen.normalize.cyrillic import romanize_russian_word, russian_word_spellings

__all__ = [
    "RUSSIAN_KIND_WORDS",
    "RUSSIAN_ORG_WORDS",
    "read_russian_org_name",
    "read_transliterated_russian_org_name",
]

#: Stems of Russian business words (folded: lower case, ё as е) and their English, as
#: the lists write it; alternatives after '|' make a second form. A stem meets a word that
#: is the stem plus a case or gender ending (see ``_ENDINGS``).
RUSSIAN_ORG_WORDS: dict[str, str] = {
    # What kind of body.
    "завод": "plant",
    "фабрик": "factory",
    "комбинат": "plant|combine",
    "институт": "institute",
    "университет": "university",
    "академи": "academy",
    "центр": "centre",
    "бюро": "bureau",
    "объединени": "association",
    "предприяти": "enterprise",
    "корпораци": "corporation",
    "концерн": "concern",
    "компани": "company",
    "групп": "group",
    "холдинг": "holding",
    "банк": "bank",
    "фонд": "foundation|fund",
    "союз": "union",
    "движени": "movement",
    "агентств": "agency",
    "министерств": "ministry",
    "служб": "service",
    "управлени": "directorate|administration",
    "комитет": "committee",
    "департамент": "department",
    "верф": "shipyard",
    "ассоциаци": "association",
    "организаци": "organization",
    "партнерств": "partnership",
    "лаборатори": "laboratory",
    "инспекци": "inspectorate",
    "дом": "house",
    "учреждени": "institution",
    "санатори": "sanatorium",
    # What it does or makes.
    "научн": "scientific|research",
    "наук": "sciences|science",
    "исследовательск": "research",
    "производственн": "production",
    "конструкторск": "design",
    "проектн": "design",
    "механическ": "mechanical",
    "электромеханическ": "electromechanical",
    "оптико": "optical",
    "физико": "physics",
    "машиностроени": "machine building|engineering",
    "машиностроительн": "machine building|engineering",
    "приборостроительн": "instrument making",
    "приборн": "instrument",
    "автомобильн": "automobile",
    "авиационн": "aviation",
    "вертолетн": "helicopter",
    "ракетн": "rocket",
    "космическ": "space",
    "оборонн": "defence|defense",
    "военн": "military",
    "технологи": "technologies",
    "технологическ": "technology|technological",
    "специальн": "special",
    "тактическ": "tactical",
    "автоматическ": "automatic",
    "автоматик": "automation|automatics",
    "агрегатн": "aggregate",
    "лини": "lines|line",
    "коммуникационн": "communication",
    "реконструкци": "reconstruction",
    "территори": "territories|territorial",
    "бюджетн": "budgetary|financed",
    "холдингов": "holding",
    "оружейн": "arms",
    "порт": "ports|port",
    "нефтеперерабатывающ": "oil refinery|refining",
    "техническ": "technical",
    "систем": "systems",
    "электронн": "electronic",
    "электротехническ": "electrotechnical",
    "радиотехническ": "radio engineering",
    "радиоэлектронн": "radioelectronic",
    "химическ": "chemical",
    "химико": "chemical",
    "хими": "chemistry",
    "механик": "mechanics",
    "ремонтн": "repair",
    "бронетанков": "armoured|armored",
    "опытн": "experimental",
    "экспериментальн": "experimental",
    "торгов": "trading",
    "судоходн": "shipping",
    "морск": "maritime|marine",
    "флот": "fleet",
    "транспорт": "transport",
    "транспортн": "transport",
    "логистическ": "logistics",
    "нефтян": "oil",
    "газов": "gas",
    "энергетическ": "energy",
    "развити": "development",
    "инвестиционн": "investment",
    "финансов": "financial",
    "страхов": "insurance",
    "спутников": "satellite",
    "информационн": "information",
    "оптическ": "optical",
    "лазерн": "laser",
    "точн": "precision",
    "инженерн": "engineering",
    "строительн": "construction",
    "судостроительн": "shipbuilding",
    "металлургическ": "metallurgical",
    "двигател": "engines",
    "боеприпас": "munitions",
    "вооружени": "armament|arms",
    "экспорт": "export",
    "импорт": "import",
    "внешнеэкономическ": "foreign economic",
    "внешнеторгов": "foreign trade",
    "связ": "communications",
    "телекоммуникационн": "telecommunications",
    "спортивн": "sports",
    "патриотическ": "patriotic",
    "молодежн": "youth",
    "молодеж": "youth",
    # Whose or where.
    "государственн": "state",
    "федеральн": "federal",
    "национальн": "national",
    "центральн": "central",
    "главн": "main",
    "российск": "russian",
    "международн": "international",
    "республиканск": "republican",
    "республик": "republic",
    "народн": "peoples",
    "общественн": "public",
    "унитарн": "unitary",
    "коммерческ": "commercial",
    "имени": "|named after",  # 'Makeyev State Rocket Center', '... Named After S.A.
    "академика": "|academician",  # Lavochkin': the lists leave it out or keep it
    "коммуникаци": "communications",
    # Place adjectives not written as their place ends (most are: see ``_place``).
    "крымск": "crimean|crimea",
    "крым": "crimea",
    "московск": "moscow",
    "петербургск": "petersburg",
    "ленинградск": "leningrad",
    "черноморск": "black sea",
    "азовск": "azov",
    "нижегородск": "nizhny novgorod",
    "белорусск": "belarusian",
}

# Words met as they are, not by stem: short words and abbreviations.
_EXACT_WORDS: dict[str, str] = {
    "и": "and",
    "им": "|named after",
    "гос": "state",
    "нпз": "oil refinery",
}

#: English words that say what kind of body a name names: a Russian name with one of
#: them (or a legal form) is read as an organisation's.
RUSSIAN_KIND_WORDS: frozenset[str] = frozenset(
    {
        "завод",
        "фабрик",
        "комбинат",
        "институт",
        "университет",
        "академи",
        "центр",
        "бюро",
        "объединени",
        "предприяти",
        "корпораци",
        "концерн",
        "компани",
        "холдинг",
        "банк",
        "фонд",
        "агентств",
        "министерств",
        "управлени",
        "комитет",
        "департамент",
        "верф",
        "ассоциаци",
        "организаци",
        "лаборатори",
    }
)

# Russian legal forms as folded words: a name with one is an organisation's.
_LEGAL_WORDS = frozenset(
    {"ооо", "оао", "зао", "пао", "ао", "нао", "фгуп", "гуп", "муп", "фгбу", "нпо", "нпп"}
)
_LEGAL_STEMS = ("акционерн", "ответственност")

# Case and gender endings a stem may take (nouns and adjectives, singular and plural).
_ENDINGS = frozenset(
    {
        "",
        "а",
        "я",
        "у",
        "ю",
        "е",
        "и",
        "ы",
        "о",
        "ь",
        "ом",
        "ем",
        "ой",
        "ей",
        "ам",
        "ям",
        "ах",
        "ях",
        "ов",
        "ев",
        "ами",
        "ями",
        "ий",
        "ый",
        "ая",
        "ое",
        "ее",
        "ые",
        "ие",
        "ого",
        "его",
        "ому",
        "ему",
        "ую",
        "юю",
        "ым",
        "им",
        "ых",
        "их",
        "ыми",
        "ими",
        "ия",
        "ии",
        "ию",
        "ием",
        "иями",
        "ья",
        "ье",
    }
)
_LONGEST_ENDING = max(map(len, _ENDINGS))
# A place adjective: -ский, -цкий and their cases ('смоленский' is of Smolensk,
# 'донецкой' of Donetsk): the place is the word without its vowel ending.
_PLACE_ENDINGS = tuple(
    f"{consonant}к{ending}"
    for consonant in "сц"
    for ending in ("ого", "ому", "ий", "ая", "ое", "ой", "ом", "ую", "ие", "их")
)


# A kind word with these endings may be a surname (Банков, Фондов; Bankov): it does not
# make a name an organisation's alone.
_SURNAMES = ("ов", "ев", "ин", "ov", "ev", "in")
# A man's surname in the genitive ('имени Макеева'): without its last letter, the name.
_GENITIVE_SURNAMES = ("ова", "ева", "ина", "ына")


def _business_word(word: str) -> str | None:
    """The stem of :data:`RUSSIAN_ORG_WORDS` that ``word`` is a form of, if any (the
    longest: 'научно' is научн, 'судостроительный' судостроительн)."""
    if len(word) <= 3:
        return word if word in _EXACT_WORDS or word in RUSSIAN_ORG_WORDS else None
    for cut in range(len(word), max(len(word) - _LONGEST_ENDING, 1) - 1, -1):
        stem = word[:cut]
        if stem in RUSSIAN_ORG_WORDS and word[cut:] in _ENDINGS:
            return stem
    return None


def _place(word: str) -> str | None:
    """The place a place adjective names, as most Russian places end ('смоленский' ->
    'смоленск', 'ульяновского' -> 'ульяновск'), if it is one."""
    for ending in _PLACE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending) + 2]
    return None


class _Script(NamedTuple):
    """How a script's words are read: business word stems, places, spellings, legal
    forms."""

    business: Callable[[str], str | None]
    place: Callable[[str], str | None]
    spell: Callable[[str], str]
    legal: Callable[[str], bool]
    genitive: tuple[str, ...]


def _read(words: list[str], script: _Script, *, known_org: bool) -> tuple[str, ...]:
    """The English readings of a name's words (see :func:`read_russian_org_name`)."""
    if len(words) < 2 and not known_org:
        return ()
    stems = [script.business(w) for w in words]
    kind = known_org or any(
        stem in RUSSIAN_KIND_WORDS and not word.endswith(_SURNAMES)
        for word, stem in zip(words, stems, strict=True)
    )
    legal = any(map(script.legal, words))
    if not (kind or legal) or not any(stems):
        return ()
    first: list[str] = []
    second: list[str] = []
    named = False  # after 'имени': a surname in the genitive (Макеева is of Makeyev)
    for n, (word, stem) in enumerate(zip(words, stems, strict=True)):
        if stem is not None:
            if stem == "научн" and n + 1 < len(stems) and stems[n + 1] == "исследовательск":
                second.append("scientific")  # 'research institute', 'scientific ...' too
                continue
            options = (_EXACT_WORDS.get(stem) or RUSSIAN_ORG_WORDS[stem]).split("|")
            first.append(options[0])
            second.append(options[-1])
            named = named or stem in ("имени", "им")
            continue
        as_written = script.spell(word)
        place = script.place(word)
        if named and word.endswith(script.genitive):
            first.append(script.spell(word[:-1]))
        else:
            first.append(place or as_written)
        second.append(as_written)
    forms = (" ".join(w for w in first if w), " ".join(w for w in second if w))
    return tuple(dict.fromkeys(forms))


_CYRILLIC = _Script(
    business=_business_word,
    place=lambda word: romanize_russian_word(place) if (place := _place(word)) else None,
    spell=romanize_russian_word,
    legal=lambda word: word in _LEGAL_WORDS or word.startswith(_LEGAL_STEMS),
    genitive=_GENITIVE_SURNAMES,
)


@lru_cache(maxsize=4096)
def read_russian_org_name(folded: str, *, known_org: bool = False) -> tuple[str, ...]:
    """An organisation's name in Russian as the lists write it in English: business
    words in English, place adjectives as their place, other words transliterated; then,
    where a word has a second English rendering or the name a place adjective, a form
    with those. Empty when the name does not read as an organisation's.

    Args:
        folded: Folded text in Cyrillic (see
            :func:`~sanctions_screen.normalize.text.fold_text`).
        known_org: the text stood beside a legal form in Latin ('AO Казанский ...'): it
            is an organisation's name if it has any business word.

    Example:
        >>> read_russian_org_name("ао смоленский авиационный завод")
        ('ao smolensk aviation plant', 'ao smolensky aviation plant')
        >>> read_russian_org_name("иван сергеевич петров")
        ()
    """
    return _read(folded.replace("ё", "е").split(), _CYRILLIC, known_org=known_org)


# Transliterated Russian (payment messages, OFAC's names of Russian firms): the stems
# spelt by each scheme the library writes Russian with, and the Latin endings of cases.
_LATIN_ENDINGS = frozenset(
    {
        *("", "a", "u", "e", "i", "y", "o", "ya", "ia", "ja", "yu", "iu", "ju"),
        *("om", "em", "yem", "iem", "oy", "oi", "oj", "ey", "ei", "ej", "am", "yam", "iam"),
        *("akh", "yakh", "iakh", "ov", "ev", "yev", "iev", "ami", "yami", "iami"),
        *("iy", "yy", "yi", "ii", "ij", "yj", "aya", "aia", "aja", "oye", "oe", "yye"),
        *("ye", "iye", "ie", "yie", "ogo", "ovo", "ego", "omu", "emu", "uyu", "uiu", "uju"),
        *("yuyu", "iuiu", "ym", "im", "ykh", "ikh", "ymi", "imi", "iya", "iia", "ija"),
        *("iyu", "iiu", "iju", "iyem", "iem", "ya", "yo"),
    }
)
_LATIN_LONGEST_ENDING = max(map(len, _LATIN_ENDINGS))
_LATIN_PLACE = tuple(
    f"sk{ending}"
    for ending in (
        *("iy", "ii", "ij", "yi", "y", "aya", "aia", "aja", "oye", "oe", "ogo", "oy"),
        *("oi", "oj", "om", "uyu", "uiu", "iye", "ie", "ikh"),
    )
)
# Legal-form stems in a spelling none of the library's schemes writes (Polish-style c).
_LATIN_EXTRA_LEGAL_STEMS = ("akcionern",)


class _LatinTables(NamedTuple):
    """The Cyrillic tables above in every Latin spelling the library writes Russian with
    (built on first use: the transliterations take a few milliseconds)."""

    stems: dict[str, str]
    """Latin spelling of a stem of :data:`RUSSIAN_ORG_WORDS` (or an exact word) -> it."""
    legal_words: frozenset[str]
    legal_stems: tuple[str, ...]
    triggers: frozenset[str]
    """Words that make a name read as transliterated Russian: kind words not spelt as in
    English, in any case, and legal forms."""


def _spellings(words: Iterable[str]) -> list[str]:
    return [spelling for word in words for spelling in russian_word_spellings(word)]


@lru_cache(maxsize=1)
def _latin_tables() -> _LatinTables:
    stems: dict[str, str] = {}
    for stem in (*RUSSIAN_ORG_WORDS, *_EXACT_WORDS):
        for spelling in russian_word_spellings(stem):
            stems.setdefault(spelling, stem)
    legal_words = frozenset(_spellings(_LEGAL_WORDS))
    triggers = set(legal_words) | set(_spellings(("общество", "акционерное")))
    for spelling, stem in stems.items():
        if stem in RUSSIAN_KIND_WORDS and spelling not in RUSSIAN_ORG_WORDS[stem].split("|"):
            triggers.update(spelling + ending for ending in _LATIN_ENDINGS)
    legal_stems = (*_spellings(_LEGAL_STEMS), *_LATIN_EXTRA_LEGAL_STEMS)
    return _LatinTables(stems, legal_words, tuple(dict.fromkeys(legal_stems)), frozenset(triggers))


def _latin_legal(word: str) -> bool:
    tables = _latin_tables()
    return word in tables.legal_words or word.startswith(tables.legal_stems)


def _latin_business_word(word: str) -> str | None:
    stems = _latin_tables().stems
    if len(word) <= 3:
        found = stems.get(word)
        return found if found in _EXACT_WORDS or found in RUSSIAN_ORG_WORDS else None
    for cut in range(len(word), max(len(word) - _LATIN_LONGEST_ENDING, 1) - 1, -1):
        stem = stems.get(word[:cut])
        if stem is not None and word[cut:] in _LATIN_ENDINGS:
            return stem
    return None


def _latin_place(word: str) -> str | None:
    for ending in _LATIN_PLACE:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending) + 2]
    return None


_LATIN = _Script(
    business=_latin_business_word,
    place=_latin_place,
    spell=lambda word: word,
    legal=_latin_legal,
    genitive=("ova", "eva", "ina", "yna"),
)


def read_transliterated_russian_org_name(folded: str) -> tuple[str, ...]:
    """:func:`read_russian_org_name` of a Russian organisation's name written in Latin
    letters, as payment messages and OFAC write them ('AO Smolenskiy Aviatsionnyy
    Zavod'); empty unless the name has a Russian kind word spelt unlike its English
    (zavod, kontsern, tsentr, ...) or a Russian legal form.

    Example:
        >>> read_transliterated_russian_org_name("ao smolenskiy aviatsionnyy zavod")
        ('ao smolensk aviation plant', 'ao smolenskiy aviation plant')
        >>> read_transliterated_russian_org_name("smolensk aviation plant")
        ()
    """
    words = folded.split()
    if _latin_tables().triggers.isdisjoint(words):
        return ()  # the common case: not Russian
    return _read_latin(folded)


@lru_cache(maxsize=4096)
def _read_latin(folded: str) -> tuple[str, ...]:
    return _read(folded.split(), _LATIN, known_org=False)
