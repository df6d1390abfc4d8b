"""An article's paragraphs and sentences, each with its character offsets into the article as
decoded, so that `article[sentence.start:sentence.end] == sentence.text` always holds."""

from __future__ import annotations

import re
from typing import NamedTuple

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.text import paragraph_kind

_BLANK_LINES = re.compile(r"\n[ \t\r]*\n")
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
_BYLINE = re.compile(rf"^[Bb]y\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*$")
# A sentence's end, with the citation marks a copied web page leaves after it ("... in 1798.[25]")
# (a line ending "He commented:" is text that a quotation follows, no heading)
_SENTENCE_END = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)]*(?:\[\d+\])*$")
_HEADING_WORDS = 20  # a line longer than this is text that lost its full stop, not a heading
# A note on the article itself, no part of its story: "This article first appeared in the June 1987 issue"
_PUBLICATION_NOTE = re.compile(
    r"\b(?:this|the\s+present)\s+(?:article|essay|piece|story)\b.*\b(?:appeared|published|printed|ran|written|adapted|"
    r"excerpted|reprinted)\b|\b(?:first|originally)\s+(?:appeared|ran|published)\b.*\b(?:issue|magazine|journal)\b|"
    r"^(?:originally|first)\s+(?:published|appeared)\b|\bappeared\s+in\s+the\s+.*\bissue\b|^(?:copyright\b|\u00a9)|"
    r"\b(?:retrieved|accessed)\s+(?:on\s+)?\d",
    re.IGNORECASE,
)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph: int  # numbered from 1, as text.split_paragraphs numbers them
    kind: str  # "text", "caption", "heading", "byline", "navigation" or "note" (a publication note)


class Paragraph(NamedTuple):
    start: int
    end: int
    text: str
    number: int
    kind: str


def paragraphs(article: str) -> list[Paragraph]:
    """The article's blocks between blank lines, numbered from 1, each with its kind: a caption's
    text is its first line only (a web page gives it twice)."""
    found: list[Paragraph] = []
    position = 0
    for block in [*_BLANK_LINES.split(article)]:
        start = article.index(block, position)
        position = start + len(block)
        stripped = block.strip()
        if not stripped:
            continue
        start += block.index(stripped)
        kind, _ = paragraph_kind(stripped)
        if kind == "caption":
            stripped = stripped.splitlines()[0].strip()
        elif (
            kind == "text"
            and "\n" not in stripped
            and not _SENTENCE_END.search(stripped)
            and len(stripped.split()) <= _HEADING_WORDS
        ):
            before_text = all(earlier.kind == "heading" for earlier in found)
            kind = "byline" if before_text and _BYLINE.match(stripped) else "heading"
        found.append(Paragraph(start, start + len(stripped), stripped, len(found) + 1, kind))
    return found


def sentences(article: str) -> list[Sentence]:
    """Every sentence of the article, in order, with its paragraph's number and kind."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    found: list[Sentence] = []
    for paragraph in paragraphs(article):
        if paragraph.kind != "text":
            found.append(Sentence(paragraph.start, paragraph.end, paragraph.text, paragraph.number, paragraph.kind))
            continue
        spans = [
            (offset + span.start, offset + span.start + len(span.sent))
            for offset, piece in _pieces(paragraph.text)
            for span in segmenter.segment(piece)
        ]
        for start, end in _day_numbers_rejoined(paragraph.text, spans):
            piece = paragraph.text[start:end]
            text = piece.strip()
            if not text:
                continue
            begin = paragraph.start + start + piece.index(text)
            kind = "note" if _PUBLICATION_NOTE.search(text) else "text"
            found.append(Sentence(begin, begin + len(text), text, paragraph.number, kind))
    return found


# pysbd rewrites the whole of what it is given once for each abbreviation it finds in it: a long
# paragraph (an article flattened to one line, as web and JSON extracts are) takes time that grows
# with the square of its length. It is given a long paragraph in pieces of about this many
# characters, cut where a sentence surely ends, so a draft stays linear however the text is laid out.
PIECE = 3000
# Where a sentence surely ends: a full stop after a lower-case word of four letters or more (no
# abbreviation: "Gen.", "St.", "U.S."), then space and a capital or an opening quote.
_SURE_END = re.compile(r"(?<=[a-z]{4}[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")


def _pieces(text: str) -> list[tuple[int, str]]:
    """`text` in pieces of about PIECE characters, each with its offset: cut where a sentence surely
    ends (else at a space, else anywhere); a text no longer than that is one piece."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > PIECE:
        window = text[start : start + PIECE]
        ends = [found.end() for found in _SURE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > PIECE // 3 else window.rfind(" ") + 1 or PIECE
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# pysbd takes "8." after a month for a list's number and ends the sentence before it: "... Road October" |
# "8. Boydton Plank Road, ..."
_MONTH_WORDS = (*MONTHS, *(month[:3] for month in MONTHS if len(month) > 3), "Sept")
_MONTH_AT_END = re.compile(rf"\b(?:{'|'.join(_MONTH_WORDS)})\.?\s*$")
_DAY_AT_START = re.compile(r"^\s*\d{1,2}\.")


# pysbd ends a sentence after "c." of "Vasugupta (c. 875–925 CE)": circa, "born", "died", "reigned"
_CIRCA_AT_END = re.compile(r"(?:^|[\s(])(?:c|ca|b|d|r|fl)\.\s*$")
_NUMBER_AT_START = re.compile(r"^\s*\d")


def _circa_rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with a sentence cut after "c." before a year joined to what follows."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and _CIRCA_AT_END.search(text[joined[-1][0] : joined[-1][1]])
            and _NUMBER_AT_START.match(text[start:end])
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _day_numbers_rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with a month's day number given back to the sentence it ends."""
    fixed = _circa_rejoined(text, spans)
    for place in range(len(fixed) - 1):
        (start, end), (next_start, next_end) = fixed[place], fixed[place + 1]
        day = _DAY_AT_START.match(text[next_start:next_end])
        if day and _MONTH_AT_END.search(text[start:end]):
            fixed[place], fixed[place + 1] = (start, next_start + day.end()), (next_start + day.end(), next_end)
    return fixed
