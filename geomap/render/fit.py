"""The opening view: the situation's bounds, clear of the boxes over the map.

folium's ``FitBounds`` pads by fixed pixels, but how much of the map the
title, legend, sources and evidence panel cover depends on the page's size and
on what the map holds: on a 1600 px page the legend alone takes ~300 px of the
left edge, and a fixed padding left Geneva under it. This element fits once
with the fixed padding (so the page opens at a sensible view even if the
script below cannot measure) and then again with the padding measured from the
four Leaflet control corners, capped so the places keep most of the map.

The bounds are those of the story's core (:func:`core_points`): a few places
far from all the others, such as a capital abroad where a leader flies to, are
drawn but left out of the opening view, so they do not shrink the theatre to a
world map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from folium.template import Template
from geopy.distance import great_circle

from .element import VerbatimMacroElement
from .escape import js_value
from .features import LatLng

#: Pixels kept between the places and a box over the map.
GAP = 12
#: Extra room on the right: labels run to the right of their markers.
LABEL_ROOM = 220
#: The measured padding never takes more than this share of the map's width or
#: height (a narrow embed keeps a usable view; the boxes may then overlap).
MAX_PADDED_SHARE = 0.72


#: A thing is far from the story's core when it lies farther than this from the
#: middle of all things, and farther than OUTLIER_SPREAD times their typical distance.
OUTLIER_KM = 3000
OUTLIER_SPREAD = 4
#: Roles that make the theatre: forces and contested land stay in the opening
#: view however far ("Russian troops deployed in Kazakhstan").
THEATRE_ROLES = frozenset({"troop_position", "disputed_territory"})


@dataclass(frozen=True)
class Extent:
    """The (lat, lon) points of one thing drawn, and whether it makes the theatre."""

    points: tuple[LatLng, ...]
    theatre: bool = False


def core_points(extents: Sequence[Extent]) -> list[LatLng]:
    """The points of ``extents`` less those of a few things far from all the others.

    A thing stands at the median of its points (a line at its middle), and
    the story's middle is the median of those, so far things do not pull it.
    Only a thing outside the theatre (a venue, an actor's capital, a plain
    place) is left out, and at most a third of all things (none of fewer than
    four): when more lie far, the story has two theatres and the view shows both.
    """
    things = [e for e in extents if e.points]
    everything = [p for e in things for p in e.points]
    if len(things) < 4:
        return everything
    spots = [(median(p[0] for p in e.points), median(p[1] for p in e.points)) for e in things]
    middle = (median(p[0] for p in spots), median(p[1] for p in spots))
    distances = [great_circle(middle, spot).km for spot in spots]
    limit = max(OUTLIER_KM, OUTLIER_SPREAD * median(distances))
    kept = [e for e, km in zip(things, distances, strict=True) if e.theatre or km <= limit]
    if len(things) - len(kept) > len(things) // 3:
        return everything
    return [p for e in kept for p in e.points]


class FitToFreeArea(VerbatimMacroElement):
    """Fit ``bounds`` ([[south, west], [north, east]]) into the part of the map no box covers."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    (function (map) {
        var bounds = {{ this.bounds_js }};
        map.fitBounds({{ this.bounds_js }}, {{ this.options_js }});
        var size = map.getSize();
        var corner = function (vertical, horizontal) {
            var box = map.getContainer().querySelector(".leaflet-" + vertical + ".leaflet-" + horizontal);
            var rect = box ? box.getBoundingClientRect() : null;
            return rect ? {width: rect.width, height: rect.height} : {width: 0, height: 0};
        };
        // The bottom-left stack (legend, sources, credits) is tall: it takes a strip on
        // the left; the title takes a strip on top; the layer control and the evidence
        // panel a strip on the right; the zoom buttons a strip at the bottom.
        var left = corner("bottom", "left").width + {{ this.gap }};
        var top = corner("top", "left").height + {{ this.gap }};
        var right = corner("top", "right").width + {{ this.gap }} + {{ this.label_room }};
        var bottom = corner("bottom", "right").height + {{ this.gap }};
        var shrink = function (a, b, total) {
            var most = total * {{ this.max_share }};
            return a + b > most ? most / (a + b) : 1;
        };
        var across = shrink(left, right, size.x), down = shrink(top, bottom, size.y);
        var options = {{ this.options_js }};
        options.paddingTopLeft = [Math.round(left * across), Math.round(top * down)];
        options.paddingBottomRight = [Math.round(right * across), Math.round(bottom * down)];
        map.fitBounds(bounds, options);
    })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        padding_top_left: tuple[int, int],
        padding_bottom_right: tuple[int, int],
        max_zoom: int,
    ) -> None:
        super().__init__()
        self._name = "FitToFreeArea"
        self.bounds_js = js_value(bounds)
        # Opening at the view, not animating to it from the world view, keeps the
        # map ready in a fraction of a second (see png.py's notion of "ready").
        self.options_js = js_value(
            {
                "animate": False,
                "maxZoom": max_zoom,
                "paddingBottomRight": list(padding_bottom_right),
                "paddingTopLeft": list(padding_top_left),
            }
        )
        self.gap = GAP
        self.label_room = LABEL_ROOM
        self.max_share = MAX_PADDED_SHARE
