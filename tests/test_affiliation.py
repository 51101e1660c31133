"""Affiliation of forces to the reader's viewpoint (geomap/render/affiliation.py)."""

from __future__ import annotations

import pytest

from geomap.render.affiliation import FRIENDLY, HOSTILE, NEUTRAL, UNKNOWN, Viewpoint, side_name


def test_without_a_viewpoint_every_force_is_unknown() -> None:
    view = Viewpoint()
    assert {view.affiliation(side) for side in ("US", "RU", "NATO", None)} == {UNKNOWN}
    assert view.describe() == "No viewpoint set: every force is unknown"


def test_own_side_friendly_other_side_hostile_no_side_unknown() -> None:
    view = Viewpoint.parse("us")
    assert view.affiliation("US") == FRIENDLY
    assert view.affiliation("us") == FRIENDLY
    assert view.affiliation("RU") == HOSTILE
    assert view.affiliation(None) == UNKNOWN
    assert view.affiliation("") == UNKNOWN


def test_groups_count_their_members() -> None:
    nato = Viewpoint.parse("NATO")
    assert nato.affiliation("PL") == FRIENDLY  # a member of the viewpoint group
    assert nato.affiliation("NATO") == FRIENDLY
    assert nato.affiliation("RU") == HOSTILE
    assert nato.affiliation("CSTO") == HOSTILE  # no member in common
    # The EU shares some members with NATO, not all: the map does not guess.
    assert nato.affiliation("European Union") == UNKNOWN
    # A group the viewpoint country belongs to is its own side.
    assert Viewpoint.parse("US").affiliation("NATO") == FRIENDLY
    assert Viewpoint.parse("RU").affiliation("CSTO") == FRIENDLY


def test_listed_sides_are_neutral_not_hostile() -> None:
    view = Viewpoint.parse("UA", ["kz", "European Union"])
    assert view.neutral == ("KZ", "European Union")
    assert view.affiliation("KZ") == NEUTRAL
    assert view.affiliation("FR") == NEUTRAL  # a member of a neutral group
    assert view.affiliation("RU") == HOSTILE
    assert view.affiliation("UA") == FRIENDLY
    assert view.describe() == "Seen from UA; neutral: KZ, EU"


def test_allies_are_friendly() -> None:
    # Two countries of one defence alliance are on the same side.
    assert Viewpoint.parse("US").affiliation("FR") == FRIENDLY
    assert Viewpoint.parse("RU").affiliation("AM") == FRIENDLY
    assert Viewpoint.parse("US").affiliation("AM") == HOSTILE  # CSTO, not NATO
    # Sharing a union is not an alliance: Austria is in the EU, not NATO.
    assert Viewpoint.parse("DE").affiliation("AT") == HOSTILE


def test_listed_hostile_sides_leave_the_rest_unknown() -> None:
    view = Viewpoint.parse("US", hostile=["ru"])
    assert view.affiliation("RU") == HOSTILE
    assert view.affiliation("UA") == UNKNOWN  # not listed: the map does not guess
    assert view.affiliation("GB") == FRIENDLY
    assert Viewpoint.parse("US", hostile=["CSTO"]).affiliation("BY") == HOSTILE  # a member of a listed group
    assert view.describe() == "Seen from US; hostile: RU"


def test_side_names_are_checked_and_made_canonical() -> None:
    assert side_name(" ru ") == "RU"
    assert side_name("nato") == "NATO"
    assert side_name("EU") == "European Union"
    for bad in ("XYZ", "QQ", "Narnia", ""):
        with pytest.raises(ValueError, match="unknown side"):
            side_name(bad)
