"""The gazetteer's unit of answer: one place with its kind, country and point."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Place

#: Record kinds: ``geomap.model.PLACE_TYPES`` plus ``admin2`` (a county or
#: district), which the gazetteer keeps apart so lookups can filter and rank
#: it, and which ``to_place`` reports as a "region" (the contract has no admin-2).
RECORD_TYPES = ("country", "admin1", "admin2", "city", "region", "water", "landmark", "group")

#: Record kinds that are not place types, and the place type they become.
_PLACE_TYPE_OF = {"admin2": "region"}


@dataclass(frozen=True)
class GazetteerRecord:
    """A place the offline gazetteer knows, with the facts ranking needs.

    ``members`` lists ISO2 countries for groups and regions (NATO, Balkans);
    ``prior`` is the build-time ranking score (higher first) that mixes kind
    and population, so callers can compare candidates of different names.
    """

    name: str
    country: str | None
    lat: float
    lon: float
    type: str
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    feature_code: str | None = None
    members: tuple[str, ...] = ()
    prior: float = 0.0
    #: Set by ``Gazetteer.candidates``: the query matched only an alternate
    #: spelling ("Google" is a joke alternate name of Topeka).
    alternate: bool = field(default=False, compare=False)

    def to_place(self) -> Place:
        """The pipeline's ``Place`` for this record (an ``admin2`` is a "region")."""
        return Place(
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            type=_PLACE_TYPE_OF.get(self.type, self.type),
            geonameid=self.geonameid,
            population=self.population,
            admin1=self.admin1,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (geopy ``Location.raw`` uses it)."""
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "type": self.type,
            "population": self.population,
            "geonameid": self.geonameid,
            "admin1": self.admin1,
            "feature_code": self.feature_code,
            "members": list(self.members),
            "prior": self.prior,
        }
