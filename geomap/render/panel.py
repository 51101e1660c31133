"""The evidence panel: every drawn thing with the sentence it came from.

A briefing map must answer "where did this come from?" without clicking each
symbol: the panel lists every item (and every plain place) by layer, with its
quote. Clicking a row (or Enter on it) flies the map to the thing and opens
its popup, turning its layer back on if the reader had hidden it. A button
folds the panel away for a clean screenshot; ``hidden=True`` starts it folded
(the evidence stays in the page, one click away, instead of being dropped).

Rows are plain escaped HTML in the page body, like :class:`.furniture.ControlBox`;
the script only refers to the drawn elements by their (content-derived) JS
names and to bounds computed here, so no article text reaches the script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from folium.template import Template

from .element import VerbatimMacroElement
from .escape import html_text, js_value
from .furniture import BOX_AS_CONTROL, STYLED_CONTENT
from .labels import date_text
from .popups import Evidence, quotes, role_label
from .sources import source_html

LatLng = tuple[float, float]

#: Zoom the map flies to for a single point (~ a city and its surroundings),
#: unless the reader is already closer.
POINT_ZOOM = 7
#: Quotes shown per row; the popup has the rest.
ROW_QUOTES = 1

PANEL_CSS = """
.gm-panel { width: 320px; max-width: 40vw; padding: 0; overflow: hidden; }
.gm-panel-head {
  display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 6px 10px;
}
.gm-panel-head h2 {
  font-size: 12px; margin: 0; text-transform: uppercase; letter-spacing: .04em; color: #4b5563;
}
.gm-panel-toggle {
  font: inherit; font-size: 12px; cursor: pointer; border: 1px solid #9ca3af; border-radius: 3px;
  background: #fff; padding: 1px 8px;
}
.gm-panel-body { max-height: calc(100vh - 260px); overflow-y: auto; padding: 0 10px 8px; }
.gm-panel-hidden .gm-panel-body { display: none; }
.gm-panel h3 { font-size: 12px; margin: 8px 0 2px; color: #374151; }
.gm-panel ol { list-style: none; margin: 0; padding: 0; }
.gm-row { padding: 4px 6px; margin: 0 -6px; border-radius: 4px; cursor: pointer; }
.gm-row:hover, .gm-row:focus { background: #eef2ff; outline: none; }
.gm-row-label { font-weight: 600; }
.gm-row-meta { color: #6b7280; font-size: 11px; }
.gm-row blockquote {
  margin: 2px 0 0; padding: 0 0 0 6px; border-left: 3px solid #d1d5db; font-size: 12px; color: #374151;
}
.gm-row mark { background: #fde68a; padding: 0 1px; }
.gm-contested-flag {
  font-size: 10px; text-transform: uppercase; letter-spacing: .04em; color: #b91c1c;
  border: 1px solid #b91c1c; border-radius: 3px; padding: 0 3px;
}
"""


@dataclass(frozen=True)
class EvidenceRow:
    """One drawn thing as the panel lists it, and what a click on it does.

    ``target`` and ``group`` are the JS names of the element whose popup opens
    and of the layer group holding it; ``bounds`` is ``(south-west,
    north-east)`` of everything drawn for it (equal corners for a point).
    """

    label: str
    layer: str
    role: str
    date: str | None
    evidence: tuple[Evidence, ...]
    target: str
    group: str
    bounds: tuple[LatLng, LatLng]
    #: An analyst override changed or added it.
    edited: bool = False
    #: The reports of several articles disagree (see :mod:`geomap.combine`).
    contested: bool = False
    #: JS name of the item's timed sub-layer: the time slider hides the row with it.
    timed: str | None = None


def bounds_of(points: Sequence[LatLng]) -> tuple[LatLng, LatLng]:
    """The south-west and north-east corners around ``points`` (not empty)."""
    lats = [p[0] for p in points]
    lngs = [p[1] for p in points]
    return (min(lats), min(lngs)), (max(lats), max(lngs))


def row_html(index: int, row: EvidenceRow, *, show_article: bool) -> str:
    """One row as escaped HTML; ``data-row`` indexes the script's target list."""
    meta = [role_label(row.role)]
    if row.date:
        meta.append(date_text(row.date) or row.date)  # "11–16 Jan", not "XXXX-01-11/XXXX-01-16"
    if row.edited:
        meta.append("analyst edit")
    timed = f' data-timed="{html_text(row.timed)}"' if row.timed else ""
    parts = [
        f'<li class="gm-row" data-row="{index}"{timed} tabindex="0" role="button">',
        f'<span class="gm-row-label">{html_text(row.label)}</span> ',
        f'<span class="gm-row-meta">{html_text(" · ".join(meta))}</span>',
    ]
    if row.timed:
        # Shown by the time slider while the item lies after the chosen day (see .slider).
        parts.append(' <span class="gm-upcoming-flag" hidden>upcoming</span>')
    if row.contested:
        parts.append(' <span class="gm-contested-flag">contested</span>')
    shown = 0
    for ev in row.evidence:
        found = quotes(ev.article.text, ev.mentions)[: ROW_QUOTES - shown]
        if not found:
            continue
        if show_article:
            parts.append(f'<div class="gm-row-meta">{source_html(ev.article)}</div>')
        parts.extend(f"<blockquote>{q}</blockquote>" for q in found)
        shown += len(found)
        if shown >= ROW_QUOTES:
            break
    parts.append("</li>")
    return "".join(parts)


def panel_html(element_id: str, rows: Sequence[EvidenceRow], *, show_article: bool, hidden: bool) -> str:
    """The whole panel: a heading with the fold button, then rows grouped by layer."""
    body = []
    layer = None
    for index, row in enumerate(rows):
        if row.layer != layer:
            if layer is not None:
                body.append("</ol>")
            layer = row.layer
            body.append(f"<h3>{html_text(layer)}</h3><ol>")
        body.append(row_html(index, row, show_article=show_article))
    if layer is not None:
        body.append("</ol>")
    body_id = html_text(f"{element_id}_body")
    state = " gm-panel-hidden" if hidden else ""
    return (
        f'<div id="{html_text(element_id)}" class="gm-box gm-panel{state}">'
        f'<div class="gm-panel-head"><h2>Evidence ({len(rows)})</h2>'
        f'<button type="button" class="gm-panel-toggle" aria-controls="{body_id}" '
        f'aria-expanded="{"false" if hidden else "true"}">{"Show" if hidden else "Hide"}</button></div>'
        f'<div class="gm-panel-body" id="{body_id}">{"".join(body)}</div></div>'
    )


class EvidencePanel(VerbatimMacroElement):
    """The evidence panel as a Leaflet control (top right, under the layer control).

    Add it to the map after the story layers, so the elements its rows point
    at are defined before its script runs.
    """

    _template = Template(
        STYLED_CONTENT
        + """
        {% macro script(this, kwargs) %}"""
        + BOX_AS_CONTROL
        + """    (function (map, box, rows) {
        var toggle = box.querySelector(".gm-panel-toggle");
        toggle.addEventListener("click", function () {
            var hidden = box.classList.toggle("gm-panel-hidden");
            toggle.setAttribute("aria-expanded", hidden ? "false" : "true");
            toggle.textContent = hidden ? "Show" : "Hide";
        });
        function show(index) {
            var row = rows[index];
            if (!row) { return; }
            if (!map.hasLayer(row.group)) { map.addLayer(row.group); }
            map.closePopup();
            map.once("moveend", function () { row.target.openPopup(); });
            var bounds = L.latLngBounds(row.bounds);
            var folded = box.classList.contains("gm-panel-hidden");
            var right = folded ? 40 : box.offsetWidth + 40;
            if (bounds.getSouthWest().equals(bounds.getNorthEast())) {
                map.flyTo(bounds.getCenter(), Math.max(map.getZoom(), {{ this.point_zoom }}));
            } else {
                map.flyToBounds(bounds, {
                    paddingTopLeft: [40, 40], paddingBottomRight: [right, 40], maxZoom: {{ this.point_zoom }}
                });
            }
        }
        function pick(event) {
            if (event.target.closest("a")) { return; }
            var item = event.target.closest(".gm-row");
            if (item) { show(Number(item.getAttribute("data-row"))); }
        }
        box.addEventListener("click", pick);
        box.addEventListener("keydown", function (event) {
            if (!event.target.classList.contains("gm-row")) { return; }
            if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(event); }
        });
    })({{ this._parent.get_name() }}, document.getElementById({{ this.get_name()|tojson }}), [
        {%- for row in this.rows %}
        {target: {{ row.target }}, group: {{ row.group }}, bounds: {{ this.bounds_js(row) }}},
        {%- endfor %}
    ]);
        {% endmacro %}
        """
    )

    def __init__(self, rows: Sequence[EvidenceRow], *, show_article: bool = False, hidden: bool = False) -> None:
        super().__init__()
        self._name = "EvidencePanel"
        self.rows = list(rows)
        for row in self.rows:
            # Only our own element names reach the script unquoted.
            if not (row.target.replace("_", "").isalnum() and row.group.replace("_", "").isalnum()):
                raise ValueError(f"not a JS element name: {row.target!r}, {row.group!r}")
        self.css = PANEL_CSS
        self.position_js = js_value("topright")
        self.point_zoom = POINT_ZOOM
        self.content = panel_html(self.get_name(), self.rows, show_article=show_article, hidden=hidden)

    @staticmethod
    def bounds_js(row: EvidenceRow) -> str:
        return js_value([list(row.bounds[0]), list(row.bounds[1])])
