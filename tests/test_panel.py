"""The evidence panel in the rendered HTML (tier 1). Clicks are in test_browser.py."""

from __future__ import annotations

import json
import re

import pytest
from render_cases import (
    HOSTILE_PAYLOAD,
    SEED_MARKERS,
    bloc_situation,
    hostile_situation,
    protest_situation,
    seed_situation,
)

from geomap.render import render_html
from geomap.render.escape import html_text
from geomap.render.panel import EvidencePanel, EvidenceRow
from geomap.render.style import LAYER_ORDER


def panel(html: str) -> str:
    found = re.search(r'<div id="(evidence_panel_\w+)" class="gm-box gm-panel.*?</div></div>(?=\s)', html, re.S)
    assert found, "no evidence panel in the page"
    return found.group(0)


def rows(html: str) -> list[str]:
    return re.findall(r'<li class="gm-row" data-row="\d+".*?</li>', panel(html), re.S)


def targets(html: str) -> list[dict[str, object]]:
    """The script's row list: element names (kept as names) and bounds."""
    block = re.search(r"document\.getElementById\(\"evidence_panel_\w+\"\), \[(.*?)\]\);", html, re.S)
    assert block
    return [
        {"target": t, "group": g, "bounds": json.loads(b)}
        for t, g, b in re.findall(r"\{target: (\w+), group: (\w+), bounds: (\[\[.*?\]\])\}", block.group(1))
    ]


@pytest.fixture(scope="module")
def seed_html() -> str:
    return render_html([seed_situation()])


def test_every_drawn_item_has_a_row_with_its_sentence(seed_html: str) -> None:
    found = rows(seed_html)
    assert len(found) == len(seed_situation().items) == SEED_MARKERS
    assert "<h2>Evidence (6)</h2>" in panel(seed_html)
    geneva = found[0]
    assert '<span class="gm-row-label">Geneva</span>' in geneva
    assert "Meeting venue · 10 Jan 2022" in geneva
    assert "the US diplomatic mission in <mark>Geneva</mark> with US-Russia relations" in geneva
    assert "within reach of the border with <mark>Ukraine</mark>" in panel(seed_html)


def test_rows_are_grouped_by_layer_in_legend_order() -> None:
    html = render_html([seed_situation(), protest_situation(), bloc_situation()])
    headings = re.findall(r"<h3>(.*?)</h3><ol>", panel(html))
    # Every layer with a drawn thing; "Countries involved" is shading, not an item.
    assert headings == [name for name in LAYER_ORDER if name != "Countries involved"]
    assert len(rows(html)) == SEED_MARKERS + 1 + 2
    # Several articles: each row names its article.
    assert '<div class="gm-row-meta">Article protest (2022-01-11)</div>' in panel(html)


def test_each_row_points_at_a_drawn_element_and_its_layer(seed_html: str) -> None:
    found = targets(seed_html)
    assert len(found) == len(rows(seed_html))
    script = seed_html.rsplit("<script>", 1)[1]
    for row in found:
        assert re.search(rf"var {row['target']} = L\.(marker|polyline|polygon)\(", script)
        assert f'"{row["group"]}' not in script  # a bare JS name, never a string
        assert re.search(rf"var {row['group']} = L\.featureGroup\(", script)
    # The panel's script runs after the elements it names exist.
    last = max(script.index(f"var {row['target']} = ") for row in found)
    assert last < script.index("L.control({position: \"topright\"})")


def test_points_fly_to_a_point_and_lines_to_their_bounds(seed_html: str) -> None:
    by_target = targets(seed_html)
    geneva = by_target[0]["bounds"]
    assert geneva == [[46.20222, 6.14569], [46.20222, 6.14569]]
    troops = next(r["bounds"] for r in by_target if r["bounds"][0] != r["bounds"][1])
    # The border line the troops stand at: its south-west and north-east corners.
    assert troops == [[49.6, 35.43], [50.45, 40.1]]


def test_panel_starts_open_or_folded(seed_html: str) -> None:
    assert 'class="gm-box gm-panel"' in seed_html
    assert 'aria-expanded="true">Hide</button>' in seed_html
    folded = render_html([seed_situation()], hide_panel=True)
    assert 'class="gm-box gm-panel gm-panel-hidden"' in folded
    assert 'aria-expanded="false">Show</button>' in folded
    # Folded, the view no longer leaves room for it.
    # (the page then measures the boxes; this is the padding before it does)
    assert '"paddingBottomRight":[140,40]' in folded
    assert '"paddingBottomRight":[360,40]' in seed_html


def test_no_items_no_panel() -> None:
    assert "gm-panel" not in render_html([])


def test_hostile_text_in_the_panel_is_text() -> None:
    html = render_html([hostile_situation()])
    box = panel(html)
    assert "<script" not in box and "<img" not in box and "<svg" not in box and "`" not in box
    assert f'<span class="gm-row-label">Geneva {html_text(HOSTILE_PAYLOAD)}</span>' in box
    assert f"Meeting venue · {html_text(HOSTILE_PAYLOAD)}" in box
    assert "Talks in <mark>Geneva</mark> &lt;/script&gt;&lt;script&gt;" in box
    assert len(rows(html)) == 3


def test_only_element_names_reach_the_script() -> None:
    row = EvidenceRow("x", "Layer", "other", None, (), "marker_1;alert(1)", "group_2", ((0, 0), (0, 0)))
    with pytest.raises(ValueError, match="not a JS element name"):
        EvidencePanel([row])


def test_same_bytes_with_every_option() -> None:
    options = {"as_of": "2022-02-01", "banner": "UNCLASSIFIED", "banner_color": "green", "hide_panel": True}
    situations = [seed_situation(), protest_situation(url="https://news.test/p"), bloc_situation()]
    assert render_html(situations, **options) == render_html(situations, **options)
