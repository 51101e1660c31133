"""Title box: the "As of" subtitle comes from the user or the articles, never the clock."""

from __future__ import annotations

from render_cases import protest_situation, seed_situation

from geomap import shapes
from geomap.model import Article
from geomap.render import render_html
from geomap.render.escape import html_text
from geomap.render.furniture import as_of_date, title_box


def article(date: str | None) -> Article:
    return Article(text="x", title="T", date=date)


def test_as_of_is_the_latest_full_date() -> None:
    assert as_of_date([article("2022-01-10"), article("2022-01-12"), article(None), article("2022-01-11")]) == (
        "2022-01-12"
    )


def test_dates_without_a_year_only_count_when_no_article_has_a_full_date() -> None:
    assert as_of_date([article("XXXX-03-01"), article("2022-01-10")]) == "2022-01-10"
    assert as_of_date([article("XXXX-03-01"), article("XXXX-01-10")]) == "XXXX-03-01"


def test_no_date_no_as_of() -> None:
    assert as_of_date([article(None), article("next week"), article("<b>")]) is None
    box = title_box([article(None)])
    assert "As of" not in box.content and "gm-sub" not in box.content


def subtitle(day: str, tail: str = "") -> str:
    """The subtitle markup: the date in its own span, which a time slider updates."""
    return f'<div class="gm-sub">As of <span class="gm-as-of">{day}</span>{tail}</div>'


def test_title_box_subtitle() -> None:
    assert subtitle("2022-01-10") in title_box([article("2022-01-10")], "T").content
    # A given title keeps the headline visible under it.
    assert subtitle("2022-01-10", " · T") in title_box([article("2022-01-10")], "Brief").content
    # The user's subtitle takes the headline's place; its text is escaped.
    given = title_box([article("2022-01-10")], "Brief", subtitle="Day 2 <b>update</b>").content
    assert subtitle("2022-01-10", " · Day 2 &lt;b&gt;update&lt;/b&gt;") in given


def test_as_of_given_wins_and_the_page_says_it() -> None:
    html = render_html([seed_situation(), protest_situation()], as_of="2022-02-01")
    assert subtitle("2022-02-01") in html
    default = render_html([seed_situation(), protest_situation()])
    assert subtitle("2022-01-11") in default


def test_scale_bar_credits_and_point_of_view_stay() -> None:
    html = render_html([seed_situation()])
    assert "L.control.scale().addTo(" in html
    footer = html[html.index('class="gm-box gm-footer"') :]
    assert "Places: GeoNames (CC-BY 4.0)" in footer.split("</div>", 1)[0]
    assert html_text(shapes.POINT_OF_VIEW) in footer.split("</div>", 1)[0]
    # The footer is the lowest bottom-left box: added before the sources and the legend.
    assert html.index('class="gm-box gm-footer"') < html.index('class="gm-box gm-sources"')
