"""Who says so: the actors a sentence's claims are attributed to.

News rarely states a troop build-up as bare fact: "what Washington and Kiev
say could be a new invasion", "according to Ukrainian officials", "US
intelligence believes".  A map item drawn from such a sentence carries those
actors, so a reader sees whose claim it is.  The actor is the subject of a verb
of saying or believing (or the object of "according to"), when it is a place
standing for its state ("Washington", "Kiev"), a country or group, or people
qualified by one ("US officials", "Ukrainian military sources").

The attribution covers the whole sentence: a claim embedded in a clause ("in
preparation for what Washington and Kiev say could be a new invasion") still
qualifies what the sentence reports, and the parse of a small model does not
reliably say which clause a claim hangs on.  The exception is a claim inside
one member of a list ("at odds over Russia's troops in Kazakhstan, its support
for Belarus, and what Washington sees as Russia's use of gas"): it covers that
member only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import lexicon
from .model import Mention
from .nlp import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def attributed_spans(
    doc: Doc, mentions: Sequence[Mention], token_to_mention: dict[int, int]
) -> dict[tuple[int, int], tuple[str, ...]]:
    """Character span -> the sides (ISO country code or group name) its claims are attributed to."""
    found: dict[tuple[int, int], list[str]] = {}
    for token in doc:
        speakers: list[Token] = []
        if token.pos_ in ("VERB", "AUX") and lemma_of(token) in lexicon.CLAIM_VERBS:
            speakers = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            speakers = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
        if not speakers:
            continue
        sides = [side for speaker in speakers for side in _sides(speaker, mentions, token_to_mention)]
        if sides:
            span = _scope(token)
            bucket = found.setdefault(span, [])
            bucket.extend(side for side in sides if side not in bucket)
    return {span: tuple(sides) for span, sides in found.items()}


def _scope(claim: Token) -> tuple[int, int]:
    """The characters a claim covers: its sentence, or the list member it sits in."""
    node = claim
    while node.head.i != node.i:
        if node.dep_ == "conj":
            tokens = list(node.subtree)
            return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        node = node.head
    sentence = claim.sent
    return (sentence.start_char, sentence.end_char)


def _sides(speaker: Token, mentions: Sequence[Mention], token_to_mention: dict[int, int]) -> list[str]:
    """The sides a speaker and its conjuncts stand for ("Washington and Kiev")."""
    sides: list[str] = []
    for token in (speaker, *speaker.conjuncts):
        side = _side(token, mentions, token_to_mention)
        if side is None:
            # "US officials", "Ukraine's military": people qualified by a place
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod"):
                    side = _side(child, mentions, token_to_mention)
                    if side is not None:
                        break
        if side is not None and side not in sides:
            sides.append(side)
    return sides


def _side(token: Token, mentions: Sequence[Mention], token_to_mention: dict[int, int]) -> str | None:
    index = token_to_mention.get(token.i)
    if index is None:
        return None
    place = mentions[index].place
    if place is None:
        return None
    if place.type == "group":
        return place.name
    return place.country
