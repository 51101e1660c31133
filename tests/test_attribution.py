"""Who says so: claims carry the actors they are attributed to (issue 4, "Actors")."""


def attribution_of(situation, label):
    (item,) = [i for i in situation.items if i.label == label or label in i.label]
    return item.attribution


def test_capitals_saying_something_are_its_source(situate_text):
    situation = situate_text("Washington and Kiev say Russian troops are massing in Belgorod.")
    assert attribution_of(situation, "Belgorod") == ("US", "UA")


def test_according_to_people_of_a_country(situate_text):
    situation = situate_text("According to Ukrainian officials, Russian troops shelled Kharkiv on Sunday.")
    assert attribution_of(situation, "Kharkiv") == ("UA",)


def test_officials_qualified_by_a_country(situate_text):
    situation = situate_text("US officials said 3,000 troops were deployed to Poland.")
    assert attribution_of(situation, "Poland") == ("US",)


def test_a_claim_in_one_member_of_a_list_covers_that_member_only(situate_text):
    situation = situate_text(
        "The two countries are at odds over Russia's deployment of troops in Kazakhstan, "
        "and what Washington sees as Russia's use of its gas supplies to gain leverage."
    )
    assert attribution_of(situation, "Kazakhstan") == ()


def test_people_without_a_country_are_no_attribution(situate_text):
    situation = situate_text("Residents said Russian troops were stationed in Kharkiv.")
    assert attribution_of(situation, "Kharkiv") == ()


def test_a_plain_report_has_no_attribution(situate_text):
    situation = situate_text("Russian troops are gathered near the border with Ukraine.")
    assert all(item.attribution == () for item in situation.items)
