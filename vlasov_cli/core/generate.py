"""Questions generated from the fact set: when an event happened (one question an event, at the
precision its window allows), which of two close events came first, putting events in order, who
held a role, who did a deed, which of some facts is a person's, and what a term is from its clue.

Each fact is asked once: a generated question that asks what a hand-written or an earlier generated
one asks is left out, as is one about the page (a caption, the author). Options are of the answer's
kind (and category, for people); where fewer than three such exist, a term is asked by typing its
name and a person's role or deed not at all. The right year stands uniformly among the offered years.

A generated question's id is its fact's id plus its template ("vlasov-born.date"), so progress
survives rewording and new facts. Distractors are chosen by a stable hash, never at random, so the
same bank always yields the same questions.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from vlasov_cli.core.asks import MOST_SHARED, EventFinder, Facts, is_who, orderable
from vlasov_cli.core.happening import (
    STANDING,
    close_pair,
    ends_a_state,
    ends_of_states,
    gives_order_away,
    marginal_life,
    most_sets,
    obvious_order,
    one_date,
    plain_deed,
    standing,
    subject_of,
    sure_of,
    told_once,
    too_close,
)
from vlasov_cli.core.lint import DATED, LONGER, LONGER_BY, WHO_SHARE
from vlasov_cli.core.lives import life_bounds
from vlasov_cli.core.model import Event, Person, Question, Term
from vlasov_cli.core.text import fold, role_within, surname
from vlasov_cli.core.unsure import names_unclearly, unclear_names
from vlasov_cli.core.wording import fit_to_ask, land_in_name, role_asked, told_of_several, without_trailing_aside

T = TypeVar("T")
CHOICES = 4
# Distractors and order items are drawn from all the entries of their kind; in a huge bank (more
# than FULL_POOL entries of a kind), from the NEAR_POOL entries around the question's own, so that
# generating stays linear in the size of the bank.
FULL_POOL, NEAR_POOL = 400, 24


def _rank(anchor: str, items: Iterable[T], key: str) -> list[T]:
    """`items` in an order fixed by hashing them with `anchor`: stable, yet varied between anchors."""
    return sorted(items, key=lambda item: hashlib.sha1(f"{anchor}|{getattr(item, key)}".encode()).digest())


def _candidates(anchor: str, items: Sequence[T], position: int) -> list[T]:
    """`items` ranked for `anchor` (the one at `position`); in a huge bank, the NEAR_POOL around
    `position` only, in their order turned by a hash of `anchor` (hashing each would cost too much)."""
    if len(items) <= FULL_POOL:
        return _rank(anchor, items, "id")
    start = min(max(0, position - NEAR_POOL // 2), len(items) - NEAR_POOL)
    near = list(items[start : start + NEAR_POOL])
    turn = zlib.crc32(anchor.encode()) % NEAR_POOL
    return near[turn:] + near[:turn]


def generated_questions(
    events: Sequence[Event],
    people: Sequence[Person],
    terms: Sequence[Term],
    written: Sequence[Question] = (),
    page: frozenset[int] = frozenset(),
    title: str = "",
) -> tuple[Question, ...]:
    """Every generated question, in order: each event's date and order questions and which came
    first, then who held a role, what a term is, who did what, and whose a fact is; none that asks
    what a `written` question or an earlier one asks, none quoting a paragraph of the `page`."""
    subject = subject_of(people, title)
    unclear = _unclear(people, subject)
    solid = [
        event
        for event in map(without_trailing_aside, events)
        if told_whole(event.title)
        and sure_of(event)
        and fit_to_ask(event)
        and (event.draft is None or not names_unclearly(event.title, unclear))
    ]
    lives = [event for event in solid if event.draft is None or not marginal_life(event, people)]
    told = told_of_several(told_once(lives))
    facts = Facts()
    for question in written:
        facts.add(question)
    finder = EventFinder(events)
    order_sets = [{event.id for event in finder.events_of(asked)} for asked in written if asked.type == "order"]
    kept = []
    by_id = {event.id: event for event in events}
    for question in (
        *_event_questions(one_date(told), order_sets, life_bounds(told, subject) | ends_of_states(told)),
        *_role_questions(people, page),
        *_term_questions(terms),
        *_deeds(told, people, title, unclear),
        *_whose_fact_questions(people, page),
    ):
        if question.paragraph not in page and not facts.asks_again(question, by_id):
            facts.add(question)
            kept.append(question)
    names = {person.name for person in people}
    asked_who = [question.answer for question in written if is_who(question, names)]
    who = _who_questions([question for question in kept if question.id.endswith(".who")], asked_who)
    return tuple(question for question in kept if not question.id.endswith(".who") or question in who)


def _unclear(people: Sequence[Person], subject: list[Person]) -> tuple[set[str], set[str]]:
    """The names of a draft's people that a reader cannot tell apart (`unclear_names`), the article's
    `subject`'s own aside."""
    forms = [[person.name, *person.aliases] for person in people if person.drafted]
    return unclear_names(forms, [form for person in subject for form in (person.name, *person.aliases)])


# A title that asks nothing a reader can answer: whose subject is a pronoun ("He was sworn in"), a
# fragment ("After two failed attempts...", "In the midst of widespread protests"), a word or two
# ("Members", "It became law"), or a scrap of punctuation. (A drafted title may be any of these.)
_NOT_TOLD_WHOLE = re.compile(
    r"^(?:(?:he|she|it|they|this|these|those|his|her|its|their|both|neither|after|before|when|while|"
    r"although|though|if|because|until|during|between|inspired|according|following|upon|despite|as|then|"
    r"even|originally|prior|instead|still|however|now|onward|based|without|once|acted|the year|since|several|"
    r"historically|most famously)\b"
    r"|in (?:the midst|response|accordance|the resulting)\b|[^\w\"“‘'])",
    re.IGNORECASE,
)
# A title that stops mid-clause: "... in Chile and", "... also known", "Lala Lajpat Rai (".
_UNFINISHED = re.compile(
    r"\([^)]*$|\s(?:and|or|also known|the|a|of|including)$"
    # a look back at what the text said before: "Prominent among these efforts", "in that capacity"
    r"|\b(?:these|that capacity)\b"
)


def told_whole(title: str) -> bool:
    """Whether an event's title tells its happening whole: a subject of its own, a clause, three words."""
    return len(title.split()) >= 3 and not _NOT_TOLD_WHOLE.match(title) and not _UNFINISHED.search(title)


def _event_questions(events: Sequence[Event], order_sets: list[set[str]], bounds: frozenset[str]) -> Iterator[Question]:
    """`order_sets`: the events of the order questions so far (added to); `bounds`: events never ordered."""
    years = sorted({event.year for event in events})
    asked: set[str] = set()  # the quotes of events already asked about: one question a fact
    offered: set[tuple[str, tuple[str, ...]]] = set()  # a draft's year questions: answer and options
    uses = Counter(event_id for ids in order_sets for event_id in ids)
    paired: set[str] = set()  # a draft's events already an option of a "which came first": once is enough
    held_by: dict[str, list[int]] = {}  # event id -> the order sets holding it
    for at, ids in enumerate(order_sets):
        for event_id in ids:
            held_by.setdefault(event_id, []).append(at)
    for position, event in enumerate(events):
        if event.quote in asked:
            continue
        asked.add(event.quote)
        if not DATED.search(event.proof[0]) or ends_a_state(event):
            pass  # the sentence shown after answering could not prove the date, or it is a state's end
        elif event.precision in ("day", "month"):
            yield _date_question(event)
        elif event.year == int(event.latest[:4]):  # a year, a season, or a window within one year
            question = _year_question(event, years)
            if event.draft is None or (question.answer, question.choices) not in offered:
                yield question  # (a draft's next with the same year and options would tire a class)
            offered.add((question.answer, question.choices))
        if event.precision == "window" or event.id in bounds:
            continue
        chosen = _order_items(events, event, position, uses, held_by, bounds)
        if chosen:
            order_sets.append({item.id for item in chosen})
            for item in chosen:
                held_by.setdefault(item.id, []).append(len(order_sets) - 1)
            uses.update(item.id for item in chosen)
            yield _order_question(event, chosen)
        later = None if event.id in paired else _next_close(events, event, position, bounds | paired)
        if later is not None:
            paired.update(option.id for option in (event, later) if option.draft is not None)
            yield _first_question(event, later)


# A draft's year question offers no story year further than this from its answer: a man's birth year
# among the years of his embassies forty years on is given away (heldout4's reading: 1523 against 1563,
# 1566, 1586); the readings ticked options ten and twelve years off (1763 against 1773-1775).
GENERATION = 20
# The events of an order question are taken first from within this many years of its first.
ORDER_YEARS = 8
# Two events at most this many days apart, one certainly before the other, make a "which came first".
CLOSE_DAYS = 92


def _next_close(events: Sequence[Event], event: Event, position: int, bounds: frozenset[str]) -> Event | None:
    """An event that certainly came after `event`, within CLOSE_DAYS of it (a draft's, a month apart at
    least, as in an order), its title about as long (so that neither option stands out): the first such."""
    import datetime

    start = datetime.date.fromisoformat(event.latest)
    for later in events[position + 1 : position + 40]:
        if later.precision == "window" or later.quote == event.quote or later.id in bounds:
            continue
        if not orderable(event, later) or close_pair(event, later):
            continue
        if (datetime.date.fromisoformat(later.earliest) - start).days > CLOSE_DAYS:
            return None
        if _alike_in_length(event.title, [later.title]) and not obvious_order(event, later):
            return later
    return None


def _alike_in_length(answer: str, others: list[str]) -> bool:
    """Whether `answer` is no give-away by its length beside `others` (the linter's measure)."""
    return len(answer) <= LONGER * max(map(len, others)) or len(answer) - max(map(len, others)) < LONGER_BY


def _first_question(earlier: Event, later: Event) -> Question:
    return _choice(
        f"{earlier.id}.first",
        "Which came first?",
        earlier.title,
        [later.title],
        (earlier.quote, earlier.paragraph, earlier.topic or "events"),
        f"{earlier.date_label()}: {earlier.title} (¶{earlier.paragraph}); "
        f"{later.date_label()}: {later.title} (¶{later.paragraph}).",
    )


def _date_question(event: Event) -> Question:
    asked = {"day": "Give the day, month and year.", "month": "Give the month and year.", "year": "Give the year."}
    return Question(
        id=f"{event.id}.date",
        type="date",
        prompt=f"When did this happen: “{event.title}”? {asked[event.precision]}",
        answer=event.date,
        quote=event.quote,
        paragraph=event.paragraph,
        topic=event.topic or "events",
        explanation=_date_explanation(event),
        generated=True,
    )


def _year_question(event: Event, years: list[int]) -> Question:
    """The year among three others, as many of them before it as a hash of the event's id says (0 to
    3, so that the right year stands first, second, third or last equally often): the story's years
    nearest it on each side, then the years next to those. A draft's never invents a year before the
    story's first (before its subject's birth, a give-away), nor after its last where the story has
    years enough before it (after its subject's death)."""
    year = event.year
    before = int(hashlib.sha1(event.id.encode()).hexdigest(), 16) % CHOICES
    if event.draft is not None:  # options of one kind: no year a generation off (a birth among embassies)
        years = [other for other in years if abs(other - year) <= GENERATION]
        before = max(before, CHOICES - 1 - sum(other > year for other in years))
        before = min(before, sum(other < year for other in years))
    earlier = [other for other in reversed(years) if other < year][:before]
    later = [other for other in years if other > year][: CHOICES - 1 - before]
    while len(earlier) < before:
        earlier.append(min([year, *earlier]) - 1)
    while len(later) < CHOICES - 1 - before:
        later.append(max([year, *later]) + 1)
    distractors = [*earlier, *later]
    return _choice(
        f"{event.id}.year",
        f"In which year did this happen: “{event.title}”?",
        str(year),
        [str(choice) for choice in distractors],
        (event.quote, event.paragraph, event.topic or "events"),
        _date_explanation(event),
    )


def _date_explanation(event: Event) -> str:
    """The date, and the sentence that proves it where the event's own does not."""
    note = f" ({event.label})" if event.label and event.label not in event.date_label() else ""
    inferred = " The year is inferred from the surrounding text." if event.inferred else ""
    proof = f" Dated by: “{event.date_quote}” ¶{event.date_paragraph}" if event.date_quote else ""
    return f"{event.title}: {event.date_label()}{note}.{inferred}{proof}"


def _order_items(
    events: Sequence[Event],
    anchor: Event,
    position: int,
    uses: Counter[str],
    held_by: dict[str, list[int]],
    bounds: frozenset[str],
) -> list[Event] | None:
    """Anchor plus three events the article orders against it and each other (windows apart, none
    following another by logic alone), none already in MOST_SETS order sets, the four sharing at
    most MOST_SHARED with any earlier set; None if too few."""
    if uses[anchor.id] >= most_sets(anchor) or not _may_order(anchor):
        return None
    candidates = [
        event
        for event in _candidates(anchor.id, events, position)
        if event.id != anchor.id
        and event.precision != "window"
        and event.title != anchor.title
        and _may_order(event)
        and event.id not in bounds
    ]
    near = [event for event in candidates if abs(event.year - anchor.year) <= ORDER_YEARS]
    same_topic = [event for event in near if event.topic == anchor.topic]
    chosen = [anchor]
    for event in [*same_topic, *near, *candidates]:  # the story's nearby years first
        if len(chosen) == CHOICES:
            break
        if uses[event.id] >= most_sets(event) or event.title in [kept.title for kept in chosen]:
            continue
        if not all(orderable(event, kept) and not too_close(event, kept) for kept in chosen):
            continue
        if any(gives_order_away(event, kept) for kept in chosen):
            continue
        holding = Counter(at for kept in (*chosen, event) for at in held_by.get(kept.id, ()))
        if all(count <= MOST_SHARED for count in holding.values()):
            chosen.append(event)
    return chosen if len(chosen) == CHOICES else None


def _may_order(event: Event) -> bool:
    """Whether an event may be an order item: a draft's only as solid as a date question, its own
    sentence proving its date (a reviewed one always)."""
    return event.draft is None or bool(DATED.search(event.proof[0]))


def _order_question(anchor: Event, chosen: list[Event]) -> Question:
    in_order = sorted(chosen, key=lambda event: event.earliest)
    return Question(
        id=f"{anchor.id}.order",
        type="order",
        prompt="Put these events in the order they happened (earliest first).",
        answer="",
        quote=anchor.quote,
        paragraph=anchor.paragraph,
        topic=anchor.topic or "events",
        items=tuple(event.title for event in in_order),
        explanation="; ".join(f"{event.date_label()}: {event.title} (¶{event.paragraph})" for event in in_order),
        generated=True,
    )


def _of_a_kind(person: Person, other: Person) -> bool:
    """Whether `other` may stand in for `person` as an option: the same kind and category."""
    return other.kind == person.kind and other.category == person.category


def _role_questions(people: Sequence[Person], page: frozenset[int]) -> Iterator[Question]:
    """ "Who was this: <role>?" among three people of the person's kind and category whom the role
    does not name; typed where there are fewer or their names' lengths give the answer away. Never of a
    draft's person: of the roles the teachers read, a drafted role held up no more often than its who-
    questions (19 of 36 dev, 8 of 15 held out): a nationality that gives the answer away ("German
    representative"), a side figure ("Indian filmmaker"), a phrase cut short ("daughter of ... (and
    thus"), a verb ("reinstate former emperor"), a role others held too ("Secretary of State")."""
    for position, person in enumerate(people):
        facts = [fact for fact in person.facts if fact.paragraph not in page]
        held_too = any(other.id != person.id and role_within(person.role, other.role) for other in people)
        if not facts or not person.role or person.kind == "writer" or held_too:
            continue  # (a role two people hold, "Secretary of State", or one within another's tells neither)
        if person.drafted:
            continue
        ranked = _candidates(person.id, people, position)
        others = [
            other
            for other in ranked
            if other.id != person.id
            and other.role != person.role
            and _of_a_kind(person, other)
            and not _names(person.role, other)
        ]
        wrong = others[: CHOICES - 1]
        if len(wrong) == CHOICES - 1 and not _alike_in_length(person.name, [other.name for other in wrong]):
            longest = max(others, key=lambda other: len(other.name))  # a long name among short ones
            wrong = [*wrong[: CHOICES - 2], longest] if longest not in wrong else wrong
        # The quote shown after it: the fact that says most of the role ("commanded the KONR 1st Division").
        role_words = set(person.role.casefold().split())
        fact = max(facts, key=lambda fact: len(role_words & set(fact.quote.casefold().split())))
        source = (fact.quote, fact.paragraph, person.topic or "people")
        explanation = f"{person.name}: {person.role}."
        if len(wrong) == CHOICES - 1 and _alike_in_length(person.name, [other.name for other in wrong]):
            prompt = role_asked(person.role)
            names = [other.name for other in wrong]
            yield _choice(f"{person.id}.role", prompt, person.name, names, source, explanation)
        else:
            prompt = f"{role_asked(person.role)} Give the name."
            yield _typed(f"{person.id}.role", prompt, person.name, person.aliases, source, explanation)


def _term_questions(terms: Sequence[Term]) -> Iterator[Question]:
    """ "Which is this?" for each term with a clue: its name among those of three other terms of its
    very kind (a front among fronts, a river among rivers), never two terms of one description, never
    a term the answer's clue or quote names; typed where its kind has fewer."""
    for position, term in enumerate(terms):
        if not term.clue:
            continue
        ranked = _candidates(term.id, terms, position)
        # Never a term that the answer's own clue or quote names (Nizhni Novgorod for Lomkino, "near
        # Nizhni Novgorod"): the article ties the two, and a reader could take one for the other.
        told = fold(f"{term.clue} {term.quote}")
        words = set(fold(term.name).split())
        others = [
            other
            for other in ranked
            if other.id != term.id
            and other.kind == term.kind
            and other.description != term.description
            and not any(f" {fold(name)} " in f" {told} " for name in (other.name, *other.aliases))
            and not _part_of(words, set(fold(other.name).split()))
        ]
        # Those sharing words with its name first ("U.S. Army" among "U.S. Third Army"), then those
        # nearest it in length: no option stands out.
        pool = sorted(
            others,
            key=lambda other: (-len(words & set(fold(other.name).split())), abs(len(other.name) - len(term.name))),
        )
        source = (term.quote, term.paragraph, term.topic or "terms")
        explanation = f"{term.name}: {term.description}"
        if len(pool) >= CHOICES - 1:
            wrong = [other.name for other in pool]
            yield _choice(f"{term.id}.what", f"Which is this? {term.clue}", term.name, wrong, source, explanation)
        else:
            prompt = f"Which is this? {term.clue} Give its name."
            yield _typed(f"{term.id}.what", prompt, term.name, term.aliases, source, explanation)


# Words that say what sort of force a name is, not whose: "U.S. Army" and "U.S. 16th Armored
# Division" are both "U.S.", one a part of the other.
_SORTS = {"army", "armies", "division", "front", "corps", "unit", "armored", "infantry", "group"}


def _part_of(first: set[str], second: set[str]) -> bool:
    """Whether one name is the other's with words left out, the words of sort aside ("U.S. Army",
    "U.S. Third Army", "U.S. 16th Armored Division"): the one may be said of the other, so they are
    never offered against each other."""
    first, second = first - _SORTS, second - _SORTS
    return first <= second or second <= first


def _who_questions(questions: list[Question], written: list[str]) -> list[Question]:
    """The who-questions of `_deeds`, no person the answer to more than a quarter of them and the
    hand-written ones (whose answers are `written`), two apart (each person's first deeds kept)."""
    while True:
        share = (len(questions) + len(written)) * WHO_SHARE
        kept: list[Question] = []
        answered = Counter(written)
        for question in questions:
            if answered[question.answer] + 1 <= max(share, 2):
                kept.append(question)
                answered[question.answer] += 1
        if len(kept) == len(questions):
            return kept
        questions = kept


def _deeds(
    events: Sequence[Event], people: Sequence[Person], title: str, unclear: tuple[set[str], set[str]]
) -> Iterator[Question]:
    """ "Who <deed>?" for each event whose one person's deed it tells (and whose quote names them),
    the other options people of their kind active in the story at the time, Vlasov among them where
    he is not the answer; never the author. A draft's, never of the person the bank's `title` names
    (the article is about them: "Who joined the Indian National Congress?" of Tilak's life), nor of
    one the article names in fewer than STANDING sentences, nor of one whose name two people bear
    (`unclear`); its options are people of that standing with names of their own, those the article
    names beside the answer first (`_stands_in`)."""
    by_id = {person.id: person for person in people}
    position = {person.id: index for index, person in enumerate(people)}
    years: dict[str, set[int]] = {}
    for event in events:
        for person_id in event.people:
            years.setdefault(person_id, set()).update(event.years)
    for event in events:
        if not event.deed or len(event.people) != 1 or event.people[0] not in by_id:
            continue
        person = by_id[event.people[0]]
        drafted = event.draft is not None
        if drafted and (not plain_deed(event.deed) or _names(title, person) or standing(person) < STANDING):
            continue
        if drafted and (names_unclearly(person.name, unclear) or land_in_name(event.deed, person.name)):
            continue
        if not _names(event.quote, person):
            continue
        near = set(range(event.year - 2, int(event.latest[:4]) + 3))
        eligible = [
            other
            for other in _candidates(event.id, people, position[person.id])
            if other.id != person.id
            and _of_a_kind(person, other)
            and years.get(other.id, set()) & near
            and not _names(event.deed, other)
            and (not drafted or _stands_in(other, person, event.deed) and not names_unclearly(other.name, unclear))
        ]
        ranked = sorted(eligible, key=lambda other: other.id != "vlasov")
        if drafted:  # the article's own company of the answer first: those named in its sentences
            told = {fact.quote for fact in person.facts}
            ranked = sorted(ranked, key=lambda other: not told & {fact.quote for fact in other.facts})
        source = (event.quote, event.paragraph, event.topic or "events")
        if len(ranked) >= CHOICES - 1:
            names = [other.name for other in ranked]
            yield _choice(f"{event.id}.who", f"Who {event.deed}?", person.name, names, source)
        else:
            yield _typed(f"{event.id}.who", f"Who {event.deed}? Give the name.", person.name, person.aliases, source)


# A word of a people or a side the deed names ("the withdrawal of French troops", "two Confederate envoys").
_ADJECTIVE = re.compile(r"(?<=\s)([A-Z][a-z]+) (?=[a-z])")


def _stands_in(other: Person, person: Person, deed: str) -> bool:
    """Whether a draft's `other` may be offered against `person` for a deed: named as often as it takes to
    be of the story (STANDING), and not set apart by a people or side the deed names and the article
    says of the answer but never of `other` (the only Frenchman for "French troops")."""
    if standing(other) < STANDING:
        return False
    said_of = " ".join(fact.quote for fact in person.facts)
    said_of_other = " ".join(fact.quote for fact in other.facts)
    return all(word not in said_of or word in said_of_other for word in _ADJECTIVE.findall(f" {deed}"))


def _names(text: str, person: Person) -> bool:
    """Whether `text` names `person`: by name, alias or surname, or their possessive ("Vlasov’s")."""
    folded = _spaced(text)
    names = (_spaced(name) for name in (person.name, *person.aliases, surname(person.name)))
    return any(name in folded or f"{name[:-1]}s " in folded for name in names)


@lru_cache(maxsize=65536)
def _spaced(text: str) -> str:
    """`text` folded, with a space each side (to find whole words in it)."""
    return f" {fold(text)} "


def _whose_fact_questions(people: Sequence[Person], page: frozenset[int]) -> Iterator[Question]:
    """ "Which of these does the article say of X?": one of X's facts among others' facts of people
    of X's kind that do not name X (so that none of them is X's too). Only of reviewed people: a
    draft's facts are the article's sentences, whose pronouns may tell of someone else ("She married
    the schoolteacher Henry Dow" is as much the bride's fact as his)."""
    for position, person in enumerate(people):
        if not person.facts or person.kind == "writer" or person.drafted:
            continue
        own_quotes = {fold(fact.quote) for fact in person.facts}
        others = [
            other_fact.text
            for other in _candidates(person.id, people, position)
            if other.id != person.id and _of_a_kind(person, other) and not other.drafted
            for other_fact in other.facts[:2]
            if other_fact.paragraph not in page
            and not _names(other_fact.text, other)  # ("Vlasov was one of..." is no fact of Meretskov's)
            and not _names(other_fact.quote, person)
            and not _names(other_fact.text, person)
            and fold(other_fact.quote) not in own_quotes
        ]
        alike = [  # (none naming X: the one option with X's name, where no other may have it, is the answer)
            fact
            for fact in _rank(person.id, person.facts, "text")
            if others and fact.paragraph not in page and not _names(fact.text, person)
            if _alike_in_length(fact.text, others[: CHOICES - 1])
        ]
        if len(others) >= CHOICES - 1 and alike:
            fact = alike[0]
            yield _choice(
                f"{person.id}.whose",
                f"Which of these does the article say of {person.name}?",
                fact.text,
                others,
                (fact.quote, fact.paragraph, person.topic or "people"),
            )


def _choice(
    question_id: str,
    prompt: str,
    answer: str,
    wrong: list[str],
    source: tuple[str, int, str],
    explanation: str = "",
) -> Question:
    """A generated choice question: the answer and the first wrong answers, in a fixed order."""
    quote, paragraph, topic = source
    choices = tuple(sorted([answer, *wrong[: CHOICES - 1]]))
    return Question(question_id, "choice", prompt, answer, quote, paragraph, topic, choices, (), (), explanation, True)


def _typed(
    question_id: str,
    prompt: str,
    answer: str,
    accept: Iterable[str],
    source: tuple[str, int, str],
    explanation: str = "",
) -> Question:
    """A generated question answered by typing a name (other names of it accepted)."""
    quote, paragraph, topic = source
    others = tuple(name for name in accept if name != answer)
    return Question(question_id, "typed", prompt, answer, quote, paragraph, topic, (), others, (), explanation, True)
