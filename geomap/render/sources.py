"""Where the map's words come from: each article as a line, and the sources box.

An article's link comes from its ``url`` and is hostile input like the rest:
only an absolute ``http``/``https`` URL becomes an ``<a>`` (a ``javascript:``
or ``data:`` URL would run or load something when clicked); anything else is
shown as plain text. Links open in a new tab without handing the page over
(``rel="noopener noreferrer"``), and the page itself never fetches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from geomap.model import Article

from .escape import html_text
from .furniture import ControlBox

#: Schemes a source link may have; every other URL is shown as text only.
LINK_SCHEMES = ("http", "https")
#: Articles listed by name in the sources box; the rest are counted.
MAX_LISTED_SOURCES = 8


def article_name(article: Article) -> str:
    """The article's title, else its id or file, as plain text."""
    return article.title or article.id or article.source or "untitled article"


def link_url(url: str | None) -> str | None:
    """``url`` if it is a well-formed absolute http(s) URL a reader may follow, else None."""
    if not url or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return url


def source_html(article: Article) -> str:
    """One article as escaped HTML: its name (a link when it has a safe URL) and date.

    A URL that is not safe to link is still shown, as text, so the reader
    sees what the article claimed to come from.
    """
    name = html_text(article_name(article))
    url = link_url(article.url)
    if url:
        name = f'<a href="{html_text(url)}" target="_blank" rel="noopener noreferrer">{name}</a>'
    elif article.url:
        name = f'{name} <span class="gm-url">{html_text(article.url)}</span>'
    if article.date:
        name = f"{name} ({html_text(article.date)})"
    return name


def sources_box(articles: Sequence[Article]) -> ControlBox:
    """The sources box: every article drawn (up to a limit), with links and dates."""
    lines = "".join(f"<li>{source_html(a)}</li>" for a in articles[:MAX_LISTED_SOURCES])
    more = len(articles) - MAX_LISTED_SOURCES
    # Outside the list, so the count is not numbered as one more article.
    rest = f'<div class="gm-more">… and {more} more</div>' if more > 0 else ""
    heading = "Source" if len(articles) == 1 else "Sources"
    return ControlBox(
        f'<h2>{heading}</h2><ol class="gm-source-list">{lines}</ol>{rest}',
        position="bottomleft",
        css_class="gm-sources",
    )
