"""`vlasov review`'s groups of people in a's list: clear kinds a teacher often decides together, listed
last, each under a line saying which, so that one range decides them. A person of a role of their own,
of a fact told otherwise, or whom an event names, is in none: a group never hides one a class needs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vlasov_cli.core.model import Person
    from vlasov_cli.state.store import Bank

LISTED = "named only in a list of three names or more, no role"
CITED = "only cited, a writer on the subject, one fact"
GROUPS = (LISTED, CITED)

_WORD = r"(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w’'-]*)"  # a capitalised word or an initial ("P. N. Ghosh")
_NAME = rf"{_WORD}(?:\s+{_WORD})*"
_BETWEEN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[()]\s*)"  # ", ", " and ", ", and ", "(", ")"
RUN = re.compile(rf"{_NAME}(?:{_BETWEEN}{_NAME}){{2,}}")
WRITER = (
    r"(?:historian|professor|scholar|theorist|author|writer|biographer|journalist|commentator|academic|"
    r"economist|sociologist|analyst|researcher)"
)
SAYS = r"(?:notes|writes|argues|says|observes|suggests|claims|describes|described|contends|states|explains|concludes)"


def group_of(bank: Bank, person: Person) -> str:
    """The group `person` is listed under (LISTED, CITED), or "" for none."""
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
