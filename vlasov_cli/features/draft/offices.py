"""Where a person's name begins in a run of capitals that holds more than a name: after an office
("Secretary of War Henry Stimson"), after a command and a title ("Army Group North Commander Field
Marshal Otto Lindqvist"), or in a family list's entry that names a child by a title only ("Princess
of Zheng (...), 1st daughter"); and where it ends before the letters of honours ("Lugard GCMG CB")."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.capitals import Token, is_capitalised, is_title, title_length

# Titles that also stand after a name or inside it: never the start of a name inside a run.
NAME_TITLES = frozenset(
    "Khan Bey Pasha Dey Shah Seth Lala Lalla Babu Begum Sultan Raja Rani Sri Shri Saint Emir Imam Swami Sidi".split()
)


def office_before(words: list[Token], spans: list[tuple[int, int]], number: int) -> tuple[int, int] | None:
    """Where an office that ends in the run spans[number] begins, and where the name after it does:
    "Secretary of War Henry Stimson", "Chief of Staff George C. Marshall", "Minister of Foreign
    Affairs Molotov"; None when the run follows no title and "of"."""
    if number == 0:
        return None
    before_first, before_last = spans[number - 1]
    first, last = spans[number]
    between = [token.lower for token in words[before_last:first]]
    if between not in (["of"], ["of", "the"]) or not is_title(words[before_last - 1]):
        return None
    name = first + 1
    if name < last and words[name].lower == "affairs":
        name += 1
    return (before_first, name) if name < last else None


_ORDINAL_WORDS = frozenset("eldest youngest elder younger only first second third fourth fifth sixth".split())


def titled_entry(words: list[Token], spans: list[tuple[int, int]]) -> int:
    """Where a family list's entry ends that names a child by a title and a place only: "Princess of
    Zheng (鄭國公主), 1st daughter", "Princess Supreme of Liang (...), 5th daughter" (the title, perhaps
    one word of rank, "of" and a place; then an ordinal and "son" or "daughter" end the entry); 0 for none."""
    if len(spans) < 2 or spans[0][0] != 0 or len(words) < 5:
        return 0
    (_, title_end), (place, entry) = spans[0], spans[1]
    if not is_title(words[0]) or title_end > 2 or place != title_end + 1 or words[title_end].lower != "of":
        return 0
    ordinal, kin = words[-2], words[-1]
    if kin.lower not in ("son", "daughter") or words[-3].text != ",":
        return 0
    if ordinal.kind != "ordinal" and ordinal.lower not in _ORDINAL_WORDS:
        return 0
    between = words[entry:-3]
    inside = bool(between) and between[0].text == "(" and between[-1].text == ")"
    return entry if not between or inside else 0


def entry_title_of(words: list[Token], first: int, last: int) -> bool:
    """Whether a titled name (words[first:last]) is the other name of the name that opens a family
    list's entry: "Wanyan Ji'an, Crown Prince Yingdao (英悼太子, 1142 – 1143), 1st son"."""
    return (
        first >= 3
        and words[first - 1].text == ","
        and all(token.kind == "word" and is_capitalised(token) for token in words[: first - 1])
        and last < len(words)
        and words[last].text == "("
    )


def inner_title(run: list[Token], leading: int) -> int:
    """Where a title begins inside the run, after the words of a command and before a name ("Army
    Group North Commander Field Marshal Otto Lindqvist": 3), or 0."""
    for inner in range(leading + 1, len(run) - 1):
        if run[inner].base in NAME_TITLES:
            continue  # "Muhammad Ahmed Khan Kasuri", "Ismail Pasha"
        length = title_length(run[inner:])
        if length and all(token.kind == "word" and token.base[0].isupper() for token in run[inner + length :]):
            return inner
    return 0


_HONOURS = re.compile(r"[A-Z]{2,5}")
_REGNAL = re.compile(r"[IVX]+")


def without_honours(words: list[Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of capitals, each without the letters of honours after a name ("Baron Lugard GCMG CB
    DSO PC" is "Baron Lugard"; a regnal number, "Louis XIV", stays)."""
    trimmed = []
    for first, last in found:
        end = last
        while (
            end - 1 > first and _HONOURS.fullmatch(words[end - 1].base) and not _REGNAL.fullmatch(words[end - 1].base)
        ):
            end -= 1
        trimmed.append((first, end if end < last and not _HONOURS.fullmatch(words[first].base) else last))
    return trimmed
