"""Places the gazetteer lacks, drawn where the words put them (geomap.containers)."""

from __future__ import annotations

import pytest

from geomap.containers import container_of
from geomap.model import Mention, Place
from geomap.nlp import load_nlp

HOMS = Place(name="Homs", country="SY", lat=34.73, lon=36.71, type="city")


def approximate_items(situation):
    return [i for i in situation.items if i.uncertainty_km and "(" in i.label]


def test_a_village_the_gazetteer_lacks_is_drawn_in_its_province(situate_text):
    situation = situate_text("Militiamen besieged the villages of Qarsh and Dimno in Idlib province for weeks.")
    (item,) = approximate_items(situation)
    idlib = next(m.place for m in situation.mentions if m.text == "Idlib")
    assert item.label == "Qarsh (in Idlib)"
    assert item.role == "disputed_territory"
    assert item.geometry == {"type": "Point", "coordinates": [round(idlib.lon, 5), round(idlib.lat, 5)]}
    assert 25 < item.uncertainty_km < 100  # the province's size, not a town's
    (qarsh,) = [m for m in situation.mentions if m.text == "Qarsh"]
    assert qarsh.place is None  # the mention stays unresolved: only the drawing is approximate
    assert item.confidence < next(i.confidence for i in situation.items if i.label == "Idlib")


@pytest.mark.parametrize(
    ("text", "label", "km"),
    [
        ("Government troops stormed the Bab Tellal district of Homs at dawn.", "Bab Tellal (in Homs)", 20.0),
        ("Insurgents overran Kafr Wadim village near Hama on Tuesday.", "Kafr Wadim (near Hama)", 30.0),
    ],
)
def test_a_district_or_village_by_its_city(situate_text, text, label, km):
    (item,) = approximate_items(situate_text(text))
    assert (item.label, item.uncertainty_km) == (label, km)


def parsed(text, names):
    """A parse and mentions of ``names`` (name -> Place or None) in it, as situate indexes them."""
    doc = load_nlp()(text)
    mentions, index = [], {}
    for name, place in names.items():
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        index.update({t.i: len(mentions) for t in span})
        mentions.append(Mention(text=name, start=start, end=start + len(name), place=place))
    return doc, index, mentions


@pytest.mark.parametrize(
    "text",
    [
        # no word says the name is a place: a person, a clan or a group is no village
        "Fighters loyal to Qarsh in Homs seized the checkpoint.",
        # a country is too large to place anything by
        "Rebels stormed the village of Qarsh in Syria.",
    ],
)
def test_no_container_without_a_place_word_or_for_a_country(text):
    known = {"Homs": HOMS, "Syria": Place(name="Syria", country="SY", lat=35.0, lon=38.0, type="country")}
    doc, index, mentions = parsed(text, {"Qarsh": None} | {k: v for k, v in known.items() if k in text})
    qarsh = doc.char_span(mentions[0].start, mentions[0].end)
    assert container_of(qarsh, index, mentions) is None


def test_a_name_in_apposition_to_a_place_word():
    doc, index, mentions = parsed("Rebels took Qarsh, a village near Homs, on Friday.", {"Qarsh": None, "Homs": HOMS})
    found = container_of(doc.char_span(mentions[0].start, mentions[0].end), index, mentions)
    assert found is not None and (found.index, found.relation, found.uncertainty_km) == (1, "near", 30.0)
