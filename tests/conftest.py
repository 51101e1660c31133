"""Shared fixtures: the real gazetteer and NER model, loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from geomap.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    from geomap.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def situate_text(gazetteer):
    """Run the whole pipeline on a snippet of text."""
    from geomap.model import Article
    from geomap.pipeline import map_article

    def run(text: str):
        return map_article(Article(text=text, id="snippet"), gazetteer=gazetteer)

    return run


@pytest.fixture
def fake_geocoder(monkeypatch):
    """A loopback service answering like Nominatim, Photon and ArcGIS (tests/fakegeocoder.py)."""
    from fakegeocoder import FakeGeocoder, start

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # loopback goes direct
    service = FakeGeocoder()
    server = start(service)
    yield service
    server.shutdown()
    server.server_close()


@pytest.fixture
def geocode_cache(tmp_path, monkeypatch):
    """A fresh online-geocoding cache, made the default for the test."""
    from geomap.geocoders import cache

    path = tmp_path / "geocode.sqlite"
    monkeypatch.setattr(cache, "default_cache_path", lambda: path)
    return cache.GeocodeCache(path)
