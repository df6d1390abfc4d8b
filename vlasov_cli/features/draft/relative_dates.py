"""The happening of a date told in a relative clause: "a bombing that had taken place in Lahore in October
1926" dates the bombing, not the arrest its sentence tells; "The Tribune, which Rao had founded in 1881,
called for calm" dates the founding, not the call. The event's title is the relative clause told as a
sentence of its own ("A bombing had taken place in Lahore", "Rao had founded The Tribune"). So too a
clause with a noun and a participle of its own after a comma, the sentence's last: "..., the siege ending
in the town's surrender in May 1712" dates the end of the siege ("The siege ended in the town's
surrender"), not what the sentence told before it. Only a relative clause
in the past perfect or the passive, which tells a happening of its noun's own ("that had taken place",
"which was signed"), and whose noun is plain: a name not told after a preposition ("a crisis in relations
with China, which was alleviated" tells of the crisis, not of China)."""

from __future__ import annotations

import re

_WORD = r"[\w'\u2019.-]*"
_NAME = rf"(?:[Tt]he\s+)?[A-Z]{_WORD}(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z]{_WORD}){{0,4}}"
_NOUN = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*"
_RELATIVE = re.compile(rf"(?P<noun>\b(?:{_NAME}|{_NOUN}))(?P<comma>,)?\s+(?P<pronoun>that|which|who)\s+")
_PREPOSITION = re.compile(
    r"\b(?:in|on|at|with|near|of|from|to|by|for|against|between|into|over|under|across|toward|towards)\s+$",
    re.IGNORECASE,
)
_PARTICIPLE = r"(?:[a-z]{2,}(?:ed|en|wn|ne|un|ft|lt|ught|ost|ld|id)|made|sent|built|set|put|held|won|begun|begun)\b"
# The clause's verb first (its noun the subject): "that had taken place", "which was signed"
_OWN_HAPPENING = re.compile(rf"(?:had\s+(?:been\s+)?|was\s+|were\s+)(?:\w+ly\s+)?{_PARTICIPLE}")
# Or after a named subject of its own: "which Rao had founded"
_NAMED_SUBJECT = re.compile(rf"(?:[A-Z]{_WORD}\s+){{1,3}}had\s+(?:\w+ly\s+)?{_PARTICIPLE}")
_TO_THE_DATE = re.compile(r"(?:\s+(?:in|on|at|by|during|the))*\s*$", re.IGNORECASE)
_REST = re.compile(r"[^,;:.()\u2014]*")


def relative_title(text: str, start: int, end: int) -> str:
    """The title of the date at `text[start:end]` when it stands in a relative clause that tells a
    happening of its own (see the module's note); "" when it does not."""
    before = text[:start]
    found = next(reversed(list(_RELATIVE.finditer(before))), None)
    if found is None or re.search(r"[,;:()\u2014]", before[found.end() :]):
        return ""
    noun = found["noun"]
    named = noun[0].isupper() and not noun.startswith(("The ", "A ", "An ", "His ", "Her ", "Its ", "Their "))
    named = named or bool(re.fullmatch(_NAME, noun) and len(noun.split()) > 1 and noun.split()[1][0].isupper())
    if named and _PREPOSITION.search(before, 0, found.start()):
        return ""
    if found["pronoun"] == "that" and found["comma"]:
        return ""
    if found.start() > 0 and noun.startswith(("The ", "A ", "An ")) and not named:
        noun = noun[0].lower() + noun[1:]
    inside = before[found.end() :]
    inside = inside[: _TO_THE_DATE.search(inside).start()]  # type: ignore[union-attr]
    rest = _REST.match(text, end) if found["comma"] else None  # ", which ... in 1881," ends at its comma
    after = rest[0].rstrip() if rest else ""
    if _OWN_HAPPENING.match(inside):
        told = f"{noun} {inside}{after}"
    elif named and found["pronoun"] == "which" and _NAMED_SUBJECT.match(inside):
        told = f"{inside} {noun}{after}"
    else:
        return ""
    told = " ".join(told.split())
    return told[0].upper() + told[1:]


# ", the siege ending in the town's surrender in May 1712": a noun and its present participle after a comma
_ABSOLUTE = re.compile(
    r",\s+(?P<noun>(?:the|its|his|her|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?[a-z][\w'\u2019-]*)\s+"
    r"(?P<verb>[a-z]{2,}ing)\s+(?P<rest>[^,;:()\u2014]*?)\s*$"
)
# Past tenses a participle's regular ending does not give
_IRREGULAR_PAST = {
    "leading": "led", "bringing": "brought", "taking": "took", "making": "made", "giving": "gave",
    "leaving": "left", "becoming": "became", "coming": "came", "going": "went", "beginning": "began",
    "falling": "fell", "winning": "won", "losing": "lost", "sending": "sent", "keeping": "kept",
    "holding": "held", "running": "ran", "dying": "died", "lying": "lay", "costing": "cost",
    "putting": "put", "setting": "set", "spreading": "spread", "ending": "ended",
}  # fmt: skip


def absolute_title(text: str, start: int, end: int) -> str:
    """The title of the date at `text[start:end]` when it ends a sentence's last clause of a noun and
    its participle (see the module's note); "" when it does not."""
    if text[end:].strip(" .\"'\u201d\u2019"):
        return ""
    before = _TIME_PREPOSITION.sub("", text[:start])
    found = _ABSOLUTE.search(before)
    if found is None or before == text[:start]:
        return ""
    verb = found["verb"].lower()
    told = " ".join(f"{found['noun']} {_IRREGULAR_PAST.get(verb) or _regular_past(verb[:-3])} {found['rest']}".split())
    return told[0].upper() + told[1:]


_TIME_PREPOSITION = re.compile(r"\s+(?:in|on|by|during)\s+(?:the\s+)?$")


def _regular_past(stem: str) -> str:
    """ "end" -> "ended", "caus" -> "caused", "stopp" -> "stopped", "carry" -> "carried", "agree" -> "agreed"."""
    if stem.endswith("y") and stem[-2:-1] not in ("a", "e", "o", "u"):
        return f"{stem[:-1]}ied"
    return f"{stem}d" if stem.endswith("e") else f"{stem}ed"
