"""`vlasov review`'s groups in a's list: clear kinds a teacher often decides together, listed last, each
under a line saying which, so that one range decides them. People named only in a list or only cited
(never one of a role of their own, a fact told otherwise, or whom an event names); terms whose
description says nothing of them; events that only say words were said, or that are a fragment of
names with no verb (never one a mark lists first)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vlasov_cli.core.model import Event, Person, Term
    from vlasov_cli.state.store import Bank

LISTED = "named only in a list of three names or more, no role"
CITED = "only cited, a writer on the subject, one fact"
SAYS_NOTHING = "described by words that say nothing of it"
ONLY_WORDS = "only that words were said or written, not what"
FRAGMENT = "a fragment with no verb, only names"
GROUPS = (LISTED, CITED, SAYS_NOTHING, ONLY_WORDS, FRAGMENT)

_WORD = r"(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w’'-]*)"  # a capitalised word or an initial ("P. N. Ghosh")
_NAME = rf"{_WORD}(?:\s+{_WORD})*"
_BETWEEN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[()]\s*)"  # ", ", " and ", ", and ", "(", ")"
RUN = re.compile(rf"{_NAME}(?:{_BETWEEN}{_NAME}){{2,}}")
WRITER = (
    r"(?:historian|professor|scholar|theorist|author|writer|biographer|journalist|commentator|academic|"
    r"economist|sociologist|analyst|researcher)"
)
SAYS = r"(?:notes|writes|argues|says|observes|suggests|claims|describes|described|contends|states|explains|concludes)"


def group_of(bank: Bank, section: str, record: Person | Event | Term) -> str:
    """The group a record of `section` is listed under (one of GROUPS), or "" for none."""
    if section == "terms":
        return SAYS_NOTHING if _says_nothing_of(record) else ""  # type: ignore[arg-type]
    if section == "events":
        return _event_group(record.title)  # type: ignore[union-attr]
    return _person_group(bank, record) if section == "people" else ""  # type: ignore[arg-type]


def _person_group(bank: Bank, person: Person) -> str:
    if not person.facts or any(person.id in event.people for event in bank.events):
        return ""
    names = [name for name in (person.name, *person.aliases) if name]
    if not person.role and all(_only_in_runs(fact.quote, names) for fact in person.facts):
        return LISTED
    writer_role = re.search(rf"\b{WRITER}\b", person.role, re.IGNORECASE)
    if len(person.facts) == 1 and (not person.role or writer_role) and _cited(person.facts[0].quote, names):
        return CITED
    return ""


def _only_in_runs(quote: str, names: list[str]) -> bool:
    """Whether the quote names them, and only inside a run of three names or more ("A, B and C")."""
    runs = [match.span() for match in RUN.finditer(quote)]
    said = [match.span() for name in names for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", quote)]
    return bool(said) and all(any(start <= at and end <= stop for start, stop in runs) for at, end in said)


def _cited(quote: str, names: list[str]) -> bool:
    """Whether the quote cites them as a writer: "According to X,", "Historian X described", "X, a
    professor of …, notes that", "X writes"."""
    for name in map(re.escape, names):
        if re.search(
            rf"\b(?:according to\s+{name}\b|{WRITER}\s+{name}\b|{name}\s*,\s*(?:a|an|the)\s+(?:\w+\s+)?{WRITER}\b"
            rf"|{name}(?:\s*,[^,]*,)?\s+{SAYS}\b)",
            quote,
            re.IGNORECASE,
        ):
            return True
    return False


SAYING = (
    r"(?:said|wrote|stated|recorded|noted|declared|remarked|reported|observed|replied|added|commented|announced|"
    r"argued|claimed|explained|insisted|concluded)"
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
_SMALL = frozenset("the a an and or nor but of in at on to then also later".split())


def _event_group(title: str) -> str:
    """ONLY_WORDS for a title ending on a verb of saying, its words left out ("In his notes, the
    Governor recorded"; not "was reported"); FRAGMENT for one with no verb and no lower-case word but
    short ones ("Later the Harbour Board"; not "The capture of the fort", nor "Venn rows out")."""
    from vlasov_cli.features.draft.titles_verbs import is_verb

    if re.search(rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b{SAYING}$", title.rstrip(" :.,;")):
        return ONLY_WORDS
    words = title.split()
    if not any(is_verb(word.lower()) for word in words) and all(
        len(word.strip(",.;:()…")) <= 3 or word in _SMALL for word in words if word[:1].islower()
    ):
        return FRAGMENT
    return ""


def _says_nothing_of(term: Term) -> bool:
    """Whether a term's description says nothing of it: only its name and small words ("and the
    Harbour Act"), a sentence of it that ends on a colon, its words left out ("The Harwick Times
    reported:"), or a clause of something else that never names it ("the crew were paid off"; not
    an apposition, "a port of the north coast", "the board that ran the lights")."""
    from vlasov_cli.features.draft.titles_verbs import is_verb

    names = sorted((name for name in (term.name, *term.aliases) if name), key=len, reverse=True)
    description = term.description.strip()
    said = [re.search(rf"(?<!\w){re.escape(name)}(?!\w)", description) for name in names]
    if not any(said):
        main_clause = _RELATIVE.split(description)[0]
        return not re.match(r"(?i)an?\s", description) and any(is_verb(word) for word in main_clause.split())
    if description.endswith(":") and any(
        re.match(rf"(?:the\s+)?{re.escape(name)}\b", description, re.I) for name in names
    ):
        return True
    rest = re.sub("|".join(map(re.escape, names)), " ", description)
    return all(word.lower() in _SMALL for word in re.findall(r"[\w’'-]+", rest))
