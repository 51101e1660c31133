"""Popup markup: what a place is in the story, and the sentences that say so.

Every piece of article text is HTML-escaped here, segment by segment, so the
``<mark>`` around a place name is the only markup in a quote. The result is
plain HTML; :func:`geomap.render.escape.js_value` makes it safe for the script.
Sentences come from the mentions' offsets into ``Article.text`` (provenance
lives in the data model), never from searching the text again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.model import Article, Mention, TroopCount

from .escape import html_text
from .style import ROLE_STYLES
from .symbols import format_count

#: More quotes than this make a popup taller than the map; the rest are counted.
MAX_QUOTES = 5
#: Characters of context kept either side of a place name in very long sentences.
CONTEXT_CHARS = 220

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Evidence:
    """The mentions of one article that a drawn thing came from."""

    article: Article
    mentions: tuple[Mention, ...]


def popup_html(
    *,
    label: str,
    role: str,
    confidence: float | None,
    evidence: Sequence[Evidence],
    troop_count: TroopCount | None = None,
    side: str | None = None,
    show_article: bool = False,
) -> str:
    """The popup of one marker or line, as escaped HTML.

    ``show_article`` names the article above its quotes, for maps that draw
    several articles at once.
    """
    meta = [role_label(role)]
    if troop_count:
        meta.append(f"{format_count(troop_count)} troops")
    if side:
        meta.append(f"side: {side}")
    if confidence is not None:
        meta.append(f"confidence {confidence:.0%}")
    # A place the offline gazetteer lacked says which online service put it here.
    online = sorted({m.place.geocoder for ev in evidence for m in ev.mentions if m.place and m.place.online})
    if online:
        meta.append(f"located online by {', '.join(online)}")
    parts = [
        '<div class="gm-popup">',
        f"<h3>{html_text(label)}</h3>",
        f'<div class="gm-meta">{html_text(" · ".join(meta))}</div>',
    ]
    shown = 0
    total = 0
    for ev in evidence:
        quotes = list(_quotes(ev.article.text, ev.mentions))
        total += len(quotes)
        room = max(MAX_QUOTES - shown, 0)
        if not quotes or not room:
            continue
        if show_article:
            name = ev.article.title or ev.article.id or ev.article.source
            if ev.article.date:
                name = f"{name} ({ev.article.date})"
            parts.append(f'<div class="gm-article">{html_text(name)}</div>')
        for quote in quotes[:room]:
            parts.append(f"<blockquote>{quote}</blockquote>")
        shown += min(len(quotes), room)
    if total > shown:
        parts.append(f'<div class="gm-more">… and {total - shown} more</div>')
    parts.append("</div>")
    return "".join(parts)


def role_label(role: str) -> str:
    """``role`` in words; an unknown role (a newer pipeline) is spelt out as is."""
    if role in ROLE_STYLES:
        return ROLE_STYLES[role].label
    return role.replace("_", " ").capitalize()


def _quotes(text: str, mentions: Sequence[Mention]) -> list[str]:
    """One highlighted quote per distinct sentence, in article order."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if not 0 <= m.start < m.end <= len(text):
            continue  # offsets that do not fit this text: nothing honest to quote
        by_sentence.setdefault(_sentence_span(text, m), []).append((m.start, m.end))
    return [_highlight(text, span, marks) for span, marks in sorted(by_sentence.items())]


def _sentence_span(text: str, m: Mention) -> tuple[int, int]:
    """The mention's sentence, or a window around it when that is unusable."""
    start, end = m.sentence
    if 0 <= start <= m.start and m.end <= end <= len(text):
        return start, end
    return max(m.start - CONTEXT_CHARS, 0), min(m.end + CONTEXT_CHARS, len(text))


def _highlight(text: str, span: tuple[int, int], marks: list[tuple[int, int]]) -> str:
    """Escape ``text[span]`` with each of ``marks`` wrapped in ``<mark>``."""
    start, end = span
    # Very long "sentences" (lists, tables) are cut around the highlighted names.
    if end - start > 2 * CONTEXT_CHARS + 200:
        start = max(start, marks[0][0] - CONTEXT_CHARS)
        end = min(end, marks[-1][1] + CONTEXT_CHARS)
    out = ["…"] if start > span[0] else []
    cursor = start
    for m_start, m_end in marks:
        if m_start < cursor:
            continue  # overlapping mentions: the first one already marks it
        out.append(_plain(text[cursor:m_start]))
        out.append(f"<mark>{_plain(text[m_start:m_end])}</mark>")
        cursor = m_end
    out.append(_plain(text[cursor:end]))
    if end < span[1]:
        out.append("…")
    return "".join(out).strip()


def _plain(segment: str) -> str:
    # Article line breaks and indentation mean nothing inside a popup.
    return html_text(_SPACES.sub(" ", segment))
