"""Shared fixtures: the real gazetteer and NER model, loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from geomap.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    from geomap.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def situate_text(gazetteer):
    """Run the whole pipeline on a snippet of text."""
    from geomap.model import Article
    from geomap.pipeline import map_article

    def run(text: str):
        return map_article(Article(text=text, id="snippet"), gazetteer=gazetteer)

    return run
