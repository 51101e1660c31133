"""When an item is on the map: its ISO 8601 date as days, and the map's time range.

Items carry ISO 8601 dates (see :mod:`geomap.dates`): a day, a period
``start/end``, a month, a year, or an open period (``1997/..``). On a map that
shows "the state at a date", the rule is:

- a date (a day, month or year) is when something happened: it is on the map
  from its first day on and stays (talks held on 10 Jan are still part of the
  picture on 12 Jan);
- a period (``a/b``) is something ongoing: it is on the map while it lasts,
  from ``a``'s first day to ``b``'s last; an open end never ends;
- an undated item (or a date that cannot be read) is always on the map.

Only dates to the day lay out the slider's range (with the as-of date): a
"since 1997" or "2014" would otherwise stretch a week's story over decades,
and such coarse dates begin before the range anyway.

A year the article never gives (``XXXX-01-10``) is taken in the year that
puts the day closest to the map's reference date (the as-of date, else the
latest full article date), so a yearless 28 Dec before a 3 Jan as-of falls in
the year before. With no full date anywhere the whole map shares a stand-in
leap year (:data:`STAND_IN_YEAR`, so 29 Feb exists) and shows dates without a
year ("10 Jan"), as the article did.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

#: The year given to yearless dates when no date on the map has one (a leap year).
STAND_IN_YEAR = 2000
#: Written in place of the year in ISO dates whose year is unknown (ISO 8601-2).
MASKED_YEAR = "XXXX"

_PART = re.compile(r"(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?")
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MASKED_DAY = re.compile(r"XXXX-\d{2}-\d{2}")


@dataclass(frozen=True)
class Window:
    """The days an item is on the map: ``start`` (None: since ever) to ``end`` (None: for good)."""

    start: date | None
    end: date | None
    #: Dated to the day (a day or a period of days): such dates lay out the slider.
    daily: bool

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Timeline:
    """The slider's days, ``first`` to ``last``, and where it starts.

    ``initial`` is the as-of day; None when the map has no as-of date, and
    then the slider starts past its last day, at "all dates": everything the
    articles report is shown, as on a map with no slider.
    """

    first: date
    last: date
    initial: date | None
    #: No date on the map has a year: days are shown as "10 Jan", as the labels show them.
    masked: bool

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    def index(self, day: date | None) -> int | None:
        """``day`` as a step of the slider (may lie outside ``0..days``); None stays None."""
        return None if day is None else (day - self.first).days

    def text(self, day: date) -> str:
        """The day as the slider shows it: ISO, or "10 Jan" when the year is the stand-in's.

        A masked "XXXX-01-10" is exact but reads as a code to a map reader; the
        labels on the same map already write yearless days this way.
        """
        return f"{day.day} {calendar.month_abbr[day.month]}" if self.masked else day.isoformat()


def reference_date(dates: Iterable[str | None]) -> tuple[date | None, bool]:
    """The day yearless dates are placed near, and whether it is a stand-in.

    The latest full ``YYYY-MM-DD`` among ``dates``; failing that the latest
    ``XXXX-MM-DD`` in :data:`STAND_IN_YEAR` (``True``: the map has no year);
    ``(None, True)`` if no date is a day.
    """
    texts = [d.strip() for d in dates if d]
    full = [day for day in (_day(t) for t in texts if _FULL_DAY.fullmatch(t)) if day is not None]
    if full:
        return max(full), False
    masked = [_day(f"{STAND_IN_YEAR}{t[4:]}") for t in texts if _MASKED_DAY.fullmatch(t)]
    found = [day for day in masked if day is not None]
    return (max(found) if found else None), True


def map_reference(as_of: str | None, dates: Iterable[str | None]) -> tuple[date | None, bool]:
    """The map's reference day for yearless dates, and whether no date on the map has a year.

    The as-of day when it is a full date, else the latest full day of
    ``dates`` (the articles' and items'), else a stand-in (see :func:`reference_date`).
    """
    given, masked = reference_date([as_of])
    if not masked:
        return given, False
    latest, masked = reference_date(dates)
    if not masked:
        return latest, False
    return given or latest, True


def day_span(iso: str | None, reference: date | None = None) -> tuple[date, date] | None:
    """The first and last day ``iso`` names (a day, month, year or bounded period).

    None for no date, an open period or one that cannot be read. A masked year
    is placed near ``reference`` (see the module docstring).
    """
    if not iso:
        return None
    start, sep, end = iso.strip().partition("/")
    first = _bounds(start, reference)
    last = _bounds(end, reference) if sep else first
    if first is None or last is None:
        return None
    return first[0], last[1]


def window(iso: str | None, reference: date | None = None) -> Window | None:
    """When an item dated ``iso`` is on the map; None means always."""
    if not iso:
        return None
    text = iso.strip()
    if "/" not in text:
        bounds = _bounds(text, reference)
        if bounds is None:
            return None
        return Window(bounds[0], None, daily=_is_day(text))
    start, _, end = text.partition("/")
    first = None if start == ".." else _bounds(start, reference)
    last = None if end == ".." else _bounds(end, reference)
    if (first is None and start != "..") or (last is None and end != ".."):
        return None
    daily = _is_day(start) and _is_day(end)
    return Window(first[0] if first else None, last[1] if last else None, daily=daily)


def merged_window(windows: Sequence[Window | None]) -> Window | None:
    """One window for an item several articles date: from the earliest start to
    the latest end. Reports that give no date say nothing about when, so they
    are left out; only an item no report dates is always on the map."""
    found = [w for w in windows if w is not None]
    if not found:
        return None
    starts = [w.start for w in found]
    ends = [w.end for w in found]
    return Window(
        None if None in starts else min(s for s in starts if s is not None),
        None if None in ends else max(e for e in ends if e is not None),
        daily=any(w.daily for w in found),
    )


def timeline(
    windows: Iterable[Window | None], as_of: str | None, reference: date | None, *, masked: bool = False
) -> Timeline | None:
    """The slider for items on these ``windows``, or None when their days span one day or less.

    The range runs over the day-dated windows' starts and ends and the as-of
    day; the slider starts at the as-of day, else at "all dates" (see :class:`Timeline`).
    """
    days: list[date] = []
    for w in windows:
        if w is None or not w.daily:
            continue
        days.extend(d for d in (w.start, w.end) if d is not None)
    if len({*days}) < 2:
        return None
    as_of_day = None
    if as_of:
        span = day_span(as_of, reference)
        as_of_day = span[1] if span else None
    first = min([*days, *([as_of_day] if as_of_day else [])])
    last = max([*days, *([as_of_day] if as_of_day else [])])
    return Timeline(first, last, as_of_day, masked=masked)


def _is_day(part: str) -> bool:
    match = _PART.fullmatch(part)
    return bool(match and match.group(3))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _bounds(part: str, reference: date | None) -> tuple[date, date] | None:
    """First and last day of one ISO part ("2022-01-10", "XXXX-01", "2014")."""
    match = _PART.fullmatch(part)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if month is not None and not 1 <= month <= 12:
        return None
    if year_text == MASKED_YEAR:
        if month is None:
            return None  # a year that is unknown says nothing
        year = _nearest_year(month, day or 1, reference)
    else:
        year = int(year_text)
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        one = date(year, month, day)
    except ValueError:
        return None
    return one, one


def _nearest_year(month: int, day: int, reference: date | None) -> int:
    """The year around ``reference`` in which month/day lies closest to it."""
    anchor = reference or date(STAND_IN_YEAR, 7, 1)
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((date(year, month, day) - anchor).days)
        except ValueError:
            continue  # 29 Feb outside a leap year
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        return STAND_IN_YEAR if reference is None else anchor.year
    return best[1]
