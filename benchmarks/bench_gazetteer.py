"""Benchmark the offline gazetteer: build time, cold open, lookup rate.

Builds a fresh index in a temporary folder (or reuses ``--cache-dir``), opens
it from a new Python process the way every geomap command does, then times
``candidates``/``is_name``/``demonym`` over real place names, first uncached
(every name new to the process) and then repeated (the per-process cache).

    .venv/bin/python benchmarks/bench_gazetteer.py [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geomap.gazetteer import Gazetteer, index_path, index_version, open_gazetteer  # noqa: E402
from geomap.gazetteer.build import build_index  # noqa: E402

COLD_OPEN = """
import time
start = time.perf_counter()
from geomap.gazetteer import open_gazetteer
gaz = open_gazetteer({folder!r})
opened = time.perf_counter()
gaz.candidates("Kiev")
print(opened - start, time.perf_counter() - opened)
"""


def sample_names(path: Path, count: int) -> list[str]:
    """Real names from the index: a random draw weighted toward no one kind."""
    with sqlite3.connect(path) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM place")]
    return random.Random(7).sample(names, count)


def rate(label: str, func: Callable[[str], object], items: list[str]) -> None:
    start = time.perf_counter()
    for item in items:
        func(item)
    seconds = time.perf_counter() - start
    print(f"{label:<34} {len(items) / seconds:>10,.0f} /s   ({seconds / len(items) * 1e6:6.1f} µs each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, help="reuse this cache folder instead of building afresh")
    parser.add_argument("--lookups", type=int, default=20_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        folder = args.cache_dir or Path(tmp)
        path = index_path(folder, index_version())
        if args.cache_dir is None or not path.exists():
            report = build_index(path, version=index_version())
            print(f"build                              {report.seconds:10.1f} s")
            print(f"places / names                     {report.places:>10,} / {report.names:,}")
            print(f"by type                            {report.counts}")
        print(f"index size                         {path.stat().st_size / 2**20:10.1f} MiB")

        runs = []
        for _ in range(3):
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", COLD_OPEN.format(folder=str(folder))],
                capture_output=True,
                text=True,
                check=True,
                cwd=REPO,
            )
            wall = time.perf_counter() - started
            opened, first = (float(x) for x in out.stdout.split())
            runs.append((wall, opened, first))
        wall, opened, first = min(runs)
        print(f"cold open (import + open)          {opened:10.3f} s")
        print(f"first lookup after open            {first * 1e3:10.2f} ms")
        print(f"whole fresh process                {wall:10.3f} s")

        names = sample_names(path, args.lookups)
        gaz = Gazetteer(path)  # a new instance: empty lookup caches
        rate("candidates (uncached)", gaz.candidates, names)
        rate("candidates (cached)", gaz.candidates, names)
        rate("is_name (uncached)", Gazetteer(path).is_name, names)
        words = ["Russian", "Americans", "British", "Ukrainian", "Chinese", "Kyiv", "table"] * (args.lookups // 7)
        rate("demonym", gaz.demonym, words)
        assert open_gazetteer(folder).path == path


if __name__ == "__main__":
    main()
