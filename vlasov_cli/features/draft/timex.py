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
reaches back to the narrative's previous date (the event happened by then, not in February). Before
the common era they are signed ("-0263-01-01", "-0043-03-15" for the Ides of March, 44 BC): compare
them as numbers, not as text. The narrative goes on there as after ("Two days later" is -0043-03-17),
but a century before it ("the 3rd century BC") dates nothing after it.

A date without its year ("On March 18") takes the year of the narrative: of an earlier date in its
own sentence, else of the last date the narrative gave, rolled on a year when the month is over half
a year behind it ("March 18" after "December 1941" is 1942). Relative expressions ("the next day",
"two days earlier", "that same month", "a few months after that", "the following February",
"within two months of ...") are resolved against the date before them in the same sentence, else the
narrative's last date; `anchor` is that mention's index. Captions, headings and flashbacks do not move
the narrative: a flashback is a date whose year jumps more than a year away from the narrative's when
the next dated sentence comes back near it. Nor do asides: dates in parentheses, a year that names an
event ("the 1917 General Strike"), a look back ("two days earlier") or a vague step ("years later"),
and, while the story is told day by day, a year in the middle of a sentence ("a veteran of the War of
1812"); a year that opens its sentence ("In 1813, ...") does set the scene.

Out of scope, as in the DATE timexes of TIMEX2 and TimeML: durations ("for over two weeks", "within
36 hours"), ages, sets ("every day"), and references without a calendar value ("later", "now", "by
this time", "the end of the war").
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.sentences import sentences as split_sentences
from vlasov_cli.features.draft.timex_bounds import bounded, names_an_event, narrowed, side
from vlasov_cli.features.draft.timex_rules import (
    CONTEXT,
    Calendar,
    Expression,
    Found,
    Holiday,
    Period,
    Range,
    Relative,
    candidates,
    longest_first,
)

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
    story: bool = False  # whether the story's reference moved to it (not an aside, flashback or caption)
    open: bool = False  # told before or after the date ("prior to 1860"), with no date of the story to close it
    naming: bool = False  # a year in a name ("the 1778 Treaty of Alliance", "the War of 1812"): no event's date
    from_event: bool = False  # "seven years after the war ended": reckoned from the narrative, told from an event


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


# datetime cannot hold a year before AD 1, so such a year is counted in a stand-in 8000 years later (a
# multiple of 400: the same leap years) from 3001 on, and told back in the value and window (_real).
_BEFORE_OUR_ERA = 8000
_STAND_IN = re.compile(r"(?<![^/])(\d{4})")


def _real_year(day: datetime.date) -> int:
    return day.year - _BEFORE_OUR_ERA if day.year > 3000 else day.year


def _real(resolved: _Resolved) -> _Resolved:
    """A value counted in stand-in years ("7957-03-15") told in real ones ("-0043-03-15")."""
    if resolved.latest.year <= 3000:
        return resolved
    return resolved._replace(
        value=_STAND_IN.sub(
            lambda year: _signed(int(year[1]) - _BEFORE_OUR_ERA if int(year[1]) > 3000 else int(year[1])),
            resolved.value,
        )
    )


def _calendar(date: Calendar, year: int) -> _Resolved | None:
    """A complete calendar date's value and window (`year` completes a date the text left without)."""
    if year < 1:  # before the common era: counted in a stand-in year (see _BEFORE_OUR_ERA)
        if year <= -_BEFORE_OUR_ERA + 3000:
            return None
        year += _BEFORE_OUR_ERA
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


def _the_day(anchor: _Resolved) -> datetime.date | None:
    """The day a date names: its own, or the last of a night's two ("the night of 23-24 April")."""
    if anchor.precision == "day":
        return anchor.earliest
    if anchor.precision == "period" and (anchor.latest - anchor.earliest).days <= 1:
        return anchor.latest
    return None


def _relative(expression: Relative, anchor: _Resolved, index: int) -> _Resolved | None:
    unit = expression.unit
    if expression.same_day:  # "in the evening", "the following night": only after a day the text names
        day = _the_day(anchor)
        if day is None:
            return None
        anchor = _Resolved(_iso(day), day, day, "day")
    if unit == "century":  # "the next century": told as a century, as "the 17th century" is
        century = _real_year(anchor.earliest) // 100 + expression.shift
        if century < 0:
            return None
        first = datetime.date(max(century * 100, 1), 1, 1)
        return _Resolved(f"{century:02}XX", first, datetime.date(century * 100 + 99, 12, 31), "period", True, index)
    if unit.startswith("weekday="):  # "on the Tuesday": the first Tuesday after the day the text is at
        later = [anchor.earliest + datetime.timedelta(days=step) for step in range(1, 8)]
        day = next(day for day in later if _weekday(day) == int(unit.split("=")[1]))
        resolved: _Resolved | None = _Resolved(_iso(day), day, day, "day")
    elif expression.years is not None:  # "May of the following year"
        year = anchor.earliest.year + expression.years
        number = int(unit.split("=")[1])
        resolved = _calendar(
            Calendar(year, season=number) if unit.startswith("season") else Calendar(year, number), year
        )
    elif unit.startswith("month="):  # "the following February": the first after the anchor
        month = int(unit.split("=")[1])
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year + (1 if expression.shift > 0 and month <= base.month else 0)
        year -= 1 if expression.shift < 0 and month >= base.month else 0
        resolved = _calendar(Calendar(year, month), year)
    elif unit.startswith("season="):
        season = int(unit.split("=")[1])
        base = anchor.latest if expression.shift >= 0 else anchor.earliest
        year = base.year
        if expression.shift > 0:
            candidate = _calendar(Calendar(year, season=season), year)
            year += 1 if candidate is None or candidate.earliest <= base else 0
        elif expression.shift < 0:
            candidate = _calendar(Calendar(year, season=season), year)
            year -= 1 if candidate is None or candidate.latest >= base else 0
        resolved = _calendar(Calendar(year, season=season), year)
    elif expression.shift == 0:  # "that same month", "that year", "year's end"
        if anchor.precision == "period" or _FINENESS[unit] > _FINENESS[anchor.precision]:
            resolved = anchor  # "that same day" after "in May": May is all the text says
        else:
            value = _truncate(anchor.earliest, unit if unit != "week" else "day")
            resolved = _calendar(_parse_calendar(value), anchor.earliest.year)
    elif expression.within:  # "within two months of": as fine as its unit, to the end of the last month
        latest = _shift(anchor.latest, unit, expression.shift)
        shown = anchor.precision if anchor.precision in ("day", "month") else "year"
        if unit in ("month", "year"):
            latest = _month_end(latest.year, latest.month) if unit == "month" else datetime.date(latest.year, 12, 31)
            shown = "month" if unit == "month" and shown == "day" else shown
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
    elif unit == "year" and anchor.precision == "season":  # "the next year" after "that winter" (of 1665)
        year = anchor.earliest.year + expression.shift
        resolved = _calendar(Calendar(year), year)
    else:  # "two days earlier", "the next day": the anchor's window moved, at the unit's precision at most
        first, last = _shift(anchor.earliest, unit, expression.shift), _shift(anchor.latest, unit, expression.shift)
        value, precision = _common(first, last, "day" if unit == "week" else unit)
        if precision == "period":
            return None
        resolved = _calendar(_parse_calendar(value), first.year)
    if resolved is None:
        return None
    return resolved._replace(inferred=True, anchor=index)


def _weekday(day: datetime.date) -> int:
    """Monday 0 to Sunday 6, in the Julian calendar before 1583 (as `_easter` counts), else the Gregorian."""
    if day.year >= 1583:
        return day.weekday()
    a = (14 - day.month) // 12
    year, month = day.year + 4800 - a, day.month + 12 * a - 3
    julian_day = day.day + (153 * month + 2) // 5 + 365 * year + year // 4 - 32083
    return julian_day % 7


def _parse_calendar(value: str) -> Calendar:
    parts = [int(part) for part in value.split("-")] + [0, 0]
    return Calendar(parts[0], parts[1] or None, parts[2] or None)


def _with_year(date: Calendar, reference: _Resolved) -> Calendar:
    """A date without its year, in the narrative's year: rolled on a year when its month is more than
    six months behind the narrative's ("March 18" after "December 1941")."""
    # a season's months roll on from its first ("December" in the winter of 1862-63 is 1862's, "January" 1863's)
    year = reference.latest.year if reference.precision == "period" else reference.earliest.year
    month = date.month or ({21: 3, 22: 6, 23: 9, 24: 12}.get(date.season or 0))
    if month and reference.precision in ("day", "month", "season"):
        reference_month = reference.earliest.month
        if reference_month - month > 6:
            year += 1
    return Calendar(year, date.month, date.day, date.season)


# --- The narrative --------------------------------------------------------------------------------


@dataclass
class _Narrative:
    """What the story has told so far: its last date (the reference), and the last date of the
    sentence being read."""

    last: tuple[int, _Resolved] | None = None
    sentence: int = -1
    in_sentence: tuple[int, _Resolved] | None = None
    recent: tuple[int, _Resolved] | None = None  # the story's last date, set the scene or not
    recent_sentence: int = -1
    # The story's date before a sentence that looked ahead ("... a war beginning January 16, 1991 and
    # ending February 28, 1991."), which a day told next without its year may go back to ("On August 28")
    before_sentence: tuple[int, _Resolved] | None = None
    summary: tuple[int, _Resolved] | None = None

    def anchor(self, sentence: int, expression: Expression) -> tuple[int, _Resolved] | None:
        if sentence == self.sentence and self.in_sentence:
            return self.in_sentence
        # "... automated the light in 1897. They moved ashore in the summer of that year.": a relative
        # date refers to the date just told, though a year in mid-sentence does not move the story.
        if isinstance(expression, Relative) and self.recent and self.recent_sentence >= sentence - 1:
            return self.recent
        return self.last


def _explicit_year(expression: Expression) -> int | None:
    if isinstance(expression, Calendar) and expression.year is not None and not expression.attributive:
        return expression.year
    if isinstance(expression, Range) and expression.first.year is not None:
        return expression.first.year
    return None


def find_dates(article: str, sentences: Sequence[Sentence] | None = None) -> list[Mention]:
    """Every date expression of the article, in order, with its value resolved against the narrative."""
    found_sentences = list(sentences) if sentences is not None else split_sentences(article)
    located: list[tuple[int, Found]] = []
    for number, sentence in enumerate(found_sentences):
        if sentence.kind in ("byline", "navigation"):
            continue
        located.extend((number, found) for found in longest_first(candidates(sentence.text, sentence.start)))
    # The explicit years of the narrative, in order: to tell a flashback from a move of the story
    story_years = [
        (number, year)
        for number, found in located
        if found_sentences[number].kind == "text" and (year := _explicit_year(found.expression)) is not None
    ]
    located = _years_from_range_ends(article, located)
    mentions: list[Mention] = []
    narrative = _Narrative()
    sides: dict[int, str] = {}  # the mentions told before or after their date
    for number, found in located:
        in_story = found_sentences[number].kind == "text" or _is_date_heading(found_sentences[number], found)
        expression = found.expression
        if isinstance(expression, Relative) and expression.of_event and narrative.sentence == number:
            continue  # "finished in 1174, four years after Becket was murdered": from an event, not 1174
        if number != narrative.sentence:
            narrative.before_sentence = narrative.last
        anchored = narrative.anchor(number, found.expression)
        if number != narrative.sentence:
            anchored = _back_from_a_look_ahead(expression, narrative, anchored)
        try:
            resolved = _resolve(found.expression, anchored)
        except (ValueError, OverflowError):  # a shift out of the calendar datetime knows (before AD 1)
            resolved = None
        if resolved is None:
            continue
        resolved = _real(resolved)
        earliest = resolved.earliest
        if isinstance(found.expression, Calendar) and _starts_with_by(article, found.start):
            earliest = _reach_back(resolved, narrative.last)
        first_day, last_day = narrowed(
            article[found.start : found.end],
            *_window(resolved, earliest),
            article[max(0, found.start - 12) : found.start],
        )
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
                naming=_names_a_thing(expression, article[max(0, found.start - 40) : found.start]),
                from_event=isinstance(expression, Relative) and expression.of_event,
            )
        )
        if resolved.earliest == datetime.date.min:
            continue  # a century before the common era dates nothing after it
        dated_before = narrative.sentence == number
        narrative.sentence, narrative.in_sentence = number, (index, resolved)
        aside = found_sentences[number].text[: found.start - found_sentences[number].start]
        where = side(aside, mentions[index].text) if isinstance(expression, Calendar) else ""
        if where:
            sides[index] = where
        moves = (
            not where
            and _moves_story(found.expression, narrative.last is not None)
            and not _is_aside(aside, resolved, dated_before, narrative.last)
        )
        # "the Battle of Marengo (1800)": the year in parentheses is the battle's, and the story's
        named = isinstance(expression, Calendar) and expression.month is None and names_an_event(aside)
        if in_story and moves and (aside.count("(") <= aside.count(")") or named):
            narrative.recent, narrative.recent_sentence = (index, resolved), number
        if (
            in_story
            and moves
            and (named or _sets_the_scene(found, found_sentences[number], narrative.last))
            and not _is_flashback(found.expression, number, narrative.last, story_years)
        ):
            _note_a_look_ahead(narrative, index, resolved, mentions)
            narrative.last = (index, resolved)
            mentions[index] = mentions[index]._replace(story=True)
    return bounded(mentions, sides)


LOOK_AHEAD_DAYS = 30
_WAR_OF = re.compile(r"\bWar\s+of\s+$")
_THE_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.IGNORECASE)


def _names_a_thing(expression: Expression, before: str) -> bool:
    """Whether a year is part of a name, no date of what the sentence tells: "the 1778 Treaty of
    Alliance", "the 1970 election", "the War of 1812" (but "a 1929 silent film" was made in 1929)."""
    if not isinstance(expression, Calendar) or expression.month is not None or expression.season is not None:
        return False
    return (expression.attributive and _THE_BEFORE.search(before) is not None) or _WAR_OF.search(before) is not None


def _note_a_look_ahead(narrative: _Narrative, index: int, resolved: _Resolved, mentions: list[Mention]) -> None:
    """Keep the story's date from before a sentence that moves it twice, by more than a month between two
    full dates: a summary looking ahead, after which the story may go back."""
    last = narrative.last
    if last is not None and _explicit_day(last[1]) and _explicit_day(resolved):
        same_sentence = mentions[last[0]].sentence == mentions[index].sentence
        if same_sentence and (resolved.earliest - last[1].latest).days > LOOK_AHEAD_DAYS:
            narrative.summary = narrative.before_sentence
            return
    if not resolved.inferred:
        narrative.summary = None  # the story goes on from a date written whole


def _explicit_day(resolved: _Resolved) -> bool:
    return resolved.precision == "day" and not resolved.inferred


def _back_from_a_look_ahead(
    expression: Expression, narrative: _Narrative, anchored: tuple[int, _Resolved] | None
) -> tuple[int, _Resolved] | None:
    """The date a day or month without its year is told from: the story's before a summary that looked
    ahead, when that puts it nearer after its reference ("On August 28" after "August 2, 1990" and a
    summary of the war to February 1991 is August 28, 1990)."""
    summary = narrative.summary
    if summary is None or anchored is None or not isinstance(expression, Calendar) or expression.year is not None:
        return anchored
    if expression.month is None:
        return anchored
    back, ahead = _resolve(expression, summary), _resolve(expression, anchored)
    if back is None or ahead is None or back.earliest < summary[1].earliest:
        return anchored
    if (back.earliest - summary[1].latest) < (ahead.earliest - anchored[1].latest):
        narrative.summary = None
        return summary
    return anchored


def _is_date_heading(sentence: Sentence, found: Found) -> bool:
    """Whether a heading is a year or a month alone ("1905", "March 1848"): the section's time, which
    the story goes on in."""
    if sentence.kind != "heading" or not isinstance(found.expression, Calendar) or found.expression.year is None:
        return False
    rest = sentence.text[: found.start - sentence.start] + sentence.text[found.end - sentence.start :]
    return not re.search(r"\w", rest)


_WHICH_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^;:()]*$", re.IGNORECASE)  # from the last comma
_PAST_PERFECT = re.compile(r"\bhad\s+(?!to\b)(?:\w+ly\s+)?[a-z]+(?:ed|en|ne|wn|ft|lt|ught|ost|ld)\b", re.IGNORECASE)


def _is_aside(before: str, resolved: _Resolved, dated_before: bool, last: tuple[int, _Resolved] | None) -> bool:
    """Whether a date is told aside, so that the story neither moves to it nor counts from it: in a clause
    that tells more of a date just given ("On September 22 Lincoln issued it, which took effect on January
    1, 1863"), or a look back in the past perfect ("Rommel had gone home on 4 June", after 6 June)."""
    if dated_before and _WHICH_CLAUSE.match(before, max(0, before.rfind(","))):
        return True
    return bool(last and resolved.latest < last[1].earliest and _PAST_PERFECT.search(before[-4 * CONTEXT :]))


_SCENE_OPENING = re.compile(
    r"^\W*(?:(?:in|by|from|during|until|till|after|before|since|early|late|mid|throughout|between|around|about|"
    r"circa|c\.|and|but|then|also)\s+)*(?:the\s+)?(?:year\s+)?-?$",
    re.IGNORECASE,
)


def _sets_the_scene(found: Found, sentence: Sentence, last: tuple[int, _Resolved] | None) -> bool:
    """Whether a date sets the scene the story goes on in. Not one in parentheses, an aside ("(the first
    was the campaign of September 1862)"), nor, while the story is told day by day, a year in the middle
    of a sentence ("a veteran of the War of 1812", "lived until 1872"): only one that opens its sentence
    ("In 1813, ...") or the story's next year does."""
    before = sentence.text[: found.start - sentence.start]
    if before.count("(") > before.count(")"):
        return False
    expression = found.expression
    if not (isinstance(expression, Calendar) and expression.month is None and expression.season is None):
        return True
    if last is None or last[1].precision in ("year", "period"):
        return True
    if expression.year == _real_year(last[1].latest) + 1:  # "... on 12 December 1942. It was disbanded in 1943."
        return True
    return _SCENE_OPENING.match(before[-CONTEXT:]) is not None and before.count(",") == 0


_RANGE_WORD = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|through|[-\u2013\u2014])\s*")


def _years_from_range_ends(article: str, located: list[tuple[int, Found]]) -> list[tuple[int, Found]]:
    """ "from 9 April to 12 July 1811": a range's first date takes its year from the range's end (the
    year before when its month comes later: "from 20 December to 5 January 1942")."""
    completed = list(located)
    for place, ((number, found), (next_number, following)) in enumerate(zip(located, located[1:], strict=False)):
        first, last = found.expression, following.expression
        if not (isinstance(first, Calendar) and isinstance(last, Calendar)) or number != next_number:
            continue
        if first.year is not None or last.year is None or first.month is None or last.month is None:
            continue
        if not _RANGE_WORD.fullmatch(article[found.end : following.start]):
            continue
        year = last.year - 1 if first.month > last.month else last.year
        completed[place] = (number, found._replace(expression=Calendar(year, first.month, first.day)))
    return completed


def _moves_story(expression: Expression, told: bool) -> bool:
    """Whether the narrative's reference moves to this date: not for a decade or a century, nor for a
    look back ("two days earlier") that the story returns from, nor for a vague step ("years later"),
    nor, once the story has a date, for a year that names an event ("the 1917 General Strike")."""
    if isinstance(expression, Period):
        return False
    if isinstance(expression, Calendar) and expression.attributive and told:
        return False
    if isinstance(expression, Relative) and expression.unit == "century":
        return False  # "the next century": as the century it names, a frame, not a step
    if isinstance(expression, Relative) and expression.vague:
        return False  # "years later", "a few months after that": an aside, not the story's next step
    return not (isinstance(expression, Relative) and expression.shift < 0)


def _window(resolved: _Resolved, earliest: datetime.date) -> tuple[str, str]:
    """The first and last day as ISO text; before the common era, read from the value ("-0263")."""
    if resolved.earliest != datetime.date.min:
        return _real_iso(earliest), _real_iso(resolved.latest)
    days = [day for part in resolved.value.split("/") for day in _days_of(part)]
    return _signed_day(min(days)), _signed_day(max(days))


def _signed_day(day: tuple[int, int, int]) -> str:
    year, month, number = day
    return f"{_signed(year)}-{month:02}-{number:02}"


def _days_of(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day of a value before the common era ("-0047-08", "-02XX") as (year, month, day)."""
    match = re.fullmatch(r"(-?[\dX]{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if match is None:
        raise ValueError(value)
    low, high = int(match[1].replace("X", "0")), int(match[1].replace("X", "9"))
    first, last = (min(low, high), 1, 1), (max(low, high), 12, 31)
    if match[2] and int(match[2]) > 20:  # a season: its first and last month (a winter ends the next year)
        months = {21: (3, 0, 5), 22: (6, 0, 8), 23: (9, 0, 11), 24: (12, 1, 2)}[int(match[2])]
        ends = calendar.monthrange(2000 + (low + months[1]) % 400, months[2])[1]  # the same leap years as `low`
        return (low, months[0], 1), (low + months[1], months[2], ends)
    if match[2]:
        month = int(match[2])
        day = int(match[3]) if match[3] else None
        ends = calendar.monthrange(2000 + low % 400, month)[1]
        return (low, month, day or 1), (low, month, day or ends)
    return first, last


def _real_iso(day: datetime.date) -> str:
    return f"{_signed(_real_year(day))}-{day.month:02}-{day.day:02}"


def _signed(year: int) -> str:
    return f"-{-year:04}" if year < 0 else f"{year:04}"


def _resolve(expression: Expression, anchored: tuple[int, _Resolved] | None) -> _Resolved | None:
    if isinstance(expression, Period):
        if expression.first < 1:  # a century before the common era: its window is read from its value
            return _Resolved(expression.value, datetime.date.min, datetime.date.min, "period")
        start = datetime.date(expression.first, 1, 1)
        return _Resolved(expression.value, start, datetime.date(max(expression.last, 1), 12, 31), "period")
    if isinstance(expression, Range):
        first, last = _resolve(expression.first, anchored), _resolve(expression.last, anchored)
        if first is None or last is None:
            return None
        inferred = first.inferred or last.inferred
        return _Resolved(f"{first.value}/{last.value}", first.earliest, last.latest, "period", inferred)
    if isinstance(expression, Relative):
        return _relative(expression, anchored[1], anchored[0]) if anchored else None
    if isinstance(expression, Holiday):
        return _feast(expression, anchored[1] if anchored else None)
    if expression.year is not None:
        return _calendar(expression, expression.year)
    if anchored is None:
        return None  # a day or month the narrative has not dated yet: nothing from the clock
    reference = anchored[1]
    if expression.month is None and expression.season is None:  # "the 25th": the narrative's month
        if reference.precision not in ("day", "month"):
            return None
        date = Calendar(reference.earliest.year, reference.earliest.month, expression.day)
        if expression.day is not None and expression.day < reference.earliest.day:
            date = Calendar(*_next_month(reference.earliest), expression.day)
    else:
        date = _with_year(expression, reference)
    resolved = _calendar(date, date.year or 1)
    return resolved._replace(inferred=True) if resolved else None


_FIXED_FEASTS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14), "armistice day": (11, 11),
}  # fmt: skip
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


# Days of one year that the war named: "D-Day" only in a story of 1944 (other landings had theirs)
_NAMED_DAYS = {"d-day": datetime.date(1944, 6, 6), "ve day": datetime.date(1945, 5, 8)}


def _feast(holiday: Holiday, reference: _Resolved | None) -> _Resolved | None:
    if holiday.name in _NAMED_DAYS:
        day = _NAMED_DAYS[holiday.name]
        if holiday.name == "d-day" and (reference is None or reference.earliest.year != day.year):
            return None
        return _Resolved(_iso(day), day, day, "day")
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
    expression: Expression, number: int, last: tuple[int, _Resolved] | None, story_years: list[tuple[int, int]]
) -> bool:
    """Whether an explicit year jumps away from the narrative's only for a moment: more than a year
    from the narrative's year, when the next sentence that names a year comes back near the narrative's
    (within a year of it, or nearer to it than to the jump: "the War of 1812" in an 1863 story)."""
    year = _explicit_year(expression)
    if year is None or last is None:
        return False
    reference = _real_year(last[1].earliest)
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


_SIGNAL = re.compile(r"\b(by|until|till|since|from|before|after|prior to|in|on|during)\s+$", re.IGNORECASE)
_KEEP_SIGNAL = {"by", "until", "till", "since", "from", "before", "after", "prior to"}


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
