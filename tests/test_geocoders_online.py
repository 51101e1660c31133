"""OnlineGeocoding and the backends against a loopback service that answers
like the real ones, so geopy's own geocoders, adapter and parsers run."""

from __future__ import annotations

import time

import pytest
from fakegeocoder import ARCGIS_PATH, FakeGeocoder

from geomap.errors import InputError
from geomap.geocoders.cache import GeocodeCache
from geomap.geocoders.online import OnlineGeocoding, OnlineOptions

#: No waiting between requests or retries, so failures take a fraction of a
#: second; the timeout leaves room for a loaded test machine.
FAST = OnlineOptions(timeout=5.0, max_retries=2, error_wait_seconds=0.01, min_delay_seconds=0.0)


def online(service: FakeGeocoder, cache: GeocodeCache, name: str = "nominatim", **options: float) -> OnlineGeocoding:
    chosen = OnlineOptions(**{**FAST.__dict__, **options}) if options else FAST
    user_agent = "geomap-tests/1 tests@example.org"
    return OnlineGeocoding(name, user_agent=user_agent, url=service.url, cache=cache, options=chosen)


@pytest.mark.parametrize(("name", "path"), [("nominatim", "/search"), ("photon", "/api"), ("arcgis", ARCGIS_PATH)])
def test_a_hit_is_a_place_marked_with_its_service(fake_geocoder, geocode_cache, name, path):
    geocoding = online(fake_geocoder, geocode_cache, name)
    place = geocoding.lookup("Klishchiivka", ["UA"])
    assert place is not None
    assert (place.name, place.country, place.type) == ("Klishchiivka", "UA", "city")
    assert (round(place.lat, 2), round(place.lon, 2)) == (48.53, 37.97)
    assert place.geocoder == name and place.online and place.geonameid is None
    assert [r.path for r in fake_geocoder.requests] == [path]
    assert geocoding.warning() is None


def test_nominatim_sends_the_hint_the_user_agent_and_english(fake_geocoder, geocode_cache):
    place = online(fake_geocoder, geocode_cache).lookup("Klishchiivka", ["UA", "RU"])
    assert place is not None and place.admin1 == "UA-14"
    (request,) = fake_geocoder.requests
    assert request.params["countrycodes"] == "ua,ru"
    assert request.params["accept-language"] == "en" and request.params["addressdetails"] == "1"
    assert request.user_agent == "geomap-tests/1 tests@example.org"


def test_nominatim_asks_the_world_when_the_articles_countries_hold_no_such_name(fake_geocoder, geocode_cache):
    geocoding = online(fake_geocoder, geocode_cache)
    place = geocoding.lookup("Zorvastan", ["UA"])
    assert place is not None and place.country == "KZ"
    assert [r.params.get("countrycodes") for r in fake_geocoder.requests] == ["ua", None]
    # Both answers are cached: the restricted miss and the worldwide hit.
    assert online(fake_geocoder, geocode_cache).lookup("zorvastan", ["UA"]) == place
    assert len(fake_geocoder.requests) == 2


def test_a_second_lookup_is_answered_from_the_cache(fake_geocoder, geocode_cache):
    first = online(fake_geocoder, geocode_cache, "photon").lookup("Klishchiivka", ["UA"])
    again = online(fake_geocoder, geocode_cache, "photon")
    assert again.lookup("KLISHCHIIVKA", ["UA"]) == first  # the key is the normalised name
    assert len(fake_geocoder.requests) == 1 and again.requests_sent == 0
    assert [(c.backend, c.found, c.missing) for c in geocode_cache.counts()] == [("photon", 1, 0)]


def test_a_miss_is_cached_too(fake_geocoder, geocode_cache):
    assert online(fake_geocoder, geocode_cache, "photon").lookup("Nowhereville", ["UA"]) is None
    assert online(fake_geocoder, geocode_cache, "photon").lookup("Nowhereville", ["UA"]) is None
    assert len(fake_geocoder.requests) == 1
    assert [(c.backend, c.found, c.missing) for c in geocode_cache.counts()] == [("photon", 0, 1)]


def test_another_server_is_another_cache_key(fake_geocoder, geocode_cache):
    online(fake_geocoder, geocode_cache, "photon").lookup("Klishchiivka")
    other = OnlineGeocoding(
        "photon", url=fake_geocoder.url + "/mirror", cache=geocode_cache, options=FAST
    )
    other.lookup("Klishchiivka")  # /mirror/api is not served: a 404 is a failure, not a cached miss
    assert other.requests_sent == 1 and other.failure is not None


@pytest.mark.parametrize(
    ("mode", "tries", "reason"),
    [
        ("429", 3, "HTTP 429 too many requests after 3 tries"),
        ("slow", 3, "timed out after 3 tries"),
        ("garbage", 1, "not readable"),
        ("html", 1, "not readable"),
        ("shape", 1, "not readable"),
    ],
)
@pytest.mark.parametrize("name", ["nominatim", "photon"])
def test_a_failing_service_leaves_names_unresolved_with_one_warning(
    fake_geocoder, geocode_cache, name, mode, tries, reason
):
    fake_geocoder.mode, fake_geocoder.slow_seconds = mode, 1.5
    geocoding = online(fake_geocoder, geocode_cache, name, timeout=0.3)
    started = time.monotonic()
    assert geocoding.lookup("Klishchiivka", ["UA"]) is None
    assert geocoding.lookup("Zorvastan", ["UA"]) is None  # not asked: the service is down for this run
    assert time.monotonic() - started < 8.0  # gave up promptly, even on a loaded machine
    assert len(fake_geocoder.requests) == tries  # retried only what a retry can cure
    warning = geocoding.warning()
    assert warning is not None and "\n" not in warning
    assert warning.startswith(f"{name} geocoding failed (") and reason in warning
    assert warning.endswith("2 names left unresolved: Klishchiivka, Zorvastan")
    assert geocode_cache.counts() == []  # failures are never cached: the next run asks again
    fake_geocoder.mode = "ok"
    assert online(fake_geocoder, geocode_cache, name).lookup("Klishchiivka", ["UA"]) is not None


@pytest.mark.parametrize(
    ("retry_after", "waits"), [(None, [0.5, 1.0, 2.0]), ("7", [7.0, 7.0, 7.0]), ("3600", [60.0, 60.0, 60.0])]
)
def test_retries_back_off_and_heed_retry_after(fake_geocoder, geocode_cache, monkeypatch, retry_after, waits):
    from geomap.geocoders.online import _RetryingRateLimiter

    sleeps: list[float] = []
    monkeypatch.setattr(_RetryingRateLimiter, "_sleep", lambda self, seconds: sleeps.append(seconds))
    fake_geocoder.mode, fake_geocoder.retry_after = "429", retry_after
    geocoding = online(fake_geocoder, geocode_cache, "photon", error_wait_seconds=0.5, max_retries=3)
    assert geocoding.lookup("Klishchiivka") is None
    assert sleeps == waits  # doubling, or as asked, never more than a minute
    assert len(fake_geocoder.requests) == 4


def test_requests_keep_the_services_minimum_delay(fake_geocoder, geocode_cache, monkeypatch):
    from geopy.adapters import URLLibAdapter

    # When the client sends, not when a loaded server gets round to it.
    sent: list[float] = []
    get_text = URLLibAdapter.get_text

    def timed(self, url, **kwargs):
        sent.append(time.monotonic())
        return get_text(self, url, **kwargs)

    monkeypatch.setattr(URLLibAdapter, "get_text", timed)
    geocoding = online(fake_geocoder, geocode_cache, "photon", min_delay_seconds=0.25, error_wait_seconds=0.25)
    for name in ("Klishchiivka", "Zorvastan", "Nowhereville"):
        geocoding.lookup(name)
    assert len(sent) == len(fake_geocoder.requests) == 3
    assert min(b - a for a, b in zip(sent, sent[1:], strict=False)) >= 0.249


def test_nominatim_policy_delay_is_one_second():
    from geomap.geocoders.nominatim import NominatimBackend

    assert NominatimBackend.min_delay_seconds >= 1.0 and NominatimBackend.needs_user_agent


def test_nominatim_needs_a_user_agent(geocode_cache):
    with pytest.raises(InputError, match="needs --user-agent"):
        OnlineGeocoding("nominatim", cache=geocode_cache)
    with pytest.raises(InputError, match="needs --user-agent"):
        OnlineGeocoding("nominatim", user_agent="  ", cache=geocode_cache)


@pytest.mark.parametrize("url", ["ftp://host", "localhost:8080", "http://", "http://host/?q=1"])
def test_a_bad_server_url_is_an_input_error(url, geocode_cache):
    with pytest.raises(InputError, match="--geocoder-url"):
        OnlineGeocoding("photon", url=url, cache=geocode_cache)


def test_an_unknown_backend_is_an_input_error():
    with pytest.raises(InputError, match="unknown online geocoder"):
        OnlineGeocoding("mapquest")


@pytest.mark.parametrize(
    ("raw", "kind", "admin1"),
    [
        ({"class": "boundary", "type": "administrative", "addresstype": "country"}, "country", None),
        ({"class": "boundary", "type": "administrative", "addresstype": "state"}, "admin1", "UA-14"),
        ({"class": "place", "type": "town", "addresstype": "town"}, "city", "UA-14"),
        ({"class": "natural", "type": "strait", "addresstype": "strait"}, "water", "UA-14"),
        ({"class": "waterway", "type": "river", "addresstype": "river"}, "water", "UA-14"),
        ({"class": "historic", "type": "monument", "addresstype": "historic"}, "landmark", "UA-14"),
    ],
)
def test_nominatim_types_from_the_records_class(raw, kind, admin1):
    from geomap.geocoders.nominatim import NominatimBackend

    record = {
        "address": "X, Donetsk Oblast, Ukraine",
        "lat": 48.5,
        "lon": 37.9,
        "raw": {**raw, "name": "X", "address": {"country_code": "ua", "ISO3166-2-lvl4": "UA-14"}},
    }
    place = NominatimBackend().place(record)
    assert place is not None and (place.type, place.country, place.admin1) == (kind, "UA", admin1)


@pytest.mark.parametrize(
    "record",
    [
        {"address": "X", "lat": "north", "lon": 37.9, "raw": {"name": "X"}},
        {"address": "X", "lat": 148.5, "lon": 37.9, "raw": {"name": "X"}},
        {"address": "X", "lat": 48.5, "lon": 37.9, "raw": "not a record"},
        {"address": "", "lat": 48.5, "lon": 37.9, "raw": {}},
    ],
)
def test_unreadable_records_are_skipped_not_raised(record):
    from geomap.geocoders.nominatim import NominatimBackend
    from geomap.geocoders.photon import PhotonBackend

    assert NominatimBackend().place(record) is None
    assert PhotonBackend().place(record) is None
