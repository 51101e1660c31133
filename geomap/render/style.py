"""The map's look in one place: layer names, role colours, line styles, CSS.

Colours were picked to stay apart for the common colour-vision deficiencies and
each role also has its own *shape* (star, triangle, hatched square, dot), so
the map still reads in greyscale print-outs. Forces are drawn as military unit
symbols instead (see unit_symbols.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Overlay names as the layer control and the legend show them; tests and users
# refer to these strings, so they are the one spelling used everywhere.
MEETING_VENUES = "Meeting venues"
TROOP_POSITIONS = "Troop positions"
DISPUTED_TERRITORY = "Disputed territory"
COUNTRIES_INVOLVED = "Countries involved"
OTHER_PLACES = "Other places"
GROUPS = "Groups of countries"
BORDERS = "Borders"

#: Overlays in the order the layer control and legend list them.
LAYER_ORDER = (
    MEETING_VENUES, TROOP_POSITIONS, DISPUTED_TERRITORY, BORDERS, GROUPS, COUNTRIES_INVOLVED, OTHER_PLACES
)


def layer_names(names: Sequence[str]) -> frozenset[str]:
    """Overlay names as the user typed them ("countries involved"), made canonical;
    ``ValueError`` naming the overlays for one that is not a layer."""
    known = {name.casefold(): name for name in LAYER_ORDER}
    found = set()
    for name in names:
        if not name.strip():
            continue
        canonical = known.get(name.strip().casefold())
        if canonical is None:
            raise ValueError(f"no layer called {name.strip()!r}; the layers are: {', '.join(LAYER_ORDER)}")
        found.add(canonical)
    return frozenset(found)


@dataclass(frozen=True)
class RoleStyle:
    """How one role is drawn: its overlay, words, colour and marker shape."""

    layer: str
    label: str
    color: str
    shape: str
    size: int
    #: Leaflet ``zIndexOffset``: the story's main places sit on top of the rest.
    z_offset: int
    #: SVG ``stroke-dasharray`` of lines (borders, fronts) in this role.
    dash: str | None = None


ROLE_STYLES: dict[str, RoleStyle] = {
    "meeting_venue": RoleStyle(MEETING_VENUES, "Meeting venue", "#1d4ed8", "star", 28, 1000),
    "troop_position": RoleStyle(TROOP_POSITIONS, "Troop position", "#b91c1c", "triangle", 28, 800, "12 6"),
    "disputed_territory": RoleStyle(DISPUTED_TERRITORY, "Disputed territory", "#7e22ce", "hatched", 26, 600, "3 7"),
    "actor": RoleStyle(OTHER_PLACES, "Actor", "#374151", "ring", 14, 0),
    "other": RoleStyle(OTHER_PLACES, "Other place", "#374151", "dot", 14, 0),
}

#: Items drawn by what they are rather than by role: a set of countries is a
#: light wash under everything (it says who belongs, not where something
#: happens), a border the story names is a heavy line.  Forces standing at a
#: border keep their troop style.
GROUP_STYLE = RoleStyle(GROUPS, "Group of countries", "#0f766e", "dot", 14, 0)
BORDER_STYLE = RoleStyle(BORDERS, "Border", "#111827", "dot", 14, 0, "10 6")
#: A named border is a thick line, so it reads as the subject, not as one of
#: the basemap's outlines (and carries its name, see line_label.py).
BORDER_WEIGHT = 7

#: Line weight and fill opacity of a group's wash.
GROUP_WEIGHT = 1.5
GROUP_FILL_OPACITY = 0.12

#: Unknown roles (a newer pipeline) are drawn as plain places, never dropped.
FALLBACK_ROLE = "other"

LAND_FILL = "#f4f1ea"
LAND_STROKE = "#a8a29e"
SEA = "#d6e6f2"
INVOLVED_FILL = "#f59e0b"
INVOLVED_STROKE = "#b45309"
INVOLVED_FILL_OPACITY = 0.3


def role_style(role: str) -> RoleStyle:
    """The style of ``role``, falling back to a plain place."""
    return ROLE_STYLES.get(role, ROLE_STYLES[FALLBACK_ROLE])


#: With no tiles, whatever the land polygons leave uncovered is sea.
SEA_CSS = f".leaflet-container {{ background: {SEA}; }}"

# Our own CSS (third-party CSS is inlined from its package, see assets.py).
CSS = """
.leaflet-container { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.gm-icon { background: none; border: none; }
.gm-icon svg { display: block; overflow: visible; }
.gm-chip {
  position: absolute; left: 100%; top: 50%; transform: translate(3px, -50%);
  white-space: nowrap; font: 600 14px/1.2 system-ui, sans-serif;
  background: rgba(255,255,255,.9); border: 1px solid; border-radius: 3px; padding: 1px 4px;
}
.gm-count { font-weight: 700; }
.gm-box {
  background: rgba(255,255,255,.94); border-radius: 5px; box-shadow: 0 1px 5px rgba(0,0,0,.35);
  padding: 8px 10px; color: #1f2937; font-size: 13px; line-height: 1.35;
}
.gm-title { max-width: 380px; }
.gm-title h1 { font-size: 16px; margin: 0 0 2px; line-height: 1.25; }
.gm-title .gm-sub { color: #4b5563; font-size: 12px; }
.gm-title ul { margin: 4px 0 0; padding-left: 16px; font-size: 12px; }
.gm-legend h2 {
  font-size: 12px; margin: 0 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563;
}
.gm-legend ul { list-style: none; margin: 0; padding: 0; }
.gm-legend li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.gm-legend .gm-swatch {
  width: 22px; height: 22px; display: inline-flex; align-items: center; justify-content: center;
}
.gm-footer { max-width: 420px; font-size: 11px; color: #374151; padding: 4px 8px; }
.gm-sources { max-width: 420px; font-size: 11px; color: #374151; padding: 4px 8px; }
.gm-sources h2 {
  font-size: 11px; margin: 0 0 2px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563;
}
.gm-sources ol { margin: 0; padding-left: 18px; }
.gm-url { color: #6b7280; word-break: break-all; }
.gm-popup .gm-facts {
  display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 0 0 6px; font-size: 12px;
}
.gm-popup .gm-facts dt { color: #6b7280; }
.gm-popup .gm-facts dd { margin: 0; }
.gm-popup .gm-rejected { color: #6b7280; font-size: 12px; margin-top: 6px; }
.gm-popup .gm-rejected span { font-weight: 600; }
.gm-popup { font-size: 13px; max-width: 340px; }
.gm-popup h3 { font-size: 15px; margin: 0 0 2px; }
.gm-popup .gm-meta { color: #4b5563; font-size: 12px; margin-bottom: 6px; }
.gm-popup .gm-article { font-size: 11px; color: #6b7280; margin: 6px 0 2px; font-style: italic; }
.gm-popup blockquote { margin: 4px 0; padding: 2px 0 2px 8px; border-left: 3px solid #d1d5db; }
.gm-popup mark { background: #fde68a; padding: 0 1px; }
.gm-popup .gm-more { color: #6b7280; font-size: 12px; }
.gm-popup .gm-claims { border-left: 3px solid #b91c1c; padding: 2px 0 2px 8px; margin: 0 0 6px; font-size: 12px; }
.gm-popup .gm-claims h4 { font-size: 12px; margin: 0; color: #b91c1c; }
.gm-popup .gm-claims dl { margin: 0; }
.gm-popup .gm-claims dd { margin: 0; }
.gm-popup .gm-claims ul { margin: 0; padding-left: 16px; }
"""
