"""Dates as lists print them ('16.7.2009', '2017-12-22', '1956', '12 Jan 1960', ...) and
as counterparty files write birth dates, in the orders and scripts of their countries."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["BirthDateError", "parse_list_date", "read_birth_date"]


def _numbered(months: list[tuple[str, ...]]) -> dict[str, int]:
    """Each month's names -> its number (1 for the first)."""
    return {name: number for number, names in enumerate(months, start=1) for name in names}


_MONTHS = {
    **_numbered(
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
        ]
    ),
    # Russian, nominative and genitive ('16 июля 1956 г.'): in counterparty files.
    **_numbered(
        [
            ("январь", "января", "янв"),
            ("февраль", "февраля", "фев"),
            ("март", "марта", "мар"),
            ("апрель", "апреля", "апр"),
            ("май", "мая"),
            ("июнь", "июня", "июн"),
            ("июль", "июля", "июл"),
            ("август", "августа", "авг"),
            ("сентябрь", "сентября", "сен", "сент"),
            ("октябрь", "октября", "окт"),
            ("ноябрь", "ноября", "ноя"),
            ("декабрь", "декабря", "дек"),
        ]
    ),
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


class BirthDateError(ValueError):
    """A birth date cell that is no date: the message says what is wrong with it."""


# Counterparty files: year first (ISO, and the Korean, Chinese and Japanese orders with
# '.', '/', '-', or 년 월 일 / 年 月 日), day first (European, Russian with 'г.'), a month's
# name, or eight digits run together.
# A spreadsheet's or a database's midnight: '1956-07-16 00:00:00', '1956-07-16T00:00:00Z'.
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_YEAR_FIRST = re.compile(
    rf"^(\d{{4}})(?:\s*[-./년年]\s*(\d{{1,2}})(?:\s*[-./월月]\s*(\d{{1,2}}))?)?\s*[.일日월月년年]?{_TIME}$"
)
_RUSSIAN_YEAR = r"(?:\s*(?:г\.?|года?))?"  # '16.07.1956 г.', '16 июля 1956 года'
_DAY_FIRST = re.compile(
    rf"^(\d{{1,2}})\s*[-./]\s*(\d{{1,2}})\s*[-./]\s*(\d{{4}}){_RUSSIAN_YEAR}{_TIME}$"
)
_NAMED_MONTH = re.compile(
    r"^(?:(\d{1,2})[\s-]*([^\W\d_]+)\.?[\s,-]*(\d{4})|([^\W\d_]+)\.?\s*(\d{1,2})?,?\s*(\d{4}))"
    rf"{_RUSSIAN_YEAR}$"
)
_RUN_TOGETHER = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EARLIEST, _LATEST = 1850, 2100


def read_birth_date(text: str) -> tuple[int, int | None, int | None]:
    """(year, month, day) of a birth date as a counterparty file writes it; month and
    day are None when not given.

    Day first is day, then month ('01/02/1980' is 1 February), unless only the other
    order is a date ('12/31/1980'). Only the year is compared with the lists; a cell that
    is no date raises, so that a row is never screened on a misread one.

    Example:
        >>> read_birth_date("1984.01.08"), read_birth_date("1984년 1월 8일")
        ((1984, 1, 8), (1984, 1, 8))
        >>> read_birth_date("08-Jan-1984"), read_birth_date("January 8, 1984")
        ((1984, 1, 8), (1984, 1, 8))
        >>> read_birth_date("12/31/1980"), read_birth_date("1956")
        ((1980, 12, 31), (1956, None, None))

    Raises:
        BirthDateError: not a date, or not a calendar date ('31/02/1980').
    """
    value = " ".join(text.split())
    year: int
    month: int | None
    day: int | None
    if m := _YEAR_FIRST.match(value):
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
    elif m := _RUN_TOGETHER.match(value):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DAY_FIRST.match(value):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if month > 12 >= day:  # only month first is a date ('12/31/1980')
            day, month = month, day
    elif (m := _NAMED_MONTH.match(value)) and _MONTHS.get((m.group(2) or m.group(4)).lower()):
        month = _MONTHS[(m.group(2) or m.group(4)).lower()]
        if m.group(2):
            day, year = int(m.group(1)), int(m.group(3))
        else:
            day, year = (int(m.group(5)) if m.group(5) else None), int(m.group(6))
    else:
        raise BirthDateError(
            f"not a date (a year, a date such as 1956-07-16, 16.07.1956, 16/07/1956, "
            f"1956.07.16, 1956년 7월 16일 or 16 Jul 1956): {text!r}"
        )
    if not _EARLIEST <= year <= _LATEST:
        raise BirthDateError(f"not a birth year: {text!r}")
    if month is not None:
        try:
            dt.date(year, month, day or 1)
        except ValueError:
            raise BirthDateError(f"not a calendar date: {text!r}") from None
    return year, month, day
