"""A linear ranker over candidates described by named features: the score of a
candidate is the sum of its features' values times their weights, and the best
candidate wins. The weights are a checked table of ``data/reference`` (trained
by ``fit`` from gold readings), so the choice stays deterministic and offline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Features = Mapping[str, float]


def best(
    candidates: Sequence[str], features: Sequence[Features], weights: Mapping[str, float]
) -> str | None:
    """The candidate whose features score highest; the first of equals (candidates
    come in a fixed order); None when there are no candidates or no weights."""
    if not candidates or not weights:
        return None
    found = scores(features, weights)
    return candidates[found.index(max(found))]


def scores(features: Sequence[Features], weights: Mapping[str, float]) -> list[float]:
    """Each candidate's score: its features' values times their weights, summed."""
    return [sum(weights.get(name, 0.0) * value for name, value in f.items()) for f in features]


def fit(
    examples: Sequence[tuple[Sequence[Features], Sequence[int]]],
    *,
    l2: float = 0.05,
    iterations: int = 1500,
    step: float = 1.0,
) -> dict[str, float]:
    """Weights that make the right candidates likely: a softmax over each
    example's candidates (its features) and the indexes of the right ones, fitted by
    full-batch gradient ascent on the mean log-likelihood with an L2 penalty.
    Deterministic: zero start, a fixed number of steps."""
    import numpy as np  # only to fit; choosing needs none

    usable = [(f, right) for f, right in examples if f and right]
    names = sorted({name for f, _ in usable for row in f for name in row})
    if not names:
        return {}
    column = {name: i for i, name in enumerate(names)}
    matrices = []
    for rows, right in usable:
        m = np.zeros((len(rows), len(names)))
        for r, row in enumerate(rows):
            for name, value in row.items():
                m[r, column[name]] = value
        matrices.append((m, list(right)))
    w = np.zeros(len(names))
    for _ in range(iterations):
        gradient = -l2 * w
        for m, right in matrices:
            s = m @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            gradient += m[right].mean(axis=0) - p @ m
        w += step * gradient / len(matrices)
    return {name: round(float(w[column[name]]), 3) for name in names}


def table_text(weights: Mapping[str, float], note: str) -> str:
    """The weights as a table of ``data/reference`` (feature, weight, comment), with
    the note on how they were fitted in the first row's comment."""
    rows = [f"{name},{value}," for name, value in sorted(weights.items())]
    if rows:
        rows[0] += '"' + note.replace('"', "'") + '"'
    return "\n".join(["feature,weight,comment", *rows]) + "\n"
