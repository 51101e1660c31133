"""Moves read from the parse become ordered arrows (issue 4, "Movement")."""

import pytest
from shapely.geometry import shape


def legs(situation):
    return sorted(
        (item.sequence, item.label, item.role) for item in situation.items if item.kind == "movement"
    )


def test_troops_moving_from_one_country_into_another(situate_text):
    situation = situate_text("Russian troops moved from Belarus into Ukraine on Thursday.")
    assert legs(situation) == [(0, "Belarus → Ukraine", "troop_position")]
    (leg,) = [i for i in situation.items if i.kind == "movement"]
    line = shape(leg.geometry)
    assert line.geom_type == "LineString"
    (start, end) = line.coords
    assert start[1] > end[1]  # Belarus lies north of Ukraine: the arrow points south


def test_entering_names_the_destination_as_its_object(situate_text):
    situation = situate_text("Russian tanks entered Ukraine from Belarus.")
    assert legs(situation) == [(0, "Belarus → Ukraine", "troop_position")]


def test_sending_moves_the_object(situate_text):
    situation = situate_text("The Kremlin sent troops from Crimea to Kherson last month.")
    assert legs(situation) == [(0, "Crimea → Kherson", "troop_position")]


def test_talks_move_on_from_the_earlier_venue_in_reading_order(situate_text):
    situation = situate_text(
        "Talks between the two delegations began in Geneva on Monday. "
        "Discussions will move to meetings in Brussels and Vienna later this week."
    )
    assert legs(situation) == [
        (0, "Geneva → Brussels", "meeting_venue"),
        (1, "Brussels → Vienna", "meeting_venue"),
    ]
    order = {i.label: i.sequence for i in situation.items if i.kind == "place" and i.role == "meeting_venue"}
    assert order == {"Geneva": 0, "Brussels": 1, "Vienna": 2}


def test_people_fleeing_is_a_plain_move(situate_text):
    situation = situate_text("Thousands of refugees fled from Kharkiv to Poland.")
    assert legs(situation) == [(0, "Kharkiv → Poland", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces withdrew from Kherson.",  # no destination: nothing to draw
        "Troops are stationed in Poland and Lithuania.",  # standing, not moving
        "The minister flew to Paris.",  # no origin, and not talks moving on
    ],
)
def test_no_arrow_without_both_ends_of_a_move(situate_text, text):
    assert legs(situate_text(text)) == []


def test_venues_are_not_numbered_when_nothing_moves(situate_text):
    situation = situate_text("Leaders met in Paris on Monday. A second summit was held in Berlin.")
    assert all(item.sequence is None for item in situation.items)
