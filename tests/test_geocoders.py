"""OfflineGazetteer as a geopy geocoder, and the geocoder registry (real data)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from geopy.exc import GeocoderServiceError
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap.errors import InputError
from geomap.gazetteer import Gazetteer, open_gazetteer
from geomap.geocoders import GEOCODERS, OfflineGazetteer, get_geocoder


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    # The same folder as test_gazetteer's, so a session builds one index.
    folder = tmp_path_factory.getbasetemp() / "geomap-gazetteer-cache"
    folder.mkdir(exist_ok=True)
    return open_gazetteer(folder)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test here that opens a network connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def geocoder(gaz: Gazetteer) -> OfflineGazetteer:
    return OfflineGazetteer(gazetteer=gaz)


def test_is_a_geopy_geocoder(geocoder: OfflineGazetteer) -> None:
    assert isinstance(geocoder, Geocoder)


def test_geocode_returns_a_location_with_the_record_as_raw(geocoder: OfflineGazetteer) -> None:
    loc = geocoder.geocode("Kiev")
    assert isinstance(loc, Location)
    assert loc.address == "Kyiv, Ukraine"
    assert (round(loc.latitude), round(loc.longitude)) == (50, 31)
    assert loc.raw["name"] == "Kyiv" and loc.raw["country"] == "UA" and loc.raw["type"] == "city"
    assert loc.raw["geonameid"] == 703448 and loc.raw["admin1"] == "UA-30" and loc.raw["population"] > 2_000_000


def test_paris_texas_is_in_texas(geocoder: OfflineGazetteer) -> None:
    loc = geocoder.geocode("Paris, Texas")
    assert loc is not None and loc.raw["country"] == "US" and loc.raw["admin1"] == "US-TX"
    assert 33 < loc.latitude < 34 and -96 < loc.longitude < -95
    assert loc.address == "Paris, Texas, United States"
    plain = geocoder.geocode("Paris")
    assert plain is not None and plain.raw["country"] == "FR"


@pytest.mark.parametrize(
    ("query", "country", "admin1"),
    [
        ("Marietta, Ga.", "US", "US-GA"),
        ("Marietta, Ohio", "US", "US-OH"),
        ("Geneva, Switzerland", "CH", "CH-GE"),
        ("Geneva, N.Y.", "US", "US-NY"),
        ("Washington, D.C.", "US", "US-DC"),
        ("Springfield, Ill.", "US", "US-IL"),
        ("Springfield, IL, USA", "US", "US-IL"),
        ("Kingston, Ont.", "CA", "CA-ON"),
        ("London, Ontario", "CA", "CA-ON"),
        ("Brooklyn, New York", "US", "US-NY"),
    ],
)
def test_qualified_queries(geocoder: OfflineGazetteer, query: str, country: str, admin1: str) -> None:
    loc = geocoder.geocode(query)
    assert loc is not None, query
    assert (loc.raw["country"], loc.raw["admin1"]) == (country, admin1)


def test_a_qualifier_never_returns_itself(geocoder: OfflineGazetteer) -> None:
    loc = geocoder.geocode("New York, N.Y.")
    assert loc is not None and loc.raw["type"] == "city" and loc.raw["admin1"] == "US-NY"


def test_a_qualified_name_missing_from_its_region_is_none(geocoder: OfflineGazetteer) -> None:
    assert geocoder.geocode("Kyiv, Texas") is None


def test_exactly_one_false_gives_a_ranked_list(geocoder: OfflineGazetteer) -> None:
    found = geocoder.geocode("Springfield", exactly_one=False, limit=5)
    assert isinstance(found, list) and len(found) == 5
    populations = [loc.raw["population"] for loc in found]
    assert populations[0] == max(populations)


def test_country_codes(geocoder: OfflineGazetteer) -> None:
    loc = geocoder.geocode("Paris", country_codes="us")
    assert loc is not None and loc.raw["country"] == "US"
    assert geocoder.geocode("Paris", country_codes=["DE"]) is None


def test_structured_query(geocoder: OfflineGazetteer) -> None:
    loc = geocoder.geocode({"city": "Paris", "state": "Texas"})
    assert loc is not None and loc.raw["admin1"] == "US-TX"


def test_groups_and_regions_geocode(geocoder: OfflineGazetteer) -> None:
    nato = geocoder.geocode("NATO")
    assert nato is not None and nato.raw["type"] == "group" and "PL" in nato.raw["members"]
    crimea = geocoder.geocode("Crimea")
    assert crimea is not None and crimea.address == "Crimea, Ukraine"


def test_unknown_place_is_none(geocoder: OfflineGazetteer) -> None:
    assert geocoder.geocode("Xqzzyville") is None
    assert geocoder.geocode("Xqzzyville", exactly_one=False) is None


def test_empty_query_is_an_input_error(geocoder: OfflineGazetteer) -> None:
    with pytest.raises(InputError):
        geocoder.geocode("   ")


def test_the_adapter_refuses_network_requests(geocoder: OfflineGazetteer) -> None:
    with pytest.raises(GeocoderServiceError, match="no network"):
        geocoder.adapter.get_json("https://nominatim.openstreetmap.org/search", timeout=1, headers={})


def test_constructor_is_keyword_only(gaz: Gazetteer) -> None:
    with pytest.raises(TypeError):
        OfflineGazetteer(gaz)  # type: ignore[misc]


def test_cache_dir_constructor_argument(gaz: Gazetteer) -> None:
    geocoder = OfflineGazetteer(cache_dir=str(Path(gaz.path).parent))
    assert geocoder.gazetteer is gaz


def test_registry(gaz: Gazetteer) -> None:
    assert set(GEOCODERS) >= {"offline", "nominatim", "photon", "arcgis"}
    offline = get_geocoder("offline", gazetteer=gaz)
    assert isinstance(offline, OfflineGazetteer)
    online = get_geocoder("Nominatim")  # constructing it makes no request
    assert isinstance(online, Nominatim)
    assert online.headers["User-Agent"].startswith("geomap/")
    with pytest.raises(InputError, match="unknown geocoder"):
        get_geocoder("mapquest-classic")
