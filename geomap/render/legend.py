"""The legend, built from the layers actually drawn (never a fixed list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .escape import html_text
from .furniture import ControlBox


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: an overlay's name and the symbols it uses on this map."""

    layer: str
    swatches: tuple[str, ...]


def legend_box(entries: Sequence[LegendEntry]) -> ControlBox:
    """The legend box; each ``<li>`` carries its layer name in ``data-layer``."""
    rows = "".join(
        f'<li class="gm-legend-entry" data-layer="{html_text(e.layer)}">'
        + "".join(f'<span class="gm-swatch">{s}</span>' for s in e.swatches)
        + f"<span>{html_text(e.layer)}</span></li>"
        for e in entries
    )
    return ControlBox(f"<h2>Legend</h2><ul>{rows}</ul>", position="bottomleft", css_class="gm-legend")
