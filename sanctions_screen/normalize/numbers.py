"""Numbers written as words or ordinals, as organisations and units write them.

'Brigade Forty-Four' and 'Brigade 44', 'First International Bank' and '1st International
Bank', 'Three Percenters' and '3 Percenters' name the same thing: number words and
ordinals become digits. Roman numerals are left alone (they are also name parts).
"""

from __future__ import annotations

__all__ = [
    "NUMBER_WORDS",
    "drop_number_signs",
    "normalize_digit_ordinals",
    "normalize_number_tokens",
]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_SUFFIXES = ("st", "nd", "rd", "th")
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_ORDINALS)
"""The number words and ordinals :func:`normalize_number_tokens` writes as digits."""


def _word_value(token: str) -> int | None:
    if token in _UNITS:
        return _UNITS[token]
    if token in _ORDINALS:
        return _ORDINALS[token]
    digits = _digit_ordinal(token)
    return int(digits) if digits != token else None


_NUMBER_SIGNS = frozenset({"no", "nr", "number"})


def drop_number_signs(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Folded tokens without 'No.' (Nr, Number) between a name and its number: the lists
    write 'JI SONG 6' and 'Plant No. 8' alike.

    Example:
        >>> drop_number_signs(("ji", "song", "no", "6"))
        ('ji', 'song', '6')
        >>> drop_number_signs(("mining", "enterprise", "number", "1"))
        ('mining', 'enterprise', '1')
        >>> drop_number_signs(("no", "1"))  # nothing before it: kept
        ('no', '1')
    """
    if _NUMBER_SIGNS.isdisjoint(tokens[1:-1]):
        return tokens
    last = len(tokens) - 1
    return tuple(
        [
            t
            for i, t in enumerate(tokens)
            if not (t in _NUMBER_SIGNS and 0 < i < last and tokens[i + 1].isdigit())
        ]
    )


def _digit_ordinal(token: str) -> str:
    if token[:-2].isdigit() and token.endswith(_SUFFIXES):
        return token[:-2]
    return token


def normalize_digit_ordinals(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Folded tokens with ordinals written in digits ('76th') as their number: unlike
    number words ('Ten' is also a Korean surname), they are numbers in any name.

    Example:
        >>> normalize_digit_ordinals(("76th", "guards", "division", "1st"))
        ('76', 'guards', 'division', '1')
    """
    if "".join(tokens).isalpha():
        return tokens
    return tuple([_digit_ordinal(t) for t in tokens])


def normalize_number_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Folded tokens with number words and ordinals written as digits.

    A tens word followed by a unit (word or digit) makes one number.

    Example:
        >>> normalize_number_tokens(("brigade", "forty", "four"))
        ('brigade', '44')
        >>> normalize_number_tokens(("brigade", "fourty", "4"))
        ('brigade', '44')
        >>> normalize_number_tokens(("1st", "international", "bank"))
        ('1', 'international', 'bank')
        >>> normalize_number_tokens(("three", "percenters"))
        ('3', 'percenters')
    """
    if NUMBER_WORDS.isdisjoint(tokens) and "".join(tokens).isalpha():
        return tokens  # the common case: no number word, no digit
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _TENS:
            value = _TENS[token]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            unit = _UNITS.get(following)
            if unit is None and following.isdigit() and len(following) == 1:
                unit = int(following)
            if unit is not None and 0 < unit < 10:
                out.append(str(value + unit))
                index += 2
                continue
            out.append(str(value))
        else:
            value_or_none = _word_value(token)
            out.append(token if value_or_none is None else str(value_or_none))
        index += 1
    return tuple(out)
