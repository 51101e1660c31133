"""Analyst edits on the map, kept apart from what the machine read.

A briefing reader must see which parts of the map a person changed: the box
"Analyst edits (N)" lists every override applied (what it did, and the
analyst's note), the markers of edited items get a dashed purple ring, and
their popups an "Analyst edit" section saying what was changed
(:func:`analyst_html`). Rendering decides nothing here: the edits are the
ones ``geomap.overrides`` recorded on the Situations.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.model import AnalystEdit, Situation

from .escape import html_text
from .furniture import ControlBox

#: The colour of everything an analyst changed: apart from every role colour.
EDIT_COLOR = "#7c3aed"
#: Class added to an edited item's marker icon.
EDITED_ICON_CLASS = "gm-edited"
#: Edits listed by name in the box; the rest are counted.
MAX_LISTED_EDITS = 12

EDITS_CSS = f"""
.gm-edits {{ max-width: 380px; font-size: 12px; border-left: 4px solid {EDIT_COLOR}; }}
.gm-edits h2 {{
  font-size: 12px; margin: 0 0 2px; text-transform: uppercase; letter-spacing: .04em; color: {EDIT_COLOR};
}}
.gm-edits ol {{ margin: 0; padding-left: 18px; }}
.gm-edits .gm-note, .gm-popup .gm-note {{ color: #4b5563; font-style: italic; }}
.{EDITED_ICON_CLASS} {{ outline: 2px dashed {EDIT_COLOR}; outline-offset: 3px; border-radius: 4px; }}
.gm-popup .gm-analyst {{ margin: 6px 0; padding: 4px 6px; border-left: 3px solid {EDIT_COLOR}; background: #f5f3ff; }}
.gm-badge {{
  display: inline-block; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: #fff; background: {EDIT_COLOR}; border-radius: 3px; padding: 0 4px;
}}
.gm-popup .gm-analyst ul {{ margin: 2px 0 0; padding-left: 16px; font-size: 12px; }}
"""


def map_edits(situations: Sequence[Situation]) -> list[AnalystEdit]:
    """The edits applied to the map's Situations, each once, in the order they were made."""
    return list(dict.fromkeys(edit for s in situations for edit in s.edits))


def analyst_html(edits: Sequence[str], notes: Sequence[str]) -> str:
    """A popup's "Analyst edit" section (escaped HTML); empty when nothing was edited."""
    if not edits and not notes:
        return ""
    changes = "".join(f"<li>{html_text(change)}</li>" for change in edits)
    remarks = "".join(f'<div class="gm-note">Note: {html_text(note)}</div>' for note in notes)
    listed = f"<ul>{changes}</ul>" if changes else ""
    return f'<div class="gm-analyst"><span class="gm-badge">Analyst edit</span>{listed}{remarks}</div>'


def edits_html(edits: Sequence[AnalystEdit]) -> str:
    """The box's content: a heading with the count, then each edit and its note."""
    rows = []
    for edit in edits[:MAX_LISTED_EDITS]:
        note = f' <span class="gm-note">— {html_text(edit.note)}</span>' if edit.note else ""
        rows.append(f"<li>{html_text(edit.change)}{note}</li>")
    more = len(edits) - MAX_LISTED_EDITS
    rest = f'<div class="gm-more">… and {more} more</div>' if more > 0 else ""
    return f"<h2>Analyst edits ({len(edits)})</h2><ol>{''.join(rows)}</ol>{rest}"


class AnalystEditsBox(ControlBox):
    """The "Analyst edits (N)" box (top left, under the title), with the edit styles."""

    def __init__(self, edits: Sequence[AnalystEdit]) -> None:
        super().__init__(edits_html(edits), position="topleft", css_class="gm-edits", css=EDITS_CSS)
        self._name = "AnalystEditsBox"
