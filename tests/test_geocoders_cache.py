"""The SQLite cache of online geocoding answers."""

from __future__ import annotations

import sqlite3

from geomap.geocoders.cache import GeocodeCache

HIT = [{"address": "Klishchiivka, Ukraine", "lat": 48.53, "lon": 37.97, "raw": {"name": "Klishchiivka"}}]


def test_reading_a_missing_cache_creates_nothing(tmp_path):
    cache = GeocodeCache(tmp_path / "sub" / "geocode.sqlite")
    assert cache.get("photon", "kyiv", {}) is None
    assert cache.counts() == [] and cache.size() == 0 and cache.clear() == 0
    assert not (tmp_path / "sub").exists()


def test_hits_and_misses_are_kept_apart_by_backend_query_and_options(tmp_path):
    cache = GeocodeCache(tmp_path / "geocode.sqlite")
    cache.put("nominatim", "klishchiivka", {"country_codes": ["ua"], "limit": 5}, HIT)
    cache.put("nominatim", "klishchiivka", {"limit": 5}, [])
    cache.put("photon", "klishchiivka", {"limit": 5}, HIT)
    # Option order does not matter; their values do.
    assert cache.get("nominatim", "klishchiivka", {"limit": 5, "country_codes": ["ua"]}) == HIT
    assert cache.get("nominatim", "klishchiivka", {"limit": 5}) == []
    assert cache.get("nominatim", "klishchiivka", {"limit": 3}) is None
    assert cache.get("arcgis", "klishchiivka", {"limit": 5}) is None
    assert [(c.backend, c.found, c.missing, c.entries) for c in cache.counts()] == [
        ("nominatim", 1, 1, 2),
        ("photon", 1, 0, 1),
    ]
    assert cache.size() > 0


def test_the_time_is_stored_as_data_only(tmp_path):
    path = tmp_path / "geocode.sqlite"
    GeocodeCache(path).put("photon", "kyiv", {}, HIT)
    (stored_at,) = sqlite3.connect(path).execute("SELECT stored_at FROM answers").fetchone()
    assert stored_at.endswith("Z") and len(stored_at) == 20
    assert GeocodeCache(path).get("photon", "kyiv", {}) == HIT


def test_clear_one_backend_or_all(tmp_path):
    cache = GeocodeCache(tmp_path / "geocode.sqlite")
    for backend in ("nominatim", "photon"):
        cache.put(backend, "kyiv", {}, HIT)
        cache.put(backend, "nowhere", {}, [])
    assert cache.clear("photon") == 2
    assert [c.backend for c in cache.counts()] == ["nominatim"]
    assert cache.clear() == 2 and cache.counts() == []


def test_a_damaged_file_is_started_afresh(tmp_path):
    path = tmp_path / "geocode.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = GeocodeCache(path)
    assert cache.get("photon", "kyiv", {}) is None
    cache.put("photon", "kyiv", {}, HIT)
    assert cache.get("photon", "kyiv", {}) == HIT
