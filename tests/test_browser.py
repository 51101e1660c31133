"""Tier 2: the rendered page in headless Chromium (Debian's, driven by Playwright).

Every request other than the page itself is aborted and recorded, so "no
network" is checked, not assumed; any console error, page error or dialog
fails the test. The seed map is also saved as a screenshot for a human look.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from render_cases import SEED_MARKERS, bloc_situation, hostile_situation, protest_situation, seed_situation

from geomap.render import render_html
from geomap.render.style import LAYER_ORDER

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path("/tmp/geomap-render.png")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"),
]


@dataclass
class Visit:
    """An opened map and everything it tried to do."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        """No request left the page, nothing failed, nothing popped up."""
        assert self.requests == []
        assert self.errors == []
        assert self.dialogs == []


@pytest.fixture(scope="module")
def browser_context() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="geomap-chromium-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 800},
        )
        yield context
        context.close()


@pytest.fixture
def open_map(browser_context, tmp_path: Path) -> Iterator[Callable[[str], Visit]]:
    pages = []

    def visit(html: str) -> Visit:
        path = tmp_path / f"map{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        url = path.as_uri()
        page = browser_context.new_page()
        pages.append(page)
        seen = Visit(page)

        def route(route) -> None:
            if route.request.url == url:
                route.continue_()
            else:
                seen.requests.append(route.request.url)
                route.abort()

        page.route("**/*", route)
        page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
        page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url, wait_until="load")
        page.wait_for_selector(".leaflet-container")
        return seen

    yield visit
    for page in pages:
        page.close()


def marker_count(page) -> int:
    return page.locator(".leaflet-marker-pane > *").count()


def open_every_popup(page) -> list[str]:
    """Click each marker and line; return the popups' text."""
    texts = []
    targets = page.locator(".leaflet-marker-icon, path.leaflet-interactive[stroke-dasharray]")
    for i in range(targets.count()):
        targets.nth(i).dispatch_event("click")
        # Leaflet opens popups synchronously and appends them; the previous
        # one may still be fading out before its removal.
        popup = page.locator(".leaflet-popup-content").last
        popup.wait_for()
        texts.append(popup.inner_text())
    return texts


def test_seed_map_draws_offline(open_map) -> None:
    # The seed, a one-line article naming Kyiv and one naming a bloc, so every layer is drawn.
    situations = [seed_situation(), protest_situation(), bloc_situation()]
    visit = open_map(render_html(situations, title="US-Russia talks in Geneva", viewpoint="US"))
    page = visit.page
    assert page.locator(".leaflet-container").count() == 1
    assert marker_count(page) == SEED_MARKERS + 1
    # Both Russian forces in hostile frames, as the legend explains.
    assert page.locator(".leaflet-marker-pane svg.gm-unit[data-affiliation=hostile]").count() == 2
    assert "Seen from US" in page.locator(".gm-legend-keys").inner_text()
    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == list(LAYER_ORDER)
    assert page.locator(".leaflet-gm-land-pane path").count() > 200
    assert page.locator(".leaflet-gm-involved-pane path").count() == 4 + 2  # countries, the bloc and its casing
    legend = page.locator(".gm-legend-entry").all_inner_texts()
    assert [t.strip() for t in legend] == list(LAYER_ORDER)
    assert "Places: GeoNames (CC-BY 4.0)" in page.locator(".gm-footer").inner_text()
    page.wait_for_timeout(300)  # let the fitBounds animation settle
    page.screenshot(path=str(SCREENSHOT))
    visit.assert_quiet()


def test_popup_shows_the_sentence(open_map) -> None:
    visit = open_map(render_html([seed_situation()]))
    texts = open_every_popup(visit.page)
    geneva = next(t for t in texts if t.startswith("Geneva"))
    assert "Meeting venue · confidence 95%" in geneva
    assert "the US diplomatic mission in Geneva with US-Russia relations" in geneva
    assert visit.page.locator(".leaflet-popup-content mark").count() >= 1
    visit.assert_quiet()


def test_layers_toggle(open_map) -> None:
    visit = open_map(render_html([seed_situation()]))
    page = visit.page
    page.locator(".leaflet-control-layers-overlays label", has_text="Meeting venues").locator("input").uncheck()
    assert marker_count(page) == SEED_MARKERS - 3
    page.locator(".leaflet-control-layers-overlays label", has_text="Troop positions").locator("input").uncheck()
    assert marker_count(page) == SEED_MARKERS - 5
    assert page.locator("path.leaflet-interactive[stroke-dasharray]").count() == 0
    visit.assert_quiet()


def test_hostile_article_stays_text(open_map) -> None:
    visit = open_map(render_html([hostile_situation()]))
    page = visit.page
    assert marker_count(page) == 3
    texts = open_every_popup(page)
    assert len(texts) == 4  # three markers and the troop line
    for text in texts:
        assert "</script><script>window.__pwned=1;alert(1)</script>" in text
        assert '<img src=x onerror="window.__pwned=3;alert(3)">' in text
    # Hover every marker: tooltips are escaped the same way.
    icons = page.locator(".leaflet-marker-icon")
    for i in range(icons.count()):
        icons.nth(i).dispatch_event("mouseover")
    assert "{{ 7*7 }}" in page.locator(".gm-title").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".leaflet-container img, .leaflet-container script").count() == 0
    visit.assert_quiet()


def test_tiles_only_when_asked(open_map) -> None:
    visit = open_map(render_html([seed_situation()], tiles="OpenStreetMap"))
    visit.page.wait_for_timeout(300)
    assert visit.requests, "asked-for tiles were never requested"
    assert all("tile.openstreetmap.org" in url for url in visit.requests)


def test_generated_seed_map_opens_offline(open_map, tmp_path: Path) -> None:
    """The real path: `geomap map` on the seed file, then the browser, network refused."""
    import subprocess
    import sys

    seed = Path(__file__).resolve().parents[1] / "seeds" / "us-russia-geneva-talks.txt"
    out = tmp_path / "seed.html"
    subprocess.run([sys.executable, "-m", "geomap", "map", str(seed), "-o", str(out)], check=True, timeout=300)
    visit = open_map(out.read_text(encoding="utf-8"))
    page = visit.page
    markers = page.locator(".leaflet-marker-pane > *")
    labels = [markers.nth(i).inner_text().strip() for i in range(markers.count())]
    for venue in ("1. Geneva", "2. Brussels", "3. Vienna"):  # numbered in the order the talks move
        assert len([label for label in labels if label.startswith(venue)]) == 1, labels
    assert page.locator(".leaflet-marker-pane .gm-star").count() == 3
    # Forces are unit symbols (no --viewpoint: unknown frames) labelled with side and strength.
    assert page.locator(".leaflet-marker-pane svg.gm-unit[data-affiliation=unknown]").count() == 2
    assert "RU ~100,000 troops" in labels, labels
    assert any(label.startswith("Crimea") for label in labels)
    # Crimea, an admin-1 outline, is hatched with the page's own pattern.
    assert page.locator('path[fill="url(#gm-hatch-disputed)"]').count() == 1
    assert page.locator("pattern#gm-hatch-disputed").count() == 1
    assert page.locator(".gm-line-label").all_inner_texts() == ["Belarus–EU border"]
    # The border the troops stand at (dashed), Crimea's outline (dotted), the Belarus–EU border.
    assert page.locator("path.leaflet-interactive[stroke-dasharray]").count() == 3
    # Two arrows, Geneva -> Brussels -> Vienna: a line and a head each, in the venues' colour.
    assert page.locator('path.leaflet-interactive[stroke="#1d4ed8"]').count() == 4
    assert "Crimea shown as part of Ukraine" in page.locator(".gm-footer").inner_text()
    visit.assert_quiet()
