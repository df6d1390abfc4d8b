"""Titles `t` offers an event beyond its quote's clauses: the subject an apposition names ("the Viceroy,
Lord Irwin, declared" -> "Lord Irwin declared"), an "it" told by what the opening clause names ("When the
Commission visited Lahore, Rai led a march against it" -> "… against the Commission"), and a subject's
second predicate ("X was convicted of …, and hanged in 1931" -> "X was hanged in 1931")."""

from __future__ import annotations

import re

# ", the Viceroy, Lord Irwin, declared ...": a role in lower case words or a title, then a name, then the predicate
_NAMED_BY_APPOSITION = re.compile(
    r"(?:^|,\s)(?:the|a|an)\s[^,]{1,60},\s((?:[A-Z][\w.’'-]*\s){1,4}?[A-Z][\w.’'-]*),\s([a-z][^,]*(?:,.*)?)$"
)
# "When the Commission visited Lahore on 30 October 1928, ...": what the opening clause is about
_OPENING_SUBJECT = re.compile(
    r"^(?:When|After|Before|As|While|Once|Although|Though|Because|Since)\s((?:the|a|an)\s[A-Z][\w’'-]*"
    r"(?:\s[A-Z][\w’'-]*)*)\s[a-z]"
)


# "Bhagat Singh was convicted of …, and hanged in March 1931": a subject, an auxiliary, two participles
_TWO_PREDICATES = re.compile(
    r"^((?:[A-Z][\w.’'-]*\s){1,4}(?:was|were|is|are|has been|have been|had been)\s)[a-z][^;]*?,?\sand\s([a-z]+ed\b.*)$"
)


def told_titles(sentence: str) -> list[str]:
    """Titles recast from `sentence` (no full stop): its second predicate told of its subject, its
    predicate told of the name an apposition gives its subject, and its main clause with an object "it"
    told by the opening clause's subject."""
    told = []
    if two := _TWO_PREDICATES.match(sentence):  # its second predicate told of the subject
        told.append(f"{two[1]}{two[2]}")
    if named := _NAMED_BY_APPOSITION.search(sentence):
        told.append(f"{named[1]} {named[2]}")
    if (opening := _OPENING_SUBJECT.match(sentence)) and "," in sentence:
        main = sentence.split(",", 1)[1].strip()
        if re.search(r"\bit\b", main) and not re.search(r"\bit\b", opening[0]):
            told.append(re.sub(r"\bit\b", opening[1][0].lower() + opening[1][1:], main, count=1))
    return told
