"""How big and how fast the rendered map is, against issue 5's budgets.

Run: python benchmarks/bench_render.py   (or: make bench-render)

The seed map is the real one: seeds/us-russia-geneva-talks.txt through the
pipeline, as ``geomap map`` draws it. Printed: the first render in this process
(which also prepares the world basemap once), the warm render time (median of
repeated renders), the page size by part, and, in headless Chromium with every
request refused, how long after the load event the map is ready (the PNG
export's readiness test: Leaflet loaded, fitted view settled, no tile loading),
the console errors and the requests the page tried. Each budget line ends in
``ok`` or ``OVER``; the exit status is 1 when any budget is over.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "us-russia-geneva-talks.txt"
REPEATS = 20
#: Page opens in Chromium; the median and the worst are printed.
OPENS = 5

HTML_BUDGET_MB = 1.5
WARM_RENDER_BUDGET_MS = 500
READY_BUDGET_MS = 1000


def _verdict(within: bool) -> str:
    return "ok" if within else "OVER"


def main() -> int:
    """Print the figures, one per line; 1 when a budget is over."""
    from geomap.article import load_article
    from geomap.pipeline import map_articles
    from geomap.render import render_html
    from geomap.render.assets import leaflet_css, leaflet_js
    from geomap.render.basemap import world_basemap

    situations = list(map_articles([load_article(SEED)]))
    start = time.perf_counter()
    html = render_html(situations)
    cold = time.perf_counter() - start

    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        again = render_html(situations)
        times.append(time.perf_counter() - start)
    assert again == html, "renders differ"
    warm_ms = statistics.median(times) * 1000

    total = len(html.encode("utf-8"))
    parts = {
        "Leaflet JS+CSS": len(leaflet_js()) + len(leaflet_css()),
        "world basemap": len(world_basemap().rows_js),
    }
    parts["map, popups, furniture"] = total - sum(parts.values())
    over = []
    print(f"seed map: {SEED.name}, {sum(len(s.items) for s in situations)} items")
    print(f"first render (incl. basemap)  {cold * 1000:8.0f} ms")
    print(
        f"warm render (median of {REPEATS})  {warm_ms:8.1f} ms   budget {WARM_RENDER_BUDGET_MS} ms  "
        f"{_verdict(warm_ms <= WARM_RENDER_BUDGET_MS)}"
    )
    over += [] if warm_ms <= WARM_RENDER_BUDGET_MS else ["warm render"]
    print(
        f"HTML size                     {total / 1e6:8.3f} MB   budget {HTML_BUDGET_MB} MB  "
        f"{_verdict(total / 1e6 <= HTML_BUDGET_MB)}"
    )
    over += [] if total / 1e6 <= HTML_BUDGET_MB else ["HTML size"]
    for name, size in parts.items():
        print(f"  {name:28s}{size / 1e3:8.0f} kB")
    over += _browser_figures(html)
    if over:
        print(f"over budget: {', '.join(over)}")
    return 1 if over else 0


def _browser_figures(html: str) -> list[str]:
    """The Chromium lines; the names of the budgets that are over."""
    from geomap.errors import MissingDependency
    from geomap.render.png import DEFAULT_SIZE, headless_chromium, open_page, screenshot_png, wait_until_ready

    try:
        with headless_chromium(DEFAULT_SIZE) as context, tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "seed.html"
            path.write_text(html, encoding="utf-8")
            ready, loads, errors, requests = [], [], [], []
            for _ in range(OPENS):
                visit = open_page(context, path)
                ready.append(wait_until_ready(visit.page))
                loads.append(visit.page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd"))
                errors += visit.errors
                requests += visit.requests
                visit.page.close()
    except MissingDependency as exc:
        print(f"browser figures skipped: {exc}")
        return []
    start = time.perf_counter()
    screenshot_png(html)
    shot = time.perf_counter() - start

    median = statistics.median(ready)
    print(
        f"map ready after load (Chromium, median of {OPENS})  {median:6.0f} ms   worst {max(ready):6.0f} ms   "
        f"budget {READY_BUDGET_MS} ms  {_verdict(median <= READY_BUDGET_MS)}"
    )
    # The script that draws the map runs before the load event: this is the whole wait.
    opened = statistics.median(load + after for load, after in zip(loads, ready, strict=True))
    print(f"map ready after navigation start (median)        {opened:6.0f} ms")
    print(f"console errors                {len(errors):8d}      budget 0  {_verdict(not errors)}")
    print(f"network requests              {len(requests):8d}      budget 0  {_verdict(not requests)}")
    print(f"PNG export {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]} (launch incl.)  {shot * 1000:6.0f} ms")
    for line in errors + requests:
        print(f"  {line}")
    over = [] if median <= READY_BUDGET_MS else ["map ready"]
    over += ["console errors"] if errors else []
    over += ["network requests"] if requests else []
    return over


if __name__ == "__main__":
    sys.exit(main())
