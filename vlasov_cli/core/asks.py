"""What a question asks, shared by the generator (which asks each thing once) and the linter (which
finds a bank that does not): the fact behind a question, the events an order question puts in
order, whether two events can be ordered at all, and which paragraphs are the page's furniture
(captions, the byline, the note on the author) rather than the history."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from vlasov_cli.core.model import Event, Question
from vlasov_cli.core.text import fold, normalize_quote, paragraph_kind

# The most order sets an event stands in, and the most events two order sets share.
MOST_SETS, MOST_SHARED = 3, 2
_WORD = re.compile(r"\w+")
_SMALL = set("the a an of in to and his her he she was were on by for with its it as at from their into".split())


def page_paragraphs(paragraphs: Sequence[str], author: str) -> frozenset[int]:
    """The numbers of the paragraphs about the page, not the history: captions, and those naming the
    author (the byline, the note on the author)."""
    return frozenset(
        number
        for number, text in enumerate(paragraphs, 1)
        if paragraph_kind(text)[0] == "caption" or _names_author(text, author)
    )


def about_page(question: Question, page: frozenset[int], author: str) -> bool:
    """Whether a question asks about the page: its quote is a caption or about the author, or it names
    the author."""
    if question.paragraph in page:
        return True
    return any(_names_author(text, author) for text in (question.prompt, question.answer, *question.choices))


def _names_author(text: str, author: str) -> bool:
    """Whether `text` names the author (folding only a text that holds the surname as written)."""
    name = fold(author)
    surname = author.split()[-1].casefold() if name else ""
    return bool(surname) and surname in text.casefold() and f" {name} " in f" {fold(text)} "


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

    def asks_again(self, question: Question, events: Mapping[str, Event]) -> str | None:
        """`asked_by`, and for a generated date or year question also by the sentence that dates its
        event (a date asked from the Smolensk Declaration's sentence is asked again by an event that
        sentence dates). `events`: the bank's events by id."""
        asked = self.asked_by(question)
        if asked is None and question.generated and question.id.endswith((".date", ".year")):
            event_id = question.id.rsplit(".", 1)[0]
            event = events.get(event_id)
            if event is not None and event.date_quote:
                asked = self.asked_by(question._replace(quote=event.date_quote))
        return asked

    def add(self, question: Question) -> None:
        answer, quote = fact_of(question)
        if answer:
            self._quotes.setdefault(answer, []).append((quote, question.id))


def fact_of(question: Question) -> tuple[str, str]:
    """(answer, quote), folded; no answer for an order question (its items are its answer) nor for a
    true/false one (two statements from one sentence, both true, are two facts)."""
    answer = "" if question.type in ("order", "truefalse") else _folded(question.answer)
    return answer, _folded(question.quote)


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """Quotes and answers as compared: straight quotes, one case, single spaces (as `check` compares
    a quote with the source; cheaper than `fold`, which also takes off accents)."""
    return " ".join(normalize_quote(text).casefold().split())


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.casefold()) if word not in _SMALL and len(word) > 2}


class EventFinder:
    """Finds the events an order or which-first question puts in order: each item by its title, or
    (a hand-written item) the event whose title shares the most words with it, two at least (the
    first in the story on a tie). Built once for a bank: its titles are indexed by word."""

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = list(events)
        self._titles = {event.title: event for event in events}
        self._by_word: dict[str, list[int]] = {}
        for index, event in enumerate(events):
            for word in _words(event.title):
                self._by_word.setdefault(word, []).append(index)

    def events_of(self, question: Question) -> list[Event]:
        items = question.items if question.type == "order" else question.choices
        found = [self._titles.get(item) or self._likeliest(item) for item in items]
        return [event for event in found if event is not None]

    def _likeliest(self, item: str) -> Event | None:
        shared = Counter(index for word in _words(item) for index in self._by_word.get(word, ()))
        best = max(shared.items(), key=lambda pair: (pair[1], -pair[0]), default=None)
        return self._events[best[0]] if best and best[1] >= 2 else None


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
