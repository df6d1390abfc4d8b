"""The role a draft gives a main person the article's phrases give none, by what they did: "Commodore Ann
Lee seized the mill." gives "Commodore who seized the mill" (the title before her name, which alone tells
no one, said with her deed). A role two people hold is left to the review, which offers each their deeds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vlasov_cli.features.draft.capitals import Token, title_length, tokens
from vlasov_cli.features.draft.deeds import deed, mentions, told_as
from vlasov_cli.features.draft.names import DraftPerson
from vlasov_cli.features.draft.roles import role_before, role_words
from vlasov_cli.features.draft.sentences import Sentence

MAIN_FACTS = 3  # a person the article tells of in this many sentences is one a class should know
_COPULAS = frozenset("was were is are had has have".split())  # what they were, not what they did
_PREPOSITIONS = frozenset("after before in at on by for from to with during".split())


def told_apart(entries: list[dict[str, Any]], people: Sequence[DraftPerson], found: Sequence[Sentence]) -> list:
    """The person entries, each main one without a role given their first deed the article tells with
    a word for them before their name, where one fits."""
    told = []
    for entry, person in zip(entries, people, strict=True):
        wanted = not entry.get("role") and len(entry.get("facts") or []) >= MAIN_FACTS and entry.get("kind") != "writer"
        new = _deed_role(person, found) if wanted else ""
        told.append(with_role(entry, new) if new else entry)
    return told


def _deed_role(person: DraftPerson, found: Sequence[Sentence]) -> str:
    """ "<word> who <deed>" of the first sentence naming the person that tells what they did (not what
    they were) and puts a word for them before their name; else ""."""
    forms = [person.name, *person.aliases]
    for index in person.sentences:
        if found[index].kind not in ("text", "caption"):
            continue
        text = found[index].text
        words = tokens(text)
        for start, end in mentions(words, forms):
            did = deed(text, words, start, end, role_before(text, words, start))
            if did is None or did[0].split()[0] in _COPULAS or _told_before(did[0]):
                continue
            word = _word_for(found[index], words, start, end)
            if word and (deed_role := told_as(did, word)):
                return deed_role
    return ""


def _told_before(predicate: str) -> bool:
    """Whether a deed names a thing as one the article told of before: "the plan", "the incident after
    the wars", "appointed 14 during his term" (which plan? 14 what? a reader of the role alone cannot
    tell)."""
    words = predicate.split()
    for at, word in enumerate(words[:-1]):
        noun = words[at + 1]
        closed = at + 2 == len(words) or words[at + 2] in _PREPOSITIONS
        if closed and (word.lower() == "the" and noun.islower() or at == 0 and noun.isdigit()):
            return True
    return False


def _word_for(sentence: Sentence, words: list[Token], start: int, end: int) -> str:
    """The title the name opens on ("Commodore" of "Commodore Ann Lee") or the word for a person just
    before it ("the marksman Ann Lee"); else ""."""
    titled = title_length(words[start:end])
    if titled:
        return role_words(sentence, words[start : start + titled])
    before = role_before(sentence.text, words, start)
    return role_words(sentence, before) if before and words[start - 1].text != "," else ""


def with_role(entry: dict[str, Any], role: str) -> dict[str, Any]:
    """The entry with `role`, placed before its facts."""
    items = [(key, value) for key, value in entry.items() if key != "role"]
    at = next((place for place, (key, _) in enumerate(items) if key == "facts"), len(items))
    return dict([*items[:at], ("role", role), *items[at:]])
