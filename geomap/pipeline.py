"""Article -> Situation: the one function every front end calls.

The CLI, and later the maps file, batch runner and evaluator, all come
through here, so no front end wires the stages itself.  The NER model and the
gazetteer are loaded once per process and shared.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .extract import extract_mentions
from .model import Article, Mention, Situation
from .resolve import resolve_mentions
from .situation import situate

if TYPE_CHECKING:
    import concurrent.futures

    from .gazetteer import Gazetteer
    from .geocoders.online import OnlineGeocoding

#: Articles handed to spaCy per batch: enough to amortise its per-call cost.
_BATCH = 32

#: Articles a worker process takes at a time: small enough to keep both
#: workers busy to the end, large enough that pickling is noise.
_CHUNK = 16

#: The gazetteer each process opened for itself, by process id (a SQLite
#: connection is not carried across fork).
_GAZETTEERS: dict[int, Gazetteer] = {}

#: A made-up article that takes every stage down its lazily loaded paths (country
#: and region shapes, shared borders, offsets, groups, dates), so that
#: ``warm_up`` can load them once before workers fork or take their first task.
_WARM_UP = Article(
    text=(
        "On Tuesday (Mar 4), talks opened in Vienna. Some 20,000 Turkish troops are massed along the "
        "border with Syria, 30 km south of Gaziantep, and in Hatay Province. EU members in the Baltic "
        "states met in Riga."
    ),
    id="warm-up",
    date="2025-03-04",
)


def map_article(
    article: Article, *, gazetteer: Gazetteer | None = None, online: OnlineGeocoding | None = None
) -> Situation:
    """Run extract -> resolve -> situate on one article."""
    return next(map_articles([article], gazetteer=gazetteer, online=online))


def map_articles(
    articles: Iterable[Article],
    *,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
    online: OnlineGeocoding | None = None,
) -> Iterator[Situation]:
    """Run the pipeline over many articles, in input order.

    With ``workers`` > 1 the articles are shared among that many forked
    processes, each running the whole pipeline (parsing is the cost; only the
    small Situations travel back). ``online``, a service the user opted into,
    places what the offline gazetteer could not; it runs in one process only,
    as its rate limit is per process.
    """
    from .gazetteer import open_gazetteer

    if workers > 1 and online is not None:
        raise InputError("online geocoding runs in one process (its rate limit is per process): use --workers 1")
    gaz = gazetteer if gazetteer is not None else open_gazetteer()
    if workers > 1:
        yield from _map_in_processes(articles, gaz, workers)
    else:
        yield from _map_in_process(articles, gaz, online)


def warm_up(gazetteer: Gazetteer) -> None:
    """Load what the first article would load: the model, shapes and caches.

    Called before forking workers, so they share those pages and none pays
    the ~1 s of first-article loading itself (per run, per worker).
    """
    list(_map_in_process([_WARM_UP], gazetteer))


def _map_in_process(
    articles: Iterable[Article], gaz: Gazetteer, online: OnlineGeocoding | None = None
) -> Iterator[Situation]:
    from .nlp import for_the_parser, load_nlp

    nlp = load_nlp()
    pairs = ((for_the_parser(a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=_BATCH):
        mentions = extract_mentions(doc, gaz)
        if doc.text != article.text:  # a mention's text is the article's own, apostrophes as written
            mentions = [dataclasses.replace(m, text=article.text[m.start : m.end]) for m in mentions]
        mentions = resolve_mentions(article, mentions, gaz)
        if online is not None:
            from .resolve_online import resolve_online

            mentions = resolve_online(mentions, online)
        yield situate(article, doc, mentions, gaz)


def _map_in_processes(articles: Iterable[Article], gaz: Gazetteer, workers: int) -> Iterator[Situation]:
    pool = start_workers(workers, gaz)
    try:
        for situations in pool.map(_map_chunk, _chunks(articles, _CHUNK)):
            yield from situations
    finally:
        pool.shutdown(cancel_futures=True)


def start_workers(workers: int, gazetteer: Gazetteer) -> concurrent.futures.ProcessPoolExecutor:
    """``workers`` forked processes, each with its own connection to ``gazetteer``'s index.

    The pipeline is warmed up first, so the workers share the model's and the
    shapes' pages and none pays the first article's loading again.
    """
    import concurrent.futures
    import gc
    import multiprocessing

    warm_up(gazetteer)
    # Frozen objects are skipped by the cyclic collector: the workers' collections
    # neither walk the model's objects nor write to (and so copy) their pages.
    gc.freeze()
    try:
        pool = concurrent.futures.ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=process_gazetteer,
            initargs=(str(gazetteer.path),),
        )
        # Start every worker now, while the model's objects are still frozen.
        list(pool.map(_process_id, range(workers)))
    finally:
        gc.unfreeze()  # this process collects as before
    return pool


def process_gazetteer(path: str | None = None) -> Gazetteer:
    """This process's gazetteer, opened on first use.

    Keyed by process id: a forked worker must not share its parent's SQLite
    connection.  ``path`` is the index the parent opened; a worker on another
    machine where it does not exist opens (or builds) its own.
    """
    pid = os.getpid()
    if pid not in _GAZETTEERS:
        from .gazetteer import Gazetteer, open_gazetteer

        _GAZETTEERS[pid] = Gazetteer(path) if path and Path(path).exists() else open_gazetteer()
    return _GAZETTEERS[pid]


def _process_id(_: object) -> int:
    return os.getpid()


def _map_chunk(articles: list[Article]) -> list[Situation]:
    return list(_map_in_process(articles, process_gazetteer()))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def resolve_spans(
    article: Article,
    spans: Sequence[tuple[int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    context: Sequence[Mention] = (),
) -> list[Mention]:
    """Resolve given spans of an article, skipping recognition (the "oracle" setting).

    Used to measure resolution alone: the spans are taken as toponyms (or
    demonyms, when the gazetteer knows the word as one) and resolved together
    with ``context``, mentions recognised elsewhere in the same article (those
    overlapping a given span are dropped); only the given spans are returned.
    """
    from .gazetteer import open_gazetteer

    gaz = gazetteer if gazetteer is not None else open_gazetteer()
    mentions = [
        Mention(
            text=article.text[start:end],
            start=start,
            end=end,
            kind=_kind_of(article.text[start:end], gaz),
            confidence=1.0,
            source="given",
        )
        for start, end in spans
    ]
    others = [c for c in context if all(c.end <= s or c.start >= e for s, e in spans)]
    together = sorted([*mentions, *others], key=lambda m: m.start)
    given = set(spans)
    return [m for m in resolve_mentions(article, together, gaz) if (m.start, m.end) in given and m.source == "given"]


def _kind_of(text: str, gazetteer: Gazetteer) -> str:
    """A given span is a demonym when the word is one and names no major place:
    "Canadian" and "Spanish" are also small towns, but "Turkey" is a country."""
    if gazetteer.demonym(text) is None:
        return "toponym"
    top = gazetteer.candidates(text, limit=1)
    return "toponym" if top and top[0].type in ("country", "admin1", "region", "group") else "demonym"
