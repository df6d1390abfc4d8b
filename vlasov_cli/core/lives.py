"""A person's birth and death as a draft's titles tell them ("Gokula was executed in Agra", "Lothair was
born to Louis the Pious"): a life's first and last happenings, which give their place away in an order
question and are asked once where the article tells them twice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vlasov_cli.core.model import Event, Person
from vlasov_cli.core.text import fold

# A life's first and last happenings: "Gokula was executed in Agra", "Lothair was born to Louis the Pious".
# ("Brun and members of his family were massacred": the first named's end too.)
_LIFE = re.compile(
    r"^(.+?)(?: and [^,]+)? (?:was (born)|died|(?:was|were) (?:executed|killed|assassinated|hanged|murdered|"
    r"beheaded|massacred))\b"
)


def life_of(event: Event) -> tuple[str, str] | None:
    """Whose birth or death a draft's title tells, its subject named and nothing before the verb, and which
    ("Gokula was executed in Agra" -> ("gokula", "end"); not "Hela became emperor when Taizong died")."""
    life = _LIFE.match(event.title) if event.draft is not None else None
    if not life or re.search(r"\b(?!(?:of|the|de|von|van|al|bin|ibn)\b)[a-z]", life[1]):
        return None
    return fold(life[1]), "born" if life[2] else "end"


def life_bounds(events: Sequence[Event], subject: Sequence[Person]) -> frozenset[str]:
    """The draft's events telling its subject's birth or death (`life_of`): in an order question or a
    "which came first" they give their place away (the hero's birth comes first, his death last)."""
    forms = {fold(form) for person in subject for form in (person.name, *person.aliases)}
    bounds = set()
    for event in events:
        life = life_of(event)
        if life and any(f" {form} " in f" {life[0]} " or _named_by_part(life[0], form) for form in forms):
            bounds.add(event.id)
    return frozenset(bounds)


def _named_by_part(named: str, form: str) -> bool:
    """Whether a life's subject is one name of the subject's own ("Peter" of "Peter III of Aragon")."""
    return " " not in named and named in form.split()
