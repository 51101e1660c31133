"""The small linear models: training finds the signal, files round-trip."""

import pytest

from geomap.learned import LinearModel, train_ranker


def test_ranker_learns_which_item_of_a_group_is_right():
    near, inside, source = {"prep=near"}, {"prep=in"}, {"prep=from"}
    groups = [[near, inside], [inside, source], [source, near, inside]] * 10
    chosen = [1, 0, 2] * 10
    model = train_ranker(groups, chosen, l2=0.1)
    score = lambda features: model.scores(features)[0]  # noqa: E731
    assert score({"prep=in"}) > score({"prep=near"})
    assert score({"prep=in"}) > score({"prep=from"})
    # a feature never seen in training counts for nothing
    assert model.scores({"prep=in", "unseen"}) == model.scores({"prep=in"})


def test_model_file_round_trips(tmp_path):
    model = train_ranker([[{"a"}, {"b"}]] * 5, [0] * 5)
    path = tmp_path / "model.json"
    model.save(path)
    again = LinearModel.load(path)
    assert again.classes == model.classes == ("score",)
    assert again.scores({"a"})[0] == pytest.approx(model.scores({"a"})[0], abs=1e-5)
    assert again.scores({"a"})[0] > again.scores({"b"})[0]


def test_a_file_of_another_format_is_refused():
    with pytest.raises(ValueError, match="not a"):
        LinearModel.from_json({"classes": ["x"], "bias": [0], "weights": {}})
    with pytest.raises(ValueError, match="do not match"):
        LinearModel.from_json(
            {"format": "geomap-linear-model/1", "classes": ["x", "y"], "bias": [0, 0], "weights": {"a": [1]}}
        )


def test_ranker_takes_several_right_items_and_weighs_groups():
    near, inside, source = {"prep=near"}, {"prep=in"}, {"prep=from"}
    # either "in" or "near" is right; "from" never is
    groups = [[near, inside, source], [source, inside], [near, source]] * 10
    chosen = [{0, 1}, 1, 0] * 10
    model = train_ranker(groups, chosen, l2=0.1)
    score = lambda features: model.scores(features)[0]  # noqa: E731
    assert score({"prep=in"}) > score({"prep=from"}) and score({"prep=near"}) > score({"prep=from"})
    # groups of weight 0 teach nothing: here only the groups that favour "from" count
    flipped = train_ranker([[near, source], [source, near]] * 10, [1, 0] * 10, l2=0.1)
    assert flipped.scores({"prep=from"})[0] > flipped.scores({"prep=near"})[0]
    ignored = train_ranker(
        [[near, source], [near, source]] * 10, [0, 1] * 10, l2=0.1, weights_by_group=[1.0, 0.0] * 10
    )
    assert ignored.scores({"prep=near"})[0] > ignored.scores({"prep=from"})[0]


def test_ranker_refuses_a_right_item_outside_its_group():
    with pytest.raises(ValueError, match="among its items"):
        train_ranker([[{"a"}, {"b"}]], [{2}])
    with pytest.raises(ValueError, match="among its items"):
        train_ranker([[{"a"}, {"b"}]], [set()])
