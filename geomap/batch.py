"""Corpus processing on Dask: many articles -> a partitioned, resumable batch folder.

``run_batch`` reads articles (a JSONL file, a folder of .txt/.html files or a
glob), skips those whose content hash is already done in the output folder,
cuts the rest into chunks and has Dask map each chunk with the one pipeline
(``geomap.pipeline.map_articles``) into one part of the output
(``geomap.batch_output``):

- by default Dask's local scheduler, in ``workers`` forked processes (the NER
  model is loaded before the fork, so they share its pages; each opens its own
  gazetteer connection once);
- with ``scheduler`` an address, a ``dask.distributed`` cluster; a worker
  plugin loads the model and gazetteer once per worker (``geomap.batch_worker``).

One article that cannot be read or mapped is recorded in ``failures.jsonl``
and the batch goes on.  Chunks are handed out a few at a time, so memory holds
a few chunks, not the corpus.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import article_from_record, load_article
from .batch_output import BatchFolder, Failure, PartResult, article_hash, part_name, part_result
from .errors import InputError

if TYPE_CHECKING:
    from .model import Article, Situation

#: Articles per task, and so per output part: enough that scheduling and the
#: part's three files are noise next to parsing, few enough to keep workers busy.
CHUNK_SIZE = 16

#: Near the end of the input, chunks hold at most the unread articles over
#: this many chunks per worker (see ``tail_chunk_size``).
TAIL_CHUNKS = 4

#: Chunks in flight per worker: one running, one queued, so no worker waits.
CHUNKS_PER_WORKER = 2

#: Chunks per worker in one wave of the local scheduler (one ``dask.compute``):
#: memory holds the waves in flight, not the corpus.
LOCAL_CHUNKS_PER_WORKER = 4

#: Waves computed at once, so the workers take the next wave's chunks while
#: one wave waits for its slowest.
WAVES_IN_FLIGHT = 2

#: Article files a folder or glob input takes.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

#: Seconds to wait for a named Dask scheduler before calling the address bad.
CONNECT_TIMEOUT = 10


@dataclass(frozen=True)
class Entry:
    """One input record: an article with its content hash, or why it could not be read."""

    source: str
    article: Article | None = None
    hash: str = ""
    error: str | None = None


@dataclass(frozen=True)
class BatchSummary:
    """What a run did, for the one summary line."""

    out: str
    articles: int = 0
    mapped: int = 0
    skipped: int = 0
    failed: int = 0
    items: int = 0
    mentions: int = 0
    batch_items: int = 0
    countries: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.mapped / self.seconds if self.seconds > 0 else 0.0
        failed = f", {self.failed} failed (see {Path(self.out) / 'failures.jsonl'})" if self.failed else ""
        return (
            f"batch: {self.articles} articles: {self.mapped} mapped, {self.skipped} skipped as done{failed}; "
            f"{self.items} items, {self.mentions} mentions; {self.seconds:.1f} s ({rate:.1f} articles/s); "
            f"{self.out} holds {self.batch_items} items in {self.countries} countries"
        )


# -- input ------------------------------------------------------------------------


def read_inputs(spec: str) -> tuple[int, Iterator[Entry]]:
    """How many records the input holds, and the records, read lazily.

    ``spec`` is a ``.jsonl`` file, a folder (its ``.txt``/``.html`` files,
    sorted) or a glob.  An input that names nothing readable is an
    ``InputError``; one bad record inside it is an ``Entry`` with an error.
    """
    path = Path(spec)
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return _count_lines(path), _jsonl_entries(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            raise InputError(f"folder {spec} holds no {'/'.join(ARTICLE_SUFFIXES)} articles")
        return len(files), _file_entries(files)
    if path.is_file():
        return 1, _file_entries([path])
    if not glob.has_magic(spec):
        raise InputError(f"input not found: {spec}")
    files = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    if not files:
        raise InputError(f"no file matches {spec}")
    return len(files), _file_entries(files)


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def _jsonl_entries(path: Path) -> Iterator[Entry]:
    # Binary lines: only b"\n" ends a record (U+2028 inside a JSON string does not).
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
                article = article_from_record(record, source=source)
            except UnicodeDecodeError as exc:
                yield Entry(source, error=f"{source}: not UTF-8 text ({exc.reason})")
                continue
            except json.JSONDecodeError as exc:
                yield Entry(source, error=f"{source}: not valid JSON ({exc.msg})")
                continue
            except InputError as exc:
                yield Entry(source, error=str(exc))
                continue
            if not article.id:
                article = replace(article, id=f"{path.stem}:{number}")
            yield Entry(source, article, article_hash(article))


def _file_entries(files: Iterable[Path]) -> Iterator[Entry]:
    for path in files:
        try:
            article = load_article(path)
        except InputError as exc:
            yield Entry(str(path), error=str(exc))
            continue
        yield Entry(str(path), article, article_hash(article))


# -- the task every worker runs -------------------------------------------------------


def map_chunk(part: str, entries: list[tuple[str, Article]], gazetteer_path: str | None = None) -> PartResult:
    """Map one chunk of (hash, article) into one output part.

    The chunk goes through spaCy as one batch; if any article in it breaks
    the pipeline, the chunk is redone one article at a time so that only the
    culprit is recorded as failed.
    """
    from .pipeline import map_articles, process_gazetteer

    gazetteer = process_gazetteer(gazetteer_path)
    try:
        situations = list(map_articles([a for _, a in entries], gazetteer=gazetteer))
        return part_result(part, zip([h for h, _ in entries], situations, strict=True))
    except Exception:  # noqa: BLE001 - find which article it was, below
        pass
    finally:
        return_freed_memory()
    outcomes: list[tuple[str, Situation]] = []
    failures: list[Failure] = []
    for hash_, article in entries:
        try:
            outcomes.append((hash_, next(map_articles([article], gazetteer=gazetteer))))
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
            failures.append(Failure(hash_, article.id, article.source, _describe(exc)))
    return part_result(part, outcomes, failures)


def return_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere nothing).

    Parsing allocates and frees large arrays for every batch, and glibc keeps
    freed space in its arenas: a worker's memory crept up by fragmentation
    over a long run (a jump of 60 MiB within 2,400 articles, none with this).
    """
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: libc's, on Linux
    except (OSError, AttributeError):  # not glibc
        pass


def failed_part(part: str, entries: list[tuple[str, Article]], exc: BaseException) -> PartResult:
    """A chunk whose task died as a whole (a worker killed, say): every article failed."""
    failures = tuple(Failure(h, a.id, a.source, f"chunk failed: {_describe(exc)}") for h, a in entries)
    return part_result(part, [], failures)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip()


# -- engines: where the chunks run ------------------------------------------------------

Chunk = tuple[str, list[tuple[str, "Article"]]]


class LocalEngine:
    """Dask's local scheduler: synchronous for one worker, else forked processes.

    Chunks go to Dask in waves of ``LOCAL_CHUNKS_PER_WORKER`` per worker,
    ``WAVES_IN_FLIGHT`` at a time, so memory holds only those waves.  A worker
    that dies takes the waves in flight with it: those articles are recorded
    as failed (and retried by the next run), and a fresh pool carries on.
    """

    def __init__(self, workers: int, gazetteer_path: str) -> None:
        self.workers = workers
        self.gazetteer_path = gazetteer_path
        self._pool = self._start_pool() if workers > 1 else None

    def _start_pool(self) -> Any:
        from .pipeline import process_gazetteer, start_workers

        return start_workers(self.workers, process_gazetteer(self.gazetteer_path))

    def run(self, chunks: Iterator[Chunk], on_done: Callable[[PartResult], None]) -> Iterator[PartResult]:
        import threading
        from collections import deque
        from concurrent.futures import ThreadPoolExecutor

        lock = threading.Lock()

        def done(result: PartResult) -> None:  # called from the waves' threads: one at a time
            with lock:
                on_done(result)

        wave_size = self.workers * LOCAL_CHUNKS_PER_WORKER
        waves = iter(lambda: list(islice(chunks, wave_size)), [])
        if self._pool is None:  # one worker, in this process: nothing to overlap
            for wave in waves:
                yield from self._compute(wave, done)[0]
            return
        # Two waves in flight, each computed from its own thread: while one
        # waits for its slowest chunk, the workers take the other's, so no
        # worker idles at a wave's end or while this thread writes parts.
        with ThreadPoolExecutor(WAVES_IN_FLIGHT, thread_name_prefix="geomap-wave") as threads:
            in_flight = deque(threads.submit(self._compute, wave, done) for wave in islice(waves, WAVES_IN_FLIGHT))
            while in_flight:
                results, broken = in_flight.popleft().result()
                if broken:  # a dead worker broke the pool: the waves still in flight fail with it
                    for other in in_flight:
                        results += other.result()[0]
                    in_flight.clear()
                    self._pool.shutdown(cancel_futures=True)
                    self._pool = self._start_pool()
                for wave in islice(waves, WAVES_IN_FLIGHT - len(in_flight)):
                    in_flight.append(threads.submit(self._compute, wave, done))
                yield from results

    def _compute(self, wave: list[Chunk], on_done: Callable[[PartResult], None]) -> tuple[tuple[PartResult, ...], bool]:
        """One wave's parts, and whether the pool broke (a worker died: OOM, crash) computing it."""
        import dask

        def posttask(key: Any, result: Any, dsk: Any, state: Any, worker_id: Any) -> None:
            if isinstance(result, PartResult):
                on_done(result)

        # chunksize 1: dask's process scheduler otherwise hands up to 6 ready tasks to one worker at once.
        options = (
            {"scheduler": "processes", "pool": self._pool, "chunksize": 1}
            if self._pool
            else {"scheduler": "synchronous"}
        )
        tasks = [dask.delayed(map_chunk, pure=False)(part, entries, self.gazetteer_path) for part, entries in wave]
        try:
            # Callbacks passed per call, not the global ``with Callback()``: two waves run at once.
            # Dask's tuple form: (start, start_state, pretask, posttask, finish).
            callbacks = [(None, None, None, posttask, None)]
            return dask.compute(*tasks, callbacks=callbacks, **options), False
        except Exception as exc:  # noqa: BLE001 - a worker that died fails its wave, not the batch
            results = tuple(failed_part(part, entries, exc) for part, entries in wave)
            for result in results:
                on_done(result)
            return results, self._pool is not None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


class ClusterEngine:
    """A ``dask.distributed`` cluster: chunks submitted as futures, taken as they finish."""

    def __init__(self, client: Any, gazetteer_path: str, *, owns_client: bool = False) -> None:
        from .batch_worker import GeomapWorkerPlugin

        self.client = client
        self.owns_client = owns_client
        self.gazetteer_path = gazetteer_path
        client.register_plugin(GeomapWorkerPlugin(gazetteer_path), name="geomap")
        self.workers = max(1, sum(client.nthreads().values()))
        # Task keys name the part *and* this run: another batch folder on the same
        # cluster has parts of the same names, and equal keys would share results.
        self.token = uuid.uuid4().hex[:12]

    def run(self, chunks: Iterator[Chunk], on_done: Callable[[PartResult], None]) -> Iterator[PartResult]:
        from distributed import as_completed

        pending: dict[Any, Chunk] = {}
        finished = as_completed(loop=self.client.loop)  # not the default client: there may be none

        def submit(count: int) -> None:
            for part, entries in islice(chunks, count):
                key = f"geomap-{self.token}-{part}"
                future = self.client.submit(map_chunk, part, entries, self.gazetteer_path, key=key)
                pending[future] = (part, entries)
                finished.add(future)

        submit(self.workers * CHUNKS_PER_WORKER)
        for future in finished:
            part, entries = pending.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker fails its chunk, not the batch
                result = failed_part(part, entries, exc)
            future.release()
            submit(1)
            on_done(result)
            yield result

    def close(self) -> None:
        if self.owns_client:  # a Client the caller passed in stays theirs
            self.client.close()


def connect(address: str) -> Any:
    """A ``distributed.Client`` for a scheduler address; an unreachable one is an ``InputError``."""
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


# -- the run ----------------------------------------------------------------------------------


def run_batch(
    source: str,
    out: str | os.PathLike[str],
    *,
    workers: int = 1,
    scheduler: str | Any | None = None,
    force: bool = False,
    progress: bool | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> BatchSummary:
    """Map every article of ``source`` into the batch folder ``out``.

    ``scheduler`` is a Dask scheduler address or a ``distributed.Client``;
    without it Dask's local scheduler runs ``workers`` processes.  Articles
    whose hash is done are skipped unless ``force``.  ``progress`` shows a bar
    on stderr (default: when stderr is a terminal).
    """
    from .gazetteer import open_gazetteer

    started = time.perf_counter()
    total, entries = read_inputs(source)
    folder = BatchFolder(out)
    folder.prepare()
    done = folder.done_index()
    gazetteer_path = str(open_gazetteer().path)  # builds the index once, here, not in every worker
    if scheduler is None:
        engine: LocalEngine | ClusterEngine = LocalEngine(workers, gazetteer_path)
    else:
        named = isinstance(scheduler, str)
        engine = ClusterEngine(connect(scheduler) if named else scheduler, gazetteer_path, owns_client=named)

    run = folder.next_run()
    counts = {"mapped": 0, "skipped": 0, "items": 0, "mentions": 0}
    attempted: set[str] = set()
    redone: set[str] = set()
    failures: list[Failure] = []  # this run's
    bar = _progress_bar(total, progress)

    def chunks() -> Iterator[Chunk]:
        chunk: list[tuple[str, Article]] = []
        sequence = 0
        for read, entry in enumerate(entries, start=1):
            if entry.article is None:
                failures.append(Failure(entry.source, "", entry.source, entry.error or "unreadable"))
                attempted.add(entry.source)
                bar.update(1)
                continue
            if entry.hash in attempted or (entry.hash in done and not force):
                counts["skipped"] += 1
                bar.update(1)
                continue
            attempted.add(entry.hash)
            if entry.hash in done:
                redone.add(entry.hash)
            chunk.append((entry.hash, entry.article))
            if len(chunk) >= tail_chunk_size(chunk_size, total - read, engine.workers):
                yield part_name(run, sequence), chunk
                sequence, chunk = sequence + 1, []
        if chunk:
            yield part_name(run, sequence), chunk

    try:
        for result in engine.run(chunks(), on_done=lambda r: bar.update(r.articles)):
            folder.write_part(result)
            failures.extend(result.failures)
            counts["mapped"] += len(result.done)
            counts["items"] += sum(d.items for d in result.done)
            counts["mentions"] += sum(d.mentions for d in result.done)
            for record in result.done:
                done[record.hash] = result.part
        bar.close()
        # Earlier failures this run did not retry stay on record; retried ones are replaced.
        folder.write_failures([f for f in folder.failures() if f.key not in attempted] + failures)
        folder.drop_superseded(redone, done)
        from .batch_output import write_item_countries

        # Locally in this one thread: the country shapes are prepared GEOS geometries, which are not
        # thread-safe (a threaded join crashed here once); a cluster gets pickled, unprepared copies.
        join_on = engine.client if isinstance(engine, ClusterEngine) else "synchronous"
        batch_items, countries = write_item_countries(folder, scheduler=join_on)
    finally:
        bar.close()
        engine.close()
    return BatchSummary(
        out=str(out),
        articles=total,
        failed=len(failures),
        batch_items=batch_items,
        countries=countries,
        seconds=time.perf_counter() - started,
        **counts,
    )


def tail_chunk_size(chunk_size: int, unread: int, workers: int) -> int:
    """The size of the next chunk: ``chunk_size``, smaller as the input runs out.

    The run ends when its last chunk does, and the other workers idle
    meanwhile: chunks shrink so that the last few each hold ~1/``TAIL_CHUNKS``
    of a worker's share of what is left, not a whole chunk's worth.
    """
    return max(1, min(chunk_size, -(-unread // (TAIL_CHUNKS * workers))))


def _progress_bar(total: int, show: bool | None) -> Any:
    """tqdm on stderr (articles done, rate, ETA); silent when stderr is not a terminal.

    The bar clears itself at the end: the summary line is what stays.
    """
    from tqdm import tqdm

    enabled = sys.stderr.isatty() if show is None else show
    return tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled, smoothing=0.1, leave=False)
