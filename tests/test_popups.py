"""Popups: the provenance each one carries (tier 1, strings only)."""

from __future__ import annotations

import json
import re

from render_cases import GENEVA, GENEVA_IL, GENEVA_NY, HOSTILE_PAYLOAD, seed_situation

from geomap.model import Article, Mention, Place
from geomap.render import render_html
from geomap.render.escape import html_text
from geomap.render.popups import Evidence, place_line, popup_html, rejected_places, resolved_places

TEXT = "Talks began in Geneva on Monday."


def geneva_mention(**fields: object) -> Mention:
    start = TEXT.index("Geneva")
    return Mention("Geneva", start, start + 6, sentence=(0, len(TEXT)), place=GENEVA, **fields)  # type: ignore[arg-type]


def facts(html: str) -> dict[str, str]:
    block = re.search(r'<dl class="gm-facts">(.*?)</dl>', html)
    assert block, html
    return dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block.group(1)))


def popups_text(html: str) -> str:
    """Every popup of a rendered page, decoded from its script."""
    return "\n".join(json.loads(s) for s in re.findall(r'\.bindPopup\(("(?:[^"\\]|\\.)*")', html))


def test_popup_states_place_role_date_confidence_and_source() -> None:
    article = Article(text=TEXT, id="a", title="Talks & more", date="2022-01-10", url="https://news.test/a?x=1&y=2")
    html = popup_html(
        label="Geneva", role="meeting_venue", confidence=0.9, date="2022-01-10",
        evidence=[Evidence(article, (geneva_mention(),))],
    )
    assert "<h3>Geneva</h3>" in html
    assert "Meeting venue · confidence 90%" in html
    found = facts(html)
    assert found["Place"] == "Geneva (CH, city) 46.20°N 6.15°E"
    assert found["When"] == '<span title="2022-01-10">10 Jan 2022</span>'  # readable, ISO on hover
    assert found["Source"] == (
        '<a href="https://news.test/a?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">Talks &amp; more</a>'
        " (2022-01-10)"
    )
    assert "<blockquote>Talks began in <mark>Geneva</mark> on Monday.</blockquote>" in html


def test_popup_without_a_date_or_places_says_nothing_about_them() -> None:
    html = popup_html(label="Bloc", role="other", confidence=None, evidence=[Evidence(Article(text="x", id="b"), ())])
    assert facts(html) == {"Source": "b"}
    assert "Rejected" not in html


def test_an_approximate_position_says_by_how_much() -> None:
    evidence = [Evidence(Article(text=TEXT, id="a"), (geneva_mention(),))]
    html = popup_html(label="Geneva", role="meeting_venue", confidence=0.5, evidence=evidence, uncertainty_km=20.0)
    assert facts(html)["Position"] == "approximate, within about 20 km"
    assert "Position" not in facts(popup_html(label="Geneva", role="other", confidence=0.5, evidence=evidence))


def test_a_joint_force_names_every_side() -> None:
    evidence = [Evidence(Article(text=TEXT, id="a"), (geneva_mention(),))]
    joint = popup_html(
        label="X", role="troop_position", confidence=0.5, evidence=evidence, side="IQ", sides=("IQ", "US")
    )
    assert "sides: IQ, US" in joint
    single = popup_html(label="X", role="troop_position", confidence=0.5, evidence=evidence, side="IQ")
    assert "side: IQ" in single and "sides" not in single


def test_rejected_candidates_are_listed_once_and_never_the_chosen_place() -> None:
    first = geneva_mention(alternatives=(GENEVA_IL, GENEVA_NY))
    # A second mention whose runners-up repeat one and include the place chosen for the first.
    second = geneva_mention(alternatives=(GENEVA_NY, GENEVA))
    evidence = [Evidence(Article(text=TEXT), (first, second))]
    assert resolved_places(evidence) == [GENEVA]
    assert rejected_places(evidence) == [GENEVA_IL, GENEVA_NY]
    html = popup_html(label="Geneva", role="meeting_venue", confidence=0.9, evidence=evidence)
    assert (
        '<div class="gm-rejected"><span>Rejected:</span> Geneva (US, city) 41.89°N 88.31°W; '
        "Geneva (US, city) 42.87°N 76.98°W</div>"
    ) in html


def test_rejected_candidates_beyond_the_limit_are_counted() -> None:
    alternatives = tuple(Place(f"Geneva {i}", "US", 40.0 + i, -80.0, "city", 100 + i) for i in range(6))
    html = popup_html(
        label="Geneva", role="other", confidence=None,
        evidence=[Evidence(Article(text=TEXT), (geneva_mention(alternatives=alternatives),))],
    )
    assert "Geneva 3 (US, city)" in html and "Geneva 4 (US, city)" not in html
    assert "; … and 2 more</div>" in html


def test_place_line_of_a_place_without_country() -> None:
    bloc = Place("NATO", None, float("nan"), 0.0, "group")
    assert place_line(bloc) == "NATO (group)"


def test_several_articles_name_their_source_above_their_quotes() -> None:
    one = Article(text=TEXT, id="one", title="One", date="2022-01-10", url="http://news.test/1")
    two = Article(text=TEXT, id="two", title="Two")
    evidence = [Evidence(one, (geneva_mention(),)), Evidence(two, (geneva_mention(),))]
    html = popup_html(label="Geneva", role="other", confidence=None, evidence=evidence, show_article=True)
    assert "Source" not in facts(html)
    assert (
        '<div class="gm-article"><a href="http://news.test/1" target="_blank" rel="noopener noreferrer">One</a>'
        " (2022-01-10)</div><blockquote>"
    ) in html
    assert '<div class="gm-article">Two</div><blockquote>' in html


def test_seed_popup_lists_the_namesakes_it_rejected() -> None:
    html = render_html([seed_situation()])
    expected = "Rejected:</span> Geneva (US, city) 41.89°N 88.31°W; Geneva (US, city) 42.87°N 76.98°W"
    assert expected in popups_text(html)


def test_hostile_rejected_place_and_date_are_text() -> None:
    rejected = Place(f"R{HOSTILE_PAYLOAD}", HOSTILE_PAYLOAD, 1.0, 2.0, HOSTILE_PAYLOAD)
    html = popup_html(
        label="x", role="other", confidence=None, date=HOSTILE_PAYLOAD,
        evidence=[Evidence(Article(text=TEXT), (geneva_mention(alternatives=(rejected,)),))],
    )
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert f'<dd><span title="{html_text(HOSTILE_PAYLOAD)}">{html_text(HOSTILE_PAYLOAD)}</span></dd>' in html
    assert html_text(f"R{HOSTILE_PAYLOAD} ({HOSTILE_PAYLOAD}, {HOSTILE_PAYLOAD})") in html
