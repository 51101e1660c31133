"""Forces (issue 4): how many, of what, and whose, from real parses of news sentences."""

import pytest
from shapely.geometry import shape

from geomap import lexicon
from geomap.forces import ForceDescription, strongest


def forces(situation):
    return [item for item in situation.items if item.role == "troop_position"]


def force_at(situation, label):
    # "near Kharkiv" is drawn as the area near it, labelled so ("Near Kharkiv").
    found = [item for item in forces(situation) if item.label == label or item.label.endswith(f" {label}")]
    assert len(found) == 1, [(i.label, i.troop_count, i.unit, i.side) for i in forces(situation)]
    return found[0]


def test_seed_sentence_gives_count_unit_side_and_border(situate_text):
    situation = situate_text(
        "Nearly 100,000 Russian troops are gathered within reach of the border with Ukraine."
    )
    force = force_at(situation, "Russia–Ukraine border")
    assert (force.troop_count, force.unit, force.side) == (100_000, "troops", "RU")
    assert shape(force.geometry).geom_type in ("LineString", "MultiLineString")
    (ukraine,) = [m for m in situation.mentions if m.text == "Ukraine"]
    assert ukraine.troop_count == 100_000


def test_a_state_speaking_of_itself_owns_the_force_at_its_border(situate_text):
    situation = situate_text("Poland said it would station another brigade near its border with Belarus.")
    force = force_at(situation, "Poland–Belarus border")
    assert (force.unit, force.side) == ("brigade", "PL")
    assert shape(force.geometry).geom_type in ("LineString", "MultiLineString")


def test_side_from_the_owner_of_a_deployment(situate_text):
    situation = situate_text("The two countries are at odds over Russia's deployment of troops in Kazakhstan.")
    force = force_at(situation, "Kazakhstan")
    assert (force.troop_count, force.unit, force.side) == (None, "troops", "RU")


@pytest.mark.parametrize(
    ("text", "label", "count", "unit"),
    [
        ("Some 3,000 soldiers were deployed in Donetsk.", "Donetsk", 3_000, "troops"),
        ("Two thousand soldiers were deployed in Donetsk.", "Donetsk", 2_000, "troops"),
        ("Up to 10,000 troops will be deployed in Poland.", "Poland", 10_000, "troops"),
        ("3 soldiers were killed in Kherson.", "Kherson", 3, "troops"),
        # Vague magnitudes and stated ranges are (low, high).
        ("Tens of thousands of Russian troops are massed near the border with Ukraine.",
         "Russia–Ukraine border", (20_000, 99_999), "troops"),
        ("Dozens of tanks were seen near Kharkiv.", "Kharkiv", (24, 99), "tanks"),
        ("Dozens of armoured vehicles were seen near Kharkiv.", "Kharkiv", (24, 99), "armoured vehicles"),
        ("Several hundred US troops arrived in Romania.", "Romania", (300, 999), "troops"),
        ("A few thousand soldiers remain in Kherson.", "Kherson", (2_000, 5_999), "troops"),
        ("Between 3,000 and 5,000 Russian troops are stationed in Transnistria.", "Transnistria",
         (3_000, 5_000), "troops"),
        ("3,000-5,000 troops were sent to Kosovo.", "Kosovo", (3_000, 5_000), "troops"),
        ("Two or three brigades are stationed near Kharkiv.", "Kharkiv", (2, 3), "brigade"),
        # Units are counted as units, not turned into people.
        ("Russia sent two battalions to Belgorod.", "Belgorod", 2, "battalion"),
        ("A brigade of Ukrainian troops moved into Kherson.", "Kherson", 1, "brigade"),
        ("Two NATO battle groups are stationed in Poland.", "Poland", 2, "battlegroup"),
        ("The US sent a carrier strike group to the eastern Mediterranean.", "Mediterranean Sea", 1,
         "carrier strike group"),
        ("Russia has deployed more than 100 battalion tactical groups in Belarus.", "Belarus", 100,
         "battalion tactical group"),
        ("The deployment of fighter jets to Poland was announced on Monday.", "Poland", None, "aircraft"),
        # A count of people beats a count of units; a number beats "a".
        ("A brigade of 3,000 Ukrainian troops moved into Kherson.", "Kherson", 3_000, "troops"),
        ("About 500 soldiers from two army battalions took up positions outside Zamboanga on Friday.",
         "Zamboanga", 500, "troops"),
        # Other ways news states a strength.
        ("A 3,000-strong NATO force is stationed in Lithuania.", "Lithuania", 3_000, "troops"),
        ("A force of 5,000 troops was sent to Mali.", "Mali", 5_000, "troops"),
        ("Russia moved 5,000 of its troops to Belgorod.", "Belgorod", 5_000, "troops"),
        # Forces listed together, the place hung on the last: the first is the headline.
        ("The army has gathered 40,000 troops and 300 tanks near Belgorod.", "Belgorod", 40_000, "troops"),
        ("Belarus massed tens of thousands of troops and hundreds of tanks near Gomel.", "Gomel", (20_000, 99_999),
         "troops"),
        ("Twelve soldiers who served and were injured in Afghanistan will receive medals.", "Afghanistan", 12,
         "troops"),
    ],
)
def test_count_and_unit(situate_text, text, label, count, unit):
    force = force_at(situate_text(text), label)
    assert (force.troop_count, force.unit) == (count, unit)


def test_each_place_gets_its_own_count(situate_text):
    situation = situate_text("Russia has 100,000 troops near Ukraine and 30,000 in Belarus.")
    assert force_at(situation, "Ukraine").troop_count == 100_000
    assert force_at(situation, "Belarus").troop_count == 30_000


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The number counts something else.
        ("Ukrainian troops in Bakhmut fired 3,000 shells a day.", "Bakhmut"),
        ("In 2014, Russian troops entered Crimea.", "Crimea"),
        # An ordinal names a unit; it does not count it.
        ("The 4th Armored Division was deployed to Poland.", "Poland"),
        # "a" before a body of no set size says nothing of its size.
        ("A Dutch medic serving with an African force in northern Mali was wounded.", "Mali"),
    ],
)
def test_numbers_that_are_not_the_force_size(situate_text, text, label):
    assert force_at(situate_text(text), label).troop_count is None


def test_people_who_fled_are_not_a_force(situate_text):
    situation = situate_text("100,000 people fled Kharkiv.")
    assert forces(situation) == []
    assert all(m.troop_count is None for m in situation.mentions)


def test_a_range_stays_off_the_mention(situate_text):
    """A mention's troop_count is one figure or null (DESIGN §2); the item has the range."""
    situation = situate_text("Tens of thousands of Russian troops are massed near the border with Ukraine.")
    assert all(m.troop_count is None for m in situation.mentions)
    assert force_at(situation, "Russia–Ukraine border").troop_count == (20_000, 99_999)


@pytest.mark.parametrize(
    ("text", "label", "side"),
    [
        ("Ukrainian forces advanced toward Kherson on Friday.", "Kherson", "UA"),
        ("Some 300 US soldiers arrived in Poland on Monday.", "Poland", "US"),
        ("NATO battlegroups are stationed in Estonia, Latvia and Lithuania.", "Latvia", "NATO"),
        ("Nato troops were sent to Estonia.", "Estonia", "NATO"),
        ("CSTO peacekeepers arrived in Kazakhstan.", "Kazakhstan", "CSTO"),
        ("Troops from Belarus crossed into Ukraine.", "Ukraine", "BY"),
        ("Russia deployed troops in Belarus.", "Belarus", "RU"),
        ("Russia has begun moving troops to Belarus.", "Belarus", "RU"),
        ("Moscow has deployed troops to Belarus.", "Belarus", "RU"),
        ("Troops were sent to Mali by France.", "Mali", "FR"),
        ("Russia said its troops would stay in Belarus after the drills.", "Belarus", "RU"),
        ("Russia moved 5,000 of its troops to Belgorod.", "Belgorod", "RU"),
        ("Britain, which keeps some 900 troops in Estonia, trains them there.", "Estonia", "GB"),
        ("The US Navy sent the USS Gerald R. Ford carrier strike group to the eastern Mediterranean.",
         "Mediterranean Sea", "US"),
        ("Turkey began an offensive in northern Iraq last spring.", "Iraq", "TR"),
        # A state that moves in or out does it with its own forces.
        ("Kenya crossed into Somalia last October.", "Somalia", "KE"),
        ("Vietnam withdrew from Cambodia in 1989.", "Cambodia", "VN"),
        # a state speaking of itself: "it" in the clause it reports is the state
        ("Lithuania said it would station a battalion in Kaunas.", "Kaunas", "LT"),
        # a warship's prefix says whose navy it is
        ("The destroyer USS Hopper sailed through the Taiwan Strait on Monday.", "Taiwan Strait", "US"),
        ("The HMS Defender sailed into the Black Sea on Monday.", "Black Sea", "GB"),
        # the side that leads a force owns it
        ("The deployment doubles the British-led battlegroup based at Tapa.", "Tapa", "GB"),
        ("The German-led battlegroup in Lithuania has 1,200 soldiers.", "Lithuania", "DE"),
        # a state urged to move "its" forces owns them, not the one urging
        ("The United States urged Eritrea to withdraw its forces from Ethiopia.", "Ethiopia", "ER"),
    ],
)
def test_side(situate_text, text, label, side):
    assert force_at(situate_text(text), label).side == side


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A host is not the side of the troops it hosts.
        ("Poland hosts about 10,000 troops near Rzeszow.", "Near Rzeszow"),
        # Irregular fighters' nationality is not a state's side.
        ("Syrian rebels entered Azaz.", "I‘zāz"),
    ],
)
def test_no_side(situate_text, text, label):
    assert force_at(situate_text(text), label).side is None


@pytest.mark.parametrize(
    ("text", "label", "sides"),
    [
        ("Iraqi and American forces entered Tikrit at dawn.", "Tikrīt", ("IQ", "US")),
        ("US and British troops were deployed in Basra.", "Basra", ("US", "GB")),
        ("Russian troops entered Gori.", "Gori", ()),  # one side: no list
    ],
)
def test_a_force_of_several_sides_lists_them_all(situate_text, text, label, sides):
    item = force_at(situate_text(text), label)
    assert item.sides == sides
    assert item.side == (sides[0] if sides else "RU")


def test_group_sides_are_not_countries(situate_text):
    situation = situate_text("NATO battlegroups are stationed in Estonia, Latvia and Lithuania.")
    assert {i.side for i in forces(situation)} == {"NATO"}
    assert "NATO" not in situation.countries


def test_strongest_takes_the_largest_count_and_its_unit():
    troops = ForceDescription(count=(2_000, 9_999), unit="troops", side="RU")
    battalions = ForceDescription(count=2, unit="battalion", side="RU")
    assert strongest([battalions, None, troops]) == troops
    uncounted = ForceDescription(unit="tanks")
    assert strongest([None, uncounted]) == uncounted
    assert strongest([]) == ForceDescription()


def test_every_force_noun_has_a_unit():
    named = set().union(*lexicon.FORCE_UNITS.values())
    assert lexicon.FORCE_NOUNS <= named
    assert lexicon.IRREGULAR_FIGHTERS <= named
    assert lexicon.PEOPLE_UNITS <= set(lexicon.FORCE_UNITS)
