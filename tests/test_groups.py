"""Groups of countries (issue 4): the membership file, member queries, group
phrases in real sentences, and borders owned by a group, checked on real shapes."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pyproj
import pytest
import shapely
from shapely.geometry import Point, shape

from geomap import groups, shapes
from geomap.article import load_article
from geomap.errors import DataError
from geomap.gazetteer import build, sources
from geomap.model import Article
from geomap.pipeline import map_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "us-russia-geneva-talks.txt"

#: Inland cities (lat, lon), so a simplified coast cannot leave them out.
CITIES = {
    "Warsaw": (52.23, 21.01),
    "Prague": (50.08, 14.44),
    "Budapest": (47.50, 19.04),
    "Tartu": (58.38, 26.72),
    "Daugavpils": (55.87, 26.53),
    "Kaunas": (54.90, 23.90),
    "Bratislava": (48.15, 17.11),
    "Ljubljana": (46.06, 14.51),
    "Sofia": (42.70, 23.32),
    "Bucharest": (44.43, 26.10),
    "Tirana": (41.33, 19.82),
    "Zagreb": (45.81, 15.98),
    "Berlin": (52.52, 13.40),
    "Vienna": (48.21, 16.37),
    "Madrid": (40.42, -3.70),
    "Podgorica": (42.44, 19.26),
    "Skopje": (42.00, 21.43),
    "Tampere": (61.50, 23.76),
    "Minsk": (53.90, 27.57),
    "Kyiv": (50.45, 30.52),
    "Nicosia": (35.17, 33.36),
    "Valletta": (35.90, 14.51),
    "Tbilisi": (41.72, 44.79),
}


def covers(item, city: str) -> bool:
    lat, lon = CITIES[city]
    return shape(item.geometry).distance(Point(lon, lat)) < 0.05


def items_of(situation, kind):
    return [i for i in situation.items if i.kind == kind]


def one_group(situation):
    found = items_of(situation, "group")
    assert len(found) == 1, [i.label for i in found]
    return found[0]


# --- the data file ------------------------------------------------------------------


def test_every_code_is_a_country_with_a_shape():
    for row in csv.DictReader((REPO / "data" / "groups.csv").open(encoding="utf-8")):
        assert shapes.country_shape(row["country"]) is not None, row


def test_dates_are_plausible():
    today = datetime.date.today()
    for group in groups.names():
        for m in groups.memberships(group):
            if m.joined is not None:
                assert datetime.date(1949, 1, 1) <= m.joined.first_day() <= today, m
            for later in (m.left, m.suspended):
                if later is not None:
                    assert m.joined is not None and m.joined.first_day() < later.first_day() <= today, m


def test_every_group_names_its_source_in_the_readme():
    readme = (REPO / "data" / "README.md").read_text(encoding="utf-8")
    for group in groups.names():
        for m in groups.memberships(group):
            assert f"`{m.source}`" in readme, m


@pytest.mark.parametrize(
    ("year", "count"),
    [
        (1949, 12),
        (1952, 14),
        (1982, 16),
        (1990, 16),
        (1999, 19),
        (2004, 26),
        (2009, 28),
        (2017, 29),
        (2020, 30),
        (2023, 31),
        (2024, 32),
    ],
)
def test_nato_grew_to_32(year, count):
    assert len(groups.members("NATO", as_of=year)) == count


def test_nato_today():
    nato = groups.members("NATO")
    assert len(nato) == 32 and {"FI", "SE", "US", "TR"} <= set(nato) and "RU" not in nato
    assert groups.members("NATO", as_of=datetime.date(2024, 3, 6)) == tuple(sorted(set(nato) - {"SE"}))


def test_nato_members_that_joined_after_1997_include_the_1999_entrants():
    after = set(groups.members("NATO", joined_after=1997))
    assert {"CZ", "HU", "PL"} <= after  # 1999 is after 1997
    assert {"BG", "EE", "LV", "LT", "RO", "SK", "SI", "AL", "HR", "ME", "MK", "FI", "SE"} <= after
    assert len(after) == 16 and not after & {"DE", "ES", "GR", "TR", "US"}
    assert set(groups.members("NATO", joined_after=1997, as_of=2021)) == after - {"FI", "SE"}
    assert set(groups.members("NATO", joined_after=1998, joined_before=2000)) == {"CZ", "HU", "PL"}


def test_cee_members_that_joined_nato_after_1997():
    found = groups.members("NATO", joined_after=1997, within="Central and Eastern Europe")
    assert found == ("AL", "BG", "CZ", "EE", "HR", "HU", "LT", "LV", "PL", "RO", "SI", "SK")
    assert "ME" not in found and "FI" not in found


def test_eu_membership_over_time():
    assert len(groups.members("European Union")) == 27 and "GB" not in groups.members("European Union")
    assert len(groups.members("European Union", as_of=2019)) == 28
    assert len(groups.members("European Union", as_of=1986)) == 12
    assert len(groups.members("European Union", as_of=2003)) == 15
    joined_2004 = groups.members("European Union", joined_after=2003, joined_before=2005)
    assert len(joined_2004) == 10 and "MT" in joined_2004 and "RO" not in joined_2004


def test_csto_armenia_is_frozen_not_gone():
    assert set(groups.members("CSTO")) == {"AM", "BY", "KZ", "KG", "RU", "TJ"}
    assert "AM" not in groups.members("CSTO", include_suspended=False)
    assert "AM" in groups.members("CSTO", as_of=2023, include_suspended=False)
    assert set(groups.members("CSTO", as_of=1995)) == {"AM", "AZ", "BY", "GE", "KZ", "KG", "RU", "TJ", "UZ"}
    assert "UZ" in groups.members("CSTO", as_of=2010) and "UZ" not in groups.members("CSTO", as_of=2013)


def test_regions_and_definitions():
    assert groups.members("Baltic states") == ("EE", "LT", "LV")
    cee = groups.members("Central and Eastern Europe")
    assert len(cee) == 12 and "AL" in cee and "UA" not in cee
    flank = set(groups.members("NATO eastern flank"))
    assert {"BG", "CZ", "EE", "HU", "LV", "LT", "PL", "RO", "SK", "FI"} == flank
    assert flank <= set(groups.members("NATO"))
    assert set(groups.members("Visegrad Group")) == {"CZ", "HU", "PL", "SK"}
    assert set(groups.members("G7")) == {"CA", "FR", "DE", "IT", "JP", "GB", "US"}


def test_the_west_covers_nato_the_eu_and_the_g7():
    """The West is defined from other groups: it must not drift from them."""
    west = set(groups.members("the West"))
    assert set(groups.members("NATO")) | set(groups.members("European Union")) | set(groups.members("G7")) <= west
    assert west - {"AU", "NZ", "CH"} == set(groups.members("NATO")) | set(groups.members("European Union")) | {"JP"}


def test_questions_a_group_cannot_answer():
    with pytest.raises(ValueError, match="no joining dates"):
        groups.members("Baltic states", joined_after=1990)
    with pytest.raises(KeyError, match="unknown group"):
        groups.members("Warsaw Pact")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("NATO,XX1,1949,,,nato,", "ISO 3166-1"),
        ("NATO,us,1949,,,nato,", "ISO 3166-1"),
        ("NATO,US,1949-13,,,nato,", "joined"),
        ("NATO,US,2000,1999,,nato,", "not after"),
        ("NATO,US,,2000,,nato,", "needs a joined date"),
    ],
)
def test_a_bad_row_is_a_data_error_naming_the_line(tmp_path, row, message):
    bad = tmp_path / "groups.csv"
    bad.write_text(",".join(groups.COLUMNS) + "\nNATO,CA,1949,,,nato,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"groups.csv:3: .*{message}"):
        groups.current_memberships(bad)


def test_overlapping_or_half_dated_groups_are_data_errors(tmp_path):
    bad = tmp_path / "overlap.csv"
    bad.write_text(",".join(groups.COLUMNS) + "\nCSTO,UZ,1992,2000,,csto,\nCSTO,UZ,1999,,,csto,\n", encoding="utf-8")
    with pytest.raises(DataError, match="overlapping"):
        groups.current_memberships(bad)
    half = tmp_path / "half.csv"
    half.write_text(",".join(groups.COLUMNS) + "\nG7,US,1975,,,g7,\nG7,CA,,,,g7,\n", encoding="utf-8")
    with pytest.raises(DataError, match="some members only"):
        groups.current_memberships(half)


# --- one list of members: the gazetteer reads the file ---------------------------------


def test_the_gazetteer_lists_the_members_of_the_file(gazetteer):
    for name in ("NATO", "European Union", "CSTO", "Baltic states", "Central and Eastern Europe", "the West"):
        (record,) = [r for r in gazetteer.candidates(name, limit=5) if r.name == name]
        assert record.members == groups.current_members(name), name


def test_no_alias_row_repeats_a_member_list():
    listed = set(groups.names())
    for row in sources.curated_aliases():
        assert not (row.name in listed and row.members), f"aliases.csv:{row.line} repeats {row.name}'s members"


def test_a_second_member_list_is_refused():
    row = sources.AliasRow(9, "NATO", (), "group", None, None, None, None, ("US",))
    with pytest.raises(DataError, match="kept in data/groups.csv"):
        build._add_curated_place(build._Index(), row, {}, {"US": 1}, {"NATO": ("US",)})


# --- shapes -----------------------------------------------------------------------------


def _length_km(geometry) -> float:
    return pyproj.Geod(ellps="WGS84").geometry_length(geometry) / 1000


def _runs_along(line, iso2: str) -> float:
    """Degrees of the line that run along the country's outline (not just touch it)."""
    return shapely.intersection(line, shapes.country_shape(iso2).boundary.buffer(0.01)).length


def test_belarus_eu_border_is_its_borders_with_poland_lithuania_and_latvia():
    line = shapes.group_border("BY", groups.members("European Union"))
    assert line.geom_type == "MultiLineString"
    for neighbour in ("PL", "LT", "LV"):
        assert _runs_along(line, neighbour) > 1.0, neighbour
    for outsider in ("UA", "RU"):
        assert _runs_along(line, outsider) < 0.05, outsider  # only the tripoints at the ends
    # ~1,250 km on the ground; the 1:50m-like simplified shapes give ~900.
    assert 800 < _length_km(line) < 1400
    assert shapes.country_shape("BY").boundary.distance(line.centroid) < 0.5


def test_group_border_edge_cases():
    assert shapes.group_border("BY", ["BY"]) is None
    assert shapes.group_border("XX", ["PL"]) is None
    assert shapes.group_border("KZ", groups.members("European Union")) is None
    assert shapes.group_border("PL", ["ES", "DE"]).equals(shapes.shared_border("PL", "DE"))
    russia_nato = shapes.group_border("RU", groups.members("NATO"))
    for member in ("NO", "FI", "EE", "LV", "LT", "PL"):
        assert _runs_along(russia_nato, member) > 0.1, member


def test_group_outline_keeps_every_member():
    eu = shapes.group_outline(groups.members("European Union"))
    assert eu.geom_type == "MultiPolygon" and eu.is_valid
    for code in groups.members("European Union"):
        assert eu.distance(Point(shapes.representative_point(code)[::-1])) < 0.1, code  # Malta too
    assert shapely.get_num_coordinates(shapes.group_outline(groups.members("the West"))) < 5000
    assert shapes.group_outline(["XX"]) is None


# --- the seed -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return map_article(load_article(SEED))


def test_seed_nato_members_that_joined_after_1997(seed):
    (item,) = [i for i in items_of(seed, "group")]
    assert item.label == "NATO members in Central and Eastern Europe that joined after 1997"
    assert item.side == "NATO" and item.geometry["type"] == "MultiPolygon"
    for city in ("Warsaw", "Prague", "Budapest", "Tartu", "Kaunas", "Sofia", "Bucharest", "Tirana", "Zagreb"):
        assert covers(item, city), city
    for city in ("Berlin", "Vienna", "Madrid", "Podgorica", "Tampere", "Minsk", "Kyiv"):
        assert not covers(item, city), city
    # "it" and "the alliance" are NATO, named earlier in the sentence.
    (nato,) = [seed.mentions[i] for i in item.mentions]
    sentence = seed.article.text[nato.sentence[0] : nato.sentence[1]]
    assert nato.place.name == "NATO" and "joined it after 1997" in sentence


def test_seed_belarus_on_the_eu_border(seed):
    (item,) = [i for i in items_of(seed, "border") if i.side == "European Union"]
    assert item.label == "Belarus–EU border" and item.side == "European Union"
    assert item.geometry["type"] == "MultiLineString"
    assert {seed.mentions[i].text for i in item.mentions} == {"Belarus", "European Union"}
    line = shape(item.geometry)
    for neighbour in ("PL", "LT", "LV"):
        assert _runs_along(line, neighbour) > 1.0, neighbour
    assert _runs_along(line, "UA") < 0.05 and _runs_along(line, "RU") < 0.05


def test_seed_json_carries_the_new_items(seed):
    kinds = [i["kind"] for i in seed.to_json()["items"]]
    # The group, and two borders: Belarus–EU and the Russia–Ukraine line the troops stand at.
    assert kinds.count("group") == 1 and kinds.count("border") == 2


# --- group phrases in news -------------------------------------------------------------


def test_countries_that_joined_the_eu_in_2004(situate_text):
    item = one_group(situate_text("Poland is among the countries that joined the EU in 2004."))
    assert item.label == "EU members that joined in 2004" and item.side == "European Union"
    assert covers(item, "Warsaw") and covers(item, "Nicosia") and covers(item, "Valletta")
    assert not covers(item, "Bucharest") and not covers(item, "Vienna")


def test_two_years_of_joining(situate_text):
    item = one_group(situate_text("The countries that joined the European Union in 2004 and 2007 celebrated."))
    assert item.label == "EU members that joined in 2004 or 2007"
    assert covers(item, "Warsaw") and covers(item, "Bucharest") and not covers(item, "Zagreb")


def test_former_soviet_states_that_joined_nato(situate_text):
    item = one_group(situate_text("Moscow has long objected to former Soviet states that joined NATO."))
    assert item.label == "NATO members among the former Soviet republics"
    assert all(covers(item, c) for c in ("Tartu", "Daugavpils", "Kaunas"))
    assert not covers(item, "Warsaw") and not covers(item, "Kyiv") and not covers(item, "Tbilisi")


def test_main_clause_joining(situate_text):
    item = one_group(situate_text("Ten countries joined the European Union in 2004."))
    assert item.label == "EU members that joined in 2004"
    # What members did is not which members they are.
    assert one_group(situate_text("NATO members joined the talks in Geneva.")).label == "NATO members"


def test_a_decade_of_joining(situate_text):
    item = one_group(situate_text("Countries that joined NATO in the 1990s were Poland, Hungary and Czechia."))
    assert item.label == "NATO members that joined in the 1990s"
    assert all(covers(item, c) for c in ("Warsaw", "Budapest", "Prague")) and not covers(item, "Sofia")


def test_a_number_that_counts_the_members(situate_text):
    item = one_group(situate_text("The ten countries that joined the EU in 2004 celebrated."))
    assert item.label == "EU members that joined in 2004"
    assert one_group(situate_text("The three Baltic states of Lithuania, Latvia and Estonia.")).label == "Baltic states"


@pytest.mark.parametrize(
    ("text", "label", "inside", "outside"),
    [
        ("NATO members agreed to raise defence spending.", "NATO members", "Tampere", "Vienna"),
        ("Members of NATO met in Brussels.", "NATO members", "Madrid", "Kyiv"),
        ("EU member states are divided over sanctions on Russia.", "EU members", "Vienna", "Skopje"),
        ("The Baltic states expelled Russian diplomats.", "Baltic states", "Daugavpils", "Warsaw"),
        ("The alliance is sending more troops to NATO's eastern flank.", "NATO's eastern flank", "Bucharest", "Berlin"),
        ("Countries on the eastern flank of NATO want more troops.", "NATO's eastern flank", "Tampere", "Ljubljana"),
        ("Western countries imposed sanctions on Moscow.", "the West", "Vienna", "Kyiv"),
        ("Visegrad countries disagree on Ukraine.", "Visegrad Group members", "Bratislava", "Vienna"),
    ],
)
def test_group_phrases(situate_text, text, label, inside, outside):
    item = one_group(situate_text(text))
    assert item.label == label
    assert covers(item, inside) and not covers(item, outside)


def test_roles_follow_the_words(situate_text):
    assert one_group(situate_text("NATO members agreed to raise defence spending.")).role == "actor"
    troops = situate_text("NATO troops are stationed in the Baltic states.")
    assert one_group(troops).role == "troop_position"
    # The group is drawn, not a stray place for one of its words ("Baltic").
    assert [i.kind for i in troops.items] == ["group"]


def test_the_alliance_is_the_group_named_before(situate_text):
    situation = situate_text("Nato leaders met in Madrid. The alliance's members agreed to raise spending.")
    item = one_group(situation)
    assert item.label == "NATO members" and item.confidence < 0.8
    assert [situation.mentions[i].text for i in item.mentions] == ["Nato"]


def test_membership_as_of_the_article_date(gazetteer):
    text = "NATO members agreed to raise defence spending."
    old = one_group(map_article(Article(text=text, id="old", date="2015-06-01"), gazetteer=gazetteer))
    new = one_group(map_article(Article(text=text, id="new", date="2024-06-01"), gazetteer=gazetteer))
    assert not covers(old, "Tampere") and not covers(old, "Podgorica") and not covers(old, "Skopje")
    assert covers(new, "Tampere") and covers(new, "Podgorica") and covers(new, "Skopje")


@pytest.mark.parametrize(
    "text",
    [
        "The two countries are also at odds over trade.",
        "Russia annexed Crimea in 2014, a move most countries reject.",
        "The countries that joined the talks walked out.",
        "Several EU members want tougher sanctions.",
        "Eleven countries across Asia have been affected.",
        "The United States sent aid.",
        "Family members of the victims gathered in Kyiv.",
        "Eastern EU members want tougher sanctions.",
        "Countries that joined the EU after the Cold War have grown fast.",
        "Ships crossed the Baltic Sea.",
        "Poland, a NATO member, protested.",
        "Russia seized the Crimea peninsula from the former Soviet republic.",
        "The alliance's members agreed to raise spending.",
        "Countries that joined after 1997 worry about Russia.",
    ],
)
def test_no_group_where_there_is_none(situate_text, text):
    assert items_of(situate_text(text), "group") == []


# --- borders owned by a group -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Migrants gathered at the EU border with Belarus.",
        "Thousands of migrants are stuck on the border between Belarus and the EU.",
        "Poland is building a fence on the Belarus-EU border.",
        "The EU accused Minsk of sending migrants. The bloc's border with Belarus is closed.",
    ],
)
def test_belarus_eu_border_phrases(situate_text, text):
    (item,) = items_of(situate_text(text), "border")
    assert item.label == "Belarus–EU border" and item.side == "European Union"
    assert _runs_along(shape(item.geometry), "LT") > 1.0


def test_nato_border_with_russia(situate_text):
    (item,) = items_of(situate_text("Russia massed troops near NATO's border with Russia."), "border")
    assert item.label == "Russia–NATO border"
    line = shape(item.geometry)
    assert _runs_along(line, "FI") > 1.0 and _runs_along(line, "EE") > 0.5 and _runs_along(line, "UA") < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "Poland's border with Belarus is closed.",
        "Officials worry about the European Union's border.",
        "Germany wants to protect the EU's border.",
        "Kazakhstan sent migrants to the EU's border.",
        "The bloc's border with Belarus is closed.",
    ],
)
def test_no_group_border_where_there_is_none(situate_text, text):
    assert items_of(situate_text(text), "border") == []


def test_the_gazetteer_is_rebuilt_when_the_file_changes(tmp_path, monkeypatch):
    from geomap.gazetteer import cache

    before = cache.index_version()
    changed = tmp_path / "groups.csv"
    changed.write_text(sources.DEFAULT_GROUPS_PATH.read_text(encoding="utf-8") + "G7,XX,2030,,,g7,\n", encoding="utf-8")
    monkeypatch.setattr(sources, "DEFAULT_GROUPS_PATH", changed)
    assert cache.index_version() != before
