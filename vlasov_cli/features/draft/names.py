"""The people an article names, each with the forms it names them by and a role in its own words.

Rules, not a model: a run of capitalised words is a person's name when the text gives evidence for
it (a title before it, a word for a person beside it, a common given name, the surname used alone
as the subject of a verb...) and none against it (a word for a people or a place, a word the article
also writes in lower case, a preposition of place before it). Shorter forms link to the fullest.
The terms (organisations, units, places, documents...) are found by `draft.terms`; `find_terms`
here passes it the people found, whose names are never terms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from vlasov_cli.features.draft import terms
from vlasov_cli.features.draft.article_words import machine_words, placed_words
from vlasov_cli.features.draft.bynames import byname_short, style_after, with_bynames
from vlasov_cli.features.draft.capitals import (
    Token,
    common_word,
    is_capitalised,
    is_date_word,
    is_demonym,
    is_roman,
    is_title,
    lowercase_words,
    naming_sentences,
    runs,
    title_length,
    tokens,
)
from vlasov_cli.features.draft.clues import (
    a_man,
    acts,
    addressed,
    birth_name_of,
    cited,
    family_list_opens,
    introduced,
    kin_named,
    life_after,
    made_a_role,
    of_person_after,
    other_name_of,
    personal_name,
    told_of,
)
from vlasov_cli.features.draft.name_words import (
    AFTER_TITLES,
    ATTRIBUTIVE_NOUNS,
    CODENAME_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HEAD_KIND,
    LEAD_KINDS,
    NOBODY_WORDS,
    NUMBERED_THINGS,
    PARTICLES,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    THING_AFTER_NOUNS,
    THING_WORDS,
)
from vlasov_cli.features.draft.offices import (
    NAME_TITLES,
    entry_title_of,
    inner_title,
    office_before,
    titled_entry,
    without_honours,
)
from vlasov_cli.features.draft.roles import (
    GROUP,
    PRONOUNS,
    after_aside,
    defining_role,
    distinct_roles,
    is_role_noun,
    office_given,
    plain,
    role_after,
    role_before,
    role_of_list,
    role_words,
    text_of,
    title_role,
    two_people_before,
)
from vlasov_cli.features.draft.roles_of_groups import group_role, leader_role
from vlasov_cli.features.draft.same_person import THRESHOLD, Candidate, link
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
GIVEN_NAME, HYPHENATED_GIVEN_NAME, INITIALS, ACTS = 0.5, 0.5, 0.5, 0.5
PLACE_BEFORE, COMMON_WORD, THING_BEFORE = -0.5, -0.6, -1.5
# A single word is a person's name on stronger evidence than a verb ("Britain refused"): a verb and a
# given name ("William gave"), a verb and "he" after it, kin after its possessive
# ("Ceolwulf's son"), or "was a ... man".
ALONE_ACTS, KIN_AFTER, A_MAN, CITED, TOLD_OF, LISTED = 0.5, 0.5, 0.5, 0.5, 0.5, 0.5
# A regnal number is weak evidence alone ("Track II" is a plan): a ruler's name has more ("Constantius' remains").
REGNAL, TITLE_AFTER, LIFE, ADDRESSED, THING_AFTER = 0.3, 0.5, 0.5, 0.5, -1.0
PATRONYMIC = 0.5
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "wa", "ben"})
ENTRY, STYLED = 0.6, 0.5

_DISCOVERY_KINDS = ("text", "caption", "byline", "heading")
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Kai-shek", "Tse-tung"
_COUNTRY_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U.", "U.S.A."])
_TITLED_PLACE_BEFORE = frozenset("in at near into inside outside".split())  # "in Sidi Bou Saïd", "at Fort ..."


def find_people(article: str, sentences: Sequence[Sentence]) -> list[DraftPerson]:
    """The people the article names, in the order it first names them."""
    reader = _Reader(article, sentences)
    candidates = reader.candidates()
    people = link(candidates)
    return _people(article, sentences, people)


class _Reader:
    """Reads each sentence's runs of capitals and the evidence around them."""

    def __init__(self, article: str, sentences: Sequence[Sentence]) -> None:
        self.article = article
        self.sentences = sentences
        self.lowercase = lowercase_words(article)
        self.capitals = frozenset(re.findall(r"\b[A-Z][\w]*", article))
        self.machines = machine_words(article)
        self.placed = placed_words(sentences)
        self.by_name: dict[str, Candidate] = {}
        self.mentions: dict[int, list[tuple[int, int, Candidate]]] = {}  # sentence -> (start, end, name)
        self.listed: set[int] = set()  # the names a list has given evidence (once each)
        self.family_list = False  # whether the paragraphs read are a list of someone's children
        # The article's opening sentence, which defines its subject: "Bhagat Singh (...) was an Indian ..."
        self.opening = next((index for index, sentence in enumerate(sentences) if sentence.kind == "text"), -1)

    def candidates(self) -> list[Candidate]:
        for index, sentence in enumerate(self.sentences):
            # A first line "By A and B" is a byline too, though `sentences` calls it a heading.
            byline = sentence.kind == "byline" or (index == 0 and sentence.text.startswith("By "))
            if sentence.kind not in _DISCOVERY_KINDS and not byline:
                continue
            words = tokens(sentence.text)
            if byline:
                self._byline(index, sentence, words)
                continue
            found = without_honours(words, runs(sentence.text, words))
            entry = titled_entry(words, found)  # (before a title's byname joins "Princess Supreme of Liang")
            spans = with_bynames(words, found, self.lowercase)
            if entry:  # "Princess of Zheng (鄭國公主), 1st daughter": a person named by a title only
                candidate = self._add(index, sentence, words[:entry], "")
                candidate.evidence += ENTRY
                candidate.roles.append((0, index, text_of(sentence, words[-2:])))
                spans = [(first, last) for first, last in spans if first >= entry]
            for number, (first, last) in enumerate(spans):
                if (
                    last - first == 1
                    and first >= 2
                    and words[first - 1].text == "of"
                    and is_capitalised(words[first - 2])
                ):
                    continue  # "Charles, Count of Valois", "Pere de Montcada of Bearn": the title's or name's land
                if last - first == 1 and _place_after_place(words, first):
                    continue  # "grew up in Kassel, Hesse-Nassau, the son of": the town's land
                office = office_before(words, spans, number)
                if office and self._one_place(words[office[1] - 1], words[office[1] : last]):
                    office = None  # "Governor of Hong Kong": "Kong" is never named without "Hong"
                if office:  # "Secretary of War Henry Stimson": the name after the office
                    self._run(index, sentence, words, office[1], last, words[office[0] : office[1]])
                else:
                    self._run(index, sentence, words, first, last)
            mentions = self.mentions.pop(index, [])
            self._children(index, sentence, mentions)
            self._lists(words, mentions)
        return list(self.by_name.values())

    def _children(self, index: int, sentence: Sentence, mentions: list[tuple[int, int, Candidate]]) -> None:
        """Gives a family list's entries a person's evidence: after "Their children included:" or "Peter
        and Constance had:", each paragraph that opens with a name ("Ambrose Randolph (died 1660)",
        "Teresa of Aragon."), until one opens otherwise."""
        new_paragraph = index == 0 or self.sentences[index - 1].paragraph != sentence.paragraph
        if self.family_list and new_paragraph:
            opening = [candidate for start, _, candidate in mentions if start == 0]
            for candidate in opening:
                candidate.evidence += ENTRY
            self.family_list = bool(opening)
        if family_list_opens(sentence.text):
            self.family_list = True

    def _lists(self, words: list[Token], mentions: list[tuple[int, int, Candidate]]) -> None:
        """Gives the names of a list the evidence its people have: "Mohammad Alam and Gopi Chand
        Bhargava resigned", "revolutionaries such as Shivaram Rajguru, Sukhdev Thapar and Chandra
        Shekhar Azad"; only names that nothing says are a place or a thing."""
        groups: list[list[tuple[int, int, Candidate]]] = []
        for mention in sorted(mentions, key=lambda item: item[0]):
            if groups and _next_of_list(words[groups[-1][-1][1] : mention[0]], words[mention[1] : mention[1] + 1]):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        for group in groups:
            if len(group) < 2 and not _one_of(words, group[0][0]):
                continue
            people = any(_own(candidate) >= THRESHOLD for _, _, candidate in group)
            # Three names or more, each of two words or more, none a thing's or a place's: a list of
            # people ("three were acquitted (Ajoy Ghosh, Jatindra Nath Sanyal and Des Raj)").
            names = len(group) >= 3 and all(len(candidate.key_words) > 1 for _, _, candidate in group)
            if not people and not names and not introduced(words, group[0][0]):
                continue
            for _, _, candidate in group:
                placed = len(candidate.words) == 1 and candidate.name in self.placed  # "Han, Zhao and Wei"
                if _own(candidate) >= 0 and id(candidate) not in self.listed and not placed:
                    self.listed.add(id(candidate))
                    candidate.evidence += LISTED

    def _byline(self, index: int, sentence: Sentence, words: list[Token]) -> None:
        """The authors a "By ..." line names: "By Wil Deac", "By Dr. Jane Roe and John Smith"."""
        for first, last in runs(sentence.text, words):
            run = words[first:last]
            title = run[: title_length(run)]
            name = run[len(title) :]
            candidate = self._add(index, sentence, name, text_of(sentence, run) if title else "")
            candidate.evidence += BYLINE
            if title:
                candidate.roles.append((1, index, text_of(sentence, title)))

    def _one_place(self, before: Token, name: Sequence[Token]) -> bool:
        """Whether a one-word name after an office is the end of a place the office is of: the article
        names the two words together more than once and the name never without the word before it."""
        if len(name) != 1:
            return False
        together = len(re.findall(rf"\b{re.escape(before.base)}\s+{re.escape(name[0].base)}\b", self.article))
        alone = len(re.findall(rf"\b{re.escape(name[0].base)}\b", self.article))
        return together >= 2 and together == alone

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
        inner = inner_title(run, leading + title_words)
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
            if is_role_noun(name[0].lower, True) and name[0].lower in ROLE_NOUNS:
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
        titled = text_of(sentence, run[leading : leading + title_words + len(name)]) if title else ""
        candidate = self._add(index, sentence, name, titled)
        short = byname_short(name)
        if short:
            candidate.forms.add(text_of(sentence, short))  # "Peter III" of "Peter III of Aragon"
        styled = style_after(words, end)
        if styled:  # "James Hamilton, 3rd Earl of Arran": the name with its style, and the title alone
            candidate.forms.add(text_of(sentence, words[end - len(name) : styled]))
            title_at = next(at for at in range(end + 1, styled) if is_title(words[at]))
            candidate.evidence += STYLED
            if styled - title_at > 1:  # (not a title alone: "1st Baronet")
                candidate.styles.add(text_of(sentence, words[title_at:styled]))
        if command or office:
            candidate.roles.append((0, index, text_of(sentence, command or office)))
        if (title or command) and not candidate.born_of and entry_title_of(words, first, last):
            candidate.born_of = text_of(sentence, words[: first - 1])  # "Wanyan Ji'an, Crown Prince Yingdao ("
        if office:
            candidate.evidence += TITLE
        self._weigh(candidate, index, sentence, words, end - len(name), end, title)
        start = first if title_words or leading else end - len(name)
        self.mentions.setdefault(index, []).append((start, end, candidate))

    def _could_be_a_name(self, name: list[Token], titled: bool = False) -> bool:
        """Whether no word of it says it is no one's name: a month, a people, a unit, a river, a rank
        alone ("the Colonel"), "Nobody", a machine ("Tiger" of "Tiger tanks")..."""
        byname = any(token.text == "of" for token in name)  # "Violant of Hungary"
        if name[-1].kind != "word" or len(name) > (7 if byname else 5) or not is_capitalised(name[0]):
            return False  # (not "al-Mahalla" of "Bey al-Mahalla")
        if len(name) == 1 and (is_title(name[0]) or name[0].lower in NOBODY_WORDS or name[0].lower in PLACE_NAMES):
            return False
        if len(name) == 1 and name[0].lower.endswith("shire"):
            return False  # a county: "Buckinghamshire", "Yorkshire"
        if name[-1].base in self.machines:
            return False
        # Initials make "Edward M. House" a name, a given name "William Christian Bullitt", a title
        # "Ambassador April Glaspie", whatever their other words could be.
        given = len(name) >= 2 and plain(name[0].lower) in GIVEN_NAMES
        has_initials = len(name) >= 2 and any(token.kind == "initials" for token in name[:-1])
        initials = has_initials and (given or titled)
        if len(name) == 1 and is_role_noun(name[0].lower, True) and name[0].lower.rstrip("s") in ROLE_NOUNS:
            return False  # "Doctors thought", "the Joint Chiefs"
        if len(name) >= 2 and name[-1].lower in PLACE_NAMES and not (given or has_initials or byname):
            return False  # "Great Britain", not "Booker T. Washington"
        if is_title(name[-1]) and name[-1].base not in NAME_TITLES and not given:
            return False  # "Foreign Minister", not "Kalandar Ali Khan" nor "George Abbot"
        for number, token in enumerate(name):
            if token.kind == "abbreviation" or is_date_word(token) and not (titled and number == 0 < len(name) - 1):
                return False
            if is_demonym(token, self.capitals) and not ((given or titled) and number > 0):
                return False
            if (token.lower in HEAD_KIND or token.lower in LEAD_KINDS) and not initials:
                return False
        return True

    def _add(self, index: int, sentence: Sentence, name: list[Token], titled: str) -> Candidate:
        text = text_of(sentence, name)
        candidate = self.by_name.setdefault(text, Candidate(text, tuple(token.base for token in name)))
        if candidate.first < 0:
            candidate.first = sentence.start + name[0].start
            candidate.sentence = index
        candidate.told_in.add(index)
        candidate.forms.add(text)
        if titled:
            candidate.forms.add(titled)
        return candidate

    def _weigh(
        self,
        candidate: Candidate,
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
            before = role_before(sentence.text, words, start - len(title))
            if before and (words[start - len(title) - 1].text == "," or is_role_noun(before[-1].base, True)):
                # "popular Indian nationalist leader Lala Lajpat Rai": the words before the title
                candidate.roles.append((0, index, text_of(sentence, before)))
                before = []
            role = [*before, *title] if before else title_role(words, start - len(title), title)
            candidate.roles.append((1, index, text_of(sentence, role)))
        else:
            before = role_before(sentence.text, words, start) or role_of_list(sentence.text, words, start)
            if before:
                candidate.evidence += ROLE_BEFORE
                candidate.roles.append((0, index, text_of(sentence, before)))
            elif start >= 2 and words[start - 1].text == "," and two_people_before(words, start - 1):
                candidate.evidence += ROLE_BEFORE  # a person, whose role is unsure
        if leader := leader_role(sentence, words, start - len(title), end, self.capitals):
            candidate.roles.append((0, index, leader))
        if grouped := group_role(sentence, words, start, end):
            candidate.roles.append((GROUP, index, grouped))
        after = role_after(words, end)
        if after:
            candidate.evidence += ROLE_AFTER
            candidate.roles.append((0, index, role_words(sentence, after)))
        office = office_given(words, start - len(title), end)
        if office:
            candidate.roles.append((0, index, text_of(sentence, office)))
        if start > len(title) and words[start - len(title) - 1].lower in ("named", "called"):
            before = role_before(sentence.text, words, start - len(title) - 1)  # "a judge named Nawab X"
            if before:
                candidate.evidence += NAMED
                candidate.roles.append((0, index, text_of(sentence, before)))
        if len(name) >= 2 and plain(name[0].lower.split("-")[0]) in GIVEN_NAMES:
            candidate.evidence += GIVEN_NAME
        if any(_HYPHENATED_GIVEN.match(token.base) for token in name[1:]):
            candidate.evidence += HYPHENATED_GIVEN_NAME
        if any(token.kind == "initials" and token.base not in _COUNTRY_INITIALS for token in name):
            candidate.evidence += INITIALS  # "P.G.T. Beauregard", "Joseph E. Johnston"
        if acts(words, end):
            candidate.acts += ACTS
        if made_a_role(words, start, end):
            candidate.evidence += ROLE_AFTER
        if not title and start >= 1 and words[start - 1].lower in PLACE_PREPOSITIONS and not name[-1].possessive:
            candidate.evidence += PLACE_BEFORE
        elif title and start > len(title) and words[start - len(title) - 1].lower in _TITLED_PLACE_BEFORE:
            candidate.evidence += PLACE_BEFORE  # "married in Sidi Bou Saïd": a place
        attributive = end < len(words) and words[end].lower in ATTRIBUTIVE_NOUNS  # "the Nixon administration"
        thing_before = start >= 1 and words[start - 1].lower in THING_WORDS | CODENAME_WORDS
        if not title and thing_before and not attributive and not told_of(words, start):
            candidate.evidence += THING_BEFORE  # "the schooner Mary Ellen", "the Mary Ellen": a ship
        if index == self.opening and start == len(title):
            defined = defining_role(sentence.text[name[-1].base_end :])
            if defined:
                candidate.roles.append((0, index, defined))
        if not title and kin_named(words, start):
            candidate.kin = True  # "His father, Gangadhar Tilak", "Lincoln's son Robert"
        if not title and start >= 1 and words[start - 1].lower == "born":
            candidate.born_of = birth_name_of(sentence.text[: words[start - 1].end])
        opens = start - len(title)  # a titled other name too: "Aguda (Emperor Taizu)"
        if not candidate.born_of and self._other_name(words, opens, end):
            candidate.born_of = other_name_of(sentence.text[: words[opens - 1].end])  # "X (...), also called Y"
        elif not candidate.born_of and _in_language(words, opens, end):
            candidate.born_of = other_name_of(sentence.text[: words[opens - 3].end])  # "John II (French: Jean II;"
        reigned_as = start >= 2 and words[start - 2].text == "(" and words[start - 1].lower == "as"
        if (
            not title
            and not candidate.born_of
            and index == self.opening
            and (personal_name(words, start) or reigned_as)
        ):
            # "Emperor Xizong of Jin (...), personal name Hela, sinicised name Wanyan Dan": the subject's;
            # "Peter III of Aragon (...) was King of Aragon, King of Valencia (as Peter I)" too
            first, last = with_bynames(words, runs(sentence.text, words))[0]
            candidate.born_of = text_of(sentence, words[first:last])
        if not title and told_of(words, start):
            candidate.evidence += TOLD_OF  # "According to Neeti Nair", "born to Vidyavati", "son of X"
        if not title and cited(words, start) and not self._a_place(name[-1]):
            candidate.evidence += CITED  # "the writings of Clausewitz", "quoted Nietzsche"
        # (not "El" of "Mahmoud El Materi", "De" of "De Gaulle", a surname after a given name: "Peter Young")
        given = len(name) == 2 and plain(name[0].lower) in GIVEN_NAMES and name[0].lower not in self.lowercase
        common = [token for token in name if token.lower in self.lowercase and is_capitalised(token)]
        if any(token.lower not in PARTICLES for token in common) and not attributive and not given:
            candidate.evidence += COMMON_WORD
        if of_person_after(words, end):
            candidate.evidence += KIN_AFTER  # "Ceolwulf's son", "Soham Swami's book", "Constantius' remains"
        self._weigh_form(candidate, sentence, words, start, end)
        if len(name) == 1 and not title:
            self._weigh_alone(candidate, index, words, end)

    def _weigh_alone(self, candidate: Candidate, index: int, words: list[Token], end: int) -> None:
        """The evidence that a single word (words[end - 1]) is a person's name."""
        word = words[end - 1]
        # "Hungary and Slavonia chose": a land listed with a land
        beside_place = end >= 3 and words[end - 2].lower in ("and", "or", ",") and self._a_place(words[end - 3])
        if acts(words, end) and not self._a_place(word) and not beside_place:
            candidate.evidence += ALONE_ACTS
        if a_man(words, after_aside(words, end)):
            candidate.evidence += A_MAN

    def _weigh_form(self, candidate: Candidate, sentence: Sentence, words: list[Token], start: int, end: int) -> None:
        """The evidence the name's own form and the words just around it give: a regnal number
        ("Arsaces II"), a title after it ("Lamine Bey"), a life's years after it ("Lalla Habiba
        (1888-1969)"), words telling it something ("informing Roosevelt that"); and against it, a
        word for a thing after it ("the Destour movement")."""
        name = words[start:end]
        if any(is_roman(token) for token in name[1:]) and self._could_be_numbered(name[0]):
            candidate.evidence += REGNAL  # "Constantius II", "Muhammad IV al-Hadi", not "World War II"
        if len(name) > 1 and name[-1].base in AFTER_TITLES:
            candidate.evidence += TITLE_AFTER
        if any(token.lower in _PATRONYMICS for token in name[1:-1]):
            candidate.evidence += PATRONYMIC  # "Mlozi bin Kazbadema", "Waiyaki wa Hinga": X son of Y
        after_of = start >= 1 and words[start - 1].lower == "of"  # "Emperor Taoran of Wei (1101 – 1149)"
        letters = len(name) == 1 and name[0].base.isupper()  # "Lilian Ngoyi, OMSG (1911 – 1980)": an order's letters
        if life_after(sentence.text[name[-1].end :]) and not after_of and not letters:
            candidate.evidence += LIFE
            candidate.life = True
        if addressed(words, start, end) and not (len(name) == 1 and (self._a_place(name[0]) or name[0].base.isupper())):
            candidate.evidence += ADDRESSED
        if end < len(words) and words[end].lower in THING_AFTER_NOUNS and not name[-1].possessive:
            candidate.evidence += THING_AFTER

    def _other_name(self, words: list[Token], start: int, end: int) -> bool:
        """Whether the name may be another of the name before it: after "known as" or "called", or
        alone in a parenthesis ("Arsaces II (Arshak II)", not "(HSRA)" nor "(Italy)")."""
        if start >= 1 and words[start - 1].lower in ("as", "called", "name"):
            return True
        alone = start >= 2 and words[start - 1].text == "(" and end < len(words) and words[end].text == ")"
        single = end - start == 1 and (self._a_place(words[start]) or words[start].base.isupper())
        return alone and not single

    def _could_be_numbered(self, word: Token) -> bool:
        """Whether a regnal number after the word may make a ruler's name: not after "Phase", "Apollo"
        or a word the article writes in lower case."""
        return word.kind == "word" and word.lower not in NUMBERED_THINGS and word.lower not in self.lowercase

    def _a_place(self, word: Token) -> bool:
        """Whether a single word may be a place's name, which a text makes act as a person does
        ("Britain refused", "Moscow ordered"): a country's or a great city's, or one the article
        writes after "in", "at", "near"..."""
        return word.lower in PLACE_NAMES or word.base in self.placed

    def _pronoun_after(self, index: int, words: list[Token], end: int) -> bool:
        """Whether "he" follows the name in its sentence or begins the next sentence."""
        if any(token.lower in PRONOUNS for token in words[end:]):
            return True
        if index + 1 < len(self.sentences) and self.sentences[index + 1].kind == "text":
            following = tokens(self.sentences[index + 1].text)
            return bool(following) and following[0].lower in PRONOUNS
        return False


_LIST_MARKS = {",": ",", "and": "&", "or": "&", "the": "D", "a": "D", "an": "D"}
# Between two names of a list: commas and "and", then perhaps a determiner and a word or two for the
# next person ("the Destourian Salah Farhat, the neo-destourian Mahmoud El Materi and an independent,
# Aziz Djellouli").
_NEXT_OF_LIST = re.compile(r"[,&]+(?:Dw{1,2},?)?")


def _in_language(words: list[Token], start: int, end: int) -> bool:
    """Whether a name opens a parenthesis after a language's name, another name of the name before
    it: "John II (French: Jean II; 1319 – 1364)", "(Catalan: Pere el Gran)"."""
    if start < 3 or words[start - 1].text != ":" or words[start - 3].text != "(":
        return False
    language = words[start - 2]
    closed = end < len(words) and words[end].text in (";", ")", ",")
    return closed and language.kind == "word" and (is_demonym(language) or language.lower == "latin")


def _place_after_place(words: list[Token], start: int) -> bool:
    """Whether a single word names the land of the place before it: "in Kassel, Hesse-Nassau," (a
    comma or the sentence's end after it, so not "In Berlin, Hitler ordered")."""
    if start < 3 or words[start - 1].text != "," or words[start - 3].lower not in PLACE_PREPOSITIONS:
        return False
    closed = start + 1 == len(words) or words[start + 1].text in (",", ".", ";", ")")
    return closed and is_capitalised(words[start - 2]) and not words[start - 2].possessive


def _one_of(words: list[Token], start: int) -> bool:
    """Whether a name alone follows words for people and a word that opens an example: "historians
    such as Hadrien Collet", "merchants such as Siraj al-Din" (not "members of NATO")."""
    opener = start >= 1 and words[start - 1].lower in ("as", "including", "like", "namely")
    return opener and (words[start - 1].lower != "as" or words[start - 2].lower == "such") and introduced(words, start)


def _next_of_list(between: list[Token], after: list[Token]) -> bool:
    """Whether the words between two names make the second the next of a list with the first; one
    told with words for it ends a list or goes on to the next ("..., the patriotic Hindustani songs"
    lists no one)."""
    marks = "".join(
        _LIST_MARKS.get(token.lower)
        or ("w" if token.kind == "word" and token.base.islower() and token.lower not in FUNCTION_WORDS else "?")
        for token in between
    )
    ends = not after or after[0].lower in (",", "and", "or", ".", ";", ":", ")")
    return bool(_NEXT_OF_LIST.fullmatch(marks)) and ("w" not in marks or ends)


def _own(candidate: Candidate) -> float:
    """The evidence read so far that a name is a person's (a verb counts for a name of two words)."""
    return candidate.evidence + (candidate.acts if len(candidate.key_words) > 1 else 0)


def _people(article: str, sentences: Sequence[Sentence], people: list[Candidate]) -> list[DraftPerson]:
    named = naming_sentences(
        sentences, [sorted(person.forms, key=lambda form: (-len(form), form)) for person in people]
    )
    found = []
    named_by = {form: person for person in people for form in person.forms}  # no role is another's name
    roles = distinct_roles(
        [[found for found in person.roles if named_by.get(found[2], person) is person] for person in people]
    )
    for person, indexes, (_, role_sentence, role) in zip(people, named, roles, strict=True):
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


def find_terms(article: str, sentences: Sequence[Sentence], people: Sequence[DraftPerson]) -> list[DraftTerm]:
    """The organisations, units, places, documents, awards and events the article names, never one
    of `people`."""
    forms = {form for person in people for form in (person.name, *person.aliases)}
    return terms.find_terms(article, sentences, forms)
