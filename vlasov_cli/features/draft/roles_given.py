"""The role a draft gives a person its surer rules left without one: the first phrase of the kinds the
review's `t` offers and teachers keep as they stand ("Davout\u2014the commander of III Corps\u2014" gives
"commander of III Corps", ", wife of another member, Tom Reed," gives "wife of Tom Reed", "X became the
new head of the school" gives "new head of the school"), found by draft/roles_told.py in the sentences
naming them. Never one a class could not answer "Who was this: ROLE?" by: a rank or a word alone, whose
("his son", "another associate"), a group's ("Generals"), one naming the person, or one another person
holds or would be given too."""

from __future__ import annotations

from collections import Counter
from typing import Any

from vlasov_cli.core.lint import unclear_role
from vlasov_cli.features.draft.capitals import is_title_word
from vlasov_cli.features.draft.deed_roles import with_role
from vlasov_cli.features.draft.roles import is_role_noun, rank_only
from vlasov_cli.features.draft.roles_of_groups import plural_role
from vlasov_cli.features.draft.roles_to_subject import RELATIONS, relation_only
from vlasov_cli.features.draft.roles_told import FORMS_OF_ADDRESS, a_role, cleaned, roles_in, unaddressed

_WHOSE = frozenset("his her their its whose my our another other fellow close one two three both".split())
_PRONOUNS = frozenset("his her their its".split())
_CLAUSE_WORDS = frozenset("who whom whose which that".split())
_COPULAS = frozenset("was were is are be been has have had".split())  # "third attempt was made by ...": a clause
_ANYONE = frozenset("person man woman people figure individual one".split())  # "hard working person"


def with_told_roles(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The person entries, each without a role given the first fit phrase their sentences tell them
    by, where no other person has it or would be given it."""
    found = [_fit_roles(entry) if not entry.get("role") else [] for entry in entries]
    held = Counter(str(entry["role"]).casefold() for entry in entries if entry.get("role"))
    for roles in found:
        held.update({role.casefold() for role in roles})
    given = []
    for entry, roles in zip(entries, found, strict=True):
        # (a role "of one of" the group's things says itself that others of the list hold one too)
        role = next((role for role in roles if held[role.casefold()] == 1 or " one of the " in role), "")
        given.append(with_role(entry, role) if role else entry)
    return given


def _fit_roles(entry: dict[str, Any]) -> list[str]:
    """The role phrases the person's sentences give them that a class could tell them by, once each."""
    forms = [str(form) for form in (entry.get("name"), *(entry.get("aliases") or [])) if form]
    phrases = []
    for fact in entry.get("facts") or []:
        quote = str(fact.get("quote") or fact.get("text") or "")
        # (not "René's mother" of "Gilles and René's mother": the two's, cut to one)
        phrases += [phrase for phrase in roles_in(quote, forms) if not _owned_jointly(phrase, quote)]
    # "another hunger striker, X": someone else is one too
    phrases = [phrase for phrase in phrases if phrase.split()[0].casefold() not in _WHOSE]
    fit = [role for role in (unaddressed(cleaned(phrase)) for phrase in phrases) if _fit(role, forms)]
    return list(dict.fromkeys(fit))


def _owned_jointly(phrase: str, quote: str) -> bool:
    """Whether a possessive's role is told of two owners, the phrase keeping the last: "René's mother" of
    "Gilles and René's mother"."""
    return phrase.split()[0].endswith(("'s", "\u2019s")) and f" and {phrase}" in quote


def _fit(role: str, forms: list[str]) -> bool:
    words = role.split()
    return (
        a_role(role)
        and not unclear_role(role)
        and not rank_only(role)
        and not plural_role(role)
        and not relation_only(role)
        and words[0].casefold() not in _WHOSE
        and role.count("(") == role.count(")")
        and role.count('"') % 2 == 0
        and not _named_in(role, forms)
        and words[0].casefold().rstrip(".") not in FORMS_OF_ADDRESS  # "Sir of Grange"
        and not (len(words) == 2 and words[0] in ("new", "former", "later"))  # "new ruler": of what?
        and words[-1] not in _ANYONE
        and not words[-1].endswith(("'s", "\u2019s"))  # "King of Zhou's": cut before what it owns
        and _says_who(words)
        and not _relation_to_many(words)
    )


def _relation_to_many(words: list[str]) -> bool:
    """Whether a role is a relation to no one named, "friend of the weavers" (which friend?), not "wife of
    Tom Reed"."""
    return words[0].casefold() in RELATIONS and not any(word[:1].isupper() for word in words[1:])


def _named_in(role: str, forms: list[str]) -> bool:
    """Whether a role holds a word of the person's name, which would give the answer away: "King of
    France" of "Charles VII of France" ("Who was this: King of France?")."""
    named = {
        word.casefold()
        for form in forms
        for word in form.split()
        if word[:1].isupper() and not (is_title_word(word) or is_role_noun(word, False))
    }
    return bool(named & {word.strip(",;").casefold() for word in role.split()})


def _says_who(words: list[str]) -> bool:
    """Whether the words before a role's clause ("... who would later found ...") hold a word for a
    person, no verb of a clause ("was made"), no untold pronoun ("grandson through his daughter") and
    no name after a word for a person ("Musa's general Saghmanja conquered Gao": a sentence)."""
    head = []
    for word in words:
        if word.casefold() in _CLAUSE_WORDS:
            break
        head.append(word.strip(",;"))
    if any(word.casefold() in _COPULAS or word.casefold() in _PRONOUNS for word in head[1:]):
        return False
    for word, following in zip(head, head[1:], strict=False):
        if word.islower() and is_role_noun(word, True) and following[:1].isupper() and following != "of":
            return False
    return any(is_role_noun(word.removesuffix("'s").removesuffix("\u2019s"), True) for word in head)
