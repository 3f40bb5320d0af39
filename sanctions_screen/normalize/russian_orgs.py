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

A DPRK body named in Russian ('Корейская торговая корпорация «Тангун»', 'Банк внешней
торговли КНДР') has its Korean proper name read from Kontsevich Cyrillic as the lists
romanise it (``tangun``), its words in the order of its English name ('foreign trade
bank'), and a form without the body it belongs to ('... ЦК ТПК').

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

from sanctions_screen.normalize.cyrillic import (
    read_korean_cyrillic_codas_ng,
    read_korean_cyrillic_word,
    romanize_russian_word,
    russian_word_spellings,
)

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
    "отдел": "department|division",
    "комисси": "commission",
    "арми": "army",
    "войск": "forces|force",
    "студи": "studio",
    "авиакомпани": "|airline",  # 'Авиакомпания «Эйр Корё»' is Air Koryo
    "парти": "party",
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
    "ракетн": "rocket|missile",
    "космическ": "space",
    "оборонн": "defence|defense",
    "оборон": "defence|defense",
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
    "генеральн": "general",
    "горнорудн": "mining",
    "горнодобывающ": "mining",
    "внешн": "foreign|external",
    "торговл": "trade",
    "разведывательн": "intelligence|reconnaissance",  # main ... (GRU), general ... (RGB)
    "разведк": "intelligence|reconnaissance",
    "промышленност": "industry",
    "экономическ": "economic",
    "кредитн": "credit",
    "банковск": "banking",
    "совместн": "joint",
    "стратегическ": "strategic",
    "безопасност": "security",
    "художественн": "art",
    "пропаганд": "propaganda",
    "агитаци": "agitation",
    "трудов": "workers",
    "атомн": "atomic",
    "энерги": "energy",
    "аэрокосмическ": "aerospace",
    "разработк": "development",
    "объединенн": "united",
    "перв": "first",
    "втор": "second",
    "трет": "third",
    # Whose or where.
    "государственн": "state",
    "федеральн": "federal",
    "федераци": "federation",
    "национальн": "national",
    "центральн": "central",
    "главн": "main|general",
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
    "росси": "russia",
    "южн": "south|southern",
    "северн": "north|northern",
    "западн": "west|western",
    "восточн": "east|eastern",
    "московск": "moscow",
    "петербургск": "petersburg",
    "ленинградск": "leningrad",
    "черноморск": "black sea",
    "азовск": "azov",
    "нижегородск": "nizhny novgorod",
    "белорусск": "belarusian",
    "корейск": "korea|korean",
    # Media, movements, unions and other public bodies.
    "телеканал": "tv channel",
    "телерадиокомпани": "tv and radio company",
    "фронт": "front",
    "гвард": "guard",
    "казач": "cossack",
    "волонтер": "volunteers",
    "побед": "victory",
    "детск": "childrens",
    "всероссийск": "all russian",
    "общероссийск": "all russia",
    "публичн": "public",
    "правов": "law",
    "казенн": "state",
    "гражданск": "civil",
    # Making and moving things.
    "беспилотн": "unmanned",
    "автоматизаци": "automation",
    "программировани": "programming",
    "пароходств": "shipping",
    "вертолет": "helicopters",
    "самолет": "aircraft",
    "самолетостроительн": "aircraft building|aircraft",
    "авиаремонтн": "aircraft repair",
    "литейн": "casting|foundry",
    "тягач": "tractors",
    "гусеничн": "caterpillar|crawler",
    "колесн": "wheel|wheeled",
    "патронн": "cartridge",
    "специализированн": "specialised|specialized",
    "экспериментально": "experimental",
    "приборостроени": "instrument engineering|instrument making",
    "станкостроительн": "machine tool",
    "электроник": "electronics",
    "материал": "materials",
    "сплав": "alloys",
    "тракторн": "tractor",
    "подшипник": "bearing",
    "подшипников": "bearing",
    "топливн": "fuel",
    "стивидорн": "stevedoring",
    "авиастроительн": "aircraft building|aircraft",
    "программн": "software",
    "средств": "tools|means",
    "автоматизированн": "automated",
    "конструировани": "design",
    "теплотехник": "heat engineering|thermal technology",
    "редуктор": "gearboxes",
    "трансмисси": "transmissions",
    "мотор": "motors|engines",
    "машин": "machines",
    "комплекс": "complex",
    "медиа": "media",
    # Government, the economy, the armed forces.
    "мониторинг": "monitoring",
    "надзор": "supervision",
    "хозяйств": "economy",
    "благосостояни": "wealth|welfare",
    "межгосударственн": "interstate",
    "всесоюзн": "all union",
    "образовательн": "educational",
    "образовани": "education",
    "высш": "higher",
    "гвардейск": "guards",
    "дивизи": "division",
    "бригад": "brigade",
    "полк": "regiment",
    "батальон": "battalion",
    "отдельн": "separate",
    "десантн": "airborne|landing",
    "штурмов": "assault",
    "мотострелков": "motorised rifle|motorized rifle",
    "танков": "tank",
    "артиллерийск": "artillery",
    "общевойсков": "combined arms",
    "русск": "russian|russky",  # Russian Machines; Russkiy Mir, as the lists also write it
    # Ordinals, as digits in the lists' English (see normalize.numbers).
    "четверт": "fourth",
    "пят": "fifth",
    "шест": "sixth",
    "седьм": "seventh",
    "восьм": "eighth",
    "девят": "ninth",
    "десят": "tenth",
}

# Words met as they are, not by stem: short words and abbreviations.
_EXACT_WORDS: dict[str, str] = {
    "и": "and",
    "по": "",
    "им": "|named after",
    "гос": "state",
    "нпз": "oil refinery",
    "разработок": "development",
    "эйр": "air",  # as airlines' names spell it (Эйр Астана)
    "корея": "korea",
    "кореи": "korea",
    "корее": "korea",
    "корею": "korea",
    "кндр": "dprk",
    "тпк": "workers party of korea",  # Трудовая партия Кореи
    "цк": "central committee",
    "кна": "korean peoples army",
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
        "отдел",
        "комисси",
        "арми",
        "войск",
        "студи",
        "авиакомпани",
        "парти",
        "телеканал",
        "дивизи",
        "бригад",
        "полк",
        "батальон",
        "телерадиокомпани",
        "гвард",
        "фронт",
        "движени",
        "союз",
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
    longest: 'научно' is научн, 'судостроительный' судостроительн), or the word itself
    when it is one of the exact words."""
    if word in _EXACT_WORDS:
        return word
    if len(word) <= 3:
        return word if word in RUSSIAN_ORG_WORDS else None
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


# Two words read as one phrase: (stem, next stem) -> the phrase in the first form and in
# the second ('научно-исследовательский институт' is a research institute, and a
# scientific research one).
_PHRASES: dict[tuple[str, str], tuple[str, str]] = {
    ("научн", "исследовательск"): ("research", "scientific research"),
    ("совместн", "предприяти"): ("joint venture", "joint venture"),
}
# Words that make a name a Korean body's ('Корейская торговая корпорация «Тангун»',
# '... КНДР', '... ЦК ТПК'): its proper names are Korean, written in Kontsevich Cyrillic.
_KOREAN_BODY_STEMS = frozenset(
    {"корейск", "корея", "кореи", "корее", "корею", "кндр", "тпк", "кна"}
)


class _Script(NamedTuple):
    """How a script's words are read: business word stems, places, spellings, legal
    forms, and the Korean reading of a Korean body's proper name (None: not read so)."""

    business: Callable[[str], str | None]
    place: Callable[[str], str | None]
    spell: Callable[[str], str]
    legal: Callable[[str], bool]
    genitive: tuple[str, ...]
    korean: Callable[[str, bool], str | None] | None = None
    korean_ng: Callable[[str], str | None] | None = None
    """The other reading of a Korean word with two or more ambiguous finals."""


def _english(stem: str) -> list[str]:
    """A business word's English renderings (an exact word's first)."""
    return (_EXACT_WORDS[stem] if stem in _EXACT_WORDS else RUSSIAN_ORG_WORDS[stem]).split("|")


def _role(stem: str) -> str:
    """A business word's part in the order of a Korean body's name (see
    :func:`_head_last`): a kind word, a word qualifying one, or neither (abbreviations,
    'имени')."""
    if stem in RUSSIAN_KIND_WORDS:
        return "kind"
    if stem in ("имени", "академика") or (stem in _EXACT_WORDS and stem != "и"):
        return ""
    return "modifier"


# Words a Korean body's name renders as the lists' English of DPRK bodies does: Russian
# 'главное управление' is the DPRK's 총국, a General Bureau (Reconnaissance General
# Bureau, General Bureau of Atomic Energy); a Russian body's is a Main Directorate.
_KOREAN_BODY_WORDS: dict[str, str] = {
    "управлени": "bureau|department",
    "главн": "general",
    "разведывательн": "reconnaissance|intelligence",
    "разведк": "reconnaissance|intelligence",
}


def _head_last(words: list[str], roles: list[str]) -> list[str]:
    """A Korean body's name in the order of its English name: a kind word followed by the
    business words that qualify it (Russian puts them after it, in the genitive) moves
    after them, as Korean and the lists' English put it ('банк развития' is a development
    bank: Korea United Development Bank, Foreign Trade Bank)."""
    out = list(words)
    n = 0
    while n < len(out):
        end = n + 1
        if roles[n] == "kind":
            while end < len(out) and roles[end] == "modifier":
                end += 1
            if end < len(out) and roles[end] == "kind":
                end = n + 1  # the words qualify the next kind word ('... войска армии')
        if end > n + 1:
            out[n:end] = [*out[n + 1 : end], out[n]]
            roles = [*roles[:n], *roles[n + 1 : end], roles[n], *roles[end:]]
        n = end
    return out


# A DPRK body's name may end with the body it belongs to ('... ЦК ТПК', '... Корейской
# народной армии', '... КНДР'), which the lists leave out: stems of such endings.
_PARENTS: tuple[tuple[str, ...], ...] = (
    ("цк",),
    ("тпк",),
    ("кна",),
    ("кндр",),
    ("корейск", "народн", "арми"),
    ("трудов", "парти", "кореи"),
)


def _parent_start(stems: list[str | None]) -> int:
    """Where the bodies a name ends with begin (its length when none)."""
    end = len(stems)
    found = True
    while found:
        found = False
        for parent in _PARENTS:
            if tuple(stems[end - len(parent) : end]) == parent and end > len(parent):
                end -= len(parent)
                found = True
    return end


def _read(
    words: list[str],
    script: _Script,
    *,
    known_org: bool,
    raw: list[str] | None = None,
    korean_body: bool | None = None,
) -> tuple[str, ...]:
    """The English readings of a name's words (see :func:`read_russian_org_name`);
    ``raw`` are the words as written (ё kept), for the Korean reading. A Korean body's
    name that ends with the body it belongs to gets a third form without it."""
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
    if korean_body is None:
        korean_body = not _KOREAN_BODY_STEMS.isdisjoint(stems)
    first: list[str] = []
    second: list[str] = []
    roles: list[str] = []  # per word of the first form: "kind", "modifier" or ""
    alternates: dict[int, str] = {}  # first form's Korean words read with ng finals
    named = False  # after 'имени': a surname in the genitive (Макеева is of Makeyev)
    skip = False
    for n, (word, stem) in enumerate(zip(words, stems, strict=True)):
        if skip:
            skip = False
            continue
        if stem is not None:
            phrase = _PHRASES.get((stem, stems[n + 1] or "")) if n + 1 < len(stems) else None
            if phrase is not None:
                first.append(phrase[0])
                second.append(phrase[1])
                roles.append(_role(stems[n + 1] or ""))
                skip = True
                continue
            options = _english(stem)
            if korean_body and stem in _KOREAN_BODY_WORDS:
                options = _KOREAN_BODY_WORDS[stem].split("|")
            first.append(options[0])
            second.append(options[-1])
            roles.append(_role(stem))
            named = named or stem in ("имени", "им")
            continue
        as_written = script.spell(word)
        korean = (
            script.korean(raw[n] if raw else word, korean_body)
            if script.korean is not None
            else None
        )
        if korean is not None:
            first.append(korean)
            other = script.korean_ng(raw[n] if raw else word) if script.korean_ng else None
            if other is not None:
                alternates[len(first) - 1] = other
        elif named and word.endswith(script.genitive):
            first.append(script.spell(word[:-1]))
        else:
            first.append(script.place(word) or as_written)
        second.append(as_written)
        roles.append("")
    first_ng = [alternates.get(n, word) for n, word in enumerate(first)]
    if korean_body:
        first, first_ng = _head_last(first, roles), _head_last(first_ng, roles)
    forms = [" ".join(w for w in first if w), " ".join(w for w in second if w)]
    if alternates:  # 'Канбон': kanbon and kangbong (Kontsevich writes ㄴ and ㅇ alike)
        forms.append(" ".join(w for w in first_ng if w))
    own = _parent_start(stems) if korean_body else len(words)
    if own < len(words):
        alone = raw[:own] if raw else None
        forms += _read(words[:own], script, known_org=True, raw=alone, korean_body=True)[:1]
    return tuple(dict.fromkeys(forms))


_CYRILLIC = _Script(
    business=_business_word,
    place=lambda word: romanize_russian_word(place) if (place := _place(word)) else None,
    spell=romanize_russian_word,
    legal=lambda word: word in _LEGAL_WORDS or word.startswith(_LEGAL_STEMS),
    genitive=_GENITIVE_SURNAMES,
    korean=lambda word, korean_body: read_korean_cyrillic_word(word, korean_context=korean_body),
    korean_ng=read_korean_cyrillic_codas_ng,
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
    raw = _without_ordinal_endings(folded.split())
    words = [word.replace("ё", "е") for word in raw]
    return _read(words, _CYRILLIC, known_org=known_org, raw=raw)


# The ending of an ordinal written with digits ('20-я армия', '76-й', '2-го'), folded to
# a word of its own after the number.
_ORDINAL_ENDINGS = frozenset({"я", "й", "го", "ая", "ый", "ой", "ое", "ые", "ых", "ым", "ом"})


def _without_ordinal_endings(words: list[str]) -> list[str]:
    """``words`` without the ordinal endings after numbers ('20 я армия' -> '20 армия')."""
    if not any(word.isdigit() for word in words):
        return words
    return [
        word
        for n, word in enumerate(words)
        if not (n and word in _ORDINAL_ENDINGS and words[n - 1].isdigit())
    ]


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
