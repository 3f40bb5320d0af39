"""Korean names written in katakana, read back as Korean syllables.

Japanese lists and press write Korean names in katakana, a syllable as one or two kana
and a final consonant as a kana of its own: 김정은 is キム・ジョンウン (ki-mu, jo-n, u-n),
리병철 リ・ビョンチョル, 박 パク. Read as Japanese (Hepburn) that is ``kimu jonun``, which
meets no list. :func:`read_korean_katakana` groups the kana into Korean syllables
instead: a syllable starts with a kana of consonant and vowel, and ン, ム, ル, ク, プ or ッ
after it is its final (ン is n or ng, see
:mod:`~sanctions_screen.normalize.korean_finals`). Katakana cannot tell ㅓ from ㅗ or ㅐ
from ㅔ, so the syllables are spelt as Japanese hears them (jon, he); their Korean keys
(:func:`~sanctions_screen.normalize.korean_key.korean_token_key`) meet the list forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctions_screen.normalize.korean_finals import AMBIGUOUS_FINAL, read_ambiguous_finals
from sanctions_screen.normalize.korean_key import is_korean_syllable
from sanctions_screen.normalize.other_scripts import romanize_kana

__all__ = ["read_korean_katakana", "read_korean_katakana_word", "read_korean_ship_katakana"]

# Kana written after a syllable for its final consonant.
_FINALS = {"ン": AMBIGUOUS_FINAL, "ム": "m", "ル": "l", "ク": "k", "プ": "p", "ッ": "t"}
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_SMALL_Y = frozenset("ャュョ")
_SEPARATORS = frozenset(" ・･")
# A Korean name: a surname of one or two syllables, a given name of one to three.
_MOST_SYLLABLES = 5


def _morae(word: str) -> list[str] | None:
    """The kana of a katakana word grouped into morae (a kana with its small kana)."""
    morae: list[str] = []
    for char in word:
        if char == "ー":
            continue  # a long vowel: Korean does not write it
        if char in _SMALL_Y or char in _SMALL_VOWELS:
            if not morae:
                return None
            morae[-1] += char
        elif "\u30a1" <= char <= "\u30fa":
            morae.append(char)
        else:
            return None
    return morae


def _mora_latin(mora: str) -> str:
    """A mora in Latin, a small vowel making a glide (クァ kwa, ウォ wo, ファ hwa, チェ che,
    イェ ye, トゥ tu)."""
    vowel = _SMALL_VOWELS.get(mora[-1]) if len(mora) > 1 else None
    if vowel is None:
        return romanize_kana(mora)
    base = romanize_kana(mora[:-1])
    if base == "fu":
        return "hw" + vowel
    if base in ("u", "i"):
        return ("w" if base == "u" else "y") + vowel
    if base.endswith("u") and vowel != "u":
        return base[:-1] + "w" + vowel
    return base[:-1] + vowel


def _syllables(word: str) -> list[str] | None:
    morae = _morae(word)
    if not morae:
        return None
    syllables: list[str] = []
    closed = False
    for mora in morae:
        final = _FINALS.get(mora)
        if final is not None and syllables and not closed:
            syllables[-1] += final
            closed = True
            continue
        syllables.append(_mora_latin(mora))
        closed = False
    return syllables


def _words(text: str) -> list[str]:
    """The words of a katakana name, apart at spaces and middle dots."""
    return "".join(" " if c in _SEPARATORS else c for c in text).split()


def _words_syllables(words: list[str], *, most: int | None = None) -> list[str] | None:
    """The syllables of ``words`` in order, or None when a word does not read as
    syllables (or as more than ``most`` of them)."""
    syllables: list[str] = []
    for word in words:
        read = _syllables(word)
        if read is None or (most is not None and len(read) > most):
            return None
        syllables += read
    return syllables


def _all_korean(syllables: list[str]) -> bool:
    """Whether every syllable is one Korean has (an ambiguous final read as n)."""
    return all(is_korean_syllable(s.replace(AMBIGUOUS_FINAL, "n")) for s in syllables)


@lru_cache(maxsize=4096)
def read_korean_katakana_word(word: str) -> str | None:
    """A Korean proper name in katakana inside a Japanese name (a firm's, a place's) read
    as one romanised word, each syllable as :func:`read_korean_katakana` reads it and ン as
    n: 'リョンボン' -> 'ryonbon', 'タンチョン' -> 'tanchon'. None when a syllable is not
    Korean.

    Example:
        >>> read_korean_katakana_word("リョンボン"), read_korean_katakana_word("タンチョン")
        ('ryonbon', 'tanchon')
        >>> read_korean_katakana_word("ヴィクトル") is None  # vi: no Korean syllable
        True
    """
    syllables = _syllables(word)
    if syllables is None or not _all_korean(syllables):
        return None
    return "".join(syllables).replace(AMBIGUOUS_FINAL, "n")


# A ship's name in katakana, maybe a hull number, and the ship suffix 号 (チョンマサン号).
_SHIP = re.compile("([\u30a1-\u30ff・･ ]+?)\\s*(\\d*)\\s*[号號]")


@lru_cache(maxsize=4096)
def read_korean_ship_katakana(text: str) -> tuple[str, ...]:
    """A DPRK ship's name as Japanese writes it, katakana and the suffix 号, read as the
    lists romanise DPRK ships: Korean syllables apart, the hull number after them; empty
    when it is not such a name.

    Example:
        >>> "chon ma san" in read_korean_ship_katakana("チョンマサン号")
        True
        >>> read_korean_ship_katakana("ジソン6号")[0]
        'ji song 6'
        >>> read_korean_ship_katakana("トヨタ")
        ()
    """
    found = _SHIP.fullmatch(text)
    if found is None:
        return ()
    syllables = _words_syllables(_words(found[1]))
    if syllables is None or len(syllables) < 2 or not _all_korean(syllables):
        return ()
    number = f" {found[2]}" if found[2] else ""
    return tuple(reading + number for reading in read_ambiguous_finals(syllables))


@lru_cache(maxsize=4096)
def read_korean_katakana(text: str) -> tuple[str, ...]:
    """Readings of a name in katakana as a Korean name, best first; empty when it does
    not read as one (not two or three words, a word that is not katakana, a syllable
    Korean does not have, more than five syllables).

    Args:
        text: The name, folded (words separated by spaces or a middle dot).

    Example:
        >>> read_korean_katakana("キム・ジョンウン")[0]
        'kim jong un'
        >>> read_korean_katakana("リ・ビョンチョル")[0]
        'ri byong chol'
        >>> read_korean_katakana("チェ・リョンヘ")[0]
        'choe ryong he'
        >>> read_korean_katakana("トヨタ・ジドウシャ・カブシキガイシャ")
        ()
    """
    words = _words(text)
    if not 2 <= len(words) <= 3:
        return ()  # surname and given name apart, as Japanese writes Korean names
    syllables = _words_syllables(words, most=3)
    if syllables is None or not 2 <= len(syllables) <= _MOST_SYLLABLES:
        return ()
    if not _all_korean(syllables):
        return ()
    readings = read_ambiguous_finals(syllables)
    if syllables[0] == "che":
        # Katakana has no oe: the surname 최 (Choe), far more common than 채, is チェ.
        readings = read_ambiguous_finals(["choe", *syllables[1:]]) + readings
    return tuple(readings)
