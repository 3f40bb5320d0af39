"""Korean finals a script does not tell apart: ㄴ and ㅇ written alike.

Kontsevich Cyrillic writes both as н (Пхеньян, Ким Чен Ын) and katakana both as ン
(キム・ジョンウン): a syllable read from them ends in n or ng. :func:`read_ambiguous_finals`
reads each such final by how DPRK names use it, then gives the other readings.
"""

from __future__ import annotations

from sanctions_screen.normalize.korean_key import korean_token_key

__all__ = ["AMBIGUOUS_FINAL", "read_ambiguous_finals"]

AMBIGUOUS_FINAL = "N"
"""Marks a syllable's final that is n or ng (``joN``)."""

# Syllables whose ng reading is the far more common one in DPRK names (광 over 관, 정 over
# 전, 영 over 연, judged on the UN KPi and EU annex names) read the final as ng first.
_NG_FIRST = frozenset(
    map(
        korean_token_key,
        [
            "kang",
            "kwang",
            "hwang",
            "wang",
            "jang",
            "yang",
            "pang",
            "sang",
            "tong",
            "hong",
            "song",
            "jong",
            "yong",
            "myong",
            "pyong",
            "kyong",
            "ryong",
            "chang",
        ],
    )
)
# The list above is of plain consonants: an aspirated one shares their key but not their
# frequency (천 Chon is a common name syllable, 청 is not).
_ASPIRATED = frozenset({"ch", "kh", "th", "ph"})


def _resolve(syllable: str, *, flip: bool) -> str:
    if not syllable.endswith(AMBIGUOUS_FINAL):
        return syllable
    stem = syllable[:-1]
    ng_first = stem[:2] not in _ASPIRATED and korean_token_key(stem + "ng") in _NG_FIRST
    return stem + ("ng" if ng_first != flip else "n")


def read_ambiguous_finals(syllables: list[str]) -> list[str]:
    """Readings of a name's syllables, some ending in :data:`AMBIGUOUS_FINAL`: the
    likeliest, then each ambiguous final read the other way alone (a name may mix 정 and
    천: Пак Чон Чхон is Pak Jong Chon), then all of them; space-separated.

    Example:
        >>> read_ambiguous_finals(["pak", "joN", "choN"])
        ['pak jong chon', 'pak jon chon', 'pak jong chong', 'pak jon chong']
    """
    best = [_resolve(s, flip=False) for s in syllables]
    readings = [best]
    ambiguous = [i for i, s in enumerate(syllables) if s.endswith(AMBIGUOUS_FINAL)]
    for i in ambiguous:
        readings.append([*best[:i], _resolve(syllables[i], flip=True), *best[i + 1 :]])
    if len(ambiguous) > 1:
        readings.append([_resolve(s, flip=True) for s in syllables])
    return [" ".join(r) for r in readings]
