"""The opening view: the situation's bounds, clear of the boxes over the map.

folium's ``FitBounds`` pads by fixed pixels, but how much of the map the
title, legend, sources and evidence panel cover depends on the page's size and
on what the map holds: on a 1600 px page the legend alone takes ~300 px of the
left edge, and a fixed padding left Geneva under it. This element fits once
with the fixed padding (so the page opens at a sensible view even if the
script below cannot measure) and then again with the padding measured from the
four Leaflet control corners, capped so the places keep most of the map.
"""

from __future__ import annotations

from folium.template import Template

from .element import VerbatimMacroElement
from .escape import js_value

#: Pixels kept between the places and a box over the map.
GAP = 12
#: Extra room on the right: labels run to the right of their markers.
LABEL_ROOM = 220
#: The measured padding never takes more than this share of the map's width or
#: height (a narrow embed keeps a usable view; the boxes may then overlap).
MAX_PADDED_SHARE = 0.72


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
