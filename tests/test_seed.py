"""What the seed article must give (issue 2): the situation, checked against real shapes."""

from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from geomap import shapes
from geomap.article import load_article
from geomap.pipeline import map_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "us-russia-geneva-talks.txt"


@pytest.fixture(scope="module")
def situation():
    return map_article(load_article(SEED))


def items_with(situation, role):
    return [item for item in situation.items if item.role == role]


def mentions_named(situation, text):
    return [m for m in situation.mentions if m.text == text]


@pytest.mark.parametrize(("city", "country"), [("Geneva", "CH"), ("Brussels", "BE"), ("Vienna", "AT")])
def test_meeting_venues(situation, city, country):
    venues = [i for i in items_with(situation, "meeting_venue") if i.label == city]
    assert len(venues) == 1, [i.label for i in items_with(situation, "meeting_venue")]
    lon, lat = venues[0].geometry["coordinates"]
    assert shapes.country_at(lat, lon) == country


def test_troops_stand_on_the_russia_ukraine_border(situation):
    forces = [i for i in items_with(situation, "troop_position") if i.troop_count == 100_000]
    assert len(forces) == 1
    force = forces[0]
    assert force.side == "RU"
    line = shape(force.geometry)
    assert line.geom_type in ("LineString", "MultiLineString")
    middle = line.interpolate(0.5, normalized=True)
    # On the border: touching both countries, and nowhere near Russia's centre (~62N 94E).
    assert shapes.country_shape("RU").distance(middle) < 0.5
    assert shapes.country_shape("UA").distance(middle) < 0.5
    assert 30 < middle.x < 41 and 44 < middle.y < 53
    counted = [m for m in situation.mentions if m.troop_count == 100_000]
    assert counted and all(m.role == "troop_position" for m in counted)


def test_crimea_is_disputed_and_drawn_as_its_outline(situation):
    disputed = items_with(situation, "disputed_territory")
    assert [i.label for i in disputed] == ["Crimea"]
    outline = shape(disputed[0].geometry)
    assert outline.geom_type in ("Polygon", "MultiPolygon")
    assert outline.contains(Point(34.10, 44.95))  # Simferopol
    assert not outline.contains(Point(36.23, 49.99))  # Kharkiv
    minx, miny, maxx, maxy = outline.bounds
    assert 32.4 < minx and maxx < 36.7 and 44.3 < miny and maxy < 46.3
    lon, lat = outline.representative_point().coords[0]
    assert shapes.country_at(lat, lon) == "UA"


def test_talks_move_from_geneva_to_brussels_then_vienna(situation):
    venues = {i.label: i.sequence for i in items_with(situation, "meeting_venue") if i.kind == "place"}
    assert venues == {"Geneva": 0, "Brussels": 1, "Vienna": 2}
    legs = sorted((i.sequence, i.label) for i in situation.items if i.kind == "movement")
    assert legs == [(0, "Geneva → Brussels"), (1, "Brussels → Vienna")]
    for leg in (i for i in situation.items if i.kind == "movement"):
        assert leg.role == "meeting_venue"
        assert shape(leg.geometry).geom_type == "LineString"


def test_the_build_up_is_what_washington_and_kiev_say(situation):
    (border,) = [i for i in situation.items if i.kind == "border" and i.troop_count == 100_000]
    assert border.attribution == ("US", "UA")
    venues = [i for i in items_with(situation, "meeting_venue")]
    assert all(not i.attribution for i in venues)


def test_russian_troops_in_kazakhstan(situation):
    deployed = [i for i in items_with(situation, "troop_position") if i.troop_count is None]
    assert len(deployed) == 1
    assert deployed[0].side == "RU"
    lon, lat = shape(deployed[0].geometry).representative_point().coords[0]
    assert shapes.country_at(lat, lon) == "KZ"


def test_kiev_is_kyiv(situation):
    (kiev,) = mentions_named(situation, "Kiev")
    assert kiev.place.name == "Kyiv" and kiev.place.country == "UA"


def test_washington_and_kiev_are_metonymic_actors_not_markers(situation):
    for name in ("Washington", "Kiev"):
        for mention in mentions_named(situation, name):
            assert mention.role == "actor" and mention.metonym, mention
    drawn = {situation.mentions[i].text for item in situation.items for i in item.mentions}
    assert "Washington" not in drawn and "Kiev" not in drawn


@pytest.mark.parametrize("country", ["US", "RU", "UA"])
def test_actors(situation, country):
    assert country in situation.countries
    assert any(
        m.role == "actor" and m.place is not None and m.place.country == country and m.place.type == "country"
        for m in situation.mentions
    )


def test_people_are_not_places(situation):
    for mention in situation.mentions:
        assert "Sherman" not in mention.text and "Ryabkov" not in mention.text


def test_every_mention_points_into_the_text(situation):
    text = situation.article.text
    for mention in situation.mentions:
        assert text[mention.start : mention.end] == mention.text
        start, end = mention.sentence
        assert start <= mention.start and mention.end <= end
