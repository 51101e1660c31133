"""One drawn item per thing, across the articles of a multi-article map.

Each article's Situation has its own Items; on one map the same place named by
two articles must be one symbol with both sources, and where the articles
disagree the disagreement must stay visible rather than be averaged away.
:func:`combine_situations` does that matching; rendering only draws the
result.

Two items are the same thing when they have the same kind and role and:

- places and areas: the same place (its GeoNames id, else its name, country
  and position to 0.1°); an area also by its words ("40 km north of Kharkiv");
- borders: the same pair of sides (the force's or group's side and the
  countries named with it);
- groups of countries: the same group name (side) and phrase;
- movements: the same endpoints (to 0.1°);
- an item with no resolved mention: the same position (a point) or label.

Items of one article are never merged with each other (the article kept them
apart, e.g. two sides' forces at one town); an item joins the first matching
group that has no item of its article yet, preferring one of the same side.

A **conflict** is a field on which two reports of one item disagree:

- ``troop_count``: two stated strengths of the same unit that cannot both be
  true: figures differ, or a figure lies outside a range, or two ranges do not
  overlap ("100,000" vs "tens of thousands" = 10,000–99,999). A figure inside
  a range agrees with it; strengths in different units are not compared;
- ``side``: two different stated sides (RU vs UA);
- ``date``: two stated dates whose days do not overlap (talks on 10 Jan vs
  on 12 Jan; "this week" and 12 Jan agree). A yearless date agrees with a
  full one when the month and day fit. Forces are the exception: a force
  reported at a place on two days is two sightings, not a disagreement (its
  strengths are still compared).

A missing value (no count, no side, no date) disagrees with nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geomap.model import Article, Item, Mention, Place, Situation, TroopCount
from geomap.timeline import STAND_IN_YEAR, day_span

#: Decimal places of a position that must agree for two records to be one place (~10 km).
POSITION_DIGITS = 1
#: Fields compared between the reports of one item.
COMPARED_FIELDS = ("troop_count", "side", "date")


@dataclass(frozen=True)
class Report:
    """One article's item and the mentions it rests on."""

    article: Article
    item: Item
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Claim:
    """One value a field takes, and the reports that state it."""

    value: Any
    reports: tuple[Report, ...]


@dataclass(frozen=True)
class CombinedItem:
    """One thing to draw, with every article's report of it (first-seen first)."""

    reports: tuple[Report, ...]
    #: The fields whose claims conflict (see the module docstring), in :data:`COMPARED_FIELDS` order.
    conflicts: tuple[str, ...] = ()

    @property
    def item(self) -> Item:
        """The first report's item: its geometry, kind, role and label are drawn."""
        return self.reports[0].item

    @property
    def contested(self) -> bool:
        return bool(self.conflicts)

    @property
    def confidence(self) -> float:
        return max(r.item.confidence for r in self.reports)

    def claims(self, name: str) -> tuple[Claim, ...]:
        """The distinct stated values of field ``name``, first-stated first."""
        return claims(self.reports, name)

    def agreed(self, name: str) -> Any:
        """The field's value when every report that states it says the same, else None."""
        found = self.claims(name)
        return found[0].value if len(found) == 1 else None


def combine_situations(situations: Sequence[Situation]) -> list[CombinedItem]:
    """Every item of ``situations``, the same thing across articles merged (see module)."""
    groups: list[list[Report]] = []
    articles: list[set[int]] = []  # which situations each group already has a report from
    by_key: dict[tuple[Any, ...], list[int]] = {}
    for index, situation in enumerate(situations):
        for item in situation.items:
            report = Report(situation.article, item, _mentions(situation, item))
            key = identity(report)
            candidates = [i for i in by_key.get(key, []) if index not in articles[i]]
            chosen = _same_side(candidates, groups, item.side)
            if chosen is None:
                chosen = len(groups)
                by_key.setdefault(key, []).append(chosen)
                groups.append([])
                articles.append(set())
            groups[chosen].append(report)
            articles[chosen].add(index)
    return [CombinedItem(tuple(reports), conflicts_of(reports)) for reports in groups]


def identity(report: Report) -> tuple[Any, ...]:
    """What makes two articles' items one thing (see the module docstring)."""
    item = report.item
    head = (item.kind, item.role)
    places = [m.place for m in report.mentions if m.place is not None]
    if item.kind == "border":
        sides = {item.side, *(p.country for p in places if p.type != "group")}
        sides.discard(None)
        if len(sides) >= 2:
            return (*head, frozenset(sides))
        return (*head, "label", item.label.casefold())
    if item.kind == "group":
        return (*head, item.side, item.label.casefold())
    if item.kind == "movement":
        ends = _line_ends(item.geometry)
        if ends is not None:
            return (*head, ends)
    elif places:
        where = place_identity(places[0])
        return (*head, where, item.label.casefold()) if item.kind == "area" else (*head, where)
    point = _point(item.geometry)
    if point is not None:
        return (*head, "at", point)
    return (*head, "label", item.label.casefold())


def place_identity(place: Place) -> tuple[Any, ...]:
    """One real place: its GeoNames id, else name, country and rounded position."""
    if place.geonameid:
        return ("geonames", place.geonameid)
    return (
        "place",
        place.name.casefold(),
        place.country,
        round(place.lat, POSITION_DIGITS),
        round(place.lon, POSITION_DIGITS),
    )


def claims(reports: Sequence[Report], name: str) -> tuple[Claim, ...]:
    """The distinct non-empty values of ``name`` over ``reports``, first-stated first."""
    found: dict[Any, list[Report]] = {}
    for report in reports:
        value = _value(report.item, name)
        if value is not None:
            found.setdefault(value, []).append(report)
    return tuple(Claim(value, tuple(rs)) for value, rs in found.items())


def conflicts_of(reports: Sequence[Report]) -> tuple[str, ...]:
    """The fields on which some two reports cannot both be right."""
    out = []
    for name in COMPARED_FIELDS:
        if name == "date" and all(r.item.role == "troop_position" for r in reports):
            continue  # successive sightings of a force
        stated = [(r.item, _value(r.item, name)) for r in reports if _value(r.item, name) is not None]
        clash = any(
            not _agree(name, a, b, x, y) for i, (a, x) in enumerate(stated) for (b, y) in stated[i + 1 :]
        )
        if clash:
            out.append(name)
    return tuple(out)


def counts_agree(first: TroopCount, second: TroopCount) -> bool:
    """Whether two strengths can both be true: their ranges overlap (a figure is a range of one)."""
    low1, high1 = first if isinstance(first, tuple) else (first, first)
    low2, high2 = second if isinstance(second, tuple) else (second, second)
    return low1 <= high2 and low2 <= high1


def dates_agree(first: str, second: str) -> bool:
    """Whether two ISO dates can name the same time: their days overlap.

    When either year is unknown both are compared in one stand-in year, so
    ``XXXX-01-10`` fits ``2022-01-10``. A date that cannot be read (or an open
    period) agrees with anything: it claims nothing checkable.
    """
    if "XXXX" in first or "XXXX" in second:
        first, second = _in_stand_in_year(first), _in_stand_in_year(second)
    one, two = day_span(first), day_span(second)
    if one is None or two is None:
        return True
    return one[0] <= two[1] and two[0] <= one[1]


def _agree(name: str, a: Item, b: Item, x: Any, y: Any) -> bool:
    if x == y:
        return True
    if name == "troop_count":
        if (a.unit or "troops") != (b.unit or "troops"):
            return True  # different measures ("2 battalions", "5,000 troops"): not compared
        return counts_agree(x, y)
    if name == "date":
        return dates_agree(x, y)
    return False


def _in_stand_in_year(iso: str) -> str:
    return "/".join(part if part == ".." else f"{STAND_IN_YEAR}{part[4:]}" for part in iso.split("/"))


def _value(item: Item, name: str) -> Any:
    value = getattr(item, name)
    if isinstance(value, str):
        value = value.strip() or None
    return value


def _same_side(candidates: list[int], groups: list[list[Report]], side: str | None) -> int | None:
    """The first candidate group whose side is ``side``, else one without a side, else the first."""
    if not candidates:
        return None
    for wanted in (side, None):
        for index in candidates:
            if any(r.item.side == wanted for r in groups[index]):
                return index
    return candidates[0]


def _mentions(situation: Situation, item: Item) -> tuple[Mention, ...]:
    return tuple(situation.mentions[i] for i in item.mentions if 0 <= i < len(situation.mentions))


def _point(geometry: dict[str, Any]) -> tuple[float, float] | None:
    try:
        if geometry.get("type") == "Point":
            lon, lat = geometry["coordinates"][:2]
            return round(float(lat), POSITION_DIGITS), round(float(lon), POSITION_DIGITS)
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return None


def _line_ends(geometry: dict[str, Any]) -> tuple[tuple[float, float], tuple[float, float]] | None:
    try:
        coords = geometry["coordinates"]
        if geometry.get("type") == "MultiLineString":
            coords = [c for part in coords for c in part]
        if geometry.get("type") not in ("LineString", "MultiLineString") or len(coords) < 2:
            return None
        (lon0, lat0), (lon1, lat1) = coords[0][:2], coords[-1][:2]
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    digits = POSITION_DIGITS
    return (round(lat0, digits), round(lon0, digits)), (round(lat1, digits), round(lon1, digits))
