"""The rendered map as a PNG, shot in headless Chromium (for slides).

Debian's ``/usr/bin/chromium`` is driven by Playwright with an explicit
``executable_path``: Playwright's own browser download needs a host we cannot
reach, and the system browser is what the tests already use. Playwright is
imported inside the functions (geopandas style), so geomap imports and draws
HTML without it; asking for a PNG without it, or without Chromium, is one clear
:class:`~geomap.errors.MissingDependency`.

The page is loaded from a temporary file with every request but the page
itself aborted, so the PNG run is as offline as the HTML (unless online tiles
were asked for). The shot waits until the map is *ready*: Leaflet loaded, the
fitted view's zoom/pan animation over, no tile still loading, and all of that
still true on the next animation frame, which comes after the settled view has
been painted once. (Leaflet starts fitBounds' zoom animation in an animation
frame callback; it was queued while the page's script ran, so it runs before
our first check, which is queued after the load event.)
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.errors import GeomapError, InputError, MissingDependency

__all__ = [
    "CHROMIUM_ARGS",
    "DEFAULT_SIZE",
    "PageVisit",
    "check_png_available",
    "chromium_path",
    "headless_chromium",
    "open_page",
    "parse_size",
    "screenshot_png",
    "wait_until_ready",
]

#: Headless, no GPU, and none of Chromium's own background traffic (updates, sync, QUIC probes).
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
#: A 1080p slide.
DEFAULT_SIZE = (1920, 1080)
#: Chromium refuses larger surfaces than this per side; a typo ("19200x1080") fails early.
MAX_SIDE = 8192
#: How long a map may take to become ready before the shot is given up.
READY_TIMEOUT_MS = 30_000
#: Consecutive animation frames the map must look ready on: the second comes
#: after the settled view's first paint.
READY_FRAMES = 2

#: True once the folium map is ready on READY_FRAMES consecutive frames; then
#: returns ``performance.now()``. folium makes the map a global named after its div.
MAP_READY_JS = """
() => {
  const el = document.querySelector('.leaflet-container');
  const map = el && window.L ? window[el.id] : null;
  let ready = !!(map && map._loaded && !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress));
  if (ready) {
    map.eachLayer((layer) => { if (layer.isLoading && layer.isLoading()) ready = false; });
  }
  window.__geomapReadyFrames = ready ? (window.__geomapReadyFrames || 0) + 1 : 0;
  return window.__geomapReadyFrames >= READY_FRAMES ? performance.now() : false;
}
""".replace("READY_FRAMES", str(READY_FRAMES))

_SIZE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` as ``(1920, 1080)``; anything else is an InputError."""
    match = _SIZE.match(text)
    if not match:
        raise InputError(f"size must be WIDTHxHEIGHT in pixels, like 1920x1080, not {text!r}")
    width, height = int(match[1]), int(match[2])
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise InputError(f"size {width}x{height} is out of range: each side 1 to {MAX_SIDE} pixels")
    return width, height


def chromium_path() -> Path:
    """Debian's Chromium, or the browser ``GEOMAP_CHROMIUM`` names."""
    return Path(os.environ.get("GEOMAP_CHROMIUM") or "/usr/bin/chromium")


def check_png_available() -> None:
    """Fail before any slow work when a PNG cannot be made on this machine."""
    try:
        import playwright.sync_api  # noqa: F401 - only checking that it imports
    except ImportError:
        raise MissingDependency(
            "--png needs Playwright: pip install 'geomap[png]' (and a Chromium, e.g. apt-get install chromium)"
        ) from None
    browser = chromium_path()
    if not (browser.is_file() and os.access(browser, os.X_OK)):
        raise MissingDependency(
            f"--png needs Chromium at {browser}: apt-get install chromium, or set GEOMAP_CHROMIUM to a Chromium"
        )


@contextmanager
def headless_chromium(size: tuple[int, int] = DEFAULT_SIZE) -> Iterator[Any]:
    """A Playwright browser context on a fresh, throw-away Chromium profile."""
    check_png_available()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    width, height = size
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="geomap-chromium-") as profile:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=str(chromium_path()),
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": width, "height": height},
                device_scale_factor=1,
            )
            try:
                yield context
            finally:
                context.close()
    except PlaywrightError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GeomapError(f"headless Chromium failed: {first_line}") from None


@dataclass(frozen=True)
class PageVisit:
    """An opened page and what it tried to do: blocked requests, console errors."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_page(context: Any, path: Path, *, allow_network: bool = False) -> PageVisit:
    """Open the HTML file ``path``; every other request is recorded and, unless
    ``allow_network``, aborted. Returns once the load event has fired."""
    url = path.resolve().as_uri()
    page = context.new_page()
    visit = PageVisit(page, url)

    def route(route: Any) -> None:
        if route.request.url == url:
            route.continue_()
            return
        visit.requests.append(route.request.url)
        if allow_network:
            route.continue_()
        else:
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: visit.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda exc: visit.errors.append(str(exc)))
    page.goto(url, wait_until="load")
    return visit


def wait_until_ready(frame: Any, *, timeout_ms: int = READY_TIMEOUT_MS) -> float:
    """Wait until the map in ``frame`` (a page or an iframe) is ready.

    Returns how long after the page's load event it became ready, in ms.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # A count left from an earlier wait would let a fresh animation pass as settled.
    frame.evaluate("() => { window.__geomapReadyFrames = 0; }")
    try:
        ready_at = frame.wait_for_function(MAP_READY_JS, polling="raf", timeout=timeout_ms).json_value()
    except PlaywrightTimeout:
        raise GeomapError(f"the map was not ready after {timeout_ms / 1000:.0f} s") from None
    loaded_at = frame.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
    return float(ready_at) - float(loaded_at)


def screenshot_png(html: str, *, size: tuple[int, int] = DEFAULT_SIZE, allow_network: bool = False) -> bytes:
    """The map page ``html`` as PNG bytes of ``size`` (width, height) pixels.

    ``allow_network`` lets requests through (a map with online tiles asked
    for); by default every request is aborted, as the map needs none.
    """
    with headless_chromium(size) as context, tempfile.TemporaryDirectory(prefix="geomap-png-") as folder:
        path = Path(folder) / "map.html"
        path.write_text(html, encoding="utf-8")
        visit = open_page(context, path, allow_network=allow_network)
        wait_until_ready(visit.page)
        return visit.page.screenshot(type="png", full_page=False)
