"""Small Leaflet elements for what the map draws, in folium's MacroElement style.

folium's own Marker/Popup/Tooltip paste popup text into JS template literals
(with jQuery) and start markers with the default PNG icon; these elements
instead pass every value through :func:`~geomap.render.escape.js_value` and
give markers their SVG icon from the start. Each renders one short script.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from folium.template import Template

from ..model import TroopCount
from .element import VerbatimMacroElement
from .escape import html_text, js_value
from .style import RoleStyle
from .symbols import icon_options

LatLng = tuple[float, float]


class SymbolMarker(VerbatimMacroElement):
    """A marker drawn with the role's SVG symbol, with a popup and a tooltip.

    ``popup`` is trusted HTML (built by :mod:`.popups`); ``tooltip`` and
    ``label`` (the name beside the symbol, see :func:`.symbols.chip_text`) are
    plain text and are escaped here.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.marker({{ this.location_js }}, {
        icon: L.divIcon({{ this.icon_js }}),
        riseOnHover: true,
        zIndexOffset: {{ this.z_offset }}
    }).addTo({{ this._parent.get_name() }});
    {{ this.get_name() }}.bindPopup({{ this.popup_js }}, {maxWidth: 360});
    {{ this.get_name() }}.bindTooltip({{ this.tooltip_js }}, {{ this.tooltip_options_js }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        location: LatLng,
        *,
        role: str,
        style: RoleStyle,
        popup: str,
        tooltip: str,
        label: str = "",
        troop_count: TroopCount | None = None,
        icon: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self._name = "SymbolMarker"
        self.location = location
        self.location_js = js_value(list(location))
        # ``icon`` replaces the role's symbol (a force's unit symbol, see .unit_symbols).
        icon = icon or icon_options(role, label, troop_count)
        self.icon_js = js_value(icon)
        self.z_offset = int(style.z_offset)
        self.popup_js = js_value(popup)
        self.tooltip_js = js_value(html_text(tooltip))
        above = icon["popupAnchor"][1] if icon.get("popupAnchor") else -(style.size // 2)
        self.tooltip_options_js = js_value({"direction": "top", "offset": [0, above]})


class PathShape(VerbatimMacroElement):
    """A line (border, front) or outline drawn in a role's colour, with a popup.

    A wider white casing is drawn under the coloured line so it stays visible
    over country fills and tiles alike.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    L.{{ this.kind }}({{ this.latlngs_js }}, {{ this.casing_js }}).addTo({{ this._parent.get_name() }});
    var {{ this.get_name() }} = L.{{ this.kind }}({{ this.latlngs_js }}, {{ this.options_js }})
        .addTo({{ this._parent.get_name() }});
    {{ this.get_name() }}.bindPopup({{ this.popup_js }}, {maxWidth: 360});
    {{ this.get_name() }}.bindTooltip({{ this.tooltip_js }}, {sticky: true});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        latlngs: Sequence[Any],
        *,
        kind: str,
        style: RoleStyle,
        popup: str,
        tooltip: str,
        weight: float = 5,
        fill_opacity: float = 0.18,
        pane: str | None = None,
        fill_color: str | None = None,
    ) -> None:
        super().__init__()
        if kind not in ("polyline", "polygon"):
            raise ValueError(f"unknown path kind {kind!r}")
        self._name = "PathShape"
        self.kind = kind
        self.latlngs = latlngs
        self.latlngs_js = js_value(latlngs)
        options: dict[str, Any] = {
            "color": style.color,
            "weight": weight,
            "opacity": 0.95,
            "lineCap": "round",
            "dashArray": style.dash,
            "fill": kind == "polygon",
            # A pattern (``url(#id)``, see .symbol_defs) hatches the area.
            "fillColor": fill_color,
            "fillOpacity": fill_opacity,
            "pane": pane,
        }
        self.options_js = js_value({k: v for k, v in options.items() if v is not None})
        casing: dict[str, Any] = {"color": "#ffffff", "weight": weight + 4, "opacity": 0.75, "fill": False}
        self.casing_js = js_value({**casing, "interactive": False, **({"pane": pane} if pane else {})})
        self.popup_js = js_value(popup)
        self.tooltip_js = js_value(html_text(tooltip))


class WorldShapes(VerbatimMacroElement):
    """Country polygons as one JS FeatureCollection that shape layers share.

    Rings arrive polyline-encoded (see :mod:`.basemap`), about a quarter of the
    size of GeoJSON text; the decoder below is the standard polyline algorithm.
    Drawing nothing itself, it must be added to the map before its layers.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = (function (rows) {
        function decode(s) {
            var points = [], i = 0, x = 0, y = 0;
            while (i < s.length) {
                for (var k = 0; k < 2; k++) {
                    var b, shift = 0, r = 0;
                    do {
                        b = s.charCodeAt(i++) - 63;
                        r |= (b & 31) << shift;
                        shift += 5;
                    } while (b >= 32);
                    var d = (r & 1) ? ~(r >> 1) : (r >> 1);
                    if (k === 0) { x += d; } else { y += d; }
                }
                points.push([x / {{ this.scale }}, y / {{ this.scale }}]);
            }
            return points;
        }
        return {type: "FeatureCollection", features: rows.map(function (row) {
            return {
                type: "Feature",
                properties: {name: row[0], iso2: row[1]},
                geometry: {type: "MultiPolygon", coordinates: row[2].map(function (polygon) {
                    return polygon.map(decode);
                })}
            };
        })};
    })({{ this.rows_js }});
        {% endmacro %}
        """
    )

    def __init__(self, rows_js: str, scale: int) -> None:
        super().__init__()
        self._name = "WorldShapes"
        self.rows_js = rows_js
        self.scale = int(scale)


class CountryLayer(VerbatimMacroElement):
    """Countries from a :class:`WorldShapes`, styled; optionally only some ISO2 codes."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.geoJSON({{ this.source.get_name() }}, {
        pane: {{ this.pane_js }},
        interactive: {{ this.interactive_js }},
        style: {{ this.style_js }},
        {%- if this.iso2_js %}
        filter: function (feature) {
            return {{ this.iso2_js }}.indexOf(feature.properties.iso2) >= 0;
        },
        {%- endif %}
        {%- if this.interactive %}
        onEachFeature: function (feature, layer) {
            layer.bindTooltip(feature.properties.name, {sticky: true});
        },
        {%- endif %}
    }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        source: WorldShapes,
        *,
        style: dict[str, Any],
        pane: str,
        iso2: Sequence[str] | None = None,
        interactive: bool = False,
    ) -> None:
        super().__init__()
        self._name = "CountryLayer"
        self.source = source
        self.style_js = js_value(style)
        self.pane_js = js_value(pane)
        self.iso2_js = js_value(list(iso2)) if iso2 is not None else ""
        self.interactive = interactive
        self.interactive_js = js_value(interactive)
