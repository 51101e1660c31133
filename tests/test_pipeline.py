"""The pipeline front door: worker processes give the same situations, in order."""

from geomap.model import Article
from geomap.pipeline import map_articles

TEXTS = [
    "Talks were held in Geneva on Monday.",
    "Some 3,000 Ukrainian soldiers were deployed near Kharkiv.",
    "Russia annexed Crimea in 2014.",
    "Moscow denies any plan to attack.",
    "Voters in Georgia and across the United States went to the polls.",
] * 8


def test_workers_match_a_single_process(gazetteer):
    articles = [Article(text=t, id=str(i)) for i, t in enumerate(TEXTS)]
    alone = [s.to_json() for s in map_articles(articles, gazetteer=gazetteer)]
    shared = [s.to_json() for s in map_articles(articles, gazetteer=gazetteer, workers=2)]
    assert [s["id"] for s in shared] == [str(i) for i in range(len(TEXTS))]
    assert shared == alone


def test_warm_up_takes_every_lazily_loaded_path(gazetteer):
    # Workers fork after warm_up: what it does not load, every worker loads again on its
    # first article.  Its made-up article must keep reaching each kind of item.
    from geomap import shapes
    from geomap.pipeline import _WARM_UP, map_article, warm_up

    shapes._load.cache_clear()
    shapes._load_admin1.cache_clear()
    warm_up(gazetteer)
    assert shapes._load.cache_info().currsize == 1 and shapes._load_admin1.cache_info().currsize == 1
    items = map_article(_WARM_UP, gazetteer=gazetteer).items
    kinds = {(item.kind, item.geometry["type"].removeprefix("Multi")) for item in items}
    assert {("border", "LineString"), ("area", "Point"), ("place", "Polygon"), ("group", "Polygon")} <= kinds


def test_a_typographic_plural_possessive_is_parsed_as_one_and_kept_as_written(gazetteer):
    # The small model reads "militants’ positions" as two objects; parsed with a plain
    # apostrophe it is one possessive, so the towns are where the positions are.  Offsets
    # and every mention's text stay the article's, curly marks and all.
    from geomap.nlp import for_the_parser

    text = "Jets struck the militants’ positions at Palmyra and near Sa’ad’s farm in Homs."
    assert len(for_the_parser(text)) == len(text)
    assert "militants' positions" in for_the_parser(text) and "Sa’ad’s" in for_the_parser(text)
    situation = next(iter(map_articles([Article(text=text, id="a")], gazetteer=gazetteer)))
    for mention in situation.mentions:
        assert text[mention.start : mention.end] == mention.text
    palmyra = next(m for m in situation.mentions if m.text == "Palmyra")
    assert palmyra.role == "troop_position"
