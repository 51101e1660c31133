"""Force sizes in words and digits."""

import pytest

from geomap.lexicon import parse_count


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
