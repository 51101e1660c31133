"""What each place is in the story: roles, forces, metonyms, and the items to draw.

Roles come from the dependency parse, not a keyword window (the rules are in
``roles``): a place gets a role from the words about itself ("talks ... at the
US mission in Geneva", "troops are gathered within reach of the border with
Ukraine", "Russia seized the Crimea peninsula", "Moscow denies").  Whatever no
rule claims falls back to ``actor`` for countries and groups that are not merely
where something is, and ``other`` for the rest.

Geometry enters here: a force "near the border with Ukraine" whose side is
Russia is drawn on the shared Russia–Ukraine border from the country shapes.
Sets of countries ("Central and Eastern European countries that joined it
after 1997") are drawn as the area of their members, and a border owned by a
group ("a migrant crisis on the European Union's border") as the line where
the country it is about meets the members (``group_phrases`` reads the words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from . import lexicon
from .model import Article, Item, Mention, Place, Situation
from .roles import RoleContext, assign_role, is_force_noun, is_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer
    from .group_phrases import GroupPhrase

#: Place types drawn as markers when no role claims them.
_DRAWN_OTHER_TYPES = {"city", "admin1", "landmark", "water"}


def situate(article: Article, doc: Doc, mentions: Sequence[Mention], gazetteer: Gazetteer) -> Situation:
    """Assign roles, counts and sides, then gather the items the map draws."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    token_to_mention = _index_tokens(spans)
    context = RoleContext(
        mentions,
        token_to_mention,
        is_capital=lambda m: _is_capital(m, gazetteer),
        qualifies=lambda text, place: _qualifies(text, place, gazetteer),
    )
    assigned: list[Mention] = []
    forces: dict[int, _Force] = {}
    for index, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
        if span is None:
            assigned.append(mention.with_(role="other", role_confidence=0.0))
            continue
        # An unresolved name still takes its role from its words ("an army patrol
        # in the Bekaa Valley"); it is not drawn, having no place.
        evidence = assign_role(span, index, context)
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
    group_items, in_groups = _group_items(article, doc, assigned, context, gazetteer)
    # A name inside a group phrase ("Baltic" in "the Baltic states") is drawn as the group.
    items = [i for i in items if i.kind != "place" or not (i.mentions and set(i.mentions) <= in_groups)]
    items += group_items
    return Situation(
        article=article,
        mentions=tuple(assigned),
        items=tuple(items),
        countries=_countries_involved(assigned, forces),
    )


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
    anchor = place_root
    while anchor.dep_ in ("conj", "compound", "appos") and anchor.head.i != anchor.i:
        anchor = anchor.head  # "the border with Belarus and Ukraine"
    at_border = anchor.dep_ == "pobj" and is_word(anchor.head.head, lexicon.BORDER_NOUNS)
    target_index = token_to_mention.get(place_root.i)
    target = mentions[target_index].place if target_index is not None else None
    border_with = target.country if at_border and target is not None and target.type == "country" else None
    return _Force(count=count, side=side, border_with=border_with if border_with != side else None)


def _force_noun(trigger: Token) -> Token | None:
    """"troops" itself, or the troops a "deployment of troops" deploys."""
    if is_force_noun(trigger):
        return trigger
    for token in trigger.subtree:
        if is_force_noun(token):
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
        if owner.dep_ in ("dobj", "nsubjpass", "nsubj"):
            yield from (c for c in owner.head.children if c.dep_ in ("nsubj", "nsubjpass") and c is not owner)


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


# --- groups and their borders ----------------------------------------------------

#: How sure a group item is when its words name the group, and when "it" or
#: "the alliance" had to be resolved to a group named earlier.
_GROUP_CONFIDENCE = 0.8
_RESOLVED_GROUP_CONFIDENCE = 0.6


def _group_items(
    article: Article, doc: Doc, mentions: Sequence[Mention], context: RoleContext, gazetteer: Gazetteer
) -> tuple[list[Item], set[int]]:
    """Sets of countries and borders owned by a group, one item per label, and
    the mentions that are words of a group phrase."""
    from . import group_phrases, groups, shapes

    as_of = group_phrases.article_day(article.date)
    words = group_phrases.find_groups(doc, mentions, context.token_to_mention, gazetteer, as_of=as_of)
    found: dict[str, Item] = {}
    inside: set[int] = set()
    for phrase in words.phrases:
        outline = shapes.group_outline(phrase.members)
        if outline is None:
            continue
        inside.update(phrase.inside)
        _add_merged(
            found,
            Item(
                id=_item_id(("group", phrase.label)),
                kind="group",
                role=_group_role(doc, phrase, context),
                label=phrase.label,
                geometry=_rounded_geojson(outline),
                mentions=phrase.mentions,
                side=phrase.side,
                confidence=_RESOLVED_GROUP_CONFIDENCE if phrase.resolved else _GROUP_CONFIDENCE,
            ),
        )
    for border in words.borders:
        # A country named with the border is its other side; else the nearest
        # country of the sentence that meets the group at all.
        sides = border.countries or border.nearby
        for iso2, index in sides:
            line = shapes.group_border(iso2, border.members)
            if line is None:
                continue
            label = f"{_country_name(iso2, gazetteer)}–{groups.short_name(border.group)} border"
            _add_merged(
                found,
                Item(
                    id=_item_id(("border", iso2, border.group)),
                    kind="border",
                    role="other",
                    label=label,
                    geometry=_rounded_geojson(line),
                    mentions=tuple(sorted({*border.mentions, index})),
                    side=border.group,
                    confidence=_GROUP_CONFIDENCE if border.countries else _RESOLVED_GROUP_CONFIDENCE,
                ),
            )
            if not border.countries:
                break
    return list(found.values()), inside


def _group_role(doc: Doc, phrase: GroupPhrase, context: RoleContext) -> str:
    """The role the phrase's noun takes by the same rules as a place: "NATO members
    agreed" is an actor, "troops ... to NATO's eastern flank" a troop position."""
    head = doc[phrase.head : phrase.head + 1]
    stand_in = Mention(
        text=head.text,
        start=head.start_char,
        end=head.end_char,
        place=Place(name=phrase.side, country=None, lat=0.0, lon=0.0, type="group"),
        source="group",
    )
    extended = RoleContext(
        [*context.mentions, stand_in], context.token_to_mention, context.is_capital, context.qualifies
    )
    return assign_role(head, len(context.mentions), extended).role


def _add_merged(found: dict[str, Item], item: Item) -> None:
    """Add an item, or merge its mentions into the one with the same id."""
    known = found.get(item.id)
    if known is None:
        found[item.id] = item
        return
    found[item.id] = replace(
        known,
        mentions=tuple(sorted({*known.mentions, *item.mentions})),
        confidence=max(known.confidence, item.confidence),
    )


def _countries_involved(mentions: Sequence[Mention], forces: dict[int, _Force]) -> tuple[str, ...]:
    """Countries that act in the story: actor mentions and the sides of forces."""
    codes = {
        m.place.country
        for m in mentions
        if m.place is not None and m.role == "actor" and m.place.country and m.place.type != "group"
    }
    codes.update(f.side for f in forces.values() if f.side)
    return tuple(sorted(codes))


def _is_capital(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention's place is a national capital (GeoNames feature code PPLC)."""
    place = mention.place
    if place is None or place.type != "city" or not place.country:
        return False
    return any(
        record.feature_code == "PPLC" and record.geonameid == place.geonameid
        for record in gazetteer.candidates(place.name, country_codes=[place.country], types=["city"], limit=5)
    )


def _qualifies(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` names a country or state that ``place`` lies in ("Garland, Tex.")."""
    for record in gazetteer.qualifier(text):
        if record.type == "country" and place.type != "country" and record.country == place.country:
            return True
        if record.type == "admin1" and place.type not in ("country", "admin1") and record.admin1 == place.admin1:
            return True
    return False


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
