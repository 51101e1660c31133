"""Inline SVG symbols per role, used as Leaflet DivIcons and legend swatches.

Own SVG instead of an icon font (Font Awesome, awesome-markers) means nothing
to fetch, nothing to inline but a few hundred bytes, and crisp shapes at any
zoom. Each role differs by shape as well as colour (see style.py).
"""

from __future__ import annotations

from ..model import TroopCount
from .escape import html_text
from .style import RoleStyle, role_style

#: Roles whose markers carry their name on the map; the rest show it on hover.
LABELLED_ROLES = ("meeting_venue", "troop_position", "disputed_territory")
#: Longest name shown in a chip.
MAX_CHIP_CHARS = 28

# Shapes drawn in a 24x24 box centred on (12, 12); the white outline keeps
# them readable over any fill, including the "Countries involved" shading.
_SHAPES = {
    "star": (
        '<circle cx="12" cy="12" r="11" fill="{c}" stroke="#fff" stroke-width="2"/>'
        '<path d="M12 5.2l2 4.3 4.6.5-3.4 3.1 1 4.6L12 15.4l-4.2 2.3 1-4.6-3.4-3.1'
        ' 4.6-.5z" fill="#fff"/>'
    ),
    "triangle": (
        '<path d="M12 1.5L23 21.5H1z" fill="{c}" stroke="#fff" stroke-width="2"'
        ' stroke-linejoin="round"/><circle cx="12" cy="15" r="2.6" fill="#fff"/>'
    ),
    # Disputed land: a hatched square, like the hatched area it marks (and
    # unlike the hostile unit frame, a diamond).
    "hatched": (
        '<rect x="2" y="2" width="20" height="20" rx="2" fill="#fff" stroke="#fff" stroke-width="4"/>'
        '<path d="M2 12L12 2M2 22L22 2M12 22L22 12" stroke="{c}" stroke-width="2.5"/>'
        '<rect x="2" y="2" width="20" height="20" rx="2" fill="none" stroke="{c}" stroke-width="2.5"/>'
    ),
    "dot": '<circle cx="12" cy="12" r="9" fill="{c}" stroke="#fff" stroke-width="4"/>',
    "ring": '<circle cx="12" cy="12" r="8" fill="#fff" stroke="{c}" stroke-width="5"/>',
}


def svg_symbol(style: RoleStyle, size: int | None = None) -> str:
    """The role's shape as an inline ``<svg>`` of ``size`` pixels."""
    px = size or style.size
    body = _SHAPES[style.shape].format(c=style.color)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}"'
        f' viewBox="0 0 24 24" aria-hidden="true">{body}</svg>'
    )


def format_count(count: TroopCount) -> str:
    """A troop count as a map label: reported numbers are estimates, hence ``~``;
    a range ("tens of thousands") keeps both ends."""
    if isinstance(count, tuple):
        low, high = count
        return f"{low:,}–{high:,}"
    return f"~{count:,}"


def chip_text(role: str, label: str, troop_count: TroopCount | None = None, suffix: str = "") -> str | None:
    """The text shown beside a marker: a troop count, a short name, or nothing.

    Plain places carry no chip (their name shows on hover) so the story's
    places stand out; long names are cut, the popup has them in full. A
    ``suffix`` (" · 10 Jan") follows the name uncut.
    """
    if troop_count:
        return format_count(troop_count)
    if role not in LABELLED_ROLES or not label:
        return None
    name = label if len(label) <= MAX_CHIP_CHARS else label[: MAX_CHIP_CHARS - 1].rstrip() + "…"
    return name + suffix


def icon_html(role: str, label: str = "", troop_count: TroopCount | None = None, suffix: str = "") -> str:
    """The DivIcon markup for a marker: the symbol, plus its chip if any."""
    style = role_style(role)
    text = chip_text(role, label, troop_count, suffix)
    if text is None:
        return svg_symbol(style)
    kind = "gm-count" if troop_count else "gm-name"
    return (
        f'{svg_symbol(style)}<span class="gm-chip {kind}" style="border-color:{style.color};'
        f'color:{style.color}">{html_text(text)}</span>'
    )


def icon_options(
    role: str, label: str = "", troop_count: TroopCount | None = None, suffix: str = ""
) -> dict[str, object]:
    """Leaflet ``L.divIcon`` options for a marker in ``role``.

    The anchor is the symbol's centre, so the place sits under the shape's
    middle at every zoom; the class replaces Leaflet's white ``div-icon`` box.
    """
    style = role_style(role)
    half = style.size // 2
    return {
        "html": icon_html(role, label, troop_count, suffix),
        "className": f"gm-icon gm-{style.shape}",
        "iconSize": [style.size, style.size],
        "iconAnchor": [half, half],
        "popupAnchor": [0, -half],
    }


def line_swatch(color: str, dash: str | None) -> str:
    """A short line sample for the legend (troops along a border...)."""
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="21" y2="5" stroke="{color}" stroke-width="4"{dash_attr}/></svg>'
    )


def area_swatch(fill: str, stroke: str, opacity: float) -> str:
    """A filled square for area layers (countries involved)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="14" aria-hidden="true">'
        f'<rect x="1" y="1" width="16" height="12" fill="{fill}" fill-opacity="{opacity}"'
        f' stroke="{stroke}" stroke-width="1.5"/></svg>'
    )
