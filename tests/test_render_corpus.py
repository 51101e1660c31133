"""The corpus map (``geomap map --from DIR``): its data, its offline page, and 10,000 items in Chromium."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from geomap.batch_output import items_frame
from geomap.render.corpus import corpus_data, item_day, render_corpus_html

ROLES = ("meeting_venue", "troop_position", "disputed_territory", "actor", "other")
SIDES = ("RU", "UA", "US", "NATO", None)


def synthetic_items(count: int, seed: int = 7):
    """``count`` item rows spread over the land masses' latitudes, with roles, sides and 2022 dates."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        day = rng.randrange(365)
        date = None if i % 10 == 0 else f"2022-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"
        rows.append(
            {
                "article_id": f"art-{i // 3}",
                "article_hash": f"{i // 3:032x}",
                "part": "r0001-p00000",
                "item_id": f"item-{i % 3}",
                "kind": "place",
                "role": ROLES[i % len(ROLES)],
                "side": SIDES[i % len(SIDES)],
                "sides": None,
                "attribution": None,
                "troop_count": None,
                "troop_low": None,
                "troop_high": None,
                "unit": None,
                "date": date,
                "label": f"Place {i}",
                "confidence": 0.5,
                "sequence": None,
                "article_date": None,
                "article_title": f"Article {i // 3}",
                "geometry": {"type": "Point", "coordinates": [rng.uniform(-120, 140), rng.uniform(-40, 65)]},
            }
        )
    return items_frame(rows)


@pytest.mark.parametrize(
    ("date", "article_date", "expected"),
    [
        ("1970-01-02", None, 1),
        ("2022-01-11/2022-01-16", None, 19003),
        ("2021-12", None, 18962),
        ("1997/..", None, 9862),
        ("XXXX-01-10", "2022-01-09", 19001),  # year unknown: the article's date
        (None, "2022-01-09", 19001),
        (None, None, None),
        ("XXXX-01-10", None, None),
    ],
)
def test_item_day(date, article_date, expected):
    assert item_day(date, article_date) == expected


def test_corpus_data_indexes_roles_sides_and_articles():
    data = corpus_data(synthetic_items(30))
    assert [r[0] for r in data["roles"]] == list(ROLES)
    assert set(data["sides"]) == {"RU", "UA", "US", "NATO"}
    assert len(data["articles"]) == 10
    assert len(data["items"]) == 30
    for lat, lon, role, side, _day, label, article, _date in data["items"]:
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        assert data["roles"][role][0] in ROLES
        assert side == -2 or data["sides"][side] in SIDES
        assert data["articles"][article][1].startswith("Article")
        assert label.startswith("Place")


def test_page_is_offline_and_inert_to_hostile_labels():
    items = synthetic_items(5)
    items.loc[0, "label"] = "</script><script>alert(1)</script>`${x}`"
    html = render_corpus_html(items, title="<b>corpus</b>")
    assert "Leaflet.markercluster" in html and "L.markerClusterGroup" in html
    assert "<script src" not in html and "<link " not in html
    assert "<script>alert(1)" not in html
    assert "&lt;b&gt;corpus&lt;/b&gt;" in html
    assert "sourceMappingURL" not in html
    assert render_corpus_html(items, title="x") == render_corpus_html(items, title="x")  # deterministic


def test_empty_batch_renders():
    assert "gmCorpus" in render_corpus_html(items_frame([]))


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_ten_thousand_items_load_cluster_and_filter(tmp_path):
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM_ARGS

    path = tmp_path / "corpus.html"
    path.write_text(render_corpus_html(synthetic_items(10_000)), encoding="utf-8")
    requests, errors = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        def block(route):
            if route.request.url != path.as_uri():
                requests.append(route.request.url)
                return route.abort()
            return route.continue_()

        page.route("**/*", block)
        page.goto(path.as_uri())
        page.wait_for_function("window.gmCorpus && window.gmCorpus.ready", timeout=30_000)

        shown = page.locator(".gm-shown")
        assert shown.text_content() == "10000 of 10000 items shown"
        on_screen = page.locator(".leaflet-marker-pane > *").count()
        assert 0 < on_screen < 1_000  # clustered: not 10,000 DOM markers

        page.locator("input[data-role=troop_position]").uncheck()
        assert shown.text_content() == "8000 of 10000 items shown"

        page.locator(".gm-filters select").select_option(label="RU")
        assert shown.text_content() == "2000 of 10000 items shown"  # RU items are all meeting venues

        page.locator(".gm-filters select").select_option(value="all")
        page.locator("input.gm-to").fill(str(page.evaluate("window.gmCorpus.state.from") + 40))
        visible = int(shown.text_content().split()[0])
        assert 800 <= visible < 8000  # the undated tenth plus the first weeks' items

        page.mouse.move(640, 400)
        page.mouse.wheel(0, -600)
        page.wait_for_timeout(400)
        browser.close()
    assert requests == []
    assert errors == []
    # how fast it loads and filters is a figure of `make bench-render`, not a pass/fail here
