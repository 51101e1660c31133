"""Choose one real place per mention, with a confidence.

A candidate's score is the gazetteer's prior (what kind of place it is, how
many people live there, whether it is a capital) plus context from the article:
the countries it names, its dateline, an "X, Y" qualifier next to the name.
One name keeps one sense within an article, so every "Georgia" in a story
resolves alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Article, Mention

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerRecord

#: A candidate in a country the article names is likelier (the article's focus).
_FOCUS_BONUS = 2.0
#: ... and more so in the dateline's country.
_DATELINE_BONUS = 1.0
#: "Paris, Texas": the qualifier all but decides.
_QUALIFIER_BONUS = 6.0

#: ", Texas" / ", Ga." straight after a name.
_QUALIFIER = re.compile(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


@dataclass(frozen=True)
class _Context:
    focus: frozenset[str]
    dateline: str | None


def resolve_mentions(article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Give each mention a place (or None) and a confidence in that choice."""
    context = _article_context(article, mentions, gazetteer)
    qualifiers = [_qualifier_after(article.text, m.end) for m in mentions]
    resolved: list[Mention | None] = [None] * len(mentions)
    by_name: dict[tuple[str, str], Mention] = {}
    # Qualified names first ("Springfield, Illinois"): a later bare
    # "Springfield" in the same story means the same town.
    order = sorted(range(len(mentions)), key=lambda i: qualifiers[i] is None)
    for index in order:
        mention, qualifier = mentions[index], qualifiers[index]
        key = (mention.kind, mention.text.casefold())
        first = by_name.get(key)
        if qualifier is None and first is not None:
            resolved[index] = mention.with_(
                place=first.place, alternatives=first.alternatives, confidence=first.confidence
            )
            continue
        chosen = _resolve_one(mention, qualifier, context, gazetteer)
        by_name.setdefault(key, chosen)
        resolved[index] = chosen
    return [m for m in resolved if m is not None]


def _resolve_one(mention: Mention, qualifier: str | None, context: _Context, gazetteer: Gazetteer) -> Mention:
    if mention.kind == "demonym":
        record = gazetteer.demonym(mention.text)
        if record is None:
            return mention.with_(place=None, confidence=0.0)
        return mention.with_(place=record.to_place(), confidence=mention.confidence)
    candidates = gazetteer.candidates(_lookup_name(mention), limit=25)
    if not candidates:
        return mention.with_(place=None, confidence=0.0)
    # "Russia, Ukraine and Belarus" is a list, not Russia-the-town-in-Ukraine:
    # a qualifier narrows a town or region, never a name that is first a state.
    qualifiable = candidates[0].type not in ("country", "group", "region")
    qualifier_codes = _qualifier_codes(qualifier, gazetteer) if qualifier and qualifiable else set()
    scored = sorted(
        ((_score(c, context, qualifier_codes), i, c) for i, c in enumerate(candidates)),
        key=lambda t: (-t[0], t[1]),
    )
    best_score, _, best = scored[0]
    confidence = _softmax_share(best_score, [s for s, _, _ in scored]) * mention.confidence
    alternatives = tuple(c.to_place() for _, _, c in scored[1:4])
    return mention.with_(place=best.to_place(), confidence=confidence, alternatives=alternatives)


def _lookup_name(mention: Mention) -> str:
    """Datelines are in capitals; the gazetteer matches case-insensitively,
    but title case also reads right in messages."""
    return mention.text.title() if mention.text.isupper() and len(mention.text) > 3 else mention.text


def _score(record: GazetteerRecord, context: _Context, qualifier_codes: set[str]) -> float:
    score = record.prior
    if record.type != "country" and record.country in context.focus:
        score += _FOCUS_BONUS
    if record.country and record.country == context.dateline:
        score += _DATELINE_BONUS
    if qualifier_codes and (record.country in qualifier_codes or record.admin1 in qualifier_codes):
        score += _QUALIFIER_BONUS
    return score


def _softmax_share(best: float, scores: list[float]) -> float:
    """The best candidate's share of probability mass, scores as log-odds."""
    total = sum(math.exp(s - best) for s in scores)
    return 1.0 / total


def _article_context(article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer) -> _Context:
    """Countries the article names outright, and its dateline's country."""
    focus: set[str] = set()
    dateline: str | None = None
    for mention in mentions:
        if mention.kind == "demonym":
            record = gazetteer.demonym(mention.text)
        else:
            countries = [c for c in gazetteer.candidates(_lookup_name(mention), limit=3) if c.type == "country"]
            record = countries[0] if countries else None
        if record is not None and record.country:
            focus.add(record.country)
        if mention.source == "dateline" and dateline is None:
            top = gazetteer.candidates(_lookup_name(mention), limit=1)
            dateline = top[0].country if top else None
    return _Context(focus=frozenset(focus), dateline=dateline)


def _qualifier_after(text: str, end: int) -> str | None:
    match = _QUALIFIER.match(text, end)
    return match.group(1) if match else None


def _qualifier_codes(qualifier: str, gazetteer: Gazetteer) -> set[str]:
    """ISO country and ISO 3166-2 codes a qualifier like "Texas" or "Ga." names."""
    codes: set[str] = set()
    for record in gazetteer.qualifier(qualifier):
        if record.type == "country" and record.country:
            codes.add(record.country)
        elif record.type == "admin1" and record.admin1:
            codes.add(record.admin1)
    return codes
