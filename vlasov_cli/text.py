"""Text normalisation shared by quote matching, name matching and search."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]")


def normalize_quote(text: str) -> str:
    """What quote matching compares: curly quotes made straight and white space collapsed."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned to spaces: for names and search."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTE_MARKS))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", plain.replace("'", "").casefold())).strip()


def split_paragraphs(source: str) -> list[str]:
    """The article's paragraphs: blocks separated by blank lines, numbered from 1 by position."""
    blocks = re.split(r"\n[ \t]*\n", source.replace("\r\n", "\n"))
    return [block.strip() for block in blocks if block.strip()]


class ParagraphIndex:
    """Finds which paragraph holds a quote, without scanning every paragraph for every quote."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._normalized = [normalize_quote(paragraph) for paragraph in paragraphs]
        self._by_word: dict[str, set[int]] = {}
        for index, paragraph in enumerate(self._normalized):
            for word in paragraph.split(" "):
                self._by_word.setdefault(word, set()).add(index)

    def find(self, quote: str) -> int | None:
        """The 1-based number of the first paragraph holding `quote`, or None."""
        needle = normalize_quote(quote)
        if not needle:
            return None
        words = needle.split(" ")
        # Inner words are whole words of the paragraph; the first and last may be cut mid-word.
        inner = words[1:-1] or words
        candidates = min((self._by_word.get(word, set()) for word in inner), key=len)
        if len(words) <= 2:
            candidates = set(range(len(self._normalized)))
        for index in sorted(candidates):
            if needle in self._normalized[index]:
                return index + 1
        return None
