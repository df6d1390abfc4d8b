"""What a question asks, shared by the generator (which asks each thing once) and the linter (which
finds a bank that does not): the fact behind a question, the events an order question puts in
order, whether two events can be ordered at all, and which paragraphs are the page's furniture
(captions, the byline, the note on the author) rather than the history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vlasov_cli.core.model import Event, Question
from vlasov_cli.core.text import fold, paragraph_kind

# The most order sets an event stands in, and the most events two order sets share.
MOST_SETS, MOST_SHARED = 3, 2
_SMALL = set("the a an of in to and his her he she was were on by for with its it as at from their into".split())


def page_paragraphs(paragraphs: Sequence[str], author: str) -> frozenset[int]:
    """The numbers of the paragraphs about the page, not the history: captions, and those naming the
    author (the byline, the note on the author)."""
    name = fold(author)
    return frozenset(
        number
        for number, text in enumerate(paragraphs, 1)
        if paragraph_kind(text)[0] == "caption" or (name and f" {name} " in f" {fold(text)} ")
    )


def about_page(question: Question, page: frozenset[int], author: str) -> bool:
    """Whether a question asks about the page: its quote is a caption or about the author, or it names
    the author."""
    name = fold(author)
    named = bool(name) and any(
        f" {name} " in f" {fold(text)} " for text in (question.prompt, question.answer, *question.choices)
    )
    return question.paragraph in page or named


class Facts:
    """The facts asked so far: a question asks what another does when their answers are the same and
    one's quote holds the other's (the same sentence, or a passage around it)."""

    def __init__(self) -> None:
        self._quotes: dict[str, list[tuple[str, str]]] = {}

    def asked_by(self, question: Question) -> str | None:
        """The id of a question already added that asks what `question` asks, or None."""
        answer, quote = fact_of(question)
        for other_quote, other_id in self._quotes.get(answer, ()):
            if quote in other_quote or other_quote in quote:
                return other_id
        return None

    def add(self, question: Question) -> None:
        answer, quote = fact_of(question)
        if answer:
            self._quotes.setdefault(answer, []).append((quote, question.id))


def fact_of(question: Question) -> tuple[str, str]:
    """(answer, quote), folded; no answer for an order question (its items are its answer)."""
    return ("" if question.type == "order" else fold(question.answer)), fold(question.quote)


def _words(text: str) -> set[str]:
    return {word for word in fold(text).split() if word not in _SMALL and len(word) > 2}


def events_of(question: Question, events: Sequence[Event]) -> list[Event]:
    """The events an order or which-first question puts in order: each item by its title, or (a
    hand-written item) the event whose title shares the most words with it, two at least."""
    by_title = {event.title: event for event in events}
    items = question.items if question.type == "order" else question.choices
    found = []
    for item in items:
        event = by_title.get(item) or _likeliest(item, events)
        if event is not None:
            found.append(event)
    return found


def _likeliest(item: str, events: Iterable[Event]) -> Event | None:
    words = _words(item)
    best, shared = None, 1
    for event in events:
        count = len(words & _words(event.title))
        if count > shared:
            best, shared = event, count
    return best


def touch(first: Event, second: Event) -> bool:
    """Whether two events could fall on the same day, so that the article does not order them."""
    return first.earliest <= second.latest and second.earliest <= first.latest


def by_logic(first: Event, second: Event) -> bool:
    """Whether one follows the other by logic alone (the bank's `follows`), so that ordering them
    asks nothing of the article."""
    return first.id in second.follows or second.id in first.follows


def orderable(first: Event, second: Event) -> bool:
    return first.id != second.id and not touch(first, second) and not by_logic(first, second)


def is_who(question: Question, names: set[str]) -> bool:
    """Whether a question asks who did something: a generated who-question, or a hand-written one
    whose prompt asks "Who" and whose answer is a person's name (who held a role aside)."""
    if question.id.endswith(".who"):
        return True
    return question.prompt.startswith("Who ") and question.answer in names and not question.id.endswith(".role")
