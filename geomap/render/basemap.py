"""Country shapes prepared for display: the offline basemap.

With no tile layer the country polygons *are* the map, so every page carries
the whole world. To keep pages small, shapes from :func:`geomap.shapes.countries`
are simplified as one coverage (neighbours keep identical borders), rounded to
``1 / SCALE`` degrees (~100 m, far below what the simplification already
removed) and each ring is written as a polyline-encoded string (Google's
algorithm, decoded by :class:`~geomap.render.features.WorldShapes`): ~0.4 MB
instead of ~1.5 MB of GeoJSON text. The result is kept per process and on disk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geomap.atomic import write_atomic
from geomap.errors import GeomapError

from .escape import html_text, js_value

#: Simplification for display, in degrees (~5 km): about Natural Earth's 1:50m.
DISPLAY_TOLERANCE = 0.05
#: Coordinates are stored as integers of 1/SCALE degree.
SCALE = 1000


@dataclass(frozen=True)
class Basemap:
    """The encoded world and what layers need to know about it."""

    #: JS literal: ``[[name (HTML-escaped), iso2 or null, [[ring, ...], ...]], ...]``
    rows_js: str
    #: iso2 -> (south, west, north, east) of the displayed shape
    bounds: dict[str, tuple[float, float, float, float]]


def encode_ring(coords: Iterable[Sequence[float]], scale: int = SCALE) -> str:
    """Polyline-encode ``(lon, lat)`` pairs as deltas of ``1/scale`` degree."""
    out: list[str] = []
    prev_x = prev_y = 0
    for lon, lat, *_ in coords:
        x, y = round(lon * scale), round(lat * scale)
        for delta in (x - prev_x, y - prev_y):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        prev_x, prev_y = x, y
    return "".join(out)


def decode_ring(encoded: str, scale: int = SCALE) -> list[tuple[float, float]]:
    """Inverse of :func:`encode_ring` (the same algorithm as the page's decoder)."""
    points: list[tuple[float, float]] = []
    index = x = y = 0
    while index < len(encoded):
        pair = []
        for _ in range(2):
            shift = result = 0
            while True:
                byte = ord(encoded[index]) - 63
                index += 1
                result |= (byte & 0x1F) << shift
                shift += 5
                if byte < 0x20:
                    break
            pair.append(~(result >> 1) if result & 1 else result >> 1)
        x += pair[0]
        y += pair[1]
        points.append((x / scale, y / scale))
    return points


@cache
def world_basemap(tolerance: float = DISPLAY_TOLERANCE) -> Basemap:
    """The world's countries ready for the page.

    Cached per process, and on disk beside the gazetteer index under a hash of
    the shapes file, this module and the tolerance: preparing it (simplifying
    and encoding every ring) is ~0.5 s of a cold ``geomap map``. A cache that
    cannot be read or written is only skipped.
    """
    path = _cache_path(tolerance)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return Basemap(stored["rows_js"], {code: tuple(box) for code, box in stored["bounds"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    basemap = prepare_basemap(tolerance)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"rows_js": basemap.rows_js, "bounds": basemap.bounds}))
    except (OSError, GeomapError):
        pass
    return basemap


def _cache_path(tolerance: float) -> Path:
    from geomap.gazetteer.cache import default_cache_dir
    from geomap.shapes import DATA_PATH

    digest = hashlib.sha256()
    for source in (DATA_PATH, Path(__file__)):
        digest.update(source.read_bytes())
    digest.update(f"{tolerance!r}/{SCALE}".encode())
    return default_cache_dir() / f"basemap-{digest.hexdigest()[:16]}.json"


def prepare_basemap(tolerance: float = DISPLAY_TOLERANCE) -> Basemap:
    """The world's countries simplified and encoded for the page (no caching)."""
    # Imported here so that importing geomap.render stays cheap.
    import shapely

    from geomap.shapes import countries

    frame = countries()
    geometries = shapely.coverage_simplify(frame.geometry.values, tolerance)
    rows = []
    bounds: dict[str, tuple[float, float, float, float]] = {}
    for name, iso2, geometry in zip(frame["name"], frame["iso2"], geometries, strict=True):
        code = iso2 if isinstance(iso2, str) and iso2 else None
        polygons = [
            [encode_ring(ring.coords) for ring in (poly.exterior, *poly.interiors)]
            for poly in shapely.get_parts(geometry)
            if not poly.is_empty
        ]
        if not polygons:
            continue
        rows.append([html_text(name), code, polygons])
        if code:
            west, south, east, north = geometry.bounds
            bounds[code] = (south, west, north, east)
    return Basemap(rows_js=js_value(rows), bounds=bounds)


def involved_bounds(basemap: Basemap, iso2: Sequence[str]) -> list[list[float]] | None:
    """Leaflet bounds ``[[south, west], [north, east]]`` around some countries."""
    boxes = [basemap.bounds[c] for c in iso2 if c in basemap.bounds]
    if not boxes:
        return None
    return [
        [min(b[0] for b in boxes), min(b[1] for b in boxes)],
        [max(b[2] for b in boxes), max(b[3] for b in boxes)],
    ]
