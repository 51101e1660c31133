"""The corpus map: every item of a batch folder on one offline page.

Where :func:`geomap.render.render_html` draws one story in detail, a corpus
has thousands of items, so this page shows them as clustered markers
(Leaflet.markercluster, inlined from its package), a heat layer (our own
canvas layer below), a time slider over item dates and filters by role and
side.  The items travel as one compact JSON array; markers are made once and
filtering only re-adds the visible ones to the cluster group, so the page
stays responsive with tens of thousands of items.  Popups are built with DOM
``textContent``: article text never becomes markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from folium.map import CustomPane
from folium.template import Template

from .assets import OfflineAssets, OfflineMap
from .basemap import SCALE, world_basemap
from .cluster import MarkerClusterAssets
from .element import VerbatimMacroElement
from .escape import html_text, js_value
from .features import CountryLayer, WorldShapes
from .furniture import ControlBox, footer_box
from .ids import stable_ids
from .style import LAND_FILL, LAND_STROKE, role_style

if TYPE_CHECKING:
    import geopandas

#: Roles in the order the filter lists them (the story's main roles first).
ROLE_ORDER = ("meeting_venue", "troop_position", "disputed_territory", "actor", "other")

#: Sides the side filter offers by name, most frequent first; the rest share "other sides".
MAX_SIDES = 40

#: Deepest zoom (street level): the cluster group splits every cluster by then.
MAX_ZOOM = 18

#: The start of an ISO 8601 date or period with a known year: "2022-01-10", "2021-12", "1997/..".
_DATE_START = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

_EPOCH = dt.date(1970, 1, 1)


def item_day(date: str | None, article_date: str | None = None) -> int | None:
    """Days since 1970-01-01 of the start of an item's date, for the time slider.

    A period counts from its start, a month or year from its first day.  An
    item without a date, or whose year is unknown (``XXXX-01-10``), takes its
    article's date; with neither it has no day (the slider leaves it alone).
    """
    for value in (date, article_date):
        match = _DATE_START.match(value or "")
        if not match:
            continue
        year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
        try:
            return (dt.date(year, month, day) - _EPOCH).days
        except ValueError:
            continue
    return None


def corpus_data(items: geopandas.GeoDataFrame) -> dict[str, Any]:
    """The page's data: roles, sides, articles, and one compact row per item.

    A row is ``[lat, lon, role, side, day, label, article, date]`` where
    ``role``, ``side`` and ``article`` index the lists beside it (side -1: none,
    or one of the rarer sides) and ``day`` is :func:`item_day`.
    """
    import pandas

    def text(value: Any) -> str | None:
        return None if value is None or pandas.isna(value) else str(value)

    points = items.geometry.representative_point() if len(items) else []
    present = Counter(text(r) or "other" for r in items["role"]) if len(items) else Counter()
    roles = [r for r in ROLE_ORDER if r in present] + sorted(r for r in present if r not in ROLE_ORDER)
    side_counts = Counter(s for s in (text(v) for v in items["side"]) if s) if len(items) else Counter()
    sides = [s for s, _ in sorted(side_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_SIDES]]
    role_index = {r: i for i, r in enumerate(roles)}
    side_index = {s: i for i, s in enumerate(sides)}
    articles: list[list[str | None]] = []
    article_index: dict[str, int] = {}
    rows = []
    for row, point in zip(items.itertuples(index=False), points, strict=True):
        if point is None or point.is_empty:
            continue
        key = text(row.article_hash) or ""
        if key not in article_index:
            article_index[key] = len(articles)
            articles.append([text(row.article_id), text(row.article_title), text(row.article_date)])
        side = text(row.side)
        date = text(row.date)
        rows.append(
            [
                round(point.y, 4),
                round(point.x, 4),
                role_index[text(row.role) or "other"],
                side_index.get(side, -1) if side else -2,
                item_day(date, text(row.article_date)),
                text(row.label) or "",
                article_index[key],
                date,
            ]
        )
    return {
        "roles": [[r, role_style(r).label, role_style(r).color] for r in roles],
        "sides": sides,
        "articles": articles,
        "items": rows,
    }


class CorpusLayers(VerbatimMacroElement):
    """Clusters, heat, time slider and filters over the items of :func:`corpus_data`."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
<style>
.gm-cdot { background: none; border: none; }
.gm-cdot span { display: block; width: 10px; height: 10px; border-radius: 50%; border: 1.5px solid #fff;
  box-shadow: 0 0 2px rgba(0,0,0,.6); }
.gm-filters { width: 230px; font-size: 12px; }
.gm-filters h2 { font-size: 12px; margin: 6px 0 3px; text-transform: uppercase; letter-spacing: .04em;
  color: #4b5563; }
.gm-filters label { display: flex; align-items: center; gap: 5px; margin: 1px 0; }
.gm-filters .gm-swatch { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
.gm-filters input[type=range] { width: 100%; margin: 2px 0; }
.gm-filters select { width: 100%; }
.gm-filters .gm-shown { font-weight: 600; margin-top: 6px; }
</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
    (function (map, data) {
        var DAY = 86400000, MAX_ZOOM = {{ this.max_zoom }};
        var items = data.items, roles = data.roles, sides = data.sides, articles = data.articles;

        // -- heat: points binned into cells on a canvas, then coloured by density --
        var HeatLayer = L.Layer.extend({
            options: {radius: 16, pane: "overlayPane"},
            initialize: function (options) { L.setOptions(this, options); this._points = []; },
            onAdd: function (map) {
                this._canvas = L.DomUtil.create("canvas", "gm-heat leaflet-zoom-hide");
                this._canvas.style.pointerEvents = "none";
                this.getPane().appendChild(this._canvas);
                map.on("moveend zoomend resize", this._redraw, this);
                this._redraw();
            },
            onRemove: function (map) {
                L.DomUtil.remove(this._canvas);
                map.off("moveend zoomend resize", this._redraw, this);
            },
            setPoints: function (points) { this._points = points; if (this._map) { this._redraw(); } },
            _stamp: function () {
                if (this._stampCanvas) { return this._stampCanvas; }
                var r = this.options.radius, c = document.createElement("canvas"), ctx = c.getContext("2d");
                c.width = c.height = 2 * r;
                var g = ctx.createRadialGradient(r, r, 0, r, r, r);
                g.addColorStop(0, "rgba(0,0,0,1)");
                g.addColorStop(1, "rgba(0,0,0,0)");
                ctx.fillStyle = g;
                ctx.fillRect(0, 0, 2 * r, 2 * r);
                return (this._stampCanvas = c);
            },
            _palette: function () {
                if (this._colours) { return this._colours; }
                var c = document.createElement("canvas"), ctx = c.getContext("2d", {willReadFrequently: true});
                c.width = 256; c.height = 1;
                var g = ctx.createLinearGradient(0, 0, 256, 0);
                g.addColorStop(0.25, "#2563eb"); g.addColorStop(0.5, "#22c55e");
                g.addColorStop(0.75, "#facc15"); g.addColorStop(1, "#dc2626");
                ctx.fillStyle = g;
                ctx.fillRect(0, 0, 256, 1);
                return (this._colours = ctx.getImageData(0, 0, 256, 1).data);
            },
            _redraw: function () {
                var map = this._map, size = map.getSize(), canvas = this._canvas, r = this.options.radius;
                L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
                canvas.width = size.x; canvas.height = size.y;
                var ctx = canvas.getContext("2d", {willReadFrequently: true});
                var cell = r / 2, cells = {}, max = 1, bounds = map.getBounds().pad(0.2);
                for (var i = 0; i < this._points.length; i++) {
                    var ll = this._points[i];
                    if (!bounds.contains(ll)) { continue; }
                    var p = map.latLngToContainerPoint(ll);
                    var key = Math.floor(p.x / cell) + ":" + Math.floor(p.y / cell);
                    var c = cells[key] || (cells[key] = [0, 0, 0]);
                    c[0] += p.x; c[1] += p.y; c[2] += 1;
                    if (c[2] > max) { max = c[2]; }
                }
                var stamp = this._stamp();
                for (var k in cells) {
                    var v = cells[k];
                    ctx.globalAlpha = 0.08 + 0.5 * Math.log(1 + v[2]) / Math.log(1 + max);
                    ctx.drawImage(stamp, v[0] / v[2] - r, v[1] / v[2] - r);
                }
                if (!size.x || !size.y) { return; }
                var image = ctx.getImageData(0, 0, size.x, size.y), px = image.data, colours = this._palette();
                for (var j = 3; j < px.length; j += 4) {
                    var a = px[j];
                    if (!a) { continue; }
                    var o = a * 4;
                    px[j - 3] = colours[o]; px[j - 2] = colours[o + 1]; px[j - 1] = colours[o + 2];
                    px[j] = Math.min(220, 60 + a);
                }
                ctx.putImageData(image, 0, 0);
            }
        });

        // -- markers, made once; popups built on demand with textContent --
        var icons = roles.map(function (role) {
            return L.divIcon({className: "gm-cdot", iconSize: [13, 13],
                              html: "<span style=\\"background:" + role[2] + "\\"></span>"});
        });
        var markers = items.map(function (item, i) {
            var marker = L.marker([item[0], item[1]], {icon: icons[item[2]], title: item[5]});
            marker.gmIndex = i;
            return marker;
        });
        function popup(i) {
            var item = items[i], article = articles[item[6]], box = document.createElement("div");
            box.className = "gm-popup";
            var head = document.createElement("h3");
            head.textContent = item[5];
            box.appendChild(head);
            var lines = [roles[item[2]][1] + (item[3] >= 0 ? " · " + sides[item[3]] : ""),
                         item[7] ? "date " + item[7] : "",
                         (article[1] || article[0] || "") + (article[2] ? " (" + article[2] + ")" : "")];
            lines.forEach(function (text) {
                if (!text) { return; }
                var line = document.createElement("div");
                line.textContent = text;
                box.appendChild(line);
            });
            return box;
        }
        // Without tiles the map has no maximum zoom, and the cluster group needs one.
        if (map.options.maxZoom === undefined) { map.setMaxZoom(MAX_ZOOM); }
        var cluster = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false,
                                            maxClusterRadius: 50, spiderfyOnMaxZoom: true});
        cluster.on("click", function (e) {
            if (!e.layer.getPopup()) { e.layer.bindPopup(popup(e.layer.gmIndex)); }
            e.layer.openPopup();
        });
        var heat = new HeatLayer();
        cluster.addTo(map);
        heat.addTo(map);
        L.control.layers(null, {"Items (clustered)": cluster, "Heat": heat},
                         {collapsed: false, position: "topright"}).addTo(map);

        // -- filters --
        var days = items.map(function (item) { return item[4]; }).filter(function (d) { return d !== null; });
        var first = days.length ? Math.min.apply(null, days) : 0, last = days.length ? Math.max.apply(null, days) : 0;
        var state = {roles: roles.map(function () { return true; }), side: "all", from: first, to: last,
                     undated: true};
        function visible(item) {
            if (!state.roles[item[2]]) { return false; }
            if (state.side !== "all" && String(item[3]) !== state.side) { return false; }
            if (item[4] === null) { return state.undated; }
            return item[4] >= state.from && item[4] <= state.to;
        }
        var shown = document.createElement("div");
        function apply() {
            var keep = [], points = [];
            for (var i = 0; i < items.length; i++) {
                if (visible(items[i])) { keep.push(markers[i]); points.push([items[i][0], items[i][1]]); }
            }
            cluster.clearLayers();
            cluster.addLayers(keep);
            heat.setPoints(points);
            shown.textContent = keep.length + " of " + items.length + " items shown";
            return keep.length;
        }
        function isoDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

        var panel = L.control({position: "topright"});
        panel.onAdd = function () {
            var box = L.DomUtil.create("div", "gm-box gm-filters");
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            function heading(text) { var h = document.createElement("h2"); h.textContent = text; box.appendChild(h); }
            function checkbox(text, checked, onChange, colour) {
                var label = document.createElement("label"), input = document.createElement("input");
                input.type = "checkbox"; input.checked = checked;
                input.addEventListener("change", function () { onChange(input.checked); apply(); });
                label.appendChild(input);
                if (colour) {
                    var swatch = document.createElement("span");
                    swatch.className = "gm-swatch"; swatch.style.background = colour;
                    label.appendChild(swatch);
                }
                label.appendChild(document.createTextNode(text));
                box.appendChild(label);
                return input;
            }
            heading("Role");
            roles.forEach(function (role, r) {
                checkbox(role[1], true, function (on) { state.roles[r] = on; }, role[2]).dataset.role = role[0];
            });
            heading("Side");
            var select = document.createElement("select");
            [["all", "all sides"], ["-2", "no side"], ["-1", "other sides"]].concat(
                sides.map(function (side, s) { return [String(s), side]; })
            ).forEach(function (pair) {
                var option = document.createElement("option");
                option.value = pair[0]; option.textContent = pair[1];
                select.appendChild(option);
            });
            select.addEventListener("change", function () { state.side = select.value; apply(); });
            box.appendChild(select);
            heading("Time");
            var from = document.createElement("input"), to = document.createElement("input");
            var range = document.createElement("div");
            [from, to].forEach(function (input, k) {
                input.type = "range"; input.min = first; input.max = last; input.step = 1;
                input.value = k ? last : first;
                input.className = k ? "gm-to" : "gm-from";
                input.addEventListener("input", function () {
                    state.from = Math.min(+from.value, +to.value);
                    state.to = Math.max(+from.value, +to.value);
                    range.textContent = isoDay(state.from) + " – " + isoDay(state.to);
                    apply();
                });
                box.appendChild(input);
            });
            range.textContent = days.length ? isoDay(first) + " – " + isoDay(last) : "no dated items";
            box.appendChild(range);
            checkbox("undated items", true, function (on) { state.undated = on; });
            shown.className = "gm-shown";
            box.appendChild(shown);
            return box;
        };
        panel.addTo(map);
        apply();
        if (items.length) {
            map.fitBounds(L.latLngBounds(items.map(function (item) { return [item[0], item[1]]; })).pad(0.05),
                          {maxZoom: 6});
        }
        window.gmCorpus = {apply: apply, state: state, cluster: cluster, heat: heat, ready: true};
    })({{ this._parent.get_name() }}, {{ this.data_js }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "CorpusLayers"
        self.data_js = js_value(data)
        self.max_zoom = MAX_ZOOM


def render_corpus_html(items: geopandas.GeoDataFrame, *, title: str | None = None, tiles: str | None = None) -> str:
    """The complete offline HTML page of a batch's items (``BatchFolder.read_items()``)."""
    import folium

    from geomap.shapes import POINT_OF_VIEW

    from . import LAND_PANE

    data = corpus_data(items)
    basemap = world_basemap()
    with stable_ids():
        m = OfflineMap(location=(20.0, 0.0), zoom_start=2, tiles=None, zoom_control="bottomright",
                       control_scale=True, prefer_canvas=False)
        m.add_child(OfflineAssets(sea=tiles is None))
        m.add_child(MarkerClusterAssets())
        if tiles:
            folium.TileLayer(tiles, name=str(tiles), overlay=False, control=True).add_to(m)
        world = WorldShapes(basemap.rows_js, SCALE)
        m.add_child(world)
        fill = 1.0 if tiles is None else 0.0  # over tiles the land is outline only
        land = {"color": LAND_STROKE, "weight": 0.7, "fillColor": LAND_FILL, "fillOpacity": fill}
        m.add_child(CustomPane(LAND_PANE, z_index=250, pointer_events=False))
        m.add_child(CountryLayer(world, style=land, pane=LAND_PANE))
        heading = title or f"{len(data['articles']):,} articles, {len(data['items']):,} items"
        m.add_child(ControlBox(f"<h1>{html_text(heading)}</h1>", position="topleft", css_class="gm-title"))
        m.add_child(footer_box(POINT_OF_VIEW))
        m.add_child(CorpusLayers(data))
        figure = m.get_root()
        figure.title = html_text(heading)
        return figure.render()
