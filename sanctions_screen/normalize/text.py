"""Folding text to the comparable form every other normaliser starts from.

Lists write the same name as ``CH'OE``, ``Ch’oe``, ``Ch'oe`` and ``CHOE``; ``Kim Jong-un``
and ``KIM Jong Un``; ``Sö`` and ``So``. :func:`fold_text` removes those differences:
Unicode compatibility forms, case, diacritics on Latin letters, apostrophes (which in
McCune-Reischauer stand for aspiration or a lost breve) and punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sanctions_screen.normalize.homoglyphs import repair_homoglyphs

__all__ = ["APOSTROPHES", "fold_text", "tokenize"]

#: Characters deleted outright: ASCII and typographic apostrophes, the modifier letters
#: used for them in romanisation (ʼ ʻ ʹ), grave and acute accents written as spacing
#: characters, and primes. Deleting rather than spacing keeps "Ch'oe" one token.
APOSTROPHES = "'\u2019\u2018\u201b\u02bc\u02bb\u02b9\u02bd\u0060\u00b4\u2032\uff07"

_DELETE = dict.fromkeys(map(ord, APOSTROPHES))
# Before NFKC: the numero sign is punctuation, not the Latin letters NFKC makes of it ('No'
# inside a Cyrillic name made a Latin run of its own: 'Завод № 9').
_BEFORE_NFKC = _DELETE | {ord("№"): " "}

# The ASCII fast path: the same result as the general path for ASCII text (NFKC and
# casefold change nothing there but case), in one C-level translate.
_ASCII_TABLE = {
    c: (None if chr(c) in APOSTROPHES else chr(c).lower() if chr(c).isalnum() else " ")
    for c in range(128)
}

# Latin letters that have no canonical decomposition but an accepted ASCII spelling.
_LATIN_SPECIAL: dict[str, str] = {
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ħ": "h",
    "ŧ": "t",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ß": "ss",
    "ŀ": "l",
    "ĸ": "k",
    "ŉ": "n",
}


# Folded text made only of these is its own fold: ASCII, and letters of Cyrillic (а-џ),
# Greek (α-ω but final ς, which casefolds to σ), Arabic, Hangul syllables and common Han
# that NFKC, casefold and NFC leave as they are and that compose with nothing.
_STABLE = re.compile(
    "[\x20-\x7e\u0430-\u045f\u03b1-\u03c1\u03c3-\u03c9\u0621-\u063a\u0641-\u064a"
    "\uac00-\ud7a3\u4e00-\u9fff]*"
)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Fold one character of casefolded NFKC text (see :func:`fold_text`)."""
    if char.isascii():
        if char.isalnum():
            return char
        return " "
    category = unicodedata.category(char)
    if category[0] in "LN":
        if "LATIN" not in unicodedata.name(char, ""):
            return char
        if char in _LATIN_SPECIAL:
            return _LATIN_SPECIAL[char]
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        return base if base else char
    return " "


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.translate(_BEFORE_NFKC)).casefold()
    text = text.translate(_DELETE)
    out: list[str] = []
    for char in text:
        if not char.isascii() and unicodedata.category(char)[0] == "M":
            # A combining mark: dropped after an ASCII letter (a Latin diacritic written
            # decomposed), kept after any other letter (Cyrillic breve, Thai vowels).
            if not out or out[-1].isascii():
                continue
            out.append(char)
        else:
            out.append(_fold_char(char))
    return " ".join(unicodedata.normalize("NFC", "".join(out)).split())


@lru_cache(maxsize=65536)
def fold_text(text: str) -> str:
    """The comparable form of a name: NFKC, casefolded, ASCII-folded Latin, no punctuation.

    Steps: NFKC; casefold; delete apostrophes of every kind (:data:`APOSTROPHES`);
    reduce accented Latin letters to ASCII (non-Latin letters are kept as they are);
    turn hyphens and all other punctuation and symbols into spaces; collapse whitespace;
    read look-alike letters of another script inside a word in the word's own script
    (:func:`~sanctions_screen.normalize.homoglyphs.repair_homoglyphs`).
    Idempotent: ``fold_text(fold_text(x)) == fold_text(x)``.

    Args:
        text: Any string.

    Returns:
        The folded text, possibly empty.

    Example:
        >>> fold_text("CH’OE Sŏk-min")
        'choe sok min'
        >>> fold_text("So'k  Min,  L.L.C.")
        'sok min l l c'
        >>> fold_text("Сергей ШОЙГУ")
        'сергей шойгу'
        >>> fold_text("Müller-Lüdenscheidt & Co.")
        'muller ludenscheidt co'
        >>> fold_text("Андрiй ПIНЧУК")  # Latin i typed for the Ukrainian і
        'андрій пінчук'
        >>> fold_text("Завод № 9")
        'завод 9'
    """
    if text.isascii():
        return " ".join(text.translate(_ASCII_TABLE).split())
    folded = _fold_once(text)
    if folded.isascii():
        return folded  # folded ASCII text is its own fold (most accented Latin names)
    if _STABLE.fullmatch(folded):
        return repair_homoglyphs(folded)  # another pass would change nothing
    # One more pass reaches the fixed point for the rare characters whose casefold or
    # NFC is not stable under NFKC (found by the hypothesis tests).
    again = _fold_once(folded)
    while again != folded:
        folded, again = again, _fold_once(again)
    return repair_homoglyphs(folded)


def tokenize(text: str) -> tuple[str, ...]:
    """The tokens of the folded text.

    Args:
        text: Any string; it is folded with :func:`fold_text` first (folding is
            idempotent, so already folded text is fine).

    Returns:
        The whitespace-separated tokens of the folded text.

    Example:
        >>> tokenize("RI Pyong-chol")
        ('ri', 'pyong', 'chol')
        >>> tokenize(" - ")
        ()
    """
    return tuple(fold_text(text).split())
