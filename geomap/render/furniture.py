"""Map furniture: the title box and the footer with credits and point of view.

Each box is plain HTML in the page body (readable, and testable as text) that
a few lines of script move into a Leaflet control corner, so Leaflet stacks
the boxes without overlaps and keeps map clicks and scrolls off them.
"""

from __future__ import annotations

from collections.abc import Sequence

from folium.template import Template

from geomap.model import Article

from .element import VerbatimMacroElement
from .escape import html_text, js_value

#: GeoNames data is CC-BY 4.0: the credit must be on every map.
PLACES_CREDIT = "Places: GeoNames (CC-BY 4.0)"
BOUNDARIES_CREDIT = "Boundaries: Natural Earth"
#: Articles listed by name in the title box of a multi-article map.
MAX_LISTED_ARTICLES = 6


class ControlBox(VerbatimMacroElement):
    """A box of trusted HTML shown as a Leaflet control at ``position``."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
<div id="{{ this.get_name() }}" class="gm-box {{ this.css_class }}">{{ this.content }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
    {{ this.get_name() }}.onAdd = function () {
        var box = document.getElementById({{ this.get_name()|tojson }});
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
    };
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, content: str, *, position: str, css_class: str) -> None:
        super().__init__()
        self._name = "ControlBox"
        self.content = content
        self.position_js = js_value(position)
        self.css_class = html_text(css_class)


def _article_line(article: Article) -> str:
    name = article.title or article.id or article.source or "untitled article"
    return f"{name} ({article.date})" if article.date else name


def title_box(articles: Sequence[Article], title: str | None = None) -> ControlBox:
    """The title box: the map's title, the date, and the articles drawn."""
    first = articles[0] if articles else None
    if title is None:
        if len(articles) == 1 and first is not None:
            title = first.title or first.id or "Situation map"
        else:
            title = f"Situation map: {len(articles)} articles"
    parts = [f"<h1>{html_text(title)}</h1>"]
    if len(articles) == 1 and first is not None:
        sub = [text for text in (first.date, first.title if first.title != title else "") if text]
        if sub:
            parts.append(f'<div class="gm-sub">{html_text(" · ".join(sub))}</div>')
    elif articles:
        items = "".join(f"<li>{html_text(_article_line(a))}</li>" for a in articles[:MAX_LISTED_ARTICLES])
        more = len(articles) - MAX_LISTED_ARTICLES
        if more > 0:
            items += f"<li>… and {more} more</li>"
        parts.append(f"<ul>{items}</ul>")
    return ControlBox("".join(parts), position="topleft", css_class="gm-title")


def footer_box(point_of_view: str, extra_credits: Sequence[str] = ()) -> ControlBox:
    """Credits (GeoNames, Natural Earth, tiles) and the boundaries' point of view."""
    credits = [PLACES_CREDIT, *extra_credits]
    # shapes.POINT_OF_VIEW may already credit Natural Earth; say it once.
    if "natural earth" not in point_of_view.lower():
        credits.append(BOUNDARIES_CREDIT)
    lines = [html_text(" · ".join(credits))]
    if point_of_view:
        lines.append(html_text(point_of_view))
    return ControlBox("<br>".join(lines), position="bottomleft", css_class="gm-footer")
