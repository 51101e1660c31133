"""The classification banner: validated colour, readable text, top and bottom."""

from __future__ import annotations

import pytest
from render_cases import HOSTILE_PAYLOAD, seed_situation

from geomap.render import render_html
from geomap.render.banner import DEFAULT_COLOR, NAMED_COLORS, parse_color, text_color
from geomap.render.escape import html_text


@pytest.mark.parametrize(
    ("given", "expected"),
    [("#C8102E", "#c8102e"), ("#0a3", "#00aa33"), (" Red ", NAMED_COLORS["red"]), ("gray", NAMED_COLORS["grey"])],
)
def test_colours_are_normalised(given: str, expected: str) -> None:
    assert parse_color(given) == expected


@pytest.mark.parametrize(
    "bad", ["", "#12", "#12345g", "rgb(0,0,0)", "red; background: url(x)", "#fff;}</style><script>", "chartreuse"]
)
def test_bad_colours_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="banner colour must be"):
        parse_color(bad)


def test_text_colour_contrasts_with_the_background() -> None:
    assert text_color(NAMED_COLORS["green"]) == "#ffffff"
    assert text_color(NAMED_COLORS["yellow"]) == "#000000"
    assert text_color("#ffffff") == "#000000"
    assert text_color("#000000") == "#ffffff"


def test_banner_at_top_and_bottom_in_the_chosen_colour() -> None:
    html = render_html([seed_situation()], banner="SECRET  //  REL TO USA", banner_color="red")
    assert '<div class="gm-banner gm-banner-top" role="note">SECRET // REL TO USA</div>' in html
    assert '<div class="gm-banner gm-banner-bottom" role="note">SECRET // REL TO USA</div>' in html
    assert f"background: {NAMED_COLORS['red']}; color: #ffffff;" in html


def test_no_banner_unless_asked_and_grey_by_default() -> None:
    assert "gm-banner" not in render_html([seed_situation()])
    assert f"background: {DEFAULT_COLOR};" in render_html([seed_situation()], banner="UNCLASSIFIED")


def test_banner_text_is_escaped() -> None:
    html = render_html([seed_situation()], banner=HOSTILE_PAYLOAD)
    assert f'role="note">{html_text(" ".join(HOSTILE_PAYLOAD.split()))}</div>' in html


def test_render_refuses_a_bad_colour_or_a_colour_without_text() -> None:
    with pytest.raises(ValueError, match="banner colour must be"):
        render_html([seed_situation()], banner="X", banner_color="#zzz")
    with pytest.raises(ValueError, match="needs banner text"):
        render_html([seed_situation()], banner="  ", banner_color="red")
