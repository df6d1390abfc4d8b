"""Titles `t` offers an event beyond its quote's clauses: the subject an apposition names ("the Viceroy,
Lord Irwin, declared" -> "Lord Irwin declared"), and an "it" told by what the opening clause names
("When the Commission visited Lahore, Rai led a march against it" -> "… against the Commission")."""

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


def told_titles(sentence: str) -> list[str]:
    """Titles recast from `sentence` (no full stop): its predicate told of the name an apposition gives
    its subject, and its main clause with an object "it" told by the opening clause's subject."""
    told = []
    if named := _NAMED_BY_APPOSITION.search(sentence):
        told.append(f"{named[1]} {named[2]}")
    if (opening := _OPENING_SUBJECT.match(sentence)) and "," in sentence:
        main = sentence.split(",", 1)[1].strip()
        if re.search(r"\bit\b", main) and not re.search(r"\bit\b", opening[0]):
            told.append(re.sub(r"\bit\b", opening[1][0].lower() + opening[1][1:], main, count=1))
    return told
