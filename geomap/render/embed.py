"""The map as a snippet to paste into another page (a CMS article, a wiki, a report).

A fragment of the map's own markup would share the host's globals and
stylesheet: our inlined Leaflet would replace the host's ``L`` (or meet an
older one), and the host's ``div``/``.leaflet-*`` rules would restyle the map.
So the snippet is an ``<iframe srcdoc="...">`` holding the whole escaped
document: a separate browsing context, its own globals and its own CSS, still
one self-contained piece of text that fetches nothing. ``sandbox`` without
``allow-same-origin`` gives the map an opaque origin, so even a hostile article
could not reach into the host page; ``allow-popups`` lets source links open.
"""

from __future__ import annotations

import html
import re

from .escape import html_text

__all__ = ["DEFAULT_EMBED_HEIGHT", "embed_snippet"]

#: Tall enough for the title box, legend and layer control at once.
DEFAULT_EMBED_HEIGHT = 600

_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL | re.IGNORECASE)


def embed_snippet(document: str, *, height: int = DEFAULT_EMBED_HEIGHT) -> str:
    """An ``<iframe>`` element showing the map page ``document``, full width.

    The iframe's ``title`` (what screen readers announce) is the page's own
    ``<title>``. The snippet ends with a newline and has no other markup, so it
    can be pasted anywhere flow content is allowed.
    """
    match = _TITLE.search(document)
    title = html.unescape(match[1]).strip() if match else ""
    return (
        f'<iframe title="{html_text(title or "Map")}"'
        f' style="display:block;width:100%;height:{int(height)}px;border:0"'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'
        ' referrerpolicy="no-referrer" loading="lazy"'
        f' srcdoc="{html.escape(document, quote=True)}"></iframe>\n'
    )
