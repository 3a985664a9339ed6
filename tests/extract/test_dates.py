"""Date mentions: precision as the text gives it, context years, relative dates, vague periods."""

from __future__ import annotations

import pytest

from bilateral.extract.dates import find_dates, heading_period, shift


def _values(text: str, context_year: int | None = None, anchor: str | None = None) -> list[tuple[str, str | None]]:
    return [(text[d.start : d.end], d.resolve(context_year, anchor)) for d in find_dates(text) if not d.modifier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 8 December 1991, a regional body", [("8 December 1991", "1991-12-08")]),
        ("signed December 8, 1991 in Minsk", [("December 8, 1991", "1991-12-08")]),
        ("In July 2009 the row began", [("July 2009", "2009-07")]),
        ("In 2019, the two met", [("2019", "2019")]),
        ("In the mid-1990s it changed", [("mid-1990s", "1994/1996")]),
        ("during the late 1980s", [("late 1980s", "1987/1989")]),
    ],
)
def test_explicit_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_day_or_month_without_year_takes_the_context_year() -> None:
    assert _values("On 14 September, they met", context_year=2020) == [("14 September", "2020-09-14")]
    assert _values("by the end of August that", context_year=2020) == [("August", "2020-08")]
    assert _values("On 14 September, they met") == [("14 September", None)]


def test_day_month_followed_by_in_year() -> None:
    assert _values("since the September 11 attacks in 2001") == [("September 11", "2001-09-11")]


def test_relative_dates_shift_the_anchor_at_its_precision() -> None:
    assert _values("and exactly a year later, the union", anchor="1996-04-02") == [
        ("exactly a year later", "1997-04-02")
    ]
    assert _values("Two years later they split", anchor="2001-05") == [("Two years later", "2003-05")]
    assert _values("ratified the following year", anchor="1990-11-14") == [("the following year", "1991")]
    assert shift("2020-01-31", 1, "month") == "2020-02-29"


def test_years_that_name_things_or_are_numbers_are_not_dates() -> None:
    assert _values("he criticized the 1999 treaty") == []
    assert _values("a $1500 loan and 2000 km of road and 1,995 people") == []
    assert _values("to remain in power beyond 2024.") == []


def test_heading_periods() -> None:
    assert heading_period("2000s") == ("2000/2009", True)
    assert heading_period("Early 1990s") == ("1990/1993", True)
    assert heading_period("Mid through end of the 1990s") == ("1994/1999", True)
    assert heading_period("2020s: Strained relationship") == ("2020/2029", True)
    assert heading_period("1995") == ("1995", False)
    assert heading_period("Economic relations") is None


def test_relative_dates_counted_back_from_the_anchor() -> None:
    """'Three days earlier', 'the previous day', 'the year before,' (session 14); 'two weeks before the vote' names
    its own point of reference and is no relative date."""
    def rel(text: str) -> list[tuple[int, str] | None]:
        return [d.rel for d in find_dates(text, 0, len(text))]

    assert rel("Three days earlier the Gambia had filed a case.") == [(-3, "day")]
    assert rel("Castro had demanded the previous day that the embassy cut its staff.") == [(-1, "day")]
    assert rel("The year before, talks had failed.") == [(-1, "year!")]
    assert rel("two weeks before the vote") == []
    assert shift("2019-11-14", -3, "day") == "2019-11-11"
    assert shift("2019-11", -2, "month~") == "2019-09"


def test_a_month_takes_a_later_year_only_in_its_own_clause_and_not_from_since() -> None:
    """'After Ukraine retook Kharkiv in September, Putin proclaimed on 30 September 2022': that year; but not
    across a semicolon, nor from 'who had held office since December 2004', told in passing."""
    text = "After Ukraine retook Kharkiv in September, Putin proclaimed on 30 September 2022 the annexation."
    assert find_dates(text)[0].resolve(2019) == "2022-09"
    text = ("On 8 April Moldova expelled the ambassador; a few days later Băsescu, who had held office since "
            "December 2004, spoke.")
    assert find_dates(text)[0].resolve(2009) == "2009-04-08"
    text = "On 8 April Moldova expelled the ambassador, whom Băsescu had appointed since December 2004."
    assert find_dates(text)[0].resolve(2009) == "2009-04-08"


def test_that_year_and_that_month_are_the_anchors() -> None:
    """'That year Ecuador accepted the Rio Protocol': the year of the date told before (session 15); the
    possessive 'that year's election' dates nothing."""
    assert _values("That year Ecuador accepted it", anchor="1995-03-01") == [("That year", "1995")]
    assert _values("later that month they met", anchor="1995-03-01") == [("later that month", "1995-03")]
    assert _values("that year's election") == []


def test_days_later_without_a_count_is_the_anchors_year() -> None:
    """'Days later', 'a few weeks later': no finer than the anchor's year (session 15)."""
    assert _values("Days later the army crossed", anchor="1995-07-28") == [("Days later", "1995")]
    assert _values("a few weeks later they met", anchor="1995-07-28") == [("a few weeks later", "1995")]


def test_weeks_after_a_full_date_are_a_full_date() -> None:
    """(Session 16.) 'closed its embassy on 28 April 2012 and reopened it a week later' is 5 May 2012, as the
    held-out annotators date it; after a month alone, a week later stays in that month."""
    assert _values("a week later it reopened", anchor="2012-04-28") == [("a week later", "2012-05-05")]
    assert _values("two weeks later it reopened", anchor="2012-04-28") == [("two weeks later", "2012-05-12")]
    assert _values("a week later it reopened", anchor="2012-04") == [("a week later", "2012-04")]
