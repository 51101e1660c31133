"""The shared pipeline: lemmas on demand from the model's rule lemmatizer."""

import spacy

from geomap.nlp import MODEL_NAMES, lemma_of


def _stock_lemmatizer():
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, enable=["lemmatizer"]).get_pipe("lemmatizer")
        except OSError:
            continue
    raise AssertionError("no spaCy English model")


def test_lemmas_match_the_stock_lemmatizer(nlp):
    """The lemmatizer's word lists are sets in geomap's pipeline; the answers must not change."""
    stock = _stock_lemmatizer()
    doc = nlp("Russia massed troops and was deploying tanks; Ukrainians fled the annexed areas, officials said.")
    for token in doc:
        expected = stock.rule_lemmatize(token)
        assert lemma_of(token) == (expected[0].lower() if expected else token.lower_), token.text
    assert [lemma_of(t) for t in doc if t.text in ("massed", "troops", "deploying", "fled")] == [
        "mass", "troop", "deploy", "flee",
    ]
