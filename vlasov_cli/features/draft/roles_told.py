"""The role phrases a sentence gives a person around their name, every one the drafter's role rules
accept and more a reader can judge: an apposition after a comma or a dash ("Davout\u2014the commander of
III Corps\u2014"), a possessive's word before a comma ("the Tsar's most impetuous aide, X"), what they
became, a title with the place the name is "of", kin told of another named person. The review's `t`
offers them all; the drafter gives one to a person it found none for."""

from __future__ import annotations

from vlasov_cli.features.draft.capitals import Token, adjacent, is_capitalised, is_title_word, tokens
from vlasov_cli.features.draft.deeds import Deed, deed, mentions
from vlasov_cli.features.draft.name_words import FUNCTION_WORDS, KIN_NOUNS
from vlasov_cli.features.draft.roles import (
    defining_role,
    is_role_noun,
    office_given,
    role_after,
    role_before,
    role_of_list,
    role_words,
    text_of,
)
from vlasov_cli.features.draft.roles_of_groups import plural_role_noun, singular
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.titles_verbs import is_verb

LONGEST_APPOSITION = 10  # words: a longer one is a clause, no role
LONGEST_NOUN_BEFORE = 3  # words
_KIN_QUALIFIERS = frozenset("elder younger eldest youngest only first second third".split())
_NAME = r"(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*"
FORMS_OF_ADDRESS = frozenset(
    "mr mrs ms miss dr sir lord lady dame mahatma lala nawab pandit shri sri maulana sheikh herr monsieur "
    "madame señor don".split()
)


def roles_in(text: str, forms: list[str], deeds: list[Deed] | None = None) -> list[str]:
    """The role phrases around each mention of one of `forms` in the sentence `text`; what the person
    did there goes on `deeds` (when given)."""
    sentence = Sentence(0, len(text), text, 1, "text")
    words = tokens(text)
    roles: list[str] = []
    for start, end in mentions(words, forms):
        start = _fuller_name_start(words, start, end, forms[0])  # "Jatindra Nath Das" of "Jatin Das"
        if start < 0:
            continue
        before = (
            role_before(text, words, start)
            or role_of_list(text, words, start)
            or _noun_before(text, words, start)
            or _role_before_comma(words, start)
        )
        if deeds is not None and (did := deed(text, words, start, end, before)) is not None:
            deeds.append(did)
        if before:
            owner = before[0] if before[0].lower not in ("the", "a", "an") else None
            at = words.index(owner) if owner else -1
            if at >= 1 and words[at - 1].possessive:  # "Singh's friend Sukhdev": whose friend
                before = [words[at - 1], *before]
            roles.append(text_of(sentence, before))
            if told := _role_who_did(sentence, words, before, start, end):
                roles.append(told)
        named = start >= 1 and words[start - 1].lower in ("named", "called")
        if named and (before_named := role_before(text, words, start - 1)):  # "an honorary judge named X"
            roles.append(text_of(sentence, before_named))
        if after := role_after(words, end):
            roles.append(role_words(sentence, after))
        for opener in (",", "\u2014", "\u2013"):  # (", a German Marxist.", "—the commander of III Corps—")
            if apposition := _apposition(words, end, opener):  # ", Singh's friend,": a reviewer judges
                roles.append(text_of(sentence, apposition))
                joined = end + 1 + len(apposition)  # ", a fellow inmate, and a Sikh leader who ...": the second too
                if joined + 1 < len(words) and words[joined].text == "," and words[joined + 1].lower == "and":
                    if second := _apposition(words, joined + 1, "and"):
                        roles.append(text_of(sentence, second))
        if became := _role_become(sentence, words, end):
            roles.append(became)
        if of_place := _office_of_place(words, start, end):
            roles.append(of_place)
        if including := _role_of_including(words, start):
            roles.append(including)
        if office := office_given(words, start, end):
            roles.append(text_of(sentence, office))
        if defined := defining_role(text[words[end - 1].base_end :]):
            roles.append(defined)
        if kin := _kin_of_subject(sentence, words, start):
            roles.append(kin)
        if one_of := _one_of_group(sentence, words, start):
            roles.append(one_of)
    roles += _kin_of_named(text, forms)
    return roles


def _kin_of_subject(sentence: Sentence, words: list[Token], start: int) -> str:
    """Kin told with "his" or "her" of the one person the sentence opens on, no other name between:
    "Carl Ober was wounded, and his son-in-law, Jan Roe, was killed." gives Jan Roe "son-in-law of Carl
    Ober"; else "" ("After the siege Ober met Ada, and her son, X": whose is "her"?)."""
    at = start - 1 if start >= 1 and words[start - 1].text == "," else start
    noun = at - 1
    if noun < 1 or words[noun].lower.removesuffix("-in-law") not in KIN_NOUNS or words[noun].lower.endswith("s"):
        return ""
    first = noun
    while first >= 1 and words[first - 1].lower in _KIN_QUALIFIERS:
        first -= 1
    pronoun = first - 1
    if pronoun < 1 or words[pronoun].lower not in ("his", "her"):
        return ""
    opening = 0
    while opening < pronoun and is_capitalised(words[opening]) and words[opening].lower not in FUNCTION_WORDS:
        if words[opening].possessive:
            return ""  # "Ober's brother ... his son": whose?
        opening += 1
    if opening == 0 or words[opening].kind != "word" or any(is_capitalised(word) for word in words[opening:pronoun]):
        return ""  # ("However, they were subjugated by his son X": no name opens it)
    return f"{text_of(sentence, words[first : noun + 1])} of {text_of(sentence, words[:opening])}"


def _one_of_group(sentence: Sentence, words: list[Token], start: int) -> str:
    """The role of a group whose names are listed after it, said of one: "the keepers of the two gates,
    Captains Ober and Roe," gives each "keeper of one of the two gates"; "" where the group is not
    "the <people> of the <things>" (no clean singular: "the leaders, Ober and Roe")."""
    at = start - 1
    while at >= 1 and (is_capitalised(words[at]) or words[at].lower == "and" or words[at].text == ","):
        if words[at].text == "," and not is_capitalised(words[at - 1]):
            break
        at -= 1
    listed = words[at + 1 : start + 1]
    if at < 3 or words[at].text != "," or not any(word.lower == "and" for word in words[at + 1 :][:LONGEST_APPOSITION]):
        return ""
    if not listed or any(word.lower == "and" for word in listed[:1]):
        return ""
    phrase: list[Token] = []
    for word in reversed(words[max(0, at - LONGEST_APPOSITION) : at]):
        phrase.insert(0, word)
        if word.lower == "the" and len(phrase) > 1 and _plural_person(phrase[1]):
            break
    else:
        return ""
    if len(phrase) < 5 or phrase[2].lower != "of" or phrase[3].lower != "the" or phrase[1].base[:1].isupper():
        return ""
    if any(word.kind != "word" for word in phrase[4:]):
        return ""
    return f"{singular(phrase[1].base)} of one of the {text_of(sentence, phrase[4:])}"


def _plural_person(word: Token) -> bool:
    return plural_role_noun(word) or word.base.endswith("s") and is_role_noun(singular(word.base), True)


def _kin_of_named(text: str, forms: list[str]) -> list[str]:
    """A role of kin or company told of another person after a name, "of" the name that closes it:
    ", wife of another keeper, Tom Reed," gives "wife of Tom Reed" (", wife of Tom Reed," too)."""
    import re

    found = []
    for form in forms:
        pattern = rf"(?<!\w){re.escape(form)}, ([a-z]+) of (?:(?:a|an|the|another) [^,]{{1,40}}, )?({_NAME})(?=[,.;])"
        for match in re.finditer(pattern, text):
            if is_role_noun(match[1], True):
                found.append(f"{match[1]} of {match[2]}")
    return found


def _apposition(words: list[Token], end: int, opener: str = ",") -> list[Token]:
    """The phrase between commas after a name that opens on an article or someone's possessive and
    holds a word in lower case: ", a German Marxist." ", Singh's friend,"; else []."""
    if end + 1 >= len(words) or words[end].lower != opener:
        return []
    first = words[end + 1]
    owned = next((at for at in range(end + 1, min(end + 4, len(words))) if not is_capitalised(words[at])), end + 1)
    owner = words[owned - 1] if owned > end + 1 else first  # ", Tsar Alexander's brother,": whose
    if first.lower not in ("a", "an", "the", "another") and not (owner.possessive and owner.base[0].isupper()):
        return []
    last = end + 1
    while last < len(words) and words[last].text not in (",", ".", ";", ":", "(", "\u2014", "\u2013", "!", "?"):
        last += 1
    if _a_list_goes_on(words, last):  # ", a professor of federalism, nationalism and development in India,"
        last = next((at for at in range(last + 1, len(words)) if words[at].text in (",", ".", ";", ":")), len(words))
    phrase = words[end + 1 : last]
    told = any(word.lower in ("who", "whom", "whose") for word in phrase)  # "a leader who would later found ..."
    if len(phrase) > LONGEST_APPOSITION * (2 if told or last < len(words) and words[last].text == "," else 1):
        return []
    if len(phrase) < 2:
        return []
    if first.lower == "the" and not any(is_role_noun(word.base, True) for word in phrase[1:]):
        return []  # ", the patriotic Hindustani songs": what the sentence lists, no role
    return phrase


def _a_list_goes_on(words: list[Token], comma: int) -> bool:
    """Whether the comma at `comma` goes on with a list's last items, in lower case, joined by "and" or
    "or" before the next stop (", nationalism and development in India,"), not with a new clause."""
    if comma >= len(words) or words[comma].text != ",":
        return False
    following = []
    for word in words[comma + 1 :]:
        if word.text in (",", ".", ";", ":"):
            break
        following.append(word)
    return (
        len(following) >= 3
        and following[0].lower not in ("and", "or")
        and not is_verb(following[0].base)  # ", Tsar Alexander's brother, commanded the Guard and ...": a clause
        and following[0].base.islower()
        and any(word.lower in ("and", "or") for word in following[1:-1])
    )


def _noun_before(text: str, words: list[Token], start: int) -> list[Token]:
    """A person's word just before their name, with the words that qualify it: "HSRA member Durga
    Devi" gives "HSRA member" (a word the drafter, surer, takes only after "the"); else []."""
    if start == 0 or not adjacent(text, words[start - 1], words[start]) or words[start - 1].possessive:
        return []
    if start >= 2 and words[start - 2].lower == "to":
        return []  # "a plot to murder Scott": a verb
    fellow = start >= 2 and words[start - 2].lower == "fellow"  # "fellow defendant X": a person's word
    if not (words[start - 1].base.islower() and (fellow or is_role_noun(words[start - 1].base, True))):
        return []
    first = start - 1
    while first >= 1 and start - first < LONGEST_NOUN_BEFORE and words[first - 1].kind == "word":
        word = words[first - 1]
        if word.lower in FUNCTION_WORDS or word.possessive or word.lower.endswith(("ed", "ing", "ly")):
            break
        first -= 1
    return words[first:start]


def _fuller_name_start(words: list[Token], start: int, end: int, name: str) -> int:
    """Where a fuller form of the person's name ending in a one-word mention stands: "Jatindra Nath
    Das" of Jatin Das's "Das" (capitalised words before it, the first opening on the name's first
    word, none a word for a person such as "Historian"); else the mention's own start."""
    first_name = name.split()[0] if len(name.split()) > 1 else ""
    if end - start != 1 or not first_name:
        return start
    fuller = start
    while fuller >= 2 and words[fuller - 1].kind in ("word", "initials") and words[fuller - 1].base[:1].isupper():
        word = words[fuller - 1]
        if (
            word.possessive
            or is_role_noun(word.base, False)
            or is_title_word(word.base)
            or word.lower in FUNCTION_WORDS
        ):
            break
        fuller -= 1
        if word.base.startswith(first_name) and word.base != first_name:
            return fuller
    return -1 if fuller < start else start  # another's name ending in the same word: "Randhir Singh"


def _role_before_comma(words: list[Token], start: int) -> list[Token]:
    """A person's phrase opening on "a", "an", "another" or someone's possessive just before a comma and
    the name: "another hunger striker, Jatindra Nath Das," gives "another hunger striker"; else []."""
    if start < 3 or words[start - 1].text != ",":
        return []
    noun = start - 2
    if not is_role_noun(words[noun].base, True):
        return []
    first = noun
    while first >= 1 and noun - first < LONGEST_NOUN_BEFORE and words[first - 1].kind == "word":
        if words[first - 1].lower in ("a", "an", "another"):
            return words[first - 1 : noun + 1]
        if words[first - 1].possessive:
            return words[first - 1 : noun + 1]  # "the Tsar's most impetuous aide, Prince Peter Dolgorukov"
        if words[first - 1].lower in FUNCTION_WORDS or not words[first - 1].base.islower():
            return []
        first -= 1
    return []


def _role_become(sentence: Sentence, words: list[Token], end: int) -> str:
    """What the person became, to the clause's end: "X became the new head of the Guild's school," gives
    "new head of the Guild's school"; else ""."""
    if end + 2 >= len(words) or words[end].lower != "became" or words[end + 1].lower not in ("the", "a", "an"):
        return ""
    last = end + 2
    while last < len(words) and words[last].kind != "mark" and words[last].lower not in ("who", "which", "when"):
        last += 1
    phrase = words[end + 2 : last]
    if not phrase or len(phrase) > LONGEST_APPOSITION or not any(is_role_noun(word.base, True) for word in phrase):
        return ""
    return text_of(sentence, phrase)


def _office_of_place(words: list[Token], start: int, end: int) -> str:
    """A title before a name said with the place the name is "of": "Emperor Francis of Austria" gives
    "Emperor of Austria"; else ""."""
    title = start - 1 if start >= 1 and is_title_word(words[start - 1].base) else start
    if not is_title_word(words[title].base):
        return ""
    of = next((at for at in range(title + 1, end) if words[at].lower == "of"), -1)
    if of < title + 2 or of + 1 >= end or not is_capitalised(words[of + 1]):
        return ""
    if any(not is_capitalised(word) or is_title_word(word.base) for word in words[title + 1 : of]):
        return ""  # (not "Prime Minister Tom Hale, Duke of Kent": his other title's place)
    return " ".join([words[title].base, *(word.text for word in words[of:end])])


def _role_of_including(words: list[Token], start: int) -> str:
    """The role of a group a list of names follows after "including": "other members of the Guild,
    including Ann Lee, Tom Reed, and Ben Carr" gives each "member of the Guild"; else ""."""
    at = start - 1
    while at >= 1 and (words[at].text == "," or words[at].lower == "and" or words[at].base[:1].isupper()):
        at -= 1
    if at < 2 or words[at].lower != "including" or words[at - 1].text != ",":
        return ""
    group = words[: at - 1]
    for noun in range(len(group) - 1, max(len(group) - 1 - LONGEST_APPOSITION, -1), -1):
        word = group[noun].lower
        if word.endswith("s") and group[noun].base.islower() and is_role_noun(word[:-1], True):  # (not "friends" alone)
            return " ".join([word[:-1], *(token.text for token in group[noun + 1 :])]) if noun + 1 < len(group) else ""
        if group[noun].kind != "word" or (word in FUNCTION_WORDS and word not in ("of", "the")):
            return ""
    return ""


def _role_who_did(sentence: Sentence, words: list[Token], role: list[Token], start: int, end: int) -> str:
    """A lone word for a person opening the sentence before the name, said with what the sentence
    tells they did: "Historian Ann Lee described the town as a port." gives "historian who described
    the town as a port" (a word alone says little of whom); else ""."""
    if len(role) != 1 or words.index(role[0]) != 0 or end >= len(words) or not words[end].lower.endswith("ed"):
        return ""  # (a verb in the past after the name: what they did)
    if is_title_word(role[0].base) or role[0].lower in FORMS_OF_ADDRESS:
        return ""  # "President X sided with ...": a rank, no word for what they were
    told = words[end:]
    while told and told[-1].kind == "mark":
        told = told[:-1]
    if not told or len(told) > 2 * LONGEST_APPOSITION or not told[0].base.islower():
        return ""
    return f"{role[0].lower} who {text_of(sentence, told)}"


def cleaned(role: str) -> str:
    """A role as a line to edit: no trailing comma, no opening "a"/"an"/"the"/"another"."""
    role = " ".join(role.split()).strip(" ,;:")
    first, _, rest = role.partition(" ")
    return rest if first.lower() in ("a", "an", "the", "another") and rest else role


def unaddressed(role: str) -> str:
    """A phrase without the form of address or the rank it ends on, the word before a name ("Mr.",
    "Lord", "Mahatma"; "Judge Viscount" -> "Judge"), where a role is left ("popular nationalist leader
    Lala" -> "popular nationalist leader"); else empty ("prisoners sent Mahatma", "Lord")."""
    words = role.split()
    if len(words) > 1 and is_title_word(words[-1]) and is_role_noun(words[-2], True):  # "Judge Viscount"
        return " ".join(words[:-1])
    if len(words) > 1 and is_title_word(words[-1]) and words[-2].islower():
        return words[-1]  # "appeared to sway Tsar Alexander": the title, no verb
    if not words or words[-1].casefold().rstrip(".") not in FORMS_OF_ADDRESS:
        return role
    words.pop()
    return " ".join(words) if words and is_role_noun(words[-1], True) else ""


def a_role(role: str) -> bool:
    """Whether a phrase found may be a role: it holds a word in lower case or one for a person
    ("Historian"), never a name alone ("Kalandar Ali Khan", of a list of names)."""
    words = role.split()
    if not words or words[0].casefold() in ("his", "her", "their", "its"):  # "his associates": whose?
        return False
    return any(word.islower() for word in words) or all(is_role_noun(word, False) for word in words)
