"""How fast ``geomap build`` is (issue 6); run: python benchmarks/bench_build.py.

Two figures, each the median of a few runs of a new ``geomap build`` process
(so every run pays interpreter start-up and imports, as a user does):

- no-op: 20 declared maps (the seed article under 20 names and titles), built
  once beforehand, so the run only decides that nothing changed (target < 2 s);
- cold rebuild: ``geomap build --force`` of the seed map alone: NER model,
  gazetteer, shapes and rendering loaded from scratch (target < 5 s).

Wall time depends on what else the machine runs, so the CPU time of the
process (user + system) is printed beside it. Writes benchmarks/results/build.md.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-russia-geneva-talks.txt"
RESULTS = ROOT / "benchmarks" / "results" / "build.md"

MAPS = 20
NOOP_RUNS = 5
COLD_RUNS = 3
NOOP_TARGET, COLD_TARGET = 2.0, 5.0


def maps_file(count: int) -> str:
    tables = [
        f'[[map]]\nname = "seed-{n:02d}"\narticles = "seeds/{SEED.name}"\n'
        f'output = "output/seed-{n:02d}.html"\ntitle = "Seed map {n}"\n'
        for n in range(1, count + 1)
    ]
    return "\n".join(tables)


def geomap_build(folder: Path, *args: str) -> tuple[float, float, str]:
    """Run ``geomap build`` in a new process: (wall seconds, CPU seconds, stdout)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "geomap", "build", *args], cwd=folder, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"geomap build failed: {result.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def median_runs(folder: Path, runs: int, *args: str, expect: str, count: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu, out = geomap_build(folder, *args)
        assert out.count(expect) == count, out
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="geomap-bench-build-") as tmp:
        folder = Path(tmp)
        (folder / "seeds").mkdir()
        shutil.copy(SEED, folder / "seeds")

        (folder / "geomap.toml").write_text(maps_file(MAPS), encoding="utf-8")
        geomap_build(folder)  # draws the 20 maps once
        noop = median_runs(folder, NOOP_RUNS, expect="up to date", count=MAPS)

        (folder / "one.toml").write_text(maps_file(1).replace("seed-01", "cold"), encoding="utf-8")
        cold = median_runs(folder, COLD_RUNS, "one.toml", "--force", expect="built", count=1)

    load = os.getloadavg()[0]
    lines = [
        f"no-op build, {MAPS} maps: {noop[0]:.2f} s wall, {noop[1]:.2f} s CPU (target < {NOOP_TARGET:g} s)",
        f"cold full rebuild, seed map: {cold[0]:.2f} s wall, {cold[1]:.2f} s CPU (target < {COLD_TARGET:g} s)",
        f"(median of {NOOP_RUNS} and {COLD_RUNS} new processes; load average {load:.1f} on {os.cpu_count()} cores)",
    ]
    print("\n".join(lines))
    RESULTS.write_text("# geomap build speed\n\n" + "".join(f"- {line}\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
