"""Tier 1: strings in the rendered HTML (no browser). See test_browser.py for tier 2."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from branca.element import Element
from render_cases import (
    HOSTILE_PAYLOAD,
    SEED_MARKERS,
    bloc_situation,
    forces_situation,
    hostile_situation,
    protest_situation,
    seed_situation,
)

from geomap import shapes
from geomap.model import Article, Item, Mention, Place, Situation
from geomap.render import render_html
from geomap.render.assets import leaflet_js
from geomap.render.basemap import decode_ring, encode_ring, world_basemap
from geomap.render.escape import html_text, js_value
from geomap.render.fit import Extent, core_points
from geomap.render.ids import stable_ids
from geomap.render.popups import Evidence, popup_html
from geomap.render.style import LAYER_ORDER

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 1_500_000
#: The only URLs an offline page may contain: the SVG namespace, Leaflet's own
#: credit link (followed by a reader, never fetched) and a comment in its CSS.
ALLOWED_URLS = {"http://www.w3.org/2000/svg", "https://leafletjs.com", "https://bugzilla.mozilla.org/show_bug.cgi"}


@pytest.fixture(scope="module")
def seed_html() -> str:
    return render_html([seed_situation()])


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html([hostile_situation()])


def map_script(html: str) -> str:
    """The page's own script (the last one, after inlined Leaflet)."""
    return html.rsplit("<script>", 1)[1]


def overlays(html: str) -> list[str]:
    """Overlay names in the LayerControl script, in order."""
    block = re.search(r"overlays :\s*\{(.*?)\}", html, re.S)
    assert block, "no LayerControl in the page"
    return [json.loads(name) for name in re.findall(r'("(?:[^"\\]|\\.)*")\s*:', block.group(1))]


def legend_layers(html: str) -> list[str]:
    return re.findall(r'class="gm-legend-entry" data-layer="([^"]*)"', html)


def js_strings(html: str, call: str) -> list[str]:
    """The first (string) argument of every ``.call(...)`` in the page, decoded."""
    return [json.loads(s) for s in re.findall(rf'\.{call}\(("(?:[^"\\]|\\.)*")', html)]


# --- offline -----------------------------------------------------------------


def test_page_links_no_remote_file(seed_html: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc=", seed_html, re.I)
    assert not re.search(r"<link[^>]*\bhref=", seed_html, re.I)
    # "cdn" as a host name (base64 and encoded shapes hold the letters by chance).
    assert not re.search(r"cdn(js)?\.|//[\w.-]*cdn", seed_html, re.I)
    assert set(re.findall(r"https?://[\w.-]+(?:/[\w./-]*)?", seed_html)) <= ALLOWED_URLS


def test_leaflet_is_inlined_with_images_as_data_uris(seed_html: str) -> None:
    assert leaflet_js()[:2000] in seed_html
    assert "sourceMappingURL" not in seed_html
    assert "url(images/" not in seed_html
    assert re.search(r"L\.Icon\.Default\.mergeOptions\(\{[^}]*\"iconUrl\": \"data:image/png;base64,", seed_html)
    for dependency in ("jquery", "bootstrap", "font-awesome", "awesome-markers", "$(document)"):
        assert dependency not in seed_html.lower()


def test_no_tile_layer_unless_asked(seed_html: str) -> None:
    assert "L.tileLayer" not in seed_html
    online = render_html([seed_situation()], tiles="OpenStreetMap")
    assert "L.tileLayer" in online
    assert "tile.openstreetmap.org" in online
    base = re.search(r"base_layers :\s*\{(.*?)\}", online, re.S)
    assert base and '"OpenStreetMap"' in base.group(1)


def test_page_is_small(seed_html: str) -> None:
    assert len(seed_html.encode("utf-8")) < MAX_BYTES


# --- layers, legend, furniture ---------------------------------------------------


def test_layer_control_lists_the_drawn_layers(seed_html: str, hostile_html: str) -> None:
    # Only layers with something in them: the seed names no plain place...
    assert overlays(seed_html) == ["Meeting venues", "Troop positions", "Disputed territory", "Countries involved"]
    # ...and the hostile article no disputed territory.
    assert overlays(hostile_html) == ["Meeting venues", "Troop positions", "Countries involved", "Other places"]
    everything = render_html([seed_situation(), protest_situation(), bloc_situation()])
    assert overlays(everything) == list(LAYER_ORDER)


def test_legend_matches_layers(seed_html: str, hostile_html: str) -> None:
    assert legend_layers(seed_html) == overlays(seed_html)
    assert legend_layers(hostile_html) == overlays(hostile_html)
    everything = render_html([seed_situation(), protest_situation(), bloc_situation()])
    assert legend_layers(everything) == overlays(everything) == list(LAYER_ORDER)


def test_groups_are_a_wash_without_markers_and_named_borders_a_line() -> None:
    html = render_html([bloc_situation()])
    assert overlays(html) == ["Borders", "Groups of countries"]
    assert html.count("L.polygon(") == 2  # the wash and its casing, in the pane under the lines
    assert '"pane":"gm-involved"' in html.replace(" ", "")
    assert html.count("L.marker(") == 0


def test_every_item_and_other_place_gets_one_marker(seed_html: str) -> None:
    assert seed_html.count("L.marker(") == SEED_MARKERS
    # The border line: a white casing and the coloured line.
    assert seed_html.count("L.polyline(") == 2
    # Forces are unit symbols (no viewpoint: all unknown), not role triangles.
    assert '"className":"gm-icon gm-unit-icon gm-unknown"' in seed_html
    assert "gm-triangle" not in seed_html
    assert "~100,000" in seed_html


def test_view_fits_the_items_not_the_world(seed_html: str) -> None:
    call = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\])", map_script(seed_html), re.S)
    assert call
    (south, west), (north, east) = json.loads(call.group(1))
    # Almaty to Brussels, Brussels to Almaty; Washington (an actor) must not
    # pull the view across the Atlantic.
    assert (south, west, north, east) == (43.25667, 4.34878, 50.85045, 76.92861)


def test_plain_items_do_not_widen_the_view(seed_html: str) -> None:
    seed = seed_situation()
    stray = Item("far", "other", "West", {"type": "Point", "coordinates": [-1.5, 7.9]}, ())
    html = render_html([Situation(seed.article, seed.mentions, (*seed.items, stray), seed.countries)])
    fit = re.compile(r"\.fitBounds\(\s*(\[\[.*?\]\])", re.S)
    assert fit.search(map_script(html)).group(1) == fit.search(map_script(seed_html)).group(1)
    assert html.count("L.marker(") == SEED_MARKERS + 1


def test_a_far_venue_is_drawn_but_left_out_of_the_opening_view(seed_html: str) -> None:
    seed = seed_situation()
    washington = Item("dc", "meeting_venue", "Washington", {"type": "Point", "coordinates": [-77.03637, 38.89511]}, ())
    html = render_html([replace(seed, items=(*seed.items, washington))])
    fit = re.compile(r"\.fitBounds\(\s*(\[\[.*?\]\])", re.S)
    assert fit.search(map_script(html)).group(1) == fit.search(map_script(seed_html)).group(1)
    assert html.count("L.marker(") == SEED_MARKERS + 1
    # Forces are the theatre: a far deployment widens the view however far it is.
    troops = replace(washington, id="troops", role="troop_position", label="Washington")
    wide = json.loads(fit.search(map_script(render_html([replace(seed, items=(*seed.items, troops))]))).group(1))
    assert wide[0][1] == -77.03637


def test_core_points_leave_out_only_a_few_far_things() -> None:
    donbas = [Extent(((48.0 + k / 10, 37.8),), theatre=True) for k in range(4)]
    kyiv, washington = Extent(((50.45, 30.52),)), Extent(((38.9, -77.04),))
    assert core_points([*donbas, kyiv, washington]) == [p for e in (*donbas, kyiv) for p in e.points]
    # Too few things to call one far; or two theatres (as many far as near): all stay.
    assert len(core_points([donbas[0], kyiv, washington])) == 3
    beijing = [Extent(((39.9 + k / 10, 116.4),)) for k in range(3)]
    capitals = [Extent(((38.9 + k / 10, -77.0),)) for k in range(3)]
    assert len(core_points([*beijing, *capitals])) == 6


def test_countries_involved_are_shaded(seed_html: str) -> None:
    assert re.search(r'return \["US","RU","UA","KZ"\]\.indexOf\(feature\.properties\.iso2\)', seed_html)


def test_title_box_and_credits(seed_html: str) -> None:
    assert "<title>US and Russian negotiators face off in Geneva over Ukraine</title>" in seed_html
    assert "<h1>US and Russian negotiators face off in Geneva over Ukraine</h1>" in seed_html
    assert "2022-01-10" in seed_html
    assert "Places: GeoNames (CC-BY 4.0)" in seed_html
    assert "Boundaries: Natural Earth" in seed_html
    assert html_text(shapes.POINT_OF_VIEW) in seed_html


def test_given_title_wins() -> None:
    html = render_html([seed_situation()], title="Talks & troops")
    assert "<title>Talks &amp; troops</title>" in html
    assert "<h1>Talks &amp; troops</h1>" in html


# --- symbols ------------------------------------------------------------------------


def div_icons(html: str) -> list[dict]:
    """Every ``L.divIcon({...})`` options object in the page, decoded."""
    decoder = json.JSONDecoder()
    return [decoder.raw_decode(html, m.end())[0] for m in re.finditer(r"L\.divIcon\(", html)]


def force_icons(html: str) -> dict[str, str]:
    """Affiliation -> markup of its unit-symbol icons, joined."""
    found: dict[str, str] = {}
    for icon in div_icons(html):
        match = re.fullmatch(r"gm-icon gm-unit-icon gm-(\w+)", icon["className"])
        if match:
            found[match.group(1)] = found.get(match.group(1), "") + icon["html"]
    return found


def legend_keys(html: str) -> list[str]:
    """The texts of the legend's keys (notes and swatch labels), in order."""
    rows = re.findall(r'<li class="gm-legend-keys">(.*?)</li>', html)
    return [k for row in rows for k in re.findall(r"(?:</span>|<span class=\"gm-legend-note\">)([^<]+)</span>", row)]


def test_forces_are_framed_from_the_viewpoint() -> None:
    icons = force_icons(render_html([forces_situation()], viewpoint="US", neutral=["KZ"]))
    assert sorted(icons) == ["friendly", "hostile", "neutral", "unknown"]
    assert "RU ~100,000 troops · 10 Jan</span>" in icons["hostile"]
    assert 'data-affiliation="hostile"' in icons["hostile"]
    assert "US brigade · 11–16 Jan</span>" in icons["friendly"]
    assert "KZ ~2,000 peacekeepers</span>" in icons["neutral"]
    assert ">fighters</span>" in icons["unknown"]  # no side: unknown whatever the viewpoint
    # Without a viewpoint the map takes no side; from Moscow the frames turn round.
    unknown = [i for i in div_icons(render_html([forces_situation()])) if "gm-unit-icon" in i["className"]]
    assert len(unknown) == 4 and all(i["className"].endswith("gm-unknown") for i in unknown)
    from_moscow = force_icons(render_html([forces_situation()], viewpoint="ru"))
    assert sorted(from_moscow) == ["friendly", "hostile", "unknown"]
    assert "RU ~100,000" in from_moscow["friendly"] and "US brigade" in from_moscow["hostile"]


def test_forces_carry_echelon_and_branch() -> None:
    icons = force_icons(render_html([forces_situation()], viewpoint="US", neutral=["KZ"]))
    assert 'data-echelon="army"' in icons["hostile"]  # ~100,000 troops
    assert 'data-branch="infantry"' in icons["hostile"]
    assert 'data-echelon="brigade"' in icons["friendly"]  # named by the unit word
    assert 'data-branch="none"' in icons["friendly"]
    assert 'data-echelon="regiment"' in icons["neutral"]  # ~2,000 peacekeepers
    assert "gm-echelon" not in icons["unknown"]  # no count, no echelon word


def test_legend_keys_only_the_frames_drawn() -> None:
    html = render_html([forces_situation()], viewpoint="US", neutral=["KZ"])
    assert legend_keys(html) == [
        "Seen from US; neutral: KZ", "Friendly", "Hostile", "Neutral", "Unknown", "Infantry (troops)",
        "Regiment (est. from the count)", "Brigade", "Army (est. from the count)",
    ]
    assert legend_layers(html) == overlays(html)
    seed = legend_keys(render_html([seed_situation()], viewpoint="US"))
    assert seed[:2] == ["Seen from US", "Hostile"]
    assert not {"Friendly", "Neutral", "Unknown"} & set(seed)
    assert legend_keys(render_html([seed_situation()]))[:2] == ["No viewpoint set: every force is unknown", "Unknown"]
    assert legend_keys(render_html([bloc_situation()])) == []


def test_disputed_polygons_are_hatched() -> None:
    html = render_html([forces_situation()])
    assert html.count('<pattern id="gm-hatch-disputed"') == 1
    assert '"fillColor":"url(#gm-hatch-disputed)"' in map_script(html)
    disputed = re.search(r'data-layer="Disputed territory">(.*?)</li>', html)
    assert disputed and "M1 9L9 1" in disputed.group(1)  # the hatched swatch
    # A disputed point is a hatched square marker, not a diamond (hostile forces' frame).
    markers = [i for i in div_icons(html) if i["className"] == "gm-icon gm-hatched"]
    assert len(markers) == 1 and "Crimea · 2014</span>" in markers[0]["html"]
    assert "url(#gm-hatch" not in map_script(render_html([seed_situation()]))  # Crimea is a point there


def test_named_borders_are_thick_and_labelled() -> None:
    html = map_script(render_html([bloc_situation()]))
    label = re.search(r"L\.tooltip\((\{.*?\})\)\s*\.setLatLng\((\[.*?\])\)\s*\.setContent\((\".*?\")\)", html)
    assert label
    assert json.loads(label.group(1))["className"] == "gm-line-label"
    assert json.loads(label.group(3)) == "Belarus–EU border"
    assert '"color":"#111827","weight":7' in html.replace(" ", "")


def test_venue_chips_carry_order_and_date() -> None:
    seed = seed_situation()
    geneva = replace(seed.items[0], sequence=0, date="XXXX-01-10")
    html = render_html([replace(seed, items=(geneva,))])
    chips = [i["html"] for i in div_icons(html) if i["className"] == "gm-icon gm-star"]
    assert len(chips) == 1 and "1. Geneva · 10 Jan</span>" in chips[0]


def test_unknown_viewpoint_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown side 'Narnia'"):
        render_html([seed_situation()], viewpoint="Narnia")


def test_viewpoint_maps_are_deterministic() -> None:
    once = render_html([forces_situation(), bloc_situation()], viewpoint="NATO", neutral=["KZ"])
    assert render_html([forces_situation(), bloc_situation()], viewpoint="NATO", neutral=["KZ"]) == once


# --- escaping --------------------------------------------------------------------


def test_popup_quotes_the_sentence_with_the_place_highlighted(seed_html: str) -> None:
    popups = js_strings(seed_html, "bindPopup")
    geneva = next(p for p in popups if "<h3>Geneva</h3>" in p)
    assert "Meeting venue · confidence 95%" in geneva
    assert "US diplomatic mission in <mark>Geneva</mark> with US-Russia relations" in geneva
    troops = next(p for p in popups if "<h3>Russian troops" in p)
    assert "~100,000 troops" in troops
    assert "within reach of the border with <mark>Ukraine</mark>" in troops


def test_hostile_text_never_becomes_markup_or_script(hostile_html: str) -> None:
    # Exactly our four script elements: the payload's </script><script> is inert.
    assert hostile_html.count("<script>") == 4
    assert hostile_html.count("</script>") == 4
    for raw in ("<img src=x", "<svg onload", "window.__pwned=1;alert(1)</script>", "`${"):
        assert raw not in hostile_html.replace(leaflet_js(), "")
    popups = js_strings(hostile_html, "bindPopup")
    assert popups
    for popup in popups:
        assert "<script" not in popup and "<img" not in popup and "<svg" not in popup
        assert "&lt;/script&gt;&lt;script&gt;" in popup
        assert "&#96;${window.__pwned=2}&#96;" in popup
    evil = next(p for p in popups if "Observers in" in p)
    assert "<mark>Evil&lt;/script&gt;" in evil
    for tooltip in js_strings(hostile_html, "bindTooltip"):
        assert "<" not in tooltip


def test_hostile_title_is_shown_as_text(hostile_html: str) -> None:
    assert f"<h1>Hostile {html_text(HOSTILE_PAYLOAD)}</h1>" in hostile_html
    assert f"<title>Hostile {html_text(HOSTILE_PAYLOAD)}</title>" in hostile_html


def test_template_syntax_in_text_stays_literal(hostile_html: str) -> None:
    # branca re-compiles rendered macros as Jinja; ours must not be.
    assert "{{ 7*7 }} {% if 1 %}jinja{% endif %} {# comment" in hostile_html


def test_js_value_cannot_close_a_script() -> None:
    text = js_value("</script><!-- ' \u2028 ` ${x} \\")
    assert "<" not in text and "'" not in text and "\u2028" not in text
    assert json.loads(text) == "</script><!-- ' \u2028 ` ${x} \\"


# --- determinism -------------------------------------------------------------------


def test_same_input_same_bytes(seed_html: str) -> None:
    assert render_html([seed_situation()]) == seed_html
    assert not re.search(r"_[0-9a-f]{32}\b", seed_html), "a random folium id escaped"


def test_same_bytes_across_processes(seed_html: str) -> None:
    # A new interpreter with another hash seed: no set or dict order leaks in.
    code = (
        "import hashlib, sys; sys.path.insert(0, 'tests');"
        "from render_cases import seed_situation; from geomap.render import render_html;"
        "print(hashlib.sha256(render_html([seed_situation()]).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == hashlib.sha256(seed_html.encode()).hexdigest()


def test_stable_ids_only_inside_a_render() -> None:
    with stable_ids():
        inside = Element()._id
    assert inside == "1"
    assert re.fullmatch(r"[0-9a-f]{32}", Element()._id)


# --- several articles, odd input -------------------------------------------------------


def test_metonyms_are_not_marked(seed_html: str) -> None:
    titles = [re.search(r"<h3>(.*?)</h3>", p).group(1) for p in js_strings(seed_html, "bindPopup")]
    assert "Washington" not in titles and "Kyiv" not in titles and "Kremlin" not in titles


def test_several_articles_share_layers_and_places() -> None:
    first = protest_situation()
    second = protest_situation("Kiev was quiet on Wednesday.", "quiet")
    html = render_html([seed_situation(), first, second])
    assert "<h1>Situation map: 3 articles</h1>" in html
    assert "Article quiet (2022-01-11)" in html
    # Kyiv is in two articles: one marker, quoting both, each under its article.
    assert html.count("L.marker(") == SEED_MARKERS + 1
    kyiv = next(p for p in js_strings(html, "bindPopup") if "<h3>Kyiv</h3>" in p)
    assert "Other place · confidence 80%" in kyiv
    assert "Article protest (2022-01-11)</div><blockquote>Protesters gathered in <mark>Kiev</mark>" in kyiv
    assert "Article quiet (2022-01-11)</div><blockquote><mark>Kiev</mark> was quiet" in kyiv


def test_undrawable_items_and_bad_offsets_are_skipped() -> None:
    article = Article(text="Nothing here.", id="odd", title="Odd")
    bad_mention = Mention("Geneva", 50, 56, place=Place("Geneva", "CH", 46.2, 6.1, "city"), role="other")
    items = (
        Item("nan", "meeting_venue", "Nowhere", {"type": "Point", "coordinates": [float("nan"), 1.0]}, (0,)),
        Item("junk", "meeting_venue", "Junk", {"type": "Blob"}, (0,)),
        Item("ok", "weird_new_role", "Somewhere", {"type": "Point", "coordinates": [6.1, 46.2]}, (0, 7)),
    )
    html = render_html([Situation(article=article, mentions=(bad_mention,), items=items)])
    assert html.count("L.marker(") == 1
    popup = js_strings(html, "bindPopup")[0]
    assert "<h3>Somewhere</h3>" in popup and "Weird new role" in popup and "<blockquote>" not in popup
    assert overlays(html) == ["Other places"]


def test_symbols_sharing_a_point_stack_and_the_placed_one_keeps_it() -> None:
    text = "Troops hold Idlib. Rebels took the village of Qarsh in Idlib."
    idlib = Place("Idlib", "SY", 35.93, 36.63, "city")
    mentions = (
        Mention("Idlib", 12, 17, place=idlib, role="troop_position", confidence=0.9),
        Mention("Qarsh", 46, 51, role="disputed_territory"),
    )
    point = {"type": "Point", "coordinates": [36.63, 35.93]}
    items = (
        # the approximate one first: drawing order, not item order, decides who keeps the point
        Item("qarsh", "disputed_territory", "Qarsh (in Idlib)", point, (1,), uncertainty_km=20.0),
        Item("idlib", "troop_position", "Idlib", point, (0,)),
    )
    html = render_html([Situation(Article(text=text, id="s"), mentions, items)])
    icons = re.findall(r"L\.marker\(\[35\.93,36\.63\], \{\s*icon: L\.divIcon\((\{.*?\})\),\s*riseOnHover", html, re.S)
    assert len(icons) == 2
    first, second = (json.loads(icon) for icon in icons)
    assert "gm-unit" in first["html"] and "Qarsh (in Idlib)" in second["html"]  # the force, then the village
    # the second sits wholly under the first: its top below the first's bottom
    first_bottom = first["iconSize"][1] - first["iconAnchor"][1]
    second_top = -second["iconAnchor"][1]
    assert second_top > first_bottom
    assert second["popupAnchor"][1] > 0  # its popup opens over the moved symbol


def test_empty_situation_list_renders_a_world_map() -> None:
    html = render_html([])
    assert "fitBounds" not in map_script(html) and "L.marker(" not in html
    assert "<h1>Situation map: 0 articles</h1>" in html


def test_popup_html_cuts_long_sentences_and_counts_the_rest() -> None:
    text = "x " * 1000 + "Geneva" + " y" * 1000
    start = text.index("Geneva")
    mentions = tuple(Mention("Geneva", start, start + 6, sentence=(0, len(text))) for _ in range(1))
    html = popup_html(label="Geneva", role="other", confidence=None, evidence=[Evidence(Article(text=text), mentions)])
    assert len(html) < 1000 and "<mark>Geneva</mark>" in html and html.count("…") == 2


# --- basemap -------------------------------------------------------------------------


def test_polyline_encoding_round_trips() -> None:
    ring = [(6.14569, 46.20222), (-77.03637, 38.89511), (179.999, -89.5), (6.14569, 46.20222)]
    assert decode_ring(encode_ring(ring)) == [(round(x, 3), round(y, 3)) for x, y in ring]


def test_basemap_holds_every_country_shape() -> None:
    basemap = world_basemap()
    rows = json.loads(basemap.rows_js)
    assert len(rows) == len(shapes.countries())
    switzerland = next(r for r in rows if r[1] == "CH")
    points = [p for polygon in switzerland[2] for ring in polygon for p in decode_ring(ring)]
    lons, lats = zip(*points, strict=True)
    assert 5.9 < min(lons) < 6.0 and 10.4 < max(lons) < 10.6
    assert 45.8 < min(lats) < 45.9 and 47.7 < max(lats) < 47.9


def test_map_opens_at_the_fitted_view(seed_html: str) -> None:
    """No animation from the world view: it cost ~1 s of repainting before the map was ready."""
    call = re.search(r"\.fitBounds\(\s*\[\[.*?\]\],\s*(\{.*?\})\s*\)", map_script(seed_html), re.S)
    assert call and json.loads(call.group(1))["animate"] is False


def _overlay_var(html: str, layer: str) -> str:
    found = re.search(rf'"{re.escape(layer)}" : (feature_group_\w+)', html)
    assert found, f"no overlay {layer!r} in the layer control"
    return found.group(1)


def test_hidden_layers_start_unticked_but_stay_in_the_control() -> None:
    shown = render_html([seed_situation()])
    hidden = render_html([seed_situation()], hidden_layers=["countries involved"])
    assert f"{_overlay_var(shown, 'Countries involved')}.addTo(" in shown
    group = _overlay_var(hidden, "Countries involved")  # still listed: one tick brings it back
    assert f"{group}.addTo(" not in hidden
    assert f"{_overlay_var(hidden, 'Meeting venues')}.addTo(" in hidden
    with pytest.raises(ValueError, match="no layer called 'Hills'; the layers are: Meeting venues"):
        render_html([seed_situation()], hidden_layers=["Hills"])


def test_world_basemap_from_the_disk_cache_equals_a_fresh_one(tmp_path, monkeypatch) -> None:
    from geomap.render import basemap

    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    fresh = basemap.prepare_basemap()
    basemap.world_basemap.cache_clear()
    try:
        first = basemap.world_basemap()  # computed, then written
        (stored,) = tmp_path.glob("basemap-*.json")
        basemap.world_basemap.cache_clear()
        second = basemap.world_basemap()  # read back
        assert first == fresh and second == fresh
        assert list(second.bounds) == list(fresh.bounds)
        stored.write_text("{not json", encoding="utf-8")  # a damaged cache is recomputed
        basemap.world_basemap.cache_clear()
        assert basemap.world_basemap() == fresh
    finally:
        basemap.world_basemap.cache_clear()
