"""Render Situations as one self-contained, offline HTML map.

:func:`render_html` is the stage's one entry point. The page it returns makes
no network request when opened: Leaflet is inlined from ``xstatic-leaflet``,
the basemap is the country shapes themselves, symbols are inline SVG, and no
tile layer is added unless asked for. The same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
from folium.map import CustomPane, LayerControl

from geomap.model import Article, Situation

from .affiliation import Viewpoint
from .assets import OfflineAssets, OfflineMap
from .banner import ClassificationBanner, parse_color
from .basemap import SCALE, involved_bounds, world_basemap
from .cluster import CLUSTER_THRESHOLD, MarkerClusters
from .edits import AnalystEditsBox, map_edits
from .escape import html_text
from .features import CountryLayer, WorldShapes
from .fit import FitToFreeArea, core_points
from .furniture import as_of_date, footer_box, title_box
from .ids import stable_ids
from .layers import INVOLVED_PANE, build_story_layers
from .legend import legend_box
from .panel import EvidencePanel
from .slider import TimeSlider
from .sources import sources_box
from .style import LAND_FILL, LAND_STROKE, layer_names, role_style
from .symbol_defs import SymbolDefs

__all__ = ["render_html"]

#: Pane of the land polygons: above tiles (200), below everything else.
LAND_PANE = "gm-land"
#: Zoom the view never exceeds when fitting a few close places (7 ~ a region).
MAX_FIT_ZOOM = 7
#: Room (px) kept free around the fitted places before the page measures its
#: boxes (see fit.py): the title box sits top left, the legend and credits
#: bottom left; labels run to the right of markers.
FIT_PADDING_TOP_LEFT = (40, 110)
FIT_PADDING_BOTTOM_RIGHT = (140, 40)
#: With the evidence panel open on the right, keep the places clear of it.
FIT_PADDING_BESIDE_PANEL = (360, 40)


def render_html(
    situations: Sequence[Situation],
    *,
    title: str | None = None,
    tiles: str | None = None,
    viewpoint: str | None = None,
    neutral: Sequence[str] = (),
    hostile: Sequence[str] = (),
    as_of: str | None = None,
    banner: str | None = None,
    banner_color: str | None = None,
    hide_panel: bool = False,
    subtitle: str | None = None,
    hidden_layers: Sequence[str] = (),
) -> str:
    """The complete HTML document of a map of ``situations``.

    Parameters
    ----------
    situations
        One or more Situations; their items share the role layers.
    title
        Shown in the title box and ``<title>``; defaults to the article title.
    tiles
        A folium/xyzservices tile name or URL (``"OpenStreetMap"``...) added as
        a base layer. Tiles are fetched from the network; None (the default)
        keeps the page offline with the country shapes as the only basemap.
    viewpoint
        Whose side the reader is on: an ISO 3166-1 alpha-2 code or a group
        (``NATO``). Forces are then framed friendly, hostile, neutral or
        unknown (see :mod:`geomap.render.affiliation`); None frames all as
        unknown. ``ValueError`` for a side geomap does not know.
    neutral
        Sides (codes or groups) to frame as neutral rather than hostile.
    hostile
        Sides to frame as hostile; when given, every other side that is not
        friendly or neutral is unknown.
    as_of
        The date the map's information stands at, shown under the title;
        defaults to the latest article date (never the clock). When the items'
        dates span more than one day the map gets a time slider, which starts
        at this date and shows the state then, with what the articles say is
        still to come drawn as upcoming (see :mod:`geomap.timeline`, :mod:`.slider`).
    banner
        A classification or handling marking shown across the top and bottom.
    banner_color
        The banner's colour: ``#rgb``, ``#rrggbb`` or a name from
        :data:`.banner.NAMED_COLORS`; ValueError if it is none of these, or if
        there is no ``banner``.
    hide_panel
        Start with the evidence panel folded (it stays in the page, one click
        away), e.g. for a screenshot.
    subtitle
        The line under the title after the as-of date; default: the article's
        headline when the title is another text.
    hidden_layers
        Overlays (by name, e.g. ``"Countries involved"``) that start switched
        off in the layer control; ``ValueError`` for a name that is not a layer.
    """
    from geomap.shapes import POINT_OF_VIEW

    situations = list(situations)
    seen_from = Viewpoint.parse(viewpoint, neutral, hostile)
    banner = banner.strip() if banner else None
    if banner_color is not None and not banner:
        raise ValueError("a banner colour needs banner text")
    if banner_color is not None:
        parse_color(banner_color)  # a bad colour fails before the slow work
    hidden = layer_names(hidden_layers)
    basemap = world_basemap()
    with stable_ids():
        m = OfflineMap(
            location=(20.0, 0.0),
            zoom_start=2,
            tiles=None,
            zoom_control="bottomright",
            zoom_snap=0.25,  # fractional zoom, so the measured fit (fit.py) is not rounded a whole level out
            control_scale=True,
        )
        m.add_child(OfflineAssets(sea=tiles is None))
        m.add_child(CustomPane(LAND_PANE, z_index=250, pointer_events=False))
        m.add_child(CustomPane(INVOLVED_PANE, z_index=300, pointer_events=True))
        if tiles:
            folium.TileLayer(tiles, name=str(tiles), overlay=False, control=True).add_to(m)

        world = WorldShapes(basemap.rows_js, SCALE)
        m.add_child(world)
        land = {
            "color": LAND_STROKE,
            "weight": 0.7,
            "fillColor": LAND_FILL,
            # Over tiles the land is outline only, so the tiles show through.
            "fillOpacity": 1.0 if tiles is None else 0.0,
        }
        m.add_child(CountryLayer(world, style=land, pane=LAND_PANE))

        articles = [s.article for s in situations]
        if as_of is None:
            as_of = as_of_date(articles)
        story = build_story_layers(situations, basemap=basemap, world=world, viewpoint=seen_from, as_of=as_of)
        for name, group in story.groups.items():
            group.show = name not in hidden  # still in the layer control, unticked
            m.add_child(group)
        if story.markers > CLUSTER_THRESHOLD:
            m.add_child(MarkerClusters())
        m.add_child(LayerControl(position="topright", collapsed=False))

        if story.rows:
            # Under the layer control, which was added first to the same corner.
            m.add_child(EvidencePanel(story.rows, show_article=len(situations) > 1, hidden=hide_panel))
        m.add_child(title_box(articles, title, as_of, subtitle))
        edits = map_edits(situations)
        if edits:
            # Under the title: what a person changed, apart from what the machine read.
            m.add_child(AnalystEditsBox(edits))
        if story.timeline is not None:
            # Under the title box; after the panel and title, whose rows and date it updates.
            m.add_child(TimeSlider(story.timeline, story.timed))
        # Bottom-left boxes stack upwards: the footer first keeps it lowest.
        m.add_child(footer_box(POINT_OF_VIEW, _online_credits(situations)))
        if articles:
            m.add_child(sources_box(articles))
        if story.legend:
            m.add_child(legend_box(story.legend))
        # The symbols' CSS (after the base CSS it refines) and hatch pattern.
        m.add_child(SymbolDefs(role_style("disputed_territory").color))

        bounds = _fit_bounds(core_points(story.extents)) or involved_bounds(basemap, story.countries)
        if bounds:
            # Last, so the boxes it measures are in their corners.
            m.add_child(
                FitToFreeArea(
                    bounds,
                    padding_top_left=FIT_PADDING_TOP_LEFT,
                    padding_bottom_right=(
                        FIT_PADDING_BESIDE_PANEL if story.rows and not hide_panel else FIT_PADDING_BOTTOM_RIGHT
                    ),
                    max_zoom=MAX_FIT_ZOOM,
                )
            )
        figure = m.get_root()
        if banner:
            figure.add_child(ClassificationBanner(banner, banner_color))
        figure.title = html_text(_page_title(articles, title))
        return figure.render()


def _fit_bounds(points: Sequence[tuple[float, float]]) -> list[list[float]] | None:
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _page_title(articles: Sequence[Article], title: str | None) -> str:
    if title:
        return title
    if len(articles) == 1:
        return articles[0].title or articles[0].id or "geomap"
    return f"geomap: {len(articles)} articles"


def _online_credits(situations: Sequence[Situation]) -> list[str]:
    """Credits owed to the online geocoders that found places on this map."""
    from geomap.geocoders import online_credit

    used = sorted({m.place.geocoder for s in situations for m in s.mentions if m.place is not None and m.place.online})
    return [credit for credit in map(online_credit, used) if credit]
