"""The sentences of an article that tell no happening of its story, whatever dates they give: a
paragraph about the author ("Wil Deac is a military history writer..."), and the words of someone the
article quotes at length, in the paragraph after "the Governor recorded:" (a diary's "It would be a
hard day", a letter's "When I returned, he asked me"): the quotation is a source the article reads, its
"I", "me" and "that day" are the writer's, and a date in it dates the writing, not the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vlasov_cli.features.draft.sentences import Sentence

_ABOUT_THE_AUTHOR = re.compile(r"about the author\b", re.IGNORECASE)
# A verb of saying or writing that ends the sentence before a colon: "In his diary, the Governor
# recorded:", "After the meeting, she stated:", "The resolution read as follows:"
_SAYS = (
    r"said|says|stated|states|wrote|writes|recorded|records|declared|declares|remarked|remarks|noted|notes|"
    r"observed|recalled|recalls|added|explained|commented|reads|read|announced|concluded|reported|replied|"
    r"answered|testified|confessed|proclaimed|insisted|argued|warned|complained|lamented|exclaimed"
)
_INTRODUCES_WORDS = re.compile(rf"\b(?:{_SAYS})(?:\s+(?:as\s+follows|thus|so|this))?\s*:$", re.IGNORECASE)


def story_sentences(found: Sequence[Sentence], author: str) -> list[Sentence]:
    """The sentences, those of a paragraph about the author or of a paragraph quoted marked "about":
    they date no event of the story."""
    about = {
        sentence.paragraph
        for sentence in found
        if (author and sentence.text.startswith(author)) or _ABOUT_THE_AUTHOR.match(sentence.text)
    }
    about |= quoted_paragraphs(found)
    return [sentence._replace(kind="about") if sentence.paragraph in about else sentence for sentence in found]


def quoted_paragraphs(found: Sequence[Sentence]) -> set[int]:
    """The paragraphs that are someone's words quoted: a paragraph of text right after one whose last
    sentence ends on a verb of saying or writing and a colon ("In his notes, the Governor recorded:")."""
    quoted: set[int] = set()
    for before, sentence in zip(found, found[1:], strict=False):
        if (
            sentence.paragraph == before.paragraph + 1
            and before.kind == sentence.kind == "text"
            and _INTRODUCES_WORDS.search(before.text)
        ):
            quoted.add(sentence.paragraph)
    return quoted


# "sentenced to death and ordered to be hanged on 24 March", "the trial was due to open in May", "allowed
# their appeals to be heard the next day": the date is the day of what was ordered, allowed, planned or
# expected, which the sentence does not say happened; its own happening (the sentence, the plan) is told
# on no day, so the date dates no event of it.
_ORDERED = (
    r"\b(?:ordered|sentenced|scheduled|slated|due|set|planned|intended|expected|meant|supposed|told|"
    r"instructed|directed|summoned|allowed|permitted|authori[sz]ed)\s+(?:[\w'\u2019]+\s+){0,3}?to\s+"
)
# The date after a preposition ("to be hanged on 24 March", "to be taken up for hearing the next day"), or
# right after a passive ("to be heard the next day"); not right after an active verb's object, which it
# may date as well as the order ("ordered the guards to enforce the ban the next day").
_ORDERED_FOR = re.compile(
    rf"{_ORDERED}(?:be\s+)?(?!(?:the|a|an|his|her|its|their)\b)[a-z]+(?:\s+[^\s,;:.]+){{0,8}}?\s+"
    r"(?:on|in|for|by|at|during|before|after)\s+(?:the\s+)?(?:\w+\s+)?$"
    rf"|{_ORDERED}be\s+[a-z]+(?:ed|en|wn|ne|ld|ard|ght)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s+|\.\s")


def dates_an_order(sentence: Sentence, start: int) -> bool:
    """Whether the date that begins at `start` (an offset into the article) is the day of something
    the sentence tells was ordered, planned or expected ("ordered to be hanged on 24 March 1931")."""
    before = sentence.text[: start - sentence.start]
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(before)]
    return _ORDERED_FOR.search(before, breaks[-1] if breaks else 0) is not None
