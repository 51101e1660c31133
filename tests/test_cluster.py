"""Marker clustering on crowded maps: inlined only when needed (tier 1), working offline (tier 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_cases import corpus_situation, seed_situation
from test_browser import CHROMIUM

from geomap.render import render_html
from geomap.render.cluster import CLUSTER_THRESHOLD, markercluster_js

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)
#: Enough items to cross the threshold with room to spare, small enough to render fast.
CROWD = CLUSTER_THRESHOLD * 2


@pytest.fixture(scope="module")
def crowd_html() -> str:
    return render_html([corpus_situation(CROWD)])


def test_crowded_map_clusters(crowd_html: str) -> None:
    assert crowd_html.count("<!-- Leaflet.markercluster ") == 1
    assert crowd_html.count("L.markerClusterGroup(") == 1
    assert markercluster_js()[:2000] in crowd_html


def test_briefing_map_does_not(crowd_html: str) -> None:
    html = render_html([seed_situation()])
    assert "markerClusterGroup" not in html and "Leaflet.markercluster" not in html
    # Just over and just under the threshold.
    assert "L.markerClusterGroup(" in render_html([corpus_situation(CLUSTER_THRESHOLD + 1)])
    assert "L.markerClusterGroup(" not in render_html([corpus_situation(CLUSTER_THRESHOLD)])


def test_inlined_plugin_fetches_nothing_and_ends_no_script() -> None:
    js = markercluster_js()
    assert "sourceMappingURL" not in js
    assert "</script" not in js.lower()


def test_crowded_map_is_byte_identical(crowd_html: str) -> None:
    assert render_html([corpus_situation(CROWD)]) == crowd_html


@pytest.mark.browser
@needs_chromium
def test_clusters_in_the_browser(crowd_html: str, tmp_path: Path) -> None:
    from geomap.render.png import headless_chromium, open_page, wait_until_ready

    path = tmp_path / "crowd.html"
    path.write_text(crowd_html, encoding="utf-8")
    with headless_chromium((1280, 800)) as context:
        visit = open_page(context, path)
        page = visit.page
        wait_until_ready(page)
        shown = page.locator(".leaflet-marker-pane > *").count()
        assert 0 < shown < CROWD / 2, shown
        assert page.locator(".leaflet-marker-pane .marker-cluster").count() > 0
        # Every marker is still there, inside the clusters.
        total = page.evaluate(
            """() => { let n = 0; const map = window[document.querySelector('.leaflet-container').id];
                map.eachLayer((l) => { if (l instanceof L.MarkerClusterGroup) n += l.getLayers().length; });
                return n; }"""
        )
        assert total == CROWD
        # A role's layer switched off takes its clusters with it.
        page.locator(".leaflet-control-layers-overlays label", has_text="Meeting venues").locator("input").uncheck()
        assert page.locator(".leaflet-marker-pane > *").count() < shown
        assert visit.requests == [] and visit.errors == []
