"""What each place is in the story: roles, forces, metonyms, and the items to draw.

Roles come from the dependency parse, not a keyword window: a place gets a
role only when a trigger word governs it within its own clause ("talks ... at
the US mission in Geneva", "troops are gathered within reach of the border
with Ukraine", "Russia seized the Crimea peninsula").  Whatever no rule claims
falls back to ``actor`` for countries and groups and ``other`` for the rest.

Geometry enters here: a force "near the border with Ukraine" whose side is
Russia is drawn on the shared Russia–Ukraine border from the country shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import lexicon
from .model import Article, Item, Mention, Situation
from .nlp import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer

#: Dependency labels that open a new clause: a trigger beyond one governs
#: something else ("... say could be a new invasion, eight years after Russia
#: seized the Crimea peninsula" must not make Crimea a troop position).
_CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "pcomp", "xcomp", "acl", "csubj", "parataxis"}

#: How far up the tree a trigger may sit.
_MAX_HOPS = 7

_SUBJECTS = {"nsubj", "nsubjpass"}

#: Place types drawn as markers when no role claims them.
_DRAWN_OTHER_TYPES = {"city", "admin1", "landmark", "water"}


@dataclass(frozen=True)
class _Evidence:
    role: str
    trigger: Token | None
    confidence: float
    metonym: bool = False


def situate(article: Article, doc: Doc, mentions: Sequence[Mention], gazetteer: Gazetteer) -> Situation:
    """Assign roles, counts and sides, then gather the items the map draws."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    token_to_mention = _index_tokens(spans)
    assigned: list[Mention] = []
    forces: dict[int, _Force] = {}
    for index, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
        if span is None or mention.place is None:
            assigned.append(mention.with_(role="other", role_confidence=0.0))
            continue
        evidence = _role_of(span.root, mention)
        updated = mention.with_(
            role=evidence.role,
            metonym=evidence.metonym,
            role_confidence=evidence.confidence,
            trigger=_token_span(evidence.trigger),
        )
        if evidence.role == "troop_position" and evidence.trigger is not None:
            force = _describe_force(evidence.trigger, span.root, token_to_mention, mentions)
            forces[index] = force
            updated = updated.with_(troop_count=force.count)
        assigned.append(updated)
    items = _items(assigned, forces, gazetteer)
    return Situation(
        article=article,
        mentions=tuple(assigned),
        items=tuple(items),
        countries=_countries_involved(assigned, forces),
    )


# --- roles -------------------------------------------------------------------


def _role_of(root: Token, mention: Mention) -> _Evidence:
    place = mention.place
    assert place is not None
    if mention.source == "dateline":
        return _Evidence("other", None, 0.9)  # where the story was filed, not a party to it
    anchor = _syntactic_anchor(root)
    actor = _as_actor(anchor, place.type, mention.kind)
    if actor is not None:
        return actor
    if mention.kind == "demonym":
        return _Evidence("actor", None, 0.6)
    disputed = _disputed_trigger(anchor)
    if disputed is not None:
        return _Evidence("disputed_territory", disputed, 0.8)
    located = _locative_trigger(anchor)
    if located is not None:
        return located
    if place.type in ("country", "group"):
        return _Evidence("actor", None, 0.5)
    return _Evidence("other", None, 0.5)


def _is(token: Token, vocabulary: frozenset[str]) -> bool:
    """Whether a word belongs to a vocabulary, by lemma or by its own form.

    The small model's lemmatiser slips ("hopes" -> "hop"), so the word's own
    form, less a regular inflection, is tried too.
    """
    if lemma_of(token) in vocabulary:
        return True
    word = token.lower_
    forms = {word}
    for suffix, keep in (("s", 1), ("es", 2), ("ed", 1), ("ed", 2), ("ing", 3)):
        if word.endswith(suffix):
            forms.add(word[: len(word) - keep])
    return not forms.isdisjoint(vocabulary)


def _syntactic_anchor(token: Token) -> Token:
    """The token that carries the mention's grammatical role.

    "Vienna" in "Brussels and Vienna" acts through "Brussels"; "Crimea" in
    "the Crimea peninsula" through "peninsula".
    """
    seen = 0
    while seen < 4 and (token.dep_ == "conj" or token.dep_ in ("compound", "appos")) and token.head is not token:
        token = token.head
        seen += 1
    return token


def _as_actor(anchor: Token, place_type: str, kind: str) -> _Evidence | None:
    """A place that speaks or acts is its government: "Washington hopes"."""
    head = anchor.head
    if anchor.dep_ in _SUBJECTS and _is(head, lexicon.AGENT_VERBS):
        return _Evidence("actor", head, 0.85, metonym=place_type != "country" or kind == "toponym")
    if anchor.dep_ == "poss" and _is(head, lexicon.POSSESSED_BY_GOVERNMENTS):
        return _Evidence("actor", head, 0.75, metonym=place_type not in ("country", "group"))
    if place_type == "landmark" and anchor.dep_ in _SUBJECTS | {"poss"}:
        return _Evidence("actor", head, 0.7, metonym=True)
    return None


def _disputed_trigger(anchor: Token) -> Token | None:
    """"seized the Crimea peninsula", "annexation of Crimea", "occupied Donetsk"."""
    for child in anchor.children:
        if child.dep_ in ("amod", "compound") and _is(child, lexicon.DISPUTE_ADJECTIVES):
            return child
    head = anchor.head
    if anchor.dep_ in ("dobj", "nsubjpass") and _is(head, lexicon.SEIZE_VERBS):
        return head
    if anchor.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
        if _is(noun, lexicon.SEIZE_NOUNS):
            return noun
    if anchor.dep_ == "pobj" and _is(head.head, lexicon.SEIZE_VERBS) and head.lower_ in ("over", "of"):
        return head.head
    return None


def _locative_trigger(anchor: Token) -> _Evidence | None:
    """A place governed by a locative preposition under a meeting or force word."""
    if anchor.dep_ != "pobj":
        return None
    preposition = anchor.head
    at_border = preposition.lower_ in ("with", "of") and _is(preposition.head, lexicon.BORDER_NOUNS)
    if preposition.lower_ not in lexicon.LOCATIVE_PREPOSITIONS and not at_border:
        return None
    for hops, ancestor in enumerate(_clause_ancestors(preposition)):
        for candidate in (ancestor, *_arguments(ancestor)):
            if _is(candidate, lexicon.FORCE_NOUNS) or _is(candidate, lexicon.FORCE_EVENTS):
                return _Evidence("troop_position", candidate, 0.85 - 0.03 * hops)
            if (_is(candidate, lexicon.MEETING_NOUNS) or _is(candidate, lexicon.MEETING_VERBS)) and not at_border:
                if preposition.lower_ in lexicon.MEETING_PREPOSITIONS:
                    return _Evidence("meeting_venue", candidate, 0.85 - 0.03 * hops)
    return None


def _clause_ancestors(token: Token) -> Iterable[Token]:
    """Ancestors of ``token`` up to and including the head of its clause."""
    current = token
    for _ in range(_MAX_HOPS):
        parent = current.head
        if parent is current:
            return
        yield parent
        if current.dep_ in _CLAUSE_DEPS or parent.dep_ in _CLAUSE_DEPS or parent.dep_ == "ROOT":
            return
        current = parent


def _arguments(token: Token) -> Iterable[Token]:
    """Subjects and objects of a verb, their coordinated partners, and what
    they quantify ("thousands of troops gathered")."""
    for child in token.children:
        if child.dep_ in _SUBJECTS | {"dobj", "attr"}:
            yield child
            yield from (c for c in child.children if c.dep_ == "conj")
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    yield from (c for c in prep.children if c.dep_ == "pobj")


# --- forces ------------------------------------------------------------------


@dataclass(frozen=True)
class _Force:
    count: int | None
    side: str | None
    border_with: str | None


def _describe_force(
    trigger: Token, place_root: Token, token_to_mention: dict[int, int], mentions: Sequence[Mention]
) -> _Force:
    """How many, whose, and whether they stand at a border with the place."""
    noun = _force_noun(trigger)
    count = lexicon.parse_count(_count_phrase(noun)) if noun is not None else None
    side = None
    for token in _side_tokens(trigger, noun):
        index = token_to_mention.get(token.i)
        place = mentions[index].place if index is not None else None
        if place is not None and place.type == "country":
            side = place.country
            break
    anchor = _syntactic_anchor(place_root)
    at_border = anchor.dep_ == "pobj" and _is(anchor.head.head, lexicon.BORDER_NOUNS)
    target_index = token_to_mention.get(place_root.i)
    target = mentions[target_index].place if target_index is not None else None
    border_with = target.country if at_border and target is not None and target.type == "country" else None
    return _Force(count=count, side=side, border_with=border_with if border_with != side else None)


def _force_noun(trigger: Token) -> Token | None:
    """"troops" itself, or the troops a "deployment of troops" deploys."""
    if _is(trigger, lexicon.FORCE_NOUNS):
        return trigger
    for token in trigger.subtree:
        if _is(token, lexicon.FORCE_NOUNS):
            return token
    return None


def _count_phrase(noun: Token) -> str:
    """The words counting a force noun: "Nearly 100,000" in "Nearly 100,000
    Russian troops", "5,000" in "5,000 of its troops"."""
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") or child.like_num:
            tokens = sorted(child.subtree, key=lambda t: t.i)
            return " ".join(t.text for t in tokens)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        quantity = noun.head.head
        if quantity.like_num or quantity.pos_ == "NUM":
            return " ".join(t.text for t in quantity.subtree if t.i <= quantity.i)
    return ""


def _side_tokens(trigger: Token, noun: Token | None) -> Iterable[Token]:
    """Words that may say whose force it is, nearest first."""
    for owner in (noun, trigger):
        if owner is None:
            continue
        for child in owner.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                yield child
        if owner.dep_ in ("dobj", "nsubjpass") or owner.dep_ in _SUBJECTS:
            yield from (c for c in owner.head.children if c.dep_ in _SUBJECTS and c is not owner)


# --- items -------------------------------------------------------------------


def _items(mentions: Sequence[Mention], forces: dict[int, _Force], gazetteer: Gazetteer) -> list[Item]:
    """One item per (role, place, side): repeated mentions of Geneva are one venue."""
    from . import shapes

    grouped: dict[tuple[Any, ...], list[int]] = {}
    geometry: dict[tuple[Any, ...], dict[str, Any]] = {}
    labels: dict[tuple[Any, ...], str] = {}
    sides: dict[tuple[Any, ...], str | None] = {}
    for index, mention in enumerate(mentions):
        place = mention.place
        if place is None or mention.metonym:
            continue
        if mention.role == "actor" or (mention.role == "other" and place.type not in _DRAWN_OTHER_TYPES):
            continue
        if mention.role == "other" and any(
            m.place == place and m.role not in ("other", "actor") for m in mentions
        ):
            continue  # already drawn in its role: a dateline "GENEVA" adds no second Geneva
        force = forces.get(index)
        key: tuple[Any, ...] = (mention.role, place.name, place.country)
        point = {"type": "Point", "coordinates": [round(place.lon, 5), round(place.lat, 5)]}
        label = place.name
        side = None
        if force is not None:
            side = force.side
            key = (*key, side, force.border_with)
            border = shapes.shared_border(side, force.border_with) if side and force.border_with else None
            if border is not None:
                point = _rounded_geojson(border)
                label = f"{_country_name(side, gazetteer)}–{_country_name(force.border_with, gazetteer)} border"
        grouped.setdefault(key, []).append(index)
        geometry.setdefault(key, point)
        labels.setdefault(key, label)
        sides.setdefault(key, side)
    items = []
    for key, indices in grouped.items():
        role = key[0]
        counts = [mentions[i].troop_count for i in indices if mentions[i].troop_count]
        items.append(
            Item(
                id=_item_id(key),
                role=role,
                label=labels[key],
                geometry=geometry[key],
                mentions=tuple(indices),
                side=sides[key],
                troop_count=max(counts) if counts else None,
                confidence=max(mentions[i].confidence * mentions[i].role_confidence for i in indices),
            )
        )
    return items


def _countries_involved(mentions: Sequence[Mention], forces: dict[int, _Force]) -> tuple[str, ...]:
    """Countries that act in the story: actor mentions and the sides of forces."""
    codes = {
        m.place.country
        for m in mentions
        if m.place is not None and m.role == "actor" and m.place.country and m.place.type != "group"
    }
    codes.update(f.side for f in forces.values() if f.side)
    return tuple(sorted(codes))


def _index_tokens(spans: Sequence[Span | None]) -> dict[int, int]:
    """Token index -> the index of the mention that token belongs to."""
    index: dict[int, int] = {}
    for number, span in enumerate(spans):
        if span is not None:
            for token in span:
                index[token.i] = number
    return index


def _token_span(token: Token | None) -> tuple[int, int] | None:
    return (token.idx, token.idx + len(token.text)) if token is not None else None


def _item_id(key: tuple[Any, ...]) -> str:
    words = "-".join(str(part) for part in key if part)
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")


def _country_name(iso2: str | None, gazetteer: Gazetteer) -> str:
    record = gazetteer.country(iso2) if iso2 else None
    return record.name if record is not None else (iso2 or "")


def _rounded_geojson(geometry: Any) -> dict[str, Any]:
    from shapely.geometry import mapping

    mapped = mapping(geometry)

    def rounded(value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float):
                return [round(v, 4) for v in value]
            return [rounded(v) for v in value]
        return value

    return {"type": mapped["type"], "coordinates": rounded(mapped["coordinates"])}
