"""Who someone was to the article's subject, in the article's words: "his rival Gokhale", "her father",
"Another associate of Singh, X", "born to A and her husband B" give "rival of SUBJECT", "father of
SUBJECT"... Only where the words plainly tell of the subject: never "her husband" in a man's life, nor
"his uncle" after another's name that "his" may be."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vlasov_cli.features.draft.name_words import KIN_NOUNS
from vlasov_cli.features.draft.names import DraftPerson
from vlasov_cli.features.draft.sentences import Sentence

# Who someone is to another: "his rival", "her father", "his uncle" (a role told of the article's subject).
RELATIONS = frozenset(
    """
    rival friend ally associate colleague mentor teacher disciple follower lawyer successor predecessor
    deputy opponent biographer guru comrade grandfather grandmother stepfather stepmother
    """.split()
) | {noun for noun in KIN_NOUNS if not noun.endswith("s") or noun == "widow"}
# Words that may stand between a possessive and the relation: "Singh's close associate X".
_QUALIFIERS = r"(?:(?P<qualifier>close|closest|old|elder|younger|eldest|youngest|paternal|maternal)\s+)?"
_BEFORE_RELATION = frozenset(
    "his her their its a an the another other fellow one close closest old elder younger eldest youngest".split()
)
_TITLE = r"(?-i:[A-Z][a-z]+\s+)?"  # "his wife, Empress X"
# The parents a birth sentence names: "born to A and her husband B" (A the mother), "born to A and
# his wife B" (A the father); "born to A and B" tells neither for sure.
_BORN_TO = r"\bborn\s+to\s+(?P<first>{first})\s+and\s+(?P<spouse>her\s+husband|his\s+wife)\s+(?P<second>{second})\b"


def relation_only(role: str) -> bool:
    """Whether a role says only a relation, not whose: "", "his wife", "elder brother", "another associate"
    (not "Peter's eldest son", "daughter of Manfred", "school teacher": those the article's own)."""
    *before, last = role.lower().split() or [""]
    return not last or (last in RELATIONS and all(word in _BEFORE_RELATION for word in before))


def role_to_subject(
    person: DraftPerson, found: Sequence[Sentence], subject: DraftPerson, his: str, people: Sequence[DraftPerson]
) -> str:
    """The role "X of SUBJECT" of someone the article calls the subject's X, in an article about that
    subject (`subject`: the person its title names, `his`: the possessive it is told with, `people`: all
    the article names, any of whom a possessive after their name may be); "" otherwise."""
    names = _alternatives((person.name, *person.aliases))
    subjects = _alternatives((subject.name, *subject.aliases))
    others = _alternatives(
        [form for other in people if other not in (person, subject) for form in (other.name, *other.aliases)]
    )
    for index in person.sentences:
        text = found[index].text
        if noun := _told_relation(text, names, subjects, his, others):
            return f"{noun} of {subject.name}"
        if parent := _parent(text, names, subjects):
            return f"{parent} of {subject.name}"
    return ""


def _alternatives(forms: Sequence[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True) if form)


def _told_relation(text: str, names: str, subjects: str, his: str, others: str) -> str:
    """The relation a sentence tells between a person (`names`) and the subject (`subjects`): "his
    uncle X", "X, his father," (where no one else, `others`, is named before "his": "Rao quarrelled
    with his rival X" tells Rao's rival), "SUBJECT's close associate X", "Another associate of SUBJECT,
    X", "SUBJECT and an associate, X"; "" if none."""
    patterns = (  # (the pattern, whether a pronoun tells whose)
        (rf"\b{his}\s+{_QUALIFIERS}(?P<noun>[a-z]+),?\s+{_TITLE}(?:{names})\b(?!['\u2019])", True),
        (rf"\b(?:{names}),\s+{his}\s+(?P<noun>[a-z]+)\s*[,;.]", True),
        (rf"\b(?:{subjects})['\u2019]s?\s+{_QUALIFIERS}(?P<noun>[a-z]+),?\s+{_TITLE}(?:{names})\b(?!['\u2019])", False),
        (rf"\b(?P<noun>[a-z]+)\s+of\s+(?:{subjects}),\s+(?:{names})\b(?!['\u2019])", False),
        (rf"\b(?:{subjects})\s+and\s+(?:an?|another|{his})\s+(?P<noun>[a-z]+),\s+(?:{names})\b(?!['\u2019])", False),
    )
    for pattern, pronoun in patterns:
        for told in re.finditer(pattern, text, re.IGNORECASE if pronoun else 0):
            noun = told["noun"].lower()
            if noun in RELATIONS and not (pronoun and _someone_else(text[: told.start()], subjects, others)):
                qualifier = told.groupdict().get("qualifier")
                return f"{qualifier.lower()} {noun}" if qualifier and qualifier.lower() != "close" else noun
    return ""


def _someone_else(before: str, subjects: str, others: str) -> bool:
    """Whether the person named last before a possessive pronoun is not the subject: "Philip IV's
    grandson through his daughter, X" (Philip's), but "SUBJECT's father and his uncle X" (the subject's)."""
    named = list(re.finditer(rf"\b(?:{subjects}|{others})\b" if others else rf"\b(?:{subjects})\b", before))
    return bool(named) and not re.fullmatch(subjects, named[-1][0])


def _parent(text: str, names: str, subjects: str) -> str:
    """ "mother" or "father" for a parent a sentence about the subject names: "SUBJECT was born ...
    to A and her husband B"; "" otherwise."""
    name = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    for first, second, own in ((names, name, "first"), (name, names, "second")):
        born = re.search(_BORN_TO.format(first=first, second=second), text)
        if born is None or not re.search(rf"\b(?:{subjects})\b(?!['\u2019])", text[: born.start()]):
            continue
        mother_first = born["spouse"].lower().startswith("her")
        return "mother" if (own == "first") == mother_first else "father"
    return ""
