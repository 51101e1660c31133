"""Item dates as days on the map, and when a map needs a time slider."""

from __future__ import annotations

from datetime import date

from geomap.timeline import STAND_IN_YEAR, Window, day_span, merged_window, reference_date, timeline, window


def test_a_date_stays_from_its_first_day_and_a_period_only_while_it_lasts() -> None:
    day = window("2022-01-10")
    assert day == Window(date(2022, 1, 10), None, daily=True)
    assert not day.covers(date(2022, 1, 9)) and day.covers(date(2022, 3, 1))
    period = window("2022-01-11/2022-01-16")
    assert period == Window(date(2022, 1, 11), date(2022, 1, 16), daily=True)
    assert period.covers(date(2022, 1, 16)) and not period.covers(date(2022, 1, 17))
    assert window("2021-12") == Window(date(2021, 12, 1), None, daily=False)
    assert window("1997/..") == Window(date(1997, 1, 1), None, daily=False)
    assert window("../2022-01-05") == Window(None, date(2022, 1, 5), daily=False)
    assert window(None) is None and window("soon") is None and window("2022-13-01") is None


def test_yearless_dates_take_the_year_nearest_the_reference() -> None:
    reference = date(2022, 1, 3)
    assert day_span("XXXX-01-10", reference) == (date(2022, 1, 10), date(2022, 1, 10))
    assert day_span("XXXX-12-28", reference) == (date(2021, 12, 28), date(2021, 12, 28))
    assert window("XXXX-12-28/XXXX-01-02", reference) == Window(date(2021, 12, 28), date(2022, 1, 2), daily=True)
    assert day_span("XXXX-02-29", date(2023, 6, 1)) == (date(2024, 2, 29), date(2024, 2, 29))


def test_reference_is_the_latest_full_date_else_a_stand_in_year() -> None:
    assert reference_date(["2022-01-10", "XXXX-03-01", None, "2022-01-12"]) == (date(2022, 1, 12), False)
    assert reference_date(["XXXX-01-10", "XXXX-01-12"]) == (date(STAND_IN_YEAR, 1, 12), True)
    assert reference_date(["2022", None]) == (None, True)


def test_merged_window_spans_its_dated_reports() -> None:
    first, second = window("2022-01-10"), window("2022-01-11/2022-01-12")
    assert merged_window([first, second]) == Window(date(2022, 1, 10), None, daily=True)
    assert merged_window([second, window("2022-01-14/2022-01-15")]) == Window(
        date(2022, 1, 11), date(2022, 1, 15), daily=True
    )
    assert merged_window([first, None]) == first
    assert merged_window([None, None]) is None


def test_slider_only_when_day_dates_span_more_than_one_day() -> None:
    one_day = [window("2022-01-10"), window("2022-01-10"), None, window("2014")]
    assert timeline(one_day, None, date(2022, 1, 10)) is None
    spread = [window("2022-01-10"), window("2022-01-11/2022-01-16"), window("2014")]
    line = timeline(spread, "2022-01-12", date(2022, 1, 12))
    assert (line.first, line.last, line.initial) == (date(2022, 1, 10), date(2022, 1, 16), date(2022, 1, 12))
    assert line.days == 6
    assert line.index(date(2014, 1, 1)) < 0 and line.text(date(2022, 1, 12)) == "2022-01-12"
    # No as-of: the slider starts at "all dates"; an as-of outside widens the range.
    assert timeline(spread, None, None).initial is None
    assert timeline(spread, "2022-01-20", None).last == date(2022, 1, 20)
    masked = timeline([window("XXXX-01-10", date(2000, 1, 12)), window("XXXX-01-12", date(2000, 1, 12))],
                      "XXXX-01-12", date(2000, 1, 12), masked=True)
    assert masked.text(masked.initial) == "12 Jan"
