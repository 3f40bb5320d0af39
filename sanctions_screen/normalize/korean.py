"""Korean names: Hangul romanisation and phonetic keys for romanised syllables.

The lists write DPRK names in a McCune-Reischauer (MR) style without breves or
apostrophes, as the DPRK itself does (``KIM Jong Un``, ``RI Pyong Chol``, ``CHOE Ryong
Hae``), South Korean names in Revised Romanisation (RR) or a conventional spelling
(``Park``, ``Lee``, ``Choi``), and users type any of these. :func:`romanize_hangul`
writes a Hangul name in those styles; :func:`korean_token_key` (in
:mod:`sanctions_screen.normalize.korean_key`, re-exported here) maps every spelling of one
syllable to one key.
"""

from __future__ import annotations

from functools import lru_cache

from sanctions_screen.normalize.korean_key import (
    is_korean_syllable,
    korean_token_key,
    split_korean_syllables,
)
from sanctions_screen.normalize.text import fold_text

__all__ = [
    "hangul_jamo",
    "is_hangul_syllable",
    "is_korean_syllable",
    "korean_token_key",
    "romanize_hangul",
    "romanize_hangul_word",
    "split_korean_syllables",
]

_FIRST, _LAST = 0xAC00, 0xD7A3

# Jamo order as in Unicode (initial 19, medial 21, final 28). MR column: the DPRK/list
# style (no breves: ŏ -> o, ŭ -> u), word-initial (unvoiced) value for ㄱ ㄷ ㅂ; ㅈ is
# written j as the DPRK and the UN lists do (JONG, JANG, JO). RR column: Revised
# Romanisation of Korean (2000). Tables are split strings so each reads as one row.
_INITIAL_MR = "k kk n t tt r m p pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_INITIAL_VOICED = {"k": "g", "t": "d", "p": "b"}
_PLAIN_STOPS = frozenset({0, 3, 7})  # ㄱ ㄷ ㅂ (not the aspirated ㅋ ㅌ ㅍ)
_INITIAL_RR = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_MEDIAL_MR = "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split()  # noqa: SIM905
_MEDIAL_RR = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_FINAL = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()  # noqa: SIM905

# Finals after which MR voices a following ㄱ ㄷ ㅂ inside a word (vowel, n, l, m, ng).
_VOICING_FINALS = frozenset({"", "n", "l", "m", "ng"})

# Two-syllable surnames; anything else is read as a one-syllable surname.
_DOUBLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})

# Conventional (passport / press) spellings of common surnames, used for the third
# candidate. Sources: the spellings the EU and OFAC lists and South Korean passports use
# (LEE, PARK, CHOI, ...); only surnames whose conventional form differs from RR matter.
_SURNAMES_CONVENTIONAL: dict[str, str] = {
    "김": "kim",
    "이": "lee",
    "리": "li",
    "박": "park",
    "최": "choi",
    "정": "jung",
    "조": "cho",
    "강": "kang",
    "윤": "yoon",
    "임": "lim",
    "림": "lim",
    "오": "oh",
    "서": "suh",
    "신": "shin",
    "권": "kwon",
    "안": "ahn",
    "전": "jeon",
    "유": "yoo",
    "류": "ryu",
    "고": "ko",
    "문": "moon",
    "노": "roh",
    "로": "roh",
    "심": "shim",
    "성": "sung",
    "주": "joo",
    "우": "woo",
    "구": "koo",
    "현": "hyun",
    "변": "byun",
    "금": "keum",
    "곽": "kwak",
    "엄": "um",
    "석": "suk",
    "선": "sun",
    "육": "yook",
    "국": "kook",
}


def is_hangul_syllable(char: str) -> bool:
    """Whether ``char`` is one precomposed Hangul syllable (가 to 힣).

    Example:
        >>> is_hangul_syllable("김"), is_hangul_syllable("ㄱ"), is_hangul_syllable("k")
        (True, False, False)
    """
    return len(char) == 1 and _FIRST <= ord(char) <= _LAST


def hangul_jamo(char: str) -> tuple[int, int, int]:
    """The initial, medial and final of one Hangul syllable, as their indexes in Unicode
    order (19 initials, 21 medials, 28 finals with 0 for none).

    Example:
        >>> hangul_jamo("김"), hangul_jamo("가")
        ((0, 20, 16), (0, 0, 0))
    """
    initial, rest = divmod(ord(char) - _FIRST, 21 * 28)
    medial, final = divmod(rest, 28)
    return initial, medial, final


@lru_cache(maxsize=16384)
def _syllable(char: str, *, rr: bool, voiced: bool) -> tuple[str, str]:
    """One syllable in MR/DPRK or RR style, and its final's sound class."""
    initial, medial, final = hangul_jamo(char)
    onset = (_INITIAL_RR if rr else _INITIAL_MR)[initial]
    if voiced and not rr and initial in _PLAIN_STOPS:
        onset = _INITIAL_VOICED[onset]
    coda = _FINAL[final]
    coda = "" if coda == "-" else coda
    onset = "" if onset == "-" else onset
    return onset + (_MEDIAL_RR if rr else _MEDIAL_MR)[medial] + coda, coda


def _romanize_word(word: str, *, rr: bool) -> list[str]:
    """Each syllable of one Hangul word, MR voicing ㄱ ㄷ ㅂ after a voiced sound."""
    tokens: list[str] = []
    previous: str | None = None
    for char in word:
        if not is_hangul_syllable(char):
            # Other characters (jamo, Latin, digits) stay together as one token.
            if previous is None and tokens:
                tokens[-1] += char
            else:
                tokens.append(char)
            previous = None
            continue
        voiced = previous is not None and previous in _VOICING_FINALS
        token, previous = _syllable(char, rr=rr, voiced=voiced)
        tokens.append(token)
    return tokens


def romanize_hangul_word(word: str, *, rr: bool = False) -> str:
    """One Hangul word romanised as one word, as the lists write the proper part of a
    DPRK organisation's name: MR/DPRK style (``rr=False``) or Revised Romanisation.

    Example:
        >>> romanize_hangul_word("련봉"), romanize_hangul_word("청천강")
        ('ryonbong', 'chongchongang')
        >>> romanize_hangul_word("련봉", rr=True)
        'ryeonbong'
    """
    return "".join(_romanize_word(word, rr=rr))


def _name_words(text: str) -> tuple[list[str], bool]:
    """Split ``text`` into words; a lone 2-4 syllable word is split as surname + given name.

    Returns the words and whether the text looks like a personal name.
    """
    words = fold_text(text).split()
    if len(words) == 1 and 2 <= len(words[0]) <= 4 and all(map(is_hangul_syllable, words[0])):
        word = words[0]
        cut = 2 if word[:2] in _DOUBLE_SURNAMES and len(word) >= 3 else 1
        return [word[:cut], word[cut:]], True
    is_name = 2 <= len(words) <= 3 and all(len(w) <= 3 for w in words)
    return words, is_name and all(all(map(is_hangul_syllable, w)) for w in words)


@lru_cache(maxsize=16384)
def romanize_hangul(text: str) -> tuple[str, ...]:
    """Latin candidate forms of a Hangul name, most list-like first.

    Each syllable becomes one token, surname first as written. The candidates are:

    1. MR/DPRK list style, as the UN, EU and OFAC lists write DPRK names: no breves or
       apostrophes, ㄹ kept as ``r`` (리 -> ``ri``), ㅈ as ``j``, ㄱ ㄷ ㅂ voiced inside a
       given name after a vowel or n, l, m, ng (``pak il gyu``).
    2. Revised Romanisation (``gim jeong eun``).
    3. For personal names with a common surname, its conventional spelling followed by
       the RR given name (``park ji seong``, ``lee min ho``).

    Duplicates are removed, so there are one to three candidates; text without Hangul is
    returned folded as the only candidate. Tokens that are not Hangul are kept folded.

    Args:
        text: A name in Hangul (other characters are passed through folded).

    Returns:
        The candidate forms, each folded (``fold_text(form) == form``).

    Example:
        >>> romanize_hangul("김정은")
        ('kim jong un', 'gim jeong eun', 'kim jeong eun')
        >>> romanize_hangul("리병철")
        ('ri pyong chol', 'ri byeong cheol', 'li byeong cheol')
        >>> romanize_hangul("최룡해")[0]
        'choe ryong hae'
        >>> romanize_hangul("노광철")[0]
        'no kwang chol'
        >>> romanize_hangul("박지성")
        ('pak ji song', 'bak ji seong', 'park ji seong')
    """
    words, is_name = _name_words(text)
    if not words:
        return ()
    mr = [t for w in words for t in _romanize_word(w, rr=False)]
    rr = [t for w in words for t in _romanize_word(w, rr=True)]
    forms = [" ".join(mr), " ".join(rr)]
    surname = words[0]
    if is_name and surname in _SURNAMES_CONVENTIONAL:
        forms.append(" ".join([_SURNAMES_CONVENTIONAL[surname], *rr[1:]]))
    return tuple(dict.fromkeys(fold_text(f) for f in forms if f))
