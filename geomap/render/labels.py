"""The short texts written on the map beside symbols: counts, units, dates.

A force reads "RU ~100,000 troops · 10 Jan": whose (when known), how many of
what, and when. A venue of moving talks reads "1. Geneva · 10 Jan". Everything
here only rewrites what the Item holds, and never fails: an ISO date it cannot
read is left out of the label (the popup still has the item in full).
"""

from __future__ import annotations

import calendar
import re

from geomap import groups

from ..model import TroopCount
from .symbols import format_count

#: "2022-01-10", "XXXX-01-10", "2021-12", "1997" (ISO 8601 with ISO 8601-2 ``XXXX``).
_ISO_PART = re.compile(r"(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?")
#: Unit words that name one formation, with their plurals ("2 battalions").
ECHELON_PLURALS = {
    "platoon": "platoons",
    "company": "companies",
    "battalion": "battalions",
    "battalion tactical group": "battalion tactical groups",
    "battlegroup": "battlegroups",
    "regiment": "regiments",
    "brigade": "brigades",
    "division": "divisions",
    "corps": "corps",
    "army": "armies",
    "squadron": "squadrons",
    "fleet": "fleets",
    "carrier strike group": "carrier strike groups",
    "strike group": "strike groups",
}
#: What a force of no stated unit is called.
DEFAULT_UNIT = "troops"
#: Separator between a label's parts, as in "~100,000 troops · 10 Jan".
SEPARATOR = " · "


def strength_text(count: TroopCount | None, unit: str | None) -> str:
    """How many of what: "~100,000 troops", "2 battalions", "a brigade", "tanks".

    Formations are counted as they are (two battalions are two, not "about
    two"); people and equipment figures are estimates.
    """
    unit = unit or DEFAULT_UNIT
    if unit in ECHELON_PLURALS:
        if count is None:
            return unit
        if count == 1:
            return f"1 {unit}"
        if isinstance(count, int):
            return f"{count:,} {ECHELON_PLURALS[unit]}"
        return f"{format_count(count)} {ECHELON_PLURALS[unit]}"
    return f"{format_count(count)} {unit}" if count else unit


def date_text(iso: str | None, *, article_date: str | None = None) -> str | None:
    """A short date for a label: "10 Jan", "11–16 Jan", "Dec 2021", "since 1997".

    The year is left out when it is unknown (``XXXX``) or the article's own
    (the title box gives that); None for no date or one it cannot read.
    """
    if not iso:
        return None
    shown = _year(article_date)
    if "/" in iso:
        start, _, end = iso.partition("/")
        if end == "..":
            first = _part(start, hide_year=None)
            return f"since {first}" if first else None
        if start == "..":
            last = _part(end, hide_year=None)
            return f"until {last}" if last else None
        return _period(start, end, shown)
    return _part(iso, hide_year=shown)


def _year(iso: str | None) -> str | None:
    match = _ISO_PART.match(iso or "")
    return match.group(1) if match and match.group(1) != "XXXX" else None


def _fields(part: str) -> tuple[str, int | None, int | None] | None:
    match = _ISO_PART.fullmatch(part)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    month_n = int(month) if month else None
    day_n = int(day) if day else None
    if month_n is not None and not 1 <= month_n <= 12:
        return None
    if day_n is not None and not 1 <= day_n <= 31:
        return None
    return year, month_n, day_n


def _part(part: str, *, hide_year: str | None) -> str | None:
    """One ISO date written short; the year only when known and not ``hide_year``."""
    fields = _fields(part)
    if fields is None:
        return None
    year, month, day = fields
    if month is None:
        return None if year == "XXXX" else year
    words = [str(day)] if day else []
    words.append(calendar.month_abbr[month])
    if year not in ("XXXX", hide_year):
        words.append(year)
    return " ".join(words)


def _period(start: str, end: str, hide_year: str | None) -> str | None:
    """Two ISO dates as one span, saying a shared month and year once."""
    first, last = _fields(start), _fields(end)
    if first is None or last is None:
        return None
    if first[0] == last[0] and first[1] == last[1] and first[2] and last[2]:
        tail = _part(end, hide_year=hide_year)
        return f"{first[2]}–{tail}" if tail else None
    head = _part(start, hide_year=last[0] if first[0] == last[0] else hide_year)
    tail = _part(end, hide_year=hide_year)
    return f"{head}–{tail}" if head and tail else None


def side_text(side: str | None) -> str | None:
    """Whose force, briefly: an ISO code as is, a group by its short name ("EU")."""
    if not side:
        return None
    return groups.short_name(side.strip())


def force_label(
    count: TroopCount | None, unit: str | None, date: str | None, *, side: str | None = None,
    article_date: str | None = None, sides: tuple[str, ...] = (),
) -> str:
    """The label beside a force: "RU ~100,000 troops · 10 Jan"; a force of
    several sides names them all ("IQ/US troops")."""
    strength = strength_text(count, unit)
    who = "/".join(filter(None, map(side_text, sides))) if sides else side_text(side)
    parts = [f"{who} {strength}" if who else strength, date_text(date, article_date=article_date)]
    return SEPARATOR.join(p for p in parts if p)

