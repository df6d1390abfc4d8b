"""A title recast so that it tells the happening itself, as a teacher would write it on a timeline: a
place with a "where" clause told as the happening at that place, the comment on an earlier happening
told as the new one it names, an assessment of a battle or a treaty told as its fighting or signing,
"the latter" and "the former" told by the names they point to, and never a title that stops inside a
quotation or after an aside that opened a clause it cut off."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_verbs import is_verb

_NAME = r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|de|von|the)\s+)*){0,4}[A-Z][\w'\u2019.-]*"
# "Slavkov Castle, where an armistice was signed ...": a place and what happened there, no verb of its own
_PLACE_WHERE = re.compile(rf"^(?:The\s+)?(?P<place>{_NAME}),\s+where\s+(?P<clause>[a-z][^;]*)$")
# Where "at <place>" goes in that clause: before the phrase telling when ("after the battle", "on 6 May")
_WHEN_PHRASE = re.compile(r"\s(?=(?:after|before|during|following|until|on|in)\s+(?:the\s+[a-z]|\d|[A-Z][a-z]+\s+\d))")
# "This spectacular victory was soured by the defeat of a fleet at X": a happening told before ("this
# victory") and a comment on it, whose agent is the new happening ("the defeat of a fleet at X").
COMMENT_BY = (
    r"(?:was|were)\s+(?:[a-z]+ly\s+)?(?:soured|marred|overshadowed|eclipsed|offset|tempered|spoiled|spoilt|"
    r"dampened|clouded|tarnished|undone|undermined|followed|crowned|capped)\s+by\s+(?:the\s+)?"
)
_COMMENTED = re.compile(
    rf"^(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+){{0,3}}?[a-z]+\s+{COMMENT_BY}"
    r"(?P<happening>[a-z]+\s+(?:of|at|in|by)\s+.+)$"
)
# "The Battle of X was one of the most important engagements of ...": what the battle was, no happening
_ASSESSED = re.compile(
    r"^(?P<name>(?:The\s+)?(?P<kind>Battle|Siege|Treaty|Peace|Convention|Pact)\s+of\s+[A-Z][^,;]*?)\s+"
    r"(?:was|is|remains|became|proved)\s+(?:(?:one|some)\s+of\s+the|among\s+the|the\s+(?:[a-z]+est|most|first|"
    r"last|largest|decisive)|an?\s+(?:decisive|major|important|significant|turning|pivotal|key|great|crucial))\b"
)
_ASSESSED_VERB = {"Battle": "was fought", "Siege": "was laid", "Treaty": "was signed", "Peace": "was signed"}
# "France and Austria signed ..., and the treaty took the latter out of the war": two names, then "the latter"
_PAIR = re.compile(rf"(?<![\w,])(?P<former>(?:the\s+)?{_NAME})\s+and\s+(?P<latter>(?:the\s+)?{_NAME})(?![\w'\u2019])")
# (a pronoun, not an adjective: "the former president" is left alone)
_LATTER = re.compile(
    r"\bthe\s+(?P<which>latter|former)(?=\s*$|\s*[,;:.)]|\s+(?:was|were|had|is|are|would|could|out|of|in|into|to|from|"
    r"with|as|and|but|or|who|which|for|on|at|by|back|away|over|off|[a-z]+ed)\b)"
)
# An opening quotation mark whose quotation the title does not close: the title stops before it
_OPEN_QUOTATION = re.compile(r"\s*[\"\u201c][^\"\u201d]*$")
# What introduces a quotation a title may end before: a colon, a comma, "that" ("sentenced for: "causing")
_BEFORE_QUOTATION = re.compile(r"(?:\s+(?:for|that)\s*:?|\s*[,:])\s*$", re.IGNORECASE)
# "... the Pratzen Heights and, while doing so": an "and" whose aside the cut kept without its clause
_ASIDE_LEFT_OPEN = re.compile(r"\s+(?:and|but|or|yet),\s+[^,;]*$")


def where_told(quote: str, dates: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A quote that is a place and a "where" clause, told as the clause's happening at that place
    ("Slavkov Castle, where an armistice was signed after the battle on 6 December" -> "an armistice
    was signed at Slavkov Castle after the battle on 6 December"), its dates moved with their words."""
    told = _PLACE_WHERE.match(quote.rstrip(" ."))
    if told is None or any(start < told.start("clause") for start, _ in dates):
        return quote, dates
    clause, start = told["clause"], told.start("clause")
    when = _WHEN_PHRASE.search(clause)
    at = when.start() if when else len(clause)
    place = f" at {told['place']}"
    moved = [(low - start, high - start) for low, high in dates]
    moved = [(low + len(place), high + len(place)) if low >= at else (low, high) for low, high in moved]
    return clause[:at] + place + clause[at:], moved


def happening_told(title: str, sentence: str) -> str:
    """The title telling the happening itself: the new happening a comment on an earlier one names ("This
    victory was soured by the defeat of a fleet at X" -> "Defeat of a fleet at X"), a battle or treaty
    an assessment names ("The Battle of X was one of the most important ..." -> "The Battle of X was
    fought"), "the latter" or "the former" told by the two names before it in its sentence, and no
    quotation or aside left open by a cut."""
    if commented := _COMMENTED.match(title):
        happening = commented["happening"]
        return happening[:1].upper() + happening[1:]
    if assessed := _ASSESSED.match(title):
        name, kind = assessed["name"], assessed["kind"]
        return f"{name} {_ASSESSED_VERB.get(kind, 'was signed')}"
    title = _pointed(title, sentence)
    while (shorter := _closed(title)) != title:
        title = shorter
    return title


def _pointed(title: str, sentence: str) -> str:
    """The title with "the latter" (or "the former") told by the second (or first) of the two names its
    sentence joins by "and" before it ("France and Austria signed a truce, and the treaty took the latter
    out of the war" -> "... took Austria out of the war"); as it is when no such pair comes before."""
    pointing = _LATTER.search(title)
    if pointing is None:
        return title
    at = sentence.find(pointing[0])
    pairs = list(_PAIR.finditer(sentence, 0, at)) if at > 0 else []
    if not pairs:
        return title
    name = pairs[-1][pointing["which"]]
    return title[: pointing.start()] + name + title[pointing.end() :]


def _closed(title: str) -> str:
    """The title without a quotation it opens and does not close (with the word that led to it: "was
    sentenced for: "causing explosions" -> "was sentenced"), and without an "and" and its aside left
    open by a cut ("abandon the Heights and, while doing so" -> "abandon the Heights")."""
    if title.count('"') % 2 or title.count("\u201c") > title.count("\u201d"):
        opened = _OPEN_QUOTATION.search(title)
        leader = _BEFORE_QUOTATION.search(title, 0, opened.start()) if opened else None
        if leader is not None and _predicate_whole(title[: leader.start()]):
            return title[: leader.start()]
    aside = _ASIDE_LEFT_OPEN.search(title)
    return title[: aside.start()] if aside else title


def _predicate_whole(text: str) -> bool:
    """Whether `text` tells a happening without the quotation after it: two words or more after its last
    verb, the last no verb ("Both men were sentenced to life imprisonment"; not "Carter said", "he began
    as", "a paper declaring")."""
    words = text.split()
    verbs = [place for place, word in enumerate(words) if is_verb(word.strip(",;:")) or word.endswith("ing")]
    return bool(verbs) and len(words) - verbs[-1] > 2
