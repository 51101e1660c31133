"""Page-wide pieces the symbols share: the hatch pattern and their CSS.

Disputed territory is hatched, the cartographic convention for land whose
status is contested. Leaflet has no hatch fill without a plugin, but its SVG
renderer writes a path's ``fillColor`` into the ``fill`` attribute, and an SVG
``fill`` may be ``url(#pattern)`` naming a ``<pattern>`` anywhere in the same
document. So one small hidden ``<svg>`` with the pattern in the page body is
enough: no plugin, no image, nothing fetched, and the stripes stay crisp at
every zoom. (The hidden svg is sized 0, not ``display: none``, under which
Chromium skips its patterns.)
"""

from __future__ import annotations

from folium.template import Template

from .element import VerbatimMacroElement

#: The id of the hatch pattern; a path filled with :data:`HATCH_FILL` is hatched.
HATCH_ID = "gm-hatch-disputed"
HATCH_FILL = f"url(#{HATCH_ID})"
#: Stripe spacing and width in screen pixels (the pattern does not scale with zoom).
HATCH_SPACING, HATCH_WIDTH = 9, 2.5
#: A faint wash under the stripes, so the area reads as one shape.
HATCH_WASH_OPACITY = 0.12

# Labels sized for a 1920 x 1080 projection: 15-16 px bold text on a white
# chip stays legible at the back of a room; line labels are upright and
# centred on their line.
SYMBOL_CSS = """
.gm-unit-icon .gm-chip { font-size: 15px; font-weight: 700; color: #111827; padding: 2px 6px;
  transform: translate(4px, -50%); }
.gm-line-label {
  background: rgba(255,255,255,.92); border: 2px solid #111827; border-radius: 3px; box-shadow: none;
  color: #111827; font: 700 14px/1.2 system-ui, sans-serif; padding: 2px 6px;
}
.gm-line-label::before { display: none; }
.gm-legend li.gm-legend-keys {
  flex-wrap: wrap; gap: 0 8px; max-width: 270px; padding-left: 28px; font-size: 12px; color: #374151;
}
.gm-legend .gm-legend-key { display: inline-flex; align-items: center; gap: 3px; }
.gm-legend .gm-legend-key .gm-swatch { width: auto; min-width: 22px; }
.gm-legend .gm-legend-note { flex-basis: 100%; font-size: 11px; color: #6b7280; font-style: italic; }
.gm-legend .gm-mark { font: 700 11px/1 ui-monospace, monospace; letter-spacing: -.5px; }
"""


def hatch_pattern_svg(color: str) -> str:
    """The ``<pattern>`` of diagonal stripes in ``color`` over a faint wash."""
    s = HATCH_SPACING
    return (
        f'<pattern id="{HATCH_ID}" patternUnits="userSpaceOnUse" width="{s}" height="{s}"'
        f' patternTransform="rotate(45)">'
        f'<rect width="{s}" height="{s}" fill="{color}" fill-opacity="{HATCH_WASH_OPACITY}"/>'
        f'<line x1="0" y1="0" x2="0" y2="{s}" stroke="{color}" stroke-width="{HATCH_WIDTH * 2}"/>'
        "</pattern>"
    )


def hatch_swatch(color: str) -> str:
    """A hatched square for the legend, drawn with its own stripes (a legend
    swatch must not depend on the map's pattern being in the page)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="14" aria-hidden="true">'
        f'<rect x="1" y="1" width="16" height="12" fill="{color}" fill-opacity="{HATCH_WASH_OPACITY}"'
        f' stroke="{color}" stroke-width="1.5"/>'
        f'<path d="M1 9L9 1M1 13L13 1M5 13L17 1M9 13L17 5M13 13L17 9" stroke="{color}" stroke-width="1.6"/>'
        "</svg>"
    )


class SymbolDefs(VerbatimMacroElement):
    """The symbols' CSS (in the header) and the hidden hatch pattern (in the body)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false"
 style="position:absolute;width:0;height:0;overflow:hidden"><defs>{{ this.patterns }}</defs></svg>
        {% endmacro %}
        """
    )

    def __init__(self, hatch_color: str) -> None:
        super().__init__()
        self._name = "SymbolDefs"
        self.css = SYMBOL_CSS
        self.patterns = hatch_pattern_svg(hatch_color)
