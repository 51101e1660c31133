"""Groups of countries (NATO, the EU, the Baltic states...) and who belonged when.

Reads ``data/groups.csv`` (see data/README.md for its sources and the
definitions chosen) once per process. Each row is one period of one
country's membership of one group: the date it joined and, where it applies,
the date it left or froze its participation. Regions and loose groupings
("Central and Eastern Europe", "the West") have no dates: membership there
is a definition, not an event.

This is the one place group memberships are kept: the gazetteer takes the
members of these groups from here (``current_members``), so a story that
says "NATO members that joined after 1997" and the NATO the gazetteer
resolves can never disagree.

Dates may be given to the year ("1993") or month ("2024-02"); such a date
counts from its first day.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .csvfile import checked_rows
from .errors import DataError

GROUPS_PATH = paths.DATA_DIR / "groups.csv"

COLUMNS = ("group", "country", "joined", "left", "suspended", "source", "note")

#: How labels name a group's members when the group's own name is long.
SHORT_NAMES = {"European Union": "EU", "NATO eastern flank": "NATO's eastern flank"}


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """ "1993", "2024-02" or "1999-03-12"; ``ValueError`` otherwise."""
        parts = text.split("-")
        widths = [len(p) for p in parts]
        if widths not in ([4], [4, 2], [4, 2, 2]) or not all(p.isdigit() for p in parts) or "00" in parts[1:]:
            raise ValueError(f"not a date: {text!r}")
        year, month, day = [int(p) for p in parts] + [None] * (3 - len(parts))
        date = cls(year, month, day)
        date.first_day()  # validates month and day
        return date

    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return "-".join([f"{self.year:04d}", *(f"{n:02d}" for n in (self.month, self.day) if n is not None)])


@dataclass(frozen=True)
class Membership:
    """One period of a country's membership of a group (one row of the file)."""

    group: str
    country: str
    joined: PartialDate | None
    left: PartialDate | None = None
    suspended: PartialDate | None = None
    source: str = ""
    note: str = ""

    def active_on(self, day: datetime.date) -> bool:
        """Whether the country belonged on ``day`` (an undated row always does)."""
        if self.joined is not None and self.joined.first_day() > day:
            return False
        return self.left is None or self.left.first_day() > day


@dataclass(frozen=True)
class _Table:
    rows: tuple[Membership, ...]
    by_group: dict[str, tuple[Membership, ...]]


@functools.cache
def _load(path: Path) -> _Table:
    """Read and check the file (cached per path); ``DataError`` names the bad line."""
    rows = [_row(path, line, raw) for line, raw in checked_rows(path, COLUMNS, "group memberships")]
    by_group: dict[str, list[Membership]] = {}
    for row in rows:
        by_group.setdefault(row.group, []).append(row)
    for group, members in by_group.items():
        dated = {m.joined is not None for m in members}
        if len(dated) > 1:
            raise DataError(f"{path}: {group} gives joining dates for some members only")
        _check_periods(path, group, members)
    return _Table(tuple(rows), {g: tuple(ms) for g, ms in by_group.items()})


def _row(path: Path, line: int, raw: dict[str, str | None]) -> Membership:
    def field(name: str) -> str:
        return (raw.get(name) or "").strip()

    def date(name: str) -> PartialDate | None:
        try:
            return PartialDate.parse(field(name)) if field(name) else None
        except ValueError as exc:
            raise DataError(f"{path}:{line}: {name}: {exc}") from None

    group, country = field("group"), field("country")
    if not group:
        raise DataError(f"{path}:{line}: empty group")
    if len(country) != 2 or not country.isalpha() or not country.isupper():
        raise DataError(f"{path}:{line}: country must be an upper-case ISO 3166-1 alpha-2 code, got {country!r}")
    joined, left, suspended = date("joined"), date("left"), date("suspended")
    if (left or suspended) and joined is None:
        raise DataError(f"{path}:{line}: a left or suspended date needs a joined date")
    for name, later in (("left", left), ("suspended", suspended)):
        if joined is not None and later is not None and later.first_day() <= joined.first_day():
            raise DataError(f"{path}:{line}: {name} {later} is not after joined {joined}")
    return Membership(group, country, joined, left, suspended, field("source"), field("note"))


def _check_periods(path: Path, group: str, members: list[Membership]) -> None:
    """A country may rejoin (Uzbekistan and the CSTO), but its periods may not overlap."""
    by_country: dict[str, list[Membership]] = {}
    for m in members:
        by_country.setdefault(m.country, []).append(m)
    for country, periods in by_country.items():
        periods.sort(key=lambda m: m.joined.first_day() if m.joined else datetime.date.min)
        for before, after in zip(periods, periods[1:], strict=False):
            if before.left is None or after.joined is None or before.left.first_day() > after.joined.first_day():
                raise DataError(f"{path}: {group} lists overlapping memberships of {country}")


def _table() -> _Table:
    return _load(GROUPS_PATH)


def names() -> tuple[str, ...]:
    """Every group in the file, in file order."""
    return tuple(_table().by_group)


def is_group(name: str) -> bool:
    return name in _table().by_group


def is_dated(group: str) -> bool:
    """Whether the group records when members joined (NATO: yes; the Baltic states: no)."""
    return any(m.joined is not None for m in memberships(group))


def memberships(group: str) -> tuple[Membership, ...]:
    """The rows of one group; ``KeyError`` for a group the file does not have."""
    try:
        return _table().by_group[group]
    except KeyError:
        raise KeyError(f"unknown group {group!r} (known: {', '.join(names())})") from None


def short_name(group: str) -> str:
    """The name labels use: "EU" for the European Union."""
    return SHORT_NAMES.get(group, group)


def current_members(group: str) -> tuple[str, ...]:
    """Members that have not left (a frozen participation still counts), sorted."""
    return tuple(sorted({m.country for m in memberships(group) if m.left is None}))


def current_memberships(path: Path = GROUPS_PATH) -> dict[str, tuple[str, ...]]:
    """Every group of a groups file with its current members: what the gazetteer lists."""
    table = _load(path)
    return {group: tuple(sorted({m.country for m in rows if m.left is None})) for group, rows in table.by_group.items()}


def members(
    group: str,
    *,
    as_of: datetime.date | int | None = None,
    joined_after: int | None = None,
    joined_before: int | None = None,
    within: str | Iterable[str] | None = None,
    include_suspended: bool = True,
) -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 codes of a group's members, sorted.

    ``as_of`` is a date, or a year meaning its last day; None means today's
    members (those that have not left). ``joined_after``/``joined_before``
    keep members whose current period began after/before that year
    ("joined after 1997" keeps the 1999 entrants too); they need a dated
    group, else ``ValueError``. ``within`` intersects with the members of
    one or more other groups (a region: "in Central and Eastern Europe"),
    taken on the same date. ``include_suspended=False`` drops members that
    had frozen their participation by then (Armenia in the CSTO since 2024).
    """
    rows = memberships(group)
    if (joined_after is not None or joined_before is not None) and not is_dated(group):
        raise ValueError(f"{group} has no joining dates")
    day = _day(as_of)
    found = set()
    for m in rows:
        active = m.left is None if day is None else m.active_on(day)
        if not active:
            continue
        if m.joined is not None:
            if joined_after is not None and m.joined.year <= joined_after:
                continue
            if joined_before is not None and m.joined.year >= joined_before:
                continue
        if not include_suspended and m.suspended is not None and (day is None or m.suspended.first_day() <= day):
            continue
        found.add(m.country)
    for other in [within] if isinstance(within, str) else within or ():
        found &= set(members(other, as_of=as_of))
    return tuple(sorted(found))


def _day(as_of: datetime.date | int | None) -> datetime.date | None:
    if as_of is None or isinstance(as_of, datetime.date):
        return as_of
    return datetime.date(as_of, 12, 31)
