"""Roles a sentence gives a person as one of a group or as its head: "U.S. Generals Ulysses S. Grant
and Philip Sheridan" makes each a "U.S. General"; "Conservatives led by Félix Zuloaga" makes him the
"leader of the Conservatives"."""

from __future__ import annotations

from vlasov_cli.features.draft.capitals import Token, is_capitalised, is_demonym, is_title_word, tokens
from vlasov_cli.features.draft.name_words import FUNCTION_WORDS, HEAD_KIND, PLACE_PREPOSITIONS, ROLE_NOUNS
from vlasov_cli.features.draft.sentences import Sentence

LONGEST_LIST = 16  # words from a group's word to a name of its list
_INNER = frozenset(["of"])  # "Army of Northern Virginia"
_LIST_WORDS = frozenset([",", "and"])


def singular(word: str) -> str:
    """ "Generals" -> "General", "nationalists" -> "nationalist", "Congressmen" -> "Congressman"."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def plural_role_noun(token: Token) -> bool:
    """Whether a word is a plural of a word for a person: "Generals", "diplomats", "nationalists"."""
    if token.kind != "word" or not token.base.endswith("s") or token.possessive:
        return False
    one = singular(token.base)
    return one.lower() in ROLE_NOUNS or is_title_word(one)


def plural_role(role: str) -> bool:
    """Whether a role ends in a plural word for people ("fellow Indian nationalists", "two Bengali
    youths"): a group's, never one person's."""
    last = tokens(role)[-1:]
    return bool(last) and plural_role_noun(last[0])


def _name_word(token: Token) -> bool:
    return token.kind == "initials" or (is_capitalised(token) and token.lower not in FUNCTION_WORDS)


def group_role(sentence: Sentence, words: list[Token], start: int, end: int) -> str:
    """The role a plural word gives each of the names listed right after it: "U.S. Generals Ulysses S.
    Grant and Philip Henry Sheridan" gives each "U.S. General", "fellow nationalists A in Bengal and B
    in Punjab" gives "nationalist in Bengal" and "nationalist in Punjab" (the place that tells them
    apart); "" when the words before the name (words[start:end]) are no such list."""
    noun = start - 1
    while noun >= 0 and start - noun <= LONGEST_LIST and not plural_role_noun(words[noun]):
        token = words[noun]
        placed = token.lower == "in" and noun + 1 < start and _name_word(words[noun + 1])
        if not (_name_word(token) or token.text in _LIST_WORDS or placed):
            return ""
        noun -= 1
    if noun < 0 or not plural_role_noun(words[noun]):
        return ""
    opens = noun + 2 if words[noun + 1].text == "," else noun + 1  # "two Bengali youths, A and B"
    if opens < start and not any(token.text in _LIST_WORDS for token in words[opens:start]):
        return ""  # "the Generals John Smith" is one name, no list
    if opens == start and not (end < len(words) and words[end].text in _LIST_WORDS | {"in"}):
        return ""  # "Generals Grant" alone lists nobody
    first = noun
    while first >= 1 and (is_demonym(words[first - 1]) or words[first - 1].kind == "initials"):
        first -= 1  # the people's words: "U.S.", "Indian"
    if first == noun:
        return ""  # "Generals" alone: a rank, no role
    role = sentence.text[words[first].start : words[noun].start] + singular(words[noun].base)
    if end + 1 < len(words) and words[end].lower == "in" and _name_word(words[end + 1]):
        role += f" in {words[end + 1].text}"
    return role


def leader_role(sentence: Sentence, words: list[Token], start: int, end: int, capitals: frozenset[str]) -> str:
    """ "leader of the Conservatives" of "Conservatives led by Félix Zuloaga": a group, a people's or
    a party's plural ("Conservatives" of an article also writing "Conservative") or a body ("Army of
    Northern Virginia", "Liberal Party"), led by the one name after "led by" (not by several: "led by A and B"); not a
    place ("a mission to Paris led by X"); else ""."""
    if start < 3 or words[start - 1].lower != "by" or words[start - 2].lower != "led":
        return ""
    if end + 1 < len(words) and words[end].text in _LIST_WORDS and _name_word(words[end + 1]):
        return ""
    last = start - 3 if words[start - 3].text == "," else start - 2
    first = last
    while first >= 1 and (is_capitalised(words[first - 1]) or words[first - 1].lower in _INNER):
        first -= 1
    while first < last and words[first].lower in _INNER:
        first += 1
    if first == last or first > 0 and words[first - 1].lower in PLACE_PREPOSITIONS:
        return ""
    body = any(HEAD_KIND.get(token.lower) in ("organisation", "unit") for token in words[first:last])
    if not body and not (last - first == 1 and is_demonym(words[first], capitals)):
        return ""
    return "leader of the " + sentence.text[words[first].start : words[last - 1].end]
