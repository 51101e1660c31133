"""What each article claims about an item several articles report, in words.

When the reports of one :class:`~geomap.combine.CombinedItem` differ, the map
says each claim with its source instead of picking one: the label reads
"RU ~100,000 troops (a, 10 Jan) · 10,000–99,999 troops (b, 12 Jan)" and the
popup lists each claim under "Contested" (the claims cannot all be true, see
:mod:`geomap.combine`) or "Reports differ" (they can: a figure inside a range).
"""

from __future__ import annotations

from geomap.combine import Claim, CombinedItem, Report

from .escape import html_text
from .labels import SEPARATOR, date_text, side_text, strength_text
from .sources import article_name, source_html

#: Longest article name in a label's "(name, date)"; the popup has it in full.
MAX_TAG_CHARS = 24
#: Sources named per claim in a label, and claims per label; the popup has the rest.
LABEL_SOURCES = 2
LABEL_CLAIMS = 3
#: Sources named per claim in a popup; the quotes below name every article.
POPUP_SOURCES = 4
#: Field names as the popup says them.
FIELD_NAMES = {"troop_count": "Strength", "side": "Side", "date": "When"}


def source_tag(report: Report) -> str:
    """The article briefly, for a label: "Reuters, 10 Jan" (its id, else its title; and date)."""
    article = report.article
    name = article.id or article_name(article)
    if len(name) > MAX_TAG_CHARS:
        name = name[: MAX_TAG_CHARS - 1].rstrip() + "…"
    when = date_text(article.date, article_date=article.date)
    return f"{name}, {when}" if when else name


def strengths_differ(combined: CombinedItem) -> bool:
    """Whether the reports of a force state different strengths or sides (its label then says each)."""
    return len(combined.claims("troop_count")) > 1 or len(combined.claims("side")) > 1


def force_claims_label(combined: CombinedItem) -> str:
    """Each report's strength with its source: "RU ~100,000 troops (a, 10 Jan) · 10,000–99,999 troops (b, 12 Jan)".

    The side is said once when the reports agree on it, else with each claim;
    reports that say the same are given once, with all their sources.
    """
    agreed_side = len(combined.claims("side")) <= 1
    said: dict[str, list[Report]] = {}
    for report in combined.reports:
        item = report.item
        text = strength_text(item.troop_count, item.unit)
        who = side_text(item.side)
        if who and not agreed_side:
            text = f"{who} {text}"
        said.setdefault(text, []).append(report)
    parts = [f"{text} ({_tags(reports)})" for text, reports in said.items()]
    who = side_text(combined.agreed("side")) if agreed_side else None
    label = SEPARATOR.join(_first(parts, LABEL_CLAIMS, "claims"))
    return f"{who} {label}" if who else label


def dates_suffix(combined: CombinedItem) -> str:
    """The date of a non-force item: " · 10 Jan"; when the dates conflict, each with its source.

    Dates that differ without conflict (12 Jan within "this week") show the
    first stated; the popup lists them all.
    """
    found = combined.claims("date")
    if not found:
        return ""
    if "date" not in combined.conflicts:
        when = date_text(found[0].value, article_date=found[0].reports[0].article.date)
        return f"{SEPARATOR}{when}" if when else ""
    parts = []
    for claim in found:
        when = date_text(claim.value, article_date=claim.reports[0].article.date) or claim.value
        parts.append(f"{when} ({_tags(claim.reports)})")
    return "".join(f"{SEPARATOR}{p}" for p in _first(parts, LABEL_CLAIMS, "dates"))


def dates_text(combined: CombinedItem) -> str | None:
    """The stated dates for the panel: one, two, or the first and last of many."""
    found = sorted(claim.value for claim in combined.claims("date"))
    if len(found) <= 2:
        return " / ".join(found) or None
    return f"{found[0]} … {found[-1]} ({len(found)} dates)"


def claims_html(combined: CombinedItem) -> str:
    """The popup block listing each differing field's claims with their sources ('' if all agree)."""
    rows = []
    for name, title in FIELD_NAMES.items():
        found = combined.claims(name)
        if len(found) < 2:
            continue
        contested = name in combined.conflicts
        items = "".join(f"<li>{_claim_html(name, claim)}</li>" for claim in found)
        flag = ' class="gm-contested"' if contested else ""
        rows.append(f"<dt{flag}>{html_text(title)}{' (contested)' if contested else ''}</dt><dd><ul>{items}</ul></dd>")
    if not rows:
        return ""
    heading = "Contested: the sources disagree" if combined.contested else "Reports differ"
    return f'<div class="gm-claims"><h4>{html_text(heading)}</h4><dl>{"".join(rows)}</dl></div>'


def _claim_html(name: str, claim: Claim) -> str:
    sources = "; ".join(source_html(r.article) for r in claim.reports[:POPUP_SOURCES])
    more = len(claim.reports) - POPUP_SOURCES
    if more > 0:
        sources += f"; … and {more} more"
    return f"{html_text(_value_text(name, claim))} — {sources}"


def _tags(reports: tuple[Report, ...] | list[Report]) -> str:
    """The first few reports' source tags ("a, 10 Jan; b, 12 Jan +3")."""
    text = "; ".join(source_tag(r) for r in reports[:LABEL_SOURCES])
    more = len(reports) - LABEL_SOURCES
    return f"{text} +{more}" if more > 0 else text


def _first(parts: list[str], limit: int, what: str) -> list[str]:
    more = len(parts) - limit
    return parts[:limit] + [f"+{more} more {what}"] if more > 0 else parts


def _value_text(name: str, claim: Claim) -> str:
    item = claim.reports[0].item
    if name == "troop_count":
        return strength_text(claim.value, item.unit)
    return str(claim.value)

