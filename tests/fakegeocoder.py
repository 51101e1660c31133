"""A stand-in geocoding service on loopback that answers like the real ones.

``FakeGeocoder`` serves Nominatim's ``/search`` (JSON list), Photon's ``/api``
(GeoJSON) and ArcGIS's ``findAddressCandidates`` (JSON candidates) from a
small table of places, so geopy's real geocoders, adapters and parsers run
against it. ``mode`` makes it misbehave: ``slow`` (answers after the
client's timeout), ``429``, ``garbage`` (invalid JSON), ``html`` (an HTML
page with status 200), ``shape`` (valid JSON of the wrong shape). Every
request is recorded with its query and User-Agent.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ARCGIS_PATH = "/arcgis/rest/services/World/GeocodeServer/findAddressCandidates"


@dataclass(frozen=True)
class FakePlace:
    name: str
    country: str  # ISO2
    lat: float
    lon: float
    state: str
    iso_state: str
    kind: str = "village"  # OSM place value


#: What the fake service knows, by lower-cased name.
PLACES = {
    "klishchiivka": FakePlace("Klishchiivka", "UA", 48.5333, 37.9667, "Donetsk Oblast", "UA-14"),
    # Only outside Ukraine: a country-restricted Nominatim search misses it.
    "zorvastan": FakePlace("Zorvastan", "KZ", 43.3, 76.9, "Almaty Region", "KZ-19", kind="town"),
}


@dataclass
class Request:
    path: str
    params: dict[str, str]
    user_agent: str
    at: float


@dataclass
class FakeGeocoder:
    mode: str = "ok"
    #: Seconds a ``slow`` answer takes.
    slow_seconds: float = 2.0
    #: The Retry-After header of a ``429``, if any.
    retry_after: str | None = None
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, path: str, params: dict[str, str]) -> tuple[int, str, str]:
        """(status, content type, body) for one request."""
        if self.mode == "429":
            return 429, "text/plain", "Too Many Requests"
        if self.mode == "garbage":
            return 200, "application/json", '[{"lat": "48.5", "lon": '
        if self.mode == "html":
            return 200, "text/html", "<html><body><h1>Service temporarily down</h1></body></html>"
        if self.mode == "shape":
            return 200, "application/json", json.dumps({"unexpected": True})
        if path == "/search":
            return 200, "application/json", json.dumps(self._nominatim(params))
        if path == "/api":
            return 200, "application/json", json.dumps(self._photon(params))
        if path == ARCGIS_PATH:
            return 200, "application/json", json.dumps(self._arcgis(params))
        return 404, "text/plain", "not found"

    def _lookup(self, query: str) -> FakePlace | None:
        return PLACES.get(query.strip().casefold())

    def _nominatim(self, params: dict[str, str]) -> list[dict[str, Any]]:
        place = self._lookup(params.get("q", ""))
        codes = params.get("countrycodes")
        if place is None or (codes and place.country.lower() not in codes.split(",")):
            return []
        return [
            {
                "place_id": 101,
                "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
                "osm_type": "node",
                "osm_id": 202,
                "lat": f"{place.lat}",
                "lon": f"{place.lon}",
                "class": "place",
                "type": place.kind,
                "place_rank": 19,
                "importance": 0.31,
                "addresstype": place.kind,
                "name": place.name,
                "display_name": f"{place.name}, {place.state}, {place.country}",
                "address": {
                    place.kind: place.name,
                    "state": place.state,
                    "ISO3166-2-lvl4": place.iso_state,
                    "country": place.country,
                    "country_code": place.country.lower(),
                },
                "boundingbox": [str(c + d) for c in (place.lat, place.lon) for d in (-0.01, 0.01)],
            }
        ]

    def _photon(self, params: dict[str, str]) -> dict[str, Any]:
        place = self._lookup(params.get("q", ""))
        features = []
        if place is not None:
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "osm_type": "N",
                        "osm_id": 202,
                        "osm_key": "place",
                        "osm_value": place.kind,
                        "type": "city",
                        "name": place.name,
                        "state": place.state,
                        "country": place.country,
                        "countrycode": place.country,
                    },
                }
            )
        return {"type": "FeatureCollection", "features": features}

    def _arcgis(self, params: dict[str, str]) -> dict[str, Any]:
        place = self._lookup(params.get("singleLine", ""))
        candidates = []
        if place is not None:
            candidates.append(
                {
                    "address": f"{place.name}, {place.state}",
                    "location": {"x": place.lon, "y": place.lat},
                    "score": 100,
                    "attributes": {"Addr_type": "Locality", "Type": place.kind.title(), "PlaceName": place.name},
                }
            )
        return {"spatialReference": {"wkid": 4326, "latestWkid": 4326}, "candidates": candidates}


def start(service: FakeGeocoder) -> ThreadingHTTPServer:
    """Serve ``service`` on a free loopback port in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urlsplit(self.path)
            params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            service.requests.append(Request(parts.path, params, self.headers.get("User-Agent", ""), time.monotonic()))
            if service.mode == "slow":
                time.sleep(service.slow_seconds)
            status, content_type, body = service.answer(parts.path, params)
            payload = body.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                if status == 429 and service.retry_after is not None:
                    self.send_header("Retry-After", service.retry_after)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the ``slow`` mode's point)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    service.port = server.server_address[1]
    # A short poll interval: shutdown() waits for one poll.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return server
