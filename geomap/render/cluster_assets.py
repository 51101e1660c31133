"""Leaflet.markercluster, inlined at render time from the installed ``xstatic-leaflet-markercluster``.

As with Leaflet itself (:mod:`.assets`), nothing third-party is committed: the
package's minified JS and its two CSS files are read when a corpus map is
rendered and written into the page.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from folium.template import Template

from .element import VerbatimMacroElement

_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)


def markercluster_dir() -> Path:
    import xstatic.pkg.leaflet_markercluster as xcluster

    return Path(xcluster.BASE_DIR)


def markercluster_version() -> str:
    import xstatic.pkg.leaflet_markercluster as xcluster

    return str(xcluster.VERSION)


@cache
def markercluster_js() -> str:
    """The plugin's minified JS, without its source-map comment (devtools would fetch the map)."""
    js = (markercluster_dir() / "leaflet.markercluster.js").read_text(encoding="utf-8")
    return _SCRIPT_END.sub(r"<\\/\1", _SOURCE_MAP.sub("", js))


@cache
def markercluster_css() -> str:
    """``MarkerCluster.css`` (animations) and ``MarkerCluster.Default.css`` (the cluster bubbles)."""
    folder = markercluster_dir()
    names = ("MarkerCluster.css", "MarkerCluster.Default.css")
    css = "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
    return _STYLE_END.sub(r"<\\/\1", css)


class MarkerClusterAssets(VerbatimMacroElement):
    """Inline the plugin into the page header; add it after :class:`.assets.OfflineAssets`."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
<!-- Leaflet.markercluster {{ this.version }} (MIT), inlined from xstatic-leaflet-markercluster -->
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MarkerClusterAssets"
        self.version = markercluster_version()
        self.css = markercluster_css()
        self.js = markercluster_js()
