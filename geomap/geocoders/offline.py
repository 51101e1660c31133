"""The offline gazetteer as a geopy ``Geocoder``.

``OfflineGazetteer`` is just another geopy ``Geocoder``, so code written
against geopy (``geocode(query, exactly_one=...)`` returning ``Location``)
works offline unchanged, and its adapter refuses every request.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from ..errors import InputError
from ..gazetteer import Gazetteer, GazetteerRecord, open_gazetteer

__all__ = ["OfflineGazetteer"]


class _NoNetworkAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses every request: the offline geocoder's
    guarantee that it never reaches the network, even by mistake."""

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        raise GeocoderServiceError(f"OfflineGazetteer makes no network requests (asked for {url})")

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> Any:
        raise GeocoderServiceError(f"OfflineGazetteer makes no network requests (asked for {url})")


class OfflineGazetteer(Geocoder):
    """Geocode place names against geomap's offline gazetteer.

    Parameters
    ----------
    gazetteer
        An open ``Gazetteer``; default ``open_gazetteer(cache_dir)``.
    cache_dir
        Where the gazetteer index is built/read when ``gazetteer`` is None.

    A query may carry qualifiers after commas, as datelines do: "Paris,
    Texas", "Marietta, Ga.", "Geneva, Switzerland". Each qualifier that names
    a country or first-level region restricts the candidates to it.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, cache_dir: str | None = None) -> None:
        super().__init__(adapter_factory=_NoNetworkAdapter)
        self.gazetteer = gazetteer if gazetteer is not None else open_gazetteer(cache_dir)

    def geocode(
        self,
        query: str | dict[str, str],
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """Return the best place for ``query`` (or up to ``limit`` of them).

        Parameters
        ----------
        query
            A place name, optionally qualified ("Paris, Texas"); or a geopy
            structured query dict with any of ``city``, ``county``, ``state``,
            ``country`` (joined most specific first).
        exactly_one
            Return one ``Location`` (or None) instead of a list.
        country_codes
            ISO 3166-1 alpha-2 code(s) the result must lie in.
        limit
            Most results when ``exactly_one`` is False (default 10).
        timeout
            Accepted for geopy compatibility; nothing here waits on a network.

        Returns
        -------
        ``Location`` whose ``raw`` is the gazetteer record as a dict, a list of
        them, or None when nothing matches.
        """
        text = _query_text(query)
        codes = [country_codes] if isinstance(country_codes, str) else country_codes
        wanted = 1 if exactly_one else (limit or 10)
        records = self._lookup(text, codes, wanted)
        locations = [self._location(record) for record in records]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None

    def _lookup(self, text: str, codes: Iterable[str] | None, wanted: int) -> list[GazetteerRecord]:
        gaz = self.gazetteer
        head, *qualifiers = [part.strip() for part in text.split(",")]
        if qualifiers and all(qualifiers):
            areas = [gaz.qualifier(q) for q in qualifiers]
            if all(areas):
                # Over-fetch: the qualifier filter runs after ranking.
                pool = gaz.candidates(head, country_codes=codes, limit=max(200, wanted))
                kept = [r for r in pool if all(any(_within(r, a) for a in area) for area in areas)]
                if kept:
                    return kept[:wanted]
        # Unqualified, or the commas belong to the name ("Washington, D.C.").
        return gaz.candidates(text, country_codes=codes, limit=wanted)

    def _location(self, record: GazetteerRecord) -> Location:
        return Location(self._address(record), (record.lat, record.lon), record.to_dict())

    def _address(self, record: GazetteerRecord) -> str:
        """The record's name with its region and country, as geopy services
        format addresses: "Paris, Texas, United States"."""
        parts = [record.name]
        if record.type not in ("country", "admin1") and record.admin1:
            region = self.gazetteer.admin1(record.admin1)
            if region is not None and region.name != record.name:
                parts.append(region.name)
        if record.type != "country" and record.country:
            country = self.gazetteer.country(record.country)
            if country is not None and country.name not in parts:
                parts.append(country.name)
        return ", ".join(parts)


def _within(record: GazetteerRecord, area: GazetteerRecord) -> bool:
    """True when ``record`` lies in the country or admin-1 region ``area``."""
    if record == area:  # "X, Y" names a place inside Y, never Y itself
        return False
    if area.type == "admin1":
        return area.admin1 is not None and record.admin1 == area.admin1
    return area.country is not None and record.country == area.country


def _query_text(query: str | dict[str, str]) -> str:
    """Flatten a geopy structured query into a qualified name."""
    if isinstance(query, dict):
        keys = ("city", "county", "state", "country")
        unknown = set(query) - set(keys)
        if unknown:
            raise InputError(f"unsupported structured query fields: {sorted(unknown)}")
        query = ", ".join(query[k] for k in keys if query.get(k))
    if not isinstance(query, str) or not query.strip():
        raise InputError("geocode query must be a non-empty string")
    return query.strip()
