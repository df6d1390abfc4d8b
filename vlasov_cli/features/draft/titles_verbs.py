"""What in a title's words looks like a verb, a subject or a clause's opening: the word tests the title
rules share (`titles`, `titles_cut`, `titles_dated`)."""

from __future__ import annotations

import re

# The words that open a clause with no subject of its own: "was in no hurry", "had left"
_VERB_FIRST = re.compile(
    r"^(?:was|were|had|has|have|is|are|did|could|would|should|might|must|then\s+\w+|also\s+\w+|[a-z]+ed)\b"
)
_VERB = re.compile(
    r"^(?:was|were|had|has|have|is|are|did|could|would|should|might|must|became|began|took|made|won|gave|went|came|"
    r"led|fought|left|met|sent|wrote|saw|found|held|lost|set|fell|rose|ran|told|kept|brought|built|chose|drew|"
    r"struck|stood|spoke|broke|bought|caught|drove|froze|got|grew|hid|hung|knew|laid|meant|paid|put|rode|said|"
    r"sank|sat|shot|shook|sold|spent|spread|stole|swore|taught|thought|threw|tore|understood|wore|withdrew|"
    r"overthrew|undertook|bore|beat|blew|dealt|dug|drank|fed|felt|fled|flew|forgot|hit|let|lit|sought|shut|"
    r"slew|sprang|stuck|strove|swept|wept|wound|won|arose|forbade|forsook|"
    r"[a-z]+(?:-[a-z]+)?ed)$"
)
_PRONOUNS = {"he", "she", "they", "it", "we"}
_NO_SUBJECT = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "it",
    "they",
    "them",
    "he",
    "she",
    "him",
    "her",
    "his",
    "their",
    "its",
    "this",
    "these",
    "those",
    "there",
    "despite",
    "instead",
    "then",
    "also",
    "and",
    "or",
    "but",
}
# Where the last clause of a text opens: after a comma, or at a word that opens a subordinate clause.
_SEGMENT_OPENING = re.compile(r",\s+|;\s+|\b(?:when|while|after|before|because|although|though|since|that|as)\s+")


def _last_segment(text: str) -> str:
    """The text's last clause: "when the U.S." of "The war ended four months later, when the U.S." (an
    "and" after it joins "the U.S. and Spanish governments", a subject, not two clauses)."""
    openings = list(_SEGMENT_OPENING.finditer(text))
    return text[openings[-1].end() - 1 :] if openings else text


def _plain_subject(clause: str) -> bool:
    """Whether a clause opens with a subject of its own, plain, then its verb: "the two sides signed",
    "Lumumba was" (not "ultimately killed", "Channan Singh, and hanged", "it had", "their representatives")."""
    words = clause.split()
    verb = next((place for place, word in enumerate(words) if _verbs(word)), None)
    if verb is None or not 1 <= verb <= 6:
        return False
    subject = words[:verb]
    if any(word.endswith(",") or "(" in word or word.lower() in _NO_SUBJECT for word in subject):
        return False
    first = subject[0]
    return first.lower() in ("the", "a", "an") or (first[:1].isupper() and not first.lower().endswith("ly"))


def _verbs(text: str) -> int:
    """How many words of `text` look like verbs; a capital's word is a name's ("the United States")."""
    return sum(bool(_VERB.match(word.strip(",;:"))) for word in text.split())


def is_verb(word: str) -> bool:
    return bool(_VERB.match(word.strip(",;:")))


def _has_verb(text: str) -> bool:
    return _verbs(" ".join(text.split()[1:])) > 0


def has_verb(text: str) -> bool:
    """Whether a word of `text` after its first looks like a verb."""
    return _has_verb(text)
