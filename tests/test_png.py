"""PNG export: size parsing and dependency checks (tier 1); the shot itself in Chromium (tier 2)."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import pytest
from render_cases import seed_situation
from test_browser import CHROMIUM

from geomap.errors import InputError, MissingDependency
from geomap.render import png, render_html

#: The skip of tests/test_browser.py, for the tests here that open Chromium.
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)

#: Distinct colours in the shot: a blank or single-colour page has 1 or 2, the
#: seed map (sea, land, countries involved, symbols, anti-aliased text) hundreds.
MIN_COLOURS = 50


@pytest.mark.parametrize(("text", "size"), [("1920x1080", (1920, 1080)), (" 800 X 600 ", (800, 600)), ("1×1", (1, 1))])
def test_parse_size(text: str, size: tuple[int, int]) -> None:
    assert png.parse_size(text) == size


@pytest.mark.parametrize("text", ["1920", "1920x", "x1080", "0x100", "100x0", "-5x10", "99999x10", "1.5x2", "wide"])
def test_parse_size_rejects(text: str) -> None:
    with pytest.raises(InputError):
        png.parse_size(text)


def test_missing_chromium_is_one_clear_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(MissingDependency, match="needs Chromium at .*no-such-chromium"):
        png.check_png_available()


def test_missing_playwright_is_one_clear_error(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # makes the import fail
    with pytest.raises(MissingDependency, match=r"pip install 'geomap\[png\]'"):
        png.check_png_available()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def distinct_colours(context, data: bytes) -> int:
    """Decode the PNG in the browser (no imaging library needed) and count its colours."""
    page = context.new_page()
    try:
        return page.evaluate(
            """async (src) => {
                const img = new Image();
                img.src = src;
                await img.decode();
                const canvas = document.createElement('canvas');
                canvas.width = img.width;
                canvas.height = img.height;
                const ctx = canvas.getContext('2d');
                ctx.drawImage(img, 0, 0);
                const pixels = new Uint32Array(ctx.getImageData(0, 0, img.width, img.height).data.buffer);
                return new Set(pixels).size;
            }""",
            "data:image/png;base64," + base64.b64encode(data).decode("ascii"),
        )
    finally:
        page.close()


@pytest.fixture
def chromium():
    # Per test: Playwright's sync API allows one running instance per thread, and
    # screenshot_png starts its own.
    with png.headless_chromium((1280, 800)) as context:
        yield context


@pytest.mark.browser
@needs_chromium
def test_png_has_the_size_asked_and_is_not_blank() -> None:
    data = png.screenshot_png(render_html([seed_situation()]), size=(800, 600))
    assert png_size(data) == (800, 600)
    with png.headless_chromium() as context:
        assert distinct_colours(context, data) > MIN_COLOURS


@pytest.mark.browser
@needs_chromium
def test_blank_page_counts_as_blank(chromium) -> None:
    """The colour check can fail: a page with no map has one colour."""
    page = chromium.new_page()
    page.set_content("<html><body style='margin:0;background:#fff'></body></html>")
    data = page.screenshot(type="png")
    page.close()
    assert distinct_colours(chromium, data) <= 2


@pytest.mark.browser
@needs_chromium
def test_ready_means_the_fitted_view_has_settled(chromium, tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    path.write_text(render_html([seed_situation()]), encoding="utf-8")
    visit = png.open_page(chromium, path)
    after_load_ms = png.wait_until_ready(visit.page)
    view = (
        "() => { const m = window[document.querySelector('.leaflet-container').id];"
        " return [m.getZoom(), m.getCenter().lat, m.getCenter().lng]; }"
    )
    at_ready = visit.page.evaluate(view)
    visit.page.wait_for_timeout(800)  # longer than Leaflet's 250 ms zoom animation
    assert visit.page.evaluate(view) == at_ready
    assert at_ready[0] > 2, "the shot would show the world view folium starts from, not the fitted one"
    assert after_load_ms >= 0
    # During an animated zoom (what an animated fitBounds makes) the map is not ready:
    # checked in the page, in the frame the animation starts in, so no timing can hide it.
    zoom_and_check = """async () => {
        const ready = (MAP_READY_JS);
        const map = window[document.querySelector('.leaflet-container').id];
        map.zoomIn(1);
        // Leaflet queued its animation start first; this callback runs right after it.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return [map._animatingZoom, ready(), ready()];
    }"""
    during = visit.page.evaluate(zoom_and_check.replace("MAP_READY_JS", png.MAP_READY_JS))
    assert during == [True, False, False]
    png.wait_until_ready(visit.page)
    assert visit.page.evaluate("document.querySelectorAll('.leaflet-zoom-anim').length") == 0
    assert visit.requests == [] and visit.errors == []
    visit.page.close()
