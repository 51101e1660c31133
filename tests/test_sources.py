"""Source lines and the sources box: only http(s) URLs become links."""

from __future__ import annotations

import re

import pytest

from geomap.model import Article
from geomap.render.sources import MAX_LISTED_SOURCES, link_url, source_html, sources_box


@pytest.mark.parametrize("url", ["https://news.test/a", "http://news.test/a?b=1&c=2#d", "HTTPS://NEWS.TEST/"])
def test_http_urls_are_links(url: str) -> None:
    assert link_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//news.test/a",
        "news.test/a",
        "https://",
        "https://news.test/a b",
        "http://[::1",
    ],
)
def test_other_urls_are_not_links(url: str | None) -> None:
    assert link_url(url) is None


def test_source_line_links_the_title_and_escapes_everything() -> None:
    article = Article(text="x", title='Talks "now" <b>', date="2022-01-10", url='https://news.test/?q="><img/src=x>')
    assert source_html(article) == (
        '<a href="https://news.test/?q=&quot;&gt;&lt;img/src=x&gt;" target="_blank" rel="noopener noreferrer">'
        "Talks &quot;now&quot; &lt;b&gt;</a> (2022-01-10)"
    )


def test_an_unsafe_url_is_shown_as_text() -> None:
    article = Article(text="x", id="a1", url="javascript:alert('x')")
    assert source_html(article) == 'a1 <span class="gm-url">javascript:alert(&#x27;x&#x27;)</span>'


def test_source_name_falls_back_to_id_then_file() -> None:
    assert source_html(Article(text="x", source="in/a.txt")) == "in/a.txt"
    assert source_html(Article(text="x")) == "untitled article"


def test_sources_box_lists_articles_up_to_the_limit() -> None:
    articles = [Article(text="x", title=f"T{i}", date="2022-01-10") for i in range(MAX_LISTED_SOURCES + 3)]
    box = sources_box(articles)
    assert box.content.startswith("<h2>Sources</h2>")
    assert box.content.count("<li>") == MAX_LISTED_SOURCES
    assert "<li>T0 (2022-01-10)</li>" in box.content
    assert box.content.endswith('</ol><div class="gm-more">… and 3 more</div>')
    assert sources_box(articles[:1]).content.startswith("<h2>Source</h2>")


def test_hostile_page_links_nothing() -> None:
    from render_cases import HOSTILE_URL, hostile_situation

    from geomap.render import render_html
    from geomap.render.assets import leaflet_js
    from geomap.render.escape import html_text

    page = render_html([hostile_situation()]).replace(leaflet_js(), "")
    assert "<a " not in page and "\\u003ca " not in page  # no link in the body nor in any popup
    assert not re.search(r"href=\\?[\"']?\s*javascript", page, re.I)
    assert f'<span class="gm-url">{html_text(HOSTILE_URL)}</span>' in page
