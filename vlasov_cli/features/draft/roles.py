"""The roles a draft gives people: the article's own descriptive phrase before or after a name ("V Corps
commander", "Secretary of War"), never a lone rank."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from vlasov_cli.core.lint import RANKS, TITLES
from vlasov_cli.features.draft.capitals import (
    Token,
    adjacent,
    is_capitalised,
    is_demonym,
    is_title_word,
    title_length,
    tokens,
)
from vlasov_cli.features.draft.name_words import (
    FUNCTION_WORDS,
    GIVEN_NAMES,
    KIN_NOUNS,
    NOT_ROLES,
    PERSON_VERBS,
    PLACE_OF_WORDS,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
)
from vlasov_cli.features.draft.roles_of_groups import plural_role
from vlasov_cli.features.draft.sentences import Sentence

_APPOSITION_STARTS = frozenset("the a an another one his her their its now then later once formerly former".split())
# "installed Maximilian ... as Emperor of Mexico", "was appointed Secretary of War": the office given.
_INSTALLING = frozenset("installed crowned elected appointed made named proclaimed declared nominated".split())
_OBJECT_OF = frozenset("by to from with against for at on upon".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_WAS = frozenset("was is became".split())
_CLAUSE_VERBS = frozenset("was is were are became had has would could".split())
_ROLE_JOINERS = frozenset("of the a an to for in and at".split())
GROUP = 2  # the rank of a role a plural word before a list gives each of its names
PRONOUNS = frozenset(["he"])  # not "she": "Britain refused; she would not give up Malta"


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# "was an X", "was the X", "was King of Nepal" (an office of a place), after an aside ", endeared as
# Lokmanya," or another name ("commonly known as Moncef Bey", "also called Girvanyuddha Shah,").
_DEFINED = re.compile(
    r"(?:\s*,[^,]*,|\s*,?\s*(?:\w+ly\s+|also\s+|better\s+)?(?:known\s+as|called)\s[^,]*?,?(?=\s+(?:was|is)\s))?"
    r"\s*(?:was|is)\s+(?:(?:an?|the)\s+(.+)|(?P<office>[A-Z]\w+\s+of\s+[A-Z].*))",
    re.DOTALL,
)
_DEFINITION_END = re.compile(
    r"\s+(?:who|which|that|whose|where|when)\b|\s*[;(.:]|\s+[-\u2013\u2014]\s|,\s+(?:\w+ly|known|born|endeared|called|also)\b"
    r"|\s+(?:between|from|since|until)\s+(?:\d|[A-Z][a-z]+\s+\d)"  # "Bey of Tunis between 19 June 1942 and ..."
)
LONGEST_DEFINITION = 12  # words: a longer one is a description, no role


def defining_role(after_name: str) -> str:
    """The role an article's opening sentence defines its subject by, from the text after the name:
    "(23 July 1856 – 1 August 1920), endeared as Lokmanya, was an Indian nationalist, teacher, and an
    independence activist." gives "Indian nationalist, teacher, and an independence activist"; ""
    when the sentence defines no one so."""
    text = after_name
    while _PARENTHESIS.search(text):  # the innermost first: "(born X (pronunciation); 1856 – 1920)"
        text = _PARENTHESIS.sub("", text)
    defined = _DEFINED.match(text)
    if defined is None:
        return ""
    role = _DEFINITION_END.split(defined[1] or defined["office"], maxsplit=1)[0].strip().rstrip(",")
    return role if 1 < len(role.split()) <= LONGEST_DEFINITION else ""


def plain(word: str) -> str:
    """The word without accents: "émile" -> "emile"."""
    return "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))


def role_words(sentence: Sentence, words: Sequence[Token]) -> str:
    """A role as the text words it, without a leading "the" or "a"."""
    if len(words) > 1 and words[0].lower in ("the", "a", "an", "another"):
        words = words[1:]
    if len(words) > 1 and words[0].lower == "then":  # ", then U.S. Minister to France,"
        words = words[1:]
    return text_of(sentence, words)


def text_of(sentence: Sentence, run: Sequence[Token]) -> str:
    return sentence.text[run[0].start : run[-1].base_end]


def is_role_noun(word: str, after_determiner: bool) -> bool:
    if word[:1].isupper() and word[1:].islower():  # "the Secretary of the Navy", "Indian Historian"
        if "-" in word:
            return is_role_noun(word.lower(), after_determiner)  # "the Commander-in-chief of the army"
        doctrine = after_determiner and len(word) > 5 and word.endswith("ist")  # "a German Marxist"
        return word.lower() in ROLE_NOUNS or is_title_word(word) or doctrine
    word = word.removeprefix("half-").removeprefix("step-").removeprefix("great-").removesuffix("-in-law")
    if "-" in word and word.islower() and word.rsplit("-", 1)[1] in ROLE_NOUNS:
        return True  # "founding-member", "co-founder"
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False
    singular = word[:-1] if word.endswith("s") and word[:-1] in ROLE_NOUNS else word
    if singular in ROLE_NOUNS:
        return True
    return after_determiner and singular.endswith(ROLE_SUFFIXES) and singular not in NOT_ROLES


def role_before(text: str, words: list[Token], start: int) -> list[Token]:
    """The words for a person just before a name: "Soviet dictator", "the engineer", "the
    harbourmaster," (the determiner left out), or []."""
    if start >= 2 and words[start - 1].text == ",":
        return _role_of_phrase(words, start - 1)
    if start == 0 or not adjacent(text, words[start - 1], words[start]):
        return []
    end = start
    noun = end - 1
    determiner = any(token.lower in ("the", "a", "an") for token in words[max(0, noun - 3) : noun])
    if not is_role_noun(words[noun].base, determiner or words[noun].base in ROLE_NOUNS):
        return []
    if noun >= 1 and words[noun - 1].lower == "to" and words[noun].base.islower():
        return []  # "a conspiracy to murder Scott": a verb's infinitive, no word for a person
    first = noun
    while first >= 1:
        token = words[first - 1]
        if token.kind == "initials" and is_demonym(token):
            first -= 1  # "U.S. diplomat Thomas Corwin": a country's initials begin the role
            break
        if token.kind != "word" or token.lower in FUNCTION_WORDS or token.possessive:
            break
        if token.base.islower() and token.lower.endswith(("ed", "ing")) and token.lower not in ROLE_NOUNS:
            break  # "beating out third-time candidate X", "the Government dispatched diplomats X"
        if token.lower in ("out", "up", "off", "down", "away", "back"):
            break
        if token.lower in PERSON_VERBS and token.lower not in ROLE_NOUNS:
            break  # "James Madison sent diplomat William Shaler": a verb ends the role ("diplomat")
        first -= 1
    return words[first:end]


def role_of_list(text: str, words: list[Token], start: int) -> list[Token]:
    """The role of a list the name ends: "Two other generals, Sergei Bunyachenko and Georgi Zverev"
    gives Zverev the role Bunyachenko has."""
    if start < 3 or words[start - 1].lower != "and":
        return []
    first = start - 2
    while first >= 1 and is_capitalised(words[first - 1]):
        first -= 1
    if not is_capitalised(words[first]) or first < 2 or words[first - 1].text != ",":
        return []
    return _role_of_phrase(words, first - 1)


def _role_of_phrase(words: list[Token], comma: int) -> list[Token]:
    """A role ending just before a comma and a name: "the governor of the province," -> "governor
    of the province"; "Two other generals," -> "Two other generals". None from "the third son of
    a blacksmith,": the name after it may be the son's or the blacksmith's."""
    if two_people_before(words, comma):
        return []
    for noun in range(comma - 1, max(comma - 6, -1), -1):
        token = words[noun]
        if token.kind != "word":
            return []
        if is_role_noun(token.base, False):
            between = words[noun + 1 : comma]
            office = bool(between) and between[0].lower in ("of", "to")
            office = office and (token.base[0].isupper() or token.lower in PLACE_OF_WORDS and between[0].lower == "of")
            # "The police superintendent in Lahore,": where they served
            placed = len(between) == 2 and between[0].lower == "in" and is_capitalised(between[1])
            office = office or placed and not token.lower.endswith("s")
            # "the governor of the province,"; "the then Prime Minister of India,", "The king of Armenia,"
            # (an office of a place)
            if between and not office and (between[0].lower != "of" or any(not w.base.islower() for w in between)):
                return []
            first = noun
            while first >= 1 and words[first - 1].kind == "word" and words[first - 1].lower not in FUNCTION_WORDS:
                if words[first - 1].lower.endswith("ed") and words[first - 1].base.islower():
                    break  # "He joined other revolutionaries," -> "other revolutionaries"
                first -= 1
            before = first - 1 if first >= 1 and words[first - 1].lower in ("then", "former") else first
            if first >= 1 and words[first - 1].lower in _POSSESSIVE_PRONOUNS:
                first -= 1
            elif noun != comma - 1 and not (before >= 1 and words[before - 1].lower in ("the", "a", "an")):
                return []  # (not "the then Prime Minister of India," alone)
            if (
                before == first
                and before >= 2
                and words[before - 1].lower == "the"
                and words[before - 2].lower in _OBJECT_OF
            ):
                return []  # "posed by the Dey of Algiers, Thomas Jefferson, ...": not his ("by the then...": his)
            while first < noun and words[first - 1].end == words[first].start:
                first += 1  # "a 21-year-old British police officer": not "year-old British..."
            return words[first:comma]
    return []


def two_people_before(words: list[Token], comma: int) -> bool:
    """Whether the words before the comma end in "of a blacksmith" or "of the old abbot": a person
    of another person, either of whom the name after the comma may be."""
    noun = comma - 1
    if noun < 2 or not is_role_noun(words[noun].base, True):
        return False
    first = noun
    while first > max(noun - 3, 0) and words[first - 1].kind == "word" and words[first - 1].lower not in FUNCTION_WORDS:
        first -= 1
    if first < 3 or words[first - 1].lower not in ("a", "an", "the") or words[first - 2].lower != "of":
        return False
    return is_role_noun(words[first - 3].base, True)  # "the son of", not "the rule of the matron,"


def role_after(words: list[Token], end: int) -> list[Token]:
    """An apposition after a name: ", the Führer’s closest confidant," -> the words after the comma;
    ", warden of the Kellby Fish Market,"; or " is a military history writer" (up to its noun)."""
    if end < len(words) and words[end].lower in ("is", "was") and end + 1 < len(words):
        if words[end + 1].lower in ("a", "an", "the"):
            return _noun_phrase(words, end + 2)
        return []
    if end + 1 >= len(words) or words[end].text != ",":
        return []
    if words[end + 1].lower == "who" and end + 3 < len(words) and words[end + 2].lower in _WAS:
        if words[end + 3].lower not in ("the", "a", "an"):
            return []
        end += 2  # "X, who was the governor of the province," reads as "X, the governor of the province,"
    first = words[end + 1]
    if _possessive_role(words, end + 1) and words[end + 2].lower not in KIN_NOUNS:
        return words[end + 1 : end + 3]  # ", Singh's friend,": who they were to someone the article names
    if first.lower not in _APPOSITION_STARTS and not is_role_noun(first.base, True):
        return []
    if first.lower in ("now", "then", "later", "once", "formerly") and end + 2 < len(words):
        if words[end + 2].lower not in ("a", "an", "the") and not is_demonym(words[end + 2]):
            return []  # (", then U.S. Minister to France,": a role)
    last = end + 1
    while last < len(words) and words[last].text not in (",", ".", ";", ":", "!", "?", "\u2014", "\u2013", "("):
        word = words[last].lower
        if word == "and" and last + 1 < len(words) and _name_starts(words[last + 1]):
            break  # "former Chairman of the Committee and John Slidell, a lawyer": the next person
        if word == "and" and last + 1 < len(words) and words[last + 1].lower in ("the", "a", "an"):
            break  # "Minister to England and the son of ...": the first of two descriptions
        if word in FUNCTION_WORDS and word not in _ROLE_JOINERS and last > end + 1:
            break  # "the finance minister whom Louis had dismissed", "... Party as his hero"
        if word.endswith("ed") and word not in ROLE_NOUNS and words[last].base.islower() and last > end + 2:
            break  # "U.S. Minister to Great Britain assured the British"
        last += 1
    phrase = words[end + 1 : last]
    if len(phrase) > 12 or not any(is_role_noun(token.base, True) for token in phrase):
        return []
    if last < len(words) and words[last].lower in _CLAUSE_VERBS:
        return []  # "According to X, the king's chief worry was ...": the sentence's subject, not who X was
    people = len(phrase) > 2 and phrase[1].kind == "word" and phrase[1].lower.endswith("s")
    if people and phrase[0].lower == "the" and is_capitalised(phrase[1]) and is_demonym(phrase[1]):
        return []  # "At the battle over Mukden, the Russians lost 60,000 soldiers": a clause, no role
    if any(
        is_role_noun(token.base, True)
        and not token.possessive  # (", finance member of the Viceroy's Executive Council,")
        and following.base[0].isupper()
        and following.lower not in FUNCTION_WORDS
        for token, following in zip(phrase, phrase[1:], strict=False)
    ):
        return []  # ", journalist Lincoln Steffens, and...", ", Lala Lajpat Rai,": the next of a list
    return phrase


def _possessive_role(words: list[Token], start: int) -> bool:
    """Whether the words at `start` are a name's possessive and a noun for a person, closed by a comma
    or the sentence's end (", Singh's friend,")."""
    if start + 2 >= len(words) + 1 or start + 1 >= len(words):
        return False
    owner, noun = words[start], words[start + 1]
    closed = start + 2 == len(words) or words[start + 2].text in (",", ".", ";")
    return owner.possessive and is_capitalised(owner) and noun.lower in ROLE_NOUNS and closed


def _name_starts(token: Token) -> bool:
    """Whether a word after "and" begins another person's name: a given name or a title."""
    return is_capitalised(token) and (plain(token.lower) in GIVEN_NAMES or is_title_word(token.base))


def _noun_phrase(words: list[Token], start: int) -> list[Token]:
    """The words from `start` to the last role noun before a preposition, a clause or a comma."""
    last_noun = -1
    index = start
    while index < len(words) and index < start + 6:
        token = words[index]
        if token.kind != "word" or token.lower in FUNCTION_WORDS or token.lower.endswith("ed"):
            break
        if is_role_noun(token.base, True):
            last_noun = index
        index += 1
    return words[start : last_noun + 1] if last_noun >= start else []


def after_aside(words: list[Token], end: int) -> int:
    """Where the words after a name go on, past an aside: "Sherman, he wrote, was" -> "was"."""
    aside = words[end : end + 4]
    if len(aside) == 4 and aside[0].text == "," and aside[1].lower in PRONOUNS and aside[3].text == ",":
        if aside[2].lower in PERSON_VERBS:
            return end + 4
    return end


def rank_only(role: str) -> bool:
    """Whether a role is no more than a rank or a title, perhaps with a people's word: "General",
    "Soviet Marshal", "Lt. Col." (there may be many of those in one story). A people's word and an
    office is a role: "French Emperor", "U.S. President" (one at a time), not "Soviet Marshal"; so is
    an office of words that are not all ranks or titles: "Prime Minister", not "Field Marshal"."""
    words = tokens(role)
    rest = [  # a doctrine's follower is no people's word: "German Marxist"
        token
        for token in words
        if not (is_demonym(token) and not token.lower.endswith("ist")) and token.lower not in ("the", "a", "an")
    ]
    if not rest or title_length([*rest, rest[-1]]) != len(rest):
        return not rest
    qualified = len(rest) < len(words) or len(rest) > 1 and not all(_titled(token) for token in rest)
    return not qualified or all(token.lower.rstrip(".").removesuffix("s") in RANKS for token in rest)


def _titled(token: Token) -> bool:
    return token.lower.rstrip(".").removesuffix("s") in TITLES


def title_role(words: list[Token], title_start: int, title: Sequence[Token]) -> Sequence[Token]:
    """The role a title before a name gives, with the people's words before it: "U.S. President" of
    "U.S. President Abraham Lincoln", "French Emperor" of "French Emperor Napoleon III"; or, for a
    title after another name of the person and a comma, that name's: "British Prime Minister" of
    "British Prime Minister Henry John Temple, Viscount Palmerston"; else the title alone."""
    first = _qualifier_start(words, title_start)
    if first < title_start:
        return words[first : title_start + len(title)]
    if title_start >= 3 and words[title_start - 1].text == ",":
        return _other_name_role(words, title_start - 1) or title
    return title


def _other_name_role(words: list[Token], comma: int) -> Sequence[Token]:
    """The people's words and title that begin the name just before a comma: "British Prime Minister"
    of "British Prime Minister Henry John Temple,", or []."""
    first = comma
    while first > 0 and comma - first < 8 and is_capitalised(words[first - 1]):
        first -= 1
    run = words[first:comma]
    for lead in range(len(run) - 2):
        if is_demonym(run[lead]) and (lead == 0 or not is_demonym(run[lead - 1])):
            end = lead + 1 + title_length(run[lead + 1 :])
            if end > lead + 1 and end < len(run):
                return run[lead:end]
    return []


def _qualifier_start(words: list[Token], title_start: int) -> int:
    """Where the people's words just before a title begin ("U.S.", "French"), or `title_start`."""
    first = title_start
    while first >= 1 and title_start - first < 2 and is_capitalised(words[first - 1]) and is_demonym(words[first - 1]):
        first -= 1
    return first


def office_given(words: list[Token], start: int, end: int) -> list[Token]:
    """The office a sentence gives the person named at words[start:end]: "installed Maximilian of
    Habsburg, Archduke of Austria, as Emperor of Mexico", "crowned X to be King", "X was appointed
    Secretary of War" give "Emperor of Mexico", "King", "Secretary of War"; else []."""
    at = end
    if start >= 1 and words[start - 1].lower in _INSTALLING:
        if at < len(words) and words[at].text == ",":  # past an apposition: ", Archduke of Austria,"
            close = next((i for i in range(at + 1, min(at + 10, len(words))) if words[i].text == ","), None)
            at = close + 1 if close is not None else at
    elif at + 1 < len(words) and words[at].lower in ("was", "were", "is") and words[at + 1].lower in _INSTALLING:
        at += 2
    else:
        return []
    if at < len(words) and words[at].lower == "as":
        at += 1
    elif at + 1 < len(words) and words[at].lower == "to" and words[at + 1].lower == "be":
        at += 2
    elif start >= 1 and words[start - 1].lower in _INSTALLING:
        return []  # "made Lincoln angry", "named Grant in a letter"
    if at < len(words) and words[at].lower in ("the", "a", "an"):
        at += 1
    last = at
    while last < len(words) and words[last].kind in ("word", "initials", "abbreviation"):
        word = words[last]
        joiner = word.lower in ("of", "the")
        if (
            word.possessive
            or not joiner
            and (word.lower in FUNCTION_WORDS or word.base.islower() and not is_role_noun(word.base, True))
        ):
            break
        last += 1
    while last > at and words[last - 1].lower in ("of", "the"):
        last -= 1
    office = words[at:last]
    # A word for a person, capitalised as an office's ("Keeper of the Archives") or not; never a place
    # ("elected Lemm as Great Britain wished").
    if not office or len(office) > 6 or not any(is_role_noun(token.lower, True) for token in office):
        return []
    return office


def choose_role(roles: Sequence[tuple[int, int, str]]) -> tuple[int, int | None, str]:
    """The role a draft gives a person, of the (rank, sentence, role) the text gives them: first one
    holding the title the text puts before their name ("Emperor of Mexico" of a man written "Emperor
    Maximilian", over his "Archduke of Austria": the office they are known by), then the surest
    (rank 0: a phrase of the text; 1: a title; GROUP: a group's word, which may be a rank: "U.S. General" of
    "U.S. Generals A and B"), then the first told."""
    titles = {role for _, _, role in roles if rank_only(role) and is_title_word(role)}
    fit = [found for found in roles if found[0] == GROUP or not (rank_only(found[2]) or plural_role(found[2]))]
    known = [found for found in fit if found[2].split()[0] in titles]  # (not "Freedom Fighter Lokmanya")
    # A lone word ("murder", "engineer") tells a reader nothing, nor whose ("his second son"): a phrase first.
    return min(known or fit, key=lambda found: (_lone(found[2]), found), default=(2, None, ""))


def _lone(role: str) -> bool:
    words = role.split()
    return len(words) < 2 or words[0].lower() in _POSSESSIVE_PRONOUNS


def distinct_roles(roles_of: Sequence[Sequence[tuple[int, int, str]]]) -> list[tuple[int, int | None, str]]:
    """The role each person gets (`choose_role` of the roles the text gives them), never one another
    person gets too: such a role tells neither ("Secretary of State" of two men), so each takes another
    of their own that no one else has ("U.S. Secretary of State"), or none. One plural word naming a
    group gives its people the same role, as the article does ("Danish Colonels A and B")."""
    chosen = [choose_role(roles) for roles in roles_of]
    for settle in (False, True):
        for person, (_, sentence, role) in enumerate(chosen):
            same = [other for other, found in enumerate(chosen) if role and found[2].casefold() == role.casefold()]
            if len(same) < 2 or all(chosen[other][:2] == (GROUP, sentence) for other in same):
                continue
            taken = {found[2].casefold() for other, found in enumerate(chosen) if other != person}
            own = [found for found in roles_of[person] if found[2].casefold() not in taken and _told(found[2], role)]
            chosen[person] = (2, None, "") if settle else choose_role(own)
    return chosen


def _told(other: str, role: str) -> bool:
    """Whether a person's other role tells who they were as well as `role`: one holding it ("U.S.
    Secretary of State" of "Secretary of State"), one with a people's word ("French diplomat") or an
    office or kin of someone named ("Duke of Anjou", "son of John II"); not "elder sister", "first
    Secretary"."""
    words = tokens(other)
    return (
        f" {role.casefold()} " in f" {other.casefold()} "
        or bool(words)
        and is_demonym(words[0])
        and len(words) > 1
        or re.search(r"\bof\s+(?:the\s+)?[A-Z]", other) is not None
    )
