"""Each article's claim in words, with its source, where the reports of one item differ."""

from __future__ import annotations

from dataclasses import replace

from render_cases import HOSTILE_PAYLOAD, wire_situations

from geomap.combine import CombinedItem, Report, combine_situations
from geomap.model import Article, Item
from geomap.render.claims import claims_html, dates_suffix, dates_text, force_claims_label, source_tag


def kharkiv() -> CombinedItem:
    return next(c for c in combine_situations(wire_situations()) if c.item.label == "Kharkiv")


def report(name: str, **fields: object) -> Report:
    item = Item(name, "troop_position", "Kharkiv", {"type": "Point", "coordinates": [36.25, 49.98]}, ())
    return Report(Article("x", id=name, date="2022-01-10"), replace(item, **fields), ())


def test_force_label_says_each_strength_with_its_source_and_an_agreed_side_once() -> None:
    expected = "RU ~100,000 troops (wire-a, 10 Jan) · 10,000–99,999 troops (wire-b, 12 Jan)"
    assert force_claims_label(kharkiv()) == expected
    sides = CombinedItem((report("a", side="RU", troop_count=5000), report("b", side="BY", troop_count=5000)))
    assert force_claims_label(sides) == "RU ~5,000 troops (a, 10 Jan) · BY ~5,000 troops (b, 10 Jan)"


def test_labels_name_a_few_sources_and_count_the_rest() -> None:
    many = CombinedItem(tuple(report(f"s{i}", troop_count=1000 * (i % 5 + 1)) for i in range(12)), ("troop_count",))
    label = force_claims_label(many)
    assert label.startswith("~1,000 troops (s0, 10 Jan; s5, 10 Jan +1) · ~2,000 troops")
    assert label.endswith("+2 more claims")
    assert source_tag(report("a-very-long-article-identifier-indeed")) == "a-very-long-article-ide…, 10 Jan"


def test_dates_in_labels_and_rows() -> None:
    dates = {"a": "2022-01-12", "b": "2022-01-10", "c": "2022-01-11/2022-01-16"}
    venue = [report(name, role="meeting_venue", date=day) for name, day in dates.items()]
    agreed = CombinedItem((venue[0], venue[2]))
    assert dates_suffix(agreed) == " · 12 Jan"  # 12 Jan lies within 11-16 Jan: the first stated
    contested = CombinedItem(tuple(venue[:2]), ("date",))
    assert dates_suffix(contested) == " · 12 Jan (a, 10 Jan) · 10 Jan (b, 10 Jan)"
    assert dates_text(CombinedItem(tuple(venue))) == "2022-01-10 … 2022-01-12 (3 dates)"
    assert dates_text(contested) == "2022-01-10 / 2022-01-12" and dates_text(CombinedItem((report("d"),))) is None


def test_popup_block_lists_claims_escaped_and_says_whether_they_conflict() -> None:
    html = claims_html(kharkiv())
    assert html.startswith('<div class="gm-claims"><h4>Contested: the sources disagree</h4>')
    assert "<dt>When</dt>" in html  # forces seen on two days: the dates differ, not in conflict
    hostile = kharkiv()
    first = hostile.reports[0]
    hostile = replace(hostile, reports=(replace(first, article=replace(first.article, title=HOSTILE_PAYLOAD)),
                                        *hostile.reports[1:]))
    assert "<script>" not in claims_html(hostile) and "&lt;/script&gt;" in claims_html(hostile)
    agreeing = CombinedItem((report("a", troop_count=50_000), report("b", troop_count=(10_000, 99_999))))
    assert "<h4>Reports differ</h4>" in claims_html(agreeing) and "(contested)" not in claims_html(agreeing)
    assert claims_html(CombinedItem((report("a"), report("b")))) == ""
