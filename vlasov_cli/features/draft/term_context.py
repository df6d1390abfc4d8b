"""What the words around a term say of it: its kind ("his paper Kesari", "the Kesari newspaper", "the
Hindu scripture, the Bhagavad Gita") and the article's defining phrase ("the Kesari, a Marathi
newspaper"), which describes it better than the first sentence that names it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# Lower-case words that say what a name next to them is.
CONTEXT_KINDS = {
    "document": """
        newspaper newspapers paper papers weekly weeklies daily dailies journal journals magazine
        magazines book books treatise treatises commentary scripture scriptures epic epics poem poems
        novel novels film films play plays essay essays pamphlet pamphlets text texts periodical
        """,
    "organisation": "party parties league society association college school university company",
    "place": "river city town village district province fort prison jail island region",
}
CONTEXT_KIND = {word: kind for kind, words in CONTEXT_KINDS.items() for word in words.split()}
_KIND_WORDS = "|".join(sorted(CONTEXT_KIND, key=len, reverse=True))
_FREE = '[^,.;:()"\u201c\u201d]'  # a character of a phrase
_SUBORDINATOR = re.compile(
    r"\b(?:when|as|after|before|if|while|although|though|since|because|once|until)\b", re.IGNORECASE
)
_QUOTE = "[\"\u201c\u201d'\u2018\u2019]?"


class Context(NamedTuple):
    kind: str  # "" when no word around the term says it
    description: str  # the article's defining phrase ("a Marathi newspaper"), or ""
    sentence: int  # where the phrase stands (-1 when none)


def context_of(forms: Iterable[str], texts: Iterable[tuple[int, str]]) -> Context:
    """The kind and the defining phrase the sentences `texts` (index, text) give a term named by one of
    `forms`; the first sentence that says something wins."""
    kind, description, where = "", "", -1
    patterns = [_patterns(form) for form in forms if form]
    for index, text in texts:
        for before, after, apposition in patterns:
            found = before.search(text) or after.search(text)
            if found and not kind:
                kind = CONTEXT_KIND[found["kind"]]
            phrase = apposition.search(text)
            if phrase and not description and _describes(phrase["phrase"]) and not _clause_ends(text, phrase):
                description, where = phrase["phrase"].strip(), index
                if not kind and phrase["kind"]:
                    kind = CONTEXT_KIND[phrase["kind"]]
        if kind and description:
            break
    return Context(kind, description, where)


def _patterns(form: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    name = re.escape(form)
    # "his paper Kesari", not the film "Lokmanya Bal Gangadhar Tilak" of the term "Lokmanya"
    before = re.compile(rf"\b(?P<kind>{_KIND_WORDS}),?\s+(?:the\s+)?{_QUOTE}{name}\b(?!\s+[A-Z])")
    after = re.compile(rf"\b{name}{_QUOTE}\s+(?P<kind>{_KIND_WORDS})\b")  # "the Kesari newspaper"
    apposition = re.compile(  # "the Kesari, a Marathi newspaper,", "Kirti, the journal of ..."
        rf"\b{name}{_QUOTE},\s+(?P<phrase>(?:a|an|the)\s+(?:{_FREE}{{0,80}}?\b(?P<kind>{_KIND_WORDS})\b{_FREE}{{0,40}}?"
        rf"|{_FREE}{{3,80}}?))(?=[,.;:()]|$)"
    )
    return before, after, apposition


def _clause_ends(text: str, phrase: re.Match[str]) -> bool:
    """Whether the name ends a clause that opened with "when", "as", "after" ... and the words after
    its comma run to the sentence's end ("when it was raised in the Senate, the Crown denied any
    role."): the main clause, no apposition ("so long as Egypt, the leading Arab state, remained")."""
    opened = re.split(r"[,;:]", text[: phrase.start()])[-1]
    return _SUBORDINATOR.search(opened) is not None and not text[phrase.end() :].startswith(",")


def _describes(phrase: str) -> bool:
    """Whether an apposition says what a thing is ("a Marathi newspaper"), not the next of a list ("the
    Punjab"): some word after its article is lower-case, and it is no clause ("the British charged")."""
    words = phrase.split()[1:]
    return any(word[:1].islower() for word in words[:4]) and len(words) <= 12
