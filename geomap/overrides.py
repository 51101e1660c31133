"""Analyst overrides: corrections to the machine's reading that survive every rebuild.

An override is one ``[[map.override]]`` table of a maps file (or one
``[[override]]`` table of a ``geomap map --overrides`` file). Each names one
action by its key:

- ``pin = "Georgia"`` with ``country = "GE"`` | ``geonameid = 614540`` |
  ``lat``/``lon`` (and an optional ``label``): every mention of that name is
  resolved to that place, and the items drawn from them move with it;
- ``name = "Georgia"`` with ``role = "actor"`` (any role, or ``"none"``: drawn
  in no role) and/or ``note = "..."`` (shown in the popup);
- ``drop = "Jordan"``: the mentions are a false reading; they go, and so do
  the items only they support;
- ``add = "Donbas"`` with a position, ``role`` and optional ``side``,
  ``troop_count``, ``unit``, ``date``, ``label``: an item the article implies
  but does not name.

``sentence = "..."`` narrows ``pin``, ``name`` and ``drop`` to the mentions
whose sentence contains that text; ``note`` may go with any action (the
analyst's reason, listed with the edit). Names match a mention's words after
the gazetteer's normalisation ("georgia", "GEORGIA" and "Georgia" are one).

:func:`apply_overrides` applies them to a Situation after the pipeline made
it and before rendering, in file order, the same way on every run. What each
did is recorded on the Situation (``edits``) and on every mention and item it
touched (``edited_by = "analyst"``, ``edits``, ``notes``), so the map can show
them apart from the machine's output.

Parsing (:func:`override_from_table`) is cheap and imports no geometry: the
build reads overrides to decide what to rebuild.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import ROLES, AnalystEdit, Item, Mention, Place, Situation

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Who ``edited_by`` names on what an override changed.
ANALYST = "analyst"

#: The role that takes a place out of every role layer.
NO_ROLE = "none"

#: The key that names each action, and the keys that action takes besides.
ACTION_KEYS: dict[str, tuple[str, ...]] = {
    "pin": ("country", "geonameid", "lat", "lon", "label", "sentence", "note"),
    "name": ("role", "note", "sentence"),
    "drop": ("sentence", "note"),
    "add": ("country", "geonameid", "lat", "lon", "role", "side", "troop_count", "unit", "date", "label", "note"),
}

_POSITION_KEYS = ("country", "geonameid", "lat", "lon")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


class OverrideError(InputError):
    """An override that cannot be applied (a name no article mentions, an unknown place)."""


class OverrideFieldError(ValueError):
    """A bad override table; ``key`` is the field at fault (None: the table as a whole)."""

    def __init__(self, key: str | None, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Override:
    """One checked analyst override (see the module docstring for the actions).

    ``action`` is ``pin``, ``role``, ``note``, ``drop`` or ``add`` (a ``name``
    table with a role is ``role``, with only a note ``note``). ``origin``
    ("geomap.toml:14") is where it was written, for messages; it is not part of
    what the override is, so moving it in the file rebuilds nothing.
    """

    action: str
    name: str
    role: str | None = None
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    label: str | None = None
    sentence: str | None = None
    side: str | None = None
    troop_count: int | tuple[int, int] | None = None
    unit: str | None = None
    date: str | None = None
    note: str | None = None
    origin: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        """The override as the manifest records it (and its build key hashes): fields that are set."""
        values = {
            "action": self.action,
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "label": self.label,
            "sentence": self.sentence,
            "side": self.side,
            "troop_count": list(self.troop_count) if isinstance(self.troop_count, tuple) else self.troop_count,
            "unit": self.unit,
            "date": self.date,
            "note": self.note,
        }
        return {key: value for key, value in values.items() if value is not None}

    @property
    def targets_mentions(self) -> bool:
        """Whether it acts on mentions the articles must contain (all but ``add``)."""
        return self.action != "add"


# --- reading -------------------------------------------------------------------


def override_from_table(table: Mapping[str, Any], origin: str = "") -> Override:
    """Check one override table and return it; OverrideFieldError names the bad key."""
    actions = [key for key in ACTION_KEYS if key in table]
    if len(actions) != 1:
        wanted = ", ".join(ACTION_KEYS)
        if not actions:
            raise OverrideFieldError(None, f"an override needs one of {wanted}")
        raise OverrideFieldError(
            actions[1], f"an override takes one of {wanted}, not both {actions[0]!r} and {actions[1]!r}"
        )
    action = actions[0]
    allowed = ACTION_KEYS[action]
    for key in table:
        if key != action and key not in allowed:
            raise OverrideFieldError(
                key, f"{action} override: unknown key {key!r} (known: {', '.join((action, *allowed))})"
            )
    name = _text(table, action)
    values: dict[str, Any] = {key: _FIELDS[key](table, key) for key in allowed if key in table}
    if action in ("pin", "add"):
        _check_position(table, action)
    if action == "add" and "role" not in values:
        raise OverrideFieldError(None, f"add override {name!r}: needs a role ({', '.join(ROLES)})")
    if action == "add" and values.get("role") == NO_ROLE:
        raise OverrideFieldError("role", f"add override {name!r}: an added item needs a role, not {NO_ROLE!r}")
    if action == "pin" and "label" in values and "lat" not in values:
        raise OverrideFieldError(
            "label", "pin override: 'label' names a lat/lon position; a gazetteer place has its name"
        )
    if action == "name":
        if "role" not in values and "note" not in values:
            raise OverrideFieldError(None, f"name override {name!r}: give a role, a note or both")
        action = "role" if "role" in values else "note"
    return Override(action=action, name=name, origin=origin, **values)


def _check_position(table: Mapping[str, Any], action: str) -> None:
    given = [key for key in _POSITION_KEYS if key in table]
    if ("lat" in table) != ("lon" in table):
        raise OverrideFieldError(given[0], f"{action} override: 'lat' and 'lon' go together")
    kinds = {"lat" if key == "lon" else key for key in given}
    if len(kinds) != 1:
        shown = "none" if not kinds else " and ".join(sorted(kinds))
        raise OverrideFieldError(
            given[-1] if given else None,
            f"{action} override: give one position (country, geonameid, or lat and lon), not {shown}",
        )


def _text(table: Mapping[str, Any], key: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise OverrideFieldError(key, f"{key!r} must be non-empty text")
    return " ".join(value.split())


def _role(table: Mapping[str, Any], key: str) -> str:
    value = _text(table, key)
    if value not in (*ROLES, NO_ROLE):
        raise OverrideFieldError(key, f"'role' must be one of {', '.join((*ROLES, NO_ROLE))}, not {value!r}")
    return value


def _country(table: Mapping[str, Any], key: str) -> str:
    value = _text(table, key)
    if not _COUNTRY_CODE.fullmatch(value.upper()):
        raise OverrideFieldError(key, f"'country' must be an ISO 3166-1 alpha-2 code such as 'GE', not {value!r}")
    return value.upper()


def _geonameid(table: Mapping[str, Any], key: str) -> int:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise OverrideFieldError(key, f"'geonameid' must be a positive whole number, not {value!r}")
    return value


def _coordinate(table: Mapping[str, Any], key: str) -> float:
    value = table[key]
    limit = 90 if key == "lat" else 180
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
        raise OverrideFieldError(key, f"{key!r} must be a number from {-limit} to {limit}, not {value!r}")
    return float(value)


def _troop_count(table: Mapping[str, Any], key: str) -> int | tuple[int, int]:
    value = table[key]
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
        and value[0] <= value[1]
    ):
        return (value[0], value[1])
    raise OverrideFieldError(key, f"'troop_count' must be a positive number or [low, high], not {value!r}")


def _date(table: Mapping[str, Any], key: str) -> str:
    value = table[key]
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        return value.strip()
    raise OverrideFieldError(key, f"'date' must be a date like 2022-01-10 (or a period a/b), not {value!r}")


def _side(table: Mapping[str, Any], key: str) -> str:
    return _text(table, key).upper()


_FIELDS = {
    "role": _role,
    "country": _country,
    "geonameid": _geonameid,
    "lat": _coordinate,
    "lon": _coordinate,
    "label": _text,
    "sentence": _text,
    "side": _side,
    "troop_count": _troop_count,
    "unit": _text,
    "date": _date,
    "note": _text,
}


# --- applying ------------------------------------------------------------------


def apply_to_map(
    situations: Sequence[Situation], overrides: Sequence[Override], gazetteer: Gazetteer
) -> list[Situation]:
    """Apply ``overrides`` to the Situations of one map.

    An override about a name no article of the map mentions is an error
    (OverrideError naming where it was written): a silent no-op would let a
    typo or a changed article throw the analyst's correction away unseen.
    An added item goes on the first article's Situation only (it is one thing).
    """
    situations = list(situations)
    for override in overrides:
        if override.targets_mentions and not any(_matching(s, override) for s in situations):
            mentioned = sorted({m.text for s in situations for m in s.mentions}, key=str.casefold)
            shown = ", ".join(mentioned[:12]) + (", ..." if len(mentioned) > 12 else "")
            narrowed = f" in a sentence with {override.sentence!r}" if override.sentence else ""
            where = f"{override.origin}: " if override.origin else ""
            raise OverrideError(
                f"{where}{_verb(override)} {override.name!r}: no article of this map mentions "
                f"{override.name!r}{narrowed} (mentioned: {shown or 'nothing'})"
            )
    if not overrides:
        return situations
    about_mentions = [o for o in overrides if o.targets_mentions]
    return [
        apply_overrides(s, overrides if index == 0 else about_mentions, gazetteer) for index, s in enumerate(situations)
    ]


def apply_overrides(situation: Situation, overrides: Iterable[Override], gazetteer: Gazetteer) -> Situation:
    """``situation`` with ``overrides`` applied in order; one that matches nothing here is skipped."""
    for override in overrides:
        apply = _ACTIONS[override.action]
        changed, edit = apply(situation, override, gazetteer)
        if edit is not None:
            situation = replace(changed, edits=(*changed.edits, edit))
    return situation


def _verb(override: Override) -> str:
    return {"pin": "pin", "role": "role for", "note": "note on", "drop": "drop", "add": "add"}[override.action]


def _matching(situation: Situation, override: Override) -> list[int]:
    """Indices of the mentions ``override`` is about: same name, and sentence when narrowed."""
    from .gazetteer import normalize

    wanted = normalize(override.name)
    found = []
    for index, mention in enumerate(situation.mentions):
        if normalize(mention.text) != wanted:
            continue
        if override.sentence:
            start, end = mention.sentence
            words = " ".join(situation.article.text[start:end].split()).casefold()
            if override.sentence.casefold() not in words:
                continue
        found.append(index)
    return found


Applied = tuple[Situation, AnalystEdit | None]


def _pin(situation: Situation, override: Override, gazetteer: Gazetteer) -> Applied:
    """Resolve the named mentions to the analyst's place; their items move with it."""
    from .situation import place_geometry

    matched = _matching(situation, override)
    if not matched:
        return situation, None
    place = _target_place(override, gazetteer)
    change = f"{override.name!r} pinned to {_place_words(place)}"
    mentions = list(situation.mentions)
    old_places = {}
    for index in matched:
        mention = mentions[index]
        old_places[index] = mention.place
        rejected = tuple(p for p in (mention.place, *mention.alternatives) if p is not None and p != place)
        mentions[index] = _edited(mention, change, override.note).with_(
            place=place, confidence=1.0, alternatives=rejected
        )
    items = []
    covered: set[int] = set()
    for item in situation.items:
        touched = [i for i in item.mentions if i in old_places]
        if not touched:
            items.append(item)
            continue
        covered.update(touched)
        old = old_places[touched[0]]
        if item.kind == "place":
            label = place.name if old is None or item.label == old.name else item.label
            item = replace(item, geometry=place_geometry(place, item.role), label=label)
        elif item.kind == "movement" and old is not None:
            item = replace(
                item,
                geometry=_moved_ends(item.geometry, old, place),
                label=item.label.replace(old.name, place.name),
            )
        elif item.kind == "area" and old is not None:
            item = replace(item, geometry=_translated(item.geometry, place.lon - old.lon, place.lat - old.lat))
        items.append(_edited(replace(item, confidence=1.0), change, override.note))
    # A name the machine could not resolve, in a role that is drawn, is drawn now.
    for index in matched:
        if index not in covered and mentions[index].role not in ("other", "actor") and not mentions[index].metonym:
            items = _placed(items, mentions, [index], mentions[index].role, change, override.note)
    edited = replace(situation, mentions=tuple(mentions), items=tuple(items))
    edited = replace(edited, countries=_countries(edited, situation, [old_places[i] for i in matched]))
    return edited, AnalystEdit("pin", override.name, change, override.note)


def _set_role(situation: Situation, override: Override, gazetteer: Gazetteer) -> Applied:
    """Put the named mentions in the analyst's role (or none): their items change layer."""
    matched = _matching(situation, override)
    if not matched:
        return situation, None
    role = override.role or "other"
    if role == NO_ROLE:
        change = f"{override.name!r} taken out of its role (not drawn in one)"
        mention_role = "other"
    else:
        change = f"{override.name!r} set to role {role.replace('_', ' ')}"
        mention_role = role
    mentions = list(situation.mentions)
    for index in matched:
        mentions[index] = _edited(mentions[index], change, override.note).with_(
            role=mention_role, role_confidence=1.0, metonym=False
        )
    chosen = set(matched)
    items: list[Item] = []
    sources: dict[int, Item] = {}
    stayed: set[int] = set()  # already drawn in that role (a border, an area): kept as drawn
    for item in situation.items:
        taken = [i for i in item.mentions if i in chosen]
        if not taken or item.kind in ("movement", "group"):
            items.append(item)
            continue
        if item.role == mention_role:
            stayed.update(taken)
            items.append(_edited(item, change, override.note))
            continue
        for index in taken:
            sources.setdefault(index, item)
        kept = tuple(i for i in item.mentions if i not in chosen)
        if kept:
            items.append(_edited(replace(item, mentions=kept), change, override.note))
    if mention_role not in ("other", "actor"):
        resolved = [i for i in matched if mentions[i].place is not None and i not in stayed]
        items = _placed(items, mentions, resolved, mention_role, change, override.note, sources)
    edited = replace(situation, mentions=tuple(mentions), items=tuple(items))
    edited = replace(edited, countries=_countries(edited, situation, [situation.mentions[i].place for i in matched]))
    return edited, AnalystEdit("role", override.name, change, override.note)


def _add_note(situation: Situation, override: Override, gazetteer: Gazetteer) -> Applied:
    """Attach the analyst's note to the named mentions and the items drawn from them."""
    matched = set(_matching(situation, override))
    if not matched:
        return situation, None
    change = f"note on {override.name!r}"
    mentions = tuple(_edited(m, None, override.note) if i in matched else m for i, m in enumerate(situation.mentions))
    items = tuple(
        _edited(item, None, override.note) if matched & set(item.mentions) else item for item in situation.items
    )
    return replace(situation, mentions=mentions, items=items), AnalystEdit("note", override.name, change, override.note)


def _drop(situation: Situation, override: Override, gazetteer: Gazetteer) -> Applied:
    """Remove the named mentions, and the items that only they support (a move loses a leg's end)."""
    matched = set(_matching(situation, override))
    if not matched:
        return situation, None
    narrowed = f" in the sentence with {override.sentence!r}" if override.sentence else ""
    change = f"{override.name!r}{narrowed} dropped as a false mention"
    renumbered = {}
    kept: list[Mention] = []
    for index, mention in enumerate(situation.mentions):
        if index not in matched:
            renumbered[index] = len(kept)
            kept.append(mention)
    items = []
    for item in situation.items:
        if not item.mentions:
            items.append(item)
            continue
        lost = matched & set(item.mentions)
        remaining = tuple(renumbered[i] for i in item.mentions if i in renumbered)
        if not remaining or (lost and item.kind == "movement"):
            continue
        item = replace(item, mentions=remaining)
        items.append(_edited(item, change, override.note) if lost else item)
    edited = replace(situation, mentions=tuple(kept), items=tuple(items))
    edited = replace(edited, countries=_countries(edited, situation, [situation.mentions[i].place for i in matched]))
    return edited, AnalystEdit("drop", override.name, change, override.note)


def _add(situation: Situation, override: Override, gazetteer: Gazetteer) -> Applied:
    """Draw an item the article implies but does not name, from the analyst's words alone."""
    from .situation import item_id, place_geometry

    role = override.role or "other"
    place = _target_place(override, gazetteer, default_name=override.name)
    change = f"{override.label or override.name!r} added as {role.replace('_', ' ')} at {_position_words(place)}"
    item = Item(
        id=item_id((ANALYST, role, override.name, override.side)),
        kind="place",
        role=role,
        label=override.label or override.name,
        geometry=place_geometry(place, role),
        mentions=(),
        side=override.side,
        troop_count=override.troop_count,
        unit=override.unit or ("troops" if override.troop_count else None),
        date=override.date,
        confidence=1.0,
    )
    item = _edited(item, "added by the analyst (the article does not name it)", override.note)
    return replace(situation, items=(*situation.items, item)), AnalystEdit("add", override.name, change, override.note)


_ACTIONS = {"pin": _pin, "role": _set_role, "note": _add_note, "drop": _drop, "add": _add}


# --- helpers -------------------------------------------------------------------


def _edited(thing: Any, change: str | None, note: str | None) -> Any:
    """A mention or item marked as the analyst's, with the change and note added once each."""
    edits = thing.edits if change is None or change in thing.edits else (*thing.edits, change)
    notes = thing.notes if note is None or note in thing.notes else (*thing.notes, note)
    return replace(thing, edited_by=ANALYST, edits=edits, notes=notes)


def _placed(
    items: list[Item],
    mentions: Sequence[Mention],
    indices: Sequence[int],
    role: str,
    change: str,
    note: str | None,
    sources: Mapping[int, Item] | None = None,
) -> list[Item]:
    """``items`` with the mentions at ``indices`` drawn as places in ``role``: joined to the item
    already drawing that place in that role, else one new item per place."""
    from .situation import item_id, place_geometry

    items = list(items)
    for index in indices:
        place = mentions[index].place
        if place is None:
            continue
        home = next(
            (
                n
                for n, item in enumerate(items)
                if item.kind == "place"
                and item.role == role
                and any(mentions[i].place == place for i in item.mentions if i < len(mentions))
            ),
            None,
        )
        if home is not None:
            item = items[home]
            if index not in item.mentions:
                item = replace(item, mentions=tuple(sorted((*item.mentions, index))))
            items[home] = _edited(item, change, note)
            continue
        source = (sources or {}).get(index)
        force = source is not None and role == "troop_position" and source.role == "troop_position"
        item = Item(
            id=item_id((role, place.name, place.country)),
            kind="place",
            role=role,
            label=place.name,
            geometry=place_geometry(place, role),
            mentions=(index,),
            side=source.side if force and source else None,
            troop_count=source.troop_count if force and source else None,
            unit=source.unit if force and source else None,
            date=source.date if source else None,
            attribution=source.attribution if source else (),
            confidence=1.0,
        )
        items.append(_edited(item, change, note))
    return items


def _target_place(override: Override, gazetteer: Gazetteer, default_name: str | None = None) -> Place:
    """The place an override gives: a country, a GeoNames record or a point."""
    where = f"{override.origin}: " if override.origin else ""
    if override.country is not None:
        record = gazetteer.country(override.country)
        if record is None:
            raise OverrideError(
                f"{where}{_verb(override)} {override.name!r}: no country {override.country!r} in the gazetteer"
            )
        return record.to_place()
    if override.geonameid is not None:
        record = gazetteer.by_geonameid(override.geonameid)
        if record is None:
            raise OverrideError(
                f"{where}{_verb(override)} {override.name!r}: "
                f"no place with geonameid {override.geonameid} in the gazetteer"
            )
        return record.to_place()
    assert override.lat is not None and override.lon is not None  # checked when read
    return Place(
        name=override.label or default_name or override.name,
        country=None,
        lat=override.lat,
        lon=override.lon,
        type="landmark",
    )


def _is_point(place: Place) -> bool:
    """Whether the place is a bare lat/lon the analyst gave, not a gazetteer record."""
    return place.geonameid is None and place.country is None and place.type == "landmark"


def _position_words(place: Place) -> str:
    """Where a place is, in words: "48.0000, 38.0000" for a bare point, else the place."""
    return f"{place.lat:.4f}, {place.lon:.4f}" if _is_point(place) else _place_words(place)


def _place_words(place: Place) -> str:
    """A place in words ("Georgia (GE, country)"), or a bare point as its name and position."""
    if _is_point(place):
        return f"{place.name} ({place.lat:.4f}, {place.lon:.4f})"
    details = ", ".join(part for part in (place.country, place.type) if part)
    return f"{place.name} ({details})"


def _moved_ends(geometry: dict[str, Any], old: Place, new: Place) -> dict[str, Any]:
    """A move's line with every end at the old place's point now at the new one."""
    here = [round(old.lon, 5), round(old.lat, 5)]
    there = [round(new.lon, 5), round(new.lat, 5)]
    coordinates = [there if list(point) == here else point for point in geometry.get("coordinates", [])]
    return {**geometry, "coordinates": coordinates}


def _translated(geometry: dict[str, Any], dx: float, dy: float) -> dict[str, Any]:
    """An area described from a place ("40 km north of X"), shifted as the place was."""

    def moved(value: Any) -> Any:
        if isinstance(value, (list, tuple)) and value and isinstance(value[0], (int, float)):
            return [round(value[0] + dx, 4), round(value[1] + dy, 4), *value[2:]]
        if isinstance(value, (list, tuple)):
            return [moved(v) for v in value]
        return value

    return {**geometry, "coordinates": moved(geometry.get("coordinates", []))}


def _countries(edited: Situation, before: Situation, withdrawn: Iterable[Place | None]) -> tuple[str, ...]:
    """Countries involved after an edit: those the edit took a mention from stay only while
    an actor mention or a force still names them; actor mentions' countries are added."""
    actors = {
        m.place.country
        for m in edited.mentions
        if m.place is not None and m.role == "actor" and m.place.country and m.place.type != "group"
    }
    supported = actors | {item.side for item in edited.items if item.side}
    affected = {p.country for p in withdrawn if p is not None and p.country}
    kept = {c for c in before.countries if c not in affected or c in supported}
    return tuple(sorted(kept | actors))
