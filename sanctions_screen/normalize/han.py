"""Names in Han characters: Sino-Korean (Hanja) and Mandarin (pinyin) readings.

A name in Han characters in a DPRK context may be Korean (金正恩, Kim Jong Un) or
Chinese (金铁三, Jin Tiesan, an alias of KIM Chol Sam). :func:`romanize_han` returns both
readings; the matcher keeps the one that fits. The ``hanja`` and ``pypinyin`` packages
are reached only through the two small typed wrappers below.
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from sanctions_screen.normalize.korean import romanize_hangul
from sanctions_screen.normalize.text import fold_text

try:  # the raw table: the DPRK does not apply the South's initial-sound rule (李 = 리)
    from hanja.table import hanja_table  # type: ignore[import-untyped, unused-ignore]
except ImportError:  # pragma: no cover - layout of hanja < 0.13
    hanja_table = {}
_HANJA_TABLE: dict[str, str] = hanja_table

__all__ = ["pinyin_syllables", "romanize_han", "sino_korean_reading"]

# Surname readings that differ from the character's usual reading. Korean: 金 is read 김
# as a surname, 금 otherwise. Mandarin: pypinyin reads 曾 as ceng, 单 as dan, ...; as
# surnames they are Zeng, Shan, ... (standard Mandarin surname readings).
_KOREAN_SURNAMES: dict[str, str] = {"金": "김"}
_PINYIN_SURNAMES: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "單": "shan",
    "仇": "qiu",
    "区": "ou",
    "區": "ou",
    "解": "xie",
    "查": "zha",
    "盖": "ge",
    "蓋": "ge",
    "秘": "bi",
    "覃": "qin",
    "乐": "yue",
    "樂": "yue",
    "缪": "miao",
    "繆": "miao",
    "翟": "zhai",
    "种": "chong",
    "朴": "piao",
    "重": "chong",
    "长": "chang",
    "長": "chang",
}
# Two-character Chinese surnames (the common ones); the given name follows them.
_DOUBLE_SURNAMES = frozenset(
    [
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "东方",
        "東方",
        "皇甫",
        "尉迟",
        "尉遲",
        "公孙",
        "公孫",
        "慕容",
        "令狐",
        "长孙",
        "長孫",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "軒轅",
        "端木",
        "独孤",
        "獨孤",
        "南宫",
        "南宮",
        "西门",
        "西門",
        "呼延",
        "单于",
        "單于",
    ]
)


def _is_han(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


def sino_korean_reading(text: str, *, surname: bool = True) -> str | None:
    """The Hangul (Sino-Korean) reading of Han characters, or None if any is unknown.

    Readings come from the ``hanja`` package's table, without the South Korean
    initial-sound rule (李 stays 리, as written in the DPRK); 金 as the first character
    (the surname) is read 김, unless ``surname`` is False (a firm's name: 金山 is 금산).
    Characters that are not Han are kept.

    Example:
        >>> sino_korean_reading("金正恩"), sino_korean_reading("李明")
        ('김정은', '리명')
    """
    out: list[str] = []
    for index, char in enumerate(text):
        if not _is_han(char):
            out.append(char)
            continue
        reading = _KOREAN_SURNAMES.get(char) if index == 0 and surname else None
        reading = reading or _HANJA_TABLE.get(char)
        if not isinstance(reading, str):
            return None
        out.append(reading)
    return "".join(out)


def pinyin_syllables(text: str) -> list[str]:
    """Toneless pinyin syllables of ``text`` (ü written u after folding).

    Example:
        >>> pinyin_syllables("丹东")
        ['dan', 'dong']
    """
    syllables: list[str] = lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors="ignore")
    return [fold_text(s) for s in syllables if fold_text(s)]


def _pinyin_forms(run: str) -> list[str]:
    """'xi jinping' and 'xi jin ping' for one run of Han characters."""
    cut = 2 if run[:2] in _DOUBLE_SURNAMES and len(run) >= 3 else 1
    surname = _PINYIN_SURNAMES.get(run[0]) if cut == 1 else None
    head = [surname] if surname else pinyin_syllables(run[:cut])
    tail = pinyin_syllables(run[cut:])
    if not head and not tail:
        return []
    forms = [" ".join(head + tail)]
    if 2 <= len(run) <= 4 and len(tail) > 1:
        forms.insert(0, " ".join(["".join(head), "".join(tail)]))
    elif cut == 2:
        forms.insert(0, " ".join(["".join(head), *tail]))
    return forms


@lru_cache(maxsize=16384)
def romanize_han(text: str) -> tuple[str, ...]:
    """Latin candidate forms of a name in Han characters: Korean and Mandarin readings.

    Candidates, deduplicated, in this order:

    1. the Sino-Korean reading (via :func:`sino_korean_reading`) romanised with
       :func:`~sanctions_screen.normalize.korean.romanize_hangul` (MR/DPRK and RR forms),
       when every character has a reading (simplified-only characters may not);
    2. Mandarin pinyin without tones as names are written: surname, then the given name
       joined (``xi jinping``);
    3. pinyin with every syllable separate (``xi jin ping``).

    Non-Han characters are kept folded. Japanese kanji names get Chinese/Korean readings,
    not Japanese ones (a known limit).

    Args:
        text: A name in Han characters.

    Returns:
        Up to five folded candidate forms.

    Example:
        >>> romanize_han("金正恩")[0]
        'kim jong un'
        >>> romanize_han("习近平")[-2:]
        ('xi jinping', 'xi jin ping')
        >>> "wang wei" in romanize_han("王伟"), "li ming" in romanize_han("李明")
        (True, True)
    """
    folded = fold_text(text)
    if not folded:
        return ()
    forms: list[str] = []
    reading = sino_korean_reading(folded)
    if reading is not None and reading != folded:
        forms.extend(romanize_hangul(reading)[:2])
    pinyin_words: list[list[str]] = []
    for word in folded.split():
        if any(map(_is_han, word)):
            pinyin_words.append(_pinyin_forms(word) or [word])
        else:
            pinyin_words.append([word])
    joined = " ".join(options[0] for options in pinyin_words)
    separate = " ".join(options[-1] for options in pinyin_words)
    forms.extend([joined, separate])
    return tuple(dict.fromkeys(f for f in (fold_text(f) for f in forms) if f))
