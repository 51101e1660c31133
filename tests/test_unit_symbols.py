"""APP-6-style unit symbols: frames, icons, echelon marks (geomap/render/unit_symbols.py)."""

from __future__ import annotations

import re

import pytest

from geomap.render.affiliation import AFFILIATIONS, FRIENDLY, HOSTILE, NEUTRAL, UNKNOWN
from geomap.render.unit_symbols import (
    ARMOUR,
    ARTILLERY,
    FRAMES,
    INFANTRY,
    MAP_SCALE,
    MECHANISED,
    VIEW_BOX,
    branch_for,
    echelon_for,
    echelon_for_count,
    symbol_anchor,
    unit_icon_options,
    unit_symbol_svg,
)


def frame_element(svg: str) -> str:
    """The filled frame: the element with the frame's fill and a black outline."""
    match = re.search(r'<(rect|path)[^>]*fill="#[0-9a-f]{6}" stroke="#000"[^>]*/>', svg)
    assert match, svg
    return match.group(0)


def test_each_affiliation_has_its_frame_shape_and_colour() -> None:
    friendly = frame_element(unit_symbol_svg(FRIENDLY))
    assert friendly.startswith('<rect x="25" y="50" width="150" height="100"')  # wider than tall
    assert 'fill="#80e0ff"' in friendly  # blue
    hostile = frame_element(unit_symbol_svg(HOSTILE))
    assert hostile.startswith('<path d="M100 28L172 100L100 172L28 100Z"')  # a diamond
    assert 'fill="#ff8080"' in hostile  # red
    neutral = frame_element(unit_symbol_svg(NEUTRAL))
    assert neutral.startswith('<rect x="45" y="45" width="110" height="110"')  # a square
    assert 'fill="#aaffaa"' in neutral  # green
    unknown = frame_element(unit_symbol_svg(UNKNOWN))
    assert unknown.startswith('<path d="M63 63C') and unknown.count("C") == 4  # four lobes
    assert 'fill="#ffff80"' in unknown  # yellow
    assert len({friendly, hostile, neutral, unknown}) == 4
    for affiliation in AFFILIATIONS:
        assert f'data-affiliation="{affiliation}"' in unit_symbol_svg(affiliation)


def test_unknown_affiliation_falls_back_to_the_unknown_frame() -> None:
    assert 'data-affiliation="unknown"' in unit_symbol_svg("martian")


@pytest.mark.parametrize(
    ("unit", "name", "mark"),
    [
        ("platoon", "platoon", "•••"),
        ("company", "company", "I"),
        ("battalion", "battalion", "II"),
        ("battlegroup", "battalion", "II"),
        ("regiment", "regiment", "III"),
        ("brigade", "brigade", "X"),
        ("division", "division", "XX"),
        ("corps", "corps", "XXX"),
        ("army", "army", "XXXX"),
    ],
)
def test_unit_words_name_their_echelon(unit: str, name: str, mark: str) -> None:
    echelon = echelon_for(unit, None)
    assert (echelon.name, echelon.mark) == (name, mark)
    assert echelon_for(unit, 3) == echelon  # "three brigades" are still brigades


@pytest.mark.parametrize(
    ("count", "mark"),
    [
        (10, "•"),
        (40, "•••"),
        (150, "I"),
        (600, "II"),
        (2_000, "III"),
        (5_000, "X"),
        (15_000, "XX"),
        (40_000, "XXX"),
        (100_000, "XXXX"),
        (500_000, "XXXXX"),
        ((20_000, 99_999), "XXX"),  # "tens of thousands": ~44,700 at the geometric middle
        ((2_000, 9_999), "X"),  # "thousands"
    ],
)
def test_head_counts_give_a_size_estimate(count: int | tuple[int, int], mark: str) -> None:
    assert echelon_for_count(count).mark == mark
    assert echelon_for("troops", count).mark == mark
    assert echelon_for(None, count).mark == mark


def test_counts_of_equipment_or_nothing_give_no_echelon() -> None:
    assert echelon_for("tanks", 300) is None
    assert echelon_for("aircraft", 40) is None
    assert echelon_for("troops", None) is None


def test_echelon_marks_are_drawn_above_the_frame() -> None:
    army = unit_symbol_svg(HOSTILE, echelon=echelon_for("troops", 100_000))
    mark = re.search(r'<g class="gm-echelon" data-echelon="army"[^>]*><path d="([^"]+)"', army)
    assert mark
    assert mark.group(1).count("M") == 8  # four crosses of two strokes each
    ys = [float(y) for y in re.findall(r"[ML][\d.]+ (-?[\d.]+)", mark.group(1))]
    assert max(ys) < FRAMES[HOSTILE].top  # above the diamond's top corner
    battalion = unit_symbol_svg(FRIENDLY, echelon=echelon_for("battalion", None))
    bars = re.search(r'data-echelon="battalion"[^>]*><path d="([^"]+)"', battalion)
    assert bars and bars.group(1).count("V") == 2
    platoon = unit_symbol_svg(FRIENDLY, echelon=echelon_for("platoon", None))
    assert platoon.count('fill="#000"/>') == 3  # three dots
    assert "gm-echelon" not in unit_symbol_svg(FRIENDLY)


def test_branch_icons_follow_the_unit_word() -> None:
    assert branch_for("troops") == branch_for("fighters") == branch_for(None) == INFANTRY
    assert branch_for("tanks") == ARMOUR
    assert branch_for("armoured vehicles") == MECHANISED
    assert branch_for("artillery") == ARTILLERY
    assert branch_for("aircraft") is None
    infantry = unit_symbol_svg(FRIENDLY, branch=INFANTRY)
    assert f'<path d="{FRAMES[FRIENDLY].cross}"' in infantry  # corner to corner
    armour = unit_symbol_svg(HOSTILE, branch=ARMOUR)
    assert "C150 80 150 120 125 120" in armour and FRAMES[HOSTILE].cross not in armour
    mechanised = unit_symbol_svg(NEUTRAL, branch=MECHANISED)
    assert FRAMES[NEUTRAL].cross in mechanised and "C150 80" in mechanised
    assert '<circle cx="100" cy="100"' in unit_symbol_svg(UNKNOWN, branch=ARTILLERY)
    generic = unit_symbol_svg(UNKNOWN, branch=None)
    assert generic.count("<path") == 2  # the frame and its halo only


def test_icon_anchors_on_the_frame_centre_and_escapes_its_label() -> None:
    x, y, _, _ = VIEW_BOX
    assert symbol_anchor() == pytest.approx(((100 - x) * MAP_SCALE, (100 - y) * MAP_SCALE))
    options = unit_icon_options(unit_symbol_svg(HOSTILE), "RU <b>&</b>", affiliation=HOSTILE)
    assert options["iconAnchor"] == list(symbol_anchor())
    assert options["className"] == "gm-icon gm-unit-icon gm-hostile"
    assert "RU &lt;b&gt;&amp;&lt;/b&gt;</span>" in options["html"]
    assert "<b>" not in options["html"]
    assert options["popupAnchor"][1] < 0  # opens above the frame
