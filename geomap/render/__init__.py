"""Render Situations as one self-contained, offline HTML map.

:func:`render_html` is the stage's one entry point. The page it returns makes
no network request when opened: Leaflet is inlined from ``xstatic-leaflet``,
the basemap is the country shapes themselves, symbols are inline SVG, and no
tile layer is added unless asked for. The same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
from folium.map import CustomPane, FitBounds, LayerControl

from geomap.model import Article, Situation

from .assets import OfflineAssets, OfflineMap
from .basemap import SCALE, involved_bounds, world_basemap
from .escape import html_text
from .features import CountryLayer, WorldShapes
from .furniture import footer_box, title_box
from .ids import stable_ids
from .layers import INVOLVED_PANE, build_story_layers
from .legend import legend_box
from .style import LAND_FILL, LAND_STROKE

__all__ = ["render_html"]

#: Pane of the land polygons: above tiles (200), below everything else.
LAND_PANE = "gm-land"
#: Zoom the view never exceeds when fitting a few close places (7 ~ a region).
MAX_FIT_ZOOM = 7
#: Room (px) kept free around the fitted places: the title box sits top left,
#: the legend and credits bottom left; labels run to the right of markers.
FIT_PADDING_TOP_LEFT = (40, 110)
FIT_PADDING_BOTTOM_RIGHT = (140, 40)


def render_html(
    situations: Sequence[Situation],
    *,
    title: str | None = None,
    tiles: str | None = None,
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
    """
    from geomap.shapes import POINT_OF_VIEW

    situations = list(situations)
    basemap = world_basemap()
    with stable_ids():
        m = OfflineMap(
            location=(20.0, 0.0),
            zoom_start=2,
            tiles=None,
            zoom_control="bottomright",
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

        story = build_story_layers(situations, basemap=basemap, world=world)
        for group in story.groups.values():
            m.add_child(group)
        m.add_child(LayerControl(position="topright", collapsed=False))

        articles = [s.article for s in situations]
        m.add_child(title_box(articles, title))
        # Bottom-left boxes stack upwards: the footer first keeps it lowest.
        m.add_child(footer_box(POINT_OF_VIEW, _online_credits(situations)))
        if story.legend:
            m.add_child(legend_box(story.legend))

        bounds = _fit_bounds(story.points) or involved_bounds(basemap, story.countries)
        if bounds:
            m.add_child(
                FitBounds(
                    bounds,
                    padding_top_left=FIT_PADDING_TOP_LEFT,
                    padding_bottom_right=FIT_PADDING_BOTTOM_RIGHT,
                    max_zoom=MAX_FIT_ZOOM,
                )
            )
        figure = m.get_root()
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
