"""Forces at a border drawn as a band on their own side (``--border-band KM``).

By default a force "near the border with Ukraine" is drawn on the shared
border line: that is all the words say. A briefing often wants the ground
it means instead: the strip of the force's own country along that line,
``KM`` deep, so "troops massed on Russia's side of the border" reads as an
area. Only a force whose side is a country with a shape is banded; the rest
(a group's border, a side nobody named) keep their line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .geojson import rounded_geometry
from .model import Item, Situation

__all__ = ["MAX_BAND_KM", "with_border_bands"]

#: The deepest band drawn: beyond a few hundred km "near the border" is no
#: longer what the article said.
MAX_BAND_KM = 500.0

#: Simplification of a band's outline, in degrees (~1 km), as for regions.
_BAND_SIMPLIFY = 0.01

#: Decimals kept in a band's coordinates (~10 m), as for other drawn areas.
_BAND_DECIMALS = 4


def with_border_bands(situations: Sequence[Situation], width_km: float) -> list[Situation]:
    """``situations`` with each force's border line replaced by a band
    ``width_km`` deep on its side's side of it."""
    return [replace(s, items=tuple(_banded(i, width_km) for i in s.items)) for s in situations]


def _banded(item: Item, width_km: float) -> Item:
    from shapely.geometry import mapping, shape

    from . import shapes

    if item.kind != "border" or item.role != "troop_position" or item.side is None:
        return item
    if item.geometry.get("type") not in ("LineString", "MultiLineString"):
        return item
    band = shapes.border_band(shape(item.geometry), item.side, width_km)
    if band is None:
        return item
    outline = band.simplify(_BAND_SIMPLIFY, preserve_topology=True)
    return replace(item, geometry=rounded_geometry(mapping(outline), decimals=_BAND_DECIMALS))
