"""What each place is in the story: roles, forces, metonyms, and the items to draw.

Roles come from the dependency parse, not a keyword window (the rules are in
``roles``): a place gets a role from the words about itself ("talks ... at the
US mission in Geneva", "troops are gathered within reach of the border with
Ukraine", "Russia seized the Crimea peninsula", "Moscow denies").  Whatever no
rule claims falls back to ``actor`` for countries and groups that are not merely
where something is, and ``other`` for the rest.

A force's size, unit and side are read by ``forces``.  Geometry enters here:
a force "near the border with Ukraine" whose side is Russia is drawn on the
shared Russia–Ukraine border from the country shapes.
Sets of countries ("Central and Eastern European countries that joined it
after 1997") are drawn as the area of their members, and a border owned by a
group ("a migrant crisis on the European Union's border") as the line where
the country it is about meets the members (``group_phrases`` reads the words).
A region held or disputed is drawn as its outline (Crimea as Crimea); a place
described from a named one ("40 km north of Kharkiv", "eastern Ukraine") where
the words put it (``offsets``); a move as numbered legs from place to place
(``movements``).  Each item then carries who says so (``attribution``) and
when (``dates``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .attribution import attributed_spans
from .containers import Container, container_of
from .dates import TimeValue, item_date, mention_dates
from .forces import ForceDescription, describe_force, strongest
from .geojson import rounded_geometry
from .model import Article, Item, Mention, Place, Situation
from .movements import Movement, find_movements
from .offsets import find_offset, offset_geometry
from .roles import RoleContext, assign_role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer
    from .group_phrases import GroupPhrase

#: Place types drawn as markers when no role claims them.
_DRAWN_OTHER_TYPES = {"city", "admin1", "landmark", "water"}

#: Roles whose admin-1 region is drawn as its outline, not a point.
_AREA_ROLES = {"disputed_territory", "troop_position"}

#: Roles whose place, when the gazetteer lacks it, is drawn at the known place
#: the words put it in ("the village of Qarsh in Idlib").
_PLACED_BY_CONTAINER = {"disputed_territory", "troop_position", "meeting_venue"}

#: The share of its container's confidence a place drawn there keeps.
_APPROXIMATE_SHARE = 0.5

#: Simplification of a drawn region outline, in degrees (~1 km): enough for a
#: briefing map, and it keeps the file small.
_AREA_SIMPLIFY = 0.01


def situate(article: Article, doc: Doc, mentions: Sequence[Mention], gazetteer: Gazetteer) -> Situation:
    """Assign roles, counts and sides, then gather the items the map draws:
    places in their roles, borders, groups and moves, each with its sources'
    attribution and date."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    token_to_mention = _index_tokens(spans)
    context = RoleContext(
        mentions,
        token_to_mention,
        is_capital=lambda m: _is_capital(m, gazetteer),
        qualifies=lambda text, place: _qualifies(text, place, gazetteer),
        is_demonym=lambda word: gazetteer.demonym(word) is not None,
    )
    assigned: list[Mention] = []
    forces: dict[int, ForceDescription] = {}
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
            force = describe_force(evidence.trigger, span.root, context)
            forces[index] = force
            updated = updated.with_(troop_count=force.figure)
        assigned.append(updated)
    items = _items(article.text, assigned, forces, _containers(assigned, spans, token_to_mention), gazetteer)
    group_items, in_groups = _group_items(article, doc, assigned, context, gazetteer)
    # A name inside a group phrase ("Baltic" in "the Baltic states") is drawn as the group.
    items = [i for i in items if i.kind != "place" or not (i.mentions and set(i.mentions) <= in_groups)]
    items += group_items
    movements = find_movements(doc, assigned, token_to_mention)
    items = _in_sequence(items, movements, assigned) + _movement_items(movements, assigned, forces)
    items = _attributed(items, assigned, attributed_spans(doc, assigned, token_to_mention))
    items = _dated(items, mention_dates(article, doc, assigned))
    return Situation(
        article=article,
        mentions=tuple(assigned),
        items=tuple(items),
        countries=_countries_involved(assigned, forces),
    )


# --- items -------------------------------------------------------------------


def _containers(
    mentions: Sequence[Mention], spans: Sequence[Span | None], token_to_mention: dict[int, int]
) -> dict[int, Container]:
    """For each place in a role that the gazetteer lacks, the known place the words put it in."""
    found: dict[int, Container] = {}
    for index, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
        if mention.place is None and mention.role in _PLACED_BY_CONTAINER and span is not None:
            container = container_of(span, token_to_mention, mentions)
            if container is not None:
                found[index] = container
    return found


@dataclass(frozen=True)
class _Look:
    """How an item is drawn, as the first of its mentions decides."""

    geometry: dict[str, Any]
    label: str
    kind: str = "place"
    uncertainty_km: float | None = None
    side: str | None = None
    sides: tuple[str, ...] = ()


def _items(
    text: str,
    mentions: Sequence[Mention],
    forces: dict[int, ForceDescription],
    containers: dict[int, Container],
    gazetteer: Gazetteer,
) -> list[Item]:
    """One item per (role, place, side): repeated mentions of Geneva are one venue.

    A place the article locates relative to a named one ("40 km north of
    Kharkiv", "eastern Ukraine") is its own item, drawn where the words put it;
    so is one the gazetteer lacks that the words put in a known place ("the
    village of Qarsh in Idlib"), at that place with its uncertainty.
    """
    grouped: dict[tuple[Any, ...], list[int]] = {}
    looks: dict[tuple[Any, ...], _Look] = {}
    for index, mention in enumerate(mentions):
        container = containers.get(index)
        if mention.place is None and container is not None:
            drawn = _approximate_look(mention, container, forces.get(index), mentions)
        else:
            drawn = _placed_look(text, index, mentions, forces.get(index), gazetteer)
        if drawn is None:
            continue
        key, look = drawn
        grouped.setdefault(key, []).append(index)
        looks.setdefault(key, look)
    items = []
    for key, indices in grouped.items():
        look = looks[key]
        strength = strongest(forces.get(i) for i in indices)
        items.append(
            Item(
                id=item_id(key),
                kind=look.kind,
                uncertainty_km=look.uncertainty_km,
                role=key[0],
                label=look.label,
                geometry=look.geometry,
                mentions=tuple(indices),
                side=look.side,
                sides=look.sides,
                troop_count=strength.count,
                unit=strength.unit,
                confidence=max(_confidence(mentions, containers, i) for i in indices),
            )
        )
    return items


def _approximate_look(
    mention: Mention, container: Container, force: ForceDescription | None, mentions: Sequence[Mention]
) -> tuple[tuple[Any, ...], _Look]:
    """A place the gazetteer lacks, at the known place the words put it in."""
    key = (mention.role, mention.text.casefold(), container.relation, container.place.name)
    return key, _Look(
        geometry={"type": "Point", "coordinates": _lon_lat(container.place)},
        # in the article's spelling of both: "Qarsh (in Idlib)"
        label=f"{mention.text} ({container.relation} {mentions[container.index].text})",
        uncertainty_km=container.uncertainty_km,
        side=force.side if force is not None else None,
        sides=force.sides if force is not None else (),
    )


#: A common noun right after a name: "the Kuznica crossing", "the Donetsk region" (not
#: "the Donbas on Friday", "the Donbas and Crimea").
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|of|to|for|with|by|from|and|or|as|is|was|were|are|that|which|who|"
                         r"where|when|since|after|before|near|said|says|but|if|while)\b)[a-z]+\b")


def _phrase_label(phrase: str, name: str, after: str) -> str:
    """The words that place a thing, as a label: "40 km north of Kharkiv". An article that
    belongs to a noun after the name ("near the Kuznica crossing") is dropped: "Near
    Kuznica"; "near the Gaza Strip" keeps it."""
    if phrase.endswith(f" the {name}") and _NOUN_AFTER.match(after):
        phrase = phrase[: -len(f" the {name}")] + f" {name}"
    return phrase[0].upper() + phrase[1:]


def _placed_look(
    text: str, index: int, mentions: Sequence[Mention], force: ForceDescription | None, gazetteer: Gazetteer
) -> tuple[tuple[Any, ...], _Look] | None:
    """A resolved place in its role: its point or outline, where the words put it
    ("40 km north of Kharkiv"), or the border a force stands at; None if not drawn."""
    from . import shapes

    mention = mentions[index]
    place = mention.place
    if place is None or mention.metonym:
        return None
    if mention.role == "actor" or (mention.role == "other" and place.type not in _DRAWN_OTHER_TYPES):
        return None
    if mention.role == "other" and any(m.place == place and m.role not in ("other", "actor") for m in mentions):
        return None  # already drawn in its role: a dateline "GENEVA" adds no second Geneva
    key: tuple[Any, ...] = (mention.role, place.name, place.country)
    point = place_geometry(place, mention.role)
    label = place.name
    kind = "place"
    radius = None
    offset = find_offset(text, mention.start, mention.end)
    drawn = offset_geometry(offset, place, _outline(place)) if offset is not None else None
    if offset is not None and drawn is not None:
        key = (*key, offset.phrase.lower())
        point = _rounded_geojson(drawn.geometry.simplify(_AREA_SIMPLIFY, preserve_topology=True))
        label = _phrase_label(offset.phrase, mention.text, text[mention.end :])
        kind = "area"
        radius = drawn.uncertainty_km
    if force is None:
        return key, _Look(point, label, kind, radius)
    side = force.side
    key = (*key, side, force.border_with)
    border = shapes.shared_border(side, force.border_with) if side and force.border_with else None
    if border is not None:
        point = _rounded_geojson(border)
        kind = "border"
        label = f"{_country_name(side, gazetteer)}–{_country_name(force.border_with, gazetteer)} border"
    return key, _Look(point, label, kind, radius, side, force.sides)


def _confidence(mentions: Sequence[Mention], containers: dict[int, Container], index: int) -> float:
    """How sure geomap is of a mention's item: of its place and its role; for a
    place drawn at its container, of the container, halved (where inside it is unknown)."""
    mention = mentions[index]
    container = containers.get(index)
    if mention.place is None and container is not None:
        return _APPROXIMATE_SHARE * mentions[container.index].confidence * mention.role_confidence
    return mention.confidence * mention.role_confidence


def place_geometry(place: Place, role: str) -> dict[str, Any]:
    """A point, or for a region held, fought over or disputed its outline:
    Crimea is drawn as Crimea, not as a dot in it."""
    from . import shapes

    if place.type == "admin1" and place.admin1 and role in _AREA_ROLES:
        outline = shapes.admin1_shape(place.admin1)
        if outline is not None:
            return _rounded_geojson(outline.simplify(_AREA_SIMPLIFY, preserve_topology=True))
    return {"type": "Point", "coordinates": _lon_lat(place)}


def _lon_lat(place: Place) -> list[float]:
    """A place's GeoJSON position, to about a metre."""
    return [round(place.lon, 5), round(place.lat, 5)]


def _outline(place: Place) -> Any:
    """The outline of a country or admin-1 region, or None for other places."""
    from . import shapes

    if place.type == "country" and place.country:
        return shapes.country_shape(place.country)
    if place.type == "admin1" and place.admin1:
        return shapes.admin1_shape(place.admin1)
    return None


# --- movements -----------------------------------------------------------------


def _in_sequence(items: list[Item], movements: Sequence[Movement], mentions: Sequence[Mention]) -> list[Item]:
    """Number the venues of talks that move ("will move to meetings in Brussels
    and Vienna"): the first venue 0, then each destination in reading order."""
    order: dict[tuple[str, str | None], int] = {}
    for movement in movements:
        if movement.role != "meeting_venue":
            continue
        for index in movement.stops:
            place = mentions[index].place
            if place is not None:
                order.setdefault((place.name, place.country), len(order))
    if not order:
        return list(items)
    sequenced = []
    for item in items:
        places = {(mentions[i].place.name, mentions[i].place.country) for i in item.mentions if mentions[i].place}
        steps = [order[p] for p in places if p in order]
        if item.role == "meeting_venue" and steps:
            item = replace(item, sequence=min(steps))
        sequenced.append(item)
    return sequenced


def _movement_items(
    movements: Sequence[Movement], mentions: Sequence[Mention], forces: dict[int, ForceDescription]
) -> list[Item]:
    """One arrow per leg of each move: origin to first destination, then on
    from each destination to the next, numbered in that order."""
    items: list[Item] = []
    seen: set[tuple[Any, ...]] = set()
    for movement in movements:
        side = next((forces[i].side for i in movement.stops if i in forces and forces[i].side), None)
        stops = movement.stops
        for step, (start, end) in enumerate(zip(stops, stops[1:], strict=False)):
            here, there = mentions[start].place, mentions[end].place
            if here is None or there is None:
                continue
            key = ("movement", movement.role, here.name, there.name, side)
            if key in seen:
                continue
            seen.add(key)
            items.append(
                Item(
                    id=item_id(key),
                    kind="movement",
                    role=movement.role,
                    label=f"{here.name} → {there.name}",
                    geometry={
                        "type": "LineString",
                        "coordinates": [_lon_lat(here), _lon_lat(there)],
                    },
                    mentions=(start, end),
                    side=side,
                    sequence=step,
                    confidence=min(mentions[start].confidence, mentions[end].confidence),
                )
            )
    return items


def _attributed(
    items: list[Item], mentions: Sequence[Mention], spans: dict[tuple[int, int], tuple[str, ...]]
) -> list[Item]:
    """Give each item the actors its sentences' claims are attributed to."""
    if not spans:
        return items
    result = []
    for item in items:
        sides: list[str] = []
        for index in item.mentions:
            mention = mentions[index]
            for (start, end), claimed in spans.items():
                if start <= mention.start < end:
                    sides.extend(side for side in claimed if side not in sides)
        result.append(replace(item, attribution=tuple(sides)) if sides else item)
    return result


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
                id=item_id(("group", phrase.label)),
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
                    id=item_id(("border", iso2, border.group)),
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
        [*context.mentions, stand_in], context.token_to_mention, context.is_capital, context.qualifies,
        context.is_demonym,
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


def _dated(items: Sequence[Item], dates: Sequence[TimeValue | None]) -> list[Item]:
    """Each item dated by its mentions (``dates.item_date``); an item already dated keeps its date."""
    return [item if item.date else replace(item, date=item_date(dates[i] for i in item.mentions)) for item in items]


def _countries_involved(mentions: Sequence[Mention], forces: dict[int, ForceDescription]) -> tuple[str, ...]:
    """Countries that act in the story: actor mentions and the sides of forces."""
    codes = {
        m.place.country
        for m in mentions
        if m.place is not None and m.role == "actor" and m.place.country and m.place.type != "group"
    }
    codes.update(f.side_country for f in forces.values() if f.side_country)
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


def item_id(key: tuple[Any, ...]) -> str:
    """An item's id from what makes it one item (role, place, side...): stable across runs."""
    words = "-".join(str(part) for part in key if part)
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")


def _country_name(iso2: str | None, gazetteer: Gazetteer) -> str:
    record = gazetteer.country(iso2) if iso2 else None
    return record.name if record is not None else (iso2 or "")


#: Decimals kept in drawn coordinates (~10 m): finer than any drawn outline needs.
_DRAWN_DECIMALS = 4


def _rounded_geojson(geometry: Any) -> dict[str, Any]:
    from shapely.geometry import mapping

    return rounded_geometry(mapping(geometry), decimals=_DRAWN_DECIMALS)
