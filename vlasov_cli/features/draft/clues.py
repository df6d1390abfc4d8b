"""The words around a name that say whose it is: a person's ("According to Neeti Nair", "Calvus
refused", "Soham Swami's book"), someone's kin ("His father, Gangadhar Tilak"), a birth name ("born
Keshav Tilak")."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.bynames import with_bynames
from vlasov_cli.features.draft.capitals import Token, runs, tokens
from vlasov_cli.features.draft.name_words import (
    ADDRESSING_VERBS,
    AGENT_VERBS,
    CITING_WORDS,
    FUNCTION_WORDS,
    KIN_NOUNS,
    PERSON_VERBS,
    PERSONAL_NAME_KINDS,
    ROLE_NOUNS,
)
from vlasov_cli.features.draft.roles import after_aside, is_role_noun
from vlasov_cli.features.draft.spans import life_opening

_ADVERBS = frozenset("later then also soon finally never once again still immediately".split())

WORKS = frozenset("book books novel poem poems memoirs autobiography diary letters speech speeches".split())
_PARTICIPLES = frozenset("come gone become done made led left met sent spent told won written fought".split())
# Words after a possessive name that say it is a person's: "Constantius' remains", "Stalin's death".
_LIFE_NOUNS = frozenset(
    "remains death funeral burial grave tomb deathbed assassination execution abdication coronation".split()
)
_LIST_OPENERS = frozenset("including like as comprising namely among especially notably".split())


def introduced(words: list[Token], start: int) -> bool:
    """Whether a list at `start` follows words for people: "revolutionaries such as", "friends,
    including", "the three Tayal brothers (", "the remaining seven"."""
    index = start - 1
    while index >= 0 and words[index].text in ",:(":
        index -= 1
    if index >= 0 and words[index].lower in _LIST_OPENERS:
        index -= 1
        if index >= 0 and words[index].lower == "such":
            index -= 1
        while index >= 0 and words[index].text in ",":
            index -= 1
    return any(
        is_role_noun(token.lower, True) and token.lower.endswith("s") for token in words[max(0, index - 1) : index + 1]
    )


def told_of(words: list[Token], start: int) -> bool:
    """Whether the words before a name say it is a person's: "According to Neeti Nair", "born to
    Vidyavati", "the son of Munshi Radha Krishna", "defended by Asaf Ali", "married Pucha Dingshou",
    "personal name Jingu"."""
    before = [token.lower for token in words[max(0, start - 2) : start]]
    if before[-2:] in (["according", "to"], ["born", "to"]) or before[-1:] in (["married"], ["wed"], ["marrying"]):
        return True
    if personal_name(words, start):
        return True
    if before[-1:] == ["the"] and start >= 3:  # "the son of the Amar Singh Thapa"
        before = [token.lower for token in words[start - 3 : start - 1]]
        return before[1] == "of" and before[0] in KIN_NOUNS
    if len(before) == 2 and before[1] == "of" and before[0] in KIN_NOUNS:
        return True
    return len(before) == 2 and before[1] == "by" and before[0] in AGENT_VERBS


def personal_name(words: list[Token], start: int) -> bool:
    """Whether a name follows "personal name", "courtesy name", "sinicised name"...: "personal name Hela"."""
    return start >= 2 and words[start - 1].lower == "name" and words[start - 2].lower in PERSONAL_NAME_KINDS


_FAMILY_LIST = re.compile(r"\b(?:children|sons|daughters|issue|had)\b[^.:;]{0,60}:$", re.IGNORECASE)


def family_list_opens(text: str) -> bool:
    """Whether a sentence opens a list of someone's children: "Their children included:", "Peter and
    Constance had:", "he had 3 illegitimate children with Maria Nicolau before marrying Constance:"."""
    return bool(_FAMILY_LIST.search(text.rstrip()))


def kin_named(words: list[Token], start: int) -> bool:
    """Whether a name follows a word for kin of someone named or meant: "His father, Gangadhar
    Tilak", "her son Karl", "Lincoln's son Robert"."""
    index = start - 1 - (start >= 1 and words[start - 1].text == ",")
    return (
        index >= 1
        and words[index].lower in KIN_NOUNS
        and (words[index - 1].lower in ("his", "her", "their") or words[index - 1].possessive)
    )


_BORN_AFTER_COMMA = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w'\u2019-]+),\s+born$")


def birth_name_of(before: str) -> str:
    """Whose birth name follows `before` (a sentence up to "born"): "Bal Gangadhar Tilak" of "Bal
    Gangadhar Tilak (pronunciation; born" or of "Bal Gangadhar Tilak, born"; "" for none."""
    comma = _BORN_AFTER_COMMA.search(before)
    return comma[1] if comma else life_opening(before.removesuffix("born"))


_KNOWN_AS = re.compile(
    r"(?P<how>\b(?:also|commonly|popularly|better|often|sometimes|simply|usually)\s+)?\b(?:known\s+as|called)"
    r"(?:\s+by\s+(?:his|her|their)\s+[\w-]+\s+name)?$"  # "also known as by his Latin name Johannes Torquatus"
)


def other_name_of(before: str) -> str:
    """Whose other name follows `before` (a sentence up to "known as", "called" or a parenthesis), when
    only a comma, parentheses or a word such as "also" stand between the two: "Muhammad al-Munsif" of
    "Muhammad al-Munsif, (Arabic: ...; 1881 – 1948) commonly known as", "Arsaces II" of "Arsaces II (";
    "" for none ("Lincoln called", "X was an author, popularly known as")."""
    known = _KNOWN_AS.search(before)
    if known is None and not before.endswith("("):
        return ""
    text = before[: known.start() if known else -1].rstrip()
    apart = known is None or bool(known["how"])
    while text.endswith((",", ")")):
        apart = True
        text = text[:-1].rstrip() if text.endswith(",") else _before_parenthesis(text).rstrip()
    words = tokens(text)
    found = with_bynames(words, runs(text, words))  # "Odo II of Varenne (French: Eudes II;"
    if not apart or not found or found[-1][1] != len(words):
        return ""
    first, last = found[-1]
    if known is None and first >= 1 and words[first - 1].lower in ("and", "or"):
        return ""  # "Bal Tilak and Mohandas Gandhi (Bal-Mohan)": the two together
    return text[words[first].start : words[last - 1].base_end]


def _before_parenthesis(text: str) -> str:
    """The text before the parenthesis it ends with (nested ones inside it)."""
    depth = 0
    for place in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[place], 0)
        if depth == 0:
            return text[:place]
    return ""


def of_person_after(words: list[Token], end: int) -> bool:
    """Whether the words after a possessive name say it is a person's: their kin ("Amar Singh's son"),
    their works ("Soham Swami's book"), their body or their end ("Constantius' remains"), or an
    office they held ("Meletius' restoration as bishop")."""
    if not words[end - 1].possessive or end >= len(words):
        return False
    if words[end].lower in KIN_NOUNS or words[end].lower in WORKS or words[end].lower in _LIFE_NOUNS:
        return True
    index = end + 2 + (end + 2 < len(words) and words[end + 2].lower in ("a", "an", "the"))
    return end + 1 < index < len(words) and words[end + 1].lower == "as" and is_role_noun(words[index].base, False)


def addressed(words: list[Token], start: int, end: int) -> bool:
    """Whether the name is told something or asked to do something: "secretly informing Roosevelt
    that", "urged Bhimsen to"."""
    return (
        start >= 1
        and words[start - 1].lower in ADDRESSING_VERBS
        and end < len(words)
        and words[end].lower in ("that", "to")
        and not words[end - 1].possessive
    )


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A day and a month, or a month alone ("c. 1239 – November 1285"), before a year.
_DAY = rf"(?:\d{{1,2}}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+\d{{1,2}},\s+|{_MONTH}\s+)"
_LIFE = re.compile(
    rf"(?:born\s+|b\.\s*|c\.\s*)?(?P<first>{_DAY}?(?P<born>\d{{3,4}}))(?:\s+in\s+[^\d;]+?)?"
    rf"\s*[-\u2013\u2014]\s*(?:c\.\s*)?(?P<last>{_DAY}?(?P<died>\d{{3,4}}|\?))(?:\s+in\s+[^\d;]+)?"
)


def life_after(after_name: str) -> bool:
    """Whether a parenthesis after a name gives a life's years: "(19 October 1797 – 20 November 1816)",
    "(Nepali: ...; 331 – 17 February 364)", "(1888-1969)"; two years alone must be a life's length apart
    (not "(1814–1816)" nor "(1644–1912)")."""
    if not after_name.startswith(" ("):
        return False
    inside = after_name[2:]
    depth, end = 1, 0
    while end < len(inside) and depth:
        depth += {"(": 1, ")": -1}.get(inside[end], 0)
        end += 1
    life = _LIFE.fullmatch(inside[: end - 1].split(";")[-1].strip())
    if depth or life is None or life["died"] == "?":
        return bool(life) and not depth
    years = int(life["died"]) - int(life["born"])
    dated = life["first"] != life["born"] or life["last"] != life["died"]  # a day and month given
    return 0 <= years <= 120 if dated else 15 <= years <= 110


def cited(words: list[Token], start: int) -> bool:
    """Whether the name follows words that cite a thinker: "quoted Nietzsche", "the writings of Hegel"."""
    if start >= 1 and words[start - 1].lower in CITING_WORDS:
        return True
    return start >= 2 and words[start - 1].lower in ("of", "by") and words[start - 2].lower in CITING_WORDS


def a_man(words: list[Token], index: int) -> bool:
    """Whether the words at `index` say "was a ... man" (or woman): "was a plain man"."""
    if index + 2 >= len(words) or words[index].lower != "was" or words[index + 1].lower not in ("a", "an"):
        return False
    for token in words[index + 2 : index + 5]:
        if token.lower in ("man", "woman"):
            return True
        if token.kind != "word" or token.lower in FUNCTION_WORDS:
            return False
    return False


def acts(words: list[Token], end: int) -> bool:
    """Whether the name is the subject of a verb a person does: "Calvus refused", "Demetrios later
    wrote", "Vlasov was born"."""
    index = after_aside(words, end)
    if index < len(words) and words[index].lower in _ADVERBS:
        index += 1
    if index >= len(words) or words[end - 1].possessive:
        return False
    if words[index].text == "," and index + 1 < len(words) and words[index + 1].lower in ("who", "whose", "whom"):
        return True
    if words[index].lower == "who":
        return True  # "resisted by Johan van Oldenbarnevelt who backed the Remonstrants"
    word = words[index].lower
    following = words[index + 1].lower if index + 1 < len(words) else ""
    if word == "had" and (following.endswith(("ed", "en")) or following in _PARTICIPLES):
        return True  # "Napoleon had come to power"
    if word == "was" and following.endswith("ing") and len(following) > 5:
        return True  # "Saddam Hussein was manufacturing"
    if word == "was" and following:
        word = f"was_{following}"
    return word in PERSON_VERBS


_MAKING_VERBS = frozenset("named appointed made elected proclaimed crowned declared".split())
_DETERMINERS = frozenset("a an the his her their its".split())


def made_a_role(words: list[Token], start: int, end: int) -> bool:
    """Whether a name is made something a person is, or becomes one: "They named Yuan Shikai the new
    premier", "Kang Youwei and Liang Qichao emerged as leaders", "X served as envoy"."""
    if start >= 1 and words[start - 1].lower in _MAKING_VERBS and _role_ahead(words, end, determiner=True):
        return True
    verb = words[end] if end < len(words) else None
    if verb is None or verb.kind != "word" or not verb.base.islower() or not verb.lower.endswith("ed"):
        return False
    return end + 1 < len(words) and words[end + 1].lower == "as" and _role_ahead(words, end + 2, determiner=False)


def _role_ahead(words: list[Token], at: int, determiner: bool) -> bool:
    """Whether a word for what a person is comes at `at`, after a determiner (perhaps optional) and up
    to two other words: "the new premier", "leaders", "a trusted envoy"."""
    if at < len(words) and words[at].lower in _DETERMINERS:
        at += 1
    elif determiner:
        return False
    for token in words[at : at + 3]:
        if token.kind != "word" or not token.base.islower():
            return False
        if token.lower in ROLE_NOUNS or token.lower.removesuffix("s") in ROLE_NOUNS:
            return True
    return False
