"""Map furniture: the title box and the footer with credits and point of view.

The title box carries the briefing's subtitle, "As of DATE": the date the
map's information stands at, given by the user or else the latest article
date. It is never the clock, so a rebuild gives the same bytes and an old
map does not claim to be current.

Each box is plain HTML in the page body (readable, and testable as text) that
a few lines of script move into a Leaflet control corner, so Leaflet stacks
the boxes without overlaps and keeps map clicks and scrolls off them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from folium.template import Template

from geomap.model import Article

from .element import VerbatimMacroElement
from .escape import html_text, js_value

#: GeoNames data is CC-BY 4.0: the credit must be on every map.
PLACES_CREDIT = "Places: GeoNames (CC-BY 4.0)"
BOUNDARIES_CREDIT = "Boundaries: Natural Earth"
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEARLESS_DATE = re.compile(r"XXXX-\d{2}-\d{2}")


#: Template text (Jinja) that makes the element's box, the page element whose id
#: is the element's name, a Leaflet control at ``this.position_js``, and keeps
#: the map's clicks and scrolls off it. Shared by every box over the map.
BOX_AS_CONTROL = """
    var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
    {{ this.get_name() }}.onAdd = function () {
        var box = document.getElementById({{ this.get_name()|tojson }});
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
    };
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
"""


#: Template text (Jinja) for a box whose ``this.content`` is its whole markup,
#: with the box's own ``this.css`` in the page header (the panel, the slider).
STYLED_CONTENT = """
        {% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
{{ this.content }}
        {% endmacro %}
"""


class ControlBox(VerbatimMacroElement):
    """A box of trusted HTML shown as a Leaflet control at ``position``, with
    its own CSS (``css``) when it has any."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
{% if this.css %}<style>{{ this.css }}</style>{% endif %}
        {% endmacro %}
        {% macro html(this, kwargs) %}
<div id="{{ this.get_name() }}" class="gm-box {{ this.css_class }}">{{ this.content }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}"""
        + BOX_AS_CONTROL
        + """        {% endmacro %}
        """
    )

    def __init__(self, content: str, *, position: str, css_class: str, css: str = "") -> None:
        super().__init__()
        self._name = "ControlBox"
        self.content = content
        self.position_js = js_value(position)
        self.css_class = html_text(css_class)
        self.css = css


def as_of_date(articles: Sequence[Article]) -> str | None:
    """The latest article date: full dates first, else dates without a year.

    ``XXXX-MM-DD`` (a dateline with no year) cannot be compared with a full
    date, so it is used only when no article has a full one; None if no
    article has a date at all (the map then states no "as of").
    """
    dates = [a.date.strip() for a in articles if a.date]
    for pattern in (_FULL_DATE, _YEARLESS_DATE):
        found = [d for d in dates if pattern.fullmatch(d)]
        if found:
            return max(found)
    return None


def title_box(
    articles: Sequence[Article], title: str | None = None, as_of: str | None = None, subtitle: str | None = None
) -> ControlBox:
    """The title box: the map's title, and "As of DATE" (see :func:`as_of_date`)
    with the subtitle, by default the headline of a lone article titled otherwise.

    The articles themselves are listed in the sources box (:mod:`.sources`).
    """
    first = articles[0] if articles else None
    if title is None:
        if len(articles) == 1 and first is not None:
            title = first.title or first.id or "Situation map"
        else:
            title = f"Situation map: {len(articles)} articles"
    if as_of is None:
        as_of = as_of_date(articles)
    # The date in its own span: a time slider (see .slider) keeps it in step.
    sub = [f'As of <span class="gm-as-of">{html_text(as_of)}</span>'] if as_of else []
    if subtitle and subtitle.strip():
        sub.append(html_text(subtitle.strip()))
    elif len(articles) == 1 and first is not None and first.title and first.title != title:
        sub.append(html_text(first.title))
    parts = [f"<h1>{html_text(title)}</h1>"]
    if sub:
        parts.append(f'<div class="gm-sub">{" · ".join(sub)}</div>')
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
