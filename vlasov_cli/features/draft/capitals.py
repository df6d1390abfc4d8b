"""The words of a sentence, and its runs of capitalised words: the raw stuff of names and terms.

A token keeps its offsets into its sentence, and a possessive ("Stalin’s") keeps its base
("Stalin") apart, so that every name built from tokens is a verbatim slice of the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from vlasov_cli.features.draft.name_words import (
    DEMONYMS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    MONTHS_AND_DAYS,
    ORDINAL_WORDS,
    PARTICLES,
    PLACE_NAMES,
    TITLES,
)
from vlasov_cli.features.draft.sentences import Sentence

_ABBREVIATIONS = "Lt|Col|Maj|Gen|Brig|Capt|Cmdr|Sgt|Cpl|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen|Pres|St|Mt|Ft|Jr|Sr|Sh|Smt"
_TOKEN = re.compile(
    rf"(?P<abbreviation>\b(?:{_ABBREVIATIONS})\.)"
    r"|(?P<initials>\b(?![IVX]\.\s*$)(?:[A-Z]\.)+)"  # (not a regnal number ending a sentence: "Ferdinand I.")
    r"|(?P<ordinal>\b\d+(?:st|nd|rd|th)\b)"
    r"|(?P<word>[^\W\d_](?:[\w’'\-]*\w)?(?:(?<=s)[’'](?![\w’']))?)"
    r"|(?P<number>\d[\d,.]*\d|\d)"
    r"|(?P<mark>\S)"
)
_POSSESSIVE = re.compile(r"(?<=\w)[’']s$|(?<=s)[’']$")  # "Stalin’s", "Meletius' restoration"
# An Arabic name's part led by its article, which goes on a run of capitals: "Muhammad IV al-Hadi".
# An elided French or Italian particle too: "Geoffroy d'Harcourt", "Bernat d'Auriac".
_ARTICLE_NAME = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az|ed|en|es|ud|ul)-[A-Z]\w|[dl][’'][A-Z]\w")
_ROMAN = re.compile(r"^[IVX]+$")
_TITLE_WORDS = [title.split() for title in TITLES]
_TITLES_BY_FIRST: dict[str, list[list[str]]] = {}  # longest first, as TITLES lists them
for _words in _TITLE_WORDS:
    _TITLES_BY_FIRST.setdefault(_words[0], []).append(_words)


class Token(NamedTuple):
    text: str  # as written, with a possessive's ending
    start: int  # offsets into the sentence
    end: int
    base: str  # without a possessive's ending
    kind: str  # "abbreviation", "initials", "ordinal", "word", "number" or "mark"

    @property
    def possessive(self) -> bool:
        return self.base != self.text

    @property
    def base_end(self) -> int:
        return self.start + len(self.base)

    @property
    def lower(self) -> str:
        return self.base.lower()


def tokens(text: str) -> list[Token]:
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "mark"
        word = match.group()
        base = _POSSESSIVE.sub("", word) if kind == "word" else word
        found.append(Token(word, match.start(), match.end(), base, kind))
    return found


def lowercase_words(article: str) -> frozenset[str]:
    """The words the article writes in lower case somewhere: a capitalised one of them is most
    likely a common word at a sentence's start or in a title, not a name."""
    return frozenset(word for word in re.findall(r"[^\W\d_][\w\-]*", article) if word.islower())


def title_length(run: Sequence[Token], chained: bool = True) -> int:
    """How many of the run's first tokens are a title ("Maj. Gen.", "Field Marshal"), or (`chained`)
    titles one after another ("Secretary General", "Commander Field Marshal"), leaving at least one
    token for a name."""
    bases = [token.base for token in run]
    length = 0
    while length < len(bases):
        found = next(
            (
                len(words)
                for words in _TITLES_BY_FIRST.get(bases[length], ())
                if length + len(words) < len(run) and bases[length : length + len(words)] == words
            ),
            0,
        )
        if not found or not chained:
            return length + found
        length += found
    return length


def is_title_word(word: str) -> bool:
    """Whether a word is a title by itself ("Secretary", "Pasha")."""
    return [word] in _TITLES_BY_FIRST.get(word, ())


def is_title(token: Token) -> bool:
    """Whether the word is a title by itself ("Colonel", "King"): a rank, never a name."""
    return [token.base] in _TITLES_BY_FIRST.get(token.base, ())


def common_word(token: Token, lowercase: frozenset[str]) -> bool:
    """Whether a capitalised word that begins a sentence is most likely not a name: a function word,
    a word the article also writes in lower case, an adverb ("Interestingly")."""
    return token.lower in FUNCTION_WORDS or token.lower in lowercase or token.base.endswith("ly")


def is_capitalised(token: Token) -> bool:
    if token.kind in ("initials", "abbreviation"):
        return True
    if token.kind != "word":
        return False
    first = token.base[0]
    return first.isupper() and token.lower not in FUNCTION_WORDS


def is_demonym(token: Token, article_capitals: frozenset[str] = frozenset()) -> bool:
    """A people's, faith's or creed's word: "Soviet", "Nazis", "Czechs" (the plural of a word the
    article also writes capitalised on its own)."""
    word = token.lower
    if word in DEMONYMS or word.startswith(("anti-", "pro-", "pre-", "post-")) or word in ("u.s.", "u.k.", "u.n."):
        return True
    if word.endswith(("ians", "eans", "ese")):
        return True  # "Parisians", "Europeans", "Vietnamese"
    if "-" in word and word.split("-")[0] in DEMONYMS:
        return True  # "German-occupied"
    if word.endswith("n") and word[:-1] in PLACE_NAMES:
        return True  # "Romanian" of "Romania", "Cuban" of "Cuba"
    if word.endswith("ian") and len(word) > 6 and token.base[:-3] in article_capitals:
        return True  # "Destourian" of an article writing "Destour"
    plural = word.endswith("s") and len(word) > 3 and word not in GIVEN_NAMES  # not "Frances" of "France"
    return plural and (word[:-1] in DEMONYMS or token.base[:-1] in article_capitals)


def is_date_word(token: Token) -> bool:
    return token.lower in MONTHS_AND_DAYS


def is_ordinal(token: Token) -> bool:
    return token.kind == "ordinal" or (token.kind == "word" and token.lower in ORDINAL_WORDS)


def is_roman(token: Token) -> bool:
    return bool(_ROMAN.match(token.base)) and token.base != "I"


def is_particle(token: Token) -> bool:
    return token.kind == "word" and token.base in PARTICLES


def is_article_name(token: Token) -> bool:
    """Whether a word is a name's part led by an Arabic article: "al-Hadi", "an-Nasir"."""
    return token.kind == "word" and bool(_ARTICLE_NAME.match(token.base))


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Whether only a space (or a line break) lies between two tokens."""
    gap = text[left.end : right.start]
    return gap in (" ", "\n") or (gap.isspace() and len(gap) <= 2)


def runs(
    text: str, words: list[Token], allow: frozenset[str] = frozenset(), numbered: bool = False
) -> list[tuple[int, int]]:
    """The runs of capitalised tokens, as [first, last+1) token indexes: a particle ("von") or one of
    `allow` ("of", "the") may join two capitalised tokens; a possessive ends its run. With
    `numbered`, an ordinal may begin a run ("2nd Shock Army")."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if not is_capitalised(words[index]) and not (numbered and is_ordinal(words[index])):
            index += 1
            continue
        end = index + 1
        while end < len(words) and not words[end - 1].possessive:
            token = words[end]
            if not adjacent(text, words[end - 1], token):
                break
            if is_capitalised(token) or (numbered and is_ordinal(token)) or is_article_name(token):
                end += 1
                continue
            if _regnal_first(words, end):
                end += 1
                continue
            joined = end
            if words[joined].lower == "the":
                break  # "the" joins only after "of" or "for": "Order of the Red Banner"
            while joined < len(words) and (is_particle(words[joined]) or words[joined].lower in allow):
                if not adjacent(text, words[joined - 1], words[joined]):
                    break
                joined += 1
            if joined == end or joined >= len(words) or not is_capitalised(words[joined]):
                break
            if not adjacent(text, words[joined - 1], words[joined]):
                break
            end = joined + 1
        found.append((index, end))
        index = end
    return found


def _regnal_first(words: list[Token], index: int) -> bool:
    """Whether an "I" after a name is a regnal number, not the pronoun: "Maximilian I, Holy Roman
    Emperor", "Maximilian I's army" (a mark, nothing or a possessive after it), "Edward I of England"."""
    token = words[index]
    if token.base != "I" or token.kind != "word":
        return False
    if token.possessive or index + 1 == len(words) or words[index + 1].kind == "mark":
        return True
    # "Edward I of England"
    return index + 2 < len(words) and words[index + 1].text == "of" and words[index + 2].base[:1].isupper()


def naming_sentences(sentences: Sequence[Sentence], forms: Sequence[Sequence[str]]) -> list[tuple[int, ...]]:
    """For each entity (its forms), the indexes of the sentences naming it. Each place in a sentence
    goes to the longest form found there, so "Okada Yū" is not counted as a mention of "Okada"."""
    owner: dict[str, int] = {}
    for entity, names in enumerate(forms):
        for name in names:
            owner.setdefault(name, entity)
    if not owner:
        return [() for _ in forms]
    alternatives = "|".join(re.escape(name) for name in sorted(owner, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")
    found: list[list[int]] = [[] for _ in forms]
    for index, sentence in enumerate(sentences):
        if sentence.kind == "navigation":
            continue
        for match in pattern.finditer(sentence.text):
            entity = owner[match.group()]
            if not found[entity] or found[entity][-1] != index:
                found[entity].append(index)
    return [tuple(indexes) for indexes in found]
