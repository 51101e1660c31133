"""Analyst edits on the map: the box, the popup section, the marker ring, the panel row."""

from geomap.model import AnalystEdit, Article, Item, Situation
from geomap.render.edits import EDITED_ICON_CLASS, AnalystEditsBox, analyst_html, edits_html, map_edits
from geomap.render.layers import build_story_layers
from geomap.render.panel import row_html
from geomap.render.popups import popup_html

PIN = AnalystEdit("pin", "Georgia", "'Georgia' pinned to Georgia (US, admin1)", "per <AP>")
DROP = AnalystEdit("drop", "Jordan", "'Jordan' dropped as a false mention")


def situation(*items, edits=()):
    return Situation(article=Article(text="Troops in Georgia.", id="a"), items=tuple(items), edits=tuple(edits))


def point_item(item_id, **changes):
    return Item(
        id=item_id,
        role="meeting_venue",
        label=item_id,
        geometry={"type": "Point", "coordinates": [6.1, 46.2]},
        mentions=(),
        **changes,
    )


def test_the_box_lists_each_edit_once_with_its_note_escaped():
    edits = map_edits([situation(edits=[PIN, DROP]), situation(edits=[PIN])])
    assert edits == [PIN, DROP]
    html = edits_html(edits)
    assert html.startswith("<h2>Analyst edits (2)</h2><ol>")
    note = '<span class="gm-note">— per &lt;AP&gt;</span>'
    assert f"<li>&#x27;Georgia&#x27; pinned to Georgia (US, admin1) {note}</li>" in html
    assert "<li>&#x27;Jordan&#x27; dropped as a false mention</li>" in html
    assert "Analyst edits (2)" in AnalystEditsBox(edits).content


def test_machine_output_has_no_edit_section():
    assert analyst_html((), ()) == ""
    plain = popup_html(label="Geneva", role="meeting_venue", confidence=0.9, evidence=[])
    assert "Analyst edit" not in plain


def test_an_edited_popup_says_what_the_analyst_changed():
    html = popup_html(
        label="Georgia",
        role="troop_position",
        confidence=1.0,
        evidence=[],
        edits=["'Georgia' pinned to Georgia (US, admin1)"],
        notes=["<b>per AP</b>"],
    )
    assert '<span class="gm-badge">Analyst edit</span>' in html
    assert "<li>&#x27;Georgia&#x27; pinned to Georgia (US, admin1)</li>" in html
    assert "Note: &lt;b&gt;per AP&lt;/b&gt;" in html


def test_edited_items_are_ringed_and_flagged_in_the_panel():
    edited = point_item("edited", edited_by="analyst", edits=("added by the analyst",))
    machine = point_item("machine")
    story = build_story_layers([situation(edited, machine)])
    icons = [
        element.icon_js
        for group in story.groups.values()
        for element in group._children.values()
        if hasattr(element, "icon_js")
    ]
    assert sum(EDITED_ICON_CLASS in icon for icon in icons) == 1
    rows = {row.label: row for row in story.rows}
    assert rows["edited"].edited and not rows["machine"].edited
    assert "analyst edit" in row_html(0, rows["edited"], show_article=False)
    assert "analyst edit" not in row_html(1, rows["machine"], show_article=False)
