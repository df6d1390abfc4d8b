"""A draft's people and terms as bank entries: a person's facts (every sentence naming them), role and
aliases; a term's description and quote; and the ids they are filed under."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from vlasov_cli.core.lint import rank_alias, unclear_role
from vlasov_cli.core.text import fold
from vlasov_cli.features.draft.name_words import TITLES
from vlasov_cli.features.draft.names import DraftPerson, DraftTerm
from vlasov_cli.features.draft.roles_to_subject import relation_only, role_to_subject
from vlasov_cli.features.draft.sentences import Sentence

EARLY_WORDS = 8  # a sentence names its subject among its first words
LEAST_TERM_CONFIDENCE = 0.5
# "Her father", "his boss": who someone is to another, no role a reader could recognise them by;
# "Another associate", "fellow inmate", "close associate": of whom, the role does not say.
_RELATIVE_ROLE = re.compile(
    r"(?:his|her|their|its|whose|my|our|another|other|fellow|close|one|two|three|both)\b", re.IGNORECASE
)


_PEER_RANKS = frozenset("Viscount Baron Baroness Earl Marquess Marquis Viscountess Countess".split())
_SAYING = re.compile(r",\s+(?:saying|stating|declaring|adding|writing|noting|arguing|remarking)\s*:$")


def surname(person: DraftPerson) -> str:
    singles = [alias for alias in person.aliases if " " not in alias and alias in person.name]
    return singles[0] if singles else person.name.split()[-1]


def person_entry(
    person: DraftPerson,
    person_id: str,
    found: Sequence[Sentence],
    author: str,
    subject: DraftPerson | None = None,
    his: str = "his",
    people: Sequence[DraftPerson] = (),
) -> dict[str, Any]:
    facts: list[dict[str, str]] = []
    told = [index for index in person.sentences if found[index].kind in ("text", "caption")]
    # Every sentence that names them, those naming them near their start first: those tell of them,
    # while one naming them further on may tell of someone else ("She married the schoolteacher Henry
    # Dow" is the bride's fact before his), and a question offering another's fact takes their first.
    early = [index for index in told if _names_early(found[index].text, (person.name, *person.aliases))]
    for index in [*early, *(index for index in told if index not in early)]:
        quote = text = found[index].text
        if text.rstrip().endswith(":"):
            deed = _SAYING.sub(".", text.rstrip())
            if deed == text.rstrip():
                continue  # "Tilak said about Vivekananda:": what he said follows, the sentence tells nothing
            text = deed  # "X spoke in support of the strikers, saying:": what he did, told before his words
        if quote not in [fact["quote"] for fact in facts]:
            facts.append({"text": text, "quote": quote})
    name = _peer_name(person)
    entry: dict[str, Any] = {
        "id": person_id,
        "draft": round(person.confidence, 2),
        "name": name,
        "aliases": [alias for alias in (person.name, *person.aliases) if alias != name and not _unfit_alias(alias)],
    }
    # A role a reader can tell them by: the article's phrase, never a rank or a lone word ("engineer"); who
    # they were to the article's subject told of the subject ("his rival Gokhale": "rival of B. G. Tilak").
    # An own role that says who they are ("school teacher", "Peter's eldest son") is kept.
    own = not (_RELATIVE_ROLE.match(person.role) or unclear_role(person.role) or relation_only(person.role))
    role = role_to_subject(person, found, subject, his, people) if not own and subject and subject is not person else ""
    if role:
        entry["role"] = role
    elif person.role and not _RELATIVE_ROLE.match(person.role) and not unclear_role(person.role):
        entry["role"] = person.role
    if author and person.name == author:
        entry["kind"] = "writer"
        entry["role"] = entry.get("role") or "Author of the article"
    entry["facts"] = facts
    return entry


def _peer_name(person: DraftPerson) -> str:
    """A peer known by one name is named with their rank ("Viscount Dunedin", not "Dunedin", which
    reads as a city) when the article writes it so."""
    if " " in person.name:
        return person.name
    for alias in person.aliases:
        words = alias.split()
        if len(words) >= 2 and words[-1] == person.name and words[-2] in _PEER_RANKS:
            return f"{words[-2]} {person.name}"
    return person.name


def _unfit_alias(alias: str) -> bool:
    """Whether an alias is a rank alone ("Colonel"), or names several under a plural title ("Generals
    Ulysses S. Grant", of "Generals Ulysses S. Grant and Philip Sheridan")."""
    first = alias.split()[0]
    plural = first.endswith("s") and " " in alias and first[:-1] in {title.rstrip(".") for title in TITLES}
    return rank_alias(alias) or plural or (first.endswith("s") and rank_alias(first[:-1]))


def _names_early(text: str, forms: Sequence[str]) -> bool:
    """Whether one of `forms` stands among the first words of `text`."""
    places = [text.find(form) for form in forms if form and form in text]
    return bool(places) and len(text[: min(places)].split()) <= EARLY_WORDS


def term_entries(terms: Sequence[DraftTerm], found: Sequence[Sentence], taken: set[str]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    described: set[str] = set()
    kept = [term for term in terms if term.confidence >= LEAST_TERM_CONFIDENCE]
    ids = unique_ids(
        [slug(term.aliases[0] if term.aliases and len(term.name) > 40 else term.name) for term in kept], taken
    )
    for term, term_id in zip(kept, ids, strict=True):
        candidates = _describing(term, found)
        quote = next((found[index].text for index in candidates if fold(found[index].text) not in described), "")
        description = quote
        if term.description:  # its own phrase describes it, in the sentence that gives the phrase
            quote, description = found[term.sentence].text, term.description
        elif not quote:  # every sentence naming it describes another term: the clause naming it
            quote = found[term.sentence].text
            description = _clause_naming(quote, (term.name, *term.aliases))
        if not description or fold(description) in described:
            continue
        described.add(fold(description))
        entries.append(
            {
                "id": term_id,
                "draft": round(term.confidence, 2),
                "name": term.name,
                "aliases": [alias for alias in term.aliases if alias != term.name],
                "kind": term.kind,
                "description": description,
                "quote": quote,
            }
        )
    return entries


def _describing(term: DraftTerm, found: Sequence[Sentence]) -> list[int]:
    """The sentences that may describe a term, those of the article's text ahead of its headings (a
    heading names a term but says little of it)."""
    every = list(dict.fromkeys([term.sentence, *term.sentences]))
    told = [index for index in every if found[index].kind in ("text", "caption")]
    return [*told, *(index for index in every if index not in told)]


def _clause_naming(sentence: str, forms: Sequence[str]) -> str:
    """The clause of `sentence` (between commas, semicolons) that names one of `forms`, or ""."""
    for clause in re.split(r"[,;:]\s+", sentence):
        if any(form in clause for form in forms):
            return clause.strip().rstrip(".")
    return ""


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 40 and slug:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "entry"


def unique_ids(slugs: list[str], taken: set[str]) -> list[str]:
    """The slugs made unique, and added to `taken`: a second "moscow" becomes "moscow-2"."""
    unique = []
    for slug in slugs:
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        unique.append(candidate)
    return unique
