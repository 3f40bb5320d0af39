"""Which writing system a name is written in.

The matching engine picks a transliterator by script: Hangul names are romanised one
way, Han characters another, Cyrillic a third. Only letters count; digits, punctuation,
spaces and combining marks say nothing about the script.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["SCRIPTS", "detect_script"]

#: Every value :func:`detect_script` can return.
SCRIPTS: tuple[str, ...] = (
    "latin",
    "hangul",
    "han",
    "cyrillic",
    "arabic",
    "greek",
    "hebrew",
    "thai",
    "kana",
    "mixed",
    "unknown",
)

# Unicode blocks (inclusive code point ranges) of the scripts we tell apart. Latin is
# recognised by character name instead, because Latin letters are spread over a dozen
# blocks (Basic Latin, Latin-1, Extended-A/B/C/D/E, IPA, fullwidth forms, ...).
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x1C80, 0x1C8F, "cyrillic"),
    (0x2DE0, 0x2DFF, "cyrillic"),
    (0xA640, 0xA69F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0870, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"),
    (0x3130, 0x318F, "hangul"),
    (0xA960, 0xA97F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xD7B0, 0xD7FF, "hangul"),
    (0xFFA0, 0xFFDC, "hangul"),
    (0x3040, 0x309F, "kana"),
    (0x30A0, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0xFF66, 0xFF9F, "kana"),
    (0x1B000, 0x1B16F, "kana"),
    (0x2E80, 0x2FDF, "han"),
    (0x3005, 0x3007, "han"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
    (0x20000, 0x3134F, "han"),
)


@lru_cache(maxsize=8192)
def _char_script(char: str) -> str | None:
    """The script of one character, 'other' for letters of other scripts, None if no letter."""
    if not unicodedata.category(char).startswith("L") and char not in "\u3005\u3007":
        return None
    code = ord(char)
    for low, high, script in _BLOCKS:
        if low <= code <= high:
            return script
    if "LATIN" in unicodedata.name(char, ""):
        return "latin"
    return "other"


def detect_script(text: str) -> str:
    """The writing system of ``text``, judged by its letters only.

    Returns one of :data:`SCRIPTS`: a single script name when all letters belong to it;
    ``"kana"`` when any hiragana or katakana is present (Japanese mixes kana with Han);
    ``"mixed"`` when letters of more than one script occur; ``"unknown"`` when there is
    no letter at all or only letters of scripts not listed.

    Args:
        text: Any string.

    Returns:
        The script name.

    Example:
        >>> detect_script("Kim Jong-un")
        'latin'
        >>> detect_script("김정은")
        'hangul'
        >>> detect_script("金正恩")
        'han'
        >>> detect_script("山田たろう")
        'kana'
        >>> detect_script("KIM Kwang Yon 김광연")
        'mixed'
        >>> detect_script("12-34 / ()")
        'unknown'
    """
    if text.isascii():  # ASCII letters are exactly the ASCII characters with a case
        return "latin" if text.lower() != text.upper() else "unknown"
    found: set[str] = set()
    for char in set(text):
        script = _char_script(char)
        if script is not None:
            found.add(script)
    if "kana" in found:
        return "kana"
    if len(found) > 1:
        return "mixed"
    if not found or "other" in found:
        return "unknown"
    return found.pop()
