"""Whether a draft's event is solid enough to ask about: the draft is sure of its date, its title tells
a happening (a subject, then a verb in the past), and an order question keeps its events well apart.
A reviewed event (its `draft:` line deleted) is always taken at the reader's word."""

from __future__ import annotations

import datetime
import re

from vlasov_cli.core.model import Event

# How sure a draft must be of an event to ask about it: the draft's mark for a date its own sentence
# writes (a date reckoned from a nearby one, or a year taken from the narrative, is marked lower).
SURE = 0.9


def sure_of(event: Event) -> bool:
    """Whether an event is solid enough to ask about: a reviewed one always; a draft's only when its own
    sentence writes the date, the date is no span of years, and its title tells a happening."""
    if event.draft is None:
        return True
    return (
        event.draft >= SURE
        and event.precision != "window"
        and tells_happening(event.title)
        and not _DATE_OF_A_CLAUSE.search(event.quote)
    )


# A sentence whose first date is that of a clause after the happening, not the happening's own: "led to
# an embargo and a war, which began on January 16, 1991", "... until that goal was achieved in 1947".
_DATE_OF_A_CLAUSE = re.compile(
    r"^(?:(?!\b(?:1\d{3}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b).)*?(?:\buntil\b|, which\b)",
)


# What opens a title that does not start with its subject: a preposition, a linking adverb, a participle.
_OPENERS = re.compile(
    r"^(?:in|on|at|to|under|with|by|for|from|of|into|among|amid|against|within|throughout|over|through|"
    r"later|earlier|soon|eventually|finally|subsequently|consequently|meanwhile|also|so|thus|yet|but|and|"
    r"or|unable|some|many|much|one|\w+ing)\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = set(
    "began became led met won took went came gave made held sent fought left saw brought built bought chose "
    "drew fell fled found got grew heard kept knew laid lost meant ran rose said sold set shot sat spoke spent "
    "stood struck swore taught told thought threw understood wrote withdrew overthrew undertook broke bore "
    "beat caught dealt drove forgave hung hit let put quit read rode sought shook shut sank slew split spread "
    "stole swept tore paid did".split()
)
_PARTICIPLES = set(
    "born taken given known made held sent shot built chosen drawn driven found fought hung kept led left "
    "lost met paid laid put set seen sold sworn struck told thrown won written begun become been brought "
    "caught hidden overthrown beaten broken spoken stolen undertaken withdrawn slain sunk split spread shut "
    "run come gone done read taught understood hit".split()
)
_NOT_VERBS = {"hundred", "sacred", "naked", "wicked", "kindred", "hatred", "indeed", "speed", "need", "seed", "deed"}
_AUXILIARIES = {"was", "were", "had"}
# Participles of a state or a purpose, not a happening: "was designed to prevent", "was known as".
_STATES = {"designed", "intended", "meant", "expected", "supposed", "known", "considered", "regarded", "believed"}
_MODALS = {"would", "could", "should", "might", "may", "can", "will", "must", "shall", "is", "are", "has", "have"}
# A scrap where a word or a date was cut: "... his father Sh", "... two years", "In his notes dated the
# ...", "a trust in his mother's memory to build" (not "was sent to Mandalay"); a list cut short
# ("blockaded rail, road", its "and water access" lost; "..., the Trent" is an apposition); a look back
# at the sentence before ("himself previously had appeared").
_CUT = re.compile(
    r"\b[A-Z][a-z]?$|\b(?:years?|months?|weeks?|days?)$|\bdated the\b|\bto [a-z]+$|\bpreviously\b"
    r"|,(?! the | an? )(?:(?! and | or )[^,…])*$"
)


def _past(word: str) -> bool:
    """Whether a word is a verb in the past tense ("signed", "began"; a capitalised word is a name)."""
    regular = word.endswith("ed") and len(word) > 4 and word not in _NOT_VERBS
    return word.islower() and (word in _IRREGULAR_PAST or regular)


def tells_happening(title: str) -> bool:
    """Whether a title tells a whole happening, as a draft's must to be asked about: it starts with its
    subject (no preposition, participle or linking word before it, no comma inside it) and has a verb in
    the past tense ("Tilak joined the Congress", "Bhagat Singh was born"): no state ("had a long
    history", "were also angry"), no present or conditional, no two verbs run together where words were
    cut ("concluded included"), no scrap where a word or a date was cut."""
    if _OPENERS.match(title) or _CUT.search(title):
        return False
    words = re.findall(r"[\w’'.-]+|,", title)
    for index, word in enumerate(words[1:], start=1):
        if word == "," or word in _MODALS:
            return False
        after = [next_word for next_word in words[index + 1 :] if not next_word.endswith("ly")][:2]
        if word in _AUXILIARIES:  # "was born", "had largely financed"; not "had a long history"
            told = after[0] in _PARTICIPLES or _past(after[0]) or after[0] in ("not", "been") if after else False
            return told and after[0] not in _STATES
        if _past(word):
            return not (after and _past(after[0]))
    return False


# Two events of a draft go in one order question only this many days apart at least: a drafted date
# may be a little off, and a student orders happenings well apart, not those of one week.
APART_DAYS = 30


def plain_deed(deed: str) -> bool:
    """Whether a draft's deed asks "Who <deed>?" plainly: a happening of its own ("declared war on the
    United States", not "of Algiers declared war"), with no pronoun pointing at the answer ("concluded
    his negotiations", "announced his resignation": whose, the question gives away or leaves open)."""
    verb = deed.split()[0] if deed else ""
    opens = verb in _AUXILIARIES or _past(verb)
    return opens and tells_happening(f"Someone {deed}") and not re.search(r"\b(?:his|her|their|him|them)\b", deed)


def too_close(first: Event, second: Event) -> bool:
    """Whether two events, either a draft's, fall within APART_DAYS of each other (any two of a
    reviewed bank may be ordered where they cannot share a day)."""
    if first.draft is None and second.draft is None:
        return False
    earlier, later = sorted((first, second), key=lambda event: event.earliest)
    gap = datetime.date.fromisoformat(later.earliest) - datetime.date.fromisoformat(earlier.latest)
    return gap.days < APART_DAYS
