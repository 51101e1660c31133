"""Where the words put a place the gazetteer does not know.

"The villages of Qarsh and Dimno in Idlib province", "the Bab Tellal district
of Homs", "Kafr Wadim village near Hama": the name has no gazetteer entry (a
village of a few hundred people, a city district, a valley), yet the sentence
says which known place it lies in or near. A map of the story should still
show it there, marked approximate, rather than drop the place the story is
about.

Only a name the words call a place is placed so: a place word names its kind
("village", "district", "region", "a town in ...") on the way from the name to
the known place. That keeps out the people, tribes and groups recognition
sometimes takes for places and the gazetteer rightly knows nothing of.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .model import Mention, Place
from .roles import is_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Container", "container_of"]

#: Prepositions that put a place inside or beside a known one.
_INSIDE = frozenset({"in", "of", "inside", "within"})
_BESIDE = frozenset({"near", "outside", "around"})

#: Known places a name can be placed by: a country is too large to say where.
_CONTAINER_TYPES = frozenset({"city", "admin1", "admin2"})

#: Words that name a place's kind ("the village of X", "the X district", "X, a town in").
_PLACE_WORDS = lexicon.SETTLEMENT_NOUNS | lexicon.REGION_PART_NOUNS

#: Steps from the name up the parse to the phrase that names its container.
_MAX_HOPS = 4

#: How far from its container's point a place "in" a city or district may be
#: (a city's outlying districts and villages), and one "near" it.
_IN_CITY_KM = 20.0
_NEAR_KM = 30.0
_IN_ADMIN2_KM = 40.0
#: For a province with no outline to measure.
_IN_ADMIN1_KM = 100.0


@dataclass(frozen=True)
class Container:
    """The known place an unknown one lies in (``relation`` "in") or near ("near")."""

    index: int
    relation: str
    place: Place

    @property
    def uncertainty_km(self) -> float:
        """How far from the container's point the place may be."""
        if self.relation == "near":
            return _NEAR_KM if self.place.type == "city" else max(_NEAR_KM, _radius_km(self.place))
        return _radius_km(self.place)


def container_of(span: Span, token_to_mention: Mapping[int, int], mentions: Sequence[Mention]) -> Container | None:
    """The known place the words put an unknown place ``span`` in or near, if
    they call it a place: "the villages of X and Y in Idlib", "the X district
    of Damascus", "X, a village near Hama"."""
    path = _path_up(span.root)
    phrases = [p for token in path for p in (token, *_described_as(token), *_conjuncts_after(token))]
    if not any(is_word(t, _PLACE_WORDS) for t in (*span, *phrases)):
        return None
    for phrase in phrases:
        found = _known_place_after(phrase, token_to_mention, mentions)
        if found is not None:
            return found
    if path[-1].dep_ in ("dobj", "nsubjpass"):
        # what a verb acts on "in" a place lies there: "recaptured the village of X in Daraa"
        return _known_place_after(path[-1].head, token_to_mention, mentions)
    return None


def _path_up(token: Token) -> list[Token]:
    """The name's root and the phrases it belongs to, nearest first."""
    path = [token]
    for _ in range(_MAX_HOPS):
        step = _up(path[-1])
        if step is None:
            break
        path.append(step)
    return path


def _described_as(token: Token) -> list[Token]:
    """A place word in apposition: "Tel Hamis, a town in Hasakah"."""
    return [c for c in token.children if c.dep_ == "appos" and is_word(c, _PLACE_WORDS)]


def _conjuncts_after(token: Token) -> list[Token]:
    """Names listed after this one, which a shared phrase often follows:
    "the hamlets of X and Y in Idlib" puts X in Idlib too."""
    return [c for c in token.children if c.dep_ == "conj"]


def _up(token: Token) -> Token | None:
    """One step from a name to the phrase it belongs to: the noun it names
    ("Bab Tellal district"), the first of a list ("Qarsh and Dimno"), the
    place word it is "of" ("the villages of Qarsh")."""
    if token.dep_ in ("compound", "conj", "nmod"):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        return token.head.head
    return None


def _known_place_after(
    token: Token, token_to_mention: Mapping[int, int], mentions: Sequence[Mention]
) -> Container | None:
    for preposition in token.children:
        word = preposition.lower_
        if preposition.dep_ != "prep" or word not in _INSIDE | _BESIDE:
            continue
        for obj in preposition.children:
            if obj.dep_ != "pobj":
                continue
            # the name itself, or a name before a unit word: "in Idlib province"
            for name in [obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod"))]:
                index = token_to_mention.get(name.i)
                place = mentions[index].place if index is not None else None
                if place is not None and place.type in _CONTAINER_TYPES:
                    return Container(index, "in" if word in _INSIDE else "near", place)
    return None


def _radius_km(place: Place) -> float:
    """The radius of a circle as large as the place: how far inside it something may be."""
    if place.type == "city":
        return _IN_CITY_KM
    if place.type == "admin2":
        return _IN_ADMIN2_KM
    from . import shapes

    outline = shapes.admin1_shape(place.admin1) if place.admin1 else None
    if outline is None:
        return _IN_ADMIN1_KM
    area_m2, _ = shapes.geodesic().geometry_area_perimeter(outline)
    return round(math.sqrt(abs(area_m2) / math.pi) / 1000.0, 1)
