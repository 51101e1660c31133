"""Military unit symbols in the APP-6 / MIL-STD-2525 style, drawn as inline SVG.

Our own drawing of the standard's conventions, no symbol library: a land unit
is a *frame* whose shape and fill say its affiliation (see
:mod:`.affiliation`), an *icon* inside it for its branch, and an *echelon
mark* above it for its size.

- Frames: friendly a rectangle (blue), hostile a diamond (red), neutral a
  square (green), unknown a quatrefoil (yellow), each with a black outline,
  so shape alone tells them apart in greyscale.
- Icons (from ``Item.unit``, the words of :data:`geomap.lexicon.FORCE_UNITS`):
  people (troops, peacekeepers, fighters) are *infantry*, a cross from corner
  to corner; tanks are *armour*, an ellipse; armoured vehicles *mechanised
  infantry*, both; artillery a filled dot; anything else an empty frame (a
  unit of unstated branch).
- Echelons: a unit word that names one (platoon •••, company I, battalion II,
  regiment III, brigade X, division XX, corps XXX, army XXXX) gives it; else a
  head count of people gives a size *estimate* (:func:`echelon_for_count`).

Geometry is in a 200 x 200 canvas centred on (100, 100), the point the marker
sits on; every symbol shares one view box, so all anchor the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import TroopCount
from .affiliation import FRIENDLY, HOSTILE, NEUTRAL, UNKNOWN
from .escape import html_text


@dataclass(frozen=True)
class Frame:
    """One affiliation's frame: its outline, fill, line colour, and where its
    infantry cross ends (the cross touches the frame, as in the standard)."""

    affiliation: str
    label: str
    outline: str
    fill: str
    #: A darker tone of the fill for lines drawn in this affiliation (a force
    #: along a border), readable on the pale land where the fill is not.
    ink: str
    top: float
    cross: str


FRAMES: dict[str, Frame] = {
    FRIENDLY: Frame(
        FRIENDLY, "Friendly", '<rect x="25" y="50" width="150" height="100"/>', "#80e0ff", "#0b63a8", 50,
        "M25 50L175 150M25 150L175 50",
    ),
    HOSTILE: Frame(
        HOSTILE, "Hostile", '<path d="M100 28L172 100L100 172L28 100Z"/>', "#ff8080", "#c81e1e", 28,
        "M60 68L140 132M60 132L140 68",
    ),
    NEUTRAL: Frame(
        NEUTRAL, "Neutral", '<rect x="45" y="45" width="110" height="110"/>', "#aaffaa", "#15803d", 45,
        "M45 45L155 155M45 155L155 45",
    ),
    UNKNOWN: Frame(
        UNKNOWN,
        "Unknown",
        '<path d="M63 63C63 20 137 20 137 63C180 63 180 137 137 137C137 180 63 180 63 137C20 137 20 63 63 63Z"/>',
        "#ffff80",
        "#a16207",
        31,
        "M50 65L150 135M50 135L150 65",
    ),
}

#: Branch icons by the unit word; a unit not listed is drawn with an empty frame.
INFANTRY, ARMOUR, MECHANISED, ARTILLERY = "infantry", "armour", "mechanised", "artillery"
BRANCH_OF_UNIT = {
    "troops": INFANTRY,
    "peacekeepers": INFANTRY,
    "fighters": INFANTRY,
    "tanks": ARMOUR,
    "armoured vehicles": MECHANISED,
    "artillery": ARTILLERY,
}
_ARMOUR_PATH = "M125 80C150 80 150 120 125 120L75 120C50 120 50 80 75 80Z"

#: Units whose figure counts people, so it can size an echelon.
PEOPLE_UNITS = ("troops", "peacekeepers", "fighters")


@dataclass(frozen=True)
class Echelon:
    """A unit size and its mark: ``dots`` circles, ``bars`` strokes or ``crosses`` X's."""

    name: str
    mark: str
    dots: int = 0
    bars: int = 0
    crosses: int = 0


ECHELONS: dict[str, Echelon] = {
    e.name: e
    for e in (
        Echelon("squad", "•", dots=1),
        Echelon("section", "••", dots=2),
        Echelon("platoon", "•••", dots=3),
        Echelon("company", "I", bars=1),
        Echelon("battalion", "II", bars=2),
        Echelon("regiment", "III", bars=3),
        Echelon("brigade", "X", crosses=1),
        Echelon("division", "XX", crosses=2),
        Echelon("corps", "XXX", crosses=3),
        Echelon("army", "XXXX", crosses=4),
        Echelon("army group", "XXXXX", crosses=5),
    )
}

#: Unit words that name an echelon themselves. A NATO battlegroup and a
#: Russian battalion tactical group are battalion-sized formations.
ECHELON_OF_UNIT = {
    "platoon": "platoon",
    "company": "company",
    "battalion": "battalion",
    "battalion tactical group": "battalion",
    "battlegroup": "battalion",
    "regiment": "regiment",
    "brigade": "brigade",
    "division": "division",
    "corps": "corps",
    "army": "army",
}

#: Size estimate from a head count: the largest echelon whose typical strength
#: the count does not exceed (NATO ground forces' usual sizes, rounded):
#: squad up to 12, platoon 60, company 250, battalion 1,000, regiment 2,500,
#: brigade 7,000, division 25,000, corps 60,000, army 200,000; more is an army
#: group. So ~100,000 troops read as an army (XXXX), 5,000 as a brigade (X).
HEADCOUNT_LADDER = (
    (12, "squad"),
    (60, "platoon"),
    (250, "company"),
    (1_000, "battalion"),
    (2_500, "regiment"),
    (7_000, "brigade"),
    (25_000, "division"),
    (60_000, "corps"),
    (200_000, "army"),
)


def echelon_for_count(count: TroopCount) -> Echelon:
    """The echelon a head count suggests (see :data:`HEADCOUNT_LADDER`).

    A range ("tens of thousands": 20,000-99,999) is taken at its geometric
    middle (~44,700, a corps): echelons grow by a roughly constant factor, so
    the middle on that scale is the fair single guess.
    """
    if isinstance(count, tuple):
        low, high = count
        value = math.sqrt(max(low, 1) * max(high, 1))
    else:
        value = count
    for limit, name in HEADCOUNT_LADDER:
        if value <= limit:
            return ECHELONS[name]
    return ECHELONS["army group"]


def echelon_for(unit: str | None, count: TroopCount | None) -> Echelon | None:
    """The echelon mark of a force: named by its unit word, else estimated from a
    head count (people only: 300 tanks say nothing of a formation's echelon);
    None when neither says."""
    if unit in ECHELON_OF_UNIT:
        return ECHELONS[ECHELON_OF_UNIT[unit]]
    if count and (unit is None or unit in PEOPLE_UNITS):
        return echelon_for_count(count)
    return None


def branch_for(unit: str | None) -> str | None:
    """The branch icon for a unit word (a bare head count is infantry)."""
    if unit is None:
        return INFANTRY
    return BRANCH_OF_UNIT.get(unit)


# --- drawing ------------------------------------------------------------------------

#: The shared view box (x, y, width, height): every frame plus the widest
#: echelon mark above the tallest frame.
VIEW_BOX = (20, -20, 160, 200)
#: On-map scale: the friendly frame is 52 px wide, readable on a projected
#: 1920 x 1080 map; the legend draws the same symbol smaller.
MAP_SCALE = 0.35
LEGEND_SCALE = 0.115
STROKE = 6
#: Height of an echelon mark and the gap between it and the frame.
MARK_HEIGHT, MARK_GAP = 28, 6


def _echelon_svg(echelon: Echelon, top: float) -> str:
    """The echelon mark centred above a frame whose top edge is at ``top``,
    over a white halo like the frame's."""
    bottom = top - MARK_GAP
    upper = bottom - MARK_HEIGHT
    if echelon.dots:
        r, step = 7, 20
        centres = [(100 + (i - (echelon.dots - 1) / 2) * step, bottom - r - 2) for i in range(echelon.dots)]
        halo = "".join(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{r + 4}" fill="#fff"/>' for x, y in centres)
        ink = "".join(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{r}" fill="#000"/>' for x, y in centres)
        return f'<g class="gm-echelon" data-echelon="{echelon.name}">{halo}{ink}</g>'
    if echelon.bars:
        step = 14
        xs = [100 + (i - (echelon.bars - 1) / 2) * step for i in range(echelon.bars)]
        d = "".join(f"M{_n(x)} {_n(upper)}V{_n(bottom)}" for x in xs)
    else:
        width, step = 18, 26
        d = ""
        for i in range(echelon.crosses):
            cx = 100 + (i - (echelon.crosses - 1) / 2) * step
            left, right = cx - width / 2, cx + width / 2
            d += f"M{_n(left)} {_n(upper)}L{_n(right)} {_n(bottom)}M{_n(left)} {_n(bottom)}L{_n(right)} {_n(upper)}"
    return (
        f'<g class="gm-echelon" data-echelon="{echelon.name}" fill="none">'
        f'<path d="{d}" stroke="#fff" stroke-width="{STROKE + 6}"/>'
        f'<path d="{d}" stroke="#000" stroke-width="{STROKE}"/></g>'
    )


def _icon_svg(frame: Frame, branch: str | None) -> str:
    lines = f'stroke="#000" stroke-width="{STROKE}" fill="none"'
    if branch == INFANTRY:
        return f'<path d="{frame.cross}" {lines}/>'
    if branch == ARMOUR:
        return f'<path d="{_ARMOUR_PATH}" {lines}/>'
    if branch == MECHANISED:
        return f'<path d="{frame.cross}" {lines}/><path d="{_ARMOUR_PATH}" {lines}/>'
    if branch == ARTILLERY:
        return '<circle cx="100" cy="100" r="16" fill="#000"/>'
    return ""


def unit_symbol_svg(
    affiliation: str,
    *,
    branch: str | None = None,
    echelon: Echelon | None = None,
    scale: float = MAP_SCALE,
) -> str:
    """An inline ``<svg>`` of a land unit: frame, branch icon, echelon mark.

    ``data-affiliation``, ``data-branch`` and the mark's ``data-echelon`` name
    what was drawn, for tests and for anyone reading the page source.
    """
    frame = FRAMES.get(affiliation, FRAMES[UNKNOWN])
    x, y, w, h = VIEW_BOX
    # The frame's white halo keeps it apart from the land and the country wash.
    outline = frame.outline.replace("/>", f' fill="{frame.fill}" stroke="#000" stroke-width="{STROKE}"/>')
    halo = frame.outline.replace("/>", f' fill="none" stroke="#fff" stroke-width="{STROKE + 8}"/>')
    body = halo + outline + _icon_svg(frame, branch)
    if echelon is not None:
        body += _echelon_svg(echelon, frame.top)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(w * scale)}" height="{_n(h * scale)}"'
        f' viewBox="{x} {y} {w} {h}" class="gm-unit" data-affiliation="{frame.affiliation}"'
        f' data-branch="{branch or "none"}" aria-hidden="true"'
        f' stroke-linejoin="round" stroke-linecap="round">{body}</svg>'
    )


def symbol_size(scale: float = MAP_SCALE) -> tuple[float, float]:
    """Pixel width and height of a symbol at ``scale``."""
    return (round(VIEW_BOX[2] * scale, 2), round(VIEW_BOX[3] * scale, 2))


def symbol_anchor(scale: float = MAP_SCALE) -> tuple[float, float]:
    """Pixel offset of the frame's centre (the force's position) in the symbol."""
    x, y, _, _ = VIEW_BOX
    return (round((100 - x) * scale, 2), round((100 - y) * scale, 2))


def _n(value: float) -> str:
    """A coordinate written briefly and always the same way (no ``-0``, no ``.0``)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def unit_icon_options(svg: str, text: str | None, *, affiliation: str) -> dict[str, object]:
    """Leaflet ``L.divIcon`` options for a force: its symbol and, beside the
    frame, its label ("RU ~100,000 troops · 10 Jan", plain text: escaped here).

    The anchor is the frame's centre, not the box's, so the echelon mark
    above never shifts the force off its place.
    """
    frame = FRAMES.get(affiliation, FRAMES[UNKNOWN])
    width, height = symbol_size()
    ax, ay = symbol_anchor()
    html = svg
    if text:
        html += (
            f'<span class="gm-chip gm-count gm-force" style="top:{_n(ay)}px;border-color:{frame.ink}">'
            f"{html_text(text)}</span>"
        )
    top_of_frame = (frame.top - VIEW_BOX[1]) * MAP_SCALE
    return {
        "html": html,
        "className": f"gm-icon gm-unit-icon gm-{frame.affiliation}",
        "iconSize": [width, height],
        "iconAnchor": [ax, ay],
        "popupAnchor": [0, round(top_of_frame - ay, 2)],
    }
