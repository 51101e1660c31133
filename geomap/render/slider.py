"""The time slider: the map's state at a chosen day (see :mod:`geomap.timeline`).

Each dated item is drawn inside its own :class:`TimedLayer`, a sub-group of
its role's layer; the slider takes that sub-group out of its layer on days the
item is not on the map and puts it back on days it is, so the layer control
still switches whole layers. Undated items are never in a TimedLayer: they are
always shown. Panel rows of hidden items are hidden too (a row must not fly
to a symbol that is not there), with a layer's heading once none of its rows
is left, and the title box's as-of date follows the
slider: the map says the date whose state it shows.

An item dated after the chosen day that an article already reported by then
(talks "later this week", in an article of that day) is *upcoming*: it stays
on the map, drawn faint and dashed, and its panel row says "upcoming", so the
map as of the article date still shows what the article says is to come. An
item no article had reported by that day is hidden like one that has ended.

The control is a native ``<input type="range">`` (arrow keys, Page Up/Down,
Home/End, screen readers via ``aria-valuetext``) in a Leaflet control box,
plus a button back to where it started; nothing is fetched. One notch past the
last day is "all dates": every item shown, as on a map with no slider; the
slider starts there when the map has no as-of date. Days are whole
numbers from the first day, turned into text by the script from that day, so
the page holds no list of dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from folium.template import Template

from geomap.timeline import Timeline, Window

from .element import VerbatimMacroElement
from .escape import html_text, js_value
from .furniture import BOX_AS_CONTROL, STYLED_CONTENT

#: What the notch past the last day is called: every item is shown there.
ALL_DATES = "all dates"

SLIDER_CSS = """
.gm-timeline { width: 280px; font-size: 12px; }
.gm-timeline-head { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; }
.gm-timeline label { font-weight: 600; color: #374151; }
.gm-timeline input[type=range] { width: 100%; margin: 4px 0 0; }
.gm-timeline-ends { display: flex; justify-content: space-between; color: #6b7280; font-size: 11px; }
.gm-timeline-now { font-weight: 600; }
.gm-upcoming-flag { color: #6b7280; font-size: 11px; font-style: italic; }
.gm-timeline button {
  font: inherit; font-size: 11px; cursor: pointer; border: 1px solid #9ca3af; border-radius: 3px;
  background: #fff; padding: 0 6px; white-space: nowrap;
}
"""


class TimedLayer(VerbatimMacroElement):
    """A sub-group holding what is drawn for one dated item (inside its role's layer)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.featureGroup().addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, when: Window, reported: date | None = None) -> None:
        super().__init__()
        self._name = "TimedLayer"
        self.when = when
        #: The first day an article reported the item (None: not known, taken as always).
        self.reported = reported


@dataclass(frozen=True)
class TimedEntry:
    """One TimedLayer as the slider sees it: its JS name, its layer's, and its days."""

    layer: str
    parent: str
    start: int | None
    end: int | None
    #: The first day an article reported it: from then until ``start`` it is upcoming.
    reported: int | None = None


def timed_entries(layers: Sequence[TimedLayer], line: Timeline) -> list[TimedEntry]:
    """The slider's view of ``layers`` (added to their role layers already)."""
    return [
        TimedEntry(
            layer.get_name(),
            layer._parent.get_name(),
            line.index(layer.when.start),
            line.index(layer.when.end),
            line.index(layer.reported),
        )
        for layer in layers
    ]


def slider_html(element_id: str, line: Timeline) -> str:
    """The control's markup: label, range input, the two ends and the shown day."""
    input_id = html_text(f"{element_id}_input")
    now = html_text(line.text(line.initial) if line.initial else ALL_DATES)
    back = f"As of {now}" if line.initial else "All dates"
    return (
        f'<div id="{html_text(element_id)}" class="gm-box gm-timeline">'
        f'<div class="gm-timeline-head"><label for="{input_id}">Map as of '
        f'<output class="gm-timeline-now" for="{input_id}">{now}</output></label>'
        f'<button type="button" class="gm-timeline-reset">{back}</button></div>'
        f'<input type="range" id="{input_id}" min="0" max="{line.days + 1}" step="1" '
        f'value="{initial_step(line)}" aria-valuetext="{now}">'
        f'<div class="gm-timeline-ends"><span>{html_text(line.text(line.first))}</span>'
        f"<span>{html_text(line.text(line.last))} · {ALL_DATES}</span></div></div>"
    )


def initial_step(line: Timeline) -> int:
    """Where the slider starts: the as-of day, else the "all dates" notch."""
    return line.days + 1 if line.initial is None else (line.initial - line.first).days


class TimeSlider(VerbatimMacroElement):
    """The slider as a Leaflet control (top left, under the title box).

    Add it after the story layers, the evidence panel and the title box: its
    script refers to their elements.
    """

    _template = Template(
        STYLED_CONTENT
        + """
        {% macro script(this, kwargs) %}"""
        + BOX_AS_CONTROL
        + """    (function (box, first, masked, initial, days, entries) {
        var input = box.querySelector("input");
        var now = box.querySelector(".gm-timeline-now");
        var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        function text(step) {
            if (step > days) { return {{ this.all_js }}; }
            var day = new Date(Date.UTC(first[0], first[1] - 1, first[2] + step));
            // The same text as Timeline.text: "10 Jan" when no date has a year.
            return masked ? day.getUTCDate() + " " + MONTHS[day.getUTCMonth()] : day.toISOString().slice(0, 10);
        }
        // Upcoming items are drawn faint and dashed; each shape keeps its own style to go back to.
        function faint(layer, upcoming) {
            if (layer.eachLayer) { layer.eachLayer(function (part) { faint(part, upcoming); }); return; }
            if (layer.setOpacity) { layer.setOpacity(upcoming ? 0.5 : 1); return; }
            if (layer.setStyle) {
                if (!layer.gmStyle) {
                    layer.gmStyle = {opacity: layer.options.opacity, fillOpacity: layer.options.fillOpacity,
                                     dashArray: layer.options.dashArray || null};
                }
                var own = layer.gmStyle;
                layer.setStyle(upcoming ? {opacity: (own.opacity === undefined ? 1 : own.opacity) * 0.5,
                                           fillOpacity: (own.fillOpacity === undefined ? 0.2 : own.fillOpacity) * 0.5,
                                           dashArray: "6 6"} : own);
            }
        }
        function show(step) {
            entries.forEach(function (entry) {
                var all = step > days;
                var started = entry.start === null || entry.start <= step;
                var over = entry.end !== null && entry.end < step;
                var upcoming = !all && !started && (entry.reported === null || entry.reported <= step);
                var on = all || (started && !over) || upcoming;
                if (on !== entry.parent.hasLayer(entry.layer)) {
                    if (on) { entry.parent.addLayer(entry.layer); } else { entry.parent.removeLayer(entry.layer); }
                }
                if (upcoming !== Boolean(entry.upcoming)) { faint(entry.layer, upcoming); entry.upcoming = upcoming; }
                document.querySelectorAll('.gm-row[data-timed="' + entry.name + '"]').forEach(function (row) {
                    row.hidden = !on;
                    row.classList.toggle("gm-row-upcoming", upcoming);
                    var flag = row.querySelector(".gm-upcoming-flag");
                    if (flag) { flag.hidden = !upcoming; }
                });
            });
            // A layer's heading goes with its last shown row: no empty sections in the panel.
            document.querySelectorAll(".gm-panel-body ol").forEach(function (list) {
                var shown = Array.prototype.some.call(list.children, function (row) { return !row.hidden; });
                list.hidden = !shown;
                var heading = list.previousElementSibling;
                if (heading && heading.tagName === "H3") { heading.hidden = !shown; }
            });
            var day = text(step);
            now.textContent = day;
            input.setAttribute("aria-valuetext", day);
            document.querySelectorAll(".gm-as-of").forEach(function (span) { span.textContent = day; });
        }
        input.addEventListener("input", function () { show(Number(input.value)); });
        box.querySelector(".gm-timeline-reset").addEventListener("click", function () {
            input.value = initial;
            show(initial);
        });
        show(Number(input.value));
    })(document.getElementById({{ this.get_name()|tojson }}), {{ this.first_js }}, {{ this.masked_js }},
       {{ this.initial }}, {{ this.days }}, [
        {%- for entry in this.entries %}
        {name: {{ entry.layer|tojson }}, layer: {{ entry.layer }}, parent: {{ entry.parent }},
         start: {{ this.step_js(entry.start) }}, end: {{ this.step_js(entry.end) }},
         reported: {{ this.step_js(entry.reported) }}},
        {%- endfor %}
    ]);
        {% endmacro %}
        """
    )

    def __init__(self, line: Timeline, entries: Sequence[TimedEntry]) -> None:
        super().__init__()
        self._name = "TimeSlider"
        self.entries = list(entries)
        for entry in self.entries:
            # Only our own element names reach the script unquoted.
            if not (entry.layer.replace("_", "").isalnum() and entry.parent.replace("_", "").isalnum()):
                raise ValueError(f"not a JS element name: {entry.layer!r}, {entry.parent!r}")
        self.css = SLIDER_CSS
        self.position_js = js_value("topleft")
        self.first_js = js_value([line.first.year, line.first.month, line.first.day])
        self.masked_js = js_value(line.masked)
        self.initial = initial_step(line)
        self.days = int(line.days)
        self.all_js = js_value(ALL_DATES)
        self.content = slider_html(self.get_name(), line)

    @staticmethod
    def step_js(step: int | None) -> str:
        return js_value(step)
