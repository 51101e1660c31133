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
