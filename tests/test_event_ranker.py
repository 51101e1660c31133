"""The learned ranker behind ``event_location``: its file, its candidates and how it picks.

Sentences are made up; place names are invented or common ones.
"""

import pytest

from geomap.learned import LinearModel
from geomap.model import Mention, Place
from geomap.roles_eval import EVENT_RANKER_PATH, event_candidates, event_location, event_ranker


def _placed(text, **kinds):
    out = []
    for name, kind in kinds.items():
        start = text.index(name)
        mention = Mention(text=name, start=start, end=start + len(name))
        out.append(mention.with_(place=Place(name, None, 0.0, 0.0, kind)))
    return out


def _trigger(text, word):
    start = text.index(word)
    return (start, start + len(word))


def test_the_shipped_model_loads_and_says_what_it_was_trained_on():
    model = LinearModel.load(EVENT_RANKER_PATH)
    assert model.classes == ("score",)
    assert event_ranker().weights == model.weights
    assert event_ranker() is event_ranker()  # read once
    about = model.about
    assert about["abstain"] is True
    trained = about["trained_on"]
    assert "event_location" in trained["corpus"] and "sha256" in trained["corpus"]
    assert trained["records"] > 1000 and trained["groups"] > 1000
    assert any("RELABEL" in reason for reason in trained["excluded"])
    validation = about["cross_validation"]["accuracy"]["all"]
    assert validation["ranker"] > validation["rules"]
    # small: near-zero weights are pruned
    assert 50 < len(model.weights) < 2000
    assert all(abs(w[0]) >= about["hyper_parameters"]["prune"] for w in model.weights.values())


def test_candidates_come_in_rule_order_with_their_features(nlp):
    text = "Gunmen killed two guards near Tamarind in Borduria province on Monday."
    places = _placed(text, Tamarind="city", Borduria="admin1")
    found = event_candidates(nlp(text), _trigger(text, "killed"), places)
    assert [item.mention.text for item in found.items] == ["Tamarind", "Borduria"]
    assert found.items[0].mention == event_location(nlp(text), _trigger(text, "killed"), places, ranker=None)
    first, second = (item.features for item in found.items)
    assert {"rule_rank=1", "how=near", "prep=near", "trigger_prep=kill|near", "type=city"} <= first
    assert {"rule_rank=2", "how=at", "prep=in", "type=admin1", "candidates=2"} <= second
    assert found.items[0].key < found.items[1].key
    assert "none" in found.none_features and "none:trigger=kill" in found.none_features


def test_a_single_candidate_is_picked(nlp):
    text = "Storms flooded homes in Tamarind on Monday."
    places = _placed(text, Tamarind="city")
    found = event_candidates(nlp(text), _trigger(text, "flooded"), places)
    assert len(found.items) == 1
    assert event_location(nlp(text), _trigger(text, "flooded"), places).text == "Tamarind"
    assert event_location(nlp(text), _trigger(text, "flooded"), places, ranker=None).text == "Tamarind"


def test_no_candidate_leaves_nothing_to_rank(nlp):
    text = "The Tamarind council announced new curfews."
    places = _placed(text, Tamarind="city")
    found = event_candidates(nlp(text), _trigger(text, "announced"), places)
    assert found.items == () and found.fallback is None
    assert event_location(nlp(text), _trigger(text, "announced"), places) is None


def test_the_pick_follows_the_model_given(nlp):
    text = "Gunmen killed two guards near Tamarind in Borduria province on Monday."
    places = _placed(text, Tamarind="city", Borduria="admin1")
    doc, trigger = nlp(text), _trigger(text, "killed")
    second = LinearModel(("score",), (0.0,), {"rule_rank=2": (1.0,)})
    assert event_location(doc, trigger, places, ranker=second).text == "Borduria"
    # a tie keeps the rule order
    assert event_location(doc, trigger, places, ranker=LinearModel(("score",), (0.0,), {})).text == "Tamarind"
    # a model that may abstain picks nothing when "none" scores highest ...
    abstaining = LinearModel(("score",), (0.0,), {"none": (1.0,)}, {"abstain": True})
    assert event_location(doc, trigger, places, ranker=abstaining) is None
    # ... and a model that may not never does
    assert event_location(doc, trigger, places, ranker=LinearModel(("score",), (0.0,), {"none": (1.0,)})) is not None
    with pytest.raises(ValueError, match="unknown ranker"):
        event_location(doc, trigger, places, ranker="rules")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # An arrest the police would not make happened nowhere; the rules still place it.
        ("Police would not arrest the protesters in Tamarind, the mayor said.", "arrest"),
    ],
)
def test_the_shipped_ranker_abstains_where_the_event_did_not_happen(nlp, text, trigger):
    places = _placed(text, Tamarind="city")
    assert event_location(nlp(text), _trigger(text, trigger), places, ranker=None).text == "Tamarind"
    assert event_location(nlp(text), _trigger(text, trigger), places) is None
