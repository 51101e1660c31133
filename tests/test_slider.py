"""Tier 1 for multi-article maps: merged items, contested claims and the time slider, as strings."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from render_cases import WIRE_MARKERS, forces_situation, seed_situation, wire_situations, yearless_wire_situations

from geomap.model import Situation
from geomap.render import render_html


def popups(html: str) -> list[str]:
    return [json.loads(s) for s in re.findall(r'\.bindPopup\(("(?:[^"\\]|\\.)*")', html)]


def chips(html: str) -> list[str]:
    icons = [json.loads(s)["html"] for s in re.findall(r"L\.divIcon\((\{.*?\})\)", html)]
    return [re.sub(r"<[^>]+>", "", icon) for icon in icons]


def slider(html: str) -> dict[str, str]:
    """The range input's attributes (the slider's state as rendered)."""
    found = re.search(r'<input type="range"([^>]*)>', html)
    assert found, "no time slider"
    return dict(re.findall(r'([a-z-]+)="([^"]*)"', found.group(1)))


def timed_entries(html: str) -> list[tuple[str, str, str, str]]:
    """The slider's (layer, start, end, reported) entries, from its script."""
    return re.findall(
        r'\{name: "(timed_layer_\w+)".*?start: (-?\d+|null), end: (-?\d+|null),\s*reported: (-?\d+|null)\}',
        html,
        re.S,
    )


def with_dates(situations: list[Situation], date: str | None) -> list[Situation]:
    return [replace(s, items=tuple(replace(i, date=date) for i in s.items)) for s in situations]


def test_a_place_in_two_articles_is_one_marker_quoting_both() -> None:
    html = render_html(wire_situations())
    assert html.count("L.marker(") == WIRE_MARKERS
    kharkiv = [p for p in popups(html) if p.startswith('<div class="gm-popup"><h3>Kharkiv</h3>')]
    assert len(kharkiv) == 1
    popup = kharkiv[0]
    assert 'href="https://news.example/wire-a"' in popup and "Wire B: talks move on (2022-01-12)" in popup
    assert "About 100,000 Russian troops are massed near <mark>Kharkiv</mark>" in popup
    assert "Tens of thousands of Russian troops remain near <mark>Kharkiv</mark>" in popup
    geneva = next(p for p in popups(html) if "<h3>Geneva</h3>" in p)
    assert geneva.count('<div class="gm-article">') == 2 and "gm-claims" not in geneva


def test_conflicting_strengths_are_each_shown_with_their_source() -> None:
    html = render_html(wire_situations())
    assert "RU ~100,000 troops (wire-a, 10 Jan) · 10,000–99,999 troops (wire-b, 12 Jan)" in chips(html)
    popup = next(p for p in popups(html) if "<h3>Kharkiv</h3>" in p)
    assert "<h4>Contested: the sources disagree</h4>" in popup
    assert "Strength (contested)" in popup and "When" in popup and "When (contested)" not in popup
    assert "<li>~100,000 troops — <a" in popup and "<li>10,000–99,999 troops — Wire B" in popup
    # The agreed side is stated once; the disputed strength not as if settled.
    assert "side: RU" in popup and "troops · side" not in popup
    rows = re.findall(r'<li class="gm-row".*?</li>', html)
    flagged = [re.search(r'gm-row-label">([^<]*)', row).group(1) for row in rows if "gm-contested-flag" in row]
    assert flagged == ["Kharkiv"]


def test_different_places_stay_apart() -> None:
    html = render_html(wire_situations())
    titles = [re.search(r"<h3>(.*?)</h3>", p).group(1) for p in popups(html)]
    assert sorted(titles) == ["Brussels", "Crimea", "Geneva", "Kharkiv", "Odesa"]


def test_slider_when_dates_span_days_starting_at_the_as_of_date() -> None:
    html = render_html(wire_situations())
    # 10 Jan .. 16 Jan (Odesa's period ends then); as of the latest article, 12 Jan.
    assert slider(html) | {"id": ""} == {
        "id": "", "min": "0", "max": "7", "step": "1", "value": "2", "aria-valuetext": "2022-01-12"
    }
    assert '<button type="button" class="gm-timeline-reset">As of 2022-01-12</button>' in html
    assert 'As of <span class="gm-as-of">2022-01-12</span>' in html
    # Geneva and Kharkiv from 10 Jan for good, Brussels from 12 Jan, Odesa 13-16 Jan; Crimea undated.
    # Each is first reported by wire A (10 Jan) or wire B (12 Jan): Odesa is upcoming from 12 Jan.
    assert sorted((start, end, reported) for _, start, end, reported in timed_entries(html)) == [
        ("0", "null", "0"), ("0", "null", "0"), ("2", "null", "2"), ("3", "6", "2")
    ]
    crimea_row = next(r for r in re.findall(r'<li class="gm-row"[^>]*>.*?</li>', html) if ">Crimea<" in r)
    assert "data-timed" not in crimea_row
    assert slider(render_html(wire_situations(), as_of="2022-01-11"))["value"] == "1"
    # With no as-of date at all the slider starts past the last day, at "all dates".
    undated = [replace(s, article=replace(s.article, date=None)) for s in wire_situations()]
    assert slider(render_html(undated)) | {"id": ""} == {
        "id": "", "min": "0", "max": "7", "step": "1", "value": "7", "aria-valuetext": "all dates"
    }


def test_no_slider_when_everything_happens_on_one_day() -> None:
    for html in (
        render_html(with_dates(wire_situations(), "2022-01-10")),
        render_html(with_dates(wire_situations(), None)),
        render_html([seed_situation()]),
    ):
        assert 'type="range"' not in html and "timed_layer" not in html and "gm-timeline" not in html


def test_yearless_dates_get_a_masked_slider() -> None:
    html = render_html(yearless_wire_situations())
    assert slider(html)["aria-valuetext"] == "12 Jan" and slider(html)["max"] == "3"
    assert "<span>10 Jan</span>" in html and "XXXX" not in slider(html)["aria-valuetext"]
    # A yearless date from a map that has a year takes the nearest year.
    forces = render_html([forces_situation()])
    assert slider(forces)["max"] == "7" and "<span>2022-01-16 · all dates</span>" in forces


def test_multi_article_map_is_byte_identical_on_rebuild() -> None:
    assert render_html(wire_situations()) == render_html(wire_situations())


def test_hostile_text_in_a_merged_item_stays_text() -> None:
    from render_cases import HOSTILE_PAYLOAD, hostile_situation

    html = render_html([*wire_situations(), hostile_situation()])
    # The hostile article's Geneva joins the wires' Geneva: one marker, three sources.
    geneva = [p for p in popups(html) if p.startswith('<div class="gm-popup"><h3>Geneva</h3>')]
    assert len(geneva) == 1 and geneva[0].count('<div class="gm-article">') == 3
    assert HOSTILE_PAYLOAD not in html and "<script>window.__pwned" not in html
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1" in geneva[0]


def test_twenty_articles_still_draw_each_thing_once() -> None:
    from render_cases import wire_series

    html = render_html(wire_series(20))
    assert html.count("L.marker(") == WIRE_MARKERS
    # Wire A on 10..19 Jan, B on 12..21 Jan: 10 Jan to 21 Jan, as of the latest article.
    assert slider(html)["max"] == "12" and slider(html)["aria-valuetext"] == "2022-01-21"
    label = next(c for c in chips(html) if "~100,000 troops" in c)
    assert label == (
        "RU ~100,000 troops (wire-a-0, 10 Jan; wire-a-1, 11 Jan +8)"
        " · 10,000–99,999 troops (wire-b-0, 12 Jan; wire-b-1, 13 Jan +8)"
    )
