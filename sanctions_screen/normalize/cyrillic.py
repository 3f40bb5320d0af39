"""Names in Cyrillic: Russian transliteration schemes and Korean names in Cyrillic.

A Russian name reaches the lists and the users in several Latin spellings (Sergei and
Sergey, Shoigu and Shoygu, Yuri, Yury and Iurii, Aleksandr and Alexander), so
:func:`romanize_cyrillic` returns the renderings of a few ``iuliia`` schemes. Korean names
are written in Cyrillic too (``Ким Чен Ын``, ``Ли Бен Чхоль``, ``СИН Гым Чхоль`` in the EU
Russia list); for text that reads as Korean syllables a Kontsevich-style reading is added
whose tokens meet the Latin list forms under
:func:`~sanctions_screen.normalize.korean.korean_token_key`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia  # type: ignore[import-untyped, unused-ignore]

from sanctions_screen.normalize.korean_finals import AMBIGUOUS_FINAL, read_ambiguous_finals
from sanctions_screen.normalize.korean_key import is_korean_syllable, split_korean_syllables
from sanctions_screen.normalize.text import fold_text

__all__ = [
    "RUSSIAN_SCHEMES",
    "read_korean_cyrillic_codas_ng",
    "read_korean_cyrillic_word",
    "romanize_cyrillic",
    "romanize_folded_cyrillic",
    "romanize_russian_word",
    "russian_word_spellings",
]

#: iuliia schemes used, in output order. Wikipedia gives the press forms (Sergey Shoygu,
#: Yury, Dmitry, Pyotr); ICAO Doc 9303 the passport forms (Sergei Shoigu, Iurii,
#: Dmitrii); MVD 310 the older Russian passport forms (Yuriy, Dmitriy) the EU and OFAC
#: lists often copied.
RUSSIAN_SCHEMES: tuple[str, ...] = ("WIKIPEDIA", "ICAO_DOC_9303", "MVD_310")

# Letters of other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian,
# Kazakh, Kyrgyz, Mongolian, Tajik, ...) replaced by the nearest Russian letter(s) so the
# Russian schemes can write them; any Cyrillic letter left after that is dropped.
_TO_RUSSIAN = str.maketrans(
    {
        "і": "и",
        "ї": "йи",
        "є": "е",
        "ґ": "г",
        "ў": "у",
        "ђ": "дж",
        "ћ": "ч",
        "џ": "дж",
        "ј": "й",
        "љ": "ль",
        "њ": "нь",
        "ѓ": "г",
        "ќ": "к",
        "ѕ": "дз",
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "ө": "о",
        "ү": "у",
        "ұ": "у",
        "һ": "х",
        "ә": "а",
        "җ": "ж",
        "ӯ": "у",
        "ҳ": "х",
        "ҷ": "ч",
        "ӣ": "и",
        "ҫ": "с",
        "ӑ": "а",
        "ӗ": "е",
        "ӳ": "у",
    }
)

# Kontsevich-style reading of Korean in Cyrillic: multi-letter spellings first.
_KOREAN_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("чх", "ch"),
    ("кх", "kh"),
    ("тх", "th"),
    ("пх", "ph"),
    ("дж", "j"),
    ("чж", "j"),
    ("чч", "jj"),
    ("кк", "kk"),
    ("тт", "tt"),
    ("пп", "pp"),
    ("сс", "ss"),
    ("нъ", "ng"),
    ("ль", "l"),
    ("ый", "ui"),
)
_KOREAN_DIGRAPH_MAP = dict(_KOREAN_DIGRAPHS)
_KOREAN_LETTERS: dict[str, str] = dict(
    zip(
        "абвгдёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "w",
            "g",
            "d",
            "yo",
            "j",
            "j",
            "i",
            "-",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "p",
            "h",
            "ch",
            "j",
            "s",
            "s",
            "-",
            "u",
            "-",
            "ae",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_PALATAL = frozenset({"ch", "j", "jj"})
_PLAIN_E = frozenset({"s", "ss", "w"})  # 세 = Се, 최 = Чхве: е is e here, not yo

_LATIN_VOWELS = frozenset("aeiouy")
# Kontsevich spellings of Korean consonants that Russian words do not have: a token
# written together is read as two Korean syllables only with one of them.
_KOREAN_MARKERS = ("чж", "чх", "кх", "тх", "пх")
# Forms of one Cyrillic name at most: up to five Korean readings (three ambiguous finals)
# before the four Russian ones.
MAX_FORMS = 8


def _transliterate(text: str, scheme: str) -> str:
    """``text`` (lowercase Cyrillic) in the iuliia ``scheme``, folded."""
    translated: str = getattr(iuliia, scheme).translate(text)
    return fold_text("".join(c for c in translated if not "\u0400" <= c <= "\u052f"))


# Spelling habits of English-language lists and press (EU and OFAC write Yurievich,
# Maria, Alexei, Alexeyevich): rewrites of the Wikipedia form for the anglicised form,
# chosen from the most frequent misses on the EU 269/2014 Cyrillic aliases.
_ANGLICISED: tuple[tuple[str, str], ...] = (
    ("iye", "ie"),  # Юрьевич -> (юриевич) yuriyevich -> yurievich
    ("ee", "eye"),  # Алексеевич -> alekseevich -> alexeyevich
)


def _english(token: str) -> str:
    """The anglicised spelling: Юрий -> yuri, Александр -> alexander, Мария -> maria."""
    if token.endswith("ий") and len(token) > 3:
        token = token[:-2] + "и"
    elif token.endswith("ия") and len(token) > 3:
        token = token[:-2] + "иа"
    elif token.endswith("ей") and len(token) > 3:
        token = token[:-2] + "еи"
    if token.startswith("е"):
        token = "э" + token[1:]  # Евгений -> evgeni, not yevgeni
    latin = _transliterate(token.replace("ье", "ие"), "WIKIPEDIA").replace("ks", "x")
    for spelling, replacement in _ANGLICISED:
        latin = latin.replace(spelling, replacement)
    if latin.endswith("ndr"):
        latin = latin[:-1] + "er"
    return latin


@lru_cache(maxsize=65536)
def _russian_forms(token: str) -> tuple[str, ...]:
    token = token.translate(_TO_RUSSIAN)
    forms = [_transliterate(token, scheme) for scheme in RUSSIAN_SCHEMES]
    forms.append(_english(token))
    return tuple(forms)


def romanize_russian_word(word: str) -> str:
    """One folded Cyrillic word in the first of :data:`RUSSIAN_SCHEMES` (the press form).

    Example:
        >>> romanize_russian_word("хруничева")
        'khrunicheva'
    """
    return _russian_forms(word)[0]


def russian_word_spellings(word: str) -> tuple[str, ...]:
    """One folded Cyrillic word under each of :data:`RUSSIAN_SCHEMES` and anglicised,
    each spelling once.

    Example:
        >>> russian_word_spellings("завод")
        ('zavod',)
    """
    return tuple(dict.fromkeys(_russian_forms(word)))


@lru_cache(maxsize=65536)
def _korean_reading(token: str, *, ng_codas: bool = False) -> str | None:
    """One Cyrillic token read letter by letter as Korean (final н as N), or None when a
    letter has no Korean reading. With ``ng_codas``, н closing a syllable inside the
    word (before a consonant: Канбон) is read ng, and so is a final one."""
    pieces: list[str] = []
    index = 0
    while index < len(token):
        pair = token[index : index + 2]
        digraph = _KOREAN_DIGRAPH_MAP.get(pair)
        if digraph is not None:
            pieces.append(digraph)
            index += 2
            continue
        char = token[index]
        index += 1
        if char == "е":
            previous = pieces[-1] if pieces else ""
            pieces.append("o" if previous in _PALATAL else "e" if previous in _PLAIN_E else "yo")
        elif char == "н" and token[index:].strip("ьъ") == "":
            # After и and ы the final is n (인, 은 are far more common than 잉, 응).
            if token[index - 2 : index - 1] in ("и", "ы"):
                pieces.append("n")
            else:
                pieces.append("ng" if ng_codas else AMBIGUOUS_FINAL)
            break
        elif char == "н" and ng_codas and token[index] in _CODA_FOLLOWERS:
            pieces.append("ng")
        elif char == "й" and pieces and pieces[-1][-1:] in _LATIN_VOWELS:
            pieces.append("i")  # Чой, as the press writes 최 (Choi)
        elif char in _KOREAN_LETTERS:
            pieces.append(_KOREAN_LETTERS[char].strip("-"))
        else:
            return None
    return "".join(pieces)


# Letters after which a н inside a word closes its syllable (a consonant, or ь/ъ before
# the next syllable's vowel): Кан|бон, Пхен|ьян.
_CODA_FOLLOWERS = frozenset("бвгджзклмнпрстфхцчшщьъ")
# Russian adjective endings a Korean place name takes ('Танчхонский' is of Tanchon).
_ADJECTIVE_ENDINGS = tuple(
    "ск" + ending for ending in ("ого", "ому", "ий", "ая", "ое", "ой", "ом", "ую", "ие", "их")
)
# Spellings only Korean words have in Cyrillic: Kontsevich's aspirates, э after a
# consonant (Тэдон, Хэсон), ы after к, г or х (Кымсан, Хынджин).
_KOREAN_ONLY = re.compile("чх|кх|тх|пх|чж|[бвгджзклмнпрстфхцчшщ]э|[кгх]ы")
# ... and, in a firm's name, spellings Russian names have too but Korean ones more often:
# ё after a consonant at the end (Корё), р with ё, ю or я first (Рёнбон; Рябов is Russian).
_KOREAN_LIKELY = re.compile("[^аеёиоуыэюя]ё$|^р[ёюя]")


@lru_cache(maxsize=4096)
def read_korean_cyrillic_word(word: str, *, korean_context: bool) -> str | None:
    """A proper name in a Korean body's name written in Cyrillic (Kontsevich), read as
    the lists romanise it, as one word: 'рёнбон' -> 'ryonbon', 'танчхонский' ->
    'tanchon' (a place adjective is read as its place). Every н closing a syllable is
    read n (Kontsevich writes ㄴ and ㅇ alike; the index meets an ng spelling one letter
    away; see :func:`read_korean_cyrillic_codas_ng` for words with two or more).

    Args:
        word: One folded Cyrillic word.
        korean_context: the name is a Korean body's ('Корейская ...', '... КНДР'). Else
            a word is read so only with a spelling Russian words do not have (чх, тэ, кы).

    Returns:
        The reading, or None when the word is not read as Korean.

    Example:
        >>> read_korean_cyrillic_word("танчхонский", korean_context=False)
        'tanchon'
        >>> read_korean_cyrillic_word("рёнбон", korean_context=True)
        'ryonbon'
        >>> read_korean_cyrillic_word("смоленский", korean_context=False) is None
        True
    """
    stem = _place_stem(word)
    if not (korean_context or _KOREAN_ONLY.search(stem) or _KOREAN_LIKELY.search(stem)):
        return None
    latin = _korean_reading(stem)
    return None if latin is None else latin.replace(AMBIGUOUS_FINAL, "n")


def _place_stem(word: str) -> str:
    """A Korean place adjective's place ('танчхонский' -> 'танчхон'); other words as
    they are."""
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def read_korean_cyrillic_codas_ng(word: str) -> str | None:
    """The other reading of a Korean word of :func:`read_korean_cyrillic_word` with two
    or more н closing its syllables: each read ng ('канбон' -> 'kangbong', 'тонхынсан'
    -> 'tonghungsang'); None for a word with fewer ('кымган', Kumgang: one н). With
    both readings, a name whose finals mix ㄴ and ㅇ is one letter from one of them when
    it has up to three.

    Example:
        >>> read_korean_cyrillic_codas_ng("канбон")
        'kangbong'
        >>> read_korean_cyrillic_codas_ng("рёнха") is None
        True
    """
    stem = _place_stem(word)
    plain, ng = _korean_reading(stem), _korean_reading(stem, ng_codas=True)
    if plain is None or ng is None or len(ng) - len(plain) < 2:  # a g added per final
        return None
    return ng


@lru_cache(maxsize=65536)
def _korean_syllables(token: str) -> tuple[str, ...] | None:
    """One Cyrillic token read as one Korean syllable, or as a two-syllable given name
    written together with a Korean consonant spelling (Ёчжон is Yo Jong), final н as N;
    None when it reads as neither."""
    latin = _korean_reading(token)
    if latin is None:
        return None
    plain = latin.replace(AMBIGUOUS_FINAL, "n")
    if is_korean_syllable(plain):
        return (latin,)
    if not any(marker in token for marker in _KOREAN_MARKERS):
        return None  # Иван, Анна, Олег: Russian names, though they split as Korean
    split = split_korean_syllables(plain)
    if split is None:
        return None
    first, last = split
    return (first, last[:-1] + AMBIGUOUS_FINAL if latin.endswith(AMBIGUOUS_FINAL) else last)


@lru_cache(maxsize=16384)
def romanize_cyrillic(text: str) -> tuple[str, ...]:
    """Latin candidate forms of a name in Cyrillic, folded and deduplicated.

    Russian readings come from the :data:`RUSSIAN_SCHEMES` plus an anglicised form
    (final -ий as -i, ks as x, -ndr as -nder: ``yuri``, ``alexander``). When every token
    (at most four) reads as one Korean syllable, or as a two-syllable given name written
    together (Ёчжон), Korean readings come first: Kontsevich spellings reversed (чх = ch,
    ы = u, final ль = l, е after ч = o, else yo; й after a vowel = i), with the
    ambiguous final н read as n or ng by name frequency, then each such final read the
    other way (one at a time, then all at once) as further Korean candidates.

    Args:
        text: A name in Cyrillic.

    Returns:
        Up to :data:`MAX_FORMS` folded candidate forms.

    Example:
        >>> romanize_cyrillic("Сергей Шойгу")
        ('sergey shoygu', 'sergei shoigu', 'sergei shoygu')
        >>> romanize_cyrillic("Александр")
        ('aleksandr', 'alexander')
        >>> romanize_cyrillic("Ким Чен Ын")[0]
        'kim jong un'
        >>> romanize_cyrillic("Ли Бен Чхоль")[0]
        'li byong chol'
    """
    return romanize_folded_cyrillic(fold_text(text))


def romanize_folded_cyrillic(folded: str) -> tuple[str, ...]:
    """:func:`romanize_cyrillic` of text already folded (see
    :func:`~sanctions_screen.normalize.text.fold_text`), as
    :func:`~sanctions_screen.normalize.forms.latin_forms` has it."""
    tokens = folded.split()
    if not tokens:
        return ()
    forms: list[str] = []
    syllables: list[str] = []
    for token in tokens if len(tokens) <= 4 else ():
        read = _korean_syllables(token)
        if read is None:
            syllables = []  # a Russian name: most fail on their first token
            break
        syllables.extend(read)
    per_token = [_russian_forms(t) for t in tokens]
    if syllables:
        forms += read_ambiguous_finals(syllables)
    elif any(_KOREAN_ONLY.search(t) for t in tokens):
        # Korean words of more syllables (a ship, a place: Чхонмасан) among Russian ones,
        # and their finals read ng where two or more are (Кымгансан: Kumgangsan).
        korean = [
            read_korean_cyrillic_word(t, korean_context=False) or options[0]
            for t, options in zip(tokens, per_token, strict=True)
        ]
        forms.append(" ".join(korean))
        ng = [
            (read_korean_cyrillic_codas_ng(t) if _KOREAN_ONLY.search(t) else None) or word
            for t, word in zip(tokens, korean, strict=True)
        ]
        if ng != korean:
            forms.append(" ".join(ng))
    for column in range(len(RUSSIAN_SCHEMES) + 1):
        forms.append(" ".join(options[column] for options in per_token))
    return tuple(dict.fromkeys(f for f in (fold_text(f) for f in forms) if f))[:MAX_FORMS]
