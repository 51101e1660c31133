"""How big and how fast the rendered map is; run: python benchmarks/bench_render.py.

Renders the seed-article fixture (tests/render_cases.py): prints the first
render in this process (which also prepares the world basemap once), the warm
render time (median of repeated renders), and the page size by part; then the
same for a map of 20 made-up articles (``wire_series``: shared places merged,
contested strengths, a time slider).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

REPEATS = 20


def main() -> None:
    """Print the figures, one per line."""
    from render_cases import seed_situation, wire_series

    from geomap.render import render_html
    from geomap.render.assets import leaflet_css, leaflet_js
    from geomap.render.basemap import world_basemap

    situations = [seed_situation()]
    start = time.perf_counter()
    html = render_html(situations)
    cold = time.perf_counter() - start

    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        again = render_html(situations)
        times.append(time.perf_counter() - start)
    assert again == html, "renders differ"

    total = len(html.encode("utf-8"))
    parts = {
        "Leaflet JS+CSS": len(leaflet_js()) + len(leaflet_css()),
        "world basemap": len(world_basemap().rows_js),
    }
    parts["map, popups, furniture"] = total - sum(parts.values())
    print(f"first render (incl. basemap)  {cold * 1000:8.0f} ms")
    print(f"warm render (median of {REPEATS})  {statistics.median(times) * 1000:8.1f} ms")
    print(f"HTML size                     {total / 1e6:8.3f} MB")
    for name, size in parts.items():
        print(f"  {name:28s}{size / 1e3:8.0f} kB")

    many = wire_series(20)
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        page = render_html(many)
        times.append(time.perf_counter() - start)
    print(f"20 articles: warm render      {statistics.median(times) * 1000:8.1f} ms")
    print(f"20 articles: HTML size        {len(page.encode('utf-8')) / 1e6:8.3f} MB")


if __name__ == "__main__":
    main()
