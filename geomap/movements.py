"""Moves from place to place, read from the parse: the arrows of a situation map.

A move is a verb of going ("move", "withdraw", "shift", "fled", "entered") with
where it leaves from ("from Belarus", "out of Kherson") and where it goes ("into
Ukraine", "to meetings in Brussels and Vienna", "entered Ukraine").  What moves
decides what the arrow means: forces make a troop movement, talks a change of
venue, anyone else (refugees, a delegation's plane) a plain move.

Talks that "move to" a city rarely say where they move from: the article has
named the earlier venue already, so the origin is the last meeting venue before
the verb.  Troops that only "withdrew from Kherson" have no arrow to draw; the
place keeps its role and nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .model import Mention
from .nlp import lemma_of
from .roles import is_force_noun, is_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Prepositions that open where a move goes, and where it leaves from.
_TO = frozenset("to into towards toward onto".split())
_FROM = frozenset("from".split())

#: Prepositions that put a destination noun somewhere: "to meetings in Brussels".
_AT = frozenset("in at near outside".split())


@dataclass(frozen=True)
class Movement:
    """One move: the mentions it leaves from and goes to, in reading order.

    ``role`` is what moves (``troop_position`` for forces, ``meeting_venue`` for
    talks, ``other`` for anyone else); ``mover`` is the token index of the moving
    noun, or None when the parse names none; ``trigger`` the verb's character span.
    ``implicit_origin`` says the origin was not in the sentence but carried over
    from the article (the earlier venue of talks that "move to" another city).
    """

    role: str
    origin: int
    destinations: tuple[int, ...]
    trigger: tuple[int, int]
    mover: int | None = None
    implicit_origin: bool = False

    @property
    def stops(self) -> tuple[int, ...]:
        """Every mention the move passes, origin first."""
        return (self.origin, *self.destinations)


def find_movements(doc: Doc, mentions: Sequence[Mention], token_to_mention: dict[int, int]) -> list[Movement]:
    """Every move in ``doc`` whose two ends are resolved mentions, in reading order."""
    found: list[Movement] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or lemma_of(token) not in lexicon.JOURNEY_VERBS:
            continue
        movement = _movement(token, mentions, token_to_mention)
        if movement is not None:
            found.append(movement)
    return found


def _movement(verb: Token, mentions: Sequence[Mention], token_to_mention: dict[int, int]) -> Movement | None:
    origins: list[int] = []
    destinations: list[int] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _FROM:
            origins.extend(_places_under(child, token_to_mention))
        elif child.dep_ == "prep" and child.lower_ in _TO:
            destinations.extend(_places_under(child, token_to_mention))
        elif child.dep_ == "prep" and child.lower_ == "out":  # "out of Kherson"
            for of in child.children:
                if of.lower_ == "of":
                    origins.extend(_places_under(of, token_to_mention))
        elif child.dep_ == "dobj" and lemma_of(verb) in lexicon.PATIENT_MOVEMENT_VERBS:
            destinations.extend(_mentions_of(child, token_to_mention))
    mover = _mover(verb)
    role = _role_of(mover)
    resolved = [i for i in destinations if mentions[i].place is not None and i not in origins]
    if not resolved:
        return None
    implicit = False
    origin = next((i for i in origins if mentions[i].place is not None), None)
    if origin is None and role == "meeting_venue":
        origin = _earlier_venue(verb.idx, mentions, set(resolved))
        implicit = origin is not None
    if origin is None:
        return None
    resolved = [i for i in resolved if mentions[i].place != mentions[origin].place]
    if not resolved:
        return None
    return Movement(
        role=role,
        origin=origin,
        destinations=tuple(sorted(set(resolved), key=lambda i: mentions[i].start)),
        trigger=(verb.idx, verb.idx + len(verb.text)),
        mover=mover.i if mover is not None else None,
        implicit_origin=implicit,
    )


def _places_under(preposition: Token, token_to_mention: dict[int, int]) -> list[int]:
    """Mentions a preposition's object names: itself and its conjuncts ("to
    Brussels and Vienna"), or the places it is said to be in ("to meetings in
    Brussels and Vienna")."""
    found: list[int] = []
    for obj in preposition.children:
        if obj.dep_ != "pobj":
            continue
        direct = _mentions_of(obj, token_to_mention)
        if direct:
            found.extend(direct)
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in _AT:
                found.extend(_places_under(prep, token_to_mention))
    return found


def _mentions_of(head: Token, token_to_mention: dict[int, int]) -> list[int]:
    """The mention at ``head`` and at each of its conjuncts."""
    found: list[int] = []
    for token in (head, *head.conjuncts):
        index = token_to_mention.get(token.i)
        if index is not None and index not in found:
            found.append(index)
    return found


def _mover(verb: Token) -> Token | None:
    """The noun that moves: the subject ("troops moved"), the object of a
    sending verb ("sent troops to"), or a force counted in a partitive
    ("thousands of troops moved")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(verb) in lexicon.SENDING_VERBS]
    nouns = objects or subjects
    if nouns:
        noun = nouns[0]
        for of in noun.children:
            if of.lower_ == "of":
                inner = next((c for c in of.children if c.dep_ == "pobj"), None)
                if inner is not None and (is_force_noun(inner) or is_word(inner, lexicon.MEETING_NOUNS)):
                    return inner
        return noun
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        return _mover(verb.head)  # "troops began to withdraw", "troops crossed and moved"
    return None


def _role_of(mover: Token | None) -> str:
    if mover is None:
        return "other"
    if is_force_noun(mover):
        return "troop_position"
    if is_word(mover, lexicon.MEETING_NOUNS):
        return "meeting_venue"
    return "other"


def _earlier_venue(before: int, mentions: Sequence[Mention], excluded: set[int]) -> int | None:
    """The last meeting venue named before character ``before``."""
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if (
            mention.start < before
            and index not in excluded
            and mention.role == "meeting_venue"
            and mention.place is not None
        ):
            return index
    return None
