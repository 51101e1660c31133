"""Popup markup: what a place is in the story, and the sentences that say so.

A popup answers "where did this come from?": the place it was resolved to,
its role, when, how sure the pipeline is, the article (linked when it has a
safe URL) and the sentences, and which other places of that name were
considered and rejected (``Mention.alternatives``).

Every piece of article text is HTML-escaped here, segment by segment, so the
``<mark>`` around a place name is the only markup in a quote. The result is
plain HTML; :func:`geomap.render.escape.js_value` makes it safe for the script.
Sentences come from the mentions' offsets into ``Article.text`` (provenance
lives in the data model), never from searching the text again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.model import Article, Mention, Place, TroopCount

from .edits import analyst_html
from .escape import html_text
from .labels import date_text
from .sources import source_html
from .style import ROLE_STYLES
from .symbols import format_count

#: More quotes than this make a popup taller than the map; the rest are counted.
MAX_QUOTES = 5
#: Characters of context kept either side of a place name in very long sentences.
CONTEXT_CHARS = 220
#: Rejected candidates listed per popup: the runners-up, not the whole gazetteer.
MAX_ALTERNATIVES = 4

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
    date: str | None = None,
    show_article: bool = False,
    edits: Sequence[str] = (),
    notes: Sequence[str] = (),
    claims: str = "",
    uncertainty_km: float | None = None,
    sides: Sequence[str] = (),
) -> str:
    """The popup of one marker or line, as escaped HTML.

    ``date`` is when the drawn thing happens (the Item's date). ``edits`` and
    ``notes`` are an analyst's changes and remarks, shown apart under an
    "Analyst edit" badge. The source is
    always named: once under the facts for a one-article map, or above each
    article's quotes when ``show_article`` (maps of several articles).
    ``claims`` is trusted HTML (:func:`.claims.claims_html`): what each
    article says where several disagree, shown under the heading.
    ``uncertainty_km`` says the position is approximate, and by how much
    ("40 km north of Kharkiv", a village placed in its district).
    """
    meta = [role_label(role)]
    if troop_count:
        meta.append(f"{format_count(troop_count)} troops")
    if len(sides) > 1:
        meta.append(f"sides: {', '.join(sides)}")  # a joint force: "Iraqi and American forces"
    elif side:
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
        claims,
    ]
    analyst = analyst_html(edits, notes)
    if analyst:
        parts.append(analyst)
    facts = []
    places = resolved_places(evidence)
    if places:
        facts.append(("Place", "; ".join(html_text(place_line(p)) for p in places)))
    if uncertainty_km:
        facts.append(("Position", html_text(f"approximate, within about {uncertainty_km:g} km")))
    if date:
        # Readable first ("11–16 Jan"); the ISO value stays as the hover title.
        shown = date_text(date) or date
        facts.append(("When", f'<span title="{html_text(date)}">{html_text(shown)}</span>'))
    if not show_article:
        articles = list(dict.fromkeys(ev.article for ev in evidence))
        if articles:
            facts.append(("Source", "; ".join(source_html(a) for a in articles)))
    if facts:
        rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in facts)
        parts.append(f'<dl class="gm-facts">{rows}</dl>')
    shown = 0
    total = 0
    for ev in evidence:
        found = quotes(ev.article.text, ev.mentions)
        total += len(found)
        room = max(MAX_QUOTES - shown, 0)
        if not found or not room:
            continue
        if show_article:
            parts.append(f'<div class="gm-article">{source_html(ev.article)}</div>')
        for quote in found[:room]:
            parts.append(f"<blockquote>{quote}</blockquote>")
        shown += min(len(found), room)
    if total > shown:
        parts.append(f'<div class="gm-more">… and {total - shown} more</div>')
    rejected = rejected_places(evidence)
    if rejected:
        names = "; ".join(html_text(place_line(p)) for p in rejected[:MAX_ALTERNATIVES])
        if len(rejected) > MAX_ALTERNATIVES:
            names += f"; … and {len(rejected) - MAX_ALTERNATIVES} more"
        parts.append(f'<div class="gm-rejected"><span>Rejected:</span> {names}</div>')
    parts.append("</div>")
    return "".join(parts)


def place_line(place: Place) -> str:
    """A place as plain text: name, country code, kind and position.

    The position tells apart namesakes that share a country ("Geneva (US,
    city) 41.89°N 88.31°W" is Illinois, 42.87°N 76.98°W New York).
    """
    details = ", ".join(part for part in (place.country, place.type) if part)
    name = f"{place.name} ({details})" if details else place.name
    if not (math.isfinite(place.lat) and math.isfinite(place.lon)):
        return name
    lat = f"{abs(place.lat):.2f}°{'N' if place.lat >= 0 else 'S'}"
    lon = f"{abs(place.lon):.2f}°{'E' if place.lon >= 0 else 'W'}"
    return f"{name} {lat} {lon}"


def resolved_places(evidence: Sequence[Evidence]) -> list[Place]:
    """The distinct places the evidence's mentions were resolved to, first-mentioned first."""
    found: dict[tuple[object, ...], Place] = {}
    for ev in evidence:
        for m in ev.mentions:
            if m.place is not None:
                found.setdefault(_place_key(m.place), m.place)
    return list(found.values())


def rejected_places(evidence: Sequence[Evidence]) -> list[Place]:
    """Candidates the resolver ranked below its choice, minus any place it chose.

    Two mentions of "Geneva" share their runners-up: each is listed once.
    """
    chosen = {_place_key(p) for p in resolved_places(evidence)}
    found: dict[tuple[object, ...], Place] = {}
    for ev in evidence:
        for m in ev.mentions:
            for alt in m.alternatives:
                key = _place_key(alt)
                if key not in chosen:
                    found.setdefault(key, alt)
    return list(found.values())


def _place_key(place: Place) -> tuple[object, ...]:
    if place.geonameid:
        return ("geonames", place.geonameid)
    return ("place", place.name, place.country, place.type, round(place.lat, 3), round(place.lon, 3))


def role_label(role: str) -> str:
    """``role`` in words; an unknown role (a newer pipeline) is spelt out as is."""
    if role in ROLE_STYLES:
        return ROLE_STYLES[role].label
    return role.replace("_", " ").capitalize()


def quotes(text: str, mentions: Sequence[Mention]) -> list[str]:
    """One highlighted quote (escaped HTML) per distinct sentence, in article order."""
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
