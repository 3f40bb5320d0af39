"""Birth dates as counterparty files write them, in the orders and scripts of their
countries; a cell that is no date is an error, never a guess."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen import Counterparty, Screener, load_bundled
from sanctions_screen.normalize import BirthDateError, read_birth_date


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("1956", (1956, None, None)),
        ("1956-07-16", (1956, 7, 16)),
        ("1956-07-16T00:00:00", (1956, 7, 16)),  # a spreadsheet export
        ("1956-07-16 00:00:00", (1956, 7, 16)),
        ("1956-07-16T00:00:00+03:00", (1956, 7, 16)),
        ("1956-07", (1956, 7, None)),
        ("19560716", (1956, 7, 16)),
        # Korea, China, Japan: year first, with dots or the characters for year/month/day.
        ("1956.07.16", (1956, 7, 16)),
        ("1956. 7. 16.", (1956, 7, 16)),
        ("1956/07/16", (1956, 7, 16)),
        ("1956년 7월 16일", (1956, 7, 16)),
        ("1956년", (1956, None, None)),
        ("1956年7月16日", (1956, 7, 16)),
        ("1956年7月", (1956, 7, None)),
        # Day first: Europe and Russia.
        ("16.07.1956", (1956, 7, 16)),
        ("16.7.1956 г.", (1956, 7, 16)),
        ("16/07/1956", (1956, 7, 16)),
        ("16-07-1956", (1956, 7, 16)),
        ("01/02/1956", (1956, 2, 1)),  # day first when both orders are dates
        ("12/31/1956", (1956, 12, 31)),  # month first when only that order is one
        # A month's name.
        ("16 Jul 1956", (1956, 7, 16)),
        ("16-Jul-1956", (1956, 7, 16)),
        ("July 16, 1956", (1956, 7, 16)),
        ("Jul. 1956", (1956, 7, None)),
        ("16 июля 1956 г.", (1956, 7, 16)),
        ("июль 1956", (1956, 7, None)),
    ],
)
def test_birth_dates_in_the_forms_files_write_them(
    text: str, read: tuple[int, int | None, int | None]
) -> None:
    assert read_birth_date(text) == read


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("someday", "not a date"),
        ("1956 7 16", "not a date"),  # no separator: which digits are which?
        ("19567", "not a date"),
        ("julio 1956", "not a date"),  # a month name we do not know
        ("31/02/1956", "not a calendar date"),
        ("1956-13-01", "not a calendar date"),
        ("30/13/1956", "not a calendar date"),
        ("0000-00-00", "not a birth year"),
        ("1776", "not a birth year"),
    ],
)
def test_what_is_no_birth_date_says_why(text: str, problem: str) -> None:
    with pytest.raises(BirthDateError, match=problem) as raised:
        read_birth_date(text)
    assert repr(text) in str(raised.value)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_every_date_reads_back_in_every_written_order(date: dt.date) -> None:
    y, m, d = date.year, date.month, date.day
    expected = (y, m, d)
    for text in (
        date.isoformat(),
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{y}.{m}.{d}.",
        f"{y}년 {m}월 {d}일",
        f"{y}年{m}月{d}日",
        f"{y}{m:02d}{d:02d}",
        date.strftime("%d %b %Y"),
        date.strftime("%B %d, %Y"),
    ):
        assert read_birth_date(text) == expected, text


def test_a_birth_year_written_the_korean_way_is_evidence() -> None:
    # '1944년 10월 13일' has no word boundary after the year: it counted as no year, and
    # the Russian form was read only by that year's regular expression.
    screener = Screener(load_bundled(["un"]))
    for written, effect in (
        ("1944년 10월 13일", 1),  # YUN HO-JIN, KPi.001: born 1944-10-13
        ("1944年10月13日", 1),
        ("13 октября 1944 г.", 1),
        ("1971년 1월 1일", -1),  # another year: counter-evidence
    ):
        result = screener.screen(Counterparty(name="Yun Ho-jin", birth_date=written))
        hit = next(h for h in result.hits if h.entry.reference == "KPi.001")
        birth = next(f for f in hit.features if f.name == "birth_date")
        assert birth.effect * effect > 0, (written, birth)
