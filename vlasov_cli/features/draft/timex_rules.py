"""The rules that find date expressions in a sentence and read what each one says ("March 18":
a month and a day, its year left to the narrative; "two days earlier": two days back from some date),
before `timex` completes them from the narrative. Only the words count here, never a clock."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple, cast

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.years import could_be_year

# --- What an expression says, before the narrative completes it -------------------------------------


@dataclass(frozen=True)
class Calendar:
    """A calendar date with the parts the text gives: a year (None when the narrative must give it),
    a month, a day, or a season (21-24) instead of month and day."""

    year: int | None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    attributive: bool = False  # "the 1917 General Strike": a year that names an event, not the story's time


@dataclass(frozen=True)
class Period:
    """A decade or a century: its value ("193X") and its first and last year."""

    value: str
    first: int
    last: int


@dataclass(frozen=True)
class Range:
    """A range written as one expression ("1941-1942", "22-23 June 1941")."""

    first: Calendar
    last: Calendar


Unit = Literal["day", "week", "month", "year", "century"]


class Named(NamedTuple):
    """A unit that names one of its kind: May (month 5), the spring (season 21, as EDTF numbers
    seasons), a Tuesday (weekday 1, Monday 0)."""

    kind: Literal["month", "season", "weekday"]
    number: int


@dataclass(frozen=True)
class Relative:
    """A date told from another: `unit` a calendar unit, or a named month, season or weekday; `shift`
    how many units forward (negative: back; 0 for "that same month"), `vague` when the count is "a few"
    or missing ("days later": `shift` is then the most it can be), `within` for "within two months of"."""

    unit: Unit | Named
    shift: int = 0
    vague: bool = False
    within: bool = False
    years: int | None = None  # "May of the following year": the anchor's year plus this many
    same_day: bool = False  # "in the evening": only after a date that names its day
    of_event: bool = False  # "four years after Becket was murdered": told from an event, not a date


@dataclass(frozen=True)
class Holiday:
    """A feast that dates a day: "Christmas Day 1914", "Good Friday 1552" (Easter's date is the Julian
    calendar's before 1583, as historians of those years date events, the Gregorian one's after)."""

    name: str
    year: int | None


Expression = Calendar | Period | Range | Relative | Holiday


class Found(NamedTuple):
    start: int
    end: int
    expression: Expression
    rank: int  # which rule found it: a lower rank wins a tie between spans of equal length


# --- The rules ----------------------------------------------------------------------------------------

MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
MONTH_NUMBER.update({name[:3].lower(): number for name, number in list(MONTH_NUMBER.items())})
MONTH_NUMBER["sept"] = 9
_MONTH_FULL = "|".join(MONTHS)
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MONTH = rf"(?P<month>{_MONTH_ANY})(?![\w])"
MONTH_PATTERN = _MONTH
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)"
_LISTED_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# A year of three digits completes a day or a month only where a clause goes on after it ("on 8 June 793,")
_OLD_YEAR = (
    r"(?P<year>[1-9]\d{2})(?![\d,.]\d)(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|and|when|he|she|they|it|his|her|their|"
    r"after|before|in|at|on|by|with|to)\b)"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ERA_YEAR = r"(?P<number>\d{1,4})\s?(?P<era>BC|BCE|B\.C\.|AD|A\.D\.|CE)(?!\w)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)|midnight|noon|dawn|dusk|daybreak)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# "3 am on", "midnight on", "the morning of": the day is the date
_TIME_PREFIX = rf"(?:{_CLOCK}\s+(?:on\s+)?|(?:the\s+)?(?:early\s+|late\s+)?{_PART_OF_DAY}\s+of\s+)?"
_DASH = r"\s?[-\u2013\u2014/]\s?"
_OF_THAT_YEAR = r",?\s+of\s+(?:the\s+same|that)\s+year\b"  # "13 September of the same year": the narrative's
SEASON_NUMBER = {"spring": 21, "summer": 22, "fall": 23, "autumn": 23, "winter": 24}
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_PART = (
    r"(?:(?:very\s+)?(?:early|late)\s+|mid-?\s?|the\s+(?:end|beginning|start|middle|close)\s+of\s+|"
    r"the\s+(?:first|second|latter)\s+half\s+of\s+)"
)
PART_PATTERN = _PART
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "thirty-six": 36, "a couple of": 2, "a few": 3,
    "several": 9, "some": 9, "many": 9,
}  # fmt: skip
_VAGUE_COUNTS = {"a few", "several", "some", "many"}
_FEW = {"day": 30, "week": 8, "month": 11, "year": 9}  # "days later": at most this many days
_COUNT = (
    r"(?P<count>\d{1,2}|a couple of|a few|several|some|many|an?|one|two|three|four|five|six|seven|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty(?:-four)?|thirty(?:-six)?|eight|nine|ten|eleven|twelve)"
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
_ORDINALS = "|".join(_ORDINAL_CENTURY)
_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINALS})"
# Words before a bare month or season that make it a date: "in May", "by March", "the spring thaw";
# "fall" needs more ("in the fall", "that fall"): "the fall" is more often a city's
_MONTH_CONTEXT = re.compile(
    r"\b(?:in|by|until|till|since|from|to|through|throughout|during|of|before|after|early|late|mid|that|this|between|"
    r"last)\s*-?\s*$",
    re.IGNORECASE,
)
_SEASON_CONTEXT = re.compile(
    r"\b(?:(?:in|by|until|till|during|through|throughout|since)\s+the|that|this|last)\s+$", re.I
)
_SPRING_CONTEXT = re.compile(r"\b(?:in|by|until|till|during|through|throughout|since|the|that|this|last)\s+$", re.I)


def _month(text: str) -> int:
    return MONTH_NUMBER[text.rstrip(".").lower()]


def _full_year(first: int, second: str) -> int:
    """The second year of "1941-42", "1941-1942" or "1618-9"."""
    if len(second) == 4:
        return int(second)
    return first // 10 ** len(second) * 10 ** len(second) + int(second)


def _mdy(match: re.Match[str]) -> Expression | None:
    year = int(match["year"]) if match["year"] else None
    return Calendar(year, _month(match["month"]), int(match["day"]))


def _month_year(match: re.Match[str]) -> Expression | None:
    return Calendar(int(match["year"]), _month(match["month"]))


def _short_year(match: re.Match[str]) -> Expression | None:
    return Calendar(int(match["number"]))


def _month_era_year(match: re.Match[str]) -> Expression | None:
    """ "June, AD 123", "March 44 BC": a month of a year counted by its era."""
    year = _era_year(match)
    return Calendar(year.year, _month(match["month"])) if isinstance(year, Calendar) else None


def _day_era_year(match: re.Match[str]) -> Expression | None:
    year = _era_year(match)
    return Calendar(year.year, _month(match["month"]), int(match["day"])) if isinstance(year, Calendar) else None


# The Roman calendar's named days: the Nones fall on the 7th and the Ides on the 15th of these months
_LONG_ROMAN_MONTHS = {3, 5, 7, 10}


def _roman_day(match: re.Match[str]) -> Expression | None:
    month = _month(match["month"])
    long_month = month in _LONG_ROMAN_MONTHS
    day = {"ides": 15 if long_month else 13, "nones": 7 if long_month else 5}.get(match["roman"].lower(), 1)
    year = _era_year(match) if match["era"] else None
    return Calendar(year.year if isinstance(year, Calendar) else None, month, day)


def _era_season(match: re.Match[str]) -> Expression | None:
    year = _era_year(match)
    season = SEASON_NUMBER[match["season"].lower()]
    if not isinstance(year, Calendar) or year.year is None:
        return None
    if match["first"]:  # only a winter spans two years; it is dated by its first
        first = int(match["first"])
        before = match["era"].upper().startswith("B")
        if season != 24 or first != int(match["number"]) + (1 if before else -1):
            return None
        year = Calendar(year.year - 1)
    return Calendar(year.year, season=season)


def _day_only(match: re.Match[str]) -> Expression | None:
    return Calendar(None, None, int(match["day"]))


def _year(match: re.Match[str]) -> Expression | None:
    before, after = _before(match.string, match.start()), _after(match.string, match.end())
    attributive = bool(_ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(after))
    return Calendar(int(match["year"]), attributive=attributive)


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b)[A-Za-z]")


def _holiday(match: re.Match[str]) -> Expression | None:
    name = " ".join(match["holiday"].replace("\u2019", "'").split()).lower().replace("v-e", "ve")
    year = int(match["year"]) if match["year"] else None
    if year is None and re.match(r"\s+[A-Z]", _after(match.string, match.end())):
        return None  # "the Easter Rising", "the Christmas Truce" name events
    return Holiday(name, year)


def _era_year(match: re.Match[str]) -> Expression | None:
    number = int(match["number"])
    if number == 0:
        return None
    if match["era"][0] in "AC" and match.end("number") == match.start("era") and number < 100:
        return None  # "2AD", "1CE": a unit's name (2nd Armoured Division), not a year
    before = match["era"].upper().replace(".", "").startswith("B")
    return Calendar(1 - number if before else number)


def _year_range(match: re.Match[str]) -> Expression | None:
    first = int(match["year"])
    last = _full_year(first, match["last"])
    if not first < last <= first + 100:
        return None
    return Range(Calendar(first), Calendar(last))


def _era_range(match: re.Match[str]) -> Expression | None:
    first, last = int(match["number"]), int(match["last"])
    if match["era"].upper().replace(".", "").startswith("B"):
        return Range(Calendar(1 - first), Calendar(1 - last)) if first > last else None
    return Range(Calendar(first), Calendar(last)) if first < last else None


def _day_range(match: re.Match[str]) -> Expression | None:
    year = int(match["year"]) if match["year"] else None
    month = _month(match["month"])
    first, last = int(match["day"]), int(match["last"])
    if not first < last:
        return None
    return Range(Calendar(year, month, first), Calendar(year, month, last))


def _cross_month_range(match: re.Match[str]) -> Expression | None:
    year = int(match["year"]) if match["year"] else None
    first, last = _month(match["month"]), _month(match["month2"])
    if first == last:
        return None
    first_year = year - 1 if year is not None and first > last else year  # "December 28-January 3, 1942"
    return Range(Calendar(first_year, first, int(match["day"])), Calendar(year, last, int(match["day2"])))


def _month_range(match: re.Match[str]) -> Expression | None:
    year = int(match["year"])
    first, last = _month(match["month"]), _month(match["last"])
    if not first < last:
        return None
    return Range(Calendar(year, first), Calendar(year, last))


def _season(match: re.Match[str]) -> Expression | None:
    season = SEASON_NUMBER[match["season"].lower()]
    if not match["year"]:
        return Calendar(None, season=season)
    year = int(match["year"])
    if match["last"] and (season != 24 or _full_year(year, match["last"]) != year + 1):
        return None  # only a winter spans two years
    return Calendar(year, season=season)


def _decade(match: re.Match[str]) -> Expression | None:
    digits = match["decade"].zfill(4)
    if digits.endswith("00"):  # "the 1800s": the century from 1800 to 1899
        return Period(f"{digits[:2]}XX", int(digits), int(digits) + 99)
    return Period(f"{digits[:3]}X", int(digits), int(digits) + 9)


def _of_a_year(match: re.Match[str]) -> Expression | None:
    """ "May of that year", "the spring of the following year": the narrative's year, or the next."""
    which = match["which"].lower()
    unit = (
        Named("season", SEASON_NUMBER[match["season"].lower()])
        if match["season"]
        else Named("month", _month(match["month"]))
    )
    return Relative(unit, 0, years=1 if which in ("following", "next") else -1 if which == "previous" else 0)


def _iso_date(match: re.Match[str]) -> Expression | None:
    return Calendar(int(match["year"]), int(match["iso_month"]), int(match["iso_day"]))


def _century(match: re.Match[str]) -> Expression | None:
    return _century_of(match["ordinal"], match["era"] if "era" in match.re.groupindex else None)


def _century_from(number: int, era: str | None) -> Expression | None:
    if not 1 <= number <= 21:
        return None
    if era:  # centuries before the common era: 5th century BC is -0499 to -0400
        first, last = -(number * 100) + 1, -(number - 1) * 100
        return Period(f"-{number - 1:02}XX", first, last) if number > 1 else None
    return Period(f"{number - 1:02}XX", (number - 1) * 100 + 1, number * 100)  # the 8th century: 701 to 800


def _century_range(match: re.Match[str]) -> Expression | None:
    first, last = _century(match), _century_of(match["last"], match["era"])
    if not (isinstance(first, Period) and isinstance(last, Period)) or first.first == last.first:
        return None
    earlier, later = (first, last) if first.first < last.first else (last, first)
    return Period(f"{earlier.value}/{later.value}", earlier.first, later.last)


def _century_of(ordinal: str, era: str | None) -> Expression | None:
    number = int(ordinal[:-2]) if ordinal[:1].isdigit() else _ORDINAL_CENTURY.get(ordinal.lower(), 0)
    return _century_from(number, era)


def _counted(match: re.Match[str]) -> Expression | None:
    if _DURATION_BEFORE.search(_before(match.string, match.start())):
        return None  # "the first three months after the invasion", "for two years before": durations
    if re.match(r"\s+than\b", match.string[match.end() :]):
        return None  # "two days earlier than planned": measured from a plan, not from a date
    count_text = (match["count"] or "").lower()
    backward = match["direction"].lower() in ("earlier", "before", "previously", "prior")
    unit = cast(Unit, match["unit"].lower())
    # "a few months before his father's death": told from an event, not from a date
    of_event = match["direction"].lower() in ("after", "before") and not re.search(r"(?:that|this|it)$", match[0])
    if not count_text:  # "days later": plural and no count
        if not match["plural"]:
            return None
        return Relative(unit, -_FEW[unit] if backward else _FEW[unit], vague=True, of_event=of_event)
    if count_text in _VAGUE_COUNTS:  # "a few months": one to nine
        return Relative(unit, -9 if backward else 9, vague=True, of_event=of_event)
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    return Relative(unit, -count if backward else count, of_event=of_event)


def _within(match: re.Match[str]) -> Expression | None:
    count_text = match["count"].lower()
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    return Relative(cast(Unit, match["unit"].lower()), count, within=True)


def _next(match: re.Match[str]) -> Expression | None:
    if re.search(r"\b(?:over|for|throughout|within)\s+$", _before(match.string, match.start()), re.I):
        return None  # "over the next week": a duration
    shift = -1 if match["which"].lower() in ("previous", "preceding") else 1
    if match["what"].lower() in ("morning", "afternoon", "evening", "night"):
        return Relative("day", shift, same_day=True)
    return Relative(_unit_of(match["what"]), shift)


def _same(match: re.Match[str]) -> Expression | None:
    what = (match["what"] or match["what2"] or match["what3"] or "day").lower()
    return Relative(_unit_of(what), 0, same_day=what in ("morning", "afternoon", "evening", "night"))


def _day_after(match: re.Match[str]) -> Expression | None:
    return Relative(cast(Unit, match["unit"].lower()), 1 if match["which"].lower() == "after" else -1)


def _unit_of(word: str) -> Unit | Named:
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    if word in SEASON_NUMBER:
        return Named("season", SEASON_NUMBER[word])
    if word in MONTH_NUMBER:
        return Named("month", MONTH_NUMBER[word])
    if word in ("morning", "evening", "night", "afternoon"):
        return "day"
    return cast(Unit, word)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], "Expression | None"]]


def _rule(pattern: str, build: Callable[[re.Match[str]], Expression | None], flags: int = 0) -> _Rule:
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
    # "September 29-October 2, 1864", "29 September - 2 October 1864"
    _rule(
        rf"\b{_MONTH}\s+{_DAY}{_DASH}(?P<month2>{_MONTH_ANY})\s+(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s+{_YEAR})?",
        _cross_month_range,
    ),
    _rule(
        rf"\b{_DAY}\s+{_MONTH}{_DASH}(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_ANY})(?![\w])"
        rf"(?:,?\s+{_YEAR})?",
        _cross_month_range,
    ),
    # "May-June 1942"
    _rule(rf"\b{_MONTH}{_DASH}(?P<last>{_MONTH_FULL})\s+{_YEAR}", _month_range),
    # "January 1942", "late November 1944", "mid-March 1942", "May, 1945", "March of 1943"
    _rule(rf"\b{_PART}?{_MONTH},?\s+(?:of\s+)?{_YEAR}", _month_year),
    # "8 June 793", "January 878": the years of the early Middle Ages
    _rule(rf"\b{_TIME_PREFIX}{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_OLD_YEAR}", _mdy),
    _rule(rf"\b{_TIME_PREFIX}{_WEEKDAY}{_MONTH}\s+{_DAY},\s+{_OLD_YEAR}", _mdy),
    _rule(rf"\b{_PART}?{_MONTH},?\s+(?:of\s+)?{_OLD_YEAR}", _month_year),
    # "10 January 49 BC", "the Ides of March, 44 BC", "the Ides of March"
    _rule(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_ERA_YEAR}", _day_era_year),
    _rule(rf"\b{_MONTH}\s+{_DAY},?\s+{_ERA_YEAR}", _day_era_year),
    _rule(rf"\bthe\s+(?P<roman>Kalends|Calends|Nones|Ides)\s+of\s+{_MONTH}(?:,?\s+{_ERA_YEAR})?", _roman_day),
    # "the summer of 52 BC", "the winter of 48-47 BC"
    _rule(
        rf"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?{_SEASON}\s+of\s+(?:(?P<first>\d{{1,4}}){_DASH})?{_ERA_YEAR}",
        lambda match: _era_season(match),
        _I,
    ),
    # "June, AD 123", "March 44 BC"
    _rule(rf"\b{_PART}?{_MONTH},?\s+(?P<era>AD|A\.D\.)\s?(?P<number>\d{{1,4}})(?!\d)", _month_era_year),
    _rule(
        rf"\b{_PART}?{_MONTH},?\s+(?P<number>\d{{1,4}})\s?(?P<era>BC|BCE|B\.C\.|AD|A\.D\.|CE)(?!\w)", _month_era_year
    ),
    # "13" in "between 13 and 24 October 1941", "From 3 to 9 May", "the 14 and 15 June", "3" and "4" in
    # "3, 4 and 5 May": the month and year of the list's last day
    _rule(
        rf"(?<![\d.,:/-])(?<![\d.:/-]\s)\b{_DAY}(?=(?:,\s*{_LISTED_DAY})*,?\s+(?:and|to|until|till|through|or)\s+"
        rf"(?:the\s+)?{_LISTED_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)",
        _mdy,
    ),
    # "in the evening", "during the night": the day the narrative is at
    _rule(
        rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s))the\s+(?P<what>{_PART_OF_DAY})\b(?!\s+of\b)",
        lambda m: Relative("day", 0, same_day=True),
        _I,
    ),
    # "May of that year", "the spring of the following year"
    _rule(
        rf"\b(?:(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<season>spring|summer|fall|autumn|winter)|{_PART}?"
        rf"(?P<month>{_MONTH_FULL}))\s+of\s+(?:the\s+)?(?P<which>that|same|following|next|previous)\s+year\b",
        _of_a_year,
        _I,
    ),
    # "On Saturday the 27th"
    _rule(rf"\b(?:{'|'.join(WEEKDAYS)})\s+the\s+{_DAY}(?![\w-])(?!\s+(?:of\s+)?[A-Z])", _day_only),
    # "By Tuesday", "on the Wednesday", "that Friday": the first such day after the narrative's
    _rule(
        rf"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\buntil\s)|(?<=\b[Tt]hat\s))(?:the\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})"
        r"\b(?!,?\s+(?:the\s+)?\d)(?!\s+(?:morning|afternoon|evening|night)\b)",
        lambda match: Relative(Named("weekday", WEEKDAYS.index(match["weekday"])), 1, same_day=True),
    ),
    # "1941-06-22"
    _rule(rf"\b{_YEAR}-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])(?![\d-])", _iso_date),
    # "the morning of the 25th", "on the 25th"
    _rule(
        rf"\b(?:(?:the\s+)?{_PART_OF_DAY}\s+of\s+the\s+|(?:(?<=\bon\s)|(?<=\bOn\s))the\s+)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+[A-Z])",
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
    _rule(r"\bthe\s+(?:(?:early|late)\s+|mid-?)?(?P<decade>[1-9]\d0)'?s\b", _decade),  # "the 880s"
    # "the 20th century", "the nineteenth century", "the 5th century BC"
    _rule(
        rf"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<ordinal>(?P<number>\d{{1,2}})(?:st|nd|rd|th)|{'|'.join(_ORDINAL_CENTURY)})"
        r"\s+centur(?:y|ies)(?:\s+(?P<era>BC|BCE|B\.C\.))?",
        _century,
        _I,
    ),
    # "the 12th" of "the 12th and 13th centuries"; "the 14th-15th centuries" (one expression)
    _rule(
        rf"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?(?P<ordinal>(?P<number>\d{{1,2}})(?:st|nd|rd|th)|{_ORDINALS})"
        rf"(?=\s+(?:and|or|to|through)\s+(?:the\s+)?(?:(?:early|late)\s+|mid-?)?{_ORDINAL}\s+centuries"
        r"(?:\s+(?P<era>BC|BCE|B\.C\.))?)",
        _century,
        _I,
    ),
    _rule(
        rf"\b(?:the\s+)?(?P<ordinal>(?P<number>\d{{1,2}})(?:st|nd|rd|th)|{_ORDINALS}){_DASH}(?P<last>{_ORDINAL})"
        r"\s+centuries(?:\s+(?P<era>BC|BCE|B\.C\.))?",
        lambda match: _century_range(match),
        _I,
    ),
    # "the 19th" of "in the 12th century and again in the 19th": a century named a few words before
    _rule(
        rf"\bthe\s+(?P<ordinal>(?P<number>\d{{1,2}})(?:st|nd|rd|th)|{_ORDINALS})"
        r"(?=\s*[,.;:)]|\s+(?:when|and|as|until|but)\b)",
        lambda match: _century(match) if "centur" in _before(match.string, match.start()).lower() else None,
        _I,
    ),
    # "Christmas Day 1914", "Good Friday 1552", "New Year's Eve"
    _rule(
        r"\b(?P<holiday>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['\u2019]s\s+(?:Day|Eve)|Easter(?:\s+Sunday|\s+Monday)?|"
        rf"Good\s+Friday|Boxing\s+Day|Bastille\s+Day|Armistice\s+Day|D-[Dd]ay|V-?E\s+Day)(?:,?\s+(?:of\s+)?{_YEAR})?(?![\w-])",
        _holiday,
    ),
    # "the same year 1809"
    _rule(rf"\b(?:the|that)\s+(?:very\s+)?same\s+year,?\s+{_YEAR}(?![\w-])", _year),
    # "1941-1942", "1941-42", "1970-1975", "1618–9"
    _rule(rf"\b{_YEAR}{_DASH}(?P<last>1\d{{3}}|20\d{{2}}|\d{{1,2}})(?!\d)(?![\w-])", _year_range),
    # "499-450 BC"
    _rule(
        r"\b(?P<number>\d{1,4})\s?[-\u2013]\s?(?P<last>\d{1,4})\s?(?P<era>BC|BCE|B\.C\.|AD|A\.D\.|CE)(?!\w)", _era_range
    ),
    # "early 1942", "mid-1943", "the end of 1943", "1917", "1911" of "(1911-?)" (a life whose end is unknown)
    _rule(rf"\b{_PART}?{_YEAR}(?![A-Za-z0-9_]|-(?!\?))", _year),
    # "331" of "Jovian (331 – 17 February 364)": a life's first year, its last written with a day and month
    _rule(
        rf"(?:(?<=\()|(?<=;\s))(?P<number>[1-9]\d{{0,3}})(?=\s?[-\u2013\u2014]\s?(?:\d{{1,2}}\s+{_MONTH_ANY}|"
        rf"{_MONTH_ANY}\s+\d{{1,2}},?)\s+(?P<last>\d{{1,4}})\))",
        lambda match: Calendar(int(match["number"])) if int(match["number"]) < int(match["last"]) else None,
    ),
    # "in 563", "In 793 the northmen", "the year 800", "the summer of 937": a year below 1000 only
    # where the words around it ask for a year (a bare "563" is more often a number)
    _rule(
        r"(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\byear\s))(?P<number>[1-9]\d{2})"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|and|when|he|she|they|it|his|her|their|after|before)\b)",
        _short_year,
    ),
    _rule(
        rf"\b(?:the\s+)?(?:(?:early|late)\s+|mid-?)?{_SEASON}\s+of\s+(?P<year>[1-9]\d{{2}})(?!\d)(?!,\d)(?!\s+[a-z]+s\b)",
        lambda match: Calendar(int(match["year"]), season=SEASON_NUMBER[match["season"].lower()]),
        _I,
    ),
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
    # "within two months of"; "Within three months, half of them were dead" (of the story's last date)
    _rule(rf"\bwithin\s+{_COUNT}\s+{_UNIT}(?=\s+(?:of|after)\b)", _within, _I),
    _rule(rf"(?<![\w,] )\bWithin\s+{_COUNT}\s+{_UNIT}(?=\s*,|\s+(?!of\b|after\b)[a-z])", _within),
    # "the next century": the century after the narrative's
    _rule(
        r"\bthe\s+(?P<which>next|following|previous|preceding)\s+century\b",
        lambda match: Relative("century", 1 if match["which"].lower() in ("next", "following") else -1),
        _I,
    ),
    # "the next day", "the following February", "the following spring", "the previous year"
    _rule(rf"\bthe\s+(?P<which>next|following|previous|preceding)\s+{_NEXT_WHAT}\b", _next, _I),
    # "that same month", "the same day", "the same date", "later that year", "that spring", "year's end"
    _rule(
        rf"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:(?:that|the)\s+(?:very\s+)?same|that)\s+{_NEXT_WHAT}\b"
        r"|\b(?:that|the)\s+(?:very\s+)?same\s+date\b"  # "On the same date Lear's son bought": that day
        r"|\b(?:the\s+)?(?P<what2>year|month)['\u2019]s\s+end\b"
        r"|\bthe\s+(?:end|beginning|start)\s+of\s+(?:that|the)\s+(?P<what3>year|month)\b",
        _same,
        _I,
    ),
    # "the day after", "the day before" (closing a clause: "the day before the attack" needs the attack)
    _rule(r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<which>after|before)(?=\s*[,.;:)]|\s*$)", _day_after, _I),
]
# Bare months and seasons count only after a word that makes them dates (_MONTH_CONTEXT, _SEASON_CONTEXT)
_BARE_MONTH = re.compile(rf"\b(?:{_PART})?(?P<month>{_MONTH_FULL})\b(?!\s*\d)(?![\w-])")
# "September saw the first raids", "October brought rain": a month opening its sentence as its subject
# (a verb in the past: not "May they rest", "March with them")
_MONTH_AS_SUBJECT = re.compile(r"\s+(?:saw|brought|began|ended|found|came|passed|was|had|[a-z]+ed)\b")
_BARE_SEASON = re.compile(rf"\b(?:(?:early|late)\s+|mid-?)?{_SEASON}\b(?!\s+of\b)(?!\s*\d)")


def candidates(text: str, offset: int) -> list[Found]:
    found: list[Found] = []
    for rank, (pattern, build) in enumerate(RULES):
        for match in pattern.finditer(text):
            if "year" in pattern.groupindex and match["year"] and not could_be_year(text, match.span("year")):
                continue
            expression = build(match)
            if expression is not None:
                found.append(Found(offset + match.start(), offset + match.end(), expression, rank))
    for match in _BARE_MONTH.finditer(text):
        before, after = _before(text, match.start()), _after(text, match.end())
        after_the = re.search(r"\b[Tt]he\s+$", before) is not None
        attributive = after_the and (
            (match["month"] not in ("March", "May") and re.match(r"\s+[a-z]", after))
            or re.match(r"\s+[A-Z][a-z]", after) is not None  # "the March Laws", "the May Coup"
        )
        if match["month"] in ("April", "June", "August") and re.match(r"\s+[A-Z][a-z]", after) and not after_the:
            continue  # "by August Bebel": a first name
        subject = match.start() == 0 and _MONTH_AS_SUBJECT.match(after)
        if _MONTH_CONTEXT.search(before) or match.start() != match.start("month") or attributive or subject:
            expression = Calendar(None, _month(match["month"]), attributive=bool(attributive))
            found.append(Found(offset + match.start(), offset + match.end(), expression, len(RULES)))
    for match in _BARE_SEASON.finditer(text):
        context = _SEASON_CONTEXT if match["season"] == "fall" else _SPRING_CONTEXT
        if context.search(_before(text, match.start())) or match.start() != match.start("season"):
            season = SEASON_NUMBER[match["season"]]
            found.append(Found(offset + match.start(), offset + match.end(), Calendar(None, season=season), len(RULES)))
    return found


CONTEXT = 40  # how far around an expression the words that qualify it are looked for


def _before(text: str, start: int) -> str:
    return text[max(0, start - CONTEXT) : start]


def _after(text: str, end: int) -> str:
    return text[end : end + CONTEXT]


def longest_first(found: list[Found]) -> list[Found]:
    """The candidates that do not overlap a longer one (or an equal one found by an earlier rule)."""
    starts: list[int] = []  # the kept candidates, in order of their start: they never overlap
    kept: list[Found] = []
    for candidate in sorted(found, key=lambda f: (f.start - f.end, f.rank, f.start)):
        place = bisect.bisect_left(starts, candidate.start)
        if place > 0 and kept[place - 1].end > candidate.start:
            continue
        if place < len(kept) and kept[place].start < candidate.end:
            continue
        starts.insert(place, candidate.start)
        kept.insert(place, candidate)
    return kept
