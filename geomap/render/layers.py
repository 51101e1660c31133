"""One toggleable overlay per role, filled from the Situations' items.

Rendering only displays what the Situation holds: every Item is drawn by its
geometry in its role's layer, the same thing reported by several articles once
(merged by :mod:`geomap.combine`, with each claim and its source where they
differ), and a resolved city or landmark that the story
mentions but no Item covers is shown as a small dot under "Other places", so
the reader sees every place the article names. A metonym ("Washington said",
"the Kremlin's demands") is not such a place: it stands for a government,
which the "Countries involved" shading (from ``Situation.countries``) shows.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import folium
import shapely
from shapely.geometry import shape

from geomap.combine import CombinedItem, combine_situations
from geomap.model import Item, Mention, Place, Situation
from geomap.timeline import Timeline, Window, day_span, map_reference, merged_window, timeline, window

from .affiliation import Viewpoint
from .basemap import Basemap
from .claims import claims_html, dates_suffix, dates_text, force_claims_label, strengths_differ
from .edits import EDITED_ICON_CLASS
from .features import CountryLayer, PathShape, SymbolMarker, WorldShapes
from .fit import THEATRE_ROLES, Extent
from .force_symbols import ForceKeys, force_symbol
from .legend import LegendEntry
from .line_label import LineLabel
from .panel import EvidenceRow, bounds_of
from .popups import Evidence, popup_html
from .slider import TimedEntry, TimedLayer, timed_entries
from .style import (
    BORDER_STYLE,
    BORDER_WEIGHT,
    COUNTRIES_INVOLVED,
    GROUP_FILL_OPACITY,
    GROUP_STYLE,
    GROUP_WEIGHT,
    INVOLVED_FILL,
    INVOLVED_FILL_OPACITY,
    INVOLVED_STROKE,
    LAYER_ORDER,
    OTHER_PLACES,
    TROOP_POSITIONS,
    RoleStyle,
    role_style,
)
from .symbol_defs import HATCH_FILL, hatch_swatch
from .symbols import area_swatch, format_count, icon_options, line_swatch, svg_symbol

log = logging.getLogger(__name__)

LatLng = tuple[float, float]

#: Place types drawn as "Other places" when no Item covers them: points on a
#: map. Countries are shaded instead; groups and regions have no one spot.
OTHER_PLACE_TYPES = ("city", "landmark")
#: Mention roles that may become "Other places" dots.
PLAIN_ROLES = ("other", "actor")
#: Decimal places kept in coordinates (~1 m): enough for any marker.
COORD_DIGITS = 5
#: Pane of the "Countries involved" shading: above the land, below lines.
INVOLVED_PANE = "gm-involved"


@dataclass
class StoryLayers:
    """The overlays built for a map, and what the legend and view need."""

    groups: dict[str, folium.FeatureGroup] = field(default_factory=dict)
    legend: list[LegendEntry] = field(default_factory=list)
    #: Coordinates the view is fitted to, one Extent per thing drawn: the
    #: story's Items (venues, troops, disputed land); failing those, the plain
    #: places. A far-away actor ("Washington said") or a stray place should not
    #: zoom a European story out to the Atlantic (see also .fit.core_points).
    extents: list[Extent] = field(default_factory=list)
    #: Markers drawn (one per Item, one per other place).
    markers: int = 0
    countries: list[str] = field(default_factory=list)
    #: Every drawn item and plain place for the evidence panel, in layer order.
    rows: list[EvidenceRow] = field(default_factory=list)
    #: The time slider's range, when the items' days span more than one day.
    timeline: Timeline | None = None
    #: The dated items' sub-layers the slider shows and hides.
    timed: list[TimedEntry] = field(default_factory=list)


class _Book:
    """Collects groups and legend swatches while items are added, in order."""

    def __init__(self, viewpoint: Viewpoint) -> None:
        self.viewpoint = viewpoint
        self.groups: dict[str, folium.FeatureGroup] = {}
        self.swatches: dict[str, list[str]] = {}
        self.forces = ForceKeys()
        self.points: list[LatLng] = []
        self.plain_points: list[LatLng] = []
        #: The points of each thing drawn, cut from the two lists above (see :meth:`extent`).
        self.extents: list[Extent] = []
        self.plain_extents: list[Extent] = []
        self.markers = 0
        self.rows: list[EvidenceRow] = []
        #: When the item being drawn is on the map; None draws it straight into its layer.
        self.when: Window | None = None
        self.reported: date | None = None
        self.timed: list[TimedLayer] = []
        self._item_layers: dict[str, TimedLayer] = {}
        #: How far below each position (px) the symbols drawn there reach, so
        #: the next one there is stacked under them.
        self.stacked: dict[LatLng, float] = {}

    def begin(self, when: Window | None, reported: date | None = None) -> None:
        """Start drawing an item that is on the map ``when`` (None: always, no sub-layer),
        first reported on ``reported`` (see :mod:`.slider`)."""
        self.when = when
        self.reported = reported
        self._item_layers = {}

    def extent(self, since: tuple[int, int], role: str) -> None:
        """Keep the points added since ``since`` (lengths of points, plain_points) as one thing's."""
        for found, extents, start in (
            (self.points, self.extents, since[0]),
            (self.plain_points, self.plain_extents, since[1]),
        ):
            if len(found) > start:
                extents.append(Extent(tuple(found[start:]), theatre=role in THEATRE_ROLES))

    def mark(self) -> dict[str, int]:
        """How many elements each layer holds now (see :meth:`row`)."""
        return {name: len(group._children) for name, group in self.groups.items()}

    def row(
        self,
        mark: dict[str, int],
        *,
        label: str,
        role: str,
        date: str | None,
        evidence: list[Evidence],
        edited: bool = False,
        contested: bool = False,
    ) -> None:
        """List what was drawn since ``mark`` as one panel row (nothing drawn, no row).

        The row opens the popup of the marker if one was drawn, else of the
        first line or area; it fits the view to all of them.
        """
        added = [
            (group, element)
            for name, group in self.groups.items()
            for element in list(group._children.values())[mark.get(name, 0) :]
        ]
        timed = next((e for _, e in added if isinstance(e, TimedLayer)), None)
        drawn = [
            (group, part)
            for group, element in added
            for part in (element._children.values() if isinstance(element, TimedLayer) else [element])
            if isinstance(part, (SymbolMarker, PathShape))
        ]
        if not drawn:
            return
        group, target = next(((g, e) for g, e in drawn if isinstance(e, SymbolMarker)), drawn[0])
        points = [
            p
            for _, e in drawn
            for p in ([e.location] if isinstance(e, SymbolMarker) else _flatten(_as_tuples(e.latlngs)))
        ]
        self.rows.append(
            EvidenceRow(
                label=label,
                layer=group.layer_name,
                role=role,
                date=date,
                evidence=tuple(evidence),
                target=target.get_name(),
                group=group.get_name(),
                bounds=bounds_of(points),
                edited=edited,
                contested=contested,
                timed=timed.get_name() if timed is not None else None,
            )
        )

    def container(self, layer: str) -> folium.FeatureGroup | TimedLayer:
        """Where the current item is drawn: its layer, or its own timed sub-layer in it."""
        group = self.group(layer)
        if self.when is None:
            return group
        if layer not in self._item_layers:
            timed = TimedLayer(self.when, self.reported)
            group.add_child(timed)
            self.timed.append(timed)
            self._item_layers[layer] = timed
        return self._item_layers[layer]

    def group(self, layer: str) -> folium.FeatureGroup:
        if layer not in self.groups:
            self.groups[layer] = folium.FeatureGroup(name=layer, overlay=True, control=True)
        return self.groups[layer]

    def swatch(self, layer: str, svg: str) -> None:
        found = self.swatches.setdefault(layer, [])
        if svg not in found:
            found.append(svg)

    def result(self, countries: list[str], line: Timeline | None = None) -> StoryLayers:
        ordered = [name for name in LAYER_ORDER if name in self.groups]
        ordered += [name for name in self.groups if name not in ordered]
        return StoryLayers(
            groups={name: self.groups[name] for name in ordered},
            legend=[
                LegendEntry(
                    name,
                    tuple(self.swatches.get(name, ())),
                    self.forces.legend_keys(self.viewpoint) if name == TROOP_POSITIONS else (),
                )
                for name in ordered
            ],
            extents=self.extents or self.plain_extents,
            markers=self.markers,
            countries=countries,
            # Grouped by layer as the legend lists them; drawing order within.
            rows=sorted(self.rows, key=lambda r: ordered.index(r.layer)),
            timeline=line,
            timed=timed_entries(self.timed, line) if line is not None else [],
        )


def build_story_layers(
    situations: Sequence[Situation],
    *,
    basemap: Basemap | None = None,
    world: WorldShapes | None = None,
    viewpoint: Viewpoint | None = None,
    as_of: str | None = None,
) -> StoryLayers:
    """Build the overlays for ``situations`` (not yet added to a map).

    Forces are framed as friendly, hostile, neutral or unknown as seen from
    ``viewpoint`` (none: all unknown; see :mod:`.affiliation`). When the
    items' days span more than one day, each dated item is drawn in its own
    timed sub-layer and the result carries the slider's :class:`Timeline`,
    starting at ``as_of`` (see :mod:`geomap.timeline`).
    """
    book = _Book(viewpoint or Viewpoint())
    several = len(situations) > 1
    combined = combine_situations(situations)
    reference, masked = map_reference(
        as_of, [s.article.date for s in situations] + [r.item.date for c in combined for r in c.reports]
    )
    windows = [merged_window([window(r.item.date, reference) for r in c.reports]) for c in combined]
    line = timeline(windows, as_of, reference, masked=masked)
    # Places drawn where the words put them approximately come last: a symbol
    # sharing their point keeps its place, and they stack under it (_stacked).
    drawing = sorted(zip(combined, windows, strict=True), key=lambda pair: pair[0].item.uncertainty_km is not None)
    for entry, when in drawing:
        mark = book.mark()
        book.begin(when if line is not None else None, first_reported(entry, reference))
        since = (len(book.points), len(book.plain_points))
        _add_item(book, entry, several)
        book.extent(since, entry.item.role)
        book.begin(None)
        book.row(
            mark,
            label=entry.item.label,
            role=entry.item.role,
            date=dates_text(entry),
            evidence=[Evidence(r.article, r.mentions) for r in entry.reports],
            contested=entry.contested,
            edited=any(r.item.edited_by is not None for r in entry.reports),
        )
    for place, role, evidence in _other_places(situations):
        mark = book.mark()
        since = (len(book.points), len(book.plain_points))
        _add_other_place(book, place, role, evidence, several)
        book.extent(since, role)
        book.row(mark, label=place.name, role=role, date=None, evidence=evidence, edited=bool(_edits(evidence)[0]))
    countries = _involved(situations)
    if basemap is not None and world is not None:
        drawn = [c for c in countries if c in basemap.bounds]
        if drawn:
            style = {
                "color": INVOLVED_STROKE,
                "weight": 1.2,
                "fillColor": INVOLVED_FILL,
                "fillOpacity": INVOLVED_FILL_OPACITY,
            }
            layer = CountryLayer(world, style=style, pane=INVOLVED_PANE, iso2=drawn, interactive=True)
            book.group(COUNTRIES_INVOLVED).add_child(layer)
            book.swatch(
                COUNTRIES_INVOLVED,
                area_swatch(INVOLVED_FILL, INVOLVED_STROKE, INVOLVED_FILL_OPACITY),
            )
        countries = drawn
    return book.result(countries, line)


def first_reported(entry: CombinedItem, reference: date | None) -> date | None:
    """The first day an article reported ``entry``; None if any report's article is undated."""
    days = [day_span(r.article.date, reference) for r in entry.reports]
    if not days or None in days:
        return None
    return min(span[0] for span in days if span is not None)


def _add_item(book: _Book, combined: CombinedItem, several: bool) -> None:
    """Draw one item in its role's layer: a marker, plus its line or area.

    ``combined`` is one thing and every article's report of it: the first
    report's geometry is drawn; counts, sides and dates the reports agree on
    are shown once, and where they differ each claim with its source.
    """
    item = combined.item
    article_date = combined.reports[0].article.date
    drawn = _geometry(item.geometry)
    if drawn is None:
        log.warning("item %r: cannot draw geometry %.80r", item.id, item.geometry)
        return
    kind, latlngs, anchor = drawn
    style = _item_style(item)
    force = None
    if item.role == "troop_position" and item.kind != "group":
        force = force_symbol(item, book.viewpoint, article_date=article_date)
        if strengths_differ(combined):
            force = replace(force, label=force_claims_label(combined))
        # A force's lines (along a border, a move) take its affiliation's colour.
        style = replace(style, color=force.ink)
    popup = popup_html(
        label=item.label,
        role=item.role,
        confidence=combined.confidence,
        evidence=[Evidence(r.article, r.mentions) for r in combined.reports],
        troop_count=combined.agreed("troop_count"),
        side=combined.agreed("side"),
        date=combined.agreed("date"),
        show_article=several,
        edits=tuple(dict.fromkeys(e for r in combined.reports for e in r.item.edits)),
        notes=tuple(dict.fromkeys(n for r in combined.reports for n in r.item.notes)),
        claims=claims_html(combined),
        uncertainty_km=item.uncertainty_km,
        sides=item.sides if combined.agreed("side") else (),
    )
    tooltip = item.label
    count = combined.agreed("troop_count")
    if count:
        tooltip += f" ({format_count(count)} {item.unit or 'troops'})"
    if combined.contested:
        tooltip += " (contested)"
    group = book.container(style.layer)
    points = book.plain_points if style.layer == OTHER_PLACES else book.points
    if item.kind == "group" and kind == "polygon":
        # A set of countries says who belongs, not where something happens: a
        # light wash with no marker of its own.
        group.add_child(
            PathShape(
                latlngs, kind=kind, style=style, popup=popup, tooltip=tooltip,
                weight=GROUP_WEIGHT, fill_opacity=GROUP_FILL_OPACITY, pane=INVOLVED_PANE,
            )
        )
        book.swatch(style.layer, area_swatch(style.color, style.color, GROUP_FILL_OPACITY))
        book.plain_points.extend(_flatten(latlngs))
        return
    if item.kind == "border" and style is BORDER_STYLE and kind == "polyline":
        # A border the story names: a thick line with its name on it.
        group.add_child(
            PathShape(latlngs, kind=kind, style=style, popup=popup, tooltip=tooltip, weight=BORDER_WEIGHT)
        )
        group.add_child(LineLabel(anchor, item.label))
        book.swatch(style.layer, line_swatch(style.color, style.dash))
        points.extend(_flatten(latlngs))
        return
    if item.kind == "movement" and kind == "polyline":
        # A move is an arrow, not a place: no marker of its own (its ends have
        # theirs), and it stops short of both so its head is not under a marker.
        latlngs = _between_ends(latlngs)
        group.add_child(PathShape(latlngs, kind=kind, style=style, popup=popup, tooltip=tooltip))
        head = arrowhead(latlngs)
        if head is not None:
            group.add_child(PathShape(head, kind="polyline", style=style, popup=popup, tooltip=tooltip))
        book.swatch(style.layer, line_swatch(style.color, style.dash))
        points.extend(_flatten(latlngs))
        return
    label = item.label
    if item.sequence is not None and item.kind == "place":
        label = f"{item.sequence + 1}. {label}"  # the order talks move in
    if kind == "polygon" and item.role == "disputed_territory":
        # Contested land is hatched (a pattern fill, see symbol_defs.py).
        group.add_child(
            PathShape(
                latlngs, kind=kind, style=style, popup=popup, tooltip=tooltip, fill_color=HATCH_FILL, fill_opacity=1.0
            )
        )
        book.swatch(style.layer, hatch_swatch(style.color))
        points.extend(_flatten(latlngs))
    elif kind is not None:
        group.add_child(PathShape(latlngs, kind=kind, style=style, popup=popup, tooltip=tooltip))
        book.swatch(style.layer, line_swatch(style.color, style.dash))
        points.extend(_flatten(latlngs))
    if force is not None:
        icon = force.icon()
        book.forces.add(force)
    else:
        icon = icon_options(item.role, label, combined.agreed("troop_count"), suffix=dates_suffix(combined))
        book.swatch(style.layer, svg_symbol(style, 18))
    if any(r.item.edited_by is not None for r in combined.reports):
        icon = {**icon, "className": f"{icon['className']} {EDITED_ICON_CLASS}"}
        tooltip += " (analyst edit)"
    icon, book.stacked[anchor] = _stacked(icon, book.stacked.get(anchor))
    group.add_child(
        SymbolMarker(
            anchor,
            role=item.role,
            style=style,
            popup=popup,
            tooltip=tooltip,
            label=label,
            troop_count=item.troop_count,
            icon=icon,
        )
    )
    points.append(anchor)
    book.markers += 1


#: Room between symbols stacked at one position (px).
STACK_GAP = 4


def _stacked(icon: dict[str, Any], reach: float | None) -> tuple[dict[str, Any], float]:
    """The icon moved under the symbols already drawn at its position (which
    reach ``reach`` px below it; None: none yet), and how far down it reaches.

    A city held by troops and a village placed in it ("X (in Idlib)") share a
    point, and would otherwise hide each other and their labels.
    """
    anchor_x, anchor_y = icon["iconAnchor"]
    height = icon["iconSize"][1]
    if reach is None:
        return icon, height - anchor_y
    shift = reach + STACK_GAP + anchor_y
    moved = {**icon, "iconAnchor": [anchor_x, round(anchor_y - shift, 2)]}
    if icon.get("popupAnchor"):
        popup_x, popup_y = icon["popupAnchor"]
        moved["popupAnchor"] = [popup_x, round(popup_y + shift, 2)]
    return moved, shift - anchor_y + height


def _item_style(item: Item) -> RoleStyle:
    """Groups and the borders a story names have their own look; the rest are
    drawn by role (forces at a border keep the troop style)."""
    if item.kind == "group":
        return GROUP_STYLE
    if item.kind == "border" and item.role in ("other", "actor"):
        return BORDER_STYLE
    return role_style(item.role)


#: Arrowhead barbs: their angle off the line and their length as a share of the
#: last leg (capped), so short and long moves both get a readable head.
ARROW_ANGLE = 25.0
ARROW_SHARE = 0.12
ARROW_MAX_DEGREES = 0.6


#: Share of a move's first and last leg left blank at its ends.
ARROW_GAP = 0.15


def _between_ends(latlngs: Any) -> Any:
    """A single line shortened at both ends by ``ARROW_GAP`` of its end legs."""
    if not latlngs or isinstance(latlngs[0][0], (list, tuple)) or len(latlngs) < 2:
        return latlngs

    def towards(a: LatLng, b: LatLng) -> LatLng:
        return (
            round(a[0] + ARROW_GAP * (b[0] - a[0]), COORD_DIGITS),
            round(a[1] + ARROW_GAP * (b[1] - a[1]), COORD_DIGITS),
        )

    return [towards(latlngs[0], latlngs[1]), *latlngs[1:-1], towards(latlngs[-1], latlngs[-2])]


def arrowhead(latlngs: Any) -> list[LatLng] | None:
    """The two barbs and tip of an arrowhead at a line's end, as one polyline."""
    line = latlngs[-1] if latlngs and isinstance(latlngs[0][0], (list, tuple)) else latlngs
    if len(line) < 2:
        return None
    (lat0, lng0), (lat1, lng1) = line[-2], line[-1]
    scale = math.cos(math.radians((lat0 + lat1) / 2))  # draw the barbs in screen-like units
    dx, dy = (lng1 - lng0) * scale, lat1 - lat0
    length = math.hypot(dx, dy)
    if length == 0:
        return None
    size = min(ARROW_SHARE * length, ARROW_MAX_DEGREES)
    back = math.atan2(-dy, -dx)
    barbs = []
    for turn in (ARROW_ANGLE, -ARROW_ANGLE):
        angle = back + math.radians(turn)
        lat = round(lat1 + size * math.sin(angle), COORD_DIGITS)
        lng = round(lng1 + size * math.cos(angle) / scale, COORD_DIGITS)
        barbs.append((lat, lng))
    return [barbs[0], (lat1, lng1), barbs[1]]


def _add_other_place(book: _Book, place: Place, role: str, evidence: list[Evidence], several: bool) -> None:
    """Draw a place no Item covers as a small unlabelled dot (name on hover)."""
    style = role_style(role)
    confidences = [m.confidence for ev in evidence for m in ev.mentions]
    edits, notes = _edits(evidence)
    popup = popup_html(
        label=place.name,
        role=role,
        confidence=max(confidences) if confidences else None,
        evidence=evidence,
        show_article=several,
        edits=edits,
        notes=notes,
    )
    anchor = (round(place.lat, COORD_DIGITS), round(place.lon, COORD_DIGITS))
    book.group(OTHER_PLACES).add_child(SymbolMarker(anchor, role=role, style=style, popup=popup, tooltip=place.name))
    book.swatch(OTHER_PLACES, svg_symbol(style, 18))
    book.plain_points.append(anchor)
    book.markers += 1


def _edits(evidence: Sequence[Evidence]) -> tuple[list[str], list[str]]:
    """The analyst's changes and notes on the evidence's mentions, each once."""
    mentions = [m for ev in evidence for m in ev.mentions]
    edits = list(dict.fromkeys(e for m in mentions for e in m.edits))
    notes = list(dict.fromkeys(n for m in mentions for n in m.notes))
    return edits, notes


def _place_key(place: Place) -> tuple[Any, ...]:
    if place.geonameid:
        return ("geonames", place.geonameid)
    return ("place", place.name, round(place.lat, 4), round(place.lon, 4))


def _other_places(
    situations: Sequence[Situation],
) -> list[tuple[Place, str, list[Evidence]]]:
    """Resolved point places named (not metonyms) but covered by no Item, merged across articles."""
    covered = {
        _place_key(s.mentions[i].place)
        for s in situations
        for item in s.items
        for i in item.mentions
        if 0 <= i < len(s.mentions) and s.mentions[i].place is not None
    }
    found: dict[tuple[Any, ...], tuple[Place, list[str], dict[int, list[Mention]]]] = {}
    for index, s in enumerate(situations):
        in_items = {i for item in s.items for i in item.mentions}
        for i, m in enumerate(s.mentions):
            place = m.place
            if (
                i in in_items
                or place is None
                or m.metonym
                or m.role not in PLAIN_ROLES
                or place.type not in OTHER_PLACE_TYPES
                or not _valid(place.lat, place.lon)
            ):
                continue
            key = _place_key(place)
            if key in covered:
                continue
            entry = found.setdefault(key, (place, [], {}))
            entry[1].append(m.role)
            entry[2].setdefault(index, []).append(m)
    out = []
    for place, roles, by_article in found.values():
        # "actor" only if every mention is one ("Washington said..."), else a plain place.
        role = "actor" if all(r == "actor" for r in roles) else "other"
        evidence = [Evidence(situations[i].article, tuple(ms)) for i, ms in by_article.items()]
        out.append((place, role, evidence))
    return out


def _involved(situations: Sequence[Situation]) -> list[str]:
    """Countries involved in any of the situations, first-mentioned first."""
    seen: dict[str, None] = {}
    for s in situations:
        for code in s.countries:
            if code:
                seen.setdefault(code.strip().upper(), None)
    return list(seen)


def _valid(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 360


def _latlng(coord: Sequence[float]) -> LatLng:
    lon, lat = float(coord[0]), float(coord[1])
    if not _valid(lat, lon):
        raise ValueError(f"not a coordinate: {coord!r}")
    return (round(lat, COORD_DIGITS), round(lon, COORD_DIGITS))


def _as_tuples(latlngs: Any) -> Any:
    """Nested Leaflet latlngs with each ``[lat, lng]`` pair as a tuple (for :func:`_flatten`)."""
    if latlngs and isinstance(latlngs[0], (int, float)):
        return (float(latlngs[0]), float(latlngs[1]))
    return [_as_tuples(part) for part in latlngs]


def _flatten(latlngs: Any) -> list[LatLng]:
    if isinstance(latlngs, tuple):
        return [latlngs]
    return [p for part in latlngs for p in _flatten(part)]


def _geometry(geometry: dict[str, Any]) -> tuple[str | None, Any, LatLng] | None:
    """``(path kind or None, Leaflet latlngs, marker anchor)`` for a GeoJSON geometry.

    Lines get their marker at the middle (along the line) of their longest
    part, areas at a point surely inside them; None if it cannot be drawn.
    """
    try:
        geom = shape(geometry)
        if geom.is_empty:
            return None
        kind = geom.geom_type
        if kind == "Point":
            return None, None, _latlng(geometry["coordinates"])
        if kind in ("LineString", "MultiLineString"):
            parts = list(shapely.get_parts(geom))
            latlngs: Any = [[_latlng(c) for c in part.coords] for part in parts]
            longest = max(parts, key=lambda p: p.length)
            mid = longest.interpolate(0.5, normalized=True)
            return "polyline", latlngs if len(parts) > 1 else latlngs[0], _latlng(mid.coords[0])
        if kind in ("Polygon", "MultiPolygon"):
            latlngs = [
                [[_latlng(c) for c in ring.coords] for ring in (poly.exterior, *poly.interiors)]
                for poly in shapely.get_parts(geom)
            ]
            inside = geom.representative_point()
            return "polygon", latlngs, _latlng(inside.coords[0])
    except (KeyError, TypeError, ValueError, IndexError, shapely.errors.ShapelyError):
        return None
    return None
