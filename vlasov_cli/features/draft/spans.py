"""What a sentence's dates span together: a range written as two dates ("from 1971 to 1973",
"Between June and September 1973") is one window, and a life written "Name (1921–2001)" a birth and
a death."""

from __future__ import annotations

import re
from collections.abc import Collection

from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.timex import Mention
from vlasov_cli.features.draft.timex_bounds import names_an_event

_RANGE_BETWEEN = re.compile(r"\s*(?:to|until|till|through|and)\s*|\s*[-\u2013]\s*")
_RANGE_OPENING = re.compile(r"\b(from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w'\u2019-]+)\s*$")
# An order's letters and a nickname between a name and its life's parenthesis: 'Lilian Ngoyi, "Ma
# Ngoyi", OMSG (25 September 1911 – 13 March 1980)'.
_ASIDES_AFTER_NAME = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|\"[^\"]*\"|\u201c[^\u201d]*\u201d))+\s*$")
_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w'\u2019-]+)\s*$")
# What a life's parenthesis may hold before its years: nothing, "born", or other notes ended by a
# semicolon ("(pronunciation; born Keshav Gangadhar Tilak (...); 23 July 1856 – 1 August 1920)").
_LIFE_NOTES = re.compile(r"\s*(?:born\s+|b\.\s*)?|.*;\s*(?:born\s+|b\.\s*)?", re.DOTALL)


def ranges(sentence: Sentence, in_sentence: list[Mention]) -> list[Mention]:
    """The sentence's mentions, a range written with two of them ("from 1971 to 1973", "between June
    and September 1973") made one mention, from the first's first day to the second's last."""
    joined: list[Mention] = []
    for mention in in_sentence:
        if joined and _RANGE_BETWEEN.fullmatch(_between(sentence, joined[-1].end, mention.start)):
            first = joined[-1]
            opening = sentence.text[: first.start - sentence.start]
            if _RANGE_OPENING.search(opening) and first.earliest <= mention.latest:
                text = sentence.text[first.start - sentence.start : mention.end - sentence.start]
                joined[-1] = first._replace(
                    text=text,
                    end=mention.end,
                    value=window_text(first.earliest, mention.latest),
                    latest=mention.latest,
                    label=f"{_RANGE_OPENING.search(opening)[1].lower()} {text}",  # type: ignore[index]
                    anchor=first.anchor if first.anchor is not None else mention.anchor,
                    inferred=first.inferred or mention.inferred,
                )
                continue
        joined.append(mention)
    return joined


def life_opening(before: str) -> str:
    """The name whose life's parenthesis `before` (a sentence's text up to a date) leaves open:
    "Jayantrao Tilak" of "Jayantrao Tilak (", "Bal Gangadhar Tilak" of "Bal Gangadhar Tilak
    (pronunciation; born Keshav Gangadhar Tilak (...); "; "" when it opens none."""
    place = _life_parenthesis(before)
    name = _NAME_BEFORE.search(_ASIDES_AFTER_NAME.sub("", before[:place])) if place is not None else None
    return name[1] if name else ""


def _life_parenthesis(before: str) -> int | None:
    """Where the parenthesis a life's years may stand in opens, when `before` leaves one open."""
    depth = 0
    for place in range(len(before) - 1, -1, -1):
        if before[place] == ")":
            depth += 1
        elif before[place] == "(":
            if depth == 0:
                return place if _LIFE_NOTES.fullmatch(before[place + 1 :]) else None
            depth -= 1
    return None


def _life_name(before: str, people: Collection[str]) -> str:
    """The person whose life's parenthesis `before` leaves open: a name of two words or more, or one of
    `people`'s names ("Jovian (331 – 17 February 364)"); never an event's name ("The Gorkha War (1814–1816)"
    is the war's years)."""
    place = _life_parenthesis(before)
    if place is None or names_an_event(before[: place + 1]):
        return ""
    name = life_opening(before)
    if name:
        return name
    word = _WORD_BEFORE.search(before[:place])
    return word[1] if word and word[1] in people else ""


def lifespans(
    sentence: Sentence, in_sentence: list[Mention], people: Collection[str] = ()
) -> tuple[list[Mention], dict[tuple[int, int], str]]:
    """A person's years in parentheses after their name ("Bal Gangadhar Tilak (23 July 1856 – 1 August
    1920)", "Jayantrao Tilak (1921–2001)", "Jovian (331 – 17 February 364)" when Jovian is one of
    `people`): two mentions, titled "... was born" and "... died" (the titles keyed by each mention's
    start and end); a birth alone where the death is not known ("Princess Lalla Farida (1911-?)")."""
    mentions, titles = list(in_sentence), {}
    for place, mention in enumerate(in_sentence):
        name = _life_name(sentence.text[: mention.start - sentence.start], people)
        if not name:
            continue
        if re.match(r"\s*[-\u2013\u2014]\s*\?\)", sentence.text[mention.end - sentence.start :]):
            titles[(mention.start, mention.end)] = f"{name} was born"
            continue
        pair = _life_ends(sentence, mention, in_sentence[place + 1] if place + 1 < len(in_sentence) else None)
        if pair is None:
            continue
        birth, death = pair
        if mention in mentions:
            mentions[mentions.index(mention) : mentions.index(mention) + 1] = [birth, death]
        if death in in_sentence:
            mentions.remove(death)
        titles[(birth.start, birth.end)], titles[(death.start, death.end)] = f"{name} was born", f"{name} died"
    return mentions, titles


def _life_ends(sentence: Sentence, mention: Mention, following: Mention | None) -> tuple[Mention, Mention] | None:
    """The birth and death of "(1921–2001)" (one mention, split) or "(23 July 1856 – 1 August 1920)"."""
    after = sentence.text[mention.end - sentence.start :]
    years = re.fullmatch(r"(\d{4})\s*[-\u2013\u2014]\s*(\d{4})", mention.text)
    if years and after.startswith(")"):
        first_end = mention.start + len(years[1])
        second_start = mention.end - len(years[2])
        return (
            mention._replace(text=years[1], end=first_end, value=years[1], latest=f"{years[1]}-12-31", label=""),
            mention._replace(text=years[2], start=second_start, value=years[2], earliest=f"{years[2]}-01-01", label=""),
        )
    if following is None or not sentence.text[following.end - sentence.start :].startswith(")"):
        return None
    if not re.fullmatch(
        r"\s*[-\u2013\u2014]\s*", sentence.text[mention.end - sentence.start : following.start - sentence.start]
    ):
        return None
    return mention, following


def _between(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def window_text(earliest: str, latest: str) -> str:
    if earliest == latest:
        return earliest
    if earliest.endswith("-01-01") and latest.endswith("-12-31"):
        first, last = earliest[:4], latest[:4]
        return first if first == last else f"[{first}..{last}]"
    return f"[{earliest}..{latest}]"
