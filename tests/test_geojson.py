"""The Situation as GeoJSON: shape, flat typed properties, stable bytes, readable by GDAL."""

from __future__ import annotations

import json
from dataclasses import replace

from render_cases import bloc_situation, hostile_situation, seed_situation

from geomap.geojson import feature_collection, geojson_text
from geomap.model import Item


def test_one_feature_per_item_in_order() -> None:
    situations = [seed_situation(), bloc_situation()]
    collection = json.loads(geojson_text(situations))
    assert collection["type"] == "FeatureCollection"
    ids = [f["properties"]["id"] for f in collection["features"]]
    assert ids == [item.id for s in situations for item in s.items]
    articles = {f["properties"]["article"] for f in collection["features"]}
    assert articles == {"us-russia-geneva-talks", "bloc"}
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] in ("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon")


def test_properties_carry_the_item_and_its_words() -> None:
    seed = seed_situation()
    features = {f["properties"]["id"]: f["properties"] for f in feature_collection([seed])["features"]}
    geneva = features["geneva"]
    assert (geneva["kind"], geneva["role"], geneva["label"]) == ("place", "meeting_venue", "Geneva")
    assert geneva["mention_text"] == "Geneva"  # two mentions of the same name, listed once
    assert "the US diplomatic mission in Geneva" in geneva["sentences"]
    assert geneva["troop_low"] is None and geneva["troop_high"] is None
    troops = features["ru-troops-ua-border"]
    assert (troops["side"], troops["troop_low"], troops["troop_high"]) == ("RU", 100000, 100000)
    assert troops["source"] == "seeds/us-russia-geneva-talks.txt"


def test_a_range_is_two_integers_and_attribution_a_string() -> None:
    seed = seed_situation()
    item = replace(seed.items[3], troop_count=(10000, 99999), attribution=("US", "UA"), unit="troops")
    (feature,) = feature_collection([replace(seed, items=(item,))])["features"]
    props = feature["properties"]
    assert (props["troop_low"], props["troop_high"], props["unit"]) == (10000, 99999, "troops")
    assert props["attribution"] == "US,UA"


def test_coordinates_are_rounded_and_signless_at_zero() -> None:
    seed = seed_situation()
    item = Item("x", "other", "x", {"type": "Point", "coordinates": [-0.0000004, 46.123456789]}, ())
    (feature,) = feature_collection([replace(seed, items=(item,))])["features"]
    assert feature["geometry"]["coordinates"] == [0.0, 46.12346]
    assert '"coordinates":[0.0,46.12346]' in geojson_text([replace(seed, items=(item,))])


def test_same_input_same_bytes_and_hostile_text_stays_data() -> None:
    situations = [seed_situation(), hostile_situation()]
    first = geojson_text(situations)
    assert first == geojson_text(situations)
    assert first.endswith("]}\n") and "\n]}" in first
    labels = [f["properties"]["label"] for f in json.loads(first)["features"]]
    assert any("</script>" in label for label in labels)


def test_empty_situation_is_an_empty_collection() -> None:
    seed = replace(seed_situation(), items=())
    assert json.loads(geojson_text([seed])) == {"type": "FeatureCollection", "name": "geomap", "features": []}


def test_gdal_reads_it_back(tmp_path) -> None:
    import geopandas

    situations = [seed_situation(), bloc_situation()]
    path = tmp_path / "situation.geojson"
    path.write_text(geojson_text(situations), encoding="utf-8")
    frame = geopandas.read_file(path)
    assert list(frame["id"]) == [item.id for s in situations for item in s.items]
    assert frame.crs.to_epsg() == 4326
    assert frame["troop_low"].dropna().tolist() == [100000]
    assert frame.geometry.is_valid.all()
    assert str(frame["confidence"].dtype).startswith("float")
