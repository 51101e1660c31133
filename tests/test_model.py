"""The JSON form of the model carries the provenance the map shows."""

from __future__ import annotations

from render_cases import GENEVA_IL, GENEVA_NY, seed_situation

from geomap.model import Article, Situation


def test_mentions_serialise_their_rejected_candidates() -> None:
    data = seed_situation().to_json()
    geneva = data["mentions"][0]
    assert [(p["name"], p["country"], p["geonameid"]) for p in geneva["alternatives"]] == [
        ("Geneva", "US", GENEVA_IL.geonameid),
        ("Geneva", "US", GENEVA_NY.geonameid),
    ]
    assert data["mentions"][1]["alternatives"] == []


def test_situation_serialises_the_article_url() -> None:
    seed = seed_situation()
    assert seed.to_json()["url"] is None
    linked = Situation(Article(text="x", url="https://news.test/a"))
    assert linked.to_json()["url"] == "https://news.test/a"
