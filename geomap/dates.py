"""Time words -> dates: the article's date, its time expressions, each mention's date.

An article says when things happen in words that lean on its own date:
"Monday (Jan 10)", "later this week", "last month", "eight years after ...",
"since 1997".  This module finds those words, places them on the calendar
against an *anchor*, and gives each place mention the date of the event it
takes part in, so items can carry a date and maps can go on a timeline.

Conventions (ISO 8601, with ISO 8601-2 ``XXXX`` for an unknown year):

- The anchor is the article's date (metadata or ``--date``), else a date in
  its dateline or first lines, else the first weekday with a day and month in
  the text ("Monday (Jan 10)").  In that last case the year is unknown: a year
  in which Jan 10 is a Monday is used for arithmetic only, and every value
  derived from it is written with ``XXXX``.  The clock is never read: the same
  text gives the same dates on any day.
- Weeks run Monday to Sunday (ISO).  "later this week" is the day after the
  anchor to Sunday; "last week" the whole previous week.  A bare weekday is
  the nearest such day on or before the anchor when its verb is past ("met
  on Friday"), on or after it when the verb looks ahead ("will meet", "due to
  meet", or a present tense: "the summit opens on Friday"); "next Friday" is
  the Friday of next week, "last Friday" the nearest one strictly before the
  anchor.
- A day or month without a year ("on Jan 10", "in March") falls in the
  anchor's year, or the year before when that would put it more than about two
  months after the anchor; when the verb looks ahead, the first such date from
  a week before the anchor on.
- A dateline's own date dates the article, not the event of the sentence the
  parser joins it to.
- "The next day", "two weeks later", "a day earlier" count from the last
  dated event told before them, at no finer precision than that event has
  ("the next day" after "in March" stays unresolved).
- What cannot be placed stays unresolved (value ``None``) rather than guessed:
  "eight years after Russia seized Crimea" has no value of its own unless the
  text dates the seizure; with a known anchor year the seizure itself is put
  that many years before the anchor (only when the main clause is not past).
  Relative years ("last year") need a known year: with a masked anchor they
  stay unresolved, since ``XXXX`` alone says nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .model import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# --- values ------------------------------------------------------------------


@dataclass(frozen=True)
class TimeValue:
    """A stretch of calendar time: inclusive first/last day and how to write them.

    ``first``/``last`` are real dates for ordering and arithmetic (``None`` is
    an open end, as in "since 1997"); ``first_unit``/``last_unit`` say at what
    precision each end is written (``day``, ``month``, ``year``).  When
    ``masked`` the year is not known: the dates carry a stand-in year and the
    ISO text writes ``XXXX``.
    """

    first: date | None
    last: date | None
    first_unit: str = "day"
    last_unit: str = "day"
    masked: bool = False

    @property
    def iso(self) -> str:
        """ISO 8601: ``2022-01-10``, ``2022-01-11/2022-01-16``, ``2021-12``, ``1997/..``."""
        start = _write(self.first, self.first_unit, self.masked)
        end = _write(self.last, self.last_unit, self.masked)
        return start if start == end else f"{start}/{end}"

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Anchor:
    """The day relative expressions are counted from.

    ``day`` carries a stand-in year when ``year_known`` is false; a weekday
    ("Monday") can only be placed when ``weekday_known``.  ``source`` says
    where it came from: ``article`` (metadata, ``--date`` or dateline) or
    ``text`` (a weekday with its date in the body).
    """

    day: date
    year_known: bool = True
    weekday_known: bool = True
    source: str = "article"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression of the article: its span, words and calendar value.

    ``when`` is ``None`` when the words cannot be placed.  ``reference`` is
    set for "N years after X": the date of X itself, when only that is known.
    """

    start: int
    end: int
    text: str
    when: TimeValue | None
    reference: TimeValue | None = None

    @property
    def value(self) -> str | None:
        """The ISO text of ``when``, or None."""
        return self.when.iso if self.when is not None else None


def _write(day: date | None, unit: str, masked: bool) -> str:
    if day is None:
        return ".."
    year = "XXXX" if masked else f"{day.year:04d}"
    if unit == "year":
        return year
    if unit == "month":
        return f"{year}-{day.month:02d}"
    return f"{year}-{day.month:02d}-{day.day:02d}"


def _one_day(day: date, masked: bool) -> TimeValue:
    return TimeValue(day, day, masked=masked)


def _days(first: date, last: date, masked: bool) -> TimeValue | None:
    return TimeValue(first, last, masked=masked) if first <= last else None


def _month(year: int, month: int, masked: bool) -> TimeValue:
    last = calendar.monthrange(year, month)[1]
    return TimeValue(date(year, month, 1), date(year, month, last), "month", "month", masked)


def _year(year: int, masked: bool = False) -> TimeValue | None:
    # "XXXX" alone says nothing: a year-precision value needs a known year.
    if masked or not 1 <= year <= 9999:
        return None
    return TimeValue(date(year, 1, 1), date(year, 12, 31), "year", "year")


# --- the words -----------------------------------------------------------------

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Weekdays as news abbreviates them ("Mon.", "Thurs").
_SHORT_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def names_a_month_or_weekday(word: str) -> bool:
    """Whether a word is a month's or a weekday's name, in full or abbreviated
    ("March", "Sept.", "Thurs"), which opens a time ("March 3", "Monday night")."""
    word = word.rstrip(".").lower()
    return word in _MONTH_NUMBERS or word in _WEEKDAYS or word in _SHORT_WEEKDAYS
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}  # fmt: skip

# Month and weekday names are matched capitalised only: "may" and "march" are
# also a verb and a noun.  Function words ("last", "later") take either case.
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = rf"(?:{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SHORT_WEEKDAY = rf"(?:{_WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)\b"
_YEAR = r"(?:1\d{3}|20\d{2})"
_NUM = r"(?:\d{1,3}|(?i:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
_UNITS = r"(?i:days?|weeks?|months?|years?|decades?)"
_PLURAL_UNITS = r"(?i:days|weeks|months|years)"
_ONE_UNIT = r"(?i:day|week|month|year)"
_DAY_MONTH = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR}\b)?|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?)"
#: "the next day", "the following week": counted from the event told before.
_SEQUEL_WORDS = r"(?i:the\s+(?:next|following)\s+)"
#: A weekday with its day and month: "Monday (Jan 10)", "Monday, January 10".
_WEEKDAY_DATE = rf"{_WEEKDAY}(?:\s*\(\s*{_DAY_MONTH}\s*\)|\s*,?\s+{_DAY_MONTH})"
_ISO_DATE = rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"

#: Words before a bare month or year that make it a time ("in March", "since 1997").
_CUES = {
    "in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before",
    "after", "early", "late", "mid", "of", "between", "last", "next", "this",
}  # fmt: skip

#: Each kind of expression, longest forms first; overlaps go to the longest match.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", _ISO_DATE),
        ("date", rf"\b(?:{_WEEKDAY_DATE}|{_DAY_MONTH})"),
        ("month_year", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
        ("month", rf"\b(?:(?i:last|next|this)\s+|(?i:early|mid|late)[\s-]+)?{_FULL_MONTH}\b(?!\s+\d)"),
        ("weekday", rf"\b(?:(?i:last|next|this)\s+)?{_WEEKDAY}(?:\s+(?i:morning|afternoon|evening|night))?\b"),
        ("day_word", r"\b(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"),
        ("relative", r"\b(?:(?i:later|earlier)\s+)?(?i:this|last|next)\s+(?i:week(?:end)?|month|year)\b"),
        ("weekend", r"\b(?i:(?:over|at|during)\s+the\s+weekend)\b"),
        ("past", rf"\b(?i:(?:the\s+)?(?:past|last|previous)\s+)(?:{_NUM}\s+{_PLURAL_UNITS}|{_ONE_UNIT})\b"),
        ("ago", rf"\b{_NUM}\s+{_UNITS}\s+(?i:ago)\b"),
        ("offset", rf"\b{_NUM}\s+{_UNITS}\s+(?i:after|before)\b"),
        ("sequel", rf"\b(?:{_NUM}\s+{_UNITS}\s+(?i:later|earlier)|{_SEQUEL_WORDS}{_ONE_UNIT})\b"),
        ("decade", r"\b(?:(?i:the)\s+)?(?:1\d{2}0|20\d0)s\b"),
        ("year_range", rf"\b{_YEAR}\s*[-–]\s*(?:{_YEAR}|\d\d)\b"),
        ("year", rf"\b{_YEAR}\b(?![-–/]\d)"),
    )
)

#: A street name after a number makes it a house number, not a year: "1935 Orchard St.",
#: "2100 North Main Street".
_STREET_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Hwy|Highway|"
    r"Pkwy|Parkway|Ter|Terrace|Cir|Circle|Pike)\b"
)

#: A word before an expression that turns it into an open period.
_PREFIX = re.compile(r"\b(?i:(since|after|before|until|till|through|from|between))\s+$")
#: What joins the two ends of "from X to Y" and "between X and Y".
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.IGNORECASE)


# --- the article's date --------------------------------------------------------

#: Dates sit in the opening lines: dateline, byline, "Published ..." stamp.
_OPENING_CHARS = 1000

_DATE_TEXT = rf"(?:{_SHORT_WEEKDAY},?\s+)?(?:{_ISO_DATE}|{_DAY_MONTH})"
#: A time of day after a date: "14.30 GMT", "at 10:05 a.m. ET".
_CLOCK_TIME = r"(?:[ \t,]+(?:at[ \t]+)?\d{1,2}[.:]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)"
#: "Jan 10 (Reuters) -", "MOSCOW, March 3 (Reuters) -", "LONDON, Jan. 10, 2022 /PRNewswire/ --":
#: up to two place chunks ending in commas, the date, then an agency or a dash.
_DATELINE_DATE = re.compile(
    rf"^[ \t]*(?:[^\n,()]{{1,40}},[ \t]*){{0,2}}(?P<date>{_DATE_TEXT}){_CLOCK_TIME}?[ \t]*(?=\(|/|[-–—]|$)",
    re.MULTILINE,
)
#: "Published: 10 January 2022" at the start of a line or after a separator ("By X | Updated ...").
_STAMPED_DATE = re.compile(
    r"(?:^|[|•·][ \t]*)[ \t]*(?P<word>(?i:published|updated|posted|last\s+updated|first\s+published))"
    rf"(?:\s+(?i:on))?\s*:?\s*(?P<date>{_DATE_TEXT})",
    re.MULTILINE,
)


def dateline_date(text: str) -> str | None:
    """The article's date from its opening lines, or None.

    Looks for a dated dateline ("Jan 10 (Reuters) -", "MOSCOW, March 3
    (Reuters) -"), a date alone on a line, or a stamp ("Published: 10 January
    2022"); "Updated ..." only when nothing else dates the article, since an
    update is later than the story.  A date without a year is written
    ``XXXX-MM-DD``.
    """
    opening = text[:_OPENING_CHARS]
    found: list[tuple[int, int, str]] = []  # (priority, offset, iso)
    for match in _DATELINE_DATE.finditer(opening):
        iso = _explicit_iso(match.group("date"))
        if iso:
            found.append((0, match.start(), iso))
    for match in _STAMPED_DATE.finditer(opening):
        iso = _explicit_iso(match.group("date"))
        if iso:
            updated = "updated" in match.group("word").lower()
            found.append((1 if updated else 0, match.start(), iso))
    return min(found)[2] if found else None


def _explicit_iso(text: str) -> str | None:
    """ISO text of a written date ("Monday, Jan. 10, 2022", "10 January"), masked when yearless."""
    parts = _date_parts(text)
    if parts is None:
        return None
    year, month, day, _ = parts
    if not _valid(year or 2000, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _date_parts(text: str) -> tuple[int | None, int, int, int | None] | None:
    """(year or None, month, day, weekday or None) of a written date."""
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), None
    month_match = re.search(_MONTH, text)
    if month_match is None:
        return None
    month = _MONTH_NUMBERS[month_match.group().rstrip(".").lower()]
    day = year = None
    for number in re.finditer(r"\d+", text):
        value = int(number.group())
        if len(number.group()) == 4:
            year = value
        elif day is None and 1 <= value <= 31:
            day = value
    if day is None:
        return None
    weekday_match = re.match(r"\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun)", text)
    weekday = [w[:3] for w in _WEEKDAYS].index(weekday_match.group(1).lower()) if weekday_match else None
    return year, month, day, weekday


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def find_anchor(article: Article) -> Anchor | None:
    """The day the article's relative expressions count from, or None.

    The article's own date (metadata, ``--date``, dateline) comes first; else
    the first weekday given with its day and month in the text, with the year
    unknown.  A yearless article date takes its weekday from such a text date
    when there is one.
    """
    text_anchor = _weekday_date_in(article.text)
    stated = _parse_article_date(article.date) or _parse_article_date(dateline_date(article.text))
    if stated is None:
        return text_anchor
    year, month, day = stated
    if year is not None:
        return Anchor(date(year, month, day))
    if text_anchor is not None:
        # Put the article's month and day in the stand-in calendar of the
        # text's weekday date, in whichever year lies nearest to it.
        near = text_anchor.day
        options = [date(y, month, day) for y in (near.year - 1, near.year, near.year + 1) if _valid(y, month, day)]
        closest = min(options, key=lambda d: abs(d - near))
        return Anchor(closest, year_known=False, weekday_known=True)
    return Anchor(date(_stand_in_year(month, day), month, day), year_known=False, weekday_known=False)


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` (or ``XXXX-MM-DD``) of an ISO or written date, None if unreadable."""
    parts = _parse_article_date(value)
    if parts is None:
        return None
    year, month, day = parts
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"


def _parse_article_date(value: str | None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an ISO or written date; None if unreadable."""
    if not value:
        return None
    iso = re.match(r"\s*(\d{4}|XXXX)-(\d{2})-(\d{2})", value)
    if iso:
        year = None if iso.group(1) == "XXXX" else int(iso.group(1))
        month, day = int(iso.group(2)), int(iso.group(3))
    else:
        written = re.search(_DATE_TEXT, value)
        parts = _date_parts(written.group()) if written else None
        if parts is None:
            return None
        year, month, day, _ = parts
    return (year, month, day) if _valid(year or 2000, month, day) else None


def _weekday_date_in(text: str) -> Anchor | None:
    """An anchor from the first "Monday (Jan 10)" / "Monday, January 10, 2022" of the text."""
    match = re.search(rf"\b{_WEEKDAY_DATE}", text)
    parts = _date_parts(match.group()) if match else None
    if parts is None:
        return None
    year, month, day, weekday = parts
    if year is not None and _valid(year, month, day):
        return Anchor(date(year, month, day), source="text")
    if not _valid(2000, month, day):
        return None
    return Anchor(date(_stand_in_year(month, day, weekday), month, day), year_known=False, source="text")


def _stand_in_year(month: int, day: int, weekday: int | None = None) -> int:
    """A year, for arithmetic only, in which the day exists and falls on ``weekday``.

    Common years are preferred (only Feb 29 needs a leap year); 28 years hold
    every combination, so one is always found.
    """
    for year in range(2001, 2029):
        if not _valid(year, month, day) or (calendar.isleap(year) and (month, day) != (2, 29)):
            continue
        if weekday is None or date(year, month, day).weekday() == weekday:
            return year
    raise AssertionError("unreachable: a 28-year cycle holds every weekday")


# --- finding and placing expressions -----------------------------------------


@dataclass(frozen=True)
class _Placed:
    """An expression and where it hangs in the parse (token indices)."""

    expression: TimeExpression
    attach: int  # the word it modifies: a verb, or a noun ("an uprising there last week")
    clause: int  # the verb of the clause it sits in
    reference: int | None = None  # "N years after X": X's head word


def time_expressions(doc: Doc, anchor: Anchor | None = None) -> list[TimeExpression]:
    """Every time expression of a parsed article, in text order, placed against ``anchor``.

    Besides the forms this module can place, spaCy's other DATE entities
    ("three decades ago", "days") are listed with no value.
    """
    return [p.expression for p in _placed_expressions(doc, anchor)]


def _placed_expressions(doc: Doc, anchor: Anchor | None) -> list[_Placed]:
    text = doc.text
    found = _find_forms(text, doc)
    placed: list[_Placed] = []
    offsets: list[tuple[int, int, str, re.Match[str]]] = []
    sequels: list[_Placed] = []
    for start, end, kind, match in found:
        if kind == "offset":
            offsets.append((start, end, kind, match))
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        attach = _attachment(span)
        clause = _clause_verb(attach)
        if kind == "sequel":
            sequels.append(_Placed(TimeExpression(start, end, text[start:end], None), attach.i, clause.i))
            continue
        when = _resolve(kind, match, anchor, future=_is_future(clause))
        placed.append(_Placed(TimeExpression(start, end, text[start:end], when), attach.i, clause.i))
    placed = _with_prefixes(text, doc, placed, [(start, end) for start, end, _, _ in offsets])
    datelines = [m.span("date") for m in _DATELINE_DATE.finditer(text[:_OPENING_CHARS])]
    placed = [_detached(p) if any(s <= p.expression.start < e for s, e in datelines) else p for p in placed]
    for start, end, _, match in offsets:
        offset = _place_offset(doc, start, end, match, placed, anchor)
        if offset is not None:
            placed.append(offset)
    placed.extend(_sequel(p, placed) for p in sequels)
    placed.extend(_unplaced_entities(doc, placed))
    return sorted(placed, key=lambda p: p.expression.start)


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _sequel(sequel: _Placed, placed: list[_Placed]) -> _Placed:
    """"The next day", "two weeks later", "a day earlier": counted from the last
    dated event told before it ("entered Kherson on March 2. The next day, ...").
    A dateline's date is the article's, not an event's, so it does not count."""
    words = " ".join(sequel.expression.text.lower().split())
    count, unit = _count_and_unit(words) or (1, words.split()[-1])
    if words.endswith("earlier"):
        count = -count
    before = [
        p for p in placed
        if p.expression.end <= sequel.expression.start and p.attach >= 0 and p.expression.when is not None
    ]  # fmt: skip
    if not before:
        return sequel
    previous = max(before, key=lambda p: p.expression.start).expression.when
    if previous is None or unit not in _RANK:
        return sequel  # "two decades later" is too coarse to write as one year
    precise = (
        previous.first == previous.last if unit in ("day", "week") else _RANK[previous.first_unit] <= _RANK[unit]
    )  # "the next day" after "last week" or "in March" says no day
    when = _counted(previous, count, unit) if precise else None
    told = sequel.expression
    return _Placed(TimeExpression(told.start, told.end, told.text, when), sequel.attach, sequel.clause)


def _detached(placed: _Placed) -> _Placed:
    """A dateline's date dates the article, not the event of the verb the parser hangs it on."""
    return _Placed(placed.expression, attach=-1, clause=-1)


def _find_forms(text: str, doc: Doc) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping matches of the known forms, longest first."""
    dated_chars = {i for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start_char, ent.end_char)}
    # "Bloody Sunday", "the Sunday Times", "Theresa May": a name, not a time.
    named_chars = {
        i for ent in doc.ents if ent.label_ not in ("DATE", "TIME") for i in range(ent.start_char, ent.end_char)
    }
    candidates = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if kind in ("month", "year", "year_range") and not _cued(text, match, dated_chars):
                continue
            if kind in ("month", "weekday") and match.end() - 1 in named_chars:
                continue
            if kind == "year" and _STREET_AFTER.match(text, match.end()):
                continue  # "of 1935 Orchard St.": a house number
            candidates.append((match.start(), match.end(), kind, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for candidate in candidates:
        if all(candidate[1] <= t[0] or candidate[0] >= t[1] for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c[0])


def _cued(text: str, match: re.Match[str], dated_chars: set[int]) -> bool:
    """Whether a bare month or year is a time: a cue word before it ("in
    March", "since 1997", "last March"), or spaCy reads it as a date ("the
    1997 treaty"); "1500 soldiers" and "May said" are not."""
    if (
        re.split(r"[\s-]+", match.group())[0].lower() in _CUES
        or match.start() in dated_chars
        and match.group()[0].isdigit()
    ):
        return True
    before = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, match.start() - 20) : match.start()])
    return before is not None and before.group(1).lower() in _CUES


def _attachment(span: Span) -> Token:
    """The word a time expression modifies: "began" in "began ... on Monday"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and root.head.i < span.start:
        root = root.head  # "on Monday": the preposition hangs on the verb
    return root.head if root.head.i != root.i else root


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word sits in (the sentence root at the latest)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
#: "due to begin", "set to meet", "expected to arrive": scheduled, so future.
_PLAN_WORDS = {"due", "set", "scheduled", "expected", "going", "planned", "plans", "plan", "aims", "intends", "poised"}


def _is_future(verb: Token) -> bool:
    """Whether the clause looks ahead: "will meet", "due to begin", or a present
    tense, which news uses for what is scheduled ("the summit opens on Friday",
    "talks resume in May"); past and perfect tenses do not."""
    if verb.tag_ in ("VBZ", "VBP") and not _is_past(verb):
        return True
    if verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("has", "have")
        for c in verb.children
    ):
        return True  # "are arriving on Monday", "is held in June"
    token = verb
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lower_ in _PLAN_WORDS:
            return True
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _is_past(verb: Token) -> bool:
    """Past or present perfect: "seized", "had seized", "has seized"."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("has", "have")) for c in verb.children
    )


def _with_prefixes(text: str, doc: Doc, placed: list[_Placed], offsets: list[tuple[int, int]]) -> list[_Placed]:
    """Join "since 1997", "until March", "from Monday to Wednesday" into one expression.

    The "after" of "eight years after 2014" belongs to its offset, not to 2014.
    """
    result: list[_Placed] = []
    skip: set[int] = set()
    for index, item in enumerate(placed):
        if index in skip:
            continue
        expression = item.expression
        prefix = _PREFIX.search(text[max(0, expression.start - 12) : expression.start])
        if prefix is not None and any(s < expression.start <= e + 1 for s, e in offsets):
            prefix = None
        if prefix is None:
            result.append(item)
            continue
        word = prefix.group(1).lower()
        start = expression.start - (len(prefix.group()))
        end = expression.end
        when = expression.when
        following = placed[index + 1] if index + 1 < len(placed) else None
        if (
            word in ("from", "between")
            and following is not None
            and _RANGE_JOIN.match(text[expression.end : following.expression.start])
        ):
            skip.add(index + 1)
            end = following.expression.end
            other = following.expression.when
            when = _between(when, other)
        elif word == "between":
            result.append(item)
            continue
        else:
            when = _opened(word, when)
        span = doc.char_span(start, end, alignment_mode="expand")
        attach = _attachment(span) if span is not None else doc[item.attach]
        clause = _clause_verb(attach)
        result.append(_Placed(TimeExpression(start, end, text[start:end], when), attach.i, clause.i))
    return result


def _opened(word: str, value: TimeValue | None) -> TimeValue | None:
    """The open period a prefix makes: since 1997 -> 1997/.., before 2014 -> ../2013."""
    if value is None or value.first is None or value.last is None:
        return None
    if word in ("since", "from"):
        return TimeValue(value.first, None, value.first_unit, value.first_unit, value.masked)
    if word == "after":
        return TimeValue(value.last + timedelta(days=1), None, value.last_unit, value.last_unit, value.masked)
    if word == "before":
        return TimeValue(None, value.first - timedelta(days=1), value.first_unit, value.first_unit, value.masked)
    return TimeValue(None, value.last, value.last_unit, value.last_unit, value.masked)  # until, till, through


def _between(first: TimeValue | None, last: TimeValue | None) -> TimeValue | None:
    if first is None or last is None or first.masked != last.masked or first.first is None or last.last is None:
        return None
    if first.first > last.last:
        return None
    return TimeValue(first.first, last.last, first.first_unit, last.last_unit, first.masked)


def _unplaced_entities(doc: Doc, placed: list[_Placed]) -> list[_Placed]:
    """spaCy's DATE entities no form covers, kept with no value ("three decades ago")."""
    taken = [(p.expression.start, p.expression.end) for p in placed]
    result = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(ent.start_char < e and ent.end_char > s for s, e in taken):
            continue
        attach = _attachment(ent)
        clause = _clause_verb(attach)
        result.append(_Placed(TimeExpression(ent.start_char, ent.end_char, ent.text, None), attach.i, clause.i))
    return result


# --- placing one expression on the calendar --------------------------------------


def _resolve(kind: str, match: re.Match[str], anchor: Anchor | None, *, future: bool) -> TimeValue | None:
    words = match.group()
    if kind in ("iso", "date"):
        parts = _date_parts(words)
        if parts is None:
            return None
        year, month, day, _ = parts
        if year is not None:
            return _one_day(date(year, month, day), False) if _valid(year, month, day) else None
        return _day_month(month, day, anchor, future)
    if kind == "month_year":
        parts = _date_parts(f"{words} 1")  # any day: only the month and year are kept
        return _month(parts[0], parts[1], False) if parts and parts[0] else None
    if kind == "year":
        return _year(int(words))
    if kind == "year_range":
        first, last = re.findall(r"\d+", words)
        end_year = int(last) if len(last) == 4 else int(first[:2] + last)
        start_value, end_value = _year(int(first)), _year(end_year)
        return _between(start_value, end_value)
    if kind == "decade":
        decade = int(re.findall(r"\d{4}", words)[0])
        return TimeValue(date(decade, 1, 1), date(decade + 9, 12, 31), "year", "year")
    if anchor is None:
        return None
    lowered = " ".join(words.lower().split())
    if kind == "month":
        return _month_name(lowered, anchor, future)
    if kind == "weekday":
        return _weekday(lowered, anchor, future)
    if kind == "day_word":
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(lowered, 0)
        return _one_day(anchor.day + timedelta(days=shift), not anchor.year_known)
    if kind == "relative":
        return _relative(lowered, anchor)
    if kind == "weekend":
        return _weekend(anchor, "this" if future else "recent")
    if kind == "past":
        return _past(lowered, anchor)
    if kind == "ago":
        return _ago(lowered, anchor)
    return None


def _day_month(month: int, day: int, anchor: Anchor | None, future: bool) -> TimeValue | None:
    """A yearless day ("on Jan 10") placed in the anchor's year, or the one before/after."""
    if anchor is None:
        return _one_day(date(_stand_in_year(month, day), month, day), True) if _valid(2000, month, day) else None
    year = anchor.day.year
    if future:
        options = [y for y in (year, year + 1) if _valid(y, month, day)]
        chosen = next((y for y in options if date(y, month, day) >= anchor.day - timedelta(days=7)), None)
    else:
        options = [y for y in (year, year - 1) if _valid(y, month, day)]
        chosen = next((y for y in options if date(y, month, day) <= anchor.day + timedelta(days=61)), None)
    return _one_day(date(chosen, month, day), not anchor.year_known) if chosen else None


def _month_name(words: str, anchor: Anchor, future: bool) -> TimeValue:
    """ "in March", "last March", "next March", "early March": a whole month."""
    parts = re.split(r"[\s-]+", words)
    month = _MONTH_NUMBERS[parts[-1]]
    year = anchor.day.year
    masked = not anchor.year_known
    first = parts[0]
    if first == "last":
        return _month(year if month < anchor.day.month else year - 1, month, masked)
    if first == "next":
        return _month(year if month > anchor.day.month else year + 1, month, masked)
    if first == "this":
        return _month(year, month, masked)
    if future:
        return _month(year if month >= anchor.day.month else year + 1, month, masked)
    starts_after = date(year, month, 1) > anchor.day + timedelta(days=61)
    return _month(year - 1 if starts_after else year, month, masked)


def _weekday(words: str, anchor: Anchor, future: bool) -> TimeValue | None:
    """ "Monday", "last Monday", "next Monday", "this Monday" against the anchor."""
    if not anchor.weekday_known:
        return None
    parts = words.split()
    target = next(_WEEKDAYS.index(w) for w in parts if w in _WEEKDAYS)
    today = anchor.day
    monday = today - timedelta(days=today.weekday())
    if parts[0] == "next":
        day = monday + timedelta(days=7 + target)
    elif parts[0] == "this":
        day = monday + timedelta(days=target)
    elif parts[0] == "last":
        day = today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
    elif future:
        day = today + timedelta(days=(target - today.weekday()) % 7)
    else:
        day = today - timedelta(days=(today.weekday() - target) % 7)
    return _one_day(day, not anchor.year_known)


def _relative(words: str, anchor: Anchor) -> TimeValue | None:
    """this/last/next week, weekend, month, year; "later this week", "earlier this month"."""
    parts = words.split()
    edge = parts[0] if parts[0] in ("later", "earlier") else None
    which, unit = parts[-2], parts[-1]
    today = anchor.day
    masked = not anchor.year_known
    if unit == "weekend":
        return _weekend(anchor, which)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(days={"last": -7, "next": 7}.get(which, 0))
        first, last = monday, monday + timedelta(days=6)
    elif unit == "month":
        year, month = today.year, today.month + {"last": -1, "next": 1}.get(which, 0)
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if edge is None or which != "this":
            return _month(year, month, masked)
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    else:
        year = today.year + {"last": -1, "next": 1}.get(which, 0)
        if edge is None or which != "this":
            return _year(year, masked)
        first, last = date(year, 1, 1), date(year, 12, 31)
    if edge == "later" and which == "this":
        first = today + timedelta(days=1)
    elif edge == "earlier" and which == "this":
        last = today - timedelta(days=1)
    return _days(first, last, masked)


def _weekend(anchor: Anchor, which: str) -> TimeValue | None:
    """Saturday and Sunday: of this, last or next week, or the latest one by the anchor."""
    if not anchor.weekday_known:
        return None
    today = anchor.day
    saturday = today - timedelta(days=today.weekday()) + timedelta(days=5)
    if which == "last" or (which == "recent" and saturday > today):
        saturday -= timedelta(days=7)
    elif which == "next":
        saturday += timedelta(days=7)
    return _days(saturday, saturday + timedelta(days=1), not anchor.year_known)


def _count_and_unit(words: str) -> tuple[int, str] | None:
    match = re.search(rf"\b({_NUM})\s+({_UNITS})", words)
    if match is None:
        return None
    number = match.group(1).lower()
    count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    return count, match.group(2).lower().rstrip("s")


def _shifted(anchor: Anchor, count: int, unit: str) -> TimeValue | None:
    """The day, month or year ``count`` units before the anchor (negative: after)."""
    today = anchor.day
    masked = not anchor.year_known
    if unit == "day":
        return _one_day(today - timedelta(days=count), masked)
    if unit == "week":
        return _one_day(today - timedelta(weeks=count), masked)
    if unit == "month":
        months = today.year * 12 + today.month - 1 - count
        return _month(months // 12, months % 12 + 1, masked)
    if unit == "year":
        return _year(today.year - count, masked)
    return None  # decades are too coarse to write as one year


def _ago(words: str, anchor: Anchor) -> TimeValue | None:
    counted = _count_and_unit(words)
    return _shifted(anchor, *counted) if counted else None


def _past(words: str, anchor: Anchor) -> TimeValue | None:
    """ "the past 30 years", "the past week": from that far back up to the anchor."""
    counted = _count_and_unit(words) or (1, words.split()[-1].rstrip("s"))
    count, unit = counted
    start = _shifted(anchor, count, unit)
    if start is None or start.first is None:
        return None
    end = (
        _one_day(anchor.day, start.masked)
        if unit in ("day", "week")
        else (_month(anchor.day.year, anchor.day.month, start.masked) if unit == "month" else _year(anchor.day.year))
    )
    return _between(start, end)


def _place_offset(
    doc: Doc, start: int, end: int, match: re.Match[str], placed: list[_Placed], anchor: Anchor | None
) -> _Placed | None:
    """ "eight years after X": dated when X's year is given; X dated from the anchor otherwise.

    The expression dates the clause it modifies (X + N); X itself is dated
    from a date inside X ("after the 2014 annexation"), or else counted back
    from the main clause's own date or, when that clause is not past, the
    anchor ("troops are gathered ..., eight years after Russia seized Crimea").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    counted = _count_and_unit(match.group())
    if span is None or counted is None:
        return None
    count, unit = counted
    relation = span[-1]
    after = relation.lower_ == "after"
    if relation.dep_ == "mark":  # "... after Russia seized ...": a clause
        reference: Token | None = relation.head
        attach = relation.head.head
    else:  # "... after the 2014 annexation": a noun phrase
        reference = next((c for c in relation.children if c.dep_ == "pobj"), None)
        attach = _attachment(span)
    clause = _clause_verb(attach)
    sign = 1 if after else -1
    base = _dated_within(reference, placed) if reference is not None else None
    when = _counted(base, sign * count, unit) if base is not None else None
    ref_value = base
    if ref_value is None:
        own = [p.expression.when for p in placed if p.attach == attach.i and p.expression.when is not None]
        if own:
            ref_value = _counted(own[0], -sign * count, unit)
        elif anchor is not None and anchor.year_known and not _is_past(clause):
            ref_value = _counted(_one_day(anchor.day, False), -sign * count, unit)
    text = doc.text[start:end]
    expression = TimeExpression(start, end, text, when, ref_value)
    return _Placed(expression, attach.i, clause.i, reference.i if reference is not None else None)


def _dated_within(reference: Token, placed: list[_Placed]) -> TimeValue | None:
    """A date with a known year inside X's words ("the 2014 annexation")."""
    first, last = reference.left_edge.idx, reference.right_edge.idx + len(reference.right_edge)
    for item in placed:
        when = item.expression.when
        if when is not None and not when.masked and first <= item.expression.start < last:
            return when
    return None


def _counted(value: TimeValue, count: int, unit: str) -> TimeValue | None:
    """A value moved ``count`` units later, written at the unit's precision."""
    if value.first is None:
        return None
    day = value.first
    masked = value.masked
    if unit in ("day", "week"):
        return _one_day(day + timedelta(days=count * (7 if unit == "week" else 1)), masked)
    if unit == "month":
        months = day.year * 12 + day.month - 1 + count
        return _month(months // 12, months % 12 + 1, masked)
    if unit == "year":
        return _year(day.year + count, masked)
    return None


# --- mentions ------------------------------------------------------------------


def mention_dates(article: Article, doc: Doc, mentions: Sequence[Mention]) -> list[TimeValue | None]:
    """The date of the event each mention takes part in, or None.

    Walking up the parse from the mention (place -> preposition -> noun ->
    verb -> governing verbs), the first word a time expression hangs on gives
    the date: "Discussions will move to meetings in Brussels and Vienna later
    this week" dates Brussels and Vienna by "later this week", and "Crimea" in
    "eight years after Russia seized the Crimea peninsula" by the seizure.
    Failing that, a sentence's single time expression dates the mention when it
    sits in a clause on the mention's path ("deployment ... in Kazakhstan after
    an uprising there last week").  The walk goes on through reporting verbs:
    "said on Tuesday that troops are in Belarus" dates the troops as reported
    that day.  A statement with no time expression gets
    None, not the article's date: "Russia denies invasion plans" says nothing
    about when, and an undated item is easier to spot than a wrong date.
    """
    anchor = find_anchor(article)
    placed = _placed_expressions(doc, anchor)
    dates: list[TimeValue | None] = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        dates.append(_date_of(span, placed) if span is not None else None)
    return dates


def _date_of(span: Span, placed: list[_Placed]) -> TimeValue | None:
    sentence = span.sent
    in_sentence = [
        p for p in placed if sentence.start_char <= p.expression.start < sentence.end_char
        and not (p.expression.start <= span.start_char < p.expression.end)
    ]  # fmt: skip
    if not in_sentence:
        return None
    path = [span.root]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    for token in path:
        here = [(p.expression.reference, p) for p in in_sentence if p.reference == token.i]
        here += [(p.expression.when, p) for p in in_sentence if p.attach == token.i]
        if here:
            # Resolved first ("on Monday" over "After days of ..."), then the nearest.
            here.sort(key=lambda h: (h[0] is None, abs(h[1].expression.start - span.start_char)))
            return here[0][0]
    on_path = {t.i for t in path}
    scoped = [p for p in in_sentence if p.clause in on_path and not _across_a_comma(span, p)]
    return scoped[0].expression.when if len(scoped) == 1 else None


def _across_a_comma(span: Span, placed: _Placed) -> bool:
    """Whether a comma or semicolon stands between a mention and a time expression.

    The fallback above trusts the clause, and a long list hangs many things on one
    clause: in "... deployment of troops in Kazakhstan after an uprising there last
    week, its support for Belarus in a migrant crisis, and ..." "last week" dates
    the deployment, not the support, whatever the parse makes of the list.
    """
    doc = span.doc
    start, end = sorted((span.start_char, placed.expression.start))
    between = doc.char_span(start, end, alignment_mode="expand")
    return between is not None and any(t.text in (",", ";") for t in between if t.i >= span.end or t.i < span.start)


def item_date(values: Iterable[TimeValue | None]) -> str | None:
    """The date of an item from its mentions' dates (in text order).

    One date if they agree; else the period from the earliest start to the
    latest end ("XXXX-01-10/XXXX-01-16").  Masked and known years cannot be
    ordered against each other, so a mix takes the first dated mention's value.
    """
    dated = [v for v in values if v is not None]
    if not dated:
        return None
    if len({v.iso for v in dated}) == 1 or len({v.masked for v in dated}) > 1:
        return dated[0].iso
    earliest = min(dated, key=lambda v: v.first or date.min)
    latest = max(dated, key=lambda v: v.last or date.max)
    spanned = TimeValue(earliest.first, latest.last, earliest.first_unit, latest.last_unit, dated[0].masked)
    return spanned.iso
