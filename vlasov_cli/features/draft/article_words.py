"""Words the whole article marks as no one's name: the capitalised words it writes before a word for a
machine ("Tiger tanks"), after a preposition of place ("in Casablanca"), after a place's part or
ruler and "of" ("the kingdom of Mercia"), or as the land of a ruler's byname ("King Wuling of Zhao")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vlasov_cli.features.draft.bynames import RULERS
from vlasov_cli.features.draft.name_words import MACHINE_NOUNS, PLACE_OF_WORDS, PLACE_PREPOSITIONS
from vlasov_cli.features.draft.sentences import Sentence


def machine_words(article: str) -> frozenset[str]:
    """The capitalised words the article writes before a word for a machine: "Tiger" of "Tiger tanks"."""
    found = re.findall(r"\b([A-Z][\w\-]*)[ \-]([a-z]+)\b", article)
    return frozenset(word for word, noun in found if noun in MACHINE_NOUNS)


_PLACED = re.compile(
    r"\b(?:(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")|(?:" + "|".join(sorted(PLACE_OF_WORDS)) + r") of)"
    r"(?: the)? ([A-Z][\w\-]*)\b(?![’'])",
    re.IGNORECASE,
)


# The land of a ruler's byname: "King Wuling of Zhao", "Marquess Wen of Wei".
_RULED = re.compile(r"\b(?:" + "|".join(sorted(RULERS)) + r") [A-Z][\w\-]* of ([A-Z][\w\-]*)\b(?![’'])")


def placed_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The capitalised words the article writes after a preposition of place or the name of a place's
    part or ruler and "of": "in Casablanca", "the kingdom of Mercia", "a thegn of Mercia", "King
    Wuling of Zhao"."""
    found = (
        match.group(1)
        for sentence in sentences
        for pattern in (_PLACED, _RULED)
        for match in pattern.finditer(sentence.text)
    )
    return frozenset(word for word in found if word[0].isupper())
