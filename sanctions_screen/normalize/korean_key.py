"""A syllable grammar for romanised Korean, and phonetic keys built on it.

One Korean syllable is romanised a dozen ways: 정 is ``jong``, ``jeong``, ``chong``,
``chung``, ``joung``; 리 is ``ri``, ``li``, ``lee``, ``yi``, ``rhee``, ``i``. Instead of a
list of spellings, a token is parsed as onset + vowel + coda, each part reduced to a
sound class, and the key is the canonical spelling of the classes:

- onsets: aspiration, tensing and voicing merge (k/g/kh/kk, t/d/th, p/b/ph, j/ch/tch/dj,
  s/sh/ss); r, l and no onset merge (DPRK ``ri`` = South ``i``), as do n and no onset
  before y (``nyong`` = ``yong``);
- vowels: eo/o/u/eu/oo/ou merge (the lists write 성 ``song``, ``sung``, ``seong``);
  yeo/yo/yu/you merge; ae/e/ai merge; oe/oi/we/wae merge (최 ``choe``/``choi``);
  ee/i/yi/ui merge (희 ``hui``/``hee``); a trailing h or an r before a coda is a spelling
  of vowel length (``oh``, ``ahn``, ``park``);
- codas: k/g, t/d/s, l/r, p/b merge; n, ng and m stay apart.

Distinct common syllables stay apart: kim/pak, jong/jang, chol/choe, un/in, song/sang,
son/song, ho/hyo, il/yol (see the tests for the full table).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "is_korean_syllable",
    "korean_token_key",
    "split_korean_syllables",
    "split_korean_word",
]

# Spelling -> onset class, tried longest first. "" is the r/l/zero class.
_ONSETS: dict[str, str] = {
    "tsch": "j",  # German transcription of ㅈ/ㅊ ('Kim Tschong Il')
    "dsch": "j",  # ... and of ㅈ before a vowel ('Dschang')
    "dzh": "j",  # Russian-style transliteration of ㅈ (Дж)
    "dz": "j",  # Polish/Russian-style 'Dzong'
    "tch": "j",
    "dj": "j",
    "tj": "j",
    "jj": "j",
    "chh": "j",
    "ch": "j",
    "j": "j",
    "kk": "k",
    "kh": "k",
    "k": "k",
    "g": "k",
    "tt": "t",
    "th": "t",
    "t": "t",
    "d": "t",
    "pp": "p",
    "ph": "p",
    "p": "p",
    "b": "p",
    "ss": "s",
    "sh": "s",
    "s": "s",
    "h": "h",
    "m": "m",
    "n": "n",
    "rh": "",
    "r": "",
    "l": "",
    "": "",
}

# Spelling -> vowel class (the class is its own canonical spelling).
_VOWELS: dict[str, str] = {
    "wae": "oe",
    "woe": "oe",
    "weo": "wo",
    "woo": "o",
    "yeo": "yo",
    "yae": "ye",
    "you": "yo",
    "yoo": "yo",
    "eui": "i",
    "eo": "o",
    "eu": "o",
    "oo": "o",
    "ou": "o",
    "ae": "ae",
    "ai": "ae",
    "oe": "oe",
    "oi": "oe",
    "we": "oe",
    "wa": "wa",
    "oa": "wa",
    "wo": "wo",
    "wi": "wi",
    "ui": "i",
    "ya": "ya",
    "ye": "ye",
    "yo": "yo",
    "yu": "yo",
    "yi": "i",
    "ee": "i",
    "a": "a",
    "e": "ae",
    "i": "i",
    "o": "o",
    "u": "o",
    "wu": "o",
    "y": "i",
}

# Spelling -> coda class.
_CODAS: dict[str, str] = {
    "ng": "ng",
    "ck": "k",
    "k": "k",
    "g": "k",
    "n": "n",
    "m": "m",
    "t": "t",
    "d": "t",
    "s": "t",
    "l": "l",
    "r": "l",
    "p": "p",
    "b": "p",
    "": "",
}


def _alternatives(spellings: list[str]) -> str:
    return "|".join(map(re.escape, spellings))


# A coda may be written after an h or r that only marks vowel length ("ahn", "park"), and
# a final h alone is such a mark ("oh").
_CODA_SPELLINGS = [
    *(mark + coda for mark in "hr" for coda in _CODAS if coda),
    *(coda for coda in _CODAS if coda),
    "h",
    "",
]
# One syllable: onset, vowel and coda spellings, each tried longest first. The regular
# expression engine backtracks through them in that order, so the first reading found is
# the one a hand-written loop over the tables would find, at C speed. No spelling has f,
# q, v, x, nor a z but in dz: tokens with those letters do not match.
_SYLLABLE = re.compile(
    f"({_alternatives(sorted(_ONSETS, key=len, reverse=True))})"
    f"({_alternatives(sorted(_VOWELS, key=len, reverse=True))})"
    f"({_alternatives(_CODA_SPELLINGS)})"
)
_LONGEST_TOKEN = 9  # "tchyaeng" is 8 letters; nothing longer is one syllable
# Two to four syllables run together, matched whole: a word that does not match cannot
# be cut into so many syllables, and most words are turned away by it at C speed
# ('smith', 'ivanov') before the cuts are tried one by one.
_MOST_SYLLABLES = 4
_SPLITTABLE = re.compile(f"(?:{_SYLLABLE.pattern.replace('(', '(?:')}){{2,{_MOST_SYLLABLES}}}")

# Syllables frequent in DPRK names (UN KPi and EU annex XIII/XV names), used only to
# choose between two segmentations of a run-together given name. Keyed at import time.
_COMMON_SYLLABLES = (
    "kim ri pak choe jong un il chol song yong kwang nam ho su hyok myong sok kyong chon sik"
    " man hak jin min gil gun guk hun han tong jang jo pyong yu hong sang ok kang mu hwa"
    " ryong sam sop won gyu jae hae hui in chang ae ye u ju chun nyo bok bom kum gon"
)


@lru_cache(maxsize=65536)
def _parse(token: str) -> tuple[str, str, str] | None:
    """Onset, vowel and coda classes of one romanised syllable, or None."""
    if len(token) > _LONGEST_TOKEN:
        return None
    found = _SYLLABLE.fullmatch(token)
    if found is None:
        return None
    onset, vowel, coda = found.groups()
    if coda not in _CODAS:
        coda = coda[1:]  # a length mark before a coda, or a final h alone
    onset_class = _ONSETS[onset]
    vowel_class = _VOWELS[vowel]
    if onset_class == "n" and vowel_class.startswith("y"):
        onset_class = ""  # nyong = yong (South Korean initial-sound rule)
    return onset_class, vowel_class, _CODAS[coda]


def is_korean_syllable(token: str) -> bool:
    """Whether ``token`` reads as one romanised Korean syllable (in any common system).

    Args:
        token: One folded token (lowercase ASCII).

    Example:
        >>> [is_korean_syllable(t) for t in ("kwang", "choe", "tcheul", "hyeok", "vladimir")]
        [True, True, True, True, False]
    """
    return _parse(token) is not None


@lru_cache(maxsize=65536)
def korean_token_key(token: str) -> str:
    """The phonetic key of one romanised Korean syllable; other tokens are returned as is.

    Spelling variants of one syllable get the same key (see the module docstring for the
    rules). The key is itself a syllable whose key is the key (idempotent).

    Args:
        token: One folded token (lowercase ASCII); run-together given names should be
            split first with :func:`split_korean_syllables`.

    Returns:
        The key, or ``token`` unchanged when it is not a Korean syllable.

    Example:
        >>> [korean_token_key(t) for t in ("ri", "lee", "rhee", "yi", "i", "li")]
        ['i', 'i', 'i', 'i', 'i', 'i']
        >>> [korean_token_key(t) for t in ("jong", "jeong", "chong", "chung", "joung")]
        ['jong', 'jong', 'jong', 'jong', 'jong']
        >>> korean_token_key("park"), korean_token_key("choi"), korean_token_key("young")
        ('pak', 'joe', 'yong')
        >>> korean_token_key("jang") == korean_token_key("jong")
        False
        >>> korean_token_key("putin")
        'putin'
    """
    parsed = _parse(token)
    if parsed is None:
        return token
    return "".join(parsed)


def _may_split(token: str) -> bool:
    """Whether ``token`` may be two to four syllables run together: a necessary
    condition, checked in C (the length first: the expression backtracks)."""
    return len(token) <= _MOST_SYLLABLES * _LONGEST_TOKEN and (
        _SPLITTABLE.fullmatch(token) is not None
    )


@lru_cache(maxsize=16384)
def split_korean_syllables(token: str) -> tuple[str, ...] | None:
    """Split a run-together two-syllable given name (``jongun`` -> ``jong``, ``un``).

    When several cuts give two syllables, the one whose halves are common in DPRK names
    wins; a tie goes to a first half ending in ``ng`` (names written ``Jongun`` are far
    more often 정은 than 전군). A token that is already one syllable is not split.

    Args:
        token: One folded token (lowercase ASCII).

    Returns:
        The two syllables, or None when ``token`` is one syllable or cannot be read as two.

    Example:
        >>> split_korean_syllables("jongun")
        ('jong', 'un')
        >>> split_korean_syllables("kwangchol")
        ('kwang', 'chol')
        >>> split_korean_syllables("pyongchol")
        ('pyong', 'chol')
        >>> split_korean_syllables("kwang") is None, split_korean_syllables("ivanov") is None
        (True, True)
    """
    if _parse(token) is not None or not _may_split(token):
        return None
    return _cut_two(token)


def _cut_two(token: str) -> tuple[str, str] | None:
    """The best cut of ``token`` into two syllables (see :func:`split_korean_syllables`),
    tried one by one."""
    best: tuple[int, tuple[str, str]] | None = None
    for cut in range(1, len(token)):
        left, right = token[:cut], token[cut:]
        left_parsed, right_parsed = _parse(left), _parse(right)
        if left_parsed is None or right_parsed is None:
            continue
        score = 2 * (korean_token_key(left) in _COMMON_KEYS)
        score += 2 * (korean_token_key(right) in _COMMON_KEYS)
        score += left.endswith("ng")
        if best is None or score > best[0]:
            best = (score, (left, right))
    return None if best is None else best[1]


_COMMON_KEYS = frozenset(map(korean_token_key, _COMMON_SYLLABLES.split()))


@lru_cache(maxsize=16384)
def split_korean_word(token: str, *, most: int = 4) -> tuple[str, ...] | None:
    """Split a word of two to ``most`` Korean syllables run together (a ship's name as
    users type it: ``chonmasan`` -> ``chon``, ``ma``, ``san``).

    Of the cuts into syllables, the one with the fewest pieces wins, then the one with
    the most syllables common in DPRK names, then with more syllables ending in ``ng``;
    a word that is one syllable, or no cut of it, gives None.

    Example:
        >>> split_korean_word("chonmasan"), split_korean_word("ryesonggang")
        (('chon', 'ma', 'san'), ('rye', 'song', 'gang'))
        >>> split_korean_word("kwang") is None, split_korean_word("smith") is None
        (True, True)
    """
    if _parse(token) is not None or (most <= _MOST_SYLLABLES and not _may_split(token)):
        return None
    return _cut_word(token, most)


def _cut_word(token: str, most: int) -> tuple[str, ...] | None:
    """The best cut of ``token`` into two to ``most`` syllables (see
    :func:`split_korean_word`), by dynamic programming over the cut points."""
    # best[i]: the best cut of token[:i] as ((-pieces, common, ng), pieces).
    best: list[tuple[tuple[int, int, int], tuple[str, ...]] | None] = [None] * (len(token) + 1)
    best[0] = ((0, 0, 0), ())
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 6), end):
            done = best[start]
            piece = token[start:end]
            if done is None or len(done[1]) >= most or _parse(piece) is None:
                continue
            (pieces, common, ng), cut = done
            score = (
                pieces - 1,
                common + (korean_token_key(piece) in _COMMON_KEYS),
                ng + piece.endswith("ng"),
            )
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, (*cut, piece))
    final = best[len(token)]
    return None if final is None or len(final[1]) < 2 else final[1]
