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
    0363-09      a year below 1000, written with four digits: with an era mark ("AD 363"), in a full
                 date, before a death in a life's parenthesis ("331 – 17 February 364"), and in a story
                 whose years are mostly such, after a month or a word asking for a time ("In September
                 363 Jovian", "the campaign of 361"; timex_era)

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
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.sentences import sentences as split_sentences
from vlasov_cli.features.draft.timex_bounds import bounded, names_an_event, narrowed, side
from vlasov_cli.features.draft.timex_era import before_christ, era, era_years, of_the_era_before_christ
from vlasov_cli.features.draft.timex_resolve import Resolved, real, real_year, resolve, window_days
from vlasov_cli.features.draft.timex_rules import (
    CONTEXT,
    Calendar,
    Expression,
    Found,
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


# --- The narrative --------------------------------------------------------------------------------


@dataclass
class _Narrative:
    """What the story has told so far: its last date (the reference), and the last date of the
    sentence being read."""

    last: tuple[int, Resolved] | None = None
    sentence: int = -1
    in_sentence: tuple[int, Resolved] | None = None
    recent: tuple[int, Resolved] | None = None  # the story's last date, set the scene or not
    recent_sentence: int = -1
    # The story's date before a sentence that looked ahead ("... a war beginning January 16, 1991 and
    # ending February 28, 1991."), which a day told next without its year may go back to ("On August 28")
    before_sentence: tuple[int, Resolved] | None = None
    summary: tuple[int, Resolved] | None = None

    def anchor(self, sentence: int, expression: Expression) -> tuple[int, Resolved] | None:
        if sentence == self.sentence and self.in_sentence:
            return self.in_sentence
        # "... automated the light in 1897. They moved ashore in the summer of that year.": a relative
        # date refers to the date just told, though a year in mid-sentence does not move the story.
        if isinstance(expression, Relative) and self.recent and self.recent_sentence >= sentence - 1:
            return self.recent
        # "in 361, escorted his remains. [...] the campaign of the same year": the year last told, however far
        if isinstance(expression, Relative) and self.recent and expression.unit == "year" and expression.shift == 0:
            return self.recent
        return self.last


# "on 20 March, three days before his execution": the day a death the article dates was three days after
_BEFORE_A_DEATH = re.compile(
    r"^,?\s+(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+(?P<side>before|after)\s+"
    r"(?:his|her|their|the)\s+(?:execution|death|hanging|assassination|murder)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = "one two three four five six seven eight nine ten".split()


def _dated_by_a_death(expression: Expression, after: str, mentions: list[Mention]) -> Calendar | None:
    """A day told without its year as some days before or after a death ("on 20 March, three days before
    his execution") completed with the year of the one day told before it that is that many days on (23
    March 1931); None when it is no such day, or the article told no such day or several."""
    told = _BEFORE_A_DEATH.match(after)
    if told is None or not isinstance(expression, Calendar) or expression.year is not None or not expression.day:
        return None
    count = told["count"]
    days = int(count) if count.isdigit() else _COUNT_WORDS.index(count.lower()) + 1
    step = datetime.timedelta(days=days if told["side"].lower() == "before" else -days)
    years = set()
    for mention in mentions:
        if mention.earliest == mention.latest and not mention.earliest.startswith("-"):
            day = datetime.date.fromisoformat(mention.earliest) - step
            if (day.month, day.day) == (expression.month, expression.day):
                years.add(day.year)
    return Calendar(years.pop(), expression.month, expression.day) if len(years) == 1 else None


def _explicit_year(expression: Expression) -> int | None:
    if isinstance(expression, Calendar) and expression.year is not None and not expression.attributive:
        return expression.year
    if isinstance(expression, Range) and expression.first.year is not None:
        return expression.first.year
    return None


def find_dates(article: str, sentences: Sequence[Sentence] | None = None) -> list[Mention]:
    """Every date expression of the article, in order, with its value resolved against the narrative."""
    found_sentences = list(sentences) if sentences is not None else split_sentences(article)
    located = _located(found_sentences)
    written = [year for _, found in located if (year := _explicit_year(found.expression)) is not None]
    story_era = era(written)
    if story_era is not None:  # a story told before 1000: its three-digit years read again, as years
        located = _located(found_sentences, story_era)
    if before_christ(written):
        located = [(number, of_the_era_before_christ(found, article)) for number, found in located]
    # The explicit years of the narrative, in order: to tell a flashback from a move of the story
    story_years = [
        (number, year)
        for number, found in located
        if found_sentences[number].kind == "text" and (year := _explicit_year(found.expression)) is not None
    ]
    located = _years_from_range_ends(article, located)
    # The days and months told without their year, in order: a story going on from a jump to a day
    yearless = [
        (number, found.expression)
        for number, found in located
        if found_sentences[number].kind == "text"
        and isinstance(found.expression, Calendar)
        and found.expression.year is None
        and found.expression.month is not None
    ]
    mentions: list[Mention] = []
    narrative = _Narrative()
    sides: dict[int, str] = {}  # the mentions told before or after their date
    for number, found in located:
        in_story = found_sentences[number].kind == "text" or _is_date_heading(found_sentences[number], found)
        expression = found.expression
        if isinstance(expression, Relative) and expression.of_event and narrative.sentence == number:
            continue  # "finished in 1174, four years after Becket was murdered": from an event, not 1174
        if isinstance(expression, Relative) and expression.vague and expression.shift < 0:
            aside = found_sentences[number].text[: found.start - found_sentences[number].start]
            if _PAST_PERFECT.search(aside[-4 * CONTEXT :]):
                continue  # "where the nation had been near collapse days earlier": a state before, no day of it
        if number != narrative.sentence:
            narrative.before_sentence = narrative.last
        by_a_death = _dated_by_a_death(expression, article[found.end : found.end + CONTEXT], mentions)
        if by_a_death is not None:
            found = found._replace(expression=by_a_death)
        anchored = narrative.anchor(number, found.expression)
        if number != narrative.sentence:
            anchored = _back_from_a_look_ahead(expression, narrative, anchored)
        try:
            resolved = resolve(found.expression, anchored)
        except (ValueError, OverflowError):  # a shift out of the calendar datetime knows (before AD 1)
            resolved = None
        if resolved is None:
            continue
        resolved = real(resolved)._replace(inferred=resolved.inferred or by_a_death is not None)
        earliest = resolved.earliest
        if isinstance(found.expression, Calendar) and _starts_with_by(article, found.start):
            earliest = _reach_back(resolved, narrative.last)
        elif _LATER_IN.search(article, max(0, found.start - 12), found.start) and resolved.precision == "year":
            earliest = _from_the_story(resolved, narrative.last)
        first_day, last_day = narrowed(
            article[found.start : found.end],
            *window_days(resolved, earliest),
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
                naming=_names_a_thing(expression, article[max(0, found.start - 40) : found.start])
                or _names_an_older_thing(
                    expression, article[max(0, found.start - 120) : found.start], resolved, narrative.before_sentence
                ),
                from_event=isinstance(expression, Relative) and expression.of_event,
            )
        )
        if resolved.earliest == datetime.date.min:
            continue  # a century before the common era dates nothing after it
        dated_before = narrative.sentence == number
        looks_back = dated_before and narrative.in_sentence is not None and _looks_back(resolved, narrative.in_sentence)
        narrative.sentence, narrative.in_sentence = number, (index, resolved)
        aside = found_sentences[number].text[: found.start - found_sentences[number].start]
        where = side(aside, mentions[index].text) if isinstance(expression, Calendar) else ""
        if where:
            sides[index] = where
        moves = (
            not where
            and _moves_story(found.expression, narrative.last is not None)
            and not looks_back
            and not _is_aside(aside, resolved, dated_before, narrative.last)
            and not (isinstance(expression, Relative) and _PLAN.search(aside))
        )
        # "the Battle of Marengo (1800)": the year in parentheses is the battle's, and the story's
        named = isinstance(expression, Calendar) and expression.month is None and names_an_event(aside)
        if in_story and moves and (aside.count("(") <= aside.count(")") or named):
            narrative.recent, narrative.recent_sentence = (index, resolved), number
        if (
            in_story
            and moves
            and (named or _sets_the_scene(found, found_sentences[number], narrative.last))
            and (
                not _is_flashback(found.expression, number, narrative.last, story_years)
                or _goes_on_from(resolved, number, story_years, yearless)
            )
        ):
            _note_a_look_ahead(narrative, index, resolved, mentions)
            narrative.last = (index, resolved)
            mentions[index] = mentions[index]._replace(story=True)
    return bounded(mentions, sides)


def _located(found_sentences: Sequence[Sentence], years: tuple[int, int] | None = None) -> list[tuple[int, Found]]:
    """Every sentence's date expressions, in order; `years`: the era of a story told before 1000."""
    located: list[tuple[int, Found]] = []
    for number, sentence in enumerate(found_sentences):
        if sentence.kind in ("byline", "navigation"):
            continue
        found = candidates(sentence.text, sentence.start)
        if years is not None:
            found.extend(era_years(sentence.text, sentence.start, years))
        located.extend((number, expression) for expression in longest_first(found))
    return located


LOOK_AHEAD_DAYS = 30
_WAR_OF = re.compile(r"\bWar\s+of\s+$")
_THE_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.IGNORECASE)
# "the Defence of India Act 1915": a statute's year written after its name, as British law names them
_ACT_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*\s+Act\s+$")


def _names_a_thing(expression: Expression, before: str) -> bool:
    """Whether a year is part of a name, no date of what the sentence tells: "the 1778 Treaty of
    Alliance", "the 1970 election", "the War of 1812", "the Defence of India Act 1915" (but "a 1929
    silent film" was made in 1929)."""
    if not isinstance(expression, Calendar) or expression.month is not None or expression.season is not None:
        return False
    return (
        (expression.attributive and _THE_BEFORE.search(before) is not None)
        or _WAR_OF.search(before) is not None
        or _ACT_BEFORE.search(before) is not None
    )


# "recognized the land captured by the treaties of Campo Formio (" and "... (1797) and Lunéville (": a
# treaty, a battle or a war named inside a sentence, its year in parentheses after its name.
_NAME_WORDS = r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'\u2019.-]*)*"
_NAMED_INSIDE = re.compile(
    r"\b[a-z]+\s+(?:the\s+|its\s+|their\s+)?(?:earlier\s+|former\s+|previous\s+)?"
    r"(?:[Tt]reat(?:y|ies)|[Pp]eaces?|[Bb]attles?|[Ww]ars?|[Cc]onventions?|[Aa]greements?|[Aa]ccords?)\s+"
    rf"(?:of|at)\s+{_NAME_WORDS}\s*(?:\(\d{{3,4}}\)\s*,?\s*(?:and\s+)?(?:(?:of|at)\s+)?{_NAME_WORDS}\s*)*\($"
)


def _names_an_older_thing(
    expression: Expression, before: str, resolved: Resolved, story: tuple[int, Resolved] | None
) -> bool:
    """Whether a year in parentheses dates an older treaty, battle or war the sentence names inside it,
    no happening of the sentence ("In December 1805 Austria recognized the land captured by the
    treaties of Campo Formio (1797) and Lunéville (1801)"): earlier than the year the story has reached."""
    if not isinstance(expression, Calendar) or expression.month is not None or story is None:
        return False
    return _NAMED_INSIDE.search(before) is not None and resolved.latest.year < story[1].earliest.year


def _note_a_look_ahead(narrative: _Narrative, index: int, resolved: Resolved, mentions: list[Mention]) -> None:
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


def _explicit_day(resolved: Resolved) -> bool:
    return resolved.precision == "day" and not resolved.inferred


def _back_from_a_look_ahead(
    expression: Expression, narrative: _Narrative, anchored: tuple[int, Resolved] | None
) -> tuple[int, Resolved] | None:
    """The date a day or month without its year is told from: the story's before a summary that looked
    ahead, when that puts it nearer after its reference ("On August 28" after "August 2, 1990" and a
    summary of the war to February 1991 is August 28, 1990)."""
    summary = narrative.summary
    if summary is None or anchored is None or not isinstance(expression, Calendar) or expression.year is not None:
        return anchored
    if expression.month is None:
        return anchored
    back, ahead = resolve(expression, summary), resolve(expression, anchored)
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


def _is_aside(before: str, resolved: Resolved, dated_before: bool, last: tuple[int, Resolved] | None) -> bool:
    """Whether a date is told aside, so that the story neither moves to it nor counts from it: in a clause
    that tells more of a date just given ("On September 22 Lincoln issued it, which took effect on January
    1, 1863"), or a look back in the past perfect ("Rommel had gone home on 4 June", after 6 June)."""
    if dated_before and _WHICH_CLAUSE.match(before, max(0, before.rfind(","))):
        return True
    return bool(last and resolved.latest < last[1].earliest and _PAST_PERFECT.search(before[-4 * CONTEXT :]))


def _looks_back(resolved: Resolved, told: tuple[int, Resolved]) -> bool:
    """Whether a date ends before one its sentence told first: a look back ("In August 1805, Napoleon,
    Emperor since December of the previous year, turned ..."), which the story does not move to."""
    return resolved.latest < told[1].earliest


# "They decided to catch the train early the next morning": the day a plan was made for is not a day the
# story has reached; a "next day" told after it counts from the day the plan was made, as the plan's does.
_PLAN = re.compile(r"\b(?:decided|planned|agreed|arranged|resolved|intended|promised)\s+to\s+[^.;]*$", re.IGNORECASE)


_SCENE_OPENING = re.compile(
    r"^\W*(?:(?:in|by|from|during|until|till|after|before|since|early|late|mid|throughout|between|around|about|"
    r"circa|c\.|and|but|then|also)\s+)*(?:the\s+)?(?:year\s+)?-?$",
    re.IGNORECASE,
)


def _sets_the_scene(found: Found, sentence: Sentence, last: tuple[int, Resolved] | None) -> bool:
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
    if expression.year == real_year(last[1].latest) + 1:  # "... on 12 December 1942. It was disbanded in 1943."
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


def _is_flashback(
    expression: Expression, number: int, last: tuple[int, Resolved] | None, story_years: list[tuple[int, int]]
) -> bool:
    """Whether an explicit year jumps away from the narrative's only for a moment: more than a year
    from the narrative's year, when the next sentence that names a year comes back near the narrative's
    (within a year of it, or nearer to it than to the jump: "the War of 1812" in an 1863 story)."""
    year = _explicit_year(expression)
    if year is None or last is None:
        return False
    reference = real_year(last[1].earliest)
    if abs(year - reference) <= 1:
        return False
    place = bisect.bisect_right(story_years, (number, float("inf")))  # the first year of a later sentence
    if place == len(story_years):
        return False
    later = story_years[place][1]
    return abs(later - reference) <= 1 or abs(later - reference) < abs(later - year)


def _goes_on_from(
    resolved: Resolved, number: int, story_years: list[tuple[int, int]], yearless: list[tuple[int, Calendar]]
) -> bool:
    """Whether the story goes on from a day or month it jumped to, though a later year comes back near
    the year it left: the next date told after it, before any year, is a day or month without its year
    that falls after it ("between 31 October and 30 November 1814" after a summary ending in 1816, then
    "He occupied the town on 27 December": 1814's), not one that would fall before it (the story's own)."""
    if resolved.precision not in ("day", "month") or resolved.inferred:
        return False
    place = bisect.bisect_right(story_years, (number, float("inf")))
    later = story_years[place][0] if place < len(story_years) else None
    following = next(
        (expression for sentence, expression in yearless if number < sentence and (later is None or sentence < later)),
        None,
    )
    if following is None:
        return False
    completed = resolve(following, (0, resolved))
    return completed is not None and resolved.latest < completed.earliest


def _starts_with_by(article: str, start: int) -> bool:
    return re.search(r"\b[Bb]y\s+$", article[max(0, start - 4) : start]) is not None


_LATER_IN = re.compile(r"\blater\s+in\s+$", re.IGNORECASE)


def _from_the_story(resolved: Resolved, last: tuple[int, Resolved] | None) -> datetime.date:
    """ "later in 1816", told after 4 March 1816: from the narrative's date to the year's end."""
    if last is None or not resolved.earliest <= last[1].earliest <= resolved.latest:
        return resolved.earliest
    return last[1].earliest


def _reach_back(resolved: Resolved, last: tuple[int, Resolved] | None) -> datetime.date:
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
