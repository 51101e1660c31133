"""The frozen dataclasses every stage speaks, and their JSON form.

This is the bottom floor of the package: it imports nothing of ours, so every
stage (extract, resolve, situate, render) and every front end can depend on it.
The JSON that ``geomap extract --json`` prints is ``Situation.to_json()``; there
is no second model.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

#: What a mention's words are: a place name, or an adjective/noun for its people.
MENTION_KINDS = ("toponym", "demonym")

#: What a place is in the story (DESIGN.md §2).
ROLES = ("meeting_venue", "troop_position", "disputed_territory", "actor", "other")

#: What kind of place a resolved mention points at.
PLACE_TYPES = ("country", "admin1", "city", "region", "water", "landmark", "group")

#: What an item draws: a place in its role, a stretch of border, a set of
#: countries, a move from one place to the next, or an area described in words
#: ("40 km north of Kharkiv", "eastern Ukraine").
ITEM_KINDS = ("place", "border", "group", "movement", "area")

#: A reported strength: one figure, or a ``(low, high)`` range ("tens of thousands").
TroopCount = int | tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One news article as read from disk or a JSONL line.

    ``text`` is the exact text that every offset in the pipeline points into.
    ``date`` is ISO ``YYYY-MM-DD`` from metadata, ``--date`` or the dateline;
    ``XXXX-MM-DD`` when a dateline gives no year ("Jan 10 (Reuters) -").
    """

    text: str
    id: str = ""
    source: str = ""
    title: str = ""
    date: str | None = None
    url: str | None = None


#: Which geocoder found a place: the offline gazetteer, or an online service
#: the user opted into (``geomap.geocoders.GEOCODERS``).
OFFLINE_GEOCODER = "offline"


@dataclass(frozen=True)
class Place:
    """A real place a mention was resolved to.

    ``geocoder`` says where it came from: ``"offline"`` for a gazetteer record
    (with a GeoNames id when it has one), else the online service's name
    ("nominatim", "photon", "arcgis"), whose places carry no GeoNames id.
    """

    name: str
    country: str | None
    lat: float
    lon: float
    type: str
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None
    geocoder: str = OFFLINE_GEOCODER

    @property
    def online(self) -> bool:
        """True when an online service, not the offline gazetteer, found it."""
        return self.geocoder != OFFLINE_GEOCODER

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": round(self.lat, 5),
            "lon": round(self.lon, 5),
            "type": self.type,
            "geonameid": self.geonameid,
            "population": self.population,
            "admin1": self.admin1,
            "geocoder": self.geocoder,
        }


@dataclass(frozen=True)
class Mention:
    """A span of the article that names a place (or its people).

    ``start``/``end`` are character offsets into ``Article.text`` and
    ``text == article.text[start:end]`` always holds.  ``sentence`` is the
    ``(start, end)`` of the sentence it sits in; ``trigger`` is the span of
    the word that decided the role, when a rule fired.
    """

    text: str
    start: int
    end: int
    kind: str = "toponym"
    sentence: tuple[int, int] = (0, 0)
    place: Place | None = None
    confidence: float = 0.0
    metonym: bool = False
    role: str = "other"
    role_confidence: float = 0.0
    troop_count: int | None = None
    trigger: tuple[int, int] | None = None
    source: str = "ner"
    alternatives: tuple[Place, ...] = ()
    #: ``"analyst"`` when an analyst override changed this mention (``edits``
    #: says how, in words); None for machine output as it came.
    edited_by: str | None = None
    edits: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def with_(self, **changes: Any) -> Mention:
        """A copy with some fields changed (stages never mutate)."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "metonym": self.metonym,
            "role": self.role,
            "role_confidence": round(self.role_confidence, 3),
            "troop_count": self.troop_count,
            "confidence": round(self.confidence, 3),
            "sentence": list(self.sentence),
            "trigger": list(self.trigger) if self.trigger else None,
            "source": self.source,
            "place": self.place.to_json() if self.place else None,
            # The runners-up the resolver rejected: provenance a reader may question.
            "alternatives": [p.to_json() for p in self.alternatives],
            "edited_by": self.edited_by,
            "edits": list(self.edits),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Item:
    """One thing the map draws: a place in a role, a border, a group, a move.

    ``geometry`` is a GeoJSON geometry mapping; ``mentions`` are indices into
    ``Situation.mentions``, so every drawn thing points back at its words.
    ``date`` is an ISO 8601 date or ``start/end`` period; a year the article
    never gives is written ``XXXX`` (ISO 8601-2 unspecified digits), so
    "Monday (Jan 10)" is ``XXXX-01-10``.  ``sequence`` orders the steps of one
    movement (0, 1, ...); ``attribution`` lists who is said to claim it
    ("Washington and Kiev say ...").
    """

    id: str
    role: str
    label: str
    geometry: dict[str, Any]
    mentions: tuple[int, ...]
    side: str | None = None
    troop_count: TroopCount | None = None
    confidence: float = 0.0
    kind: str = "place"
    unit: str | None = None
    date: str | None = None
    sequence: int | None = None
    attribution: tuple[str, ...] = ()
    uncertainty_km: float | None = None
    #: Every side of a force named for several ("Iraqi and American forces"),
    #: ``side`` first; empty when one side or none is named.
    sides: tuple[str, ...] = ()
    #: ``"analyst"`` when an analyst override changed or added this item
    #: (``edits`` says how, in words; ``notes`` are the analyst's own).
    edited_by: str | None = None
    edits: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "role": self.role,
            "label": self.label,
            "side": self.side,
            "sides": list(self.sides),
            "troop_count": list(self.troop_count) if isinstance(self.troop_count, tuple) else self.troop_count,
            "unit": self.unit,
            "date": self.date,
            "sequence": self.sequence,
            "attribution": list(self.attribution),
            "uncertainty_km": self.uncertainty_km,
            "confidence": round(self.confidence, 3),
            "geometry": self.geometry,
            "mentions": list(self.mentions),
            "edited_by": self.edited_by,
            "edits": list(self.edits),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class AnalystEdit:
    """One analyst override as applied to a Situation: what it did, in words.

    ``kind`` is the override's action (``pin``, ``role``, ``drop``, ``add``,
    ``note``), ``target`` the name it is about, ``change`` the edit in words
    ("'Georgia' pinned to Georgia (GE, country)") and ``note`` the analyst's reason.
    """

    kind: str
    target: str
    change: str
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "target": self.target, "change": self.change, "note": self.note}


@dataclass(frozen=True)
class Situation:
    """What an article says happens where: its mentions and the items to draw.

    ``edits`` lists the analyst overrides applied on top of the machine's
    reading (empty for machine output).
    """

    article: Article
    mentions: tuple[Mention, ...] = ()
    items: tuple[Item, ...] = ()
    countries: tuple[str, ...] = field(default=())
    edits: tuple[AnalystEdit, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.article.id,
            "source": self.article.source,
            "title": self.article.title,
            "date": self.article.date,
            "url": self.article.url,
            "countries": list(self.countries),
            "mentions": [m.to_json() for m in self.mentions],
            "items": [i.to_json() for i in self.items],
            "edits": [e.to_json() for e in self.edits],
        }
