"""The shared pipeline: lemmas on demand from the model's rule lemmatizer."""


from geomap.nlp import lemma_of, load_stock_model


def _stock_lemmatizer():
    return load_stock_model(enable=["lemmatizer"]).get_pipe("lemmatizer")


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


def test_lemma_memo_tells_an_auxiliary_from_a_verb_with_the_same_tag(nlp):
    # Both "has" are tagged VBZ; the auxiliary keeps its form, the verb is "have".
    # A memo keyed by tag alone answered the second with the first's lemma.
    auxiliary = next(t for t in nlp("Russia has deployed troops.") if t.lower_ == "has")
    verb = next(t for t in nlp("Britain, which has 7,000 troops in Iraq, patrols.") if t.lower_ == "has")
    assert (auxiliary.pos_, verb.pos_, auxiliary.tag_, verb.tag_) == ("AUX", "VERB", "VBZ", "VBZ")
    assert (lemma_of(auxiliary), lemma_of(verb)) == ("has", "have")
