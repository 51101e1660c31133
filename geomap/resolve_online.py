"""Ask an online geocoder for the names the offline gazetteer could not place.

Runs after ``resolve_mentions``, only when the user chose an online service:
each toponym still without a place is looked up once per article (every
occurrence of a name shares the answer, as offline), with the countries the
article names as the hint. A demonym is never sent: its country is offline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Mention, Place

if TYPE_CHECKING:
    from .geocoders.online import OnlineGeocoding

#: An online answer is one place with no rivals scored beside it, so its
#: confidence is the recognition's, discounted.
ONLINE_CONFIDENCE = 0.6


def resolve_online(mentions: Sequence[Mention], geocoding: OnlineGeocoding) -> list[Mention]:
    """The mentions, with places from ``geocoding`` where offline found none."""
    countries = article_countries(mentions)
    answers: dict[str, Place | None] = {}
    resolved = []
    for mention in mentions:
        if mention.place is not None or mention.kind != "toponym":
            resolved.append(mention)
            continue
        name = _query(mention.text)
        key = name.casefold()
        if key not in answers:
            answers[key] = geocoding.lookup(name, countries)
        place = answers[key]
        resolved.append(
            mention if place is None else mention.with_(place=place, confidence=mention.confidence * ONLINE_CONFIDENCE)
        )
    return resolved


def article_countries(mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The countries the article names (as countries or by their people), most named first."""
    counts = Counter(
        m.place.country for m in mentions if m.place is not None and m.place.type == "country" and m.place.country
    )
    return tuple(code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _query(text: str) -> str:
    """Datelines are in capitals: "KRAMATORSK" asks for "Kramatorsk"."""
    return text.title() if text.isupper() and len(text) > 3 else " ".join(text.split())
