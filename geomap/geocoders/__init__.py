"""geopy geocoders for geomap: the offline gazetteer, and opt-in online services.

As geopy's ``geocoders`` package: one module per service, shared machinery in
``base``/``online``, and a registry from service name to geocoder.

- ``offline`` (``OfflineGazetteer``) is the default and never reaches the network.
- ``nominatim``, ``photon``, ``arcgis`` are geopy's own geocoders; geomap
  reaches them only through ``OnlineGeocoding`` (rate limit, retries, the
  SQLite ``GeocodeCache``), and only when a user chose one by name.
"""

from __future__ import annotations

import importlib
from typing import Any

from geopy.geocoders.base import Geocoder

from .. import __version__
from ..errors import InputError
from .offline import OfflineGazetteer

__all__ = ["GEOCODERS", "ONLINE_GEOCODERS", "OfflineGazetteer", "get_geocoder", "online_credit"]

#: Geocoders by service name. Online services are named by import path and
#: imported from geopy on first use; choosing one is the only way to go online.
GEOCODERS: dict[str, type[Geocoder] | str] = {
    "offline": OfflineGazetteer,
    "nominatim": "geopy.geocoders.Nominatim",
    "photon": "geopy.geocoders.Photon",
    "arcgis": "geopy.geocoders.ArcGIS",
}

#: The names ``--geocoder`` accepts besides ``offline``.
ONLINE_GEOCODERS = ("nominatim", "photon", "arcgis")

# Services whose usage policy requires an identifying User-Agent.
_NEEDS_USER_AGENT = frozenset({"nominatim", "photon"})


def get_geocoder(name: str = "offline", **kwargs: Any) -> Geocoder:
    """Instantiate the geocoder registered as ``name`` with ``kwargs``.

    ``get_geocoder()`` is the offline gazetteer; ``get_geocoder("nominatim")``
    is geopy's Nominatim with a geomap User-Agent unless one is given (bare,
    with no rate limit or cache: the pipeline uses ``OnlineGeocoding``).
    An unknown name is an ``InputError`` listing the known ones.
    """
    key = name.lower()
    entry = GEOCODERS.get(key)
    if entry is None:
        raise InputError(f"unknown geocoder {name!r}; choose one of {', '.join(GEOCODERS)}")
    if isinstance(entry, str):
        module, _, attr = entry.rpartition(".")
        entry = getattr(importlib.import_module(module), attr)
        if key in _NEEDS_USER_AGENT:
            kwargs.setdefault("user_agent", f"geomap/{__version__}")
    return entry(**kwargs)


def online_credit(name: str) -> str | None:
    """The credit a map owes for places found by the online geocoder ``name``."""
    from .online import load_backend

    return load_backend(name).credit if name in ONLINE_GEOCODERS else None
