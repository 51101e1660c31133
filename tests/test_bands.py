"""Forces at a border as a band on their own side (geomap.bands, ``--border-band``)."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import shape

from geomap import shapes
from geomap.bands import with_border_bands

MASSED = "Russia has massed about 100,000 troops near its border with Ukraine."


def border_items(situation):
    return [i for i in situation.items if i.kind == "border"]


def test_a_force_at_a_border_becomes_a_band_on_its_own_side(situate_text):
    situation = situate_text(MASSED)
    (line_item,) = border_items(situation)
    assert line_item.geometry["type"] in ("LineString", "MultiLineString")
    (banded,) = with_border_bands([situation], 40)
    (band_item,) = border_items(banded)
    band = shape(band_item.geometry)
    assert band.geom_type in ("Polygon", "MultiPolygon")
    assert band.intersection(shapes.country_shape("UA")).area < 0.01 * band.area
    assert band.intersection(shapes.country_shape("RU")).area > 0.95 * band.area
    assert band.distance(shape(line_item.geometry)) < 0.01  # it lies along the line
    # everything else about the item stays as read
    assert (band_item.id, band_item.side, band_item.troop_count, band_item.label) == (
        line_item.id, "RU", 100_000, line_item.label
    )
    # a deeper band covers more ground
    (deeper,) = with_border_bands([situation], 80)
    assert shape(border_items(deeper)[0].geometry).area > 1.5 * band.area


def test_only_forces_with_a_country_side_are_banded(situate_text):
    # A border a group owns is the subject of the story, not ground a force holds.
    situation = situate_text("Migrants gathered on the European Union's border with Belarus.")
    assert border_items(situation), "the group border is read"
    assert with_border_bands([situation], 40)[0].items == situation.items


@pytest.mark.parametrize("km", [10, 150])
def test_band_coordinates_are_rounded_and_simplified(situate_text, km):
    (banded,) = with_border_bands([situate_text(MASSED)], km)
    (band_item,) = border_items(banded)
    band = shape(band_item.geometry)
    assert band.is_valid
    coords = [c for part in shapely.get_parts(band) for c in part.exterior.coords]
    assert all(round(x, 4) == x and round(y, 4) == y for x, y in coords)
    assert len(coords) < 2000  # a briefing-map outline, not the source vertices
