"""Labels beside symbols: strength, side and date (geomap/render/labels.py)."""

from __future__ import annotations

import pytest

from geomap.render.labels import date_text, force_label, strength_text


@pytest.mark.parametrize(
    ("iso", "text"),
    [
        ("2022-01-10", "10 Jan"),  # the article's year is not repeated
        ("XXXX-01-10", "10 Jan"),  # an unknown year is not shown
        ("2021-01-10", "10 Jan 2021"),
        ("XXXX-01-11/XXXX-01-16", "11–16 Jan"),
        ("2022-01-30/2022-02-02", "30 Jan–2 Feb"),
        ("2021-12", "Dec 2021"),
        ("XXXX-12", "Dec"),
        ("2014", "2014"),
        ("1997/..", "since 1997"),
        ("../2013", "until 2013"),
        (None, None),
        ("next week", None),
        ("2022-13-01", None),
    ],
)
def test_dates_are_short(iso: str | None, text: str | None) -> None:
    assert date_text(iso, article_date="2022-01-10") == text


def test_force_label_has_strength_and_date() -> None:
    assert force_label(100_000, "troops", "2022-01-10", article_date="2022-01-10") == "~100,000 troops · 10 Jan"
    assert force_label(100_000, "troops", "XXXX-01-10", side="RU") == "RU ~100,000 troops · 10 Jan"
    assert force_label((20_000, 99_999), None, None, side="European Union") == "EU 20,000–99,999 troops"
    assert force_label(None, "tanks", None, side="RU") == "RU tanks"
    assert force_label(None, None, None, side="IQ", sides=("IQ", "European Union")) == "IQ/EU troops"


def test_formations_are_counted_as_they_are() -> None:
    assert strength_text(2, "battalion") == "2 battalions"
    assert strength_text(1, "brigade") == "1 brigade"
    assert strength_text(None, "battlegroup") == "battlegroup"
    assert strength_text(3, "company") == "3 companies"
    assert strength_text(5_000, "peacekeepers") == "~5,000 peacekeepers"

