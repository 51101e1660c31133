"""Leaflet, inlined at render time from the installed ``xstatic-leaflet`` package.

folium links ~10 files from CDNs (Leaflet, jQuery, Bootstrap, Font Awesome,
awesome-markers...). The map here needs only Leaflet, so :class:`OfflineMap`
drops folium's list and :class:`OfflineAssets` writes Leaflet's JS and CSS into
the page. The CSS's ``url(images/...)`` and the default marker icon become
``data:`` URIs, because Leaflet requests ``marker-icon.png`` and ``layers.png``
relative to the page even when no default marker is drawn. Nothing
third-party is committed to the repository.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path

import folium
from folium.template import Template

from .element import VerbatimMacroElement
from .style import CSS, SEA_CSS

_CSS_IMAGE = re.compile(r"url\((['\"]?)images/([\w.-]+\.png)\1\)")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)


def inline_script(js: str) -> str:
    """A package's JS made safe to place inside ``<script>``: without its
    source-map comment (devtools would fetch the map from disk or the net),
    and no ``</script`` that would end our element early."""
    return _SCRIPT_END.sub(r"<\\/\1", _SOURCE_MAP.sub("", js))


def inline_style(css: str) -> str:
    """A package's CSS made safe to place inside ``<style>``."""
    return _STYLE_END.sub(r"<\\/\1", css)


def leaflet_dir() -> Path:
    """The folder holding ``leaflet.js``, ``leaflet.css`` and ``images/``."""
    # Imported here: only rendering needs the package.
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


def leaflet_version() -> str:
    """Leaflet's version as packaged (for the page's provenance comment)."""
    import xstatic.pkg.leaflet as xleaflet

    return str(xleaflet.VERSION)


def _png_data_uri(name: str) -> str:
    data = (leaflet_dir() / "images" / name).read_bytes()
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


@cache
def leaflet_js() -> str:
    """Leaflet's minified JS, safe to place inside ``<script>``."""
    return inline_script((leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@cache
def leaflet_css() -> str:
    """Leaflet's CSS with its images as ``data:`` URIs."""
    css = (leaflet_dir() / "leaflet.css").read_text(encoding="utf-8")
    return _CSS_IMAGE.sub(lambda m: f"url({_png_data_uri(m.group(2))})", css)


@cache
def default_icon_options() -> dict[str, str]:
    """``L.Icon.Default`` options pointing at ``data:`` URIs instead of files."""
    return {
        "iconUrl": _png_data_uri("marker-icon.png"),
        "iconRetinaUrl": _png_data_uri("marker-icon-2x.png"),
        "shadowUrl": _png_data_uri("marker-shadow.png"),
    }


class OfflineMap(folium.Map):
    """A ``folium.Map`` that links no CDN file; pair it with OfflineAssets."""

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []


class OfflineAssets(VerbatimMacroElement):
    """Inline Leaflet and geomap's CSS into the page header.

    Add it to the map as its first child, so Leaflet is defined before any
    ``L.`` call in the page's script (which folium places after ``<body>``).
    ``sea`` colours the map background, for maps without tiles.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
<!-- Leaflet {{ this.version }} (BSD-2-Clause), inlined from xstatic-leaflet -->
<style>{{ this.leaflet_css }}</style>
<style>{{ this.css }}{% if this.sea %}{{ this.sea_css }}{% endif %}</style>
<script>{{ this.leaflet_js }}</script>
<script>
L.Icon.Default.imagePath = "";
L.Icon.Default.mergeOptions({{ this.icon_options|tojson }});
</script>
        {% endmacro %}
        """
    )

    def __init__(self, *, sea: bool = True) -> None:
        super().__init__()
        self._name = "OfflineAssets"
        self.sea = sea
        self.sea_css = SEA_CSS
        self.version = leaflet_version()
        self.leaflet_css = leaflet_css()
        self.leaflet_js = leaflet_js()
        self.css = CSS
        self.icon_options = default_icon_options()
