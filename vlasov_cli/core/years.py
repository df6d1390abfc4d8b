"""Which four-digit numbers a text writes as years: not a count ("1400 members", "1500 men"), a sum
("$1500"), a number ("No. 1905", "page 1200") or a military time ("attacked at 1400"). The draft's
date tagger reads a year by this rule, and `check` by the same one when it asks whether a quote writes
a year outside its event's window."""

from __future__ import annotations

import re
from collections.abc import Iterator

YEAR_WRITTEN = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
# Words after a number that make it a count, not a year: "1500 men", "2000-yard"
_NOT_A_YEAR_AFTER = re.compile(
    r"^(?:\s|-)*(?:men|troops|soldiers|people|prisoners|civilians|dead|killed|wounded|casualties|miles?|km|"
    r"kilometres?|kilometers?|metres?|meters?|yards?|feet|foot|tons?|tonnes|aircraft|planes|tanks|guns|ships|"
    r"vehicles|horses|rifles|square|sq|strong|percent|per\s+cent|hours|hrs|m|ft|mm|cm|kg|lb|hp|dollars|francs|"
    r"pounds|marks|roubles|rubles|pesos|lire|yen|rupees|members|workers|students|delegates|followers|volunteers|"
    r"persons|votes|acres|copies|families|houses|sailors|marines|officers|police|policemen|cases|deaths)\b|^\s*%|^/\d",
    re.IGNORECASE,
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]\s*|\bNo\.?\s*|\bnumber\s+|\bpp?\.\s*|\bpages?\s+|\bvol\.\s*|\bHill\s+|\bHeight\s+|\d[,./]|\d\s?[-\u2013]\s?|"
    r"\bclass\s+of\s+)$",  # "the Class of 1939": a name, not the story's time
    re.IGNORECASE,
)
# "attacked at 1400": a military time, when its last two digits can be minutes
_AT_A_TIME = re.compile(r"\bat\s+$", re.IGNORECASE)
# The second year of a range ("1941–1945"), which the tagger reads with its first
_RANGE_END = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\s?[-\u2013\u2014]\s?$")
# A day and month just before the number: "4 May 1712", "May 4, 1712"
_AFTER_A_MONTH = re.compile(
    r"(?:\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?)\s+$"
)
CONTEXT = 40  # how far around a number the words that qualify it are looked for


def could_be_year(text: str, span: tuple[int, int]) -> bool:
    """Whether the number at `span` in `text` may be a year, by the words around it."""
    start, end = span
    before, after = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    if _AT_A_TIME.search(before) and int(text[end - 2 : end]) < 60 and end - start == 4:
        return False
    if _AFTER_A_MONTH.search(before) and after.startswith("/"):
        return True  # "2 December 1805/11 Frimaire": the day in a second calendar, not a fraction
    return not _NOT_A_YEAR_AFTER.match(after) and not _NOT_A_YEAR_BEFORE.search(before)


def year_matches(text: str) -> Iterator[re.Match[str]]:
    """Where `text` writes a year: "The league had 1400 members in April 1916" writes 1916 only;
    "from 1941–1945" both years."""
    for match in YEAR_WRITTEN.finditer(text):
        before = text[max(0, match.start() - CONTEXT) : match.start()]
        if could_be_year(text, match.span()) or _RANGE_END.search(before):
            yield match


def years_written(text: str) -> Iterator[int]:
    """The years `text` writes, each as often as it is written."""
    return (int(match[0]) for match in year_matches(text))
