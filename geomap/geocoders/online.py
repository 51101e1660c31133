"""Opt-in online geocoding: one geopy service behind a rate limit, retries and a cache.

``OnlineGeocoding("nominatim", user_agent=...)`` answers ``lookup(name,
countries)`` with a ``Place`` (marked with the service's name) or None. Every
question goes to the SQLite cache first; only a question never asked before
reaches the service, through geopy's ``RateLimiter`` at the service's policy
rate, with retries after a 429, a timeout or an unavailable service. A
service that still fails is not asked again in this run: the name stays
unresolved and ``warning()`` says so in one line. Nothing here ever raises
because of what a service answered.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from geopy.exc import (
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter

from .. import __version__
from ..errors import InputError
from ..gazetteer import normalize
from ..model import Place
from .base import OnlineBackend
from .cache import GeocodeCache

__all__ = ["BACKENDS", "DEFAULT_OPTIONS", "OnlineGeocoding", "OnlineOptions", "load_backend"]

#: Online backends by name, as module:class paths: a backend's module is
#: imported only when that backend is chosen.
BACKENDS: dict[str, str] = {
    "nominatim": "geomap.geocoders.nominatim:NominatimBackend",
    "photon": "geomap.geocoders.photon:PhotonBackend",
    "arcgis": "geomap.geocoders.arcgis:ArcGISBackend",
}


@dataclass(frozen=True)
class OnlineOptions:
    """How patiently to ask a service, documented once (as geopy's ``options``).

    ``min_delay_seconds`` None keeps the backend's policy delay; a lower one
    is only for a server of your own.
    """

    timeout: float = 10.0
    max_retries: int = 2
    error_wait_seconds: float = 5.0
    results: int = 5
    min_delay_seconds: float | None = None


DEFAULT_OPTIONS = OnlineOptions()


def load_backend(name: str) -> OnlineBackend:
    """The backend registered as ``name``; an unknown one is an ``InputError``."""
    path = BACKENDS.get(name.lower())
    if path is None:
        raise InputError(f"unknown online geocoder {name!r}; choose one of {', '.join(BACKENDS)}")
    module, _, attr = path.partition(":")
    return getattr(importlib.import_module(module), attr)()


#: The longest wait before a retry, whatever a 429's Retry-After asks: a run
#: gives up on a service rather than hang for an hour.
MAX_RETRY_WAIT_SECONDS = 60.0


class _RetryingRateLimiter(RateLimiter):
    """geopy's ``RateLimiter`` (its request slots keep the policy delay), with
    back-off: retry only what a later try can cure (a 429, a timeout, an
    unavailable service), waiting ``error_wait_seconds`` doubled on each retry
    or as long as a 429's Retry-After asks, up to ``MAX_RETRY_WAIT_SECONDS``.
    Garbage or a refusal is final at once."""

    _retry_exceptions = (GeocoderRateLimited, GeocoderTimedOut, GeocoderUnavailable)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        for attempt in range(self.max_retries + 1):
            self._acquire_request_slot()
            try:
                return self.func(*args, **kwargs)
            except self._retry_exceptions as error:
                if attempt == self.max_retries:
                    raise
                asked = getattr(error, "retry_after", None) or 0.0
                self._sleep(min(max(self.error_wait_seconds * 2**attempt, asked), MAX_RETRY_WAIT_SECONDS))
        raise AssertionError("unreachable")


class OnlineGeocoding:
    """One online geocoding service for a run, behind a rate limit and a cache.

    Parameters
    ----------
    name
        A key of ``BACKENDS``: ``nominatim``, ``photon`` or ``arcgis``.
    user_agent
        Who is asking; Nominatim's policy requires one that identifies you.
    url
        ``scheme://host[:port][/path]`` of a server of your own that speaks the
        service's API; default the service's public one.
    cache
        Default ``GeocodeCache()`` in geomap's cache folder.
    options
        Timeout, retries, waits; default ``DEFAULT_OPTIONS``.
    """

    def __init__(
        self,
        name: str,
        *,
        user_agent: str | None = None,
        url: str | None = None,
        cache: GeocodeCache | None = None,
        options: OnlineOptions | None = None,
    ) -> None:
        self.backend = load_backend(name)
        self.name = self.backend.name
        if self.backend.needs_user_agent and not (user_agent and user_agent.strip()):
            raise InputError(
                f"--geocoder {self.name} needs --user-agent naming you or your application "
                f"(e.g. 'acme-briefings/1.0 ops@acme.example'), as the service's usage policy requires"
            )
        self.user_agent = user_agent.strip() if user_agent else f"geomap/{__version__}"
        self.scheme, self.domain = _endpoint(url)
        self.cache = cache if cache is not None else GeocodeCache()
        self.options = options if options is not None else DEFAULT_OPTIONS
        #: Why the service failed in this run (None while it works), and the
        #: names left unresolved because of it.
        self.failure: str | None = None
        self.unresolved: list[str] = []
        #: Requests actually sent (cache misses), for reports and tests.
        self.requests_sent = 0
        self._limited: RateLimiter | None = None

    @property
    def endpoint(self) -> str:
        """Where questions go: part of the cache key, as another server may answer otherwise."""
        return f"{self.scheme}://{self.domain}" if self.domain else "public"

    def lookup(self, name: str, countries: Sequence[str] = ()) -> Place | None:
        """The place ``name`` most likely is, preferring ``countries``; None
        when the service knows none or cannot be asked."""
        query = normalize(name)
        if not query:
            return None
        for request in self.backend.requests(countries, self.options.results):
            records = self._answer(name, query, request)
            if records is None:
                self.unresolved.append(name)
                return None
            place = choose([self.backend.place(r) for r in records], countries)
            if place is not None:
                return place
        return None

    def warning(self) -> str | None:
        """One line saying the service failed and what stayed unresolved, or None."""
        if self.failure is None:
            return None
        names = sorted(set(self.unresolved))
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        count = f"{len(names)} name{'s' if len(names) != 1 else ''} left unresolved"
        return f"{self.name} geocoding failed ({self.failure}); {count}" + (f": {shown}" if names else "")

    def _answer(self, name: str, query: str, request: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The service's records for one question, from the cache or the
        service; None when the service failed (then nothing is cached)."""
        key = {**request, "endpoint": self.endpoint}
        cached = self.cache.get(self.name, query, key)
        if cached is not None:
            return cached
        if self.failure is not None:
            return None
        try:
            self.requests_sent += 1
            found = self._geocode()(name, exactly_one=False, **request)
            records = [
                {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
                for loc in (found or [])
            ]
        except (GeopyError, LookupError, TypeError, ValueError, AttributeError) as exc:
            # A service that answers 200 with the wrong shape trips geopy's
            # parser with a KeyError or TypeError: garbage all the same.
            self.failure = _describe(exc, self.options.max_retries)
            return None
        self.cache.put(self.name, query, key, records)
        return records

    def _geocode(self) -> RateLimiter:
        if self._limited is None:
            geocoder = self.backend.geocoder(
                user_agent=self.user_agent, timeout=self.options.timeout, scheme=self.scheme, domain=self.domain
            )
            delay = self.options.min_delay_seconds
            delay = self.backend.min_delay_seconds if delay is None else delay
            self._limited = _RetryingRateLimiter(
                geocoder.geocode,
                min_delay_seconds=delay,
                max_retries=self.options.max_retries,
                error_wait_seconds=max(self.options.error_wait_seconds, delay),
                swallow_exceptions=False,
            )
        return self._limited


def choose(places: Sequence[Place | None], countries: Sequence[str]) -> Place | None:
    """The service's first answer in one of the article's countries, else its first."""
    readable = [p for p in places if p is not None]
    wanted = set(countries)
    return next((p for p in readable if p.country in wanted), readable[0] if readable else None)


def _endpoint(url: str | None) -> tuple[str | None, str | None]:
    """``scheme://host[:port][/path]`` as geopy's ``scheme`` and ``domain``."""
    if url is None:
        return None, None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(f"--geocoder-url must look like https://host[:port][/path], not {url!r}")
    return parts.scheme, parts.netloc + parts.path.rstrip("/")


def _describe(exc: BaseException, retries: int) -> str:
    """A failure in a few words, for the one warning line."""
    tries = f"after {retries + 1} tries"
    if isinstance(exc, GeocoderRateLimited):
        return f"HTTP 429 too many requests {tries}"
    if isinstance(exc, GeocoderTimedOut):
        return f"timed out {tries}"
    if isinstance(exc, GeocoderUnavailable):
        return f"service unavailable {tries}"
    if isinstance(exc, GeocoderAuthenticationFailure | GeocoderInsufficientPrivileges):
        return "the service refused the request"
    if isinstance(exc, GeocoderParseError) or not isinstance(exc, GeopyError):
        return "the service's answer was not readable"
    return f"service error: {str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__}"
