"""The years the article's story tells, read from its narrative: for a biography the subject's life,
otherwise the dense core of the dates its sentences give, with the far clusters split off (the world
before the story, a legacy long after it), and without the dates told at its edges (story_edges.py:
a setting told in the pluperfect before the story begins, an epilogue of how long a state lasted). A
happening dated wholly outside them is no event of the story's timeline: a coin struck, a film made,
a son's life after his father's death."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from vlasov_cli.core.dates import year_of
from vlasov_cli.features.draft.names import DraftPerson
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.spans import life_opening, lifespans
from vlasov_cli.features.draft.story_edges import told_around
from vlasov_cli.features.draft.timex import Mention

# Dates this many years apart or fewer belong to one stretch of the story; a stretch further from the
# story's core than the core is long ("Japan closed itself in 1639" before 1830-1868) is no part of it.
NEAR = 10
# A biography names its subject in a quarter of its sentences at least (the dev set's four: 36% to 58%).
SUBJECT_SHARE = 0.25


class Span(NamedTuple):
    earliest: str  # ISO days
    latest: str

    def holds(self, earliest: str, latest: str) -> bool:
        """Whether a window from `earliest` to `latest` reaches the span at all."""
        return latest >= self.earliest and earliest <= self.latest


def story_span(
    found: Sequence[Sentence],
    by_sentence: dict[int, list[Mention]],
    people: Sequence[DraftPerson],
    names: Collection[str] = (),
) -> Span | None:
    """The story's span, or None when the article gives no date to tell it by (`names`: the people's
    names, a life's parenthesis after one of them is a life)."""
    birth, death = _subject_life(found, by_sentence, people, names)
    if birth is not None and death is not None and birth <= death:
        return Span(f"{birth:04}-01-01", f"{death:04}-12-31")
    written = [
        mention
        for index in sorted(by_sentence)
        for mention in by_sentence[index]
        # a date the text writes whole, no part of a century ("the late 1700s"): it dates no happening
        if mention.anchor is None and not mention.inferred and "XX" not in mention.value
    ]
    edges = told_around(found, written, lambda narrative: _core(_years(narrative), None)[0])
    kept = [mention for mention in written if mention not in edges]
    years = _years(kept)
    if birth is not None:  # a life still told: from the birth on
        years = sorted([(max(first, birth), last) for first, last in years if last >= birth] + [(birth, birth)])
    if not years:
        return None
    first, last = _core(years, birth)
    if birth is None:
        last = _history_goes_on(found, kept, last)
    return Span(f"{first:04}-01-01", f"{_carried_on(kept, last):04}-12-31")


# What a legacy or a commemoration tells, not a later history: the present ("now controls", "is a
# historical site", "today"), a museum, a listing, a restoration, a film.
_LEGACY_WORDS = re.compile(
    r"\b(?:now|today|nowadays|currently|still|remains?|is|are|has|have|museums?|monuments?|memorials?|"
    r"heritage|UNESCO|designated|listed|restored|restorations?|renovat\w*|commemorat\w*|anniversary|statues?|"
    r"plaques?|touris[mt]s?|films?|filmed|filming|novels?|documented|legacy)\b",
    re.IGNORECASE,
)
# A section that tells the legacy, not the history: "Legacy", "In popular culture", "Museum", "Today".
_LEGACY_HEADING = re.compile(
    r"\b(?:legacy|culture|commemorations?|memorials?|museums?|heritage|tourism|today|preservation|"
    r"restoration|renovation|depictions?|media|film|fiction|historiography|remembrance)\b",
    re.IGNORECASE,
)


def _history_goes_on(found: Sequence[Sentence], mentions: Sequence[Mention], last: int) -> int:
    """The story's last year, carried on over the later stretches of years its history goes on to
    tell (a castle taken, then sold, then ceded, in the past tense), taken in the order of their
    years, up to the first told as a legacy: in the present, of a museum, a listing, a film, or under
    a "Legacy" heading. A year joins only when each of its dates is told as history, and the history
    goes on only over two later years or more, told in two sentences or more: a lone later date is an
    aside (a death long after, a later accident named for comparison)."""
    heading = ""
    under: dict[int, str] = {}
    for index, sentence in enumerate(found):
        if sentence.kind == "heading":
            heading = sentence.text
        under[index] = heading
    later = sorted(
        (mention for mention in mentions if year_of(mention.earliest) > last), key=lambda mention: mention.earliest
    )
    reached, joined = last, []
    for mention in later:
        if year_of(mention.earliest) <= reached:
            continue
        sentence = found[mention.sentence]
        if _LEGACY_WORDS.search(sentence.text) or _LEGACY_HEADING.search(under[mention.sentence]):
            break
        told = [other for other in later if year_of(other.earliest) == year_of(mention.earliest)]
        if any(_LEGACY_WORDS.search(found[other.sentence].text) for other in told):
            break
        reached = year_of(mention.latest)
        joined.append(mention)
    years = {year_of(mention.earliest) for mention in joined}
    return reached if len(years) >= 2 and len({mention.sentence for mention in joined}) >= 2 else last


def _carried_on(mentions: Sequence[Mention], last: int) -> int:
    """The story's last year, carried on over the later dates its narrative goes on to tell: when
    every one of them comes after the sentences of the core, in order, and two or more are whole
    days ("On March 1, 1889, ... sold the property"; "on December 30, 1898, the property was sold"),
    the story goes on past its dense core, not to a legacy told in years ("a statue raised in 1990")."""
    later = [mention for mention in mentions if year_of(mention.earliest) > last]
    core = [mention.sentence for mention in mentions if year_of(mention.earliest) <= last]
    if not later or not core or min(mention.sentence for mention in later) <= max(core):
        return last
    if sum(_DAY.fullmatch(mention.value) is not None for mention in later) < 2:
        return last
    return max(last, *(year_of(mention.latest) for mention in later))


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a whole day's date


def _years(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The mentions' windows as years, sorted."""
    return sorted((year_of(mention.earliest), year_of(mention.latest)) for mention in mentions)


def _core(years: list[tuple[int, int]], birth: int | None) -> tuple[int, int]:
    """The stretch of `years` (sorted windows, as years) holding the most dates, grown by the
    stretches beside it that lie no further from it than it is long; a life's stretch runs from the
    birth."""
    stretches: list[list[tuple[int, int]]] = []
    for window in years:
        if stretches and window[0] - max(last for _, last in stretches[-1]) <= NEAR:
            stretches[-1].append(window)
        else:
            stretches.append([window])
    bounds = [(min(first for first, _ in part), max(last for _, last in part)) for part in stretches]
    core = max(range(len(stretches)), key=lambda number: len(stretches[number]))
    low = high = core
    if birth is not None:
        low = 0  # the birth is the first stretch
    first, last = bounds[low][0], max(bound[1] for bound in bounds[low : high + 1])
    while True:
        if low > 0 and first - bounds[low - 1][1] <= last - first:
            low -= 1
            first = bounds[low][0]
        elif high + 1 < len(bounds) and bounds[high + 1][0] - last <= last - first:
            high += 1
            last = max(last, bounds[high][1])
        else:
            return first, last


def _subject_life(
    found: Sequence[Sentence],
    by_sentence: dict[int, list[Mention]],
    people: Sequence[DraftPerson],
    names: Collection[str],
) -> tuple[int | None, int | None]:
    """The years of the article's subject's birth and death (either None when not told): the life in
    parentheses after the name that opens the article ("Bhagat Singh (27 September 1907 – 23 March
    1931) was..."), else the birth ("Powell was born on April 5, 1937") and death the text tells of the
    person it names most."""
    opening = next((index for index, sentence in enumerate(found) if sentence.kind == "text"), None)
    if opening is not None:
        mentions, lives = lifespans(found[opening], by_sentence.get(opening, []), names)
        born = [mention for mention in mentions if lives.get((mention.start, mention.end), "").endswith(" was born")]
        died = [mention for mention in mentions if lives.get((mention.start, mention.end), "").endswith(" died")]
        if born and died:
            return year_of(born[0].earliest), year_of(died[0].latest)
        sentence = found[opening]
        alive = [  # "Colin Powell (born April 5, 1937) is..."
            mention
            for mention in mentions
            if re.search(r"(?:born|b\.)\s*$", sentence.text[: mention.start - sentence.start])
            and life_opening(sentence.text[: mention.start - sentence.start])
        ]
        if alive:
            return year_of(alive[0].earliest), None
    told_sentences = sum(sentence.kind == "text" for sentence in found)
    subject = max(people, key=lambda person: len(person.sentences), default=None)
    if subject is None or len(subject.sentences) < SUBJECT_SHARE * told_sentences:
        return None, None  # no one the article is about: a general's birth dates no war's story
    forms = "|".join(re.escape(form) for form in sorted({subject.name, *subject.aliases}, key=len, reverse=True))
    told: dict[str, int | None] = {"born": None, "died": None}
    for index in subject.sentences:
        sentence = found[index]
        for said in re.finditer(rf"\b(?:{forms})\s+(?:was\s+(born)|(died))\b", sentence.text):
            dates = [mention for mention in by_sentence.get(index, []) if mention.start - sentence.start > said.end()]
            word = said[1] or said[2]
            if dates and told[word] is None and dates[0].anchor is None:
                told[word] = year_of(dates[0].earliest if word == "born" else dates[0].latest)
    return told["born"], told["died"]
