"""Greek and Japanese kana to Latin, read from the Unicode character names.

The DPRK and Russia lists hold few Greek or Japanese names, so these are small
transliterators rather than a dependency: the Unicode name of a Greek letter or a kana
says how it is read (``GREEK SMALL LETTER ALPHA``, ``HIRAGANA LETTER KA``). Greek follows
ELOT 743 (the Greek passport standard) for letters and the common digraphs; kana
follows Hepburn. Arabic, Hebrew and Thai are not transliterated: written without
vowels (or with a tone-and-class system), a letter-by-letter Latin form would not be
the form lists use, so their names are matched in their own script (see
:func:`~sanctions_screen.normalize.forms.latin_forms`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sanctions_screen.normalize.text import fold_text

__all__ = ["romanize_greek", "romanize_kana"]

_GREEK_LETTERS: dict[str, str] = {
    "ALPHA": "a",
    "BETA": "v",
    "GAMMA": "g",
    "DELTA": "d",
    "EPSILON": "e",
    "ZETA": "z",
    "ETA": "i",
    "THETA": "th",
    "IOTA": "i",
    "KAPPA": "k",
    "LAMDA": "l",
    "MU": "m",
    "NU": "n",
    "XI": "x",
    "OMICRON": "o",
    "PI": "p",
    "RHO": "r",
    "SIGMA": "s",
    "TAU": "t",
    "UPSILON": "y",
    "PHI": "f",
    "CHI": "ch",
    "PSI": "ps",
    "OMEGA": "o",
}
# ELOT 743 digraphs, applied to the letter-by-letter result.
_GREEK_DIGRAPHS = (("oy", "ou"), ("gg", "ng"), ("gk", "gk"), ("ay", "av"), ("ey", "ev"))

# Kunrei-shiki syllables (as Unicode names spell them) that Hepburn writes otherwise.
_HEPBURN: dict[str, str] = {
    "si": "shi",
    "ti": "chi",
    "tu": "tsu",
    "hu": "fu",
    "zi": "ji",
    "di": "ji",
    "du": "zu",
    "wo": "o",
    "wi": "i",
    "we": "e",
}
_PALATAL_HEPBURN = {"shi": "sh", "chi": "ch", "ji": "j"}


@lru_cache(maxsize=4096)
def _letter_name(char: str) -> str:
    """The part of the Unicode name after 'LETTER', without modifiers ('WITH TONOS')."""
    name = unicodedata.name(char, "")
    _, _, letter = name.partition(" LETTER ")
    return letter.split(" WITH ")[0]


def romanize_greek(text: str) -> str:
    """Greek text in Latin letters (ELOT 743 letters and common digraphs), folded.

    Example:
        >>> romanize_greek("Αλέξανδρος"), romanize_greek("Νικόλαος"), romanize_greek("Γεώργιος")
        ('alexandros', 'nikolaos', 'georgios')
    """
    out: list[str] = []
    for char in fold_text(text):
        if "GREEK" in unicodedata.name(char, ""):
            out.append(_GREEK_LETTERS.get(_letter_name(char).removeprefix("FINAL "), ""))
        else:
            out.append(char)
    latin = "".join(out)
    for digraph, replacement in _GREEK_DIGRAPHS:
        latin = latin.replace(digraph, replacement)
    return fold_text(latin)


def romanize_kana(text: str) -> str:
    """Hiragana and katakana in Hepburn romanisation, folded; other characters are kept.

    Example:
        >>> romanize_kana("たなか はなこ"), romanize_kana("シンゾウ"), romanize_kana("きょうと")
        ('tanaka hanako', 'shinzou', 'kyouto')
    """
    out: list[str] = []
    double_next = False
    for char in fold_text(text):
        letter = _letter_name(char)
        name = unicodedata.name(char, "")
        if not ("HIRAGANA" in name or "KATAKANA" in name) or not letter:
            if "PROLONGED SOUND MARK" in name and out and out[-1]:
                out.append(out[-1][-1])  # ー lengthens the vowel before it
            elif "MIDDLE DOT" in name:
                out.append(" ")
            else:
                out.append(char)
            continue
        small = letter.startswith("SMALL ")
        syllable = letter.removeprefix("SMALL ").lower()
        if small and syllable == "tu":
            double_next = True  # っ: the next consonant is doubled
            continue
        if small and syllable in ("ya", "yu", "yo") and out and out[-1].endswith("i"):
            previous = out.pop()
            stem = _PALATAL_HEPBURN.get(previous, previous[:-1] + "y")
            syllable = stem + syllable[1:]
        else:
            syllable = _HEPBURN.get(syllable, syllable)
        if double_next and syllable[:1].isalpha() and syllable[0] not in "aeiou":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double_next = False
        out.append(syllable)
    return fold_text("".join(out))
