"""Corpus-scale figures for ``geomap batch`` (issue 7); run by `make bench-scale`.

1. Throughput over the GeoWebNews texts (~400 words each) with Dask's local
   scheduler on 1 and 2 worker processes and on a 2-worker ``dask.distributed``
   LocalCluster, next to spaCy's own pass over the same texts in the same run
   (the stock model, 1 process and ``n_process=2``): the floor geomap cannot beat.
   The passes run interleaved, in a rotating order, so they share the host's load.
2. A 10,000-article run (WikToR and event_location, alternating) on 2 local workers, with
   every worker's memory sampled while it runs: peak per worker, and the peak
   in each tenth of the run (growth would keep rising to the last tenth).

Writes ``benchmarks/results/scale.md``.

    .venv/bin/python benchmarks/bench_scale.py [--eval-dir DIR] [--big N] [--rounds N] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from provenance import git_commit  # noqa: E402 - beside this script

from geomap import __version__  # noqa: E402
from geomap.atomic import write_atomic  # noqa: E402

#: The issue's targets.
TARGET_RATE = 25.0  # articles/s on 2 workers, GeoWebNews-length articles
TARGET_RATIO = 0.8  # geomap / spaCy's own NER pass
TARGET_WORKER_MIB = 1536

#: spaCy batch size of the floor passes: the one geomap's pipeline uses.
FLOOR_BATCH = 32

#: A child process smaller than this (MiB RSS) is a helper, not a worker holding the model.
HELPER_MIB = 100

#: Seconds between memory samples during the big run.
SAMPLE_SECONDS = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--big", type=int, default=10_000, help="articles in the long run (half WikToR, half events)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the throughput passes")
    parser.add_argument("--limit", type=int, help="GeoWebNews documents in the throughput passes (default: all)")
    args = parser.parse_args()
    for name in ("geowebnews", "wiktor", "event_location"):
        if not (args.eval_dir / f"{name}.jsonl").exists():
            raise SystemExit(f"missing corpus {args.eval_dir / name}.jsonl (see ../shared/eval/README.md)")

    load = os.getloadavg()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geomap-bench-scale-") as scratch:
        scratch_dir = Path(scratch)
        gwn = _write_sample(scratch_dir / "gwn.jsonl", [(args.eval_dir / "geowebnews.jsonl", args.limit)])
        rates = throughput(gwn, scratch_dir, args.rounds)
        # Written now too, so a long run cut short still leaves the throughput figures.
        args.out.mkdir(parents=True, exist_ok=True)
        write_atomic(args.out / "scale.md", markdown(rates, None, _provenance(load, started)))
        half = args.big // 2
        big = _write_sample(
            scratch_dir / "big.jsonl",
            [(args.eval_dir / "wiktor.jsonl", half), (args.eval_dir / "event_location.jsonl", args.big - half)],
        )
        long_run = memory_run(big, scratch_dir / "big-out")
    write_atomic(args.out / "scale.md", markdown(rates, long_run, _provenance(load, started)))
    print(f"wrote {args.out / 'scale.md'}")


def _provenance(load: tuple[float, float, float], started: float) -> dict[str, str]:
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "host": f"{os.cpu_count()} CPUs, load average {load[0]:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} now (shared with other work)",
        "packages": ", ".join(f"{n} {metadata.version(n)}" for n in ("dask", "distributed", "dask-geopandas", "spacy")),
        "python": f"{platform.python_version()} on {platform.machine()}",
        "geomap": __version__,
        "time so far": f"{time.perf_counter() - started:.0f} s",
    }


def _write_sample(path: Path, sources: list[tuple[Path, int | None]]) -> Path:
    """A JSONL of {"id", "text"} records from corpus files (read by path, never copied to the repo).

    The corpora alternate line by line, so every stretch of the run sees the
    same mix (a memory rise late in the run is then growth, not longer texts).
    """
    streams = []
    for corpus, count in sources:
        with open(corpus, encoding="utf-8") as lines:
            streams.append(list(itertools.islice(lines, count)))
    with open(path, "w", encoding="utf-8") as out:
        for line in itertools.chain.from_iterable(itertools.zip_longest(*streams)):
            if line is None:
                continue
            record = json.loads(line)
            out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
    return path


# -- throughput -----------------------------------------------------------------------


def throughput(sample: Path, scratch: Path, rounds: int) -> dict[str, dict[str, float]]:
    """Articles per second of each pass over ``sample``, summed over ``rounds`` rotating rounds."""
    from distributed import Client, LocalCluster

    from geomap.batch import run_batch
    from geomap.errors import DataError
    from geomap.gazetteer import open_gazetteer
    from geomap.nlp import load_stock_model
    from geomap.pipeline import warm_up

    texts = [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()]
    try:
        plain = load_stock_model()
    except DataError:
        raise SystemExit("no spaCy English model installed") from None
    # What every run's driver loads once (model, shapes) is loaded before timing, as the
    # stock model is for the spaCy passes: the passes compare steady states.
    warm_up(open_gazetteer())
    runs = itertools.count()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    client.wait_for_workers(2)

    def batch(**options: object) -> Callable[[], None]:
        return lambda: run_batch(str(sample), scratch / f"run{next(runs)}", progress=False, **options)

    passes: dict[str, Callable[[], object]] = {
        "spaCy NER pass, 1 process": lambda: list(plain.pipe(texts, batch_size=FLOOR_BATCH)),
        "spaCy NER pass, 2 processes": lambda: list(plain.pipe(texts, batch_size=FLOOR_BATCH, n_process=2)),
        "geomap batch, local, 1 worker": batch(workers=1),
        "geomap batch, local, 2 workers": batch(workers=2),
        "geomap batch, LocalCluster, 2 workers": batch(scheduler=client),
    }
    batch(scheduler=client)()  # the cluster's workers load the model once, before timing
    totals = {label: {"docs": 0, "wall": 0.0} for label in passes}
    labels = list(passes)
    try:
        for index in range(rounds):
            shift = index % len(labels)
            for label in labels[shift:] + labels[:shift]:
                wall = time.perf_counter()
                passes[label]()
                totals[label]["wall"] += time.perf_counter() - wall
                totals[label]["docs"] += len(texts)
                print(f"{label:<40} {len(texts) / (time.perf_counter() - wall):6.1f} articles/s", flush=True)
    finally:
        client.close()
        cluster.close()
    return totals


# -- the long run: memory over time --------------------------------------------------------


def memory_run(sample: Path, out: Path) -> dict[str, object]:
    """Run ``sample`` on 2 local workers while sampling each worker's memory."""
    import psutil

    from geomap.batch import run_batch

    me = psutil.Process()
    samples: list[tuple[float, int, float, float]] = []  # (seconds, worker pid, RSS MiB, USS MiB)
    driver_peak = [0.0]
    stop = threading.Event()
    begun = time.perf_counter()

    def sample_memory() -> None:
        while not stop.wait(SAMPLE_SECONDS):
            driver_peak[0] = max(driver_peak[0], me.memory_info().rss / 2**20)
            for child in me.children():
                try:
                    info = child.memory_full_info()
                except psutil.Error:
                    continue
                samples.append((time.perf_counter() - begun, child.pid, info.rss / 2**20, info.uss / 2**20))

    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    try:
        summary = run_batch(str(sample), out, workers=2, progress=False)
    finally:
        stop.set()
        sampler.join()
    seconds = summary.seconds
    by_worker: dict[int, list[tuple[float, float, float]]] = {}
    for at, pid, rss, uss in samples:
        by_worker.setdefault(pid, []).append((at, rss, uss))
    # The pool's workers; the interpreter's small helper processes (resource tracker) hold no model.
    workers = {pid: series for pid, series in by_worker.items() if max(rss for _, rss, _ in series) > HELPER_MIB}
    # Peak USS per tenth of the run: warm-up (copy-on-write pages, caches filling to their
    # bounds) rises early and levels off; growth keeps rising to the last tenth.
    tenths = {}
    for pid, series in workers.items():
        tenths[pid] = [
            max((uss for at, _, uss in series if tenth * seconds / 10 <= at < (tenth + 1) * seconds / 10), default=0.0)
            for tenth in range(10)
        ]
    print(summary.line(), flush=True)
    return {
        "summary": summary,
        "peak_rss": max((rss for s in workers.values() for _, rss, _ in s), default=0.0),
        "peak_uss": max((uss for s in workers.values() for _, _, uss in s), default=0.0),
        "tenths": tenths,
        "driver_peak": driver_peak[0],
        "samples": len(samples),
    }


# -- report ----------------------------------------------------------------------------------


def markdown(
    rates: dict[str, dict[str, float]], long_run: dict[str, object] | None, provenance: dict[str, str]
) -> str:
    def rate(label: str) -> float:
        return rates[label]["docs"] / rates[label]["wall"] if rates[label]["wall"] else 0.0

    floor1, floor2 = rate("spaCy NER pass, 1 process"), rate("spaCy NER pass, 2 processes")
    lines = [
        "# Corpus scale (issue 7)",
        "",
        "Written by `make bench-scale` (`benchmarks/bench_scale.py`). The host is shared with other",
        "work, so the absolute rates are those of a loaded machine; the ratios were measured in the same",
        "run, interleaved, and are the steadier figure.",
        "",
        "## Throughput over GeoWebNews (~400 words an article)",
        "",
        f"{rates['spaCy NER pass, 1 process']['docs']:,} article passes each. `geomap batch` times include",
        "reading the input, writing the GeoParquet/JSONL parts and the dask-geopandas country join; the",
        "spaCy passes only parse.",
        "",
        "| pass | articles/s | vs spaCy, same processes |",
        "|---|---:|---:|",
    ]
    for label in rates:
        floor = floor1 if "1 " in label.split(",")[-1] else floor2
        ratio = "" if label.startswith("spaCy") else f"{rate(label) / floor:.2f}"
        lines.append(f"| {label} | {rate(label):.1f} | {ratio} |")
    best2 = max(rate("geomap batch, local, 2 workers"), rate("geomap batch, LocalCluster, 2 workers"))
    lines += [
        "",
        f"Targets: ≥ {TARGET_RATE:.0f} articles/s on 2 workers — measured {best2:.1f} "
        f"({'met' if best2 >= TARGET_RATE else 'not met'}); ratio to spaCy's pass ≥ {TARGET_RATIO} — "
        f"measured {best2 / floor2:.2f} ({'met' if best2 / floor2 >= TARGET_RATIO else 'not met'}).",
        "",
    ]
    if long_run is None:
        lines += ["## The long run", "", "Not finished (the run was cut short).", "", "## Provenance", ""]
        return "\n".join(lines + [f"- {key}: {value}" for key, value in provenance.items()]) + "\n"
    summary = long_run["summary"]
    tenths = long_run["tenths"]
    lines += [
        f"## {summary.articles:,} articles in one run (WikToR and event_location alternating; 2 local workers)",
        "",
        f"- {summary.mapped:,} mapped, {summary.failed} failed, {summary.items:,} items, {summary.mentions:,} "
        f"mentions in {summary.seconds:.0f} s ({summary.mapped / summary.seconds:.1f} articles/s).",
        f"- Peak memory per worker: {long_run['peak_rss']:.0f} MiB RSS (which counts the model pages shared "
        f"with the driver through fork), {long_run['peak_uss']:.0f} MiB USS (the worker's own); target "
        f"≤ {TARGET_WORKER_MIB} MiB. Driver peak {long_run['driver_peak']:.0f} MiB RSS.",
        "- Growth: each worker's peak USS (MiB) in each tenth of the run "
        f"({long_run['samples']} samples, every {SAMPLE_SECONDS:.0f} s):",
        "",
        "| worker | " + " | ".join(f"{t + 1}/10" for t in range(10)) + " |",
        "|---|" + "---:|" * 10,
    ]
    for number, peaks in enumerate(tenths.values(), start=1):
        lines.append(f"| {number} | " + " | ".join(f"{p:.0f}" for p in peaks) + " |")
    lines += ["", "## Provenance", ""]
    lines += [f"- {key}: {value}" for key, value in provenance.items()]
    return "\n".join(lines) + "\n"



if __name__ == "__main__":
    main()
