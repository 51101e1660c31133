"""Merging items across articles: one thing per place, conflicts kept."""

from __future__ import annotations

from geomap.combine import combine_situations, counts_agree, dates_agree, identity
from geomap.model import Article, Item, Mention, Place, Situation

KHARKIV = Place("Kharkiv", "UA", 49.98081, 36.25272, "city", 706483)
# The same town from a record without a GeoNames id, a little off.
KHARKIV_ALIAS = Place("kharkiv", "UA", 49.99, 36.23, "city", None)
ODESA = Place("Odesa", "UA", 46.48, 30.73, "city", 698740)
UKRAINE = Place("Ukraine", "UA", 49.0, 32.0, "country", 690791)


def situation(
    name: str,
    place: Place,
    *,
    role: str = "troop_position",
    count: int | tuple[int, int] | None = None,
    side: str | None = "RU",
    date: str | None = None,
    kind: str = "place",
    geometry: dict | None = None,
    label: str | None = None,
) -> Situation:
    text = f"Troops stand near {place.name}."
    start = text.index(place.name)
    mention = Mention(place.name, start, start + len(place.name), sentence=(0, len(text)), place=place, role=role)
    item = Item(
        f"{name}-item", role, label or place.name,
        geometry or {"type": "Point", "coordinates": [place.lon, place.lat]}, (0,),
        side=side, troop_count=count, date=date, kind=kind,
    )
    return Situation(Article(text, id=name, title=f"Story {name}", date="2022-01-10"), (mention,), (item,))


def test_same_place_across_articles_is_one_item_with_both_reports() -> None:
    combined = combine_situations([situation("a", KHARKIV), situation("b", KHARKIV)])
    assert len(combined) == 1
    assert [r.article.id for r in combined[0].reports] == ["a", "b"]
    assert not combined[0].contested


def test_same_place_without_geonames_id_matches_by_name_country_and_position() -> None:
    first = situation("a", Place("Kharkiv", "UA", 49.98, 36.25, "city", None))
    combined = combine_situations([first, situation("b", KHARKIV_ALIAS)])
    assert len(combined) == 1


def test_different_places_and_roles_stay_apart() -> None:
    combined = combine_situations(
        [situation("a", KHARKIV), situation("b", ODESA), situation("c", KHARKIV, role="meeting_venue")]
    )
    assert len(combined) == 3


def test_items_of_one_article_are_never_merged() -> None:
    both = situation("a", KHARKIV, side="RU")
    ua = Item("ua", "troop_position", "Kharkiv", both.items[0].geometry, (0,), side="UA")
    one_article = Situation(both.article, both.mentions, (*both.items, ua))
    combined = combine_situations([one_article, situation("b", KHARKIV, side="UA")])
    # B's Ukrainian force joins A's Ukrainian one, not the Russian one.
    assert [[r.item.side for r in c.reports] for c in combined] == [["RU"], ["UA", "UA"]]
    assert not any(c.contested for c in combined)


def test_figure_outside_a_range_is_a_conflict_with_both_claims() -> None:
    combined = combine_situations(
        [situation("a", KHARKIV, count=100_000), situation("b", KHARKIV, count=(10_000, 99_999))]
    )[0]
    assert combined.conflicts == ("troop_count",)
    assert [(c.value, [r.article.id for r in c.reports]) for c in combined.claims("troop_count")] == [
        (100_000, ["a"]),
        ((10_000, 99_999), ["b"]),
    ]
    assert combined.agreed("troop_count") is None


def test_figure_inside_a_range_agrees_and_missing_values_claim_nothing() -> None:
    combined = combine_situations(
        [situation("a", KHARKIV, count=50_000), situation("b", KHARKIV, count=(10_000, 99_999)),
         situation("c", KHARKIV, count=None, side=None)]
    )[0]
    assert len(combined.reports) == 3 and not combined.contested
    assert combined.agreed("side") == "RU"


def test_different_sides_and_disjoint_event_dates_conflict_but_a_force_seen_twice_does_not() -> None:
    forces = combine_situations(
        [situation("a", KHARKIV, side="RU", date="2022-01-10"), situation("b", KHARKIV, side="BY", date="2022-01-12")]
    )
    # The RU force has no same-side partner, so B joins it: a disputed side;
    # two days are two sightings of a force, not a disagreement.
    assert len(forces) == 1 and forces[0].conflicts == ("side",)
    talks = combine_situations(
        [situation(n, KHARKIV, role="meeting_venue", side=None, date=d)
         for n, d in (("a", "2022-01-10"), ("b", "2022-01-12"))]
    )
    assert len(talks) == 1 and talks[0].conflicts == ("date",)


def test_overlapping_dates_and_yearless_dates_agree() -> None:
    assert dates_agree("2022-01-12", "2022-01-11/2022-01-16")
    assert dates_agree("XXXX-01-10", "2022-01-10")
    assert dates_agree("2022-01", "2022-01-31")
    assert not dates_agree("XXXX-01-10", "2022-01-11")
    assert dates_agree("1997/..", "2022-01-10")  # open: nothing checkable


def test_counts_agree_when_ranges_overlap() -> None:
    assert counts_agree(100_000, 100_000)
    assert counts_agree((10_000, 99_999), (50_000, 150_000))
    assert not counts_agree(100_000, 90_000)
    assert not counts_agree((1_000, 9_999), (10_000, 99_999))


def test_borders_match_by_their_pair_of_sides_groups_by_name_movements_by_ends() -> None:
    line = {"type": "LineString", "coordinates": [[35.4, 50.4], [40.1, 49.6]]}
    a = situation("a", UKRAINE, kind="border", geometry=line, label="Russia–Ukraine border")
    b = situation("b", UKRAINE, kind="border", geometry=line, label="RU-UA border")
    c = situation("c", UKRAINE, kind="border", geometry=line, side="BY", label="Belarus–Ukraine border")
    assert identity(combine_situations([a])[0].reports[0]) == identity(combine_situations([b])[0].reports[0])
    assert len(combine_situations([a, b, c])) == 2
    move = {"type": "LineString", "coordinates": [[6.1, 46.2], [4.3, 50.8]]}
    other_move = {"type": "LineString", "coordinates": [[6.1, 46.2], [16.4, 48.2]]}
    moves = [
        situation(n, KHARKIV, role="meeting_venue", kind="movement", geometry=g, side=None)
        for n, g in (("a", move), ("b", move), ("c", other_move))
    ]
    assert [len(c.reports) for c in combine_situations(moves)] == [2, 1]
    nato = [
        situation(n, UKRAINE, role="other", kind="group", side="NATO", label=label)
        for n, label in (("a", "NATO members"), ("b", "NATO members"), ("c", "NATO members that joined after 1997"))
    ]
    assert [len(c.reports) for c in combine_situations(nato)] == [2, 1]


def test_two_made_up_wires_through_the_real_pipeline(gazetteer) -> None:
    import json
    import re

    from geomap.pipeline import map_article
    from geomap.render import render_html

    first = Article(
        "Troops mass\n\nAbout 100,000 Russian troops are massed near Kharkiv, Ukrainian officials said on Monday. "
        "Envoys met in Vienna on Monday.",
        id="wire-a", title="Troops mass", date="2022-01-10",
    )
    second = Article(
        "Envoys meet again\n\nTens of thousands of Russian troops remain near Kharkiv, according to Western "
        "officials. Envoys will meet in Helsinki next week.",
        id="wire-b", title="Envoys meet again", date="2022-01-12",
    )
    situations = [map_article(first, gazetteer=gazetteer), map_article(second, gazetteer=gazetteer)]
    combined = combine_situations(situations)
    kharkiv = [c for c in combined if "Kharkiv" in c.item.label]
    assert len(kharkiv) == 1 and [r.article.id for r in kharkiv[0].reports] == ["wire-a", "wire-b"]
    assert kharkiv[0].conflicts == ("troop_count",)
    assert [len(c.reports) for c in combined if c.item.label in ("Vienna", "Helsinki")] == [1, 1]
    html = render_html(situations)
    popups = [json.loads(s) for s in re.findall(r'\.bindPopup\(("(?:[^"\\]|\\.)*")', html)]
    shared = [p for p in popups if re.search(r"<h3>[^<]*Kharkiv", p)]
    assert len(shared) == 1 and "Troops mass (2022-01-10)" in shared[0] and "Envoys meet again" in shared[0]
    assert "Contested" in shared[0]
    # Helsinki "next week" (17-23 Jan) lies after both articles: the map gets a slider.
    assert 'type="range"' in html
