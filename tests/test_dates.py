"""Time: the article's date, time expressions placed against it, and each item's date.

Real text and real spaCy parses: the seed, then sentences of the kinds news is
written in.  Dates are written ISO 8601, ``XXXX`` for a year the text never gives.
"""

from datetime import date
from pathlib import Path

import pytest

from geomap import dates
from geomap.article import article_from_record, load_article
from geomap.dates import TimeValue, dateline_date, find_anchor, item_date, mention_dates, time_expressions
from geomap.model import Article
from geomap.pipeline import map_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "us-russia-geneva-talks.txt"


@pytest.fixture(scope="module")
def seed_undated(gazetteer):
    return map_article(load_article(SEED), gazetteer=gazetteer)


@pytest.fixture(scope="module")
def seed_dated(gazetteer):
    return map_article(load_article(SEED, date="2022-01-10"), gazetteer=gazetteer)


@pytest.fixture()
def dated(gazetteer):
    """Run the pipeline on a snippet with a given article date; items by label."""

    def run(text: str, article_date: str | None = None) -> dict[str, str | None]:
        situation = map_article(Article(text=text, id="snippet", date=article_date), gazetteer=gazetteer)
        return {item.label: item.date for item in situation.items}

    return run


def expressions(nlp, text: str, article_date: str | None = None) -> dict[str, str | None]:
    article = Article(text=text, date=article_date)
    return {e.text: e.value for e in time_expressions(nlp(text), find_anchor(article))}


def item_dates(situation) -> dict[tuple[str, str], str | None]:
    return {(item.role, item.label): item.date for item in situation.items}


# --- the seed ------------------------------------------------------------------


def test_seed_without_a_date_masks_the_year(seed_undated):
    assert seed_undated.article.date is None  # "GENEVA (REUTERS) –" gives no date
    found = item_dates(seed_undated)
    assert found[("meeting_venue", "Geneva")] == "XXXX-01-10"
    assert found[("meeting_venue", "Brussels")] == "XXXX-01-11/XXXX-01-16"
    assert found[("meeting_venue", "Vienna")] == "XXXX-01-11/XXXX-01-16"
    # "an uprising there last week", the week before Monday (Jan 10).
    assert found[("troop_position", "Kazakhstan")] == "XXXX-01-03/XXXX-01-09"
    # No year for the anchor, so "eight years after" places nothing.
    assert found[("disputed_territory", "Crimea")] is None


def test_seed_with_a_date(seed_dated):
    assert seed_dated.article.date == "2022-01-10"
    found = item_dates(seed_dated)
    assert found[("meeting_venue", "Geneva")] == "2022-01-10"
    assert found[("meeting_venue", "Brussels")] == "2022-01-11/2022-01-16"
    assert found[("meeting_venue", "Vienna")] == "2022-01-11/2022-01-16"
    assert found[("troop_position", "Kazakhstan")] == "2022-01-03/2022-01-09"
    # "troops are gathered ..., eight years after Russia seized the Crimea peninsula"
    assert found[("disputed_territory", "Crimea")] == "2014"
    # "... Kazakhstan after an uprising there last week, its support for Belarus in a
    # migrant crisis on the European Union's border": last week is the uprising's.
    assert found[("other", "Belarus–EU border")] is None


def test_present_tense_troops_get_no_date(seed_dated):
    """ "Nearly 100,000 Russian troops are gathered ...": no time expression of its own."""
    (force,) = [i for i in seed_dated.items if i.troop_count == 100_000]
    assert force.date is None


def test_seed_time_expressions(nlp):
    text = SEED.read_text(encoding="utf-8")
    undated = expressions(nlp, text)
    assert undated["Monday (Jan 10)"] == "XXXX-01-10"
    assert undated["later this week"] == "XXXX-01-11/XXXX-01-16"
    assert undated["Last month"] == "XXXX-12"
    assert undated["since 1997"] == "1997/.."  # an explicit year needs no anchor
    assert undated["eight years after"] is None
    assert undated["three decades ago"] is None  # too coarse to write as a year
    known = expressions(nlp, text, "2022-01-10")
    assert known["Last month"] == "2021-12"
    assert known["the past 30 years"] == "1992/2022"
    assert known["after 1997"] == "1998/.."


def test_seed_json_carries_dates(seed_dated):
    payload = seed_dated.to_json()
    assert payload["date"] == "2022-01-10"
    assert {i["label"]: i["date"] for i in payload["items"]}["Vienna"] == "2022-01-11/2022-01-16"


# --- the article's date --------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Jan 10 (Reuters) - Talks opened in Geneva.", "XXXX-01-10"),
        ("MOSCOW, March 3 (Reuters) - Russian forces shelled Kharkiv.", "XXXX-03-03"),
        ("KYIV, Ukraine, Feb. 24, 2022 (AP) — Explosions were heard.", "2022-02-24"),
        ("Talks in Geneva\nBy Jane Doe\nPublished: 10 January 2022\n\nEnvoys met.", "2022-01-10"),
        ("Talks in Geneva\nUpdated 2022-01-10\n\nEnvoys met.", "2022-01-10"),
        ("Talks in Geneva\nMonday 10 January 2022 14.30 GMT\n\nEnvoys met.", "2022-01-10"),
        # An update is later than the story: the publication date wins.
        ("Updated: 12 January 2022\nPublished: 10 January 2022\n\nEnvoys met.", "2022-01-10"),
        ("GENEVA (REUTERS) – Talks began on Monday (Jan 10).", None),
        ("Talks opened in Geneva on January 10, 2022, officials said.", None),  # a body date, not a dateline
        ("Troops near Yelnya\n\nA video posted on Jan 3 showed tanks.", None),  # "posted" in a sentence
    ],
)
def test_dateline_date(opening, expected):
    assert dateline_date(opening) == expected


def test_metadata_date_comes_before_the_dateline(tmp_path):
    text = "MOSCOW, March 3 (Reuters) - Troops moved."
    assert article_from_record({"text": text, "date": "2022-03-04"}, source="x").date == "2022-03-04"
    assert article_from_record({"text": text}, source="x").date == "XXXX-03-03"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(path).date == "XXXX-03-03"
    assert load_article(path, date="2022-03-04").date == "2022-03-04"


def test_anchor_from_a_weekday_and_date_in_the_text():
    anchor = find_anchor(Article(text="Talks began on Monday (Jan 10) in Geneva."))
    assert anchor is not None and not anchor.year_known and anchor.weekday_known
    assert (anchor.day.month, anchor.day.day, anchor.day.weekday()) == (1, 10, 0)
    assert find_anchor(Article(text="Talks began in Geneva.")) is None


# --- expressions against a known date ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "article_date", "words", "expected"),
    [
        ("Last month, Russia moved troops to Belarus.", "2022-01-10", "Last month", "2021-12"),
        ("Last month, Russia moved troops to Belarus.", "2022-03-15", "Last month", "2022-02"),
        ("The talks in Vienna will continue later this month.", "2022-01-10", "later this month",
         "2022-01-11/2022-01-31"),
        ("Troops arrived in Belarus last week.", "2022-01-12", "last week", "2022-01-03/2022-01-09"),
        ("Shelling hit Kharkiv yesterday.", "2022-03-01", "yesterday", "2022-02-28"),
        ("Envoys met in Geneva on Jan 10.", "2022-01-12", "Jan 10", "2022-01-10"),
        ("Envoys met in Geneva on Dec 20.", "2022-01-10", "Dec 20", "2021-12-20"),  # not eleven months ahead
        ("A summit was held in Madrid in June.", "2022-01-10", "June", "2021-06"),
        ("A summit will be held in Madrid in June.", "2022-01-10", "June", "2022-06"),
        ("Theresa May said the talks will resume in May.", "2022-01-10", "May", "2022-05"),  # one May only
        ("The negotiations reopen in Vienna in May.", "2022-01-10", "May", "2022-05"),  # present: scheduled
        ("Troops were deployed from Jan 6 to Jan 13.", "2022-01-20", "from Jan 6 to Jan 13",
         "2022-01-06/2022-01-13"),
        ("Fighting flared in Donetsk between 2014 and 2015.", None, "between 2014 and 2015", "2014/2015"),
        ("The ceasefire was agreed two weeks ago.", "2022-01-10", "two weeks ago", "2021-12-27"),
        ("Since mid-March, troops have held Kherson.", "2022-05-01", "Since mid-March", "2022-03/.."),
        # Counted from the last dated event before them, not from the article's date.
        ("Troops entered Izium on March 2. The next day, they shelled Kramatorsk.", "2022-05-01",
         "The next day", "2022-03-03"),
        ("Talks began in March 2019. Two months later they collapsed.", "2022-05-01", "Two months later", "2019-05"),
        ("Envoys met in Doha on Jan 4; a week earlier they had met in Oslo.", "2022-05-01", "a week earlier",
         "2021-12-28"),
        # A day cannot be counted from a month, nor from nothing.
        ("A summit is due in Madrid next month, and a follow-up the following week.", "2022-01-10",
         "the following week", None),
        ("The next day, troops withdrew.", "2022-01-10", "The next day", None),
        ("The war ended in 1995. Two decades later, troops returned.", "2022-01-10", "Two decades later", None),
    ],
)  # fmt: skip
def test_expression_against_the_article_date(nlp, text, article_date, words, expected):
    assert expressions(nlp, text, article_date)[words] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers met in Brussels on Friday.", "2022-01-14"),  # the Friday before Wednesday the 19th
        ("Ministers will meet in Brussels on Friday.", "2022-01-21"),  # future: the coming one
        ("Ministers met in Brussels on Wednesday.", "2022-01-19"),  # the article's own day
        ("Ministers met in Brussels last Wednesday.", "2022-01-12"),
        ("Ministers will meet in Brussels next Monday.", "2022-01-24"),
        ("Ministers meet in Brussels on Friday.", "2022-01-21"),  # present tense: scheduled
    ],
)
def test_weekday_with_a_known_article_date(dated, text, expected):
    assert dated(text, "2022-01-19") == {"Brussels": expected}


def test_relative_words_need_an_anchor(nlp):
    assert expressions(nlp, "Troops arrived in Belarus last week.") == {"last week": None}
    # A yearless dateline places "last month" but not "Monday" (its weekday is unknown).
    found = expressions(nlp, "Jan 10 (Reuters) - Envoys met on Monday, weeks after talks last month.")
    assert found["Monday"] is None and found["last month"] == "XXXX-12"


# --- tying dates to mentions -------------------------------------------------------------


def test_both_conjoined_places_take_the_clause_date(dated):
    found = dated("Discussions will move to meetings in Brussels and Vienna later this week.", "2022-01-12")
    assert found == {"Brussels": "2022-01-13/2022-01-16", "Vienna": "2022-01-13/2022-01-16"}


def test_a_date_in_another_clause_does_not_leak(dated):
    """ "in 1985" dates the summit of the relative clause, not the envoys' meeting."""
    found = dated("Envoys met in Geneva, where a Cold War summit was held in 1985.", "2022-01-10")
    assert found == {"Geneva": None}


def test_a_sequel_dates_the_places_of_its_clause(dated):
    found = dated("Russian troops entered Izium on March 2. The next day, they reached Kramatorsk.", "2022-05-01")
    assert found == {"Izyum": "2022-03-02", "Kramatorsk": "2022-03-03"}


def test_a_date_does_not_leak_across_a_list(dated):
    """ "last week" dates the deployment it follows, not the next item of the list."""
    found = dated(
        "They are at odds over the deployment of troops in Mali after a coup there last week,"
        " the troops stationed in Niger, and trade.",
        "2022-01-10",
    )
    assert found == {"Mali": "2022-01-03/2022-01-09", "Niger": None}


def test_years_after_a_dated_event(dated):
    found = dated("Troops arrived in Belarus eight years after the 2014 annexation of Crimea.")
    assert found == {"Belarus": "2022", "Crimea": "2014"}


def test_open_period_since_a_year(dated):
    assert dated("NATO has kept troops in Poland since 1997.") == {"Poland": "1997/.."}


def test_a_house_number_is_no_year(nlp):
    found = expressions(nlp, "A man of 1984 Willow Bend Road was charged in 1998 with arson.")
    assert found["1998"] == "1998"
    assert found.get("1984") is None  # no value: it dates nothing
    assert expressions(nlp, "She lives at 1999 Main St. in Springfield.").get("1999") is None


def test_statement_without_a_time_expression_is_undated(dated):
    assert dated("Russian troops are stationed in Transnistria.", "2022-01-10") == {"Transnistria": None}


def test_mention_dates_align_with_mentions(nlp, gazetteer):
    text = "Envoys met in Geneva on Monday (Jan 10). Talks move to Vienna later this week."
    situation = map_article(Article(text=text), gazetteer=gazetteer)
    values = mention_dates(situation.article, nlp(text), situation.mentions)
    assert [(m.text, v.iso if v else None) for m, v in zip(situation.mentions, values, strict=True)] == [
        ("Geneva", "XXXX-01-10"),
        ("Vienna", "XXXX-01-11/XXXX-01-16"),
    ]


# --- item dates ------------------------------------------------------------------------


def test_item_date_spans_differing_mentions():
    monday = TimeValue(date(2022, 1, 10), date(2022, 1, 10))
    week = TimeValue(date(2022, 1, 11), date(2022, 1, 16))
    december = TimeValue(date(2021, 12, 1), date(2021, 12, 31), "month", "month")
    assert item_date([None, monday, monday]) == "2022-01-10"
    assert item_date([week, monday]) == "2022-01-10/2022-01-16"
    assert item_date([monday, december]) == "2021-12/2022-01-10"
    assert item_date([None, None]) is None


def test_masked_and_known_years_do_not_mix():
    masked = TimeValue(date(2005, 1, 10), date(2005, 1, 10), masked=True)
    known = TimeValue(date(1997, 1, 1), None, "year", "year")
    assert item_date([masked, known]) == "XXXX-01-10"
    assert item_date([known, masked]) == "1997/.."


# --- determinism ---------------------------------------------------------------------------


def test_dates_never_read_the_clock(seed_undated, gazetteer, monkeypatch):
    """The same text gives the same dates on any day: reading today's date fails the test."""

    class NoClock(date):
        @classmethod
        def today(cls):
            raise AssertionError("dates must not read the clock")

    monkeypatch.setattr(dates, "date", NoClock)
    again = map_article(load_article(SEED), gazetteer=gazetteer)
    assert item_dates(again) == item_dates(seed_undated)
    assert [i.date for i in again.items] == [i.date for i in seed_undated.items]
