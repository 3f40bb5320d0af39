"""Dates as lists print them: '16.7.2009', '2017-12-22', '1956', '12 Jan 1960', ..."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_list_date"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_D_MON_Y = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


def parse_list_date(text: str) -> dt.date | None:
    """A full calendar date from the forms the lists use; None when not a full date.

    Example:
        >>> parse_list_date("16.7.2009"), parse_list_date("2017-12-22")
        (datetime.date(2009, 7, 16), datetime.date(2017, 12, 22))
        >>> parse_list_date("12 Jan 1960"), parse_list_date("1956")
        (datetime.date(1960, 1, 12), None)
    """
    value = text.strip()
    try:
        if m := _DMY.match(value):
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _ISO.match(value):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if (m := _D_MON_Y.match(value)) and m.group(2).lower() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return None
