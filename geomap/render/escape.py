"""Make text safe for the two places it lands: HTML markup and inline JavaScript.

Article text is hostile input as far as the page is concerned: folium's own
popups and tooltips paste it into JS template literals, where a backtick,
``${``, a backslash or ``</script>`` breaks out (folium #850, #1640, #1907).
Here text is first HTML-escaped (it becomes markup shown with ``innerHTML``)
and then every value that reaches a ``<script>`` goes through :func:`js_value`,
a JSON literal with ``< > & '`` and line separators written as ``\\uXXXX``, so
nothing inside it can end the script element or the string. (Jinja syntax in
the text is the third hazard; see :mod:`geomap.render.element`.)
"""

from __future__ import annotations

import html
import json
from typing import Any

_JS_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def html_text(text: object) -> str:
    """``text`` as HTML character data or attribute value (quotes escaped too).

    Backticks are escaped as well: harmless in our JSON strings, but markup
    that ever lands in a JS template literal (as folium's popups do) stays inert.
    """
    return html.escape(str(text), quote=True).replace("`", "&#96;")


def js_value(value: Any) -> str:
    """``value`` as a JavaScript literal that is safe inside ``<script>``.

    ``ensure_ascii`` turns U+2028/U+2029 (line terminators in older JS) and all
    other non-ASCII into escapes; the replacements keep ``</script>`` and
    ``<!--`` from being seen by the HTML parser.
    """
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for char, escaped in _JS_UNSAFE.items():
        text = text.replace(char, escaped)
    return text
