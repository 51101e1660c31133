"""The legend, built from the layers actually drawn (never a fixed list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .escape import html_text
from .furniture import ControlBox


@dataclass(frozen=True)
class LegendKey:
    """A line under a layer's entry explaining one of its symbols (a frame, an
    echelon mark); with no swatch it is a note (how frames were assigned)."""

    text: str
    swatch: str = ""


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: an overlay's name and the symbols it uses on this map,
    then keys to the symbols that need words (only those drawn)."""

    layer: str
    swatches: tuple[str, ...]
    keys: tuple[LegendKey, ...] = ()


def _keys_row(keys: Sequence[LegendKey]) -> str:
    """A layer's keys in one wrapping row under it: a note, then swatch-text pairs."""
    if not keys:
        return ""
    parts = []
    for key in keys:
        if key.swatch:
            parts.append(
                f'<span class="gm-legend-key"><span class="gm-swatch">{key.swatch}</span>{html_text(key.text)}</span>'
            )
        else:
            parts.append(f'<span class="gm-legend-note">{html_text(key.text)}</span>')
    return f'<li class="gm-legend-keys">{"".join(parts)}</li>'


def legend_box(entries: Sequence[LegendEntry]) -> ControlBox:
    """The legend box; each layer's ``<li>`` carries its name in ``data-layer``,
    its keys follow in one ``<li class="gm-legend-keys">`` (swatches are trusted markup)."""
    rows = "".join(
        f'<li class="gm-legend-entry" data-layer="{html_text(e.layer)}">'
        + "".join(f'<span class="gm-swatch">{s}</span>' for s in e.swatches)
        + f"<span>{html_text(e.layer)}</span></li>"
        + _keys_row(e.keys)
        for e in entries
    )
    return ControlBox(f"<h2>Legend</h2><ul>{rows}</ul>", position="bottomleft", css_class="gm-legend")
