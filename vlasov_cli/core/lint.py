"""The question linter: what `check` warns of in a valid bank, hand-written or generated, that a
demanding teacher would send back. Each warning is located at the entry it comes from."""

from __future__ import annotations

import re

from vlasov_cli.core.asks import Facts, is_who
from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.errors import Problem
from vlasov_cli.core.lint_rules import rule_warnings
from vlasov_cli.core.model import Built, Question
from vlasov_cli.core.read import RawBank
from vlasov_cli.core.text import fold

# An answer this much longer than its longest distractor, and by this many characters, gives itself away.
LONGER, LONGER_BY = 1.4, 15
WHO_SHARE = 0.25
DATED = re.compile(r"\b1[0-9]{3}\b|\b(" + "|".join(MONTHS) + r")\b")


def lint(raw: RawBank, built: Built) -> list[Problem]:
    """Every warning of the bank, in file and line order."""
    where = {entry.data["id"]: entry for entry in raw.entries}

    def warn(entry_id: str, field: str, message: str) -> Problem:
        entry = where[entry_id]
        return Problem(entry.file, entry.line_of(field), f"warning: {entry.kind} '{entry_id}': {message}")

    warnings = []
    for term in built.terms:
        words = {word for name in (term.name, *term.aliases) for word in fold(name).split() if len(word) > 3}
        clue_words = fold(term.clue).split()
        clue = set(clue_words)
        kind = fold(term.kind).split()
        named_kind = bool(term.clue) and any(
            clue_words[start : start + len(kind)] == kind for start in range(len(clue_words))
        )
        given_away = sorted(words & clue) + ([term.kind] if named_kind else [])
        if given_away:
            warnings.append(warn(term.id, "clue", f"the clue gives the term away: {', '.join(given_away)}"))
    for field in ("description", "clue"):
        seen: dict[str, str] = {}
        for term in built.terms:
            text = fold(getattr(term, field))
            if text and text in seen:
                warnings.append(warn(term.id, field, f"the same {field} as term '{seen[text]}'"))
            seen.setdefault(text, term.id)
    people = {person.id: person for person in built.people}
    for event in built.events:
        doers = [people[person_id] for person_id in event.people if event.deed and person_id in people]
        named = [name for person in doers for name in (person.name, *person.aliases) if fold(name) in fold(event.deed)]
        if named:
            warnings.append(warn(event.id, "deed", f"the deed names {named[0]}"))
    warnings += _event_warnings(built, warn)
    warnings += _people_warnings(built, warn)
    warnings += _question_warnings(built, warn)
    return sorted(warnings, key=lambda problem: (problem.file, problem.line))


# Ranks, which many of a story's people may hold: an alias of these words alone fits any of them.
RANKS = frozenset(
    """
    general colonel captain major lieutenant sergeant corporal private admiral commodore commander
    marshal field brigadier lt col maj gen capt sgt adm cpl dr mr mrs ms prof rev doctor professor
    miss madame monsieur sir dame lord lady vice rear chief lieutenant-general major-general
    soviet german russian american british french
    """.split()
)
_PEOPLES = frozenset("soviet german russian american british french".split())
# Titles a role of these words alone (with the ranks) names no more than: "Who was this: King?"
TITLES = RANKS | frozenset(
    """
    count countess earl duke duchess baron baroness prince princess king queen emperor empress tsar
    czar sultan pope bishop archbishop cardinal abbot father brother sister saint president
    chancellor senator governor consul judge mayor ambassador minister secretary chairman premier
    commissioner inspector gov sen pres führer fuhrer kaiser
    """.split()
)


def _only(text: str, words: frozenset[str]) -> bool:
    """Whether `text` is no more than `words` (ranks, titles, a people's word): "Lt. Col.", "Soviet
    Marshal"."""
    found = fold(text).replace(".", " ").split()
    return bool(found) and all(word in words for word in found)


def unclear_role(role: str) -> bool:
    """Whether a role tells a reader nothing of who the person was: a rank or title alone ("General",
    "Soviet Marshal"), or a single word ("greater", "engineer": "Who was this: engineer?"). A people's
    word and an office is a role ("French Emperor", "British King": one at a time)."""
    if _only(role, RANKS) or len(role.split()) == 1:
        return True
    return _only(role, TITLES) and not set(fold(role).split()) & _PEOPLES


def rank_alias(alias: str) -> bool:
    """Whether an alias is a rank alone ("Colonel"), which fits every colonel of the story."""
    return _only(alias, RANKS)


def _people_warnings(built: Built, warn) -> list[Problem]:  # type: ignore[no-untyped-def]
    """A role a reader cannot tell the person by (a rank, a single word: "General", "greater"), and
    an alias that is a rank alone ("Colonel" may be any colonel of the story)."""
    warnings = []
    for person in built.people:
        if person.role and unclear_role(person.role):
            warnings.append(
                warn(person.id, "role", f"the role '{person.role}' is a rank or a single word: say who they were")
            )
        for alias in person.aliases:
            if rank_alias(alias):
                warnings.append(
                    warn(person.id, "aliases", f"the alias '{alias}' is a rank alone: it fits anyone of it")
                )
    return warnings


# A title with a hole where a date was taken out ("He was born ( ) in Pune"), or with no subject
# ("Was in no hurry"). (An event far in years from every other is not warned of: a father's birth, a
# statue raised after, a legacy are as far as a military time read as a year.)
_HOLE = re.compile(r"\((?:\s|[,;:\u2013\u2014-]|\b(?:c|ca)\.)*\)")
NO_SUBJECT = re.compile(r"^(?:Was|Were|Had|Has|Is|Are|Did|Could|Would|Then)\b")


def _event_warnings(built: Built, warn) -> list[Problem]:  # type: ignore[no-untyped-def]
    warnings = []
    for event in built.events:
        if _HOLE.search(event.title):
            warnings.append(warn(event.id, "title", "the title shows a hole where a date was: say it whole"))
        elif NO_SUBJECT.match(event.title):
            warnings.append(warn(event.id, "title", "the title has no subject: say who or what did it"))
    return warnings


def _source(question: Question) -> tuple[str, str]:
    """The entry a question comes from (itself, or the fact it was generated from) and its field."""
    if question.generated:
        return question.id.rsplit(".", 1)[0], "id"
    return question.id, "id"


def _question_warnings(built: Built, warn) -> list[Problem]:  # type: ignore[no-untyped-def]
    warnings = []
    order_sets: dict[frozenset[str], str] = {}
    facts = Facts()
    events = {event.id: event for event in built.events}
    for question in built.questions:
        entry_id, field = _source(question)
        if question.type == "choice":
            wrong = [len(choice) for choice in question.choices if choice != question.answer]
            if wrong and len(question.answer) > LONGER * max(wrong) and len(question.answer) - max(wrong) >= LONGER_BY:
                warnings.append(
                    warn(entry_id, "answer", f"{question.id}: the answer is much longer than any distractor")
                )
        if question.type == "order":
            items = frozenset(question.items)
            if items in order_sets:
                warnings.append(warn(entry_id, "items", f"{question.id}: the same items as {order_sets[items]}"))
            order_sets.setdefault(items, question.id)
        proof = f"{question.quote} {question.explanation}"  # (a generated one's date quote is in its explanation)
        if (question.type == "date" or question.id.endswith(".year")) and not DATED.search(proof):
            warnings.append(warn(entry_id, "quote", f"{question.id}: the quote shown after it holds no date"))
        asked = facts.asks_again(question, events)
        if asked is not None:
            own = f"{question.id}: " if question.generated else ""
            warnings.append(warn(entry_id, "prompt", f"{own}asks what {asked} asks (same quote, same answer)"))
        facts.add(question)
    warnings += rule_warnings(built, warn, _source)
    people = {person.name for person in built.people}
    who = [question.answer for question in built.questions if is_who(question, people)]
    for name in sorted(set(who)):
        if who.count(name) > WHO_SHARE * len(who) and who.count(name) >= 3:  # (two of five in a tiny bank is fine)
            first = next(q for q in built.questions if q.answer == name and is_who(q, people))
            share = f"{who.count(name)} of {len(who)}"
            warnings.append(warn(_source(first)[0], "deed", f"{name} answers {share} who-questions (over a quarter)"))
    return warnings
