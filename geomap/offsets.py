"""Places described relative to a named one: "40 km north of Kharkiv",
"outside Kyiv", "in eastern Ukraine", "off the coast of Crimea".

News locates much of what happens this way, and a marker on the named place
would be wrong by the very distance the article gives.  Each phrase becomes a
geometry with its uncertainty:

- **distance and direction** ("40 km north of", "25 miles southwest of") →
  the point that far along that bearing, uncertain by a quarter of the
  distance (at least 5 km): reporters round distances, and "north" spans 45°;
- **outside, near, on the outskirts of** a city → the city's point, uncertain
  by 15 km (a city's edge and its suburbs);
- **a part of a region** ("eastern Ukraine", "the north of Syria",
  "southern Lebanon") → that part of its outline: the outer 40 % of its extent
  along the direction, or for "northeastern" the quarter beyond both middles;
- **off the coast of** a place → the sea within about 30 km of its shore.

The phrase is read from the words right before the name, as the sentence
writes them; a name with no such words is not offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Place

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

#: Compass bearings in degrees, by direction word.
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}

#: Kilometres per unit of distance.
_UNITS = {"km": 1.0, "kilometer": 1.0, "kilometre": 1.0, "kms": 1.0, "mile": 1.609344, "mi": 1.609344}

#: Uncertainty of a distance-and-bearing point: a share of the distance, with a floor.
DISTANCE_UNCERTAINTY = 0.25
MIN_UNCERTAINTY_KM = 5.0

#: How far "outside" or "near" a city reaches, in km.
OUTSKIRTS_KM = 15.0

#: Share of a region's extent that "eastern" (etc.) covers.
PART_SHARE = 0.4

#: Width of the coastal sea band "off the coast of" covers, in degrees (~30 km).
COAST_BAND = 0.3

_DIRECTION = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(km|kms|kilomet(?:er|re)s?|miles?|mi)\b\.?"
_CONVERSION = r"(?:\s*\([^)]{1,30}\))?"  # "40 km (25 miles) north of"

_DISTANCE_RE = re.compile(
    rf"{_NUMBER}\s*-?\s*{_UNIT}{_CONVERSION}\s+(?:to\s+the\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_OUTSKIRTS_RE = re.compile(
    r"\b(just\s+outside|outside|near|close\s+to|on\s+the\s+outskirts\s+of|the\s+outskirts\s+of|outskirts\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_RE = re.compile(
    rf"\b(?:{_DIRECTION}ern\s+|the\s+{_DIRECTION}\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_COAST_RE = re.compile(r"\boff\s+(?:the\s+)?(?:coast|coasts|shores?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OFF_RE = re.compile(r"\boff\s+$", re.IGNORECASE)  # "off Crimea", "off Crimea's coast"
_COAST_AFTER_RE = re.compile(r"^(?:['’]s)?\s+(?:coast|coastline|shores?)\b", re.IGNORECASE)

#: Words read before a name: enough for "40 kilometres (25 miles) to the north-east of the".
_LOOKBEHIND = 60


@dataclass(frozen=True)
class Offset:
    """A place described relative to a named one.

    ``kind`` is ``distance``, ``outskirts``, ``part`` or ``coast``; ``phrase`` the
    words as the article writes them, with the name ("40 km north of Kharkiv").
    """

    kind: str
    phrase: str
    start: int
    bearing: float | None = None
    distance_km: float | None = None


def find_offset(text: str, start: int, end: int) -> Offset | None:
    """The offset phrase that ends right before ``text[start:end]``, if any."""
    before = text[max(0, start - _LOOKBEHIND) : start]
    base = start - len(before)
    name = text[start:end]
    match = _DISTANCE_RE.search(before)
    if match:
        unit = match.group(2).lower().rstrip(".").rstrip("s") or "km"
        value = float(match.group(1).replace(",", "")) * _UNITS.get(unit, 1.0)
        direction = match.group(3).lower().replace("-", "")
        return Offset("distance", before[match.start() :] + name, base + match.start(), BEARINGS[direction], value)
    match = _COAST_RE.search(before) or _OFF_RE.search(before)
    if match:
        after = _COAST_AFTER_RE.match(text[end : end + 20])
        phrase = before[match.start() :] + name + (after.group(0) if after else "")
        return Offset("coast", phrase, base + match.start())
    match = _OUTSKIRTS_RE.search(before)
    if match:
        return Offset("outskirts", before[match.start() :] + name, base + match.start())
    match = _PART_RE.search(before)
    if match:
        direction = (match.group(1) or match.group(2)).lower().replace("-", "")
        return Offset("part", before[match.start() :] + name, base + match.start(), BEARINGS[direction])
    return None


@dataclass(frozen=True)
class OffsetGeometry:
    """What an offset draws: a point with its uncertainty, or an area."""

    geometry: BaseGeometry
    uncertainty_km: float | None


def offset_geometry(offset: Offset, place: Place, outline: BaseGeometry | None) -> OffsetGeometry | None:
    """The geometry an offset describes, from the place's point and (for a
    country or region) its outline; None when it cannot be drawn."""
    from shapely.geometry import Point

    if offset.kind == "distance" and offset.bearing is not None and offset.distance_km is not None:
        lon, lat = _travel(place.lon, place.lat, offset.bearing, offset.distance_km)
        return OffsetGeometry(
            Point(round(lon, 5), round(lat, 5)),
            round(max(MIN_UNCERTAINTY_KM, DISTANCE_UNCERTAINTY * offset.distance_km), 1),
        )
    if offset.kind == "outskirts" and place.type not in ("country", "admin1", "region", "group"):
        return OffsetGeometry(Point(round(place.lon, 5), round(place.lat, 5)), OUTSKIRTS_KM)
    if offset.kind == "part" and offset.bearing is not None and outline is not None:
        part = part_of(outline, offset.bearing)
        return OffsetGeometry(part, None) if part is not None else None
    if offset.kind == "coast":
        land = outline if outline is not None else Point(place.lon, place.lat).buffer(0.05)
        sea = coastal_sea(land)
        return OffsetGeometry(sea, None) if sea is not None else None
    return None


def part_of(outline: BaseGeometry, bearing: float) -> BaseGeometry | None:
    """The part of an outline lying toward a compass bearing: the outer
    ``PART_SHARE`` of its extent for north/south/east/west, the quarter beyond
    both middles for the directions between."""
    from shapely.geometry import box

    west, south, east, north = outline.bounds
    if east - west > 180:  # across the antimeridian: bounds say nothing
        return None
    width, height = east - west, north - south
    if bearing % 90 == 0:
        cut = {
            0.0: box(west, north - PART_SHARE * height, east, north),
            90.0: box(east - PART_SHARE * width, south, east, north),
            180.0: box(west, south, east, south + PART_SHARE * height),
            270.0: box(west, south, west + PART_SHARE * width, north),
        }[bearing % 360]
    else:
        mid_x, mid_y = west + width / 2, south + height / 2
        x0, x1 = (mid_x, east) if 0 < bearing < 180 else (west, mid_x)
        y0, y1 = (mid_y, north) if bearing < 90 or bearing > 270 else (south, mid_y)
        cut = box(x0, y0, x1, y1)
    part = outline.intersection(cut)
    return None if part.is_empty else part


def coastal_sea(land: BaseGeometry) -> BaseGeometry | None:
    """The sea within ``COAST_BAND`` degrees of a shore: the band around the
    place, minus every country's land."""
    from . import shapes

    band = land.buffer(COAST_BAND)
    sea = band.difference(shapes.land_within(band))
    return None if sea.is_empty else sea


def _travel(lon: float, lat: float, bearing: float, distance_km: float) -> tuple[float, float]:
    """Where ``distance_km`` along ``bearing`` from (lon, lat) ends, on the ellipsoid."""
    from .shapes import geodesic

    end_lon, end_lat, _ = geodesic().fwd(lon, lat, bearing, distance_km * 1000.0)
    return end_lon, end_lat
