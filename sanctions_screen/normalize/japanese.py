"""Japanese readings of names in kanji and kana, with the optional ``japanese`` extra.

A kanji has several readings, and the one a name takes depends on the word around it
(山田 is Yamada, 田 alone is den or ta): reading names needs a dictionary of words and a
morphological analyser. cutlet (MIT) romanises Japanese over MeCab (fugashi) and the
UniDic dictionary (unidic-lite); the dictionary takes 250 MB installed, so it is an
extra: ``pip install 'sanctions-screen[japanese]'``. Without it, kanji are read in
Korean and Chinese only (:mod:`~sanctions_screen.normalize.han`) and kana from their
Unicode names (:mod:`~sanctions_screen.normalize.other_scripts`).

Forms are Hepburn without macrons, folded, first with long vowels written short as
lists and passports mostly write them (Tarou -> Taro, Shinzou -> Shinzo), then as
cutlet writes them.
"""

from __future__ import annotations

import importlib
import threading
from functools import lru_cache
from typing import Protocol, cast

from sanctions_screen.normalize.text import fold_text

__all__ = ["japanese_available", "romanize_japanese", "shorten_long_vowels"]

_LOCK = threading.Lock()

# Long vowels as romaji writes them out, and as names are mostly spelt in Latin letters.
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))


class _Romanizer(Protocol):
    def romaji(self, text: str, capitalize: bool = ..., title: bool = ...) -> str: ...


@lru_cache(maxsize=1)
def _reader() -> _Romanizer | None:
    """cutlet's romaniser, made once; None when the extra is not installed."""
    try:
        cutlet = importlib.import_module("cutlet")
        return cast(_Romanizer, cutlet.Cutlet(system="hepburn", use_foreign_spelling=False))
    except (ImportError, RuntimeError):  # no cutlet, or no dictionary for MeCab
        return None


def japanese_available() -> bool:
    """Whether kanji names can be read in Japanese (the ``japanese`` extra is installed)."""
    return _reader() is not None


def shorten_long_vowels(romaji: str) -> str:
    """Long vowels written short, as names mostly are in Latin letters.

    Example:
        >>> shorten_long_vowels("abe shinzou"), shorten_long_vowels("oono yuuko")
        ('abe shinzo', 'ono yuko')
    """
    for long, short in _LONG_VOWELS:
        romaji = romaji.replace(long, short)
    return romaji


@lru_cache(maxsize=16384)
def romanize_japanese(text: str) -> tuple[str, ...]:
    """Japanese readings of a name in kanji and kana, folded, best first.

    Empty when the ``japanese`` extra is not installed, when the text has no letter, or
    when a character has no reading in the dictionary (a partial reading would be
    another name).

    Args:
        text: A name in kanji and/or kana ('山田太郎', '山田たろう').

    Returns:
        Up to two forms: long vowels written short ('yamada taro'), then as romanised
        ('yamada tarou') when that differs.
    """
    reader = _reader()
    if reader is None:
        return ()
    try:
        with _LOCK:  # one MeCab tagger: not to be used by two threads at once
            romaji = reader.romaji(text, capitalize=False)
    except Exception:  # cutlet's own errors, e.g. KeyError on unassigned kana
        # A reader that trips on one name must not stop screening: the name keeps its
        # other readings (Korean, Chinese, kana by Unicode names).
        return ()
    if "?" in romaji:
        return ()
    folded = fold_text(romaji)
    if not folded or not folded.isascii():
        return ()
    return tuple(dict.fromkeys((shorten_long_vowels(folded), folded)))
