"""ArcGIS World Geocoding, through ``geopy.geocoders.ArcGIS`` (anonymous use).

geopy passes no country filter to it, so the article's countries are a
preference among its answers. Its answers give the country as ISO alpha-3,
so the country is read from the point instead (``base.country_at``), under
the same boundary point of view as the map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ..model import Place
from .base import OnlineBackend, country_at, point

__all__ = ["ArcGISBackend"]

#: The candidate attributes asked for: what kind of match it is.
OUT_FIELDS = ("Addr_type", "Type", "PlaceName")

#: ArcGIS ``Addr_type``/``Type`` values (lower case) -> place type.
_TYPES = {
    "country": "country",
    "state or province": "admin1",
    "region": "admin1",
    "subregion": "region",
    "zone": "region",
    "city": "city",
    "town": "city",
    "village": "city",
    "locality": "city",
    "neighborhood": "city",
    "district": "city",
    "ocean": "water",
    "sea": "water",
    "bay": "water",
    "strait": "water",
    "lake": "water",
    "river": "water",
}


class ArcGISBackend(OnlineBackend):
    name: ClassVar[str] = "arcgis"
    geopy_class: ClassVar[str] = "geopy.geocoders.ArcGIS"
    min_delay_seconds: ClassVar[float] = 0.5
    credit: ClassVar[str] = "Places found online: Esri ArcGIS World Geocoding"

    def requests(self, countries: Sequence[str], results: int) -> list[dict[str, Any]]:
        return [{"out_fields": list(OUT_FIELDS)}]

    def place(self, record: Mapping[str, Any]) -> Place | None:
        raw = record.get("raw")
        if not isinstance(raw, Mapping):
            return None
        where = point(record)
        if where is None:
            return None
        lat, lon = where
        attributes = raw.get("attributes") if isinstance(raw.get("attributes"), Mapping) else {}
        kinds = [str(attributes.get(k, "")).lower() for k in ("Type", "Addr_type")]
        kind = next((_TYPES[k] for k in kinds if k in _TYPES), "landmark")
        name = attributes.get("PlaceName") or str(raw.get("address") or "").split(",")[0].strip()
        if not name:
            return None
        return Place(
            name=str(name),
            country=country_at(lat, lon),
            lat=lat,
            lon=lon,
            type=kind,
            geocoder=self.name,
        )
