"""Roles to start a person's new role from at review: every phrase the drafter's role rules accept
around the person's name in their facts, not only the one the draft chose."""

from __future__ import annotations

from typing import Any

from vlasov_cli.features.draft.capitals import Token, tokens
from vlasov_cli.features.draft.roles import (
    defining_role,
    office_given,
    role_after,
    role_before,
    role_of_list,
    role_words,
    text_of,
)
from vlasov_cli.features.draft.sentences import Sentence

MOST_ROLES = 9  # as many as a single key press numbers


def role_choices(person: Any) -> list[str]:
    """The person's own role first (if any), then each role phrase their facts give them, cleaned
    ("a founding member of the Harbour Guild," -> "founding member of the Harbour Guild"), once each."""
    name = str(person.get("name", "") or "")
    forms = [name, *(str(alias) for alias in person.get("aliases") or []), name.split()[-1] if name else ""]
    found = [str(person.get("role", "") or "")]
    for fact in person.get("facts") or []:
        if isinstance(fact, dict):
            found += _roles_in(str(fact.get("quote", "") or fact.get("text", "")), [form for form in forms if form])
    own, *told = [_cleaned(role) for role in found]
    told.sort(key=lambda role: len(role.split()) < 2)  # a lone word ("keeper") tells least: last
    return [role for role in dict.fromkeys([own, *told]) if role and role.casefold() != name.casefold()][:MOST_ROLES]


def _roles_in(text: str, forms: list[str]) -> list[str]:
    """The role phrases around each mention of one of `forms` in the sentence `text`."""
    sentence = Sentence(0, len(text), text, 1, "text")
    words = tokens(text)
    roles: list[str] = []
    for start, end in _mentions(words, forms):
        before = role_before(text, words, start) or role_of_list(text, words, start)
        if before:
            owner = before[0] if before[0].lower not in ("the", "a", "an") else None
            at = words.index(owner) if owner else -1
            if at >= 1 and words[at - 1].possessive:  # "Singh's friend Sukhdev": whose friend
                before = [words[at - 1], *before]
            roles.append(text_of(sentence, before))
        if after := role_after(words, end):
            roles.append(role_words(sentence, after))
        if office := office_given(words, start, end):
            roles.append(text_of(sentence, office))
        if defined := defining_role(text[words[end - 1].base_end :]):
            roles.append(defined)
    return roles


def _mentions(words: list[Token], forms: list[str]) -> list[tuple[int, int]]:
    """Where (start, end token) one of `forms` stands in `words`, the longest form at each place."""
    spans: list[tuple[int, int]] = []
    bases = [word.base for word in words]
    for form in sorted(forms, key=len, reverse=True):
        wanted = [token.base for token in tokens(form)]
        for start in range(len(words) - len(wanted) + 1):
            inside = any(first <= start < last for first, last in spans)
            if wanted and bases[start : start + len(wanted)] == wanted and not inside:
                spans.append((start, start + len(wanted)))
    return spans


def _cleaned(role: str) -> str:
    """A role as a line to edit: no trailing comma, no opening "a"/"an"."""
    role = " ".join(role.split()).strip(" ,;:")
    first, _, rest = role.partition(" ")
    return rest if first.lower() in ("a", "an") and rest else role
