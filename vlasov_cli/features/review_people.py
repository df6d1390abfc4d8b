"""Who `p` offers to add to an event: the people its quote names, by a name, an alias or a word of a
name that no other person's holds ("Rajguru" for Shivaram Rajguru); and, where the quote points back
("he", "both men", "the three"), those the sentence before it names, and the person of most facts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vlasov_cli.core.text import fold
from vlasov_cli.features.review_marks import OFFICES

if TYPE_CHECKING:
    from vlasov_cli.features.draft.sentences import Sentence

PRONOUN = re.compile(r"\b(he|she|him|her|his)\b")  # (of a folded text)
POINTING_BACK = re.compile(r"\b(they|them|their|both|the two|the three|the four|these men|the men|the pair)\b")
POINTING_TO_TWO = re.compile(r"\b(?:both|the two) (\w+)|\bthe pair\b")  # (of a folded text)
PARAGRAPHS_BACK = 3  # how far back "both men" may look for the two a sentence names


def linkable(
    event: Any, people: list[Any], before: list[str], earlier: list[str] | None = None
) -> list[tuple[str, str]]:
    """The people (id, name) `event`'s quote or title names, or, where it points back, those that the
    nearest of the sentences `before` it to name anyone names (for "both men", "the two", the nearest of
    the sentences `earlier`, a few paragraphs back, to name exactly two), then the person of most facts
    for a "he" or "she"; not those already among its people."""
    quote = str(event.get("quote", ""))
    named = named_in(quote, people) + named_in(str(event.get("title", "")), people)
    pair: list[Any] = []
    if _two_people(quote) and len(named_in(quote, people)) < 2:
        pair = next((two for text in earlier or [] if len(two := named_in(text, people)) == 2), [])
    if pair:
        named += pair
    elif PRONOUN.search(fold(quote)) or POINTING_BACK.search(fold(quote)):
        named += next(filter(None, (named_in(text, people) for text in before)), [])
    if PRONOUN.search(fold(quote)) and people:  # "he" may be the article's main person, the one of most facts
        named.append(max(people, key=lambda person: len(person.get("facts") or [])))
    linked = {str(person) for person in event.get("people") or []}
    found: dict[str, str] = {}
    for person in named:
        if str(person.get("id", "")) not in linked:
            found.setdefault(str(person.get("id", "")), str(person.get("name", "")))
    return list(found.items())


def _two_people(quote: str) -> bool:
    """Whether `quote` points back to two people: "both men", "the two leaders", "both were", "the pair"
    (not "the two sides", "both their concern")."""
    from vlasov_cli.features.draft.roles import is_role_noun

    for match in POINTING_TO_TWO.finditer(fold(quote)):
        word = match[1]
        if word is None or word in ("men", "women", "were", "had", "was") or is_role_noun(word, True):
            return True
    return False


def named_in(text: str, people: list[Any]) -> list[Any]:
    """The people `text` names by a name or an alias (not inside another's longer name: "Venn" of "Ada
    Venn"), or by a word of a name (capitalized, as written) that no other person's name or alias
    holds: a surname alone, "Rajguru", or a given name, "Sukhdev"."""
    holders: dict[str, set[str]] = {}
    for person in people:
        for word in _name_words(person):
            holders.setdefault(fold(word), set()).add(str(person.get("id", "")))
    named = []
    for person in people:
        others = [name for other in people if other is not person for name in _names(other)]
        if any(_says(_without(text, others, name), fold(name)) for name in _names(person)) or any(
            len(holders[fold(word)]) == 1 and _says(text, word) for word in _name_words(person)
        ):
            named.append(person)
    return named


def _without(text: str, others: list[str], name: str) -> str:
    """`text` folded, without the longer names of others that hold `name` ("Ada Venn" for "Venn")."""
    folded = fold(text)
    for other in sorted(others, key=len, reverse=True):
        if len(other) > len(name) and _says(fold(other), fold(name)):
            folded = re.sub(rf"(?<!\w){re.escape(fold(other))}(?!\w)", "…", folded)
    return folded


def sentences_before(sentences: list[Sentence], quote: str, paragraphs: int = 0) -> list[str]:
    """The texts of the sentences before the one that holds `quote` (or its opening), the nearest first:
    of its paragraph, and of as many `paragraphs` before it."""
    opening = quote[:60]
    for number, sentence in enumerate(sentences):
        if opening and opening in sentence.text:
            before = [told for told in sentences[:number] if 0 <= sentence.paragraph - told.paragraph <= paragraphs]
            return [told.text for told in reversed(before)]
    return []


def _names(person: Any) -> list[str]:
    return [str(name) for name in (person.get("name"), *(person.get("aliases") or [])) if name]


def _name_words(person: Any) -> set[str]:
    return {
        word
        for name in _names(person)
        for word in name.split()
        if len(word) > 3 and word[:1].isupper() and word.rstrip(".").casefold() not in OFFICES
    }


def _says(text: str, name: str) -> bool:
    """Whether `name` is written in `text` as whole words."""
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def deed_retold(event: dict[str, Any], people: list[Any]) -> dict[str, Any]:
    """The retitled `event` with its deed (what "Who <deed>?" asks) following the title: the title after
    the name of its one person that opens it ("Lala Lajpat Rai led a march … against the Simon
    Commission"), else none (a deed left from the old title would still say "against it")."""
    if not event.get("deed"):
        return event
    ids = [str(person) for person in event.get("people") or []]
    person = next((person for person in people if ids == [str(person.get("id", ""))]), None)
    title = str(event.get("title", ""))
    for name in sorted(_names(person) if person else [], key=len, reverse=True):
        if title.startswith(f"{name} ") and title[len(name) + 1 :][:1].islower():
            return {**event, "deed": title[len(name) + 1 :]}
    return {key: value for key, value in event.items() if key != "deed"}
