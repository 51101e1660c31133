"""The classification banner: one line of user text across the top and bottom.

Briefing maps carry their handling marking at both edges, so it survives a
crop of either. The colour is validated rather than passed to CSS as given
(a colour string is the one user value that lands in a stylesheet): a hex
``#rgb``/``#rrggbb`` or one of the conventional marking colours by name. The
default is a neutral grey, because a colour that means a level (green,
red...) should be asked for, not assumed. The text colour is black or white,
whichever reads better on the chosen background.
"""

from __future__ import annotations

import re

from folium.template import Template

from .element import VerbatimMacroElement
from .escape import html_text

#: Conventional marking colours by name (the usual US banner palette).
NAMED_COLORS = {
    "green": "#007a33",
    "blue": "#0033a0",
    "red": "#c8102e",
    "orange": "#ff8c00",
    "yellow": "#fce83a",
    "purple": "#502b85",
    "grey": "#4b5563",
    "gray": "#4b5563",
    "black": "#000000",
    "white": "#ffffff",
}
DEFAULT_COLOR = NAMED_COLORS["grey"]
#: Banner height in CSS pixels; the map is inset by this much at each edge.
BANNER_HEIGHT = 24

_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})")


def parse_color(text: str) -> str:
    """``#rrggbb`` for a colour name or hex code; ValueError for anything else."""
    value = text.strip().lower()
    if value in NAMED_COLORS:
        return NAMED_COLORS[value]
    if not _HEX.fullmatch(value):
        names = ", ".join(sorted(set(NAMED_COLORS) - {"gray"}))
        raise ValueError(f"banner colour must be #rgb, #rrggbb or one of {names}; not {text!r}")
    if len(value) == 4:
        value = "#" + "".join(ch * 2 for ch in value[1:])
    return value


def text_color(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (``#rrggbb``)."""
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # WCAG contrast against white vs against black.
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"


class ClassificationBanner(VerbatimMacroElement):
    """The banner text at the top and the bottom of the page, the map between."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
<style>
.gm-banner {
  position: fixed; left: 0; right: 0; z-index: 1100; height: {{ this.height }}px;
  font: 700 13px/{{ this.height }}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: center; letter-spacing: .06em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  background: {{ this.color }}; color: {{ this.text_color }};
}
.gm-banner-top { top: 0; }
.gm-banner-bottom { bottom: 0; }
body > .folium-map {
  position: absolute !important; left: 0; right: 0; width: auto !important; height: auto !important;
  top: {{ this.height }}px !important; bottom: {{ this.height }}px;
}
</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
<div class="gm-banner gm-banner-top" role="note">{{ this.text }}</div>
<div class="gm-banner gm-banner-bottom" role="note">{{ this.text }}</div>
        {% endmacro %}
        """
    )

    def __init__(self, text: str, color: str | None = None) -> None:
        super().__init__()
        self._name = "ClassificationBanner"
        self.text = html_text(" ".join(text.split()))
        self.color = parse_color(color) if color is not None else DEFAULT_COLOR
        self.text_color = text_color(self.color)
        self.height = BANNER_HEIGHT
