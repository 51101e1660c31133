"""Finding place mentions: NER, gazetteer rescue and matcher, datelines, demonyms."""

from geomap.extract import extract_mentions


def found(nlp, gazetteer, text):
    mentions = extract_mentions(nlp(text), gazetteer)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def names(mentions):
    return [m.text for m in mentions]


def test_places_and_offsets(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Shelling hit Kharkiv overnight, officials in Kyiv said.")
    assert names(mentions) == ["Kharkiv", "Kyiv"]


def test_demonyms_are_their_own_kind(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Russian troops crossed into Ukraine.")
    kinds = {m.text: m.kind for m in mentions}
    assert kinds == {"Russian": "demonym", "Ukraine": "toponym"}


def test_lone_surname_that_is_a_town_is_not_a_place(nlp, gazetteer):
    # Sherman is a town in Texas, but here a person.
    mentions = found(nlp, gazetteer, "Wendy Sherman met envoys in Geneva. Sherman said talks went well.")
    assert names(mentions) == ["Geneva"]


def test_honorific_makes_a_person(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Ms Georgia told reporters in Paris that talks would resume.")
    assert "Georgia" not in names(mentions)


def test_capital_mislabelled_as_person_is_rescued(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Washington and Kiev say it could be a new invasion.")
    assert names(mentions) == ["Washington", "Kiev"]


def test_all_caps_dateline(nlp, gazetteer):
    text = "Ceasefire holds\n\nKYIV, Ukraine — Officials said the night was quiet."
    mentions = found(nlp, gazetteer, text)
    assert "KYIV" in names(mentions)


def test_possessive_and_article_are_trimmed(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Migrants gathered on the European Union's border.")
    assert names(mentions) == ["European Union"]


def test_adjective_is_not_a_region(nlp, gazetteer):
    mentions = found(nlp, gazetteer, "Nato's activity in Central and Eastern European countries worries Moscow.")
    assert "Central" not in names(mentions)
