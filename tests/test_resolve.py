"""Choosing one place per mention from the article's own context."""


def place_of(situation, text):
    for mention in situation.mentions:
        if mention.text == text:
            return mention.place
    raise AssertionError(f"{text!r} not found in {[m.text for m in situation.mentions]}")


def test_qualifier_decides(situate_text):
    situation = situate_text("A tornado struck Paris, Texas, on Sunday.")
    assert place_of(situation, "Paris").country == "US"


def test_bare_paris_is_france(situate_text):
    assert place_of(situate_text("Leaders met in Paris on Sunday."), "Paris").country == "FR"


def test_georgia_follows_the_story(situate_text):
    caucasus = situate_text("Georgia and Russia fought a war in 2008; Russia still holds Abkhazia.")
    assert place_of(caucasus, "Georgia").country == "GE"
    american = situate_text("Voters in Georgia and across the United States went to the polls.")
    georgia = place_of(american, "Georgia")
    assert (georgia.country, georgia.type) == ("US", "admin1")


def test_old_spellings(situate_text):
    situation = situate_text("Officials in Kiev and Genf spoke.")
    assert place_of(situation, "Kiev").name == "Kyiv"


def test_city_over_its_canton(situate_text):
    geneva = place_of(situate_text("Talks began in Geneva."), "Geneva")
    assert (geneva.name, geneva.type) == ("Geneva", "city")


def test_one_sense_per_name(situate_text):
    situation = situate_text("Springfield, Illinois, held a vote. Later Springfield counted ballots.")
    places = [m.place for m in situation.mentions if m.text == "Springfield"]
    assert len(places) == 2 and places[0] == places[1] and places[0].admin1 == "US-IL"


def test_confidence_is_a_probability(situate_text):
    for mention in situate_text("Envoys met in Vienna and Brussels.").mentions:
        assert 0.0 < mention.confidence <= 1.0


def test_list_of_countries_is_not_a_qualifier(situate_text):
    situation = situate_text("Leaders of Russia, US and China met on Friday. Turkey, Georgia and Armenia watched.")
    assert place_of(situation, "Russia").type == "country"
    assert place_of(situation, "Turkey").country == "TR"


def test_neighbouring_places_vouch_for_each_other(situate_text):
    # Each famous name loses to a small town a few miles from another place
    # the story names: nearness, not a shared country, decides.
    jordan = situate_text("The fire in Jordan spread toward Belle Plaine and Shakopee, the Scott County sheriff said.")
    assert place_of(jordan, "Jordan").admin1 == "US-MN"
    lebanon = situate_text("Students from Lebanon and Zionsville will share a bus to the Boone County fair.")
    assert place_of(lebanon, "Lebanon").admin1 == "US-IN"
    alexandria = situate_text("Flooding closed roads between Alexandria and Pineville, Rapides Parish officials said.")
    assert place_of(alexandria, "Alexandria").admin1 == "US-LA"


def test_designator_picks_the_kind_of_unit(situate_text):
    situation = situate_text("Officials in Washington state reported new cases.")
    assert place_of(situation, "Washington").type == "admin1"


def test_a_county_named_apart_from_its_unit_word_is_the_county(situate_text):
    # Counties are known by their full names; "county" or a list's "counties" may stand apart.
    listed = situate_text("Flooding closed roads in Cook and DuPage counties in Illinois on Monday.")
    assert [place_of(listed, n).name for n in ("Cook", "DuPage")] == ["Cook County", "DuPage County"]
    alone = situate_text("Deputies in Tuscarawas county said the road was closed.")
    assert place_of(alone, "Tuscarawas").name == "Tuscarawas County"


def test_a_list_before_states_names_states(situate_text):
    # "Sennar" alone is first the city; before "... and Gedaref states" it is the state.
    situation = situate_text("The army advanced from Sennar and Gedaref states on Friday.")
    assert place_of(situation, "Sennar").type == "admin1"


def test_a_capitalised_unit_word_designates_too(situate_text):
    # "Governorate" only ever names a unit: the province, not its capital city.
    situation = situate_text("Heavy fighting was reported across the Idlib Governorate on Sunday.")
    assert place_of(situation, "Idlib").type == "admin1"


def test_describing_phrase_places_the_name(situate_text):
    # Colorado's Aurora is bigger and the story's other places are in Colorado:
    # only the describing phrase says which Aurora.
    situation = situate_text(
        "Visitors from Denver, Boulder and Colorado Springs filled hotels in Aurora, "
        "a city in Saint Louis County, Minnesota."
    )
    assert place_of(situation, "Aurora").admin1 == "US-MN"


def test_describing_phrase_ignores_the_name_itself(situate_text):
    situation = situate_text("Flooding hit Lima, a village in the town of Lima, Ohio, and two other towns.")
    assert place_of(situation, "Lima").admin1 == "US-OH"


def test_describing_phrase_ends_with_its_sentence(gazetteer):
    from geomap.model import Article
    from geomap.pipeline import resolve_spans

    # The province (an admin-2 unit) and the country both count; the chain
    # stops at the full stop instead of reading on into "Philippines. According".
    text = "San Jose is a farming town in the province of Negros Oriental, Philippines. According to"
    names = ("San Jose", "Negros Oriental", "Philippines")
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    mentions = resolve_spans(Article(text=text), spans, gazetteer=gazetteer)
    assert (mentions[0].place.country, mentions[0].place.admin1) == ("PH", "PH-07")


def test_old_spelling_of_a_small_town_gains_less_from_its_neighbours(situate_text):
    # GeoNames lists "Delaware" as an old name of West Point, Virginia.
    situation = situate_text("Stores in Richmond and Williamsburg, Virginia, and two in Delaware will close.")
    assert place_of(situation, "Delaware").admin1 == "US-DE"


def test_describing_phrase_with_a_county_only(gazetteer):
    from geomap.model import Article
    from geomap.pipeline import resolve_spans

    text = "Boston is a market town in Lincolnshire with a tall church tower. It floods often."
    (mention,) = resolve_spans(Article(text=text), [(0, 6)], gazetteer=gazetteer)
    assert mention.place.country == "GB"


def test_a_transliteration_resolves_inside_the_story_s_country(situate_text):
    # No gazetteer name is written "Al-Shadadi"; Ash Shaddadah in Syria is one of its spellings.
    situation = situate_text("Kurdish fighters in Syria drove the militants out of Al-Shadadi on Friday.")
    shadadi = place_of(situation, "Al-Shadadi")
    assert shadadi is not None and shadadi.country == "SY"


def test_a_loose_spelling_alone_needs_a_large_place(situate_text):
    # Without a country to keep to, only a large place's own name is matched loosely ...
    assert place_of(situate_text("Shells fell on Deir Ezzor overnight."), "Deir Ezzor").country == "SY"
    # ... and a village's spelling variant stays unresolved rather than guessed.
    alone = situate_text("Fighting raged around the town of Al-Shadadi on Sunday.")
    assert place_of(alone, "Al-Shadadi") is None


def test_a_unit_word_the_gazetteer_leaves_out(situate_text):
    situation = situate_text("Government troops shelled Aleppo City and Hama Province on Monday.")
    aleppo = place_of(situation, "Aleppo City")
    assert (aleppo.name, aleppo.type) == ("Aleppo", "city")
    assert place_of(situation, "Hama Province").type == "admin1"


def test_introducing_phrase_places_the_name(situate_text):
    # The story names two countries; "the Canadian town of" says which Paris,
    # "the Syrian desert town of" which Palmyra (the US has several).
    situation = situate_text("Floods hit the Canadian town of Paris, officials in Washington said.")
    assert place_of(situation, "Paris").country == "CA"
    situation = situate_text("Two ministers flew to the Syrian desert town of Palmyra with a US envoy.")
    assert place_of(situation, "Palmyra").country == "SY"
    situation = situate_text("Militants seized the Nigerian town of Damask, a Chadian officer said.")
    assert place_of(situation, "Damask").country == "NG"


def test_a_designator_after_the_name_holds_against_the_story_s_own_towns(situate_text):
    # The story's country brings its towns of the name back among the candidates;
    # "region" after the name still says it is the province.
    situation = situate_text("Ukrainian officials said shelling continued across the Kharkiv region overnight.")
    kharkiv = place_of(situation, "Kharkiv")
    assert (kharkiv.name, kharkiv.type) == ("Kharkiv Oblast", "admin1")


def test_a_country_s_own_name_is_the_country_beside_its_capital(situate_text):
    # "Mexico" is also an alternate name of Mexico City, which the story names too
    situation = situate_text("The president will fly to Mexico next week; aides met in Mexico City on Friday.")
    mexico = place_of(situation, "Mexico")
    assert (mexico.name, mexico.type) == ("Mexico", "country")


def test_a_place_put_first_is_not_qualified_by_the_clause_after_it(situate_text):
    # "In Kabul, US officials": "US" opens the clause, it does not say where Kabul is
    situation = situate_text("In Kabul, US officials said the talks had stalled.")
    assert place_of(situation, "Kabul").country == "AF"
    assert place_of(situate_text("A tornado struck Paris, Texas, on Sunday."), "Paris").country == "US"


def test_the_rio_grande_is_the_border_river_in_a_border_story_and_the_city_in_brazil(situate_text):
    river = place_of(situate_text("Hundreds of migrants crossed the Rio Grande near Eagle Pass, Texas."), "Rio Grande")
    assert river.type == "water" and -101.5 < river.lon < -99.5
    city = place_of(situate_text("The port of Rio Grande in southern Brazil handled record exports."), "Rio Grande")
    assert city.type == "city" and city.country == "BR"


def test_bare_congo_is_the_congo_whose_towns_the_story_names(situate_text):
    # News mostly means the DRC; Brazzaville's Congo when the story is there
    assert place_of(situate_text("Ebola has killed 40 people in Congo, the WHO said."), "Congo").country == "CD"
    goma = situate_text("M23 rebels entered the city of Goma in eastern Congo on Monday.")
    assert place_of(goma, "Congo").country == "CD"
    brazzaville = situate_text("The president of Congo visited Brazzaville and Pointe-Noire.")
    assert place_of(brazzaville, "Congo").country == "CG"
