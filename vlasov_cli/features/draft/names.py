"""The people an article names, each with the forms it names them by and a role in its own words.

Rules, not a model: a run of capitalised words is a person's name when the text gives evidence for
it (a title before it, a word for a person beside it, a common given name, the surname used alone
as the subject of a verb...) and none against it (a word for a people or a place, a word the article
also writes in lower case, a preposition of place before it). Shorter forms link to the fullest.
The terms (organisations, units, places, documents...) are found by `draft.terms`; `find_terms`
here passes it the people found, whose names are never terms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from vlasov_cli.features.draft import terms
from vlasov_cli.features.draft.capitals import (
    Token,
    adjacent,
    common_word,
    is_capitalised,
    is_date_word,
    is_demonym,
    is_particle,
    is_title,
    is_title_word,
    lowercase_words,
    naming_sentences,
    runs,
    title_length,
    tokens,
)
from vlasov_cli.features.draft.name_words import (
    AGENT_VERBS,
    ATTRIBUTIVE_NOUNS,
    CITING_WORDS,
    CODENAME_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HEAD_KIND,
    KIN_NOUNS,
    LEAD_KINDS,
    MACHINE_NOUNS,
    NOBODY_WORDS,
    NOT_ROLES,
    PERSON_VERBS,
    PLACE_NAMES,
    PLACE_OF_WORDS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
    THING_WORDS,
)
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.terms import DraftTerm

__all__ = ["DraftPerson", "DraftTerm", "find_people", "find_terms"]


class DraftPerson(NamedTuple):
    name: str  # the fullest form the text gives: "Heinrich Himmler"
    aliases: tuple[str, ...]  # other forms the text uses for them: "Himmler", "General Vlasov"
    role: str  # taken from the text: "SS chief" ("" when the text gives none)
    role_sentence: int | None  # index of the sentence the role comes from
    sentences: tuple[int, ...]  # indexes of the sentences that name them (any form), in order
    confidence: float  # 0..1: how sure this is a person (not a place or an organisation)


# What each kind of evidence adds to the confidence that a name is a person's.
TITLE, ROLE_BEFORE, ROLE_AFTER, NAMED, BYLINE = 0.6, 0.5, 0.5, 0.5, 0.95
GIVEN_NAME, HYPHENATED_GIVEN_NAME, INITIALS, SURNAME_ALONE, ACTS = 0.5, 0.5, 0.5, 0.2, 0.5
PLACE_BEFORE, COMMON_WORD, THING_BEFORE = -0.5, -0.6, -1.5
# A single word is a person's name on stronger evidence than a verb ("Britain refused"): a verb and a
# given name ("William gave"), a verb and "he" after it, kin after its possessive
# ("Ceolwulf's son"), or "was a ... man".
ALONE_ACTS, KIN_AFTER, A_MAN, CITED, TOLD_OF, LISTED = 0.5, 0.5, 0.5, 0.5, 0.5, 0.5
THRESHOLD = 0.5

_DISCOVERY_KINDS = ("text", "caption", "byline", "heading")
_APPOSITION_STARTS = frozenset("the a an one his her their its now then later once formerly".split())
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Kai-shek", "Tse-tung"
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_COUNTRY_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U.", "U.S.A."])
_ADVERBS = frozenset("later then also soon finally never once again still immediately".split())
_PRONOUNS = frozenset(["he"])  # not "she": "Britain refused; she would not give up Malta"


@dataclass
class _Candidate:
    name: str
    words: tuple[str, ...]  # the name's words, initials and particles included
    first: int = -1  # the article offset of its first mention
    sentence: int = -1  # the index of the sentence of its first mention
    evidence: float = 0.0
    acts: float = 0.0  # evidence from verbs, which counts only for a name of two words or more
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, sentence, role)
    forms: set[str] = field(default_factory=set)

    @property
    def key_words(self) -> tuple[str, ...]:
        """The name's words, without initials, and without the honorific "-ji" ("Gandhiji": Gandhi)."""
        words = tuple(word for word in self.words if not word.endswith(".") and word[0].isupper())
        if len(words) == 1 and len(words[0]) > 5 and words[0].endswith("ji"):
            return (words[0][:-2],)
        return words


def find_people(article: str, sentences: Sequence[Sentence]) -> list[DraftPerson]:
    """The people the article names, in the order it first names them."""
    reader = _Reader(article, sentences)
    candidates = reader.candidates()
    people = _link(candidates)
    return _people(article, sentences, people)


class _Reader:
    """Reads each sentence's runs of capitals and the evidence around them."""

    def __init__(self, article: str, sentences: Sequence[Sentence]) -> None:
        self.article = article
        self.sentences = sentences
        self.lowercase = lowercase_words(article)
        self.capitals = frozenset(re.findall(r"\b[A-Z][\w]*", article))
        self.machines = _machine_words(article)
        self.placed = _placed_words(sentences)
        self.by_name: dict[str, _Candidate] = {}
        self.mentions: dict[int, list[tuple[int, int, _Candidate]]] = {}  # sentence -> (start, end, name)
        self.listed: set[int] = set()  # the names a list has given evidence (once each)

    def candidates(self) -> list[_Candidate]:
        for index, sentence in enumerate(self.sentences):
            # A first line "By A and B" is a byline too, though `sentences` calls it a heading.
            byline = sentence.kind == "byline" or (index == 0 and sentence.text.startswith("By "))
            if sentence.kind not in _DISCOVERY_KINDS and not byline:
                continue
            words = tokens(sentence.text)
            if byline:
                self._byline(index, sentence, words)
                continue
            spans = _with_bynames(words, runs(sentence.text, words))
            for number, (first, last) in enumerate(spans):
                office = _office(words, spans, number)
                if office:  # "Secretary of War Henry Stimson": the name after the office
                    self._run(index, sentence, words, office[1], last, words[office[0] : office[1]])
                else:
                    self._run(index, sentence, words, first, last)
            self._lists(words, self.mentions.pop(index, []))
        return list(self.by_name.values())

    def _lists(self, words: list[Token], mentions: list[tuple[int, int, _Candidate]]) -> None:
        """Gives the names of a list the evidence its people have: "Mohammad Alam and Gopi Chand
        Bhargava resigned", "revolutionaries such as Shivaram Rajguru, Sukhdev Thapar and Chandra
        Shekhar Azad"; only names that nothing says are a place or a thing."""
        groups: list[list[tuple[int, int, _Candidate]]] = []
        for mention in sorted(mentions, key=lambda item: item[0]):
            between = [token.lower for token in words[groups[-1][-1][1] : mention[0]]] if groups else []
            if groups and between and all(word in (",", "and", "or") for word in between):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        for group in groups:
            if len(group) < 2:
                continue
            people = any(_own(candidate) >= THRESHOLD for _, _, candidate in group)
            # Three names or more, each of two words or more, none a thing's or a place's: a list of
            # people ("three were acquitted (Ajoy Ghosh, Jatindra Nath Sanyal and Des Raj)").
            names = len(group) >= 3 and all(len(candidate.key_words) > 1 for _, _, candidate in group)
            if not people and not names and not _introduced(words, group[0][0]):
                continue
            for _, _, candidate in group:
                if _own(candidate) >= 0 and id(candidate) not in self.listed:
                    self.listed.add(id(candidate))
                    candidate.evidence += LISTED

    def _byline(self, index: int, sentence: Sentence, words: list[Token]) -> None:
        """The authors a "By ..." line names: "By Wil Deac", "By Dr. Jane Roe and John Smith"."""
        for first, last in runs(sentence.text, words):
            run = words[first:last]
            title = run[: title_length(run)]
            name = run[len(title) :]
            candidate = self._add(index, sentence, name, _slice(sentence, run) if title else "")
            candidate.evidence += BYLINE
            if title:
                candidate.roles.append((1, index, _slice(sentence, title)))

    def _run(
        self, index: int, sentence: Sentence, words: list[Token], first: int, last: int, office: Sequence[Token] = ()
    ) -> None:
        """Reads one run of capitals (words[first:last]): a title and the words for a people before
        it ("Soviet Marshal") are set apart from the name that follows them. `office`: the words of
        an office before the run, which make it a person's name and their role ("Secretary of War")."""
        run = words[first:last]
        leading = 0
        title_words = title_length(run)
        while leading < len(run) - 1 and title_words == 0 and is_demonym(run[leading], self.capitals):
            leading += 1
            title_words = title_length(run[leading:])
        command: list[Token] = []
        inner = _inner_title(run, leading + title_words)
        if inner and title_words:  # "Chief Presidency Magistrate Douglas Kingsford": a title, then an office
            leading, title_words = leading + title_words, 0
        if title_words == 0:  # "Army Group North Commander Field Marshal Otto Lindqvist"
            if inner:
                first_title = title_length(run[inner:], chained=False)
                command = run[leading : inner + first_title]
                title_words = title_length(run[inner:])
                # The titles after the command's own are the name's: "Field Marshal Otto Lindqvist".
                leading, title_words = (
                    (inner + first_title, title_words - first_title)
                    if title_words > first_title
                    else (inner, title_words)
                )
        name = run[leading + title_words :]
        at_start = first == 0 or words[first - 1].text in "“\"‘'("
        if name and title_words == 0 and leading == 0 and at_start and len(name) > 1:
            if _is_role_noun(name[0].lower, True) and name[0].lower in ROLE_NOUNS:
                title_words = 1  # "Historian K. N. Panikkar described..."
                name = name[1:]
        if name and title_words == 0 and leading == 0 and at_start and common_word(name[0], self.lowercase):
            name = name[1:]  # "Interestingly", "The" at a sentence's start
        end = last
        if len(name) > 1 and name[-1].lower in ATTRIBUTIVE_NOUNS:
            name, end = name[:-1], last - 1  # "The Allende Years", "the Nixon Administration"
        if not name or not self._could_be_a_name(name, bool(title_words)):
            return
        title = run[leading : leading + title_words]
        titled = _slice(sentence, run[leading : leading + title_words + len(name)]) if title else ""
        candidate = self._add(index, sentence, name, titled)
        if command or office:
            candidate.roles.append((0, index, _slice(sentence, command or office)))
        if office:
            candidate.evidence += TITLE
        self._weigh(candidate, index, sentence, words, end - len(name), end, title)
        start = first if title_words or leading else end - len(name)
        self.mentions.setdefault(index, []).append((start, end, candidate))

    def _could_be_a_name(self, name: list[Token], titled: bool = False) -> bool:
        """Whether no word of it says it is no one's name: a month, a people, a unit, a river, a rank
        alone ("the Colonel"), "Nobody", a machine ("Tiger" of "Tiger tanks")..."""
        if name[-1].kind != "word" or len(name) > 5:
            return False
        if len(name) == 1 and (is_title(name[0]) or name[0].lower in NOBODY_WORDS or name[0].lower in PLACE_NAMES):
            return False
        if name[-1].base in self.machines:
            return False
        # Initials make "Edward M. House" a name, a given name "William Christian Bullitt", a title
        # "Ambassador April Glaspie", whatever their other words could be.
        given = len(name) >= 2 and _plain(name[0].lower) in GIVEN_NAMES
        has_initials = len(name) >= 2 and any(token.kind == "initials" for token in name[:-1])
        initials = has_initials and (given or titled)
        if len(name) == 1 and _is_role_noun(name[0].lower, True) and name[0].lower.rstrip("s") in ROLE_NOUNS:
            return False  # "Doctors thought", "the Joint Chiefs"
        if len(name) >= 2 and name[-1].lower in PLACE_NAMES and not (given or has_initials):
            return False  # "Great Britain", not "Booker T. Washington"
        if is_title(name[-1]) and name[-1].base not in _NAME_TITLES:
            return False  # "Foreign Minister", not "Kalandar Ali Khan"
        for number, token in enumerate(name):
            if token.kind == "abbreviation" or is_date_word(token) and not (titled and number == 0 < len(name) - 1):
                return False
            if is_demonym(token, self.capitals) and not ((given or titled) and number > 0):
                return False
            if (token.lower in HEAD_KIND or token.lower in LEAD_KINDS) and not initials:
                return False
        return True

    def _add(self, index: int, sentence: Sentence, name: list[Token], titled: str) -> _Candidate:
        text = _slice(sentence, name)
        candidate = self.by_name.setdefault(text, _Candidate(text, tuple(token.base for token in name)))
        if candidate.first < 0:
            candidate.first = sentence.start + name[0].start
            candidate.sentence = index
        candidate.forms.add(text)
        if titled:
            candidate.forms.add(titled)
        return candidate

    def _weigh(
        self,
        candidate: _Candidate,
        index: int,
        sentence: Sentence,
        words: list[Token],
        start: int,
        end: int,
        title: list[Token],
    ) -> None:
        """Adds the evidence around one mention of `candidate` (words[start:end])."""
        name = words[start:end]
        if title:
            candidate.evidence += TITLE
            before = _role_before(sentence.text, words, start - len(title))
            if before and (words[start - len(title) - 1].text == "," or _is_role_noun(before[-1].base, True)):
                # "popular Indian nationalist leader Lala Lajpat Rai": the words before the title
                candidate.roles.append((0, index, _slice(sentence, before)))
                before = []
            candidate.roles.append((1, index, _slice(sentence, [*before, *title])))
        else:
            before = _role_before(sentence.text, words, start) or _role_of_list(sentence.text, words, start)
            if before:
                candidate.evidence += ROLE_BEFORE
                candidate.roles.append((0, index, _slice(sentence, before)))
            elif start >= 2 and words[start - 1].text == "," and _two_people_before(words, start - 1):
                candidate.evidence += ROLE_BEFORE  # a person, whose role is unsure
        after = _role_after(words, end)
        if after:
            candidate.evidence += ROLE_AFTER
            candidate.roles.append((0, index, _role(sentence, after)))
        if start >= 1 and words[start - 1].lower in ("named", "called"):
            before = _role_before(sentence.text, words, start - 1)
            if before:
                candidate.evidence += NAMED
                candidate.roles.append((0, index, _slice(sentence, before)))
        if len(name) >= 2 and _plain(name[0].lower.split("-")[0]) in GIVEN_NAMES:
            candidate.evidence += GIVEN_NAME
        if any(_HYPHENATED_GIVEN.match(token.base) for token in name[1:]):
            candidate.evidence += HYPHENATED_GIVEN_NAME
        if any(token.kind == "initials" and token.base not in _COUNTRY_INITIALS for token in name):
            candidate.evidence += INITIALS  # "P.G.T. Beauregard", "Joseph E. Johnston"
        if _acts(words, end):
            candidate.acts += ACTS
        if not title and start >= 1 and words[start - 1].lower in PLACE_PREPOSITIONS and not name[-1].possessive:
            candidate.evidence += PLACE_BEFORE
        attributive = end < len(words) and words[end].lower in ATTRIBUTIVE_NOUNS  # "the Nixon administration"
        if not title and start >= 1 and words[start - 1].lower in THING_WORDS | CODENAME_WORDS and not attributive:
            candidate.evidence += THING_BEFORE  # "the schooner Mary Ellen", "the Mary Ellen": a ship
        if not title and _told_of(words, start):
            candidate.evidence += TOLD_OF  # "According to Neeti Nair", "born to Vidyavati", "son of X"
        if not title and _cited(words, start) and not self._a_place(name[-1]):
            candidate.evidence += CITED  # "the writings of Clausewitz", "quoted Nietzsche"
        if any(token.lower in self.lowercase and is_capitalised(token) and not is_particle(token) for token in name):
            if not attributive:
                candidate.evidence += COMMON_WORD
        if name[-1].possessive and end < len(words) and words[end].lower in _WORKS:
            candidate.evidence += KIN_AFTER  # "Soham Swami's book"
        if len(name) == 1 and not title:
            self._weigh_alone(candidate, index, words, end)

    def _weigh_alone(self, candidate: _Candidate, index: int, words: list[Token], end: int) -> None:
        """The evidence that a single word (words[end - 1]) is a person's name."""
        word = words[end - 1]
        if word.possessive and end < len(words) and words[end].lower in KIN_NOUNS:
            candidate.evidence += KIN_AFTER  # "Ceolwulf's son"
        if _acts(words, end) and not self._a_place(word):
            candidate.evidence += ALONE_ACTS
        if _a_man(words, _after_aside(words, end)):
            candidate.evidence += A_MAN

    def _a_place(self, word: Token) -> bool:
        """Whether a single word may be a place's name, which a text makes act as a person does
        ("Britain refused", "Moscow ordered"): a country's or a great city's, or one the article
        writes after "in", "at", "near"..."""
        return word.lower in PLACE_NAMES or word.base in self.placed

    def _pronoun_after(self, index: int, words: list[Token], end: int) -> bool:
        """Whether "he" follows the name in its sentence or begins the next sentence."""
        if any(token.lower in _PRONOUNS for token in words[end:]):
            return True
        if index + 1 < len(self.sentences) and self.sentences[index + 1].kind == "text":
            following = tokens(self.sentences[index + 1].text)
            return bool(following) and following[0].lower in _PRONOUNS
        return False


# Titles that also stand after a name or inside it: never the start of a name inside a run.
_NAME_TITLES = frozenset(
    "Khan Bey Pasha Dey Shah Seth Lala Babu Begum Sultan Raja Rani Sri Shri Saint Emir Imam Swami Sidi".split()
)


def _office(words: list[Token], spans: list[tuple[int, int]], number: int) -> tuple[int, int] | None:
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


def _inner_title(run: list[Token], leading: int) -> int:
    """Where a title begins inside the run, after the words of a command and before a name ("Army
    Group North Commander Field Marshal Otto Lindqvist": 3), or 0."""
    for inner in range(leading + 1, len(run) - 1):
        if run[inner].base in _NAME_TITLES:
            continue  # "Muhammad Ahmed Khan Kasuri", "Ismail Pasha"
        length = title_length(run[inner:])
        if length and all(token.kind == "word" and token.base[0].isupper() for token in run[inner + length :]):
            return inner
    return 0


def _machine_words(article: str) -> frozenset[str]:
    """The capitalised words the article writes before a word for a machine: "Tiger" of "Tiger tanks"."""
    found = re.findall(r"\b([A-Z][\w\-]*)[ \-]([a-z]+)\b", article)
    return frozenset(word for word, noun in found if noun in MACHINE_NOUNS)


_PLACED = re.compile(
    r"\b(?:(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")|(?:" + "|".join(sorted(PLACE_OF_WORDS)) + r") of)"
    r"(?: the)? ([A-Z][\w\-]*)\b(?![’'])",
    re.IGNORECASE,
)


def _placed_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The capitalised words the article writes after a preposition of place or the name of a place's
    part or ruler and "of": "in Casablanca", "the kingdom of Mercia", "a thegn of Mercia"."""
    found = (match.group(1) for sentence in sentences for match in _PLACED.finditer(sentence.text))
    return frozenset(word for word in found if word[0].isupper())


def _own(candidate: _Candidate) -> float:
    """The evidence read so far that a name is a person's (a verb counts for a name of two words)."""
    return candidate.evidence + (candidate.acts if len(candidate.key_words) > 1 else 0)


# The small words a role's phrase may hold: "the Secretary of the Navy", "Minister to the United States".
_WORKS = frozenset("book books novel poem poems memoirs autobiography diary letters speech speeches".split())
_PARTICIPLES = frozenset("come gone become done made led left met sent spent told won written fought".split())
_OBJECT_OF = frozenset("by to from with against for at on upon".split())
_ROLE_JOINERS = frozenset("of the a an to for in and at".split())
_LIST_OPENERS = frozenset("including like as comprising namely among especially notably".split())


def _introduced(words: list[Token], start: int) -> bool:
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
        _is_role_noun(token.lower, True) and token.lower.endswith("s") for token in words[max(0, index - 1) : index + 1]
    )


def _told_of(words: list[Token], start: int) -> bool:
    """Whether the words before a name say it is a person's: "According to Neeti Nair", "born to
    Vidyavati", "the son of Munshi Radha Krishna", "defended by Asaf Ali"."""
    before = [token.lower for token in words[max(0, start - 2) : start]]
    if before[-2:] in (["according", "to"], ["born", "to"]):
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in KIN_NOUNS:
        return True
    return len(before) == 2 and before[1] == "by" and before[0] in AGENT_VERBS


def _cited(words: list[Token], start: int) -> bool:
    """Whether the name follows words that cite a thinker: "quoted Nietzsche", "the writings of Hegel"."""
    if start >= 1 and words[start - 1].lower in CITING_WORDS:
        return True
    return start >= 2 and words[start - 1].lower in ("of", "by") and words[start - 2].lower in CITING_WORDS


def _with_bynames(words: list[Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs, where a single word, "of" and a single word make one medieval name with a byname:
    "Odo of Bayeux", "Gilbert of Caen" (never after a title: "Bishop of Durham")."""
    joined: list[tuple[int, int]] = []
    for first, last in found:
        if joined:
            before_first, before_last = joined[-1]
            single = before_last - before_first == 1 and last - first == 1
            if single and first == before_last + 1 and words[before_last].text == "of":
                if _byname_words(words[before_first], words[first]):
                    joined[-1] = (before_first, last)
                    continue
        joined.append((first, last))
    return joined


def _byname_words(name: Token, place: Token) -> bool:
    if name.kind != "word" or place.kind != "word" or name.possessive:
        return False
    if title_length([name, place]) or name.lower in HEAD_KIND or name.lower in LEAD_KINDS:
        return False
    return name.base[1:].islower() and place.base[1:].islower()


def _plain(word: str) -> str:
    """The word without accents: "émile" -> "emile"."""
    return "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))


def _role(sentence: Sentence, words: Sequence[Token]) -> str:
    """A role as the text words it, without a leading "the" or "a"."""
    if len(words) > 1 and words[0].lower in ("the", "a", "an"):
        words = words[1:]
    return _slice(sentence, words)


def _slice(sentence: Sentence, run: Sequence[Token]) -> str:
    return sentence.text[run[0].start : run[-1].base_end]


def _is_role_noun(word: str, after_determiner: bool) -> bool:
    if word[:1].isupper() and word[1:].islower():  # "the Secretary of the Navy", "Indian Historian"
        return word.lower() in ROLE_NOUNS or is_title_word(word)
    word = word.removeprefix("half-").removeprefix("step-").removeprefix("great-").removesuffix("-in-law")
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False
    singular = word[:-1] if word.endswith("s") and word[:-1] in ROLE_NOUNS else word
    if singular in ROLE_NOUNS:
        return True
    return after_determiner and singular.endswith(ROLE_SUFFIXES) and singular not in NOT_ROLES


def _role_before(text: str, words: list[Token], start: int) -> list[Token]:
    """The words for a person just before a name: "Soviet dictator", "the engineer", "the
    harbourmaster," (the determiner left out), or []."""
    if start >= 2 and words[start - 1].text == ",":
        return _role_of_phrase(words, start - 1)
    if start == 0 or not adjacent(text, words[start - 1], words[start]):
        return []
    end = start
    noun = end - 1
    determiner = any(token.lower in ("the", "a", "an") for token in words[max(0, noun - 3) : noun])
    if not _is_role_noun(words[noun].base, determiner or words[noun].base in ROLE_NOUNS):
        return []
    first = noun
    while first >= 1:
        token = words[first - 1]
        if token.kind != "word" or token.lower in FUNCTION_WORDS or token.possessive:
            break
        if token.base.islower() and token.lower.endswith(("ed", "ing")) and token.lower not in ROLE_NOUNS:
            break  # "beating out third-time candidate X", "the Government dispatched diplomats X"
        if token.lower in ("out", "up", "off", "down", "away", "back"):
            break
        first -= 1
    return words[first:end]


def _role_of_list(text: str, words: list[Token], start: int) -> list[Token]:
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
    if _two_people_before(words, comma):
        return []
    for noun in range(comma - 1, max(comma - 6, -1), -1):
        token = words[noun]
        if token.kind != "word":
            return []
        if _is_role_noun(token.base, False):
            between = words[noun + 1 : comma]
            office = token.base[0].isupper() and bool(between) and between[0].lower in ("of", "to")
            # "the governor of the province,"; "the then Prime Minister of India," (an office of a place)
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


def _two_people_before(words: list[Token], comma: int) -> bool:
    """Whether the words before the comma end in "of a blacksmith" or "of the old abbot": a person
    of another person, either of whom the name after the comma may be."""
    noun = comma - 1
    if noun < 2 or not _is_role_noun(words[noun].base, True):
        return False
    first = noun
    while first > max(noun - 3, 0) and words[first - 1].kind == "word" and words[first - 1].lower not in FUNCTION_WORDS:
        first -= 1
    if first < 3 or words[first - 1].lower not in ("a", "an", "the") or words[first - 2].lower != "of":
        return False
    return _is_role_noun(words[first - 3].base, True)  # "the son of", not "the rule of the matron,"


def _role_after(words: list[Token], end: int) -> list[Token]:
    """An apposition after a name: ", the Führer’s closest confidant," -> the words after the comma;
    ", warden of the Kellby Fish Market,"; or " is a military history writer" (up to its noun)."""
    if end < len(words) and words[end].lower in ("is", "was") and end + 1 < len(words):
        if words[end + 1].lower in ("a", "an", "the"):
            return _noun_phrase(words, end + 2)
        return []
    if end + 1 >= len(words) or words[end].text != ",":
        return []
    first = words[end + 1]
    if first.lower not in _APPOSITION_STARTS and not _is_role_noun(first.base, True):
        return []
    if first.lower in ("now", "then", "later", "once", "formerly") and end + 2 < len(words):
        if words[end + 2].lower not in ("a", "an", "the"):
            return []
    last = end + 1
    while last < len(words) and words[last].text not in (",", ".", ";", ":", "!", "?"):
        word = words[last].lower
        if word in FUNCTION_WORDS and word not in _ROLE_JOINERS and last > end + 1:
            break  # "the finance minister whom Louis had dismissed", "... Party as his hero"
        if word.endswith("ed") and word not in ROLE_NOUNS and words[last].base.islower() and last > end + 2:
            break  # "U.S. Minister to Great Britain assured the British"
        last += 1
    phrase = words[end + 1 : last]
    if len(phrase) > 12 or not any(_is_role_noun(token.base, True) for token in phrase):
        return []
    if any(
        _is_role_noun(token.base, True) and following.base[0].isupper() and following.lower not in FUNCTION_WORDS
        for token, following in zip(phrase, phrase[1:], strict=False)
    ):
        return []  # ", journalist Lincoln Steffens, and...", ", Lala Lajpat Rai,": the next of a list
    return phrase


def _noun_phrase(words: list[Token], start: int) -> list[Token]:
    """The words from `start` to the last role noun before a preposition, a clause or a comma."""
    last_noun = -1
    index = start
    while index < len(words) and index < start + 6:
        token = words[index]
        if token.kind != "word" or token.lower in FUNCTION_WORDS or token.lower.endswith("ed"):
            break
        if _is_role_noun(token.base, True):
            last_noun = index
        index += 1
    return words[start : last_noun + 1] if last_noun >= start else []


def _after_aside(words: list[Token], end: int) -> int:
    """Where the words after a name go on, past an aside: "Sherman, he wrote, was" -> "was"."""
    aside = words[end : end + 4]
    if len(aside) == 4 and aside[0].text == "," and aside[1].lower in _PRONOUNS and aside[3].text == ",":
        if aside[2].lower in PERSON_VERBS:
            return end + 4
    return end


def _a_man(words: list[Token], index: int) -> bool:
    """Whether the words at `index` say "was a ... man" (or woman): "was a plain man"."""
    if index + 2 >= len(words) or words[index].lower != "was" or words[index + 1].lower not in ("a", "an"):
        return False
    for token in words[index + 2 : index + 5]:
        if token.lower in ("man", "woman"):
            return True
        if token.kind != "word" or token.lower in FUNCTION_WORDS:
            return False
    return False


def _acts(words: list[Token], end: int) -> bool:
    """Whether the name is the subject of a verb a person does: "Calvus refused", "Demetrios later
    wrote", "Vlasov was born"."""
    index = _after_aside(words, end)
    if index < len(words) and words[index].lower in _ADVERBS:
        index += 1
    if index >= len(words) or words[end - 1].possessive:
        return False
    if words[index].text == "," and index + 1 < len(words) and words[index + 1].lower in ("who", "whose", "whom"):
        return True
    word = words[index].lower
    following = words[index + 1].lower if index + 1 < len(words) else ""
    if word == "had" and (following.endswith(("ed", "en")) or following in _PARTICIPLES):
        return True  # "Napoleon had come to power"
    if word == "was" and following.endswith("ing") and len(following) > 5:
        return True  # "Saddam Hussein was manufacturing"
    if word == "was" and following:
        word = f"was_{following}"
    return word in PERSON_VERBS


def _link(candidates: list[_Candidate]) -> list[_Candidate]:
    """Merges each shorter form into the fullest name it is part of ("Vlasov" and "Andrei Vlasov"
    into "Andrei Andreievich Vlasov"), then keeps those the evidence calls people."""
    order = {id(candidate): rank for rank, candidate in enumerate(candidates)}
    longest_first = sorted(
        candidates, key=lambda candidate: (-len(candidate.key_words), -len(candidate.words), order[id(candidate)])
    )
    # Each name's own evidence, before shorter forms add theirs.
    own = {
        id(candidate): candidate.evidence + (candidate.acts if len(candidate.key_words) > 1 else 0)
        for candidate in candidates
    }
    people: list[_Candidate] = []
    spelled: dict[str, _Candidate] = {}  # "Sukh Dev" and "Sukhdev", "Hans Raj" and "Hansraj": one name
    for candidate in longest_first:
        squashed = _squashed(candidate)
        same = spelled.setdefault(squashed, candidate) if squashed else candidate
        if same is not candidate:
            _merge(same, candidate)
            continue
        if _shared_given_name(candidate, people):
            continue  # "John" of "John Harker" and "John Whitley": either's, so neither's
        owner = _owner(candidate, people)
        if owner is not None and _named_before(candidate, owner):
            owner = None
        if owner is not None and own[id(owner)] <= 0 < own[id(candidate)] and candidate.sentence < owner.sentence:
            owner = None  # "Bhagat Singh" is not "Bhagat Singh Sansthan", named later on no evidence
        if owner is None:
            people.append(candidate)
            continue
        _merge(owner, candidate)
        if len(candidate.key_words) == 1 and len(owner.key_words) > 1:
            owner.evidence += SURNAME_ALONE
    people.sort(key=lambda person: person.first)
    for person in people:
        # "Britain refused" and "Austria signed" make no people, nor "Isle of Wight sent".
        if len(person.key_words) > 1 and "of" not in person.words:
            person.evidence += person.acts
    return [person for person in people if person.evidence >= THRESHOLD]


def _squashed(candidate: _Candidate) -> str:
    """A name's letters without spaces, initials kept: "Sukh Dev" and "Sukhdev" are one spelling."""
    if any(word.endswith(".") for word in candidate.words):
        return "".join(word for word in candidate.words if word[0].isupper()).casefold()
    return "".join(candidate.key_words).casefold()


def _merge(owner: _Candidate, candidate: _Candidate) -> None:
    """Folds a shorter or other form of a name into the person's."""
    owner.first = min(owner.first, candidate.first)
    owner.sentence = min(owner.sentence, candidate.sentence)
    owner.forms |= candidate.forms
    owner.roles.extend(candidate.roles)
    owner.evidence += candidate.evidence
    owner.acts += candidate.acts


def _named_before(alone: _Candidate, owner: _Candidate) -> bool:
    """Whether a single name is someone else than the fuller name it is part of: it comes first, in
    an earlier sentence, as a person in its own right, with a role of its own ("The engineer Varga"
    before his grandson "Gábor Varga"; not "Lincoln" before "Abraham Lincoln")."""
    if len(alone.key_words) != 1 or alone.sentence >= owner.sentence or alone.evidence < THRESHOLD:
        return False
    own = {role for _, _, role in alone.roles if not _rank_only(role)}
    return bool(own) and not own & {role for _, _, role in owner.roles}


def _shared_given_name(candidate: _Candidate, people: list[_Candidate]) -> bool:
    """Whether a single word is the first name of two or more fuller names, and the last of none."""
    if len(candidate.key_words) != 1:
        return False
    word = candidate.key_words[0]
    if _plain(word.lower()) not in GIVEN_NAMES:
        return False  # "Okada" of "Okada Shinzō" and "Okada Yū" is a family name
    fuller = [person.key_words for person in people if len(person.key_words) > 1]
    return sum(words[0] == word for words in fuller) >= 2 and not any(words[-1] == word for words in fuller)


def _owner(candidate: _Candidate, people: list[_Candidate]) -> _Candidate | None:
    """The person whose fuller name holds this shorter form's words, and its surname; the first such
    person named when several do ("Okada" of "Okada Shinzō" and "Okada Yū")."""
    words = candidate.key_words
    if not words:
        return None
    owners = []
    squashed = _squashed(candidate) if len(words) > 1 else ""
    for person in people:
        fuller = person.key_words
        if squashed and squashed in {word.casefold() for word in fuller} and len(fuller) > 1:
            owners.append(person)  # "Sukh Dev" of "Sukhdev Thapar"
            continue
        if len(person.words) < len(candidate.words) or not set(words) <= set(fuller):
            continue
        if len(person.words) == len(candidate.words) and not _initials_fit(candidate.words, fuller):
            continue
        if words[-1] == fuller[-1] or words[0] == fuller[0] or person.sentence == 0:
            owners.append(person)
    if not owners:
        return None
    # The article's subject, named in its title or first sentence, before the first named: "Rai" is
    # Lala Lajpat Rai in his biography, not his father Lala Radha Krishan... Rai named before him.
    return min(owners, key=lambda person: (person.sentence != 0, person.first))


def _initials_fit(words: tuple[str, ...], fuller: tuple[str, ...]) -> bool:
    """Whether a name's initials stand for words of the fuller name it leaves out ("William H.
    Seward" of "William Henry Seward")."""
    initials = [word for word in words if word.endswith(".")]
    left = [word for word in fuller if word not in words]
    return (
        bool(initials)
        and len(initials) == len(left)
        and all(initial[0] == word[0] for initial, word in zip(initials, left, strict=True))
    )


def _people(article: str, sentences: Sequence[Sentence], people: list[_Candidate]) -> list[DraftPerson]:
    named = naming_sentences(
        sentences, [sorted(person.forms, key=lambda form: (-len(form), form)) for person in people]
    )
    found = []
    for person, indexes in zip(people, named, strict=True):
        roles = [role for role in person.roles if not _rank_only(role[2])]
        role_rank, role_sentence, role = min(roles, default=(2, None, ""))
        aliases = tuple(sorted(person.forms - {person.name}, key=lambda form: (article.find(form), len(form), form)))
        found.append(
            DraftPerson(
                name=person.name,
                aliases=aliases,
                role=role,
                role_sentence=role_sentence,
                sentences=indexes,
                confidence=round(min(person.evidence, 0.99), 2),
            )
        )
    return found


def _rank_only(role: str) -> bool:
    """Whether a role is no more than a rank or a title, perhaps with a people's word: "General",
    "Soviet Marshal", "Lt. Col." (there may be many of those in one story)."""
    words = tokens(role)
    rest = [token for token in words if not is_demonym(token) and token.lower not in ("the", "a", "an")]
    return not rest or title_length([*rest, rest[-1]]) == len(rest)


def find_terms(article: str, sentences: Sequence[Sentence], people: Sequence[DraftPerson]) -> list[DraftTerm]:
    """The organisations, units, places, documents, awards and events the article names, never one
    of `people`."""
    forms = {form for person in people for form in (person.name, *person.aliases)}
    return terms.find_terms(article, sentences, forms)
