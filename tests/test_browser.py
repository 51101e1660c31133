"""Tier 2: the rendered page in headless Chromium (Debian's, driven by Playwright).

Every request other than the page itself is aborted and recorded, so "no
network" is checked, not assumed; any console error, page error or dialog
fails the test. The seed map is also saved as a screenshot for a human look.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from render_cases import (
    HOSTILE_PAYLOAD,
    SEED_MARKERS,
    WIRE_MARKERS,
    bloc_situation,
    hostile_situation,
    protest_situation,
    seed_situation,
    wire_situations,
    yearless_wire_situations,
)

from geomap.model import Item
from geomap.render import render_html
from geomap.render.png import CHROMIUM_ARGS  # the flags the PNG export runs with
from geomap.render.style import LAYER_ORDER

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path("/tmp/geomap-render.png")

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
    # The rejected candidate and the item date, in the Geneva popup.
    geneva = next(t for t in texts if t.startswith("Geneva"))
    assert f"Rejected{HOSTILE_PAYLOAD}" in geneva
    # The panel: every row's label, date and quote shown literally; clicking
    # each opens its (escaped) popup.
    panel = page.locator(".gm-panel")
    assert panel.locator(".gm-row").count() == 3
    assert f"Geneva {HOSTILE_PAYLOAD}" in panel.inner_text()
    assert f"Meeting venue · {HOSTILE_PAYLOAD}" in panel.inner_text()
    for i in range(3):
        panel.locator(".gm-row").nth(i).click()
        page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 1")
        assert "<img src=x onerror=" in page.locator(".leaflet-popup-content").last.inner_text()
    # The javascript: source link is text, not a link; the sources box says it literally.
    sources = page.locator(".gm-sources")
    assert sources.locator("a").count() == 0
    assert "javascript:window.__pwned=5" in sources.inner_text()
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".leaflet-container img, .leaflet-container script").count() == 0
    visit.assert_quiet()


def map_centre(page) -> tuple[float, float]:
    centre = "name => { const c = window[name].getCenter(); return [c.lat, c.lng]; }"
    return tuple(page.evaluate(centre, map_name(page)))


def map_zoom(page) -> float:
    return page.evaluate("name => window[name].getZoom()", map_name(page))


def map_name(page) -> str:
    """The JS name of the page's Leaflet map (content-derived, e.g. ``map_1``)."""
    return page.locator(".folium-map").get_attribute("id")


def panel_row(page, label: str):
    """The panel row whose label (not merely its quote) is ``label``."""
    name = page.locator(".gm-row-label", has_text=re.compile(f"^{re.escape(label)}$"))
    return page.locator(".gm-panel .gm-row").filter(has=name)


def settled(page, title: str) -> None:
    """Wait for a panel row's flight to end: the popup headed ``title`` opens
    on arrival (then may pan the map a little to fit itself)."""
    page.locator(".leaflet-popup-content h3", has_text=title).wait_for()
    page.wait_for_timeout(400)


def test_panel_row_flies_to_the_item_and_opens_its_popup(open_map) -> None:
    visit = open_map(render_html([seed_situation()]))
    page = visit.page
    page.wait_for_timeout(300)  # let the opening fitBounds settle
    rows = page.locator(".gm-panel .gm-row")
    assert rows.count() == SEED_MARKERS
    before = map_centre(page)
    panel_row(page, "Kazakhstan").click()
    settled(page, "Kazakhstan")
    lat, lng = map_centre(page)
    assert (lat, lng) != before
    # Centred on Almaty (give or take the popup's own pan to fit itself), zoomed in.
    assert abs(lat - 43.25667) < 0.5 and abs(lng - 76.92861) < 0.5
    assert map_zoom(page) >= 7
    popup = page.locator(".leaflet-popup-content")
    assert popup.count() == 1 and popup.inner_text().startswith("Kazakhstan")
    # A line: the view fits it, and the popup of its marker opens.
    panel_row(page, "Russian troops at the border with Ukraine").click()
    settled(page, "Russian troops")
    lat, lng = map_centre(page)
    assert 49.6 < lat < 50.45 and 35.43 < lng < 40.1
    assert page.locator(".leaflet-popup-content").inner_text().startswith("Russian troops at the border")
    visit.assert_quiet()


def test_panel_row_turns_a_hidden_layer_back_on(open_map) -> None:
    visit = open_map(render_html([seed_situation()]))
    page = visit.page
    page.locator(".leaflet-control-layers-overlays label", has_text="Meeting venues").locator("input").uncheck()
    assert marker_count(page) == SEED_MARKERS - 3
    panel_row(page, "Vienna").click()
    settled(page, "Vienna")
    assert marker_count(page) == SEED_MARKERS
    venues = page.locator(".leaflet-control-layers-overlays label", has_text="Meeting venues")
    assert venues.locator("input").is_checked()
    assert page.locator(".leaflet-popup-content").inner_text().startswith("Vienna")
    visit.assert_quiet()


def test_panel_folds_away_and_back(open_map) -> None:
    visit = open_map(render_html([seed_situation()]))
    page = visit.page
    body = page.locator(".gm-panel-body")
    toggle = page.locator(".gm-panel-toggle")
    assert body.is_visible()
    toggle.click()
    assert not body.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false" and toggle.inner_text() == "Show"
    # Folding changes nothing on the map.
    assert marker_count(page) == SEED_MARKERS
    toggle.click()
    assert body.is_visible() and toggle.inner_text() == "Hide"
    folded = open_map(render_html([seed_situation()], hide_panel=True))
    assert not folded.page.locator(".gm-panel-body").is_visible()
    assert folded.page.locator(".gm-panel-toggle").is_visible()
    folded.page.locator(".gm-panel-toggle").click()
    assert folded.page.locator(".gm-panel-body").is_visible()
    visit.assert_quiet()
    folded.assert_quiet()


def test_banner_edges_and_a_keyboard_row(open_map) -> None:
    visit = open_map(render_html([seed_situation()], banner="UNCLASSIFIED", banner_color="green", as_of="2022-01-12"))
    page = visit.page
    viewport = page.viewport_size
    top = page.locator(".gm-banner-top").bounding_box()
    bottom = page.locator(".gm-banner-bottom").bounding_box()
    container = page.locator(".leaflet-container").bounding_box()
    assert top["y"] == 0 and bottom["y"] + bottom["height"] == viewport["height"]
    # The map sits between the banners, not under them.
    assert container["y"] == top["height"] and container["y"] + container["height"] == bottom["y"]
    assert page.locator(".gm-banner-top").inner_text() == "UNCLASSIFIED"
    assert "As of 2022-01-12" in page.locator(".gm-title").inner_text()
    panel_row(page, "Brussels").focus()
    page.keyboard.press("Enter")
    settled(page, "Brussels")
    assert page.locator(".leaflet-popup-content").inner_text().startswith("Brussels")
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


def test_opening_view_keeps_markers_clear_of_the_boxes(open_map) -> None:
    """The fit measures the legend, title and evidence panel: no marker opens under one."""
    visit = open_map(render_html([seed_situation()], title="US-Russia talks in Geneva"))
    page = visit.page
    page.wait_for_timeout(300)
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-control-container .leaflet-control')]
              .map(el => el.getBoundingClientRect()).filter(r => r.width && r.height)
              .map(r => [r.left, r.top, r.right, r.bottom])"""
    )
    markers = page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-marker-pane > *')]
              .map(el => el.getBoundingClientRect()).map(r => [(r.left + r.right) / 2, (r.top + r.bottom) / 2])"""
    )
    assert len(markers) == SEED_MARKERS and len(boxes) >= 4
    covered = [
        (x, y) for x, y in markers for left, top, right, bottom in boxes if left <= x <= right and top <= y <= bottom
    ]
    assert covered == []


def visible_rows(page) -> list[str]:
    return [t.strip() for t in page.locator(".gm-panel .gm-row:visible .gm-row-label").all_inner_texts()]


def upcoming_rows(page) -> list[str]:
    return [t.strip() for t in page.locator(".gm-panel .gm-row-upcoming:visible .gm-row-label").all_inner_texts()]


def faint_markers(page) -> int:
    return page.evaluate(
        "() => [...document.querySelectorAll('.leaflet-marker-pane > *')]"
        ".filter(el => el.style.opacity === '0.5').length"
    )


def test_time_slider_shows_the_state_at_the_chosen_day(open_map) -> None:
    visit = open_map(render_html(wire_situations()))
    page = visit.page
    slider = page.locator(".gm-timeline input[type=range]")
    as_of = page.locator(".gm-title .gm-as-of")
    # As of 12 Jan (the latest article): Odesa's fighting (13-16 Jan), which that
    # day's wire expects, is on the map as upcoming: faint, and flagged in the panel.
    assert marker_count(page) == WIRE_MARKERS and faint_markers(page) == 1
    assert as_of.inner_text() == "2022-01-12" and upcoming_rows(page) == ["Odesa"]
    assert page.locator(".gm-row-upcoming .gm-upcoming-flag").is_visible()
    assert page.locator(".gm-row:not(.gm-row-upcoming) .gm-upcoming-flag:visible").count() == 0
    slider.focus()
    page.keyboard.press("Home")  # 10 Jan: no article has reported Brussels or Odesa yet
    assert marker_count(page) == WIRE_MARKERS - 2 and faint_markers(page) == 0
    assert as_of.inner_text() == "2022-01-10" and slider.get_attribute("aria-valuetext") == "2022-01-10"
    assert sorted(visible_rows(page)) == ["Crimea", "Geneva", "Kharkiv"] and upcoming_rows(page) == []
    for _ in range(3):
        page.keyboard.press("ArrowRight")  # 13 Jan: everything, Odesa no longer upcoming
    assert marker_count(page) == WIRE_MARKERS and faint_markers(page) == 0
    assert "Odesa" in visible_rows(page) and upcoming_rows(page) == []
    assert page.locator(".gm-timeline-now").inner_text() == "2022-01-13"
    # The layer control still switches whole layers, dated or not.
    troops = page.locator(".leaflet-control-layers-overlays label", has_text="Troop positions").locator("input")
    troops.uncheck()
    assert marker_count(page) == WIRE_MARKERS - 2
    slider.focus()
    page.keyboard.press("Home")
    assert marker_count(page) == WIRE_MARKERS - 3  # Geneva and Crimea
    troops.check()
    assert marker_count(page) == WIRE_MARKERS - 2
    slider.focus()
    page.keyboard.press("End")  # past the last day: all dates, everything shown as reported
    assert marker_count(page) == WIRE_MARKERS and as_of.inner_text() == "all dates" and faint_markers(page) == 0
    page.locator(".gm-timeline-reset").click()
    assert marker_count(page) == WIRE_MARKERS and faint_markers(page) == 1 and as_of.inner_text() == "2022-01-12"
    # Hidden and shown again by the layer control, the upcoming marker stays faint.
    troops.uncheck()
    troops.check()
    assert faint_markers(page) == 1
    # The shared place: one marker, both sources, the disagreement spelt out.
    kharkiv = page.locator(".leaflet-marker-icon", has_text="~100,000 troops")
    assert kharkiv.count() == 1
    kharkiv.dispatch_event("click")
    popup = page.locator(".leaflet-popup-content").last
    popup.wait_for()
    text = popup.inner_text()
    assert "Contested" in text and "Wire A: troops mass" in text and "Wire B: talks move on" in text
    visit.assert_quiet()


def test_an_upcoming_line_is_drawn_faint_and_dashed_until_its_day(open_map) -> None:
    wire_b = wire_situations()[1]
    # The talks' move, dated 13 Jan in a 12 Jan wire: a line, upcoming as of 12 Jan.
    line = {"type": "LineString", "coordinates": [[6.14569, 46.20222], [4.34878, 50.85045]]}
    move = Item("move", "meeting_venue", "Geneva → Brussels", line, (1, 2), confidence=0.8, kind="movement",
                sequence=1, date="2022-01-13")
    page = open_map(render_html([replace(wire_b, items=(*wire_b.items, move))])).page

    def dashed() -> list[str | None]:
        return page.evaluate(
            "() => [...document.querySelectorAll('.leaflet-overlay-pane path')]"
            ".map(p => p.getAttribute('stroke-dasharray'))"
        )

    assert "6 6" in dashed()
    page.locator(".gm-timeline input[type=range]").focus()
    page.keyboard.press("ArrowRight")  # 13 Jan: the move is made; its own style is back
    assert "6 6" not in dashed() and len(dashed()) >= 1


def test_a_layer_heading_goes_with_its_last_shown_row(open_map) -> None:
    # Without Kharkiv, the only troop position is Odesa's fighting, which only wire B (12 Jan) reports.
    wires = [replace(w, items=tuple(item for item in w.items if item.id != "kharkiv")) for w in wire_situations()]
    visit = open_map(render_html(wires))
    page = visit.page

    def headings() -> list[str]:
        return [t.strip() for t in page.locator(".gm-panel h3:visible").all_inner_texts()]

    assert "Troop positions" in headings() and upcoming_rows(page) == ["Odesa"]  # as of 12 Jan
    page.locator(".gm-timeline input[type=range]").focus()
    page.keyboard.press("Home")  # 10 Jan
    assert "Meeting venues" in headings() and "Troop positions" not in headings()
    page.keyboard.press("End")
    assert "Troop positions" in headings() and "Odesa" in visible_rows(page)
    visit.assert_quiet()


def test_yearless_slider_writes_days_as_the_labels_do(open_map) -> None:
    """With no year anywhere the script's day text is the server's ("12 Jan"), never "XXXX-01-12"."""
    page = open_map(render_html(yearless_wire_situations())).page
    slider = page.locator(".gm-timeline input[type=range]")
    assert page.locator(".gm-timeline-now").inner_text() == "12 Jan"
    slider.focus()
    page.keyboard.press("Home")
    assert slider.get_attribute("aria-valuetext") == "10 Jan"
    page.keyboard.press("ArrowRight")
    assert page.locator(".gm-title .gm-as-of").inner_text() == "11 Jan"


def test_merged_hostile_article_stays_text_on_a_slider_map(open_map) -> None:
    visit = open_map(render_html([*wire_situations(), hostile_situation()]))
    page = visit.page
    slider = page.locator(".gm-timeline input[type=range]")
    slider.focus()
    page.keyboard.press("Home")
    page.keyboard.press("End")
    texts = open_every_popup(page)
    geneva = next(t for t in texts if t.startswith("Geneva"))
    assert "Wire A: troops mass" in geneva and f"Hostile {HOSTILE_PAYLOAD}" in geneva
    assert page.evaluate("window.__pwned") is None
    visit.assert_quiet()
