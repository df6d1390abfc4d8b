"""Text normalisation shared by quote matching, name matching and search."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

_NOT_WORD = re.compile(r"[^\w\s]")


def _straight_quotes(text: str) -> str:
    return text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


def normalize_quote(text: str) -> str:
    """What quote matching compares: curly quotes made straight and white space collapsed."""
    return " ".join(_straight_quotes(text).split())


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned to spaces: for names and search."""
    if text.isascii():  # no accents or curly quotes to take off
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", _straight_quotes(text))
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.replace("'", "").casefold()).split())


def split_paragraphs(source: str) -> list[str]:
    """The article's paragraphs: blocks separated by blank lines, numbered from 1 by position."""
    blocks = re.split(r"\n[ \t]*\n", source.replace("\r\n", "\n"))
    return [block.strip() for block in blocks if block.strip()]


_UNSEEN = object()
FEW_PARAGRAPHS = 8


class ParagraphIndex:
    """Finds which paragraph holds a quote, without scanning every paragraph for every quote.

    `found` keeps every answer (quote -> paragraph number or None), and may be given what an earlier
    index over the same text found: then the paragraphs are only indexed when a new quote comes.
    """

    def __init__(self, paragraphs: list[str], found: dict[str, int | None] | None = None) -> None:
        self._paragraphs = paragraphs
        self._normalized: list[str] = []
        self._by_word: dict[str, list[int]] | None = None  # word -> the paragraphs holding it, in order
        self.found: dict[str, int | None] = dict(found or {})
        self.learned = False  # whether `found` holds answers it was not given

    def find(self, quote: str) -> int | None:
        """The 1-based number of the first paragraph holding `quote`, or None."""
        paragraph = self.found.get(quote, _UNSEEN)
        if paragraph is _UNSEEN:
            paragraph = self.found[quote] = self._search(normalize_quote(quote))
            self.learned = True
        return paragraph  # type: ignore[return-value]

    def learn(self, found: dict[str, int | None]) -> None:
        """Take what another index over the same text found."""
        if found:
            self.found.update(found)
            self.learned = True

    def prepare(self) -> dict[str, list[int]]:
        """Index the paragraphs now (as `find` does when it first needs to), and return the index."""
        if self._by_word is None:
            self._normalized = [normalize_quote(paragraph) for paragraph in self._paragraphs]
            by_word: defaultdict[str, list[int]] = defaultdict(list)
            for index, paragraph in enumerate(self._normalized):
                for word in set(paragraph.split(" ")):
                    by_word[word].append(index)
            self._by_word = by_word
        return self._by_word

    def _search(self, needle: str) -> int | None:
        if not needle:
            return None
        by_word = self.prepare()
        words = needle.split(" ")
        if len(words) <= 2:
            candidates: Iterable[int] = range(len(self._normalized))
        else:
            # Inner words are whole words of the paragraph (the first and last may be cut mid-word):
            # the paragraphs holding the longest one (the rarest, mostly) are the only candidates,
            # or those holding the rarest of the longest three, if the longest is common.
            inner = words[1:-1]
            candidates = by_word.get(max(inner, key=len), [])
            if len(candidates) > FEW_PARAGRAPHS:
                found = [by_word.get(word) for word in sorted(inner, key=len)[-3:]]
                candidates = min(found, key=lambda paragraphs: len(paragraphs or ()))  # type: ignore[arg-type]
        for index in candidates:
            if needle in self._normalized[index]:
                return index + 1
        return None
