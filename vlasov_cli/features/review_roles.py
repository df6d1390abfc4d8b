"""Roles to start a person's new role from at review: every phrase the drafter's role rules accept
around the person's name in their facts, not only the one the draft chose."""

from __future__ import annotations

from typing import Any

from vlasov_cli.core.lint import unclear_role
from vlasov_cli.features.draft.capitals import tokens
from vlasov_cli.features.draft.deeds import Deed, mentions, told_as
from vlasov_cli.features.draft.roles_told import a_role, cleaned, roles_in, unaddressed
from vlasov_cli.features.review_role_lists import roles_of_list

MOST_ROLES = 9  # as many as a single key press numbers


def role_choices(person: Any) -> list[str]:
    """The person's own role first (if any), then each role phrase their facts give them, cleaned
    ("a founding member of the Harbour Guild," -> "founding member of the Harbour Guild"), then what
    they did ("who dismissed the appeal"), said with a role where one is told ("judge who dismissed the
    appeal"), once each; never a phrase `check` warns of (a rank or a single word: "marksman") alone."""
    name = str(person.get("name", "") or "")
    forms = [name, *(str(alias) for alias in person.get("aliases") or [])]  # (not "Singh" alone: Randhir's too)
    found = [str(person.get("role", "") or "")]
    deeds: list[Deed] = []
    shared: list[str] = []  # roles a whole list of names is given, after the person's own
    for fact in person.get("facts") or []:
        if isinstance(fact, dict):
            text = str(fact.get("quote", "") or fact.get("text", ""))
            found += roles_in(text, [form for form in forms if form], deeds)
            words = tokens(text)
            shared += [
                role
                for start, _ in mentions(words, [form for form in forms if form])
                for role in roles_of_list(words, start)
            ]
    found += shared
    own = cleaned(found[0])
    told = [role for role in (unaddressed(cleaned(role)) for role in found[1:]) if a_role(role)]
    roles = [role for role in dict.fromkeys([own, *told]) if role and role.casefold() != name.casefold()]
    deeds.sort(key=lambda found: found[0].split()[0] in ("was", "were", "is", "are", "had", "has"))  # a deed first
    joined = [role for role in roles if "who" not in role.split()]
    listed = [role for role in joined if unclear_role(role) and role in shared]  # "revolutionaries such as X"
    joins = [role for role in joined if role not in listed]
    joins = [role for role in joins if unclear_role(role)] + [role for role in joins if not unclear_role(role)]
    with_roles = [told_as(found, role) for found in dict.fromkeys(deeds) for role in _shortest_first(joins[:2])]
    with_roles += [told_as(found, role) for found in dict.fromkeys(deeds) for role in listed[:1]]  # theirs after
    clear = [role for role in roles if not unclear_role(role)]
    offers = [*clear[:5], *with_roles[:4], *(told_as(found) for found in deeds), *with_roles[4:], *clear[5:]]
    return [offer for offer in dict.fromkeys(offers) if offer][:MOST_ROLES]


def _shortest_first(roles: list[str]) -> list[str]:
    return sorted(roles, key=lambda role: len(role.split()))
