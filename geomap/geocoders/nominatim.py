"""Nominatim, OpenStreetMap's geocoder, through ``geopy.geocoders.Nominatim``.

Its usage policy asks for at most one request per second and a User-Agent
that identifies the application; its data is OpenStreetMap's (ODbL).
It filters by country natively (``countrycodes``), so the article's countries
are asked first and the whole world only when they hold no such name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ..model import Place
from .base import OnlineBackend, iso2, point

__all__ = ["NominatimBackend"]

#: Nominatim ``addresstype`` (what the place is in the address hierarchy) -> place type.
_ADDRESS_TYPES = {
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "region",
    "state_district": "region",
    "county": "region",
    "district": "region",
    "municipality": "region",
    "city": "city",
    "town": "city",
    "village": "city",
    "hamlet": "city",
    "suburb": "city",
    "borough": "city",
    "city_district": "city",
    "quarter": "city",
    "neighbourhood": "city",
    "isolated_dwelling": "city",
    "locality": "city",
}

#: OSM tags (``class``/``type``) of water bodies.
_WATER_CLASSES = frozenset({"waterway"})
_WATER_TAGS = frozenset(
    {("natural", "water"), ("natural", "bay"), ("natural", "strait"), ("place", "sea"), ("place", "ocean")}
)


class NominatimBackend(OnlineBackend):
    name: ClassVar[str] = "nominatim"
    geopy_class: ClassVar[str] = "geopy.geocoders.Nominatim"
    min_delay_seconds: ClassVar[float] = 1.0
    needs_user_agent: ClassVar[bool] = True
    credit: ClassVar[str] = "Places found online: © OpenStreetMap contributors (ODbL), via Nominatim"

    def requests(self, countries: Sequence[str], results: int) -> list[dict[str, Any]]:
        # English names on the map; the address breakdown carries the country.
        common = {"limit": results, "addressdetails": True, "language": "en"}
        world = [common]
        if countries:
            return [{**common, "country_codes": [c.lower() for c in countries]}, *world]
        return world

    def place(self, record: Mapping[str, Any]) -> Place | None:
        raw = record.get("raw")
        where = point(record)
        if not isinstance(raw, Mapping) or where is None:
            return None
        address = raw.get("address") if isinstance(raw.get("address"), Mapping) else {}
        admin1 = address.get("ISO3166-2-lvl4")
        kind = _place_type(raw)
        name = raw.get("name") or str(record.get("address") or "").split(",")[0].strip()
        if not name:
            return None
        return Place(
            name=str(name),
            country=iso2(address.get("country_code")),
            lat=where[0],
            lon=where[1],
            type=kind,
            admin1=admin1 if isinstance(admin1, str) and kind != "country" else None,
            geocoder=self.name,
        )


def _place_type(raw: Mapping[str, Any]) -> str:
    """The place type of a Nominatim record: its ``addresstype`` where that
    says, else its OSM tag; a point of interest is a landmark."""
    osm_class = raw.get("class") or raw.get("category")
    osm_type = raw.get("type")
    if osm_class in _WATER_CLASSES or (osm_class, osm_type) in _WATER_TAGS:
        return "water"
    by_address = _ADDRESS_TYPES.get(str(raw.get("addresstype")))
    if by_address:
        return by_address
    if osm_class == "place" and osm_type in _ADDRESS_TYPES:
        return _ADDRESS_TYPES[osm_type]
    if osm_class == "boundary" and osm_type == "administrative":
        return "region"
    return "landmark"
