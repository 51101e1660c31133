"""Roles, force sizes and sides from the dependency parse, on sentences beyond the seed."""

from shapely.geometry import shape

from geomap import shapes


def mention(situation, text):
    matches = [m for m in situation.mentions if m.text == text]
    assert matches, f"{text!r} not in {[m.text for m in situation.mentions]}"
    return matches[0]


def test_meeting_venue(situate_text):
    situation = situate_text("Negotiations between the two sides will be held in Doha next week.")
    doha = mention(situation, "Doha")
    assert doha.role == "meeting_venue"
    assert situation.article.text[doha.trigger[0] : doha.trigger[1]].lower().startswith("negotiation")


def test_troops_with_count_and_side(situate_text):
    situation = situate_text("Some 3,000 Ukrainian soldiers were deployed near Kharkiv.")
    kharkiv = mention(situation, "Kharkiv")
    assert (kharkiv.role, kharkiv.troop_count) == ("troop_position", 3000)
    (item,) = [i for i in situation.items if i.role == "troop_position"]
    assert item.side == "UA"
    lon, lat = item.geometry["coordinates"]
    assert shapes.country_at(lat, lon) == "UA"


def test_force_at_a_border_is_the_border_line(situate_text):
    situation = situate_text("Tens of thousands of Belarusian troops gathered near the border with Poland.")
    (item,) = [i for i in situation.items if i.role == "troop_position"]
    assert item.side == "BY"
    line = shape(item.geometry)
    assert line.geom_type in ("LineString", "MultiLineString")
    assert shapes.country_shape("PL").distance(line.centroid) < 1.0
    assert shapes.country_shape("BY").distance(line.centroid) < 1.0


def test_annexed_territory_is_disputed(situate_text):
    situation = situate_text("Russia annexed Crimea in 2014, a move most countries reject.")
    assert mention(situation, "Crimea").role == "disputed_territory"


def test_capital_as_speaker_is_a_metonymic_actor(situate_text):
    situation = situate_text("Moscow denies any plan to attack, and Beijing urged calm.")
    for name in ("Moscow", "Beijing"):
        speaker = mention(situation, name)
        assert speaker.role == "actor" and speaker.metonym
    assert situation.items == ()
    assert set(situation.countries) >= {"RU", "CN"}


def test_place_without_trigger_is_other(situate_text):
    situation = situate_text("The ambassador, who grew up in Lyon, tweeted a photo.")
    assert mention(situation, "Lyon").role == "other"


def test_dateline_does_not_swallow_the_first_sentence(situate_text):
    situation = situate_text(
        "KHARKIV, Ukraine (Reuters) - Some 2,000 Ukrainian troops were deployed near Kharkiv, officials in Kyiv said."
    )
    dateline, place = [m for m in situation.mentions if m.text.lower() == "kharkiv"]
    assert dateline.role == "other"
    assert (place.role, place.troop_count) == ("troop_position", 2000)
