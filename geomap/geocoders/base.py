"""What every online backend says about its service, as geopy's ``base.py``.

A backend module (``nominatim.py``, ``photon.py``, ``arcgis.py``) subclasses
``OnlineBackend`` with its service's policy (the least delay between
requests, whether it needs an identifying User-Agent, the credit its data
requires), the geocode arguments it takes (a country hint, where the service
has one) and how to read one of its records as a ``Place``. The machinery
they share — rate limit, retries, cache — is ``online.OnlineGeocoding``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from geopy.adapters import URLLibAdapter
from geopy.geocoders.base import Geocoder

from ..model import Place

__all__ = ["OnlineBackend", "country_at"]


class OnlineBackend:
    """One online geocoding service reached through its geopy geocoder."""

    #: The name users choose it by (``--geocoder``) and the cache files it under.
    name: ClassVar[str]
    #: The geopy geocoder class, by import path: imported on first use only.
    geopy_class: ClassVar[str]
    #: Least seconds between two requests, per the service's usage policy.
    min_delay_seconds: ClassVar[float] = 1.0
    #: The service's policy refuses anonymous clients.
    needs_user_agent: ClassVar[bool] = False
    #: The credit its data requires on a map that shows it.
    credit: ClassVar[str]

    def geocoder(self, *, user_agent: str, timeout: float, scheme: str | None, domain: str | None) -> Geocoder:
        """The geopy geocoder, pointed at ``domain`` (its public service when None)."""
        module, _, attr = self.geopy_class.rpartition(".")
        factory = getattr(importlib.import_module(module), attr)
        # The stdlib adapter: requests' would retry timeouts itself, out of
        # the rate limiter's sight, and log each retry to stderr.
        kwargs: dict[str, Any] = {"user_agent": user_agent, "timeout": timeout, "adapter_factory": URLLibAdapter}
        if domain is not None:
            kwargs["domain"] = domain
        if scheme is not None:
            kwargs["scheme"] = scheme
        return factory(**kwargs)

    def requests(self, countries: Sequence[str], results: int) -> list[dict[str, Any]]:
        """The geocode keyword arguments to try in turn for one name, until one
        finds something. ``countries`` are the article's, most named first."""
        return [{"limit": results}]

    def place(self, record: Mapping[str, Any]) -> Place | None:
        """One stored record (``{"address", "lat", "lon", "raw"}``) as a Place,
        or None when it does not read as one."""
        raise NotImplementedError


def country_at(lat: float, lon: float) -> str | None:
    """The country a point lies in, for services whose answers name none."""
    from .. import shapes

    return shapes.country_at(lat, lon)


def iso2(code: Any) -> str | None:
    """A service's two-letter country code, upper-cased; None for anything else."""
    return code.upper() if isinstance(code, str) and len(code) == 2 else None


def point(record: Mapping[str, Any]) -> tuple[float, float] | None:
    """A record's (lat, lon) as finite numbers in range, or None."""
    try:
        lat, lon = float(record["lat"]), float(record["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):  # also rejects NaN
        return None
    return lat, lon
