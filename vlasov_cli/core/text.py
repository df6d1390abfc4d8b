"""Text normalisation shared by quote matching, name matching and search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

_NOT_WORD = re.compile(r"[^\w\s]")
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# What a terminal acts on, or what breaks or turns a line there: control characters but the tab (C0,
# DEL, C1), line and paragraph separators, and direction marks, embeddings, overrides and isolates.
TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` as a terminal shows it and nothing more: each character it would act on (an escape
    sequence's start, a bell, a line break that could forge a line) written as its escape: "\\x1b",
    "\\n", "\\u202e"."""
    return TERMINAL_UNSAFE.sub(_escaped, text)


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return {10: "\\n", 13: "\\r"}.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def letters(count: int) -> str:
    """The letters that label `count` choices or items: "ABCD" for 4."""
    return ALPHABET[: max(count, 0)]


def _straight_quotes(text: str) -> str:
    return text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


def normalize_quote(text: str) -> str:
    """What quote matching compares: curly quotes made straight and white space collapsed."""
    return " ".join(_straight_quotes(text).split())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned to spaces: for names and search. (Cached: a
    bank's build, index and linter fold the same names and titles many times over.)"""
    if text.isascii():  # no accents or curly quotes to take off
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", _straight_quotes(text))
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.replace("'", "").casefold()).split())


# What ends a name without being its surname: a land ("Alexander I of Russia"), a generation ("Jr.",
# "the Younger"), a ruler's number ("Louis XVI").
_LAND = re.compile(r"\s+of\s.*$", re.IGNORECASE)
_GENERATION = re.compile(r",?\s+(?:jr|sr)\.?$|\s+the\s+(?:younger|elder)$", re.IGNORECASE)
_RULERS_NUMBER = re.compile(r"^[IVX]+$", re.IGNORECASE)


def surname(name: str, aliases: Iterable[str] = ()) -> str:
    """The words a person is called by in short: an alias that is one word of the name ("Chiang" for
    "Chiang Kai-shek"), else the name's last word ("Sergei Bunyachenko" -> "Bunyachenko"), leaving out
    a land and a generation ("William Pitt the Younger" -> "Pitt"); a ruler is called by name and
    number ("Alexander I of Russia" -> "Alexander I", "Frederick William III")."""
    words = name.split()
    for alias in aliases:
        if alias in words:
            return alias
    words = _GENERATION.sub("", _LAND.sub("", name)).split() or words
    if len(words) > 1 and _RULERS_NUMBER.match(words[-1]):
        return " ".join(words)
    return words[-1] if words else name


def role_within(role: str, other: str) -> bool:
    """Whether `role` tells no more than `other` does: the same role, or words of it ("Prime Minister"
    of a "British Prime Minister"), so a question asking it would have both people for an answer. Not
    words of what the other did ("associate who shot a British police officer" is no police officer)."""
    held = _DEED_OF_ROLE.split(fold(other), maxsplit=1)[0]
    return bool(fold(role)) and (fold(role) == fold(other) or f" {fold(role)} " in f" {held} ")


_DEED_OF_ROLE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def split_paragraphs(source: str) -> list[str]:
    """The article's paragraphs: blocks separated by blank lines, numbered from 1 by position."""
    blocks = re.split(r"\n[ \t]*\n", source.replace("\r\n", "\n"))
    return [block.strip() for block in blocks if block.strip()]


# What a web page leaves around an article it carries: never part of the article.
_NAVIGATION = re.compile(r"^(back to|return to|click here|share this|related articles?|read more)\b", re.IGNORECASE)


def paragraph_kind(paragraph: str) -> tuple[str, str]:
    """What a paragraph is, and its text as a reader should see it: ("caption", its text once) for a
    picture's caption (a page gives it twice, as the picture's text and below it); ("navigation",
    text) for a page's own links; ("text", text) for the rest."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if len(lines) > 1 and len(set(lines)) == 1:
        return "caption", lines[0]
    if len(paragraph) < 80 and _NAVIGATION.match(paragraph):
        return "navigation", paragraph
    return "text", paragraph


class ParagraphIndex:
    """Finds which paragraph holds a quote, without scanning every paragraph for every quote.

    Quotes are best looked for together (`find_all`): the paragraphs are then indexed, in one pass,
    by only the words those quotes are looked up by. `found` keeps every answer (quote -> paragraph
    number or None).
    """

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._normalized: list[str] = []
        self._by_word: dict[str, list[int]] = {}  # word -> the paragraphs holding it, in order
        self.found: dict[str, int | None] = {}

    def find(self, quote: str) -> int | None:
        """The 1-based number of the first paragraph holding `quote`, or None."""
        if quote not in self.found:
            self.find_all([quote])
        return self.found[quote]

    def find_all(self, quotes: Iterable[str]) -> None:
        """Find every one of `quotes` not found yet; the answers go to `found`."""
        needles = {quote: normalize_quote(quote) for quote in set(quotes).difference(self.found)}
        if not needles:
            return
        words = {needle: _looked_up_by(needle) for needle in set(needles.values())}
        self._index({word for some in words.values() for word in some})
        for quote, needle in needles.items():
            self.found[quote] = self._search(needle, words[needle])

    def _index(self, words: set[str]) -> None:
        """Index the paragraphs by `words` too."""
        if not self._normalized:
            self._normalized = [normalize_quote(paragraph) for paragraph in self._paragraphs]
        new = words - self._by_word.keys()
        if not new:
            return
        by_word = self._by_word
        for word in new:
            by_word[word] = []
        for index, paragraph in enumerate(self._normalized):
            for word in new.intersection(paragraph.split(" ")):
                by_word[word].append(index)

    def _search(self, needle: str, words: list[str]) -> int | None:
        if not needle:
            return None
        candidates: Sequence[int] = range(len(self._normalized))
        if words:  # the paragraphs holding the rarest of them are the only candidates
            candidates = min((self._by_word[word] for word in words), key=len)
        for index in candidates:
            if needle in self._normalized[index]:
                return index + 1
        return None


def _looked_up_by(needle: str) -> list[str]:
    """The words a paragraph holding `needle` is looked up by: the longest three (the rarest, mostly)
    of its inner words, which are whole words of the paragraph (the first and last may be cut
    mid-word); none for a needle of one or two words."""
    return sorted(needle.split(" ")[1:-1], key=len)[-3:]
