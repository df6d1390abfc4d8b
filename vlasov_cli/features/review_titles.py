"""Titles `t` offers an event beyond its quote's clauses: the subject an apposition names ("the Viceroy,
Lord Irwin, declared" -> "Lord Irwin declared"), an "it" told by what the opening clause names ("When the
Commission visited Lahore, Rai led a march against it" -> "… against the Commission"), and a subject's
second predicate ("X was convicted of …, and hanged in 1931" -> "X was hanged in 1931"); and the happening
itself where the title tells a comment on it, a place with a "where" clause, or "the latter" (`happenings`)."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_recast import COMMENT_BY

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


# "The victory was followed by the capture of X", "Their success was overshadowed by the loss of X": the
# comment's agent, a happening of its own (not sure when the subject is no earlier happening: `t` offers it)
_COMMENT_ON = re.compile(rf"\b{COMMENT_BY}(?P<happening>[a-z]+\s+(?:of|at|in|by)\s+[^,;]+)")
# "They reached Hollin Hall, where a treaty was signed": the place and what happened there
_PLACE_THEN_WHERE = re.compile(
    r"(?P<place>(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|de|the)\s+)*){0,4}[A-Z][\w'\u2019.-]*),\s+where\s+(?P<clause>[a-z][^,;]*)"
)


def happenings(title: str, sentence: str) -> list[str]:
    """Titles telling the happening itself, likeliest first: the title as the drafter tells it today
    (`happening_told`: a comment's new happening, a battle fought, "the latter" named, a quotation or an
    aside left open cut off), an answer with what it answers ("Napoleon accepted" -> "Francis I offered
    an armistice and Napoleon accepted"), a comment's agent ("... was followed by the capture of X" ->
    "Capture of X"), and what a "where" clause tells happened at its place ("They reached X Hall, where a
    treaty was signed" -> "A treaty was signed at X Hall")."""
    from vlasov_cli.features.draft.titles import answered
    from vlasov_cli.features.draft.titles_recast import happening_told

    told = [happening_told(title, sentence)]
    if offer := answered(title, sentence):
        told.append(_DATE_AT_END.sub("", offer[0]) + offer[1])
    for text in (title, sentence):
        if comment := _COMMENT_ON.search(text):
            happening = _DATE_AT_END.sub("", comment["happening"])
            told.append(happening[:1].upper() + happening[1:])
    if where := _PLACE_THEN_WHERE.search(sentence):
        clause = _DATE_AT_END.sub("", where["clause"])
        told.append(f"{clause[:1].upper()}{clause[1:]} at {where['place']}")
    return [text for text in dict.fromkeys(told) if text and text != title]


_DATE_AT_END = re.compile(
    r"\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)$|\s+the following \w+$"
    r"|\s+(?:on|in|by)\s+(?:\d{1,2}\s+)?[A-Z]?[a-z]*\s*\d{0,2},?\s*\d{3,4}$"
)
