"""Why a draft's event, dated by its own sentence, may still be no happening of that date alone: the
sentence gives it two dates ("were imposed in 1962 and 1967"), or its clause is told of a relative
clause's noun while its title borrowed the sentence's subject ("The invasion of Kuwait led to ... a war,
which began on January 16, 1991, and ended ... on February 28, 1991")."""

from __future__ import annotations

import re
from collections.abc import Sequence

# What joins two dates of one happening: "in 1962 and 1967", "in 1962, 1964 or 1967", "in 1962 and in 1967"
# (not ", and in": "recognized it in 1859, and in January of 1861, Liberal forces captured ...").
_JOINED = re.compile(r",\s+|\s+(?:and|or|&)\s+(?:(?:in|on)\s+)?(?:the\s+)?", re.IGNORECASE)
# A clause opening with its verb, its subject told before it ("and ended with ...", "then signed ...").
_VERB_FIRST = re.compile(r"^(?:(?:and|but|then)\s+)?(?:was|were|had|[a-z]+ed)\b")
# A relative clause opened before the quote and not closed ("..., which began on ..., and ended").
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who)\s[^;]*$")


def doubt(text: str, date: tuple[int, int], others: Sequence[tuple[int, int]], quote: str) -> str:
    """Why the date at `date` in the sentence `text` (with the sentence's other dates at `others`, offsets
    into `text`) may not be the happening's own, told in a note; "" when it is."""
    for start, end in others:
        between = text[end : date[0]] if end <= date[0] else text[date[1] : start]
        written = re.search(r"\d", text[start:end])  # not "in 1919 and in the following year led ..."
        if (start, end) != date and written and _JOINED.fullmatch(between):
            dates = text[min(start, date[0]) : max(end, date[1])]
            return f"“{dates}”: the sentence gives this happening more than one date."
    at = text.find(quote)
    if at > 0 and _VERB_FIRST.match(quote) and _OPEN_RELATIVE.search(text[:at]):
        return "This clause may tell of the noun before “which” or “who”, not of the sentence's subject."
    return ""
