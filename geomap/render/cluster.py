"""Cluster the markers of crowded maps, so a corpus map still pans smoothly.

A thousand SVG markers (one per item of a corpus map) make every frame of a
pan repaint a thousand DOM elements: ~2 frames a second in headless Chromium.
Leaflet.markercluster draws one bubble per crowd instead and splits it as the
reader zooms in. It is inlined at render time from the installed
``xstatic-leaflet-markercluster`` package, like Leaflet itself, and only into
maps with more than :data:`CLUSTER_THRESHOLD` markers: a briefing map keeps
every symbol visible and its bytes unchanged.

The clustering is done in the page, after the layers are built: each role
layer's markers move into a cluster group that is itself a child of that layer,
so the layer control still hides and shows a role's markers, clusters included.
Lines and areas stay where they are.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from folium.template import Template

from .assets import inline_script, inline_style
from .element import VerbatimMacroElement

__all__ = ["CLUSTER_THRESHOLD", "MarkerClusterAssets", "MarkerClusters", "markercluster_css", "markercluster_js"]

#: Maps with more markers than this cluster them; a news article's map has a few dozen at most.
CLUSTER_THRESHOLD = 200
#: Pixels within which markers join one cluster (the plugin's default, 80, hides too much).
CLUSTER_RADIUS = 50

#: The zoom a clustered map stops at (~1 m per pixel), when nothing else set one.
MAX_ZOOM = 18


def markercluster_dir() -> Path:
    """The folder holding ``leaflet.markercluster.js`` and its CSS."""
    import xstatic.pkg.leaflet_markercluster as xcluster

    return Path(xcluster.BASE_DIR)


def markercluster_version() -> str:
    import xstatic.pkg.leaflet_markercluster as xcluster

    return str(xcluster.VERSION)


@cache
def markercluster_js() -> str:
    """The plugin's minified JS, safe inside ``<script>``, with no source-map fetch."""
    return inline_script((markercluster_dir() / "leaflet.markercluster.js").read_text(encoding="utf-8"))


@cache
def markercluster_css() -> str:
    """The plugin's layout CSS and its default cluster colours (no images in either)."""
    folder = markercluster_dir()
    css = "\n".join(
        (folder / name).read_text(encoding="utf-8") for name in ("MarkerCluster.css", "MarkerCluster.Default.css")
    )
    return inline_style(css)


#: The plugin inlined into the page header (template text shared by both elements).
_ASSETS_HEADER = """
        {% macro header(this, kwargs) %}
<!-- Leaflet.markercluster {{ this.version }} (MIT), inlined from xstatic-leaflet-markercluster -->
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
        {% endmacro %}
"""


class MarkerClusterAssets(VerbatimMacroElement):
    """Only the plugin, for a page that makes its own cluster groups (the corpus map);
    add it after :class:`~geomap.render.assets.OfflineAssets`."""

    _template = Template(_ASSETS_HEADER)

    def __init__(self) -> None:
        super().__init__()
        self._name = "MarkerClusterAssets"
        self.version = markercluster_version()
        self.css = markercluster_css()
        self.js = markercluster_js()


class MarkerClusters(MarkerClusterAssets):
    """Inline Leaflet.markercluster and cluster every role layer's markers.

    Add it to the map after the story layers, so their markers exist when its
    script runs, and after :class:`~geomap.render.assets.OfflineAssets`, so
    ``L`` is defined when the plugin loads.
    """

    _template = Template(
        _ASSETS_HEADER
        + """
        {% macro script(this, kwargs) %}
    (function (map) {
        // The plugin builds one clustering per zoom level and refuses a map without a
        // last one; a map with no tiles has none, so give it tile zoom's usual top.
        if (!isFinite(map.getMaxZoom())) map.setMaxZoom({{ this.max_zoom }});
        var groups = [];
        map.eachLayer(function (layer) {
            if (layer instanceof L.FeatureGroup && !(layer instanceof L.MarkerClusterGroup)) groups.push(layer);
        });
        groups.forEach(function (group) {
            var markers = group.getLayers().filter(function (layer) { return layer instanceof L.Marker; });
            if (markers.length < 2) return;
            var cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: {{ this.radius }}});
            markers.forEach(function (marker) { group.removeLayer(marker); });
            cluster.addLayers(markers);
            group.addLayer(cluster);
        });
    })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, radius: int = CLUSTER_RADIUS) -> None:
        super().__init__()
        self._name = "MarkerClusters"
        self.radius = int(radius)
        self.max_zoom = MAX_ZOOM
