"""Roles a review offers a person named in a list of names, from the words that open the list: a group's
members ("a harbour board comprising A, B and C", "his college friends, including A, B and C"), a
kind the list gives examples of ("preachers such as A", "mill owners like A, B and C") and a plural role
someone's ("his associates, A and B", told of the sentence's subject)."""

from __future__ import annotations

from vlasov_cli.features.draft.capitals import Token, is_capitalised
from vlasov_cli.features.draft.name_words import FUNCTION_WORDS
from vlasov_cli.features.draft.roles import is_role_noun
from vlasov_cli.features.draft.titles_verbs import is_verb

LONGEST_GROUP = 10  # words before the list for the group or kind it names
_GROUP_OPENERS = (("comprising",), ("consisting", "of"), ("made", "up", "of"), ("composed", "of"))
_NO_QUALIFIERS = frozenset("other many several some such about against among between over under upon".split())
_EXAMPLE_OPENERS = (("such", "as"), ("like",))


def roles_of_list(words: list[Token], start: int) -> list[str]:
    """The roles the words before a list that holds the name at `start` give its every name; [] when
    the name is in no such list."""
    opening = _list_start(words, start)
    if opening < 1:
        return []
    before = [word.lower for word in words[:opening]]
    found = []
    if before[-1] == "including" and opening >= 2 and words[opening - 2].text == ",":
        found.append(_plural_role(words[: opening - 2]))  # ("his college friends, including": a bare plural too)
    for opener in _GROUP_OPENERS:
        if tuple(before[-len(opener) :]) == opener:
            found.append(_group(words[: opening - len(opener)]))
    for opener in _EXAMPLE_OPENERS:
        if tuple(before[-len(opener) :]) == opener:
            found.append(_plural_role(words[: opening - len(opener)], with_of=False))
    if before[-1] == "," and opening >= 3:
        found.append(_owned_role(words, opening - 1))
    return [role for role in found if role]


def _list_start(words: list[Token], start: int) -> int:
    """Where the list of names holding the name at `start` begins (past "A, B, and"): the first name's
    index; -1 when the name stands in no list (nor alone after an opener)."""
    at = start
    while at >= 1 and (words[at - 1].text == "," or words[at - 1].lower == "and" or is_capitalised(words[at - 1])):
        if words[at - 1].text == "," and at >= 2 and not is_capitalised(words[at - 2]):
            break  # the comma after the words that open the list
        at -= 1
    return at


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _plural_role(group: list[Token], with_of: bool = True) -> str:
    """The plural word for people closing `group` (or before its "of" phrase, `with_of`), singular, with
    the words that qualify it: "other members of the Guild" gives "member of the Guild", "mill owners"
    "mill owner"; else ""."""
    for noun in range(len(group) - 1, max(len(group) - 1 - LONGEST_GROUP, -1), -1):
        word = group[noun]
        singular = _singular(word.lower) if word.base.islower() else ""
        if singular and is_role_noun(singular, True):
            if noun + 1 < len(group) and not (with_of and group[noun + 1].lower == "of"):
                return ""
            qualifiers = _qualifiers(group, noun)
            return " ".join([*(token.text for token in qualifiers), singular, *(t.text for t in group[noun + 1 :])])
        if not with_of or word.kind != "word" or (word.lower in FUNCTION_WORDS and word.lower not in ("of", "the")):
            return ""
    return ""


def _qualifiers(group: list[Token], noun: int) -> list[Token]:
    """The one word in lower case that qualifies a noun just before it ("mill" of "mill owners"), no
    determiner, verb, preposition or participle ("other", "talks about", "leading"); else []."""
    if noun < 1 or group[noun - 1].kind != "word" or not group[noun - 1].base.islower():
        return []
    word = group[noun - 1].lower
    if word in FUNCTION_WORDS or word in _NO_QUALIFIERS or is_verb(word) or word.endswith(("ed", "ing", "ly", "s")):
        return []
    return group[noun - 1 : noun]


def _group(group: list[Token]) -> str:
    """ "member of <the group>" of a noun phrase opening on an article that closes `group`: "a harbour
    board" gives "member of the harbour board"; else ""."""
    article = next((at for at in range(len(group) - 1, -1, -1) if group[at].lower in ("a", "an", "the")), -1)
    phrase = group[article + 1 :]
    if article < 0 or not phrase or len(phrase) > 5:
        return ""
    if any(word.kind != "word" or word.lower in FUNCTION_WORDS or is_verb(word.lower) for word in phrase[-1:]):
        return ""
    if any(word.kind == "mark" for word in phrase):
        return ""
    return "member of the " + " ".join(word.text for word in phrase)


def _owned_role(words: list[Token], comma: int) -> str:
    """ "<role> of <the sentence's subject>" of "his associates, A and B" where the sentence opens on
    a name and its verb ("Reed was arrested with his associates, …"); else "" (whose is untold)."""
    noun = comma - 1
    singular = _singular(words[noun].lower) if words[noun].base.islower() else ""
    if not singular or not is_role_noun(singular, True) or words[noun - 1].lower not in ("his", "her"):
        return ""
    subject = 0
    while subject < noun and is_capitalised(words[subject]) and words[subject].kind != "mark":
        subject += 1
    if subject == 0 or subject >= noun or words[subject - 1].possessive:
        return ""
    if words[0].lower in FUNCTION_WORDS or not is_verb(words[subject].lower):
        return ""
    return f"{singular} of {' '.join(word.text for word in words[:subject])}"
