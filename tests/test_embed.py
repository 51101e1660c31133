"""The embed snippet: one escaped iframe (tier 1), isolated from a hostile host page (tier 2)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from render_cases import SEED_MARKERS, hostile_situation, seed_situation
from test_browser import CHROMIUM

from geomap.render import render_html
from geomap.render.embed import embed_snippet

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)

#: A host page that fights the map: its own global ``L``, rules on every
#: ``div`` and on Leaflet's classes, and a script that runs after the snippet.
HOST_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Host</title>
<style>
div {{ border: 7px solid rgb(255, 0, 0); }}
.leaflet-container, .leaflet-marker-icon {{ display: none !important; }}
</style>
<script>var L = "the host's L"; window.hostStyleSheets = document.styleSheets.length;</script>
</head><body>
<div id="before">The host's own text.</div>
{snippet}
<div id="after">More host text.</div>
<script>window.hostLAfter = L;</script>
</body></html>
"""


def srcdoc(snippet: str) -> str:
    match = re.search(r' srcdoc="([^"]*)"', snippet)
    assert match, snippet[:300]
    return html.unescape(match[1])


def test_snippet_is_one_iframe_holding_the_document() -> None:
    document = render_html([seed_situation()])
    snippet = embed_snippet(document)
    # The only markup is the iframe's own tags: the document cannot leak out of the attribute.
    assert snippet.count("<") == 2 and snippet.startswith("<iframe ") and snippet.endswith("</iframe>\n")
    assert srcdoc(snippet) == document
    assert 'title="US and Russian negotiators face off in Geneva over Ukraine"' in snippet
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in snippet
    assert "allow-same-origin" not in snippet
    assert "height:600px" in embed_snippet(document, height=600.4)  # type: ignore[arg-type]


def test_hostile_title_and_text_stay_inside_the_attribute() -> None:
    document = render_html([hostile_situation()])
    snippet = embed_snippet(document)
    assert snippet.count("<") == 2
    assert srcdoc(snippet) == document
    title = re.match(r'<iframe title="([^"]*)"', snippet)
    assert title and html.unescape(title[1]).startswith("Hostile </script><script>")


def test_untitled_document_gets_a_generic_title() -> None:
    assert embed_snippet("<html><body>x</body></html>").startswith('<iframe title="Map"')


@pytest.fixture
def host_visit(tmp_path: Path):
    from geomap.render.png import headless_chromium, open_page

    def visit(situations):
        path = tmp_path / "host.html"
        path.write_text(HOST_PAGE.format(snippet=embed_snippet(render_html(situations))), encoding="utf-8")
        return open_page(context, path)

    with headless_chromium((1280, 900)) as context:
        yield visit


@pytest.mark.browser
@needs_chromium
def test_map_works_inside_a_host_page_that_fights_it(host_visit) -> None:
    from geomap.render.png import wait_until_ready

    visit = host_visit([seed_situation()])
    page = visit.page
    frame = next(f for f in page.frames if f is not page.main_frame)
    wait_until_ready(frame)
    # The map inside: Leaflet of its own, shown, every marker drawn, our styles not the host's.
    assert frame.evaluate("typeof L.map") == "function"
    assert frame.locator(".leaflet-marker-pane > *").count() == SEED_MARKERS
    assert frame.locator(".leaflet-container").is_visible()
    assert frame.evaluate("getComputedStyle(document.querySelector('.leaflet-container')).borderTopWidth") == "0px"
    box = page.locator("iframe").bounding_box()
    assert box and box["height"] == 600 and box["width"] > 1000
    # The host, untouched: its L, its rules, no map markup or stylesheet added to it.
    assert page.evaluate("L") == "the host's L"
    assert page.evaluate("window.hostLAfter") == "the host's L"
    assert page.evaluate("document.styleSheets.length") == page.evaluate("window.hostStyleSheets")
    assert page.evaluate("getComputedStyle(document.getElementById('after')).borderTopWidth") == "7px"
    assert page.locator(".leaflet-container").count() == 0
    assert visit.requests == [] and visit.errors == []


@pytest.mark.browser
@needs_chromium
def test_hostile_map_cannot_reach_the_host(host_visit) -> None:
    from geomap.render.png import wait_until_ready

    visit = host_visit([hostile_situation()])
    page = visit.page
    frame = next(f for f in page.frames if f is not page.main_frame)
    wait_until_ready(frame)
    for i in range(frame.locator(".leaflet-marker-icon").count()):
        frame.locator(".leaflet-marker-icon").nth(i).dispatch_event("click")
    assert frame.evaluate("window.__pwned") is None
    assert page.evaluate("window.__pwned") is None
    # Sandboxed without allow-same-origin: the map cannot touch its parent's document.
    reach = "() => { try { return parent.document.title; } catch (e) { return 'blocked'; } }"
    assert frame.evaluate(reach) == "blocked"
    assert visit.requests == [] and visit.errors == []
