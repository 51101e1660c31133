"""Article -> Situation: the one function every front end calls.

The CLI, and later the maps file, batch runner and evaluator, all come
through here, so no front end wires the stages itself.  The NER model and the
gazetteer are loaded once per process and shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .extract import extract_mentions
from .model import Article, Mention, Situation
from .resolve import resolve_mentions
from .situation import situate

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Articles handed to spaCy per batch: enough to amortise its per-call cost.
_BATCH = 32


def map_article(article: Article, *, gazetteer: Gazetteer | None = None) -> Situation:
    """Run extract -> resolve -> situate on one article."""
    return next(map_articles([article], gazetteer=gazetteer))


def map_articles(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None) -> Iterator[Situation]:
    """Run the pipeline over many articles, parsing them in batches."""
    from .gazetteer import open_gazetteer
    from .nlp import load_nlp

    nlp = load_nlp()
    gaz = gazetteer if gazetteer is not None else open_gazetteer()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=_BATCH):
        mentions = extract_mentions(doc, gaz)
        mentions = resolve_mentions(article, mentions, gaz)
        yield situate(article, doc, mentions, gaz)


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
    if not gazetteer.candidates(text, limit=1) and gazetteer.demonym(text) is not None:
        return "demonym"
    return "toponym"
