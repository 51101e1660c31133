"""Situations as one GeoJSON FeatureCollection, for QGIS, kepler.gl and friends.

One Feature per :class:`~geomap.model.Item`, in the order the Situations hold
them (articles as given, items as situated), so the same input gives the same
bytes: coordinates are rounded, nothing depends on the clock, and keys come in
a fixed order.

Properties are flat scalars on purpose: GDAL (and so QGIS and geopandas) turns
a property into one typed column, and a column whose values are sometimes a
number and sometimes a list becomes a string column nobody can filter on. So a
strength is always two integers, ``troop_low`` and ``troop_high`` (equal for a
single figure, both null when the article gives none), ``attribution`` is a
comma-joined string of who claims it, and the words behind the item are
``mention_text`` (the distinct place names as written, ``"; "``-joined) and
``sentences`` (the distinct sentences they sit in, one per line).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .model import Item, Situation

__all__ = ["COORDINATE_DECIMALS", "feature_collection", "geojson_text", "item_feature", "rounded_geometry"]

#: 5 decimals of a degree is ~1 m: finer than any gazetteer point, and short.
COORDINATE_DECIMALS = 5


def item_feature(item: Item, situation: Situation) -> dict[str, Any]:
    """One Item as a GeoJSON Feature whose properties are flat scalars."""
    low, high = _troop_range(item)
    mentions = [situation.mentions[i] for i in item.mentions if 0 <= i < len(situation.mentions)]
    text = situation.article.text
    properties = {
        "id": item.id,
        "article": situation.article.id,
        "kind": item.kind,
        "role": item.role,
        "label": item.label,
        "side": item.side,
        "sides": ",".join(item.sides) or None,
        "troop_low": low,
        "troop_high": high,
        "unit": item.unit,
        "date": item.date,
        "sequence": item.sequence,
        "attribution": ",".join(item.attribution) or None,
        "confidence": round(item.confidence, 3),
        "uncertainty_km": None if item.uncertainty_km is None else round(item.uncertainty_km, 3),
        "mention_text": "; ".join(_distinct(m.text for m in mentions)) or None,
        "sentences": "\n".join(_distinct(text[m.sentence[0] : m.sentence[1]].strip() for m in mentions)) or None,
        "source": situation.article.source or None,
    }
    return {"type": "Feature", "properties": properties, "geometry": rounded_geometry(item.geometry)}


def feature_collection(situations: Sequence[Situation]) -> dict[str, Any]:
    """Every item of ``situations`` as one FeatureCollection (RFC 7946: WGS84 lon/lat)."""
    features = [item_feature(item, s) for s in situations for item in s.items]
    return {"type": "FeatureCollection", "name": "geomap", "features": features}


def geojson_text(situations: Sequence[Situation]) -> str:
    """The FeatureCollection as text: one Feature per line, so a diff shows which item changed."""
    collection = feature_collection(situations)
    lines = [_dumps(feature) for feature in collection["features"]]
    body = ",\n".join(lines)
    head = f'{{"type": "FeatureCollection", "name": {_dumps(collection["name"])}, "features": ['
    return f"{head}\n{body}\n]}}\n" if lines else f"{head}]}}\n"


def _troop_range(item: Item) -> tuple[int | None, int | None]:
    count = item.troop_count
    if count is None:
        return None, None
    if isinstance(count, tuple):
        return int(count[0]), int(count[1])
    return int(count), int(count)


def _distinct(values: Iterator[str] | Sequence[str]) -> list[str]:
    """``values`` without repeats and empties, first occurrence first."""
    return [v for v in dict.fromkeys(values) if v]


def rounded_geometry(geometry: Mapping[str, Any], decimals: int = COORDINATE_DECIMALS) -> dict[str, Any]:
    """A GeoJSON geometry (as ``shapely.geometry.mapping`` gives it) with its
    coordinates rounded to ``decimals`` and as nested lists."""
    if geometry.get("type") == "GeometryCollection":
        return {
            "type": "GeometryCollection",
            "geometries": [rounded_geometry(g, decimals) for g in geometry["geometries"]],
        }
    return {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"], decimals)}


def _rounded(coordinates: Any, decimals: int) -> Any:
    if isinstance(coordinates, (int, float)):
        # + 0.0 turns -0.0 into 0.0, so a point on the Greenwich meridian prints one way.
        return round(float(coordinates), decimals) + 0.0
    return [_rounded(c, decimals) for c in coordinates]


def _dumps(value: Any) -> str:
    # allow_nan=False: NaN is not JSON, and QGIS rejects the whole file over one.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
