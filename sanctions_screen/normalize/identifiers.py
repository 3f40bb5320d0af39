"""Identifier numbers: comparable forms and check digits (IMO)."""

from __future__ import annotations

import re

__all__ = ["is_valid_imo", "normalize_identifier", "normalize_imo"]

_NON_ALNUM = re.compile(r"[\W_]+")
# Cyrillic capitals that look like Latin ones: document numbers are typed with either.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХІЈ", "ABEKMHOPCTYXIJ")
_IMO = re.compile(r"^(?:IMO)?\s*(\d{7})$")


def normalize_identifier(value: str) -> str | None:
    """The comparable form of an identifier: upper case, letters and digits only.

    Cyrillic letters that look like Latin ones are written as the Latin letter; other
    letters are kept. Returns None for a value with no letter or digit.

    Example:
        >>> normalize_identifier(" pd-836 07/1 ")
        'PD836071'
        >>> normalize_identifier("00ВС521743"), normalize_identifier("Ф-584921")
        ('00BC521743', 'Ф584921')
        >>> normalize_identifier("-") is None
        True
    """
    number = _NON_ALNUM.sub("", value.upper()).translate(_LOOKALIKES)
    return number or None


def normalize_imo(value: str) -> str | None:
    """The seven digits of an IMO number written with or without the 'IMO' prefix.

    Example:
        >>> normalize_imo("IMO 8712362")
        '8712362'
        >>> normalize_imo("871236") is None
        True
    """
    match = _IMO.match(value.strip().upper().replace("IMO:", "IMO").replace("IMO NO.", "IMO"))
    return match.group(1) if match else None


def is_valid_imo(number: str) -> bool:
    """Whether a seven-digit IMO ship number carries a correct check digit.

    The check digit is the last digit of the sum of the first six digits weighted 7..2
    (IMO Resolution A.1117(30)). Company and registered-owner numbers (5571322 for
    Chonmyong Shipping) use a different scheme and may fail this check.

    Example:
        >>> is_valid_imo("8712362"), is_valid_imo("8712363"), is_valid_imo("12")
        (True, False, False)
    """
    if len(number) != 7 or not (number.isascii() and number.isdigit()):
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])
