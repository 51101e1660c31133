"""Analyst overrides: checked tables, and each action applied to a real pipeline run."""

import pytest
from shapely.geometry import Point, shape

from geomap.overrides import (
    Override,
    OverrideError,
    OverrideFieldError,
    apply_overrides,
    apply_to_map,
    override_from_table,
)

#: A made-up story: troops "in Georgia", talks in Geneva, a metonym "Jordan",
#: a plain city (Yerevan), and Armenia named twice in different sentences.
STORY = (
    "Border tensions rise in the Caucasus\n\n"
    "GENEVA, March 3 - Diplomats from Armenia and Azerbaijan will hold talks in Geneva on Friday. "
    "About 2,000 troops are stationed in Georgia near the border with Armenia, officials said. "
    "Jordan sent observers to Yerevan. Moscow denies any role."
)

US_GEORGIA = 4197000  # GeoNames: the US state


@pytest.fixture(scope="module")
def story(situate_text):
    return situate_text(STORY)


def edit(situation, gazetteer, **table):
    return apply_to_map([situation], [override_from_table(table, origin="edits.toml:3")], gazetteer)[0]


def item_of(situation, item_id):
    return next((i for i in situation.items if i.id == item_id), None)


def mentions_named(situation, text):
    return [m for m in situation.mentions if m.text.casefold() == text.casefold()]


# --- reading tables ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "action"),
    [
        ({"pin": "Georgia", "country": "ge"}, "pin"),
        ({"pin": "Georgia", "geonameid": 614540}, "pin"),
        ({"pin": "Donbas", "lat": 48, "lon": 38.5, "label": "Donbas front"}, "pin"),
        ({"name": "Georgia", "role": "actor"}, "role"),
        ({"name": "Georgia", "role": "none", "note": "not a venue"}, "role"),
        ({"name": "Geneva", "note": "Talks venue since 2021"}, "note"),
        ({"drop": "Jordan", "sentence": "Michael Jordan"}, "drop"),
        ({"add": "Donbas", "lat": 48.0, "lon": 38.0, "role": "troop_position", "troop_count": [10, 20]}, "add"),
    ],
)
def test_each_kind_reads(table, action):
    override = override_from_table(table)
    assert override.action == action
    assert override.name == next(iter(table.values()))
    assert override.to_json()["action"] == action


def test_values_are_normalised():
    override = override_from_table(
        {"add": " Donbas ", "country": "ua", "role": "troop_position", "side": "ru", "troop_count": 5000}
    )
    assert (override.name, override.country, override.side, override.troop_count) == ("Donbas", "UA", "RU", 5000)
    assert override_from_table({"pin": "X", "lat": 1, "lon": 2}).lat == 1.0


@pytest.mark.parametrize(
    ("table", "key", "message"),
    [
        ({"country": "GE"}, None, "needs one of pin, name, drop, add"),
        ({"pin": "Georgia", "drop": "Georgia", "country": "GE"}, "drop", "not both 'pin' and 'drop'"),
        ({"pin": "Georgia", "contry": "GE"}, "contry", "unknown key 'contry'"),
        ({"pin": "Georgia"}, None, "give one position"),
        ({"pin": "Georgia", "country": "GE", "geonameid": 1}, "geonameid", "not country and geonameid"),
        ({"pin": "Georgia", "lat": 42.0}, "lat", "'lat' and 'lon' go together"),
        ({"pin": "Georgia", "lat": 95, "lon": 0}, "lat", "from -90 to 90"),
        ({"pin": "Georgia", "country": "Georgia"}, "country", "ISO 3166-1 alpha-2"),
        ({"pin": "Georgia", "geonameid": "614540"}, "geonameid", "positive whole number"),
        ({"pin": "Georgia", "country": "GE", "label": "x"}, "label", "lat/lon position"),
        ({"pin": ""}, "pin", "non-empty text"),
        ({"name": "Georgia"}, None, "a role, a note or both"),
        ({"name": "Georgia", "role": "ally"}, "role", "'role' must be one of"),
        ({"drop": "Jordan", "role": "actor"}, "role", "unknown key 'role'"),
        ({"add": "Donbas", "lat": 48, "lon": 38}, None, "needs a role"),
        ({"add": "Donbas", "lat": 48, "lon": 38, "role": "none"}, "role", "needs a role, not 'none'"),
        ({"add": "D", "lat": 4, "lon": 3, "role": "other", "troop_count": 0}, "troop_count", "positive number"),
        ({"add": "D", "lat": 4, "lon": 3, "role": "other", "troop_count": [9, 2]}, "troop_count", "[low, high]"),
        ({"add": "D", "lat": 4, "lon": 3, "role": "other", "date": "March 3"}, "date", "like 2022-01-10"),
    ],
)
def test_bad_tables_name_the_key(table, key, message):
    with pytest.raises(OverrideFieldError) as caught:
        override_from_table(table)
    assert caught.value.key == key
    assert message in str(caught.value)


def test_origin_is_not_part_of_the_override():
    table = {"pin": "Georgia", "country": "GE"}
    assert override_from_table(table, origin="a.toml:3") == override_from_table(table, origin="a.toml:9")


# --- applying to a real run -----------------------------------------------------------


def test_story_reads_as_the_tests_expect(story):
    """The machine's reading the edits below change (if this fails, the story needs new words)."""
    assert item_of(story, "troop-position-georgia-ge") is not None
    assert item_of(story, "meeting-venue-geneva-ch") is not None
    assert item_of(story, "other-yerevan-am") is not None
    assert [m.metonym for m in mentions_named(story, "Jordan")] == [True]
    assert "JO" in story.countries


def test_pin_to_a_point_moves_the_marker(story, gazetteer):
    edited = edit(story, gazetteer, pin="Georgia", lat=33.0, lon=-84.0, label="Georgia (US state)", note="per AP")
    (mention,) = mentions_named(edited, "Georgia")
    assert (mention.place.lat, mention.place.lon, mention.place.name) == (33.0, -84.0, "Georgia (US state)")
    assert mention.edited_by == "analyst"
    assert mention.alternatives[0].country == "GE"  # the machine's choice is now a rejected one
    item = item_of(edited, "troop-position-georgia-ge")
    assert item.geometry == {"type": "Point", "coordinates": [-84.0, 33.0]}
    assert item.label == "Georgia (US state)"
    assert item.troop_count == 2000  # what the words say is kept
    assert item.edited_by == "analyst" and item.notes == ("per AP",)
    assert item.edits == ("'Georgia' pinned to Georgia (US state) (33.0000, -84.0000)",)
    assert [e.kind for e in edited.edits] == ["pin"]
    assert story.items != edited.items  # the input is left as it was


def test_pin_by_geonameid_redraws_the_region(story, gazetteer):
    edited = edit(story, gazetteer, pin="Georgia", geonameid=US_GEORGIA)
    (mention,) = mentions_named(edited, "Georgia")
    assert (mention.place.geonameid, mention.place.country, mention.place.type) == (US_GEORGIA, "US", "admin1")
    item = item_of(edited, "troop-position-georgia-ge")
    # A region where troops stand is drawn as its outline: now the state's.
    outline = shape(item.geometry)
    assert outline.geom_type in ("Polygon", "MultiPolygon")
    assert outline.contains(Point(-83.6, 32.6))  # Macon, Georgia
    assert item.edits == ("'Georgia' pinned to Georgia (US, admin1)",)


def test_pin_by_country_and_sentence_narrows(story, gazetteer):
    edited = edit(story, gazetteer, pin="Armenia", country="TR", sentence="near the border")
    first, second = mentions_named(edited, "Armenia")
    assert first.place.country == "AM" and first.edited_by is None
    assert second.place.country == "TR" and second.edited_by == "analyst"


def test_unknown_pin_targets_are_errors(story, gazetteer):
    with pytest.raises(OverrideError, match=r"^edits.toml:3: pin 'Georgia': no place with geonameid 999999999"):
        edit(story, gazetteer, pin="Georgia", geonameid=999_999_999)
    with pytest.raises(OverrideError, match="no country 'ZZ'"):
        edit(story, gazetteer, pin="Georgia", country="ZZ")


def test_role_moves_the_item_to_another_layer(story, gazetteer):
    edited = edit(story, gazetteer, name="Yerevan", role="meeting_venue", note="talks moved")
    assert item_of(edited, "other-yerevan-am") is None
    venue = item_of(edited, "meeting-venue-yerevan-am")
    assert venue.role == "meeting_venue" and venue.edited_by == "analyst" and venue.notes == ("talks moved",)
    assert [edited.mentions[i].text for i in venue.mentions] == ["Yerevan"]
    assert [m.role for m in mentions_named(edited, "Yerevan")] == ["meeting_venue"]


def test_the_same_role_keeps_the_item_as_drawn(story, gazetteer):
    edited = edit(story, gazetteer, name="Georgia", role="troop_position", note="confirmed")
    before, after = item_of(story, "troop-position-georgia-ge"), item_of(edited, "troop-position-georgia-ge")
    assert (after.geometry, after.mentions, after.troop_count) == (before.geometry, before.mentions, 2000)
    assert after.edited_by == "analyst" and after.notes == ("confirmed",)
    assert [i.id for i in edited.items] == [i.id for i in story.items]  # not redrawn as a new item
    assert after.confidence == before.confidence


def test_role_none_and_actor_take_the_place_off_its_layer(story, gazetteer):
    unrolled = edit(story, gazetteer, name="Geneva", role="none")
    assert item_of(unrolled, "meeting-venue-geneva-ch") is None
    assert {m.role for m in mentions_named(unrolled, "Geneva")} == {"other"}
    actor = edit(story, gazetteer, name="Georgia", role="actor")
    assert not any(i.role == "troop_position" and i.label == "Georgia" for i in actor.items)
    assert "GE" in actor.countries  # an actor country is shaded as involved


def test_drop_removes_the_mention_and_what_only_it_supports(story, gazetteer):
    edited = edit(story, gazetteer, drop="Jordan", note="a person, not the country")
    assert not mentions_named(edited, "Jordan")
    assert len(edited.mentions) == len(story.mentions) - 1
    assert "JO" not in edited.countries
    # Every item still points at its own words after the renumbering.
    for before in story.items:
        after = item_of(edited, before.id)
        assert [edited.mentions[i].text for i in after.mentions] == [story.mentions[i].text for i in before.mentions]
    assert edited.edits[0].note == "a person, not the country"


def test_drop_narrowed_to_a_sentence(story, gazetteer):
    edited = edit(story, gazetteer, drop="Armenia", sentence="hold talks")
    (left,) = mentions_named(edited, "Armenia")
    assert "border" in STORY[left.sentence[0] : left.sentence[1]]
    # Armenia acted only in the dropped sentence (near the border it is a place), so it is no longer shaded.
    assert "AM" not in edited.countries


def test_add_draws_an_item_the_article_does_not_name(story, gazetteer):
    edited = edit(
        story,
        gazetteer,
        add="Donbas",
        country="UA",
        role="troop_position",
        side="RU",
        troop_count=[10000, 20000],
        date="2022-01-10",
        note="implied by 'the east'",
    )
    (added,) = [i for i in edited.items if i.edited_by == "analyst"]
    ukraine = gazetteer.country("UA")
    assert added.geometry == {"type": "Point", "coordinates": [round(ukraine.lon, 5), round(ukraine.lat, 5)]}
    assert (added.label, added.role, added.side, added.troop_count, added.date) == (
        "Donbas",
        "troop_position",
        "RU",
        (10000, 20000),
        "2022-01-10",
    )
    assert added.mentions == () and added.notes == ("implied by 'the east'",)
    assert added.to_json()["edited_by"] == "analyst"


def test_note_reaches_the_items_of_the_name(story, gazetteer):
    edited = edit(story, gazetteer, name="geneva", note="Venue confirmed by both sides")
    venue = item_of(edited, "meeting-venue-geneva-ch")
    assert venue.notes == ("Venue confirmed by both sides",) and venue.edits == ()
    assert all(m.notes for m in mentions_named(edited, "Geneva"))


def test_a_name_no_article_mentions_is_an_error(story, gazetteer):
    with pytest.raises(OverrideError) as caught:
        edit(story, gazetteer, drop="Narnia")
    message = str(caught.value)
    assert message.startswith("edits.toml:3: drop 'Narnia': no article of this map mentions 'Narnia'")
    assert "Yerevan" in message  # what it does mention, to spot the typo
    with pytest.raises(OverrideError, match="in a sentence with 'peace talks'"):
        edit(story, gazetteer, drop="Jordan", sentence="peace talks")


def test_edits_are_deterministic_and_in_order(story, gazetteer):
    overrides = [
        override_from_table({"pin": "Georgia", "geonameid": US_GEORGIA}),
        override_from_table({"name": "Georgia", "role": "disputed_territory"}),
        override_from_table({"drop": "Moscow"}),
        override_from_table({"add": "Donbas", "lat": 48, "lon": 38, "role": "troop_position"}),
    ]
    once = apply_to_map([story], overrides, gazetteer)[0].to_json()
    again = apply_to_map([story], overrides, gazetteer)[0].to_json()
    assert once == again
    assert [e["kind"] for e in once["edits"]] == ["pin", "role", "drop", "add"]
    disputed = [i for i in once["items"] if i["role"] == "disputed_territory"]
    assert [i["label"] for i in disputed] == ["Georgia"]  # pinned, then re-roled: the state's outline
    assert disputed[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_an_added_item_goes_on_one_article_only(story, gazetteer):
    add = override_from_table({"add": "Donbas", "lat": 48, "lon": 38, "role": "troop_position"})
    note = override_from_table({"name": "Geneva", "note": "n"})
    first, second = apply_to_map([story, story], [add, note], gazetteer)
    assert sum(i.label == "Donbas" for i in first.items) == 1
    assert not any(i.label == "Donbas" for i in second.items)
    assert [e.kind for e in second.edits] == ["note"]


def test_an_override_that_matches_nothing_here_is_skipped(story, gazetteer):
    """apply_overrides is per article: on a map, another article may be the one naming it."""
    narnia = Override(action="drop", name="Narnia")
    assert apply_overrides(story, [narnia], gazetteer) == story
