"""Names the offline gazetteer lacks, placed by an opted-in online service
(a loopback stand-in, tests/fakegeocoder.py)."""

from __future__ import annotations

import pytest

from geomap.geocoders.online import OnlineGeocoding, OnlineOptions
from geomap.model import Article, Mention, Place
from geomap.pipeline import map_article, map_articles
from geomap.resolve_online import ONLINE_CONFIDENCE, article_countries, resolve_online

FAST = OnlineOptions(timeout=5.0, max_retries=0, error_wait_seconds=0.0, min_delay_seconds=0.0)
UKRAINE = Place("Ukraine", "UA", 49.0, 32.0, "country", 690791)
TEXT = "Fighting continued near Klishchiivka in eastern Ukraine, and near Klishchiivka again."


def photon(service, cache) -> OnlineGeocoding:
    return OnlineGeocoding("photon", url=service.url, cache=cache, options=FAST)


def test_only_unresolved_toponyms_are_asked_once_per_name(fake_geocoder, geocode_cache):
    mentions = [
        Mention("Klishchiivka", 24, 36, confidence=0.9),
        Mention("Ukraine", 48, 55, place=UKRAINE, confidence=0.9),
        Mention("Klishchiivka", 68, 80, confidence=0.8),
        Mention("Zorvastani", 0, 10, kind="demonym", confidence=0.9),  # never sent
    ]
    resolved = resolve_online(mentions, photon(fake_geocoder, geocode_cache))
    assert [r.params["q"] for r in fake_geocoder.requests] == ["Klishchiivka"]
    first, ukraine, again, demonym = resolved
    assert first.place is not None and first.place.geocoder == "photon" and first.place.country == "UA"
    assert again.place == first.place
    assert first.confidence == pytest.approx(0.9 * ONLINE_CONFIDENCE)
    assert ukraine is mentions[1] and demonym.place is None


def test_the_hint_is_the_countries_the_article_names():
    mentions = [
        Mention("Russia", 0, 6, place=Place("Russia", "RU", 60.0, 90.0, "country")),
        Mention("Ukraine", 10, 17, place=UKRAINE),
        Mention("Ukrainian", 20, 29, kind="demonym", place=UKRAINE),
        Mention("Kyiv", 30, 34, place=Place("Kyiv", "UA", 50.45, 30.52, "city")),
    ]
    assert article_countries(mentions) == ("UA", "RU")


def test_the_pipeline_places_what_offline_lacked(fake_geocoder, geocode_cache, gazetteer):
    offline = map_article(Article(text=TEXT, id="t"), gazetteer=gazetteer)
    assert [m.place for m in offline.mentions if m.text == "Klishchiivka"] == [None, None]

    online = photon(fake_geocoder, geocode_cache)
    situation = map_article(Article(text=TEXT, id="t"), gazetteer=gazetteer, online=online)
    placed = [m for m in situation.mentions if m.text == "Klishchiivka"]
    assert [m.place.name for m in placed if m.place] == ["Klishchiivka", "Klishchiivka"]
    assert placed[0].to_json()["place"]["geocoder"] == "photon"
    assert placed[0].to_json()["place"]["geonameid"] is None
    ukraine = next(m for m in situation.mentions if m.text == "Ukraine")
    assert ukraine.place is not None and ukraine.place.geocoder == "offline"
    # Rerun: the cache answers, the service sees nothing.
    asked = len(fake_geocoder.requests)
    rerun = map_article(Article(text=TEXT, id="t"), gazetteer=gazetteer, online=photon(fake_geocoder, geocode_cache))
    assert len(fake_geocoder.requests) == asked == 1
    assert rerun.to_json() == situation.to_json()


def test_online_geocoding_runs_in_one_process(geocode_cache, gazetteer):
    from geomap.errors import InputError

    online = OnlineGeocoding("photon", cache=geocode_cache, options=FAST)
    with pytest.raises(InputError, match="one process"):
        next(map_articles([Article(text=TEXT)], gazetteer=gazetteer, workers=2, online=online))
