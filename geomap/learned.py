"""Small linear models over named features, trained offline and read at run time.

Where hand rules run out (several places fit an event), a model weighs the same
evidence the rules read: dependency labels, prepositions, place types, the
rules' own order.  The models are trained by scripts from annotated corpora
(``data/README.md`` names them), stored as small JSON files in ``data/``, and
scored here in plain Python, so using one costs no dependency and no start-up
time.

A **ranker** picks one item of a group (a place for an event): one weight per
feature, and the group's softmax decides.  The file format allows one weight
per feature and class, so a classifier could share it; none is shipped (a role
classifier for the rules' fallback was tried and did not beat the fallback in
cross-validation over the role sets).

Training is full-batch gradient descent (Adam) on the L2-regularised log loss,
with NumPy, over sparse binary features.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "geomap-linear-model/1"


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature and class; a ranker has the one class ``"score"``."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]] = field(repr=False)
    #: What the model was trained on and how well it did, for the record.
    about: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def scores(self, features: Iterable[str]) -> tuple[float, ...]:
        """The raw score of each class (unknown features count for nothing)."""
        totals = list(self.bias)
        for feature in set(features):
            row = self.weights.get(feature)
            if row is not None:
                for k, weight in enumerate(row):
                    totals[k] += weight
        return tuple(totals)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "classes": list(self.classes),
            "bias": [round(b, 6) for b in self.bias],
            "weights": {f: [round(w, 6) for w in row] for f, row in sorted(self.weights.items())},
            "about": dict(self.about),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        classes = tuple(data["classes"])
        weights = {f: tuple(row) for f, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()) or len(data["bias"]) != len(classes):
            raise ValueError("weights do not match the classes")
        return cls(classes, tuple(data["bias"]), weights, data.get("about", {}))

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def _index(rows: Sequence[Collection[str]], min_count: int) -> tuple[list[str], Any, Any]:
    """Feature names seen at least ``min_count`` times; per row, its feature columns."""
    import numpy as np

    counts: dict[str, int] = {}
    for features in rows:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: i for i, f in enumerate(names)}
    row_of: list[int] = []
    col: list[int] = []
    for r, features in enumerate(rows):
        for feature in sorted(set(features)):
            if feature in column:
                row_of.append(r)
                col.append(column[feature])
    return names, np.asarray(row_of, dtype=np.int64), np.asarray(col, dtype=np.int64)


def _descend(gradient, shape: tuple[int, int], iterations: int, rate: float):
    """Adam over a weight matrix plus a bias row; ``gradient(W, b)`` -> (gW, gb)."""
    import numpy as np

    weights = np.zeros(shape)
    bias = np.zeros(shape[1])
    moments = [np.zeros(shape), np.zeros(shape[1])]
    squares = [np.zeros(shape), np.zeros(shape[1])]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        grads = gradient(weights, bias)
        for k, (param, grad) in enumerate(zip((weights, bias), grads, strict=True)):
            moments[k] = beta1 * moments[k] + (1 - beta1) * grad
            squares[k] = beta2 * squares[k] + (1 - beta2) * grad * grad
            m_hat = moments[k] / (1 - beta1**step)
            v_hat = squares[k] / (1 - beta2**step)
            param -= rate * m_hat / (np.sqrt(v_hat) + eps)
    return weights, bias


def train_ranker(
    groups: Sequence[Sequence[Collection[str]]],
    chosen: Sequence[int | Collection[int]],
    *,
    l2: float = 1.0,
    min_count: int = 2,
    iterations: int = 400,
    rate: float = 0.05,
    weights_by_group: Sequence[float] | None = None,
) -> LinearModel:
    """A ranker: in each group of items, item ``chosen[g]`` is the right one.

    The loss is the log of the softmax over each group's scores (a listwise
    ranker); a group's items must include its right one.  ``chosen[g]`` may
    also be a set of items that are all right: the loss is then the log of
    their summed probability.  ``weights_by_group`` scales each group's loss
    (0 leaves a group out).
    """
    import numpy as np

    if len(groups) != len(chosen) or not groups:
        raise ValueError("need one chosen item per group, and at least one group")
    rows = [features for group in groups for features in group]
    group_of = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    offsets = np.cumsum([0] + [len(group) for group in groups[:-1]])
    right_sets = [[int(right)] if isinstance(right, int | np.integer) else sorted(right) for right in chosen]
    if any(not 0 < len(right) or not 0 <= right[0] <= right[-1] < len(group)
           for right, group in zip(right_sets, groups, strict=True)):
        raise ValueError("each group's right items must be among its items")
    is_right = np.zeros(len(rows), dtype=bool)
    is_right[[offsets[g] + r for g, right in enumerate(right_sets) for r in right]] = True
    group_weight = np.ones(len(groups)) if weights_by_group is None else np.asarray(weights_by_group, dtype=float)
    names, row_of, col = _index(rows, min_count)
    n = len(rows)

    def gradient(weights, bias):
        score = np.zeros(n)
        np.add.at(score, row_of, weights[col, 0])
        top = np.full(len(groups), -np.inf)
        np.maximum.at(top, group_of, score)
        e = np.exp(score - top[group_of])
        total = np.zeros(len(groups))
        np.add.at(total, group_of, e)
        p = e / total[group_of]
        right_mass = np.zeros(len(groups))
        np.add.at(right_mass, group_of, np.where(is_right, p, 0.0))
        error = p - np.where(is_right, p / right_mass[group_of], 0.0)
        error *= group_weight[group_of]
        g_weights = np.zeros_like(weights)
        np.add.at(g_weights[:, 0], col, error[row_of])
        return g_weights + l2 * weights, np.zeros(1)

    weights, _ = _descend(gradient, (len(names), 1), iterations, rate)
    kept = {f: (float(weights[i, 0]),) for i, f in enumerate(names) if abs(weights[i, 0]) > 1e-4}
    return LinearModel(("score",), (0.0,), kept)
