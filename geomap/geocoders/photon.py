"""Photon, an OpenStreetMap search engine, through ``geopy.geocoders.Photon``.

Photon answers GeoJSON and has no country filter, so the article's countries
are a preference among its answers (``online.choose``), not a restriction.
Its data is OpenStreetMap's (ODbL); the public instance asks for fair use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ..model import Place
from .base import OnlineBackend, iso2, point

__all__ = ["PhotonBackend"]

#: Photon's ``type`` (its place in the address hierarchy) -> place type.
_TYPES = {
    "country": "country",
    "state": "admin1",
    "county": "region",
    "city": "city",
    "district": "city",
    "locality": "city",
}

#: OSM keys and values of water bodies.
_WATER_KEYS = frozenset({"waterway"})
_WATER_VALUES = frozenset({"water", "bay", "strait", "sea", "ocean"})


class PhotonBackend(OnlineBackend):
    name: ClassVar[str] = "photon"
    geopy_class: ClassVar[str] = "geopy.geocoders.Photon"
    min_delay_seconds: ClassVar[float] = 1.0
    credit: ClassVar[str] = "Places found online: © OpenStreetMap contributors (ODbL), via Photon"

    def requests(self, countries: Sequence[str], results: int) -> list[dict[str, Any]]:
        return [{"limit": results, "language": "en"}]

    def place(self, record: Mapping[str, Any]) -> Place | None:
        raw = record.get("raw")
        where = point(record)
        if not isinstance(raw, Mapping) or where is None:
            return None
        properties = raw.get("properties")
        if not isinstance(properties, Mapping) or not properties.get("name"):
            return None
        osm_key, osm_value = properties.get("osm_key"), properties.get("osm_value")
        if osm_key in _WATER_KEYS or (osm_key == "natural" and osm_value in _WATER_VALUES):
            kind = "water"
        else:
            kind = _TYPES.get(str(properties.get("type")), "landmark")
        return Place(
            name=str(properties["name"]),
            country=iso2(properties.get("countrycode")),
            lat=where[0],
            lon=where[1],
            type=kind,
            geocoder=self.name,
        )
