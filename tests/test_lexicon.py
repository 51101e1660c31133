"""Force sizes in words and digits."""

import pytest

from geomap.lexicon import parse_count, parse_strength


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("Nearly 100,000", 100_000),
        ("some 3,000", 3_000),
        ("10 000", 10_000),
        ("1.5 million", 1_500_000),
        ("two thousand", 2_000),
        ("two hundred", 200),
        ("a dozen", 12),
        ("a hundred", 100),
        ("500", 500),
    ],
)
def test_parse_count(phrase, count):
    assert parse_count(phrase) == count


@pytest.mark.parametrize("phrase", ["", "thousands", "tens of thousands", "several", "a"])
def test_vague_quantities_have_no_count(phrase):
    assert parse_count(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "strength"),
    [
        # A hedged figure keeps the figure.
        ("Nearly 100,000", 100_000),
        ("more than 3,000", 3_000),
        ("up to 10,000", 10_000),
        ("at least 500", 500),
        ("5 000", 5_000),
        ("1.5 million", 1_500_000),
        ("two thousand", 2_000),
        ("eighteen", 18),
        ("a couple of thousand", 2_000),
        ("a hundred and fifty", 150),
        ("twenty-five", 25),
        # Stated ranges.
        ("between 3,000 and 5,000", (3_000, 5_000)),
        ("3,000-5,000", (3_000, 5_000)),
        ("3,000 \u2013 5,000", (3_000, 5_000)),
        ("3 to 5 thousand", (3_000, 5_000)),
        ("from 1.5 to 2 million", (1_500_000, 2_000_000)),
        ("two or three", (2, 3)),
        # Vague magnitudes: at least two of the word, less than the next word up.
        ("dozens", (24, 99)),
        ("scores", (40, 99)),
        ("hundreds", (200, 999)),
        ("thousands", (2_000, 9_999)),
        ("tens of thousands", (20_000, 99_999)),
        ("hundreds of thousands", (200_000, 999_999)),
        ("several", (3, 9)),
        ("several hundred", (300, 999)),
        ("a few thousand", (2_000, 5_999)),
    ],
)
def test_parse_strength(phrase, strength):
    assert parse_strength(phrase) == strength


@pytest.mark.parametrize("phrase", ["", "many", "some", "a", "close to"])
def test_no_strength(phrase):
    assert parse_strength(phrase) is None
