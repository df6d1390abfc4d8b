"""A draft bank composed from an article: its title and author, an event for each date a sentence
gives, the people and terms it names; each entry marked `draft:` with a confidence, each quote a
verbatim part of the article, so that `check` accepts the bank as written."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from vlasov_cli.core.dates import parse_window, year_of
from vlasov_cli.core.lint import NO_SUBJECT
from vlasov_cli.core.years import year_matches
from vlasov_cli.features.draft.deed_roles import told_apart
from vlasov_cli.features.draft.doubts import doubt
from vlasov_cli.features.draft.entries import person_entry, slug, surname, term_entries, unique_ids
from vlasov_cli.features.draft.names import DraftPerson, find_people, find_terms
from vlasov_cli.features.draft.relative_dates import absolute_title, relative_title
from vlasov_cli.features.draft.roles_given import with_told_roles
from vlasov_cli.features.draft.same_happening import judgement, lives_told_once, one_per_happening
from vlasov_cli.features.draft.sentences import Sentence, paragraphs, sentences
from vlasov_cli.features.draft.spans import lifespans, parenthesised, ranges, until_ranges, window_text
from vlasov_cli.features.draft.story import story_span
from vlasov_cli.features.draft.terms_same import settle
from vlasov_cli.features.draft.timex import Mention, find_dates
from vlasov_cli.features.draft.titles import COORDINATED, event_title, joins_clauses, subject_of
from vlasov_cli.features.draft.titles_dated import ended_state
from vlasov_cli.features.draft.titles_refer import Hero, hero_of, listed_title, referred, told_of_hero, with_openers
from vlasov_cli.features.draft.titles_verbs import has_verb
from vlasov_cli.features.draft.untold import dates_an_order, story_sentences

# How sure a drafted event is of its date: written whole, its year from the narrative, or reckoned
# from another date. A sentence that gives no date is no event: a reader could not date it either.
CONFIDENCE = {"absolute": 0.9, "inferred": 0.7, "relative": 0.6}
# Terms found on weaker evidence are mostly words that merely begin with a capital ("Smaller KONR").
LONGEST_LABEL = 32
_YEAR_WRITTEN = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_SUBORDINATE = re.compile(r"(?:while|whereas)\b", re.IGNORECASE)
_DATE_OPENER = re.compile(r"\W*(?:(?:in|on|by|during|early|late)\s+)?(?:the\s+)?[\s,]*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:\u2014]\s|\s[\u2013-]\s")
_DANGLING = re.compile(r"(?:\s+(?:at|in|on|of|by|from|to|until|about|around|some|the|and|or))+$", re.IGNORECASE)
_SPLIT = re.compile(r"\s+(?:and|but|while|whereas)\s+|,\s+(?=(?:who|which|and|but|while|then)\s)|;\s+")
_OWN_SPLIT = re.compile(rf"{_SPLIT.pattern}|,?\s+where\s+")
_WHERE = re.compile(r",?\s*where\s+")
_FIRST_VERB = re.compile(r"(?:\S+\s+){1,3}?(?:was|were|lived|stayed|remained|[a-z]+ed)\b")
_PREPOSITION = re.compile(r"(?:(?:on|in|by|during|at)\s+)?(?:the\s+)?")
_RELATIVE_OPENING = re.compile(r",\s+(?:who|which)\s+")
CENTURY = 99  # a window of this many years or more is a century's


class Draft(NamedTuple):
    meta: dict[str, str]
    people: list[dict[str, Any]]
    events: list[dict[str, Any]]
    terms: list[dict[str, Any]]


def compose(article: str, source_name: str, title: str = "") -> Draft:
    """The draft bank of `article`, whose text the bank will find in `source_name`."""
    found = sentences(article)
    mentions = find_dates(article, found)
    people = find_people(article, found)
    forms = {form for person in people for form in (person.name, *person.aliases)}
    terms = settle(find_terms(article, found, people), article, forms, found)
    meta = {"title": title or article_title(article, source_name), "source": source_name}
    author = article_author(article)
    if author:
        meta["author"] = author
    taken: set[str] = set()  # ids are unique across people, terms and events
    person_ids = unique_ids([slug(surname(person)) for person in people], taken)
    drafted_terms = term_entries(terms, found, taken)
    subject = next((person for person in people if _names_in(person.name, meta["title"])), None)
    return Draft(
        meta,
        told_apart(
            with_told_roles(
                [
                    person_entry(person, person_id, found, author, subject, _possessive(article), people)
                    for person, person_id in zip(people, person_ids, strict=True)
                ]
            ),
            people,
            found,
        ),
        _events(
            story_sentences(found, author), mentions, people, person_ids, taken, _hero(article, meta["title"], people)
        ),
        drafted_terms,
    )


def _names_in(name: str, title: str) -> bool:
    """Whether the article's title names this person (a life's article: "Bal Gangadhar Tilak")."""
    return re.search(rf"\b{re.escape(name)}\b", title, re.IGNORECASE) is not None


def _possessive(article: str) -> str:
    """The possessive the article's subject is told with: "his" unless "she" is the commoner."""
    he, she = (len(re.findall(rf"\b{word}\b", article, re.IGNORECASE)) for word in ("he", "she"))
    return "her" if she > he else "his"


def _hero(article: str, title: str, people: Sequence[DraftPerson]) -> Hero | None:
    return hero_of(article, title, [(person.name, *person.aliases) for person in people])


def article_title(article: str, source_name: str) -> str:
    """The article's own title (a heading before anything else, or before its byline), else its
    file's name made readable."""
    for paragraph in paragraphs(article)[:2]:
        if paragraph.kind == "heading":
            return paragraph.text.lstrip("\ufeff")  # (a byte order mark is no part of a title)
        if paragraph.kind != "byline":
            break
    stem = source_name.rsplit(".", 1)[0]
    words = re.sub(r"[_-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"


def article_author(article: str) -> str:
    """Who the byline ("By Wil Deac") names, or ""."""
    for paragraph in paragraphs(article)[:3]:
        if paragraph.kind == "byline":
            return paragraph.text.split(None, 1)[1].strip()
    return ""


# Events.


def _events(
    found: Sequence[Sentence],
    mentions: Sequence[Mention],
    people: Sequence[DraftPerson],
    person_ids: list[str],
    taken: set[str],
    hero: Hero | None = None,
) -> list[dict[str, Any]]:
    """An event for each date a sentence of the story gives (a title's "He" told as the `hero`'s name)."""
    # A bank's dates begin at year 1: a date before the common era is listed by --dates, dated no event.
    # ("before 1860" with no earlier date of the story: a reader could not date it either)
    # A span of centuries dates no happening a timeline can show ("from the 7th-14th centuries"), nor a
    # year in a name, nor a step from an event the narrative never dated ("seven years after the war
    # ended"); one century the text names is a window ("In the eighth century, the Karkota Empire rose").
    common_era = [
        mention
        for mention in mentions
        if not mention.earliest.startswith("-")
        and not mention.open
        and not mention.naming
        and not mention.from_event
        and (year_of(mention.latest) - year_of(mention.earliest) < CENTURY or _one_century(mention, found))
    ]
    by_sentence: dict[int, list[Mention]] = {}
    for mention in common_era:
        if found[mention.sentence].kind in ("text", "caption"):
            by_sentence.setdefault(mention.sentence, []).append(mention)
    # The story's span: a happening dated wholly outside it (a legacy, the world long before) is no event
    # of its timeline; a sentence that names a person stays among their facts.
    forms = {person_id: (person.name, *person.aliases) for person, person_id in zip(people, person_ids, strict=True)}
    names = {form for person_forms in forms.values() for form in person_forms}
    span = story_span(found, by_sentence, people, names)
    for index, mentions_of_a_line in _list_lines(found, common_era, names).items():
        by_sentence[index] = mentions_of_a_line
    named_in: dict[int, list[str]] = {index: [] for index in range(len(found))}
    for person, person_id in zip(people, person_ids, strict=True):
        for index in person.sentences:
            named_in[index].append(person_id)
    events: list[dict[str, Any]] = []
    for index, sentence in enumerate(found):
        in_sentence, lives = lifespans(sentence, by_sentence.get(index, []), names)
        in_sentence, reaching = until_ranges(sentence, ranges(sentence, in_sentence))
        dating = _dating(in_sentence, set(lives), parenthesised(sentence, in_sentence), reaching)
        dating = [mention for mention in dating if not dates_an_order(sentence, mention.start)]
        told = [_event(sentence, in_sentence, mention, mentions, found) for mention in dating]
        for place, (event, mention) in enumerate(zip(told, dating, strict=True)):
            if span is not None and not span.holds(mention.earliest, mention.latest):
                told[place] = None
            elif span is not None and mention.earliest < span.earliest and mention.latest > span.latest:
                told[place] = None  # a century around the whole story is its setting ("In the 19th century, ...")
            elif event is not None and (mention.start, mention.end) in lives:
                event["title"] = lives[(mention.start, mention.end)]
                event["life"] = True
        # A title's "It", "This agreement", "there" told by the name the text gives them
        previous = found[index - 1].text if index and found[index - 1].paragraph == sentence.paragraph else ""
        for event, mention in zip(told, dating, strict=True):
            if event is not None and (mention.start, mention.end) not in lives:
                at = (sentence.text, mention.start - sentence.start, mention.end - sentence.start)
                clause = relative_title(*at) or absolute_title(*at)
                event["title"], event["clause"] = clause or event["title"], bool(clause)
                event["title"] = referred(event["title"], sentence.text, previous, names, subject_of(sentence.text))
                event["title"] = told_of_hero(event["title"], sentence.text, previous, hero)
        # A clause that does not say who or what ("Then to the United States"), or a list's item whose verb no
        # head gives, is no event a reader can place: left out, as check would warn of its title. (An inversion,
        # "Only on June 8 did the dictator admit...", has its subject: it is kept for the reviewer to reword.)
        titled = [
            event
            for event in told
            if event is not None
            and event["title"]
            and not (NO_SUBJECT.match(event["title"]) and not re.match(r"Did (?!not\b)", event["title"]))
        ]
        for event in _one_per_title(titled):
            named = sorted(set(named_in[index]), key=named_in[index].index)  # a clause's: only whom it names
            clause = event.pop("clause", False)
            event["people"] = [
                one for one in named if not clause or any(_names_in(f, event["title"]) for f in forms[one])
            ]
            deed = _deed(event, forms) if len(event["people"]) == 1 and event["draft"] >= DEED_CONFIDENCE else ""
            if deed:
                event["deed"] = deed
            events.append(event)
    events = [event for event in lives_told_once(events) if not judgement(event["title"])]
    events = with_openers(one_per_happening(events), forms)
    for event, event_id in zip(events, unique_ids([slug(event["title"]) for event in events], taken), strict=True):
        event["id"] = event_id
    return [{"id": event.pop("id"), **event} for event in events]


# A who-question asks of an event dated by its own words (not one told after a date, or reckoned).
DEED_CONFIDENCE = CONFIDENCE["inferred"]
_DEED = re.compile(r"[a-z][a-z\-]+\b")
_NOT_DEEDS = re.compile(r"(?:'s|’s|and|or|was\s+born|is|are|were|had|has|said)\b")


def _deed(event: dict[str, Any], forms: dict[str, tuple[str, ...]]) -> str:
    """What the event's one person did, when its title begins with their name and a verb ("Powell
    announced his resignation" -> "announced his resignation"), for "Who announced his
    resignation?"; "" when the title does not say it so ("Powell's term...", "Powell and...")."""
    title = event["title"]
    for form in sorted(forms[event["people"][0]], key=len, reverse=True):
        if title.startswith(f"{form} "):
            rest = title[len(form) + 1 :]
            vague = len(rest.split()) <= 2 and re.search(r"\b(?:his|her|their|its)\b", rest)
            if _DEED.match(rest) and not _NOT_DEEDS.match(rest) and not rest.endswith("\u2026") and not vague:
                return rest  # (not "won his": whose, the question cannot say)
            return ""
    return ""


def _one_per_title(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A sentence's events, one per title: the first date of a clause that gives several dates it
    ("In 1888 and again in 1889, he was a delegate": 1888; two events of one title could not be told
    apart on a timeline, nor put in order)."""
    kept: dict[str, dict[str, Any]] = {}
    for event in events:
        kept.setdefault(event["title"], event)
    return list(kept.values())


def _list_lines(found: Sequence[Sentence], mentions: Sequence[Mention], names: set[str]) -> dict[int, list[Mention]]:
    """The births and deaths of a list's lines, a name and its years alone ("Prince Omar Bey (1904-1938)"),
    by sentence: such a line is no heading, though it looks like one."""
    by_line: dict[int, list[Mention]] = {}
    for mention in mentions:
        if found[mention.sentence].kind == "heading" and found[mention.sentence].text.endswith(")"):
            by_line.setdefault(mention.sentence, []).append(mention)
    lives: dict[int, list[Mention]] = {}
    for index, in_line in by_line.items():
        told, titles = lifespans(found[index], in_line, names)
        if told and all((mention.start, mention.end) in titles for mention in told):
            lives[index] = in_line
    return lives


def _dating(
    in_sentence: list[Mention],
    lives: Collection[tuple[int, int]] = (),
    own: Collection[tuple[int, int]] = (),
    reaching: Collection[tuple[int, int]] = (),
) -> list[Mention]:
    """The mentions of one sentence that date something of their own: not one whose window holds
    another's ("in 1942, on March 18"; a life's years aside), nor one whose window another gave already.
    Years in a parenthesis of their own date the name before them, whatever another parenthesis holds
    ("the Sudan campaign (1884–1885) and the Third Burmese War (November 1885)"), as does a window
    `reaching` back to the sentence's earlier date ("in August 1897 … until December 1899")."""
    kept: list[Mention] = []
    for mention in in_sentence:
        window = (mention.earliest, mention.latest)
        alone = (mention.start, mention.end) in own
        inside = (mention.start, mention.end) not in reaching and any(
            other is not mention
            and (other.start, other.end) not in lives
            and not (alone and (other.start, other.end) in own)
            and mention.earliest <= other.earliest <= other.latest <= mention.latest
            and (other.earliest, other.latest) != window
            for other in in_sentence
        )
        if not inside and window not in [(other.earliest, other.latest) for other in kept]:
            kept.append(mention)
    return kept


def _event(
    sentence: Sentence,
    in_sentence: list[Mention],
    mention: Mention,
    mentions: Sequence[Mention],
    found: Sequence[Sentence],
) -> dict[str, Any] | None:
    date = edtf_of(mention)
    if date is None:
        return None
    window = parse_window(date)
    told = _quote_and_title(sentence, in_sentence, mention, window.earliest[:4], window.latest[:4])
    if told is None or not told[1]:  # "In 2004," | "the intelligence brought before the UN in 2003..."
        told = _quote_and_title(sentence, in_sentence, mention, window.earliest[:4], window.latest[:4], True)
    if told is None or not told[1]:
        return None
    quote, title = told
    kind = "relative" if mention.anchor is not None else "inferred" if mention.inferred else "absolute"
    event: dict[str, Any] = {"id": "", "draft": CONFIDENCE[kind], "date": date, "title": title}
    label = mention.label.strip()
    in_text = [(mention.start - sentence.start, mention.end - sentence.start)]
    if ended_state(sentence.text, in_text) is not None:
        label = ""  # "until 1886" is the state's; the title tells what happened in 1886 ("was no longer legal")
    if label and len(label) <= LONGEST_LABEL and _says_more(label, kind):
        if not (window.precision == "day" and _restates(label)):
            event["label"] = label
    if kind != "absolute":
        event["inferred"] = True
    if mention.anchor is not None:
        anchor = mentions[mention.anchor]
        event["date_quote"] = found[anchor.sentence].text
        event["note"] = f"“{mention.text}”, reckoned from “{anchor.text}”, is {date}."
    elif mention.inferred:
        event["note"] = f"“{mention.text}”: the year comes from the narrative around it."
    event["quote"] = quote
    spans = [(other.start - sentence.start, other.end - sentence.start) for other in in_sentence]
    doubted = doubt(sentence.text, (mention.start - sentence.start, mention.end - sentence.start), spans, quote)
    if doubted and kind != "relative":  # asked as this date's alone, it would be half the answer or another's
        event["draft"], event["note"] = CONFIDENCE["inferred" if kind == "absolute" else "relative"], doubted
    return event


def _quote_and_title(
    sentence: Sentence,
    in_sentence: list[Mention],
    mention: Mention,
    first_year: str,
    last_year: str,
    whole: bool = False,
) -> tuple[str, str] | None:
    """The event's quote and its title, from the clauses `_clause` gives."""
    (quote_start, quote_end), (title_start, title_end) = _clause(
        sentence, mention, first_year, last_year, shared=len(in_sentence) > 1, whole=whole
    )
    if quote_end <= quote_start:
        return None
    quote = sentence.text[quote_start - sentence.start : quote_end - sentence.start]
    spans = [(other.start - sentence.start, other.end - sentence.start) for other in in_sentence]
    listed = listed_title(
        sentence.text, spans, sorted(spans).index((mention.start - sentence.start, mention.end - sentence.start))
    )
    if listed is not None:  # "Great Britain granted belligerent status on May 13, 1861, Spain on June 17, ..."
        return quote, listed
    told = sentence.text[title_start - sentence.start : title_end - sentence.start]
    others = [other for other in in_sentence if title_start <= other.start and other.end <= title_end]
    all_of_it = event_title(
        told, [(other.start - title_start, other.end - title_start) for other in others], sentence.text
    )
    low, high = _own_part(told, title_start, mention, others)
    relative = _RELATIVE_OPENING.match(told, low)
    if relative:  # ", who had taken to the streets": the insurgents had
        low = relative.end()
    lead = f"{_antecedent(told[: relative.start()])} " if relative else ""
    own = [other for other in others if title_start + low <= other.start and other.end <= title_start + high]
    shift = title_start + low - len(lead)
    part, dates = _where_told(lead + told[low:high], [(other.start - shift, other.end - shift) for other in own])
    title = event_title(part, dates, sentence.text)
    return quote, title or all_of_it  # "In 1888 and again in 1889, he was...": no words of its own


def _own_part(told: str, offset: int, mention: Mention, others: list[Mention]) -> tuple[int, int]:
    """Where, in a clause that gives more than one date, the mention's own part begins and ends: "They
    were sentenced on August 1 | and hanged the next day", "went into battle on May 6 | , who had taken
    to the streets two days earlier" (offsets into `told`, which begins at `offset` in the article)."""
    start, end = mention.start - offset, mention.end - offset
    before = [other.end - offset for other in others if other.end - offset <= start]
    after = [other.start - offset for other in others if other.start - offset >= end]
    low, high = 0, len(told)
    if before:
        splits = [split for split in _OWN_SPLIT.finditer(told, max(before), start) if _clause_split(told, split)]
        low = splits[-1].start() if splits else 0
    elif after:  # "..., and on 17 October 1945 he was moved again": the date opens a clause of its own
        splits = [
            split for split in _SPLIT.finditer(told, 0, start) if _PREPOSITION.fullmatch(told, split.end(), start)
        ]
        low = splits[-1].start() if splits else 0
    if after:
        split = _OWN_SPLIT.search(told, end, min(after))
        high = split.start() if split else len(told)
    return low, high


def _clause_split(told: str, split: re.Match[str]) -> bool:
    """Whether a split of `_OWN_SPLIT` parts the mention's own words from others': not an "and" or "but"
    joining two subjects of one verb ("when the U.S. and Spanish governments signed": `joins_clauses`
    finds no verb before it, one after), though it may part a list's items ("Liberia (2003) and Haiti
    (2004)")."""
    if split[0].strip().lower() not in ("and", "but") or joins_clauses(told, split.start()):
        return True
    return not has_verb(" ".join(told[split.end() :].split()[:8]))


def _where_told(text: str, dates: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A clause opening with "where" told as one of its own: "where he remained until his death" is "he
    remained there until his death" (`dates`: offsets into `text`, moved with it)."""
    where = _WHERE.match(text)
    if where is None:
        return text, dates
    text, dates = text[where.end() :], [(start - where.end(), stop - where.end()) for start, stop in dates]
    verb = _FIRST_VERB.match(text)
    if verb is None:
        return text, dates
    there = " there"
    moved = [(start + len(there), stop + len(there)) if start >= verb.end() else (start, stop) for start, stop in dates]
    return text[: verb.end()] + there + text[verb.end() :], moved


def _antecedent(text: str) -> str:
    """The noun a relative clause tells of: "the Czech insurgents" before ", who had taken..."."""
    found = re.search(r"((?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[\w'\u2019-]+)\s*$", text)
    return found[1] if found else ""


def _says_more(label: str, kind: str) -> bool:
    """Whether a label tells more than its date does ("the winter of 1941-1942", "the next day"),
    not only the date in words ("in 1917", "June 1942")."""
    from vlasov_cli.core.dates import MONTHS

    words = set(re.findall(r"[A-Za-z]+", label)) - {"in", "on", "In", "On", *MONTHS}
    return kind == "relative" or bool(words)


def _restates(label: str) -> bool:
    from vlasov_cli.core.dates import MONTHS

    return bool(_YEAR_WRITTEN.search(label)) or any(month in label for month in MONTHS)


_SEASON_PART = re.compile(r"(?:the\s+)?(?:very\s+)?(early|late|mid)\b", re.I)


def _one_century(mention: Mention, found: Sequence[Sentence]) -> bool:
    """Whether a mention is one century the text names, opening its sentence as the time of what it
    tells ("In the eighth century, the Karkota Empire...", "During the 11th century, Mahmud..."); not
    one told in passing ("governments outmoded in the 20th century") nor "the 1700s"."""
    whole = mention.anchor is None and not mention.inferred and "centur" in mention.text.lower()
    if not whole or re.fullmatch(r"\d{2}XX", mention.value) is None:
        return False
    sentence = found[mention.sentence]
    return _DATE_OPENER.fullmatch(sentence.text[: mention.start - sentence.start]) is not None


def edtf_of(mention: Mention) -> str | None:
    """The bank's date for a mention: its own value when the bank's subset has it, else the window
    from its first to its last day; part of a season ("the late summer of 1944") its own window."""
    part = _SEASON_PART.match(mention.text)
    if part and re.fullmatch(r"\d{4}-2[1-4]", mention.value):
        return f"{part.group(1).lower()} {mention.value}"
    for value in (mention.value, window_text(mention.earliest, mention.latest)):
        try:
            window = parse_window(value)
        except ValueError:
            continue
        if (window.earliest, window.latest) == (mention.earliest, mention.latest):
            return value
    return None


def _clause(
    sentence: Sentence, mention: Mention, first_year: str, last_year: str, shared: bool = False, whole: bool = False
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The widest run of the sentence's clauses around the mention that writes no year outside its
    window (a quote that writes one is refused by `check`), as offsets into the article, and the run
    its title is made from. A sentence `shared` with other dates is not crossed where it joins clauses
    of their own ("…after him; but in 1858 few…"). Where the mention's own clause writes another year
    ("In 1888 and again in 1889, he was..."), the quote stops short of it, and the title is made from
    the clauses as if it did not; so too, `whole`, where the mention's clause tells nothing but its date
    ("In 2004," | "the intelligence brought before the UN in 2003 was found erroneous")."""
    text = sentence.text
    cuts = [0, *(match.end() for match in _CLAUSE_END.finditer(text)), len(text)]
    parts = [(cuts[number], cuts[number + 1]) for number in range(len(cuts) - 1)]
    start = mention.start - sentence.start
    end = mention.end - sentence.start
    first = next(number for number, (_, part_end) in enumerate(parts) if part_end > start)
    last = next(number for number, (_, part_end) in enumerate(parts) if part_end >= end)

    written = list(year_matches(text))  # (a count, "1400 members", is no year: check reads it so too)

    def fits(low: int, high: int) -> bool:
        years = [year[0] for year in written if parts[low][0] <= year.start() and year.end() <= parts[high][1]]
        return all(first_year <= year <= last_year for year in years)

    def joined(part: int) -> bool:  # whether `part` opens a clause of its own
        before = text[parts[part - 1][0] : parts[part - 1][1]].rstrip()
        if part - 1 == first and _SUBORDINATE.match(text, parts[part][0]) and _only_the_date(before, start, end):
            return False  # "In 1815, while British forces were campaigning, an official advanced": one clause
        return shared and (before.endswith(";") or bool(COORDINATED.match(text[parts[part][0] :])))

    def _only_the_date(before: str, start: int, end: int) -> bool:
        low = parts[first][0]
        return parts[first][0] <= start and bool(
            _DATE_OPENER.fullmatch(text[low:start] + text[end : low + len(before)])
        )

    if whole:
        return _whole_clause(sentence, mention, first_year, last_year, (first, last), parts, joined)
    if not fits(first, last):  # "attacked at 1400 on 12 June": the quote stops short of the number
        short = _short_of_other_years(text, parts[first][0], parts[last][1], (start, end), (first_year, last_year))
        if short is None:
            return (0, 0), (0, 0)
        low, high = short
        extended = last
        while high == parts[extended][1] and extended + 1 < len(parts) and fits(extended + 1, extended + 1):
            extended += 1  # "and again in 1889, he was a delegate": on past the other year's clause
            high = parts[extended][1]
        quote = _trimmed(sentence, text, low, high, _DANGLING)
        while last + 1 < len(parts) and not joined(last + 1):
            last += 1
        while first > 0 and not joined(first):
            first -= 1
        return quote, _trimmed(sentence, text, parts[first][0], parts[last][1])
    while last + 1 < len(parts) and fits(first, last + 1) and not joined(last + 1):
        last += 1
    while first > 0 and fits(first - 1, last) and not joined(first):
        first -= 1
    clauses = _trimmed(sentence, text, parts[first][0], parts[last][1])
    return clauses, clauses


def _whole_clause(
    sentence: Sentence,
    mention: Mention,
    first_year: str,
    last_year: str,
    around: tuple[int, int],
    parts: list[tuple[int, int]],
    joined: Callable[[int], bool],
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The quote and title of `_clause` over every clause the mention's is not cut from, the quote
    stopping short of the years written outside its window."""
    text = sentence.text
    start, end = mention.start - sentence.start, mention.end - sentence.start
    first, last = around
    while last + 1 < len(parts) and not joined(last + 1):
        last += 1
    while first > 0 and not joined(first):
        first -= 1
    title = _trimmed(sentence, text, parts[first][0], parts[last][1])
    short = _short_of_other_years(text, parts[first][0], parts[last][1], (start, end), (first_year, last_year))
    if short is None:
        return (0, 0), (0, 0)
    return _trimmed(sentence, text, *short, _DANGLING), title


def _short_of_other_years(
    text: str, low: int, high: int, mention: tuple[int, int], years: tuple[str, str]
) -> tuple[int, int] | None:
    """`text[low:high]` narrowed to stop short of the years written outside `years` on either side of
    the mention ("attacked at 1400 on 12 June"); None when one stands inside the mention's own words."""
    for written in year_matches(text):
        if written.start() < low or written.end() > high or years[0] <= written[0] <= years[1]:
            continue
        if written.end() <= mention[0]:
            low = written.end()
        elif written.start() >= mention[1]:
            high = min(high, written.start())
        else:
            return None
    return low, high


def _trimmed(
    sentence: Sentence, text: str, low: int, high: int, dangling: re.Pattern[str] | None = None
) -> tuple[int, int]:
    """The sentence's text from `low` to `high` without the spaces and marks at its ends (nor the words
    left `dangling` where a number was cut off: "at"), as offsets into the article."""
    piece = text[low:high]
    stripped = piece.strip().rstrip(",;:\u2014\u2013- ")
    if dangling is not None:
        stripped = dangling.sub("", stripped).rstrip(",;:\u2014\u2013- ")
    low += piece.index(stripped) if stripped else 0
    return sentence.start + low, sentence.start + low + len(stripped)
