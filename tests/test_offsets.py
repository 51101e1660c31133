"""Places described relative to a named one (issue 4, "Geometry from words")."""

import pytest
from pyproj import Geod
from shapely.geometry import Point, shape

from geomap import shapes
from geomap.model import Place
from geomap.offsets import coastal_sea, find_offset, offset_geometry, part_of

KHARKIV = Place("Kharkiv", "UA", 49.98081, 36.25272, "city")


def offset_in(text, name):
    start = text.index(name)
    return find_offset(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("Shelling hit a village 40 km (25 miles) north of Kharkiv.", "distance", "40 km (25 miles) north of Kharkiv"),
        ("a base about 25 miles southwest of Kharkiv", "distance", "25 miles southwest of Kharkiv"),
        ("a town 12 kilometres to the north-east of Kharkiv", "distance", "12 kilometres to the north-east of Kharkiv"),
        ("Fighting raged just outside Kharkiv.", "outskirts", "just outside Kharkiv"),
        ("on the outskirts of Kharkiv", "outskirts", "on the outskirts of Kharkiv"),
        ("Fighting continued in eastern Kharkiv.", "part", "eastern Kharkiv"),
        ("in the north of Kharkiv", "part", "the north of Kharkiv"),
        ("A warship sank off the coast of Kharkiv.", "coast", "off the coast of Kharkiv"),
        ("A ship was hit off Kharkiv's coast.", "coast", "off Kharkiv's coast"),
    ],
)
def test_phrases(text, kind, phrase):
    offset = offset_in(text, "Kharkiv")
    assert offset is not None and offset.kind == kind and offset.phrase == phrase
    assert text[offset.start : offset.start + len(phrase)] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "He lives in Kharkiv.",
        "The Kharkiv offensive began.",
        "40 km of road from Kharkiv",
        "east of the river and Kharkiv",
    ],
)
def test_no_offset_without_the_words(text):
    assert offset_in(text, "Kharkiv") is None


def test_distance_and_bearing_give_a_point_that_far_with_its_uncertainty():
    offset = offset_in("a village 40 km north of Kharkiv", "Kharkiv")
    drawn = offset_geometry(offset, KHARKIV, None)
    lon, lat = drawn.geometry.coords[0]
    azimuth, _, metres = Geod(ellps="WGS84").inv(KHARKIV.lon, KHARKIV.lat, lon, lat)
    assert abs(metres - 40_000) < 50 and abs(azimuth) < 0.1
    assert drawn.uncertainty_km == 10.0


def test_miles_are_converted():
    offset = offset_in("25 miles southwest of Kharkiv", "Kharkiv")
    assert offset.distance_km == pytest.approx(40.2, abs=0.1) and offset.bearing == 225.0


def test_eastern_ukraine_is_the_east_of_its_outline():
    ukraine = shapes.country_shape("UA")
    east = part_of(ukraine, 90.0)
    assert east.contains(Point(37.80, 48.00))  # Donetsk
    assert east.contains(Point(39.30, 48.57))  # Luhansk
    assert not east.intersects(Point(24.03, 49.84))  # Lviv
    assert not east.intersects(Point(30.52, 50.45))  # Kyiv
    assert east.within(ukraine.buffer(1e-9))


def test_northeastern_is_a_quarter():
    ukraine = shapes.country_shape("UA")
    part = part_of(ukraine, 45.0)
    assert part.contains(Point(36.25, 49.98))  # Kharkiv
    assert not part.intersects(Point(37.80, 47.10))  # Mariupol, south-east


def test_the_sea_off_a_coast_is_sea_near_that_coast():
    crimea = shapes.admin1_shape("UA-43")
    sea = coastal_sea(crimea)
    assert sea.distance(crimea) < 0.01
    assert sea.intersection(shapes.land_within(sea)).area < 1e-6
    assert not sea.intersects(Point(34.10, 44.95))  # Simferopol, inland


def test_outskirts_of_a_country_are_not_drawn():
    offset = offset_in("troops massed near Ukraine", "Ukraine")
    ukraine = Place("Ukraine", "UA", 49.0, 32.0, "country")
    assert offset_geometry(offset, ukraine, shapes.country_shape("UA")) is None


def test_an_offset_becomes_its_own_area_item(situate_text):
    situation = situate_text("Russian troops are stationed 40 km north of Kharkiv.")
    areas = [i for i in situation.items if i.kind == "area"]
    assert [(i.label, i.uncertainty_km) for i in areas] == [("40 km north of Kharkiv", 10.0)]
    lon, lat = shape(areas[0].geometry).coords[0]
    assert lat > 50.3


def test_an_area_label_drops_an_article_that_belongs_to_a_noun_after_the_name(situate_text):
    situation = situate_text("Polish troops are stationed near the Kuznica crossing.")
    assert [i.label for i in situation.items if i.kind == "area"] == ["Near Kuznica"]
    situation = situate_text("Russian troops massed 30 km north of the Donbas on Friday.")
    assert [i.label for i in situation.items if i.kind == "area"] == ["30 km north of the Donbas"]
    situation = situate_text("Russian troops massed 30 km north of the Donbas region on Friday.")
    assert [i.label for i in situation.items if i.kind == "area"] == ["30 km north of Donbas"]


def test_a_region_part_item_is_drawn_as_that_part(situate_text):
    situation = situate_text("Fierce fighting continued in eastern Ukraine.")
    (area,) = [i for i in situation.items if i.kind == "area"]
    assert area.label == "Eastern Ukraine"
    assert shape(area.geometry).contains(Point(37.80, 48.00))
