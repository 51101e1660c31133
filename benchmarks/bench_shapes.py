"""How fast geomap.shapes loads and answers; run: python benchmarks/bench_shapes.py.

Prints the cold load (import of geopandas plus reading and indexing the
parquet, in this fresh process), then country_at throughput on random points
(seeded, so runs are comparable), then the cold and warm cost of borders.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

POINTS = 20_000


def timed(action):
    """Run ``action`` once; return its result and the seconds it took."""
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def main() -> None:
    """Print the figures, one per line."""
    _, import_s = timed(lambda: __import__("geopandas"))
    from geomap import shapes

    table, load_s = timed(shapes.countries)
    size_mb = shapes.DATA_PATH.stat().st_size / 1e6
    print(f"import geopandas          {import_s * 1000:8.0f} ms")
    print(f"load {len(table)} countries        {load_s * 1000:8.0f} ms  ({size_mb:.2f} MB file)")

    rng = random.Random(1)
    # Everywhere on Earth (mostly sea: bounding boxes say "maybe", few hits),
    # then Europe (mostly land, with big neighbours, the usual news case).
    for label, lats, lons in (("world", (-90, 90), (-180, 180)), ("Europe", (35, 70), (-10, 45))):
        points = [(rng.uniform(*lats), rng.uniform(*lons)) for _ in range(POINTS)]
        found, seconds = timed(lambda pts=points: [shapes.country_at(a, o) for a, o in pts])
        hits = sum(code is not None for code in found)
        print(f"country_at {label:<7}        {POINTS / seconds:8.0f} calls/s  ({hits / POINTS:.0%} on land)")

    _, cold_s = timed(lambda: shapes.border_anchor("RU", "UA"))
    _, warm_s = timed(lambda: shapes.border_anchor("RU", "UA"))
    print(f"border_anchor RU-UA cold  {cold_s * 1000:8.1f} ms, warm {warm_s * 1e6:.0f} us")
    _, cold_s = timed(lambda: shapes.neighbours("RU"))
    print(f"neighbours RU cold        {cold_s * 1000:8.1f} ms")
    codes = list(table["iso2"].dropna())
    _, all_s = timed(lambda: [shapes.representative_point(c) for c in codes])
    print(f"representative_point x{len(codes)} {all_s * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
