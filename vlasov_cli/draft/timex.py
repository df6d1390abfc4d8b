"""The date expressions of a history article, each with its EDTF value, found by rules and resolved
against the narrative: nothing ever comes from today's date or the machine's clock.

Values (the expression's own value, at its own precision):

    1942-03-18   a day ("March 18" in a 1942 narrative, "3 am on June 22, 1941": the day)
    1942-03      a month ("January 1942", "late November 1944": early, mid and late are kept in
                 the label only, so the value and the window stay the calendar unit the text names)
    1942         a year ("1942", "early 1942", "mid-1943", "two years earlier")
    1938-23      a season, 21 to 24 as in EDTF ("the fall of 1938"); "the winter of 1941-1942" is
                 1941-24, December 1941 to February 1942
    193X, 19XX   a decade ("the 1930s") or a century ("the 20th century")
    A/B          an EDTF interval, for a range written as one expression ("1941-1942" is 1941/1942,
                 "22-23 June 1941" 1941-06-22/1941-06-23) and for "within two months of" a date.
                 A range written in words ("from 1936 to 1938") gives two mentions, one per end.
    -0263        a year before the common era (264 BC), astronomical numbering as EDTF has it

`earliest` and `latest` are the first and last day the expression can mean; "by February 1945"
reaches back to the narrative's previous date (the event happened by then, not in February).

A date without its year ("On March 18") takes the year of the narrative: of an earlier date in its
own sentence, else of the last date the narrative gave, rolled on a year when the month is over half
a year behind it ("March 18" after "December 1941" is 1942). Relative expressions ("the next day",
"two days earlier", "that same month", "a few months after that", "the following February",
"within two months of ...") are resolved against the date before them in the same sentence, else the
narrative's last date; `anchor` is that mention's index. Captions, headings and flashbacks do not move
the narrative: a flashback is a date whose year jumps more than a year away from the narrative's when
the next dated sentence comes back to it.

Out of scope, as in the DATE timexes of TIMEX2 and TimeML: durations ("for over two weeks", "within
36 hours"), ages, sets ("every day"), and references without a calendar value ("later", "now", "by
this time", "the end of the war").
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from vlasov_cli.dates import MONTHS
from vlasov_cli.draft.sentences import Sentence
from vlasov_cli.draft.sentences import sentences as split_sentences

LABEL_LIMIT = 32


class Mention(NamedTuple):
    text: str  # article[start:end] == text
    start: int
    end: int
    value: str  # the expression's own EDTF value (see the module's docstring)
    earliest: str  # ISO day: the first day the expression can mean
    latest: str  # ISO day: the last day
    sentence: int  # index into the list of sentences
    inferred: bool  # a part (the year, say) came from the narrative, not from the expression
    anchor: int | None  # for a relative expression, the index of the mention it was resolved against
    label: str  # the article's own words for the date, short, fit to show a reader


# --- What an expression says, before the narrative completes it -------------------------------------


@dataclass(frozen=True)
class _Calendar:
    """A calendar date with the parts the text gives: a year (None when the narrative must give it),
    a month, a day, or a season (21-24) instead of month and day."""

    year: int | None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    attributive: bool = False  # "the 1917 General Strike": a year that names an event, not the story's time


@dataclass(frozen=True)
class _Period:
    """A decade or a century: its value ("193X") and its first and last year."""

    value: str
    first: int
    last: int


@dataclass(frozen=True)
class _Range:
    """A range written as one expression ("1941-1942", "22-23 June 1941")."""

    first: _Calendar
    last: _Calendar


@dataclass(frozen=True)
class _Relative:
    """A date told from another: `unit` "day", "week", "month", "year", a month name's number as
    "month=N", or a season as "season=N"; `shift` how many units forward (negative: back), `vague`
    when the count is "a few" or missing ("days later"), `same` for "that same month"-like ones,
    `within` for "within two months of"."""

    unit: str
    shift: int = 0
    vague: bool = False
    within: bool = False
    years: int | None = None  # "May of the following year": the anchor's year plus this many
    same_day: bool = False  # "in the evening": only after a date that names its day


@dataclass(frozen=True)
class _Holiday:
    """A feast that dates a day: "Christmas Day 1914", "Good Friday 1552" (Easter's date is the Julian
    calendar's before 1583, as historians of those years date events, the Gregorian one's after)."""

    name: str
    year: int | None


_Expression = _Calendar | _Period | _Range | _Relative | _Holiday


class _Found(NamedTuple):
    start: int
    end: int
    expression: _Expression
    rank: int  # which rule found it: a lower rank wins a tie between spans of equal length


# --- The rules ----------------------------------------------------------------------------------------

_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBER.update({name[:3].lower(): number for name, number in list(_MONTH_NUMBER.items())})
_MONTH_NUMBER["sept"] = 9
_MONTH_FULL = "|".join(MONTHS)
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MONTH = rf"(?P<month>{_MONTH_ANY})(?![\w])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)|midnight|noon|dawn|dusk|daybreak)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# "3 am on", "midnight on", "the morning of": the day is the date
_TIME_PREFIX = rf"(?:{_CLOCK}\s+(?:on\s+)?|(?:the\s+)?(?:early\s+|late\s+)?{_PART_OF_DAY}\s+of\s+)?"
_DASH = r"\s?[-\u2013\u2014/]\s?"
_OF_THAT_YEAR = r",?\s+of\s+(?:the\s+same|that)\s+year\b"  # "13 September of the same year": the narrative's
_SEASON_NUMBER = {"spring": 21, "summer": 22, "fall": 23, "autumn": 23, "winter": 24}
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_PART = (
    r"(?:(?:very\s+)?(?:early|late)\s+|mid-?\s?|the\s+(?:end|beginning|start|middle|close)\s+of\s+|"
    r"the\s+(?:first|second|latter)\s+half\s+of\s+)"
)
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
    "several": 9, "some": 9, "many": 9,
}  # fmt: skip
_VAGUE_COUNTS = {"a few", "several", "some", "many"}
_FEW = {"day": 30, "week": 8, "month": 11, "year": 9}  # "days later": at most this many days
_COUNT = (
    r"(?P<count>\d{1,2}|a couple of|a few|several|some|many|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)"
)
_UNIT = r"(?P<unit>day|week|month|year)(?P<plural>s)?"
_DURATION_BEFORE = re.compile(
    r"\b(?:first|last|next|past|for|over|during|in|within|the|about|some|nearly|almost|few|several|of)\s+$", re.I
)
_ORDINAL_CENTURY = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
# Words after a number that make it a count, not a year: "1500 men", "2000-yard"
_NOT_A_YEAR_AFTER = re.compile(
    r"^(?:\s|-)*(?:men|troops|soldiers|people|prisoners|civilians|dead|killed|wounded|casualties|miles?|km|"
    r"kilometres?|kilometers?|metres?|meters?|yards?|feet|foot|tons?|tonnes|aircraft|planes|tanks|guns|ships|"
    r"vehicles|horses|rifles|square|sq|strong|percent|per\s+cent|hours|hrs|m|ft|mm|cm|kg|lb|hp|dollars|francs|"
    r"pounds|marks|roubles|rubles|pesos|lire|yen)\b|^\s*%|^/\d",
    re.IGNORECASE,
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]\s*|\bNo\.?\s*|\bnumber\s+|\bpp?\.\s*|\bpages?\s+|\bvol\.\s*|\bHill\s+|\bHeight\s+|\d[,./]|\d\s?[-\u2013]\s?)$",
    re.IGNORECASE,
)
# Words before a bare month or season that make it a date: "in May", "by March", "the spring thaw";
# "fall" needs more ("in the fall", "that fall"): "the fall" is more often a city's
_MONTH_CONTEXT = re.compile(
    r"\b(?:in|by|until|till|since|from|to|through|throughout|during|of|before|after|early|late|mid|that|this|"
    r"last)\s*-?\s*$",
    re.IGNORECASE,
)
_SEASON_CONTEXT = re.compile(
    r"\b(?:(?:in|by|until|till|during|through|throughout|since)\s+the|that|this|last)\s+$", re.I
)
_SPRING_CONTEXT = re.compile(r"\b(?:in|by|until|till|during|through|throughout|since|the|that|this|last)\s+$", re.I)


def _month(text: str) -> int:
    return _MONTH_NUMBER[text.rstrip(".").lower()]


def _full_year(first: int, second: str) -> int:
    """The second year of "1941-42" or "1941-1942"."""
    if len(second) == 4:
        return int(second)
    return first // 100 * 100 + int(second)


def _mdy(match: re.Match[str]) -> _Expression | None:
    year = int(match["year"]) if match["year"] else None
    return _Calendar(year, _month(match["month"]), int(match["day"]))


def _month_year(match: re.Match[str]) -> _Expression | None:
    return _Calendar(int(match["year"]), _month(match["month"]))


def _bare_month(match: re.Match[str]) -> _Calendar:
    return _Calendar(None, _month(match["month"]))


def _day_only(match: re.Match[str]) -> _Expression | None:
    return _Calendar(None, None, int(match["day"]))


def _year(match: re.Match[str]) -> _Expression | None:
    before, after = _before(match.string, match.start()), _after(match.string, match.end())
    attributive = bool(_ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(after))
    return _Calendar(int(match["year"]), attributive=attributive)


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b)[A-Za-z]")


def _holiday(match: re.Match[str]) -> _Expression | None:
    name = " ".join(match["holiday"].replace("\u2019", "'").split()).lower()
    year = int(match["year"]) if match["year"] else None
    if year is None and re.match(r"\s+[A-Z]", _after(match.string, match.end())):
        return None  # "the Easter Rising", "the Christmas Truce" name events
    return _Holiday(name, year)


def _era_year(match: re.Match[str]) -> _Expression | None:
    number = int(match["number"])
    if number == 0:
        return None
    before = match["era"].upper().replace(".", "").startswith("B")
    return _Calendar(1 - number if before else number)


def _year_range(match: re.Match[str]) -> _Expression | None:
    first = int(match["year"])
    last = _full_year(first, match["last"])
    if not first < last <= first + 100:
        return None
    return _Range(_Calendar(first), _Calendar(last))


def _era_range(match: re.Match[str]) -> _Expression | None:
    first, last = int(match["number"]), int(match["last"])
    if match["era"].upper().replace(".", "").startswith("B"):
        return _Range(_Calendar(1 - first), _Calendar(1 - last)) if first > last else None
    return _Range(_Calendar(first), _Calendar(last)) if first < last else None


def _day_range(match: re.Match[str]) -> _Expression | None:
    year = int(match["year"]) if match["year"] else None
    month = _month(match["month"])
    first, last = int(match["day"]), int(match["last"])
    if not first < last:
        return None
    return _Range(_Calendar(year, month, first), _Calendar(year, month, last))


def _month_range(match: re.Match[str]) -> _Expression | None:
    year = int(match["year"])
    first, last = _month(match["month"]), _month(match["last"])
    if not first < last:
        return None
    return _Range(_Calendar(year, first), _Calendar(year, last))


def _season(match: re.Match[str]) -> _Expression | None:
    season = _SEASON_NUMBER[match["season"].lower()]
    if not match["year"]:
        return _Calendar(None, season=season)
    year = int(match["year"])
    if match["last"] and (season != 24 or _full_year(year, match["last"]) != year + 1):
        return None  # only a winter spans two years
    return _Calendar(year, season=season)


def _decade(match: re.Match[str]) -> _Expression | None:
    digits = match["decade"]
    if digits.endswith("00"):  # "the 1800s": the century from 1800 to 1899
        return _Period(f"{digits[:2]}XX", int(digits), int(digits) + 99)
    return _Period(f"{digits[:3]}X", int(digits), int(digits) + 9)


def _of_a_year(match: re.Match[str]) -> _Expression | None:
    """ "May of that year", "the spring of the following year": the narrative's year, or the next."""
    which = match["which"].lower()
    unit = f"season={_SEASON_NUMBER[match['season'].lower()]}" if match["season"] else f"month={_month(match['month'])}"
    return _Relative(unit, 0, years=1 if which in ("following", "next") else -1 if which == "previous" else 0)


def _iso_date(match: re.Match[str]) -> _Expression | None:
    return _Calendar(int(match["year"]), int(match["iso_month"]), int(match["iso_day"]))


def _century(match: re.Match[str]) -> _Expression | None:
    ordinal = match["ordinal"].lower()
    number = int(match["number"]) if match["number"] else _ORDINAL_CENTURY.get(ordinal, 0)
    if not 1 <= number <= 21:
        return None
    if match["era"]:  # centuries before the common era: 5th century BC is -0499 to -0400
        first, last = -(number * 100) + 1, -(number - 1) * 100
        return _Period(f"-{number - 1:02}XX", first, last) if number > 1 else None
    return _Period(f"{number - 1:02}XX", (number - 1) * 100, (number - 1) * 100 + 99)


def _counted(match: re.Match[str]) -> _Expression | None:
    if _DURATION_BEFORE.search(_before(match.string, match.start())):
        return None  # "the first three months after the invasion", "for two years before": durations
    count_text = (match["count"] or "").lower()
    backward = match["direction"].lower() in ("earlier", "before", "previously", "prior")
    unit = match["unit"].lower()
    if not count_text:  # "days later": plural and no count
        if not match["plural"]:
            return None
        return _Relative(unit, -_FEW[unit] if backward else _FEW[unit], vague=True)
    if count_text in _VAGUE_COUNTS:  # "a few months": one to nine
        return _Relative(unit, -9 if backward else 9, vague=True)
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    return _Relative(unit, -count if backward else count)


def _within(match: re.Match[str]) -> _Expression | None:
    count_text = match["count"].lower()
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    return _Relative(match["unit"].lower(), count, within=True)


def _next(match: re.Match[str]) -> _Expression | None:
    if re.search(r"\b(?:over|for|throughout|within)\s+$", _before(match.string, match.start()), re.I):
        return None  # "over the next week": a duration
    shift = -1 if match["which"].lower() in ("previous", "preceding") else 1
    if match["what"].lower() in ("morning", "afternoon", "evening", "night"):
        return _Relative("day", shift, same_day=True)
    return _Relative(_unit_of(match["what"]), shift)


def _same(match: re.Match[str]) -> _Expression | None:
    what = (match["what"] or match["what2"] or match["what3"]).lower()
    return _Relative(_unit_of(what), 0, same_day=what in ("morning", "afternoon", "evening", "night"))


def _the_day(anchor: _Resolved) -> datetime.date | None:
    """The day a date names: its own, or the last of a night's two ("the night of 23-24 April")."""
    if anchor.precision == "day":
        return anchor.earliest
    if anchor.precision == "period" and (anchor.latest - anchor.earliest).days <= 1:
        return anchor.latest
    return None


def _day_after(match: re.Match[str]) -> _Expression | None:
    return _Relative(match["unit"].lower(), 1 if match["which"].lower() == "after" else -1)


def _unit_of(word: str) -> str:
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    if word in _SEASON_NUMBER:
        return f"season={_SEASON_NUMBER[word]}"
    if word in _MONTH_NUMBER:
        return f"month={_MONTH_NUMBER[word]}"
    return {"morning": "day", "evening": "day", "night": "day", "afternoon": "day"}.get(word, word)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], "_Expression | None"]]


def _rule(pattern: str, build: Callable[[re.Match[str]], _Expression | None], flags: int = 0) -> _Rule:
    return re.compile(pattern, flags), build


_I = re.IGNORECASE
_NEXT_WHAT = (
    rf"(?P<what>day|morning|afternoon|evening|night|week|month|year|spring|summer|fall|autumn|winter|{_MONTH_FULL})"
)
RULES: list[_Rule] = [
    # "Sunday, December 7, 1941", "3 am on June 22, 1941", "Sept. 1, 1900", "March 18"
    _rule(rf"\b{_TIME_PREFIX}{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR}|{_OF_THAT_YEAR})?", _mdy),
    # "1 September 1900", "the 1st of September, 1900", "the night of 22 June"
    _rule(rf"\b{_TIME_PREFIX}{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR}|{_OF_THAT_YEAR})?", _mdy),
    # "June 22-23, 1941", "the night of 22-23 June 1941"
    _rule(
        rf"\b{_TIME_PREFIX}{_MONTH}\s+{_DAY}{_DASH}(?P<last>3[01]|[12]\d|0?[1-9])(?!\d)(?:,?\s+{_YEAR})?", _day_range
    ),
    _rule(
        rf"\b{_TIME_PREFIX}{_DAY}{_DASH}(?P<last>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?",
        _day_range,
    ),
    # "May-June 1942"
    _rule(rf"\b{_MONTH}{_DASH}(?P<last>{_MONTH_FULL})\s+{_YEAR}", _month_range),
    # "January 1942", "late November 1944", "mid-March 1942", "May, 1945", "March of 1943"
    _rule(rf"\b{_PART}?{_MONTH},?\s+(?:of\s+)?{_YEAR}", _month_year),
    # "13" in "between 13 and 24 October 1941": the month and year of the range's end
    _rule(
        rf"(?:(?<=\bbetween\s)|(?<=\bfrom\s)){_DAY}(?=\s+(?:and|to|until|till|through)\s+(?:3[01]|[12]\d|0?[1-9])"
        rf"(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?)",
        _mdy,
    ),
    # "in the evening", "during the night": the day the narrative is at
    _rule(
        rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s))the\s+(?P<what>{_PART_OF_DAY})\b(?!\s+of\b)",
        lambda m: _Relative("day", 0, same_day=True),
        _I,
    ),
    # "May of that year", "the spring of the following year"
    _rule(
        rf"\b(?:(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<season>spring|summer|fall|autumn|winter)|{_PART}?"
        rf"(?P<month>{_MONTH_FULL}))\s+of\s+(?:the\s+)?(?P<which>that|same|following|next|previous)\s+year\b",
        _of_a_year,
        _I,
    ),
    # "1941-06-22"
    _rule(rf"\b{_YEAR}-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])(?![\d-])", _iso_date),
    # "the morning of the 25th", "on the 25th"
    _rule(
        rf"\b(?:(?:the\s+)?{_PART_OF_DAY}\s+of\s+the\s+|(?<=\bon\s)the\s+)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+[A-Z])",
        _day_only,
    ),
    # "the winter of 1941-1942", "the fall of 1938", "summer 1944", "late summer of 1944"
    _rule(
        rf"\b(?:the\s+)?(?:(?:very\s+)?(?:early|late)\s+|mid-?)?{_SEASON}(?:\s+of)?,?\s+{_YEAR}(?:{_DASH}(?P<last>\d{{4}}|\d{{2}})(?!\d))?",
        _season,
        _I,
    ),
    # "the 1930s", "the late 1930s", "1990's"
    _rule(r"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<decade>1\d{2}0|20\d0)'?s\b", _decade),
    # "the 20th century", "the nineteenth century", "the 5th century BC"
    _rule(
        rf"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<ordinal>(?P<number>\d{{1,2}})(?:st|nd|rd|th)|{'|'.join(_ORDINAL_CENTURY)})"
        r"\s+century(?:\s+(?P<era>BC|BCE|B\.C\.))?",
        _century,
        _I,
    ),
    # "Christmas Day 1914", "Good Friday 1552", "New Year's Eve"
    _rule(
        r"\b(?P<holiday>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['\u2019]s\s+(?:Day|Eve)|Easter(?:\s+Sunday|\s+Monday)?|"
        rf"Good\s+Friday|Boxing\s+Day|Bastille\s+Day|Armistice\s+Day)(?:,?\s+(?:of\s+)?{_YEAR})?(?![\w-])",
        _holiday,
    ),
    # "the same year 1809"
    _rule(rf"\b(?:the|that)\s+(?:very\s+)?same\s+year,?\s+{_YEAR}(?![\w-])", _year),
    # "1941-1942", "1941-42", "1970-1975"
    _rule(rf"\b{_YEAR}{_DASH}(?P<last>1\d{{3}}|20\d{{2}}|\d{{2}})(?!\d)(?![\w-])", _year_range),
    # "499-450 BC"
    _rule(
        r"\b(?P<number>\d{1,4})\s?[-\u2013]\s?(?P<last>\d{1,4})\s?(?P<era>BC|BCE|B\.C\.|AD|A\.D\.|CE)(?!\w)", _era_range
    ),
    # "early 1942", "mid-1943", "the end of 1943", "1917"
    _rule(rf"\b{_PART}?{_YEAR}(?![\w-])", _year),
    # "264 BC", "AD 70"
    _rule(r"\b(?P<number>\d{1,4})\s?(?P<era>BC|BCE|B\.C\.|AD|A\.D\.|CE)(?!\w)", _era_year),
    _rule(r"\b(?P<era>AD|A\.D\.)\s?(?P<number>\d{1,4})(?!\d)", _era_year),
    # "two days earlier", "a few months after that", "days later", "two years earlier"
    _rule(
        rf"\b(?:{_COUNT}\s+)?{_UNIT}\s+(?P<direction>later|earlier|afterwards?|before|after|previously)"
        r"(?:\s+(?:that|this|it))?(?![\w-])",
        _counted,
        _I,
    ),
    # "within two months of"
    _rule(rf"\bwithin\s+{_COUNT}\s+{_UNIT}(?=\s+(?:of|after)\b)", _within, _I),
    # "the next day", "the following February", "the following spring", "the previous year"
    _rule(rf"\bthe\s+(?P<which>next|following|previous|preceding)\s+{_NEXT_WHAT}\b", _next, _I),
    # "that same month", "the same day", "later that year", "that spring", "year's end"
    _rule(
        rf"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:(?:that|the)\s+(?:very\s+)?same|that)\s+{_NEXT_WHAT}\b"
        r"|\b(?:the\s+)?(?P<what2>year|month)['\u2019]s\s+end\b"
        r"|\bthe\s+(?:end|beginning|start)\s+of\s+(?:that|the)\s+(?P<what3>year|month)\b",
        _same,
        _I,
    ),
    # "the day after", "the day before" (closing a clause: "the day before the attack" needs the attack)
    _rule(r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<which>after|before)(?=\s*[,.;:)]|\s*$)", _day_after, _I),
]
# Bare months and seasons count only after a word that makes them dates (see _DATE_CONTEXT)
_BARE_MONTH = re.compile(rf"\b(?:{_PART})?(?P<month>{_MONTH_FULL})\b(?!\s*\d)(?![\w-])")
_BARE_SEASON = re.compile(rf"\b(?:(?:early|late)\s+|mid-?)?{_SEASON}\b(?!\s+of\b)(?!\s*\d)")


def _candidates(text: str, offset: int) -> list[_Found]:
    found: list[_Found] = []
    for rank, (pattern, build) in enumerate(RULES):
        for match in pattern.finditer(text):
            if "year" in pattern.groupindex and match["year"] and not _could_be_year(text, match.span("year")):
                continue
            expression = build(match)
            if expression is not None:
                found.append(_Found(offset + match.start(), offset + match.end(), expression, rank))
    for match in _BARE_MONTH.finditer(text):
        before, after = _before(text, match.start()), _after(text, match.end())
        attributive = (
            match["month"] not in ("March", "May") and re.search(r"\bthe\s+$", before) and re.match(r"\s+[a-z]", after)
        )
        if match["month"] in ("April", "June", "August") and re.match(r"\s+[A-Z][a-z]", after):
            continue  # "by August Bebel": a first name
        if _MONTH_CONTEXT.search(before) or match.start() != match.start("month") or attributive:
            found.append(_Found(offset + match.start(), offset + match.end(), _bare_month(match), len(RULES)))
    for match in _BARE_SEASON.finditer(text):
        context = _SEASON_CONTEXT if match["season"] == "fall" else _SPRING_CONTEXT
        if context.search(_before(text, match.start())) or match.start() != match.start("season"):
            season = _SEASON_NUMBER[match["season"]]
            found.append(
                _Found(offset + match.start(), offset + match.end(), _Calendar(None, season=season), len(RULES))
            )
    return found


def _could_be_year(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return not _NOT_A_YEAR_AFTER.match(_after(text, end)) and not _NOT_A_YEAR_BEFORE.search(_before(text, start))


_CONTEXT = 40  # how far around an expression the words that qualify it are looked for


def _before(text: str, start: int) -> str:
    return text[max(0, start - _CONTEXT) : start]


def _after(text: str, end: int) -> str:
    return text[end : end + _CONTEXT]


def _longest_first(found: list[_Found]) -> list[_Found]:
    """The candidates that do not overlap a longer one (or an equal one found by an earlier rule)."""
    starts: list[int] = []  # the kept candidates, in order of their start: they never overlap
    kept: list[_Found] = []
    for candidate in sorted(found, key=lambda f: (f.start - f.end, f.rank, f.start)):
        place = bisect.bisect_left(starts, candidate.start)
        if place > 0 and kept[place - 1].end > candidate.start:
            continue
        if place < len(kept) and kept[place].start < candidate.end:
            continue
        starts.insert(place, candidate.start)
        kept.insert(place, candidate)
    return kept


# --- Completing an expression from the narrative ------------------------------------------------------


class _Resolved(NamedTuple):
    value: str
    earliest: datetime.date
    latest: datetime.date
    precision: str  # "day", "month", "season", "year", "period" (decade, century, interval)
    inferred: bool = False
    anchor: int | None = None


def _iso(day: datetime.date) -> str:
    return f"{day.year:04}-{day.month:02}-{day.day:02}"


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _calendar(date: _Calendar, year: int) -> _Resolved | None:
    """A complete calendar date's value and window (`year` completes a date the text left without)."""
    if year < 1:  # before the common era: a year only (datetime cannot hold it; the window is clamped)
        return _Resolved("0000" if year == 0 else f"-{-year:04}", datetime.date.min, datetime.date.min, "year")
    try:
        if date.season:
            first_month, last_year, last_month = {21: (3, year, 5), 22: (6, year, 8), 23: (9, year, 11)}.get(
                date.season, (12, year + 1, 2)
            )
            return _Resolved(
                f"{year:04}-{date.season}",
                datetime.date(year, first_month, 1),
                _month_end(last_year, last_month),
                "season",
            )
        if date.month and date.day:
            day = datetime.date(year, date.month, date.day)
            return _Resolved(_iso(day), day, day, "day")
        if date.month:
            return _Resolved(
                f"{year:04}-{date.month:02}", datetime.date(year, date.month, 1), _month_end(year, date.month), "month"
            )
        return _Resolved(f"{year:04}", datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
    except ValueError:  # "February 30"
        return None


def _truncate(day: datetime.date, precision: str) -> str:
    if precision == "day":
        return _iso(day)
    if precision == "month":
        return f"{day.year:04}-{day.month:02}"
    return f"{day.year:04}"


_FINENESS = {"day": 3, "week": 3, "month": 2, "season": 2, "year": 1, "period": 0}


def _shift(day: datetime.date, unit: str, count: int) -> datetime.date:
    if unit == "day":
        return day + datetime.timedelta(days=count)
    if unit == "week":
        return day + datetime.timedelta(weeks=count)
    months = day.month - 1 + (count * 12 if unit == "year" else count)
    year, month = day.year + months // 12, months % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _common(first: datetime.date, last: datetime.date, finest: str) -> tuple[str, str]:
    """The finest of day, month and year (no finer than `finest`) that holds both days."""
    for precision in ("day", "month", "year"):
        if _FINENESS[precision] > _FINENESS[finest]:
            continue
        if _truncate(first, precision) == _truncate(last, precision):
            return _truncate(first, precision), precision
    return f"{_truncate(first, 'year')}/{_truncate(last, 'year')}", "period"


def _relative(expression: _Relative, anchor: _Resolved, index: int) -> _Resolved | None:
    unit = expression.unit
    if expression.same_day:  # "in the evening", "the following night": only after a day the text names
        day = _the_day(anchor)
        if day is None:
            return None
        anchor = _Resolved(_iso(day), day, day, "day")
    if expression.years is not None:  # "May of the following year"
        year = anchor.earliest.year + expression.years
        number = int(unit.split("=")[1])
        resolved = _calendar(
            _Calendar(year, season=number) if unit.startswith("season") else _Calendar(year, number), year
        )
    elif unit.startswith("month="):  # "the following February": the first after the anchor
        month = int(unit.split("=")[1])
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year + (1 if expression.shift > 0 and month <= base.month else 0)
        year -= 1 if expression.shift < 0 and month >= base.month else 0
        resolved = _calendar(_Calendar(year, month), year)
    elif unit.startswith("season="):
        season = int(unit.split("=")[1])
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year
        if expression.shift > 0:
            candidate = _calendar(_Calendar(year, season=season), year)
            year += 1 if candidate is None or candidate.earliest <= base else 0
        elif expression.shift < 0:
            candidate = _calendar(_Calendar(year, season=season), year)
            year -= 1 if candidate is None or candidate.latest >= base else 0
        resolved = _calendar(_Calendar(year, season=season), year)
    elif expression.shift == 0:  # "that same month", "that year", "year's end"
        if anchor.precision == "period" or _FINENESS[unit] > _FINENESS[anchor.precision]:
            resolved = anchor  # "that same day" after "in May": May is all the text says
        else:
            value = _truncate(anchor.earliest, unit if unit != "week" else "day")
            resolved = _calendar(_parse_calendar(value), anchor.earliest.year)
    elif expression.within:
        latest = _shift(anchor.latest, unit, expression.shift)
        shown = anchor.precision if anchor.precision in ("day", "month") else "year"
        value = f"{_truncate(anchor.earliest, shown)}/{_truncate(latest, shown)}"
        resolved = _Resolved(value, anchor.earliest, latest, "period")
    elif expression.vague:  # "a few months after that": one to `shift` units on
        sign = 1 if expression.shift > 0 else -1
        base = anchor.latest if sign > 0 else anchor.earliest
        near, far = _shift(base, unit, sign), _shift(base, unit, expression.shift)
        first, last = min(near, far), max(near, far)
        value, precision = _common(first, last, "day")
        if precision == "period":
            return None  # "years later": no year the text allows
        resolved = _Resolved(value, first, last, precision)
    else:  # "two days earlier", "the next day": the anchor's window moved, at the unit's precision at most
        first, last = _shift(anchor.earliest, unit, expression.shift), _shift(anchor.latest, unit, expression.shift)
        value, precision = _common(first, last, "day" if unit == "week" else unit)
        if precision == "period":
            return None
        resolved = _calendar(_parse_calendar(value), first.year)
    if resolved is None:
        return None
    return resolved._replace(inferred=True, anchor=index)


def _parse_calendar(value: str) -> _Calendar:
    parts = [int(part) for part in value.split("-")] + [0, 0]
    return _Calendar(parts[0], parts[1] or None, parts[2] or None)


def _with_year(date: _Calendar, reference: _Resolved) -> _Calendar:
    """A date without its year, in the narrative's year: rolled on a year when its month is more than
    six months behind the narrative's ("March 18" after "December 1941")."""
    year = reference.latest.year if reference.precision in ("season", "period") else reference.earliest.year
    month = date.month or ({21: 3, 22: 6, 23: 9, 24: 12}.get(date.season or 0))
    if month and reference.precision in ("day", "month", "season"):
        reference_month = reference.earliest.month
        if reference_month - month > 6:
            year += 1
    return _Calendar(year, date.month, date.day, date.season)


# --- The narrative --------------------------------------------------------------------------------


@dataclass
class _Narrative:
    """What the story has told so far: its last date (the reference), and the last date of the
    sentence being read."""

    last: tuple[int, _Resolved] | None = None
    sentence: int = -1
    in_sentence: tuple[int, _Resolved] | None = None

    def anchor(self, sentence: int) -> tuple[int, _Resolved] | None:
        if sentence == self.sentence and self.in_sentence:
            return self.in_sentence
        return self.last


def _explicit_year(expression: _Expression) -> int | None:
    if isinstance(expression, _Calendar) and expression.year is not None and not expression.attributive:
        return expression.year
    if isinstance(expression, _Range) and expression.first.year is not None:
        return expression.first.year
    return None


def find_dates(article: str, sentences: Sequence[Sentence] | None = None) -> list[Mention]:
    """Every date expression of the article, in order, with its value resolved against the narrative."""
    found_sentences = list(sentences) if sentences is not None else split_sentences(article)
    located: list[tuple[int, _Found]] = []
    for number, sentence in enumerate(found_sentences):
        if sentence.kind in ("byline", "navigation"):
            continue
        located.extend((number, found) for found in _longest_first(_candidates(sentence.text, sentence.start)))
    # The explicit years of the narrative, in order: to tell a flashback from a move of the story
    story_years = [
        (number, year)
        for number, found in located
        if found_sentences[number].kind == "text" and (year := _explicit_year(found.expression)) is not None
    ]
    located = _years_from_range_ends(article, located)
    mentions: list[Mention] = []
    narrative = _Narrative()
    for number, found in located:
        in_story = found_sentences[number].kind == "text"
        anchored = narrative.anchor(number)
        try:
            resolved = _resolve(found.expression, anchored)
        except (ValueError, OverflowError):  # a shift out of the calendar datetime knows (before AD 1)
            resolved = None
        if resolved is None:
            continue
        earliest = resolved.earliest
        if isinstance(found.expression, _Calendar) and _starts_with_by(article, found.start):
            earliest = _reach_back(resolved, narrative.last)
        first_day, last_day = _window(resolved, earliest)
        index = len(mentions)
        mentions.append(
            Mention(
                text=article[found.start : found.end],
                start=found.start,
                end=found.end,
                value=resolved.value,
                earliest=first_day,
                latest=last_day,
                sentence=number,
                inferred=resolved.inferred,
                anchor=resolved.anchor,
                label=_label(article, found.start, found.end),
            )
        )
        if resolved.earliest == datetime.date.min:
            continue  # a date before the common era dates nothing after it (datetime cannot count from it)
        narrative.sentence, narrative.in_sentence = number, (index, resolved)
        if (
            in_story
            and _moves_story(found.expression, narrative.last is not None)
            and _sets_the_scene(found, found_sentences[number], narrative.last)
            and not _is_flashback(found.expression, number, narrative.last, story_years)
        ):
            narrative.last = (index, resolved)
    return mentions


_SCENE_OPENING = re.compile(
    r"^\W*(?:(?:in|by|from|during|until|till|after|before|since|early|late|mid|throughout|between|around|about|"
    r"circa|c\.|and|but|then|also)\s+)*(?:the\s+)?(?:year\s+)?-?$",
    re.IGNORECASE,
)


def _sets_the_scene(found: _Found, sentence: Sentence, last: tuple[int, _Resolved] | None) -> bool:
    """Whether a date sets the scene the story goes on in. Not one in parentheses, an aside ("(the first
    was the campaign of September 1862)"), nor, while the story is told day by day, a year in the middle
    of a sentence ("a veteran of the War of 1812", "lived until 1872"): only one that opens its sentence
    ("In 1813, ...") does."""
    before = sentence.text[: found.start - sentence.start]
    if before.count("(") > before.count(")"):
        return False
    expression = found.expression
    if not (isinstance(expression, _Calendar) and expression.month is None and expression.season is None):
        return True
    if last is None or last[1].precision in ("year", "period"):
        return True
    return _SCENE_OPENING.match(before[-_CONTEXT:]) is not None and before.count(",") == 0


_RANGE_WORD = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|through|[-\u2013\u2014])\s*")


def _years_from_range_ends(article: str, located: list[tuple[int, _Found]]) -> list[tuple[int, _Found]]:
    """ "from 9 April to 12 July 1811": a range's first date takes its year from the range's end (the
    year before when its month comes later: "from 20 December to 5 January 1942")."""
    completed = list(located)
    for place, ((number, found), (next_number, following)) in enumerate(zip(located, located[1:], strict=False)):
        first, last = found.expression, following.expression
        if not (isinstance(first, _Calendar) and isinstance(last, _Calendar)) or number != next_number:
            continue
        if first.year is not None or last.year is None or first.month is None or last.month is None:
            continue
        if not _RANGE_WORD.fullmatch(article[found.end : following.start]):
            continue
        year = last.year - 1 if first.month > last.month else last.year
        completed[place] = (number, found._replace(expression=_Calendar(year, first.month, first.day)))
    return completed


def _moves_story(expression: _Expression, told: bool) -> bool:
    """Whether the narrative's reference moves to this date: not for a decade or a century, nor for a
    look back ("two days earlier") that the story returns from, nor for a vague step ("years later"),
    nor, once the story has a date, for a year that names an event ("the 1917 General Strike")."""
    if isinstance(expression, _Period):
        return False
    if isinstance(expression, _Calendar) and expression.attributive and told:
        return False
    if isinstance(expression, _Relative) and expression.vague:
        return False  # "years later", "a few months after that": an aside, not the story's next step
    return not (isinstance(expression, _Relative) and expression.shift < 0)


def _window(resolved: _Resolved, earliest: datetime.date) -> tuple[str, str]:
    """The first and last day as ISO text; before the common era, read from the value ("-0263")."""
    if resolved.earliest != datetime.date.min:
        return _iso(earliest), _iso(resolved.latest)
    years = [
        year
        for part in resolved.value.split("/")
        for year in (int(part.replace("X", "0")), int(part.replace("X", "9")))
    ]
    first, last = min(years), max(years)
    return f"{_signed(first)}-01-01", f"{_signed(last)}-12-31"


def _signed(year: int) -> str:
    return f"-{-year:04}" if year < 0 else f"{year:04}"


def _resolve(expression: _Expression, anchored: tuple[int, _Resolved] | None) -> _Resolved | None:
    if isinstance(expression, _Period):
        if expression.first < 1:  # a century before the common era: its window is read from its value
            return _Resolved(expression.value, datetime.date.min, datetime.date.min, "period")
        start = datetime.date(expression.first, 1, 1)
        return _Resolved(expression.value, start, datetime.date(max(expression.last, 1), 12, 31), "period")
    if isinstance(expression, _Range):
        first, last = _resolve(expression.first, anchored), _resolve(expression.last, anchored)
        if first is None or last is None:
            return None
        inferred = first.inferred or last.inferred
        return _Resolved(f"{first.value}/{last.value}", first.earliest, last.latest, "period", inferred)
    if isinstance(expression, _Relative):
        return _relative(expression, anchored[1], anchored[0]) if anchored else None
    if isinstance(expression, _Holiday):
        return _feast(expression, anchored[1] if anchored else None)
    if expression.year is not None:
        return _calendar(expression, expression.year)
    if anchored is None:
        return None  # a day or month the narrative has not dated yet: nothing from the clock
    reference = anchored[1]
    if expression.month is None and expression.season is None:  # "the 25th": the narrative's month
        if reference.precision not in ("day", "month"):
            return None
        date = _Calendar(reference.earliest.year, reference.earliest.month, expression.day)
        if expression.day is not None and expression.day < reference.earliest.day:
            date = _Calendar(*_next_month(reference.earliest), expression.day)
    else:
        date = _with_year(expression, reference)
    resolved = _calendar(date, date.year or 1)
    return resolved._replace(inferred=True) if resolved else None


_FIXED_FEASTS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14), "armistice day": (11, 11),
}  # fmt: skip
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def _feast(holiday: _Holiday, reference: _Resolved | None) -> _Resolved | None:
    year = holiday.year
    if year is None:
        if reference is None:
            return None
        year = reference.latest.year if reference.precision in ("season", "period") else reference.earliest.year
    if holiday.name in _FIXED_FEASTS:
        day = datetime.date(year, *_FIXED_FEASTS[holiday.name])
    else:
        day = _easter(year) + datetime.timedelta(days=_EASTER_OFFSETS[holiday.name])
    return _Resolved(_iso(day), day, day, "day", inferred=holiday.year is None)


def _easter(year: int) -> datetime.date:
    """Easter Sunday: the Julian calendar's date before 1583 (Meeus), the Gregorian one's from 1583."""
    if year < 1583:
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return datetime.date(year, month, day + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return datetime.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _next_month(day: datetime.date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def _is_flashback(
    expression: _Expression, number: int, last: tuple[int, _Resolved] | None, story_years: list[tuple[int, int]]
) -> bool:
    """Whether an explicit year jumps away from the narrative's only for a moment: more than a year
    from the narrative's year, when the next sentence that names a year comes back near the narrative's
    (within a year of it, or nearer to it than to the jump: "the War of 1812" in an 1863 story)."""
    year = _explicit_year(expression)
    if year is None or last is None:
        return False
    reference = last[1].earliest.year
    if abs(year - reference) <= 1:
        return False
    place = bisect.bisect_right(story_years, (number, float("inf")))  # the first year of a later sentence
    if place == len(story_years):
        return False
    later = story_years[place][1]
    return abs(later - reference) <= 1 or abs(later - reference) < abs(later - year)


def _starts_with_by(article: str, start: int) -> bool:
    return re.search(r"\b[Bb]y\s+$", article[max(0, start - 4) : start]) is not None


def _reach_back(resolved: _Resolved, last: tuple[int, _Resolved] | None) -> datetime.date:
    """ "By February 1945": the event happened by then, so any day after the narrative's last date."""
    if last is None or last[1].earliest >= resolved.earliest:
        return resolved.earliest
    return last[1].earliest


_SIGNAL = re.compile(r"\b(by|until|till|since|from|before|after|in|on|during)\s+$", re.IGNORECASE)
_KEEP_SIGNAL = {"by", "until", "till", "since", "from", "before", "after"}


def _label(article: str, start: int, end: int) -> str:
    """The article's words for the date, with the word that bounds it ("by February 1945"), lower-cased
    at the start unless a name ("The next day" -> "the next day"), cut to LABEL_LIMIT characters."""
    text = " ".join(article[start:end].split())
    if text[:1].isupper() and text.split()[0].rstrip(".,") not in _MONTH_NAMES_AND_DAYS:
        text = text[0].lower() + text[1:]
    before = article[max(0, start - 12) : start]
    signal = _SIGNAL.search(before)
    if signal and signal.group(1).lower() in _KEEP_SIGNAL and not re.search(r"\bnot\s+until\s+$", before, re.I):
        text = f"{signal.group(1).lower()} {text}"
    if len(text) <= LABEL_LIMIT:
        return text
    cut = text[: LABEL_LIMIT - 1].rsplit(" ", 1)[0]
    return f"{cut}\u2026"


_MONTH_NAMES_AND_DAYS = {*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTH_NAMES_AND_DAYS |= {name[:3] for name in MONTHS} | {"Sept", "AD"}


def dates_json(article: str) -> dict[str, list[dict[str, object]]]:
    """`vlasov draft ARTICLE --dates --json`: every date expression with its offsets, value and sentence."""
    found_sentences = split_sentences(article)
    return {
        "dates": [
            {
                "text": mention.text,
                "start": mention.start,
                "end": mention.end,
                "value": mention.value,
                "sentence": found_sentences[mention.sentence].text,
            }
            for mention in find_dates(article, found_sentences)
        ]
    }
