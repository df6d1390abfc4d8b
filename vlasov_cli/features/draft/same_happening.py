"""A happening the article tells twice drafted once, and a judgement drafted as no happening.

Two drafted events tell one happening when they tell the same deed (a verb of one family, or its
noun: "intercepted", "captured", "the arrest"; "proclaimed", "declared") done to the same thing (a word
after the deed both share: "the Trent", "the blockade"), and their dates can be one: the windows meet
("November 1861" holds "November 8, 1861"), the sentence is one (a later date in it is a step of the
deed: "ordered the withdrawal on January 31, 1866, in three stages: November 1866, ..."), or the
actor is one and the dates are within a year ("Napoleon III ordered the withdrawal of French troops",
1866; "... caused Napoleon III to order French withdrawal in 1867"). The event kept is the one a class
can date best (the narrowest window), then the one naming who did it, then the one whose title tells
more; it keeps the other's people. Two of one date tell one happening, too, when both open on the name
of a happening ("The Treaty of Pressburg ...") or end on the same words ("... led to the War of the
Fourth Coalition"), and a birth or a death read from a life's years in parentheses is left out where a
sentence of its own tells it.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from vlasov_cli.core.dates import parse_window

# Verbs (and their nouns) that tell one deed, by the stems a title writes them with.
DEED_FAMILIES = (
    ("captur", "seiz", "intercept", "arrest", "detain", "detention"),
    ("proclaim", "declar"),
    ("order",),
)
# Words after a deed that name nothing it was done to.
_FILLER = set(
    "the a an of in on at to and but or his her its their was were had with from for by into as that this "
    "upon aboard over under than then also two three four five some all any which who whom whose".split()
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
STEM = 5  # letters that tell a word's stem ("withdrawal" and "withdraw")
NEAR_DAYS = 366  # how far apart one actor's two dates of one deed may be


def one_per_happening(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The drafted events, each happening once (see the module's note), in the article's order."""
    kept: list[dict[str, Any]] = []
    for event in events:
        told = next((place for place, other in enumerate(kept) if _same(other, event)), None)
        if told is None:
            kept.append(event)
            continue
        other = kept[told]
        better, worse = (event, other) if _rank(event) < _rank(other) else (other, event)
        better["people"] = list(dict.fromkeys([*better.get("people", []), *worse.get("people", [])]))
        if better is event:  # at its own place in the article's order
            del kept[told]
            kept.append(event)
    return kept


def _rank(event: dict[str, Any]) -> tuple[int, int, int]:
    """Smaller is better: the narrower window, then a named actor, then the title that tells more."""
    window = parse_window(str(event["date"]))
    days = (datetime.date.fromisoformat(window.latest) - datetime.date.fromisoformat(window.earliest)).days
    return days, 0 if event.get("people") else 1, -len(_WORD.findall(event["title"]))


# A count of things a title tells: "set off two homemade bombs", "threw two bombs"
_COUNTED = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3})\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+s)\b"
)


def _counted(title: str) -> set[tuple[str, str]]:
    """The counts of things a title tells, as (number, thing): {("two", "bombs")}."""
    return {(number.lower(), thing[:STEM]) for number, thing in _COUNTED.findall(title) if thing not in _SPANS_OF_TIME}


_SPANS_OF_TIME = set("seconds minutes hours days nights weeks months years decades centuries times".split())


def _meet(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether one event's window holds the other's."""
    windows = parse_window(str(first["date"])), parse_window(str(second["date"]))
    return any(
        outer.earliest <= inner.earliest and inner.latest <= outer.latest for outer, inner in (windows, windows[::-1])
    )


# A happening's own name opening a title: "The Treaty of Pressburg followed", "The Battle of Ulm began"
_HAPPENING_NAME = re.compile(
    r"(?:The\s+)?(?P<name>(?:Treaty|Peace|Battle|Siege|War|Armistice|Truce|Convention|Congress|Conference|"
    r"Agreement|Pact|Accord|Act|Edict)\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+[a-z]"
)
RETOLD_WORDS = 6  # a title's last words that tell one happening again, whatever its subject


def _retold(first: str, second: str) -> bool:
    """Whether two titles of one date tell one happening: both open on the name of that happening ("The
    Treaty of Pressburg followed shortly after", "The Treaty of Pressburg took Austria out of the war"),
    or end on the same words of it ("Prussian resistance ... led to the War of the Fourth Coalition",
    "Prussian worries ... led to the War of the Fourth Coalition")."""
    names = _HAPPENING_NAME.match(first), _HAPPENING_NAME.match(second)
    if names[0] and names[1] and names[0]["name"] == names[1]["name"]:
        return True
    ends = _WORD.findall(first)[-RETOLD_WORDS:], _WORD.findall(second)[-RETOLD_WORDS:]
    return len(ends[0]) == RETOLD_WORDS and ends[0] == ends[1] and first != second


def _deed(title: str) -> tuple[int, set[str]] | None:
    """The family of the title's first deed of DEED_FAMILIES and the stems of the words after it."""
    words = _WORD.findall(title)
    for at, word in enumerate(words):
        folded = word.casefold()
        family = next((number for number, stems in enumerate(DEED_FAMILIES) if folded.startswith(stems)), None)
        if family is not None:
            after = {
                later.casefold()[:STEM]
                for later in words[at + 1 :]
                if later.casefold() not in _FILLER and len(later) > 3 and not later.casefold().startswith(_ALL_DEEDS)
            }
            return family, after
    return None


_ALL_DEEDS = tuple(stem for stems in DEED_FAMILIES for stem in stems)


def _same(first: dict[str, Any], second: dict[str, Any]) -> bool:
    if str(first["date"]) == str(second["date"]) and _retold(first["title"], second["title"]):
        return True
    if _counted(first["title"]) & _counted(second["title"]) and _meet(first, second):
        return True
    deeds = _deed(first["title"]), _deed(second["title"])
    if deeds[0] is None or deeds[1] is None or deeds[0][0] != deeds[1][0]:
        return False
    shared = deeds[0][1] & deeds[1][1]
    if not shared:
        return False
    windows = parse_window(str(first["date"])), parse_window(str(second["date"]))
    if windows[0].earliest <= windows[1].latest and windows[1].earliest <= windows[0].latest:
        return True
    if first["quote"] == second["quote"]:
        return True
    actor = set(first.get("people", [])) & set(second.get("people", []))
    earlier, later = sorted(windows, key=lambda window: window.earliest)
    gap = datetime.date.fromisoformat(later.earliest) - datetime.date.fromisoformat(earlier.latest)
    return bool(actor) and len(shared) >= 2 and gap.days < NEAR_DAYS


# A judgement of what something meant, not a happening a class could date: "The end of the war generally
# signaled a defeat for ...", "The battle marked a turning point", "The treaty was a turning point", "His
# revolt marked one of the earliest risings".
_JUDGEMENT = re.compile(
    r"\b(?:generally|largely|broadly|essentially)\s+[a-z]+ed\b"
    r"|\b(?:was|became|proved)\s+(?:a|the)\s+turning\s+point\b"
    r"|\bmarked\s+(?:a|the)\s+turning\s+point\b"
    r"|\bmarked\s+one\s+of\b",
    re.IGNORECASE,
)


def judgement(title: str) -> bool:
    """Whether a title tells a judgement of what something meant rather than a happening."""
    return bool(_JUDGEMENT.search(title))


RETOLD_LIFE = re.compile(r"\b(?:born|birth|died|dies|death|killed|executed|hanged|assassinated)\b", re.IGNORECASE)


def lives_told_once(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A birth or a death read from a life's years in parentheses ("X (23 July 1856 – 1 August 1920)")
    is left out when a sentence of its own tells it on the same date of the same person ("X was born on
    23 July 1856 in Ratnagiri"): one happening, and the sentence is the better quote."""
    told = [
        (event["date"], person)
        for event in events
        if not event.get("life") and RETOLD_LIFE.search(event["quote"])
        for person in event["people"]
    ]
    kept = [
        event
        for event in events
        if not (event.get("life") and any((event["date"], person) in told for person in event["people"]))
    ]
    for event in kept:
        event.pop("life", None)
    return kept
