"""A name written on a line: a border the story names ("Belarus–EU border").

A permanent Leaflet tooltip at the line's middle, standalone (not bound to
the line, so the line keeps its own hover tooltip). It lives in the tooltip
pane, so it adds no marker, and it belongs to the line's overlay, so it hides
with it.
"""

from __future__ import annotations

from folium.template import Template

from .element import VerbatimMacroElement
from .escape import html_text, js_value

LatLng = tuple[float, float]


class LineLabel(VerbatimMacroElement):
    """``text`` (plain, escaped here) shown at ``location`` on a line."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    L.tooltip({{ this.options_js }})
        .setLatLng({{ this.location_js }})
        .setContent({{ this.text_js }})
        .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, location: LatLng, text: str) -> None:
        super().__init__()
        self._name = "LineLabel"
        self.location_js = js_value(list(location))
        self.text_js = js_value(html_text(text))
        self.options_js = js_value(
            {"permanent": True, "direction": "center", "interactive": False, "className": "gm-line-label"}
        )
