"""The terms an article names: organisations, units, places, documents, awards and events.

Rules, not a model: an acronym or a translation given in parentheses, an ordinal before a unit's
word ("the 2nd Shock Army"), the word a name ends with ("Smolensk Declaration", "Volga River") or
begins with ("Order of Lenin"), a preposition of place before a name ("in Dabendorf"), a title in
quotes after "titled". Names of people are left to `draft.names`, which passes their forms here."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from vlasov_cli.features.draft.capitals import (
    Token,
    common_word,
    is_date_word,
    is_demonym,
    is_ordinal,
    is_roman,
    lowercase_words,
    naming_sentences,
    runs,
    title_length,
    tokens,
)
from vlasov_cli.features.draft.name_words import (
    COMPASS,
    FUNCTION_WORDS,
    HEAD_KIND,
    LEAD_KINDS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    TITLES,
)
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.term_context import context_of


class DraftTerm(NamedTuple):
    name: str  # "Committee for the Liberation of the Peoples of Russia", "2nd Shock Army"
    aliases: tuple[str, ...]  # "KONR" (an acronym defined in parentheses), short forms used
    kind: str  # "organisation", "unit", "place", "document", "award", "event", "other"
    sentence: int  # index of its defining sentence (the first that says what it is)
    sentences: tuple[int, ...]  # every sentence naming it
    confidence: float
    description: str = ""  # the article's defining phrase ("a Marathi newspaper"), "" when it has none


# How sure each kind of evidence makes a term.
DEFINED, HEADED, PLACED, REPEATED, QUOTED, ONCE, BARE = 0.9, 0.8, 0.6, 0.5, 0.7, 0.4, 0.3
MINIMUM = 0.3

_CONNECTORS = frozenset("of the for de la del du and".split())
_GEOGRAPHIC_HEADS = frozenset("river lake sea ocean mountains island islands bay gulf".split())
_PLURAL_UNITS = frozenset("armies divisions regiments brigades battalions fleets fronts squadrons legions".split())
_LONE_TITLES = frozenset([*TITLES, "Führer", "Kaiser", "Duce", "Caudillo", "Shogun", "Pharaoh", "Khan"])
# Lower-case words that end a name written with them ("the Lucknow pact", "the Swadeshi movement", "the
# New English school"), with the kind they give it.
_LOWER_HEADS = {
    "movement": "other",
    "pact": "document",
    "school": "organisation",
    "college": "organisation",
    "triumvirate": "other",
    "conspiracy": "event",
    "festival": "event",
    "claims": "event",  # "the Alabama claims": a dispute, not the ship
}
_WRITING_VERBS = frozenset("wrote published authored".split())  # "he wrote the Gita Rahasya"
_LEAD_EVENTS = frozenset("partition annexation unification abolition".split())  # "the Partition of Bengal"
_NO_TERMS = frozenset("God Almighty Heaven Hell".split())  # a faith's words, never a key term of a history
_ABSTRACT_ENDINGS = ("ism", "ness")  # "Hinduism", "Alienness": an idea, not a named thing
_PERSON_BEFORE = re.compile(r"\b(?:married(?: to)?|wife|husband|son|daughter|the philosopher|the saint|the poet)\s+$")
_PARENTHESES = re.compile(r"\(([^()]{1,120})\)")
_ACRONYM = re.compile(r"^([A-Z][A-Z0-9\-]{1,7})(?:,\s*(.+))?$")
_RENAMED = re.compile(r"^(?:now|formerly|called|or|also|today|later|also called)\s+(?:the\s+)?(.+)$")
_STYLE_WORDS = frozenset("style styles manner fashion tradition".split())  # "in the Gothic style": no place
_QUOTED_TITLE = re.compile(
    r"\b(?:titled|entitled|called|named)\s+[\"“]((?:[A-Z0-9]|the )[^\"”]{2,79}?)[.,]?[\"”]"
    r"|\bauthor of ((?:[A-Z][\w’'\-]*)(?: (?:[a-z]{1,4} )*[A-Z][\w’'\-]*)*)"
)


@dataclass
class _Term:
    name: str
    kind: str
    sentence: int
    confidence: float
    aliases: list[str] = field(default_factory=list)
    numbered: bool = False


def find_terms(article: str, sentences: Sequence[Sentence], person_forms: Collection[str]) -> list[DraftTerm]:
    """The terms the article names, in the order it first names them. `person_forms` are every form
    of every person found (never a term)."""
    finder = _Finder(article, sentences, frozenset(person_forms))
    for index, sentence in enumerate(sentences):
        if sentence.kind in ("text", "caption"):
            finder.read(index, sentence)
    terms = finder.terms()
    named = naming_sentences(sentences, [[term.name, *term.aliases] for term in terms])
    found = []
    for term, indexes in zip(terms, named, strict=True):
        text_sentences = [index for index in indexes if sentences[index].kind in ("text", "caption")]
        defining = term.sentence if term.sentence in indexes else (text_sentences or [term.sentence])[0]
        context = context_of([term.name, *term.aliases], [(index, sentences[index].text) for index in text_sentences])
        kind = term.kind
        if context.kind and not _kind(tokens(term.name)):  # the name's own head word says more
            kind = context.kind
        if context.description:
            defining = context.sentence
        found.append(
            DraftTerm(
                term.name,
                tuple(term.aliases),
                kind,
                defining,
                indexes or (defining,),
                term.confidence,
                context.description,
            )
        )
    return found


class _Finder:
    """Reads the article sentence by sentence, then gives the terms it found (`terms`)."""

    def __init__(self, article: str, sentences: Sequence[Sentence], people: frozenset[str]) -> None:
        self.article = article
        self.sentences = sentences
        self.people = people
        self.person_words = frozenset(word for form in people for word in form.split())
        self.lowercase = lowercase_words(article)
        self.capitals = frozenset(re.findall(r"\b[A-Z][\w]*", article))
        self.by_name: dict[str, _Term] = {}
        self.single_counts: dict[str, list[int]] = {}  # a lone capitalised word -> its sentences
        self.moved_to: set[str] = set()  # lone words written after "to", "from" or "of"
        self.travelled: set[str] = set()  # lone words written right after "to" or "from" ("to Tunis")
        self.inside: set[str] = set()  # lone words written somewhere other than a sentence's start
        self.bare: dict[str, list[int]] = {}  # names of several words with no kind -> their sentences

    def read(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        words = tokens(text)
        titles = []
        for match in _QUOTED_TITLE.finditer(text):
            title = (match.group(1) or match.group(2) or "").strip()
            if title and title not in self.people:
                self._add(title, "document", index, QUOTED)
                titles.append(range(match.start(), match.end()))
        titles.extend(self._parentheses(index, sentence))
        for first, last in runs(text, words, _CONNECTORS, numbered=True):
            if any(words[first].start in title for title in titles):
                continue
            for piece in _pieces(words[first:last]):
                at_start = piece[0] is words[0] or words[words.index(piece[0]) - 1].text in "“\"‘'"
                run = self._trim(piece, at_start)
                if run and words.index(run[0]) > 0 and words[words.index(run[0]) - 1].text == "All" and _kind(run):
                    run = [words[words.index(run[0]) - 1], *run]  # "the All India Home Rule League"
                if run:
                    self._consider(index, sentence, words, run)
        self._lower_heads(index, words)

    def _lower_heads(self, index: int, words: list[Token]) -> None:
        """Names whose head word is written lower-case: "the Lucknow pact", "the Boycott movement"."""
        for position, head in enumerate(words):
            if head.text not in _LOWER_HEADS:
                continue
            first = position
            while first > 0 and position - first < 3 and _capital_word(words[first - 1]):
                first -= 1
            named = [token for token in words[first:position] if token.lower not in FUNCTION_WORDS]
            if (first == 0 or len(named) == 1) and named and common_word(named[0], self.lowercase):
                named = named[1:]  # "High school", "The movement"
            if not named or all(is_demonym(token, self.capitals) for token in named):
                continue  # "the Indian school": no name
            name = " ".join(token.text for token in [*named, head])
            if " ".join(token.text for token in named) not in self.people:
                self._add(name, _LOWER_HEADS[head.text], index, HEADED)

    def _trim(self, run: list[Token], at_start: bool) -> list[Token]:
        """The run without a common word that begins a sentence, a people's word before a name that
        has no head word ("Nazi Germany" -> "Germany"), a title, and connectors at its ends; [] when
        what is left is a person's name or nothing worth a term."""
        if at_start and run and common_word(run[0], self.lowercase) and run[0].lower not in LEAD_KINDS:
            if not self._named_inside(run):  # "All India Home Rule League" as a heading and in the text
                run = run[1:]
        while run and (_compound_adjective(run[0]) or _spelled_ordinal(run[0])):
            if len(run) > 1 and _kind(run[1:]) == "unit":
                break
            run = run[1:]  # "a Pune-based Congress politician", "the first Congress leader"
        while run and title_length(run):
            run = run[title_length(run) :]
        for inner in range(1, len(run) - 1):  # "Army Group North Commander Field Marshal Otto Lindqvist"
            length = title_length(run[inner:])
            if length and " ".join(token.base for token in run[inner + length :]) in self.people:
                run = run[:inner]
                break
        if run and not _head_kind(run):
            while run and is_demonym(run[0], self.capitals):
                run = run[1:]
            while run and is_demonym(run[-1], self.capitals):
                run = run[:-1]
        while run and (run[-1].lower in _CONNECTORS or run[-1].kind != "word" and not is_ordinal(run[-1])):
            if run[-1].kind in ("initials",) and len(run) > 1:
                break
            run = run[:-1]
        while run and run[0].lower in _CONNECTORS:
            run = run[1:]
        if not run:
            return []
        name = " ".join(token.base for token in run)
        if name in self.people or any(name.startswith(f"{form} ") for form in self.people):
            return []
        if all(is_ordinal(token) or is_roman(token) or is_date_word(token) for token in run):
            return []
        if any(is_date_word(token) for token in run) and not _head_kind(run):
            return []
        return run

    def _named_inside(self, run: list[Token]) -> bool:
        """Whether the run's words stand together somewhere after a lower-case word."""
        name = " ".join(token.text for token in run)
        return len(run) > 2 and re.search(rf"[a-z,] {re.escape(name)}\b", self.article) is not None

    def _consider(self, index: int, sentence: Sentence, words: list[Token], run: list[Token]) -> None:
        name = sentence.text[run[0].start : run[-1].base_end]
        if len(run) == 1 and (run[0].lower in HEAD_KIND or run[0].lower in LEAD_KINDS):
            if HEAD_KIND.get(run[0].lower) == "organisation" and words.index(run[0]) > 1:
                self._add(name, "organisation", index, REPEATED)  # "the Senate"
            return  # "the Army", "the Front": a short form this module cannot place
        numbered = any(is_ordinal(token) for token in run)
        kind = _kind(run)
        position = words.index(run[0])
        if not kind and position > 0 and _written(words, position):
            kind = "document"  # "he wrote the Gita Rahasya"
        if not kind and len(run) > 2 and run[0].lower in _LEAD_EVENTS:
            kind = "event"
        if numbered and run[-1].lower in _PLURAL_UNITS:
            return  # "the 2nd and 59th Armies": two units, neither named in full
        if kind:
            self._add(name, kind, index, HEADED, numbered)
            return
        if any(token.kind == "ordinal" for token in run):  # "2nd Udarnaia", not "Third Reich"
            self._add(name, "unit", index, BARE, numbered)
            return
        after = position + len(run)
        styled = after < len(words) and words[after].lower in _STYLE_WORDS  # "in the Art Nouveau style"
        if _placed(words, position) and not _studied(words, position) and not styled:
            self._add(name, "document" if _titled(words, position) else "place", index, PLACED)  # "In The Orion"
            return
        if len(run) == 1:
            self._single(index, words, position)
            return
        self.bare.setdefault(name, []).append(index)

    def _single(self, index: int, words: list[Token], position: int) -> None:
        """Counts a lone capitalised word, a term if the article names it twice or more, or once
        after "to", "from" or "of" ("to Rome", "the market of Narbo")."""
        token = words[position]
        word = token.base
        if word in self.person_words or token.lower in self.lowercase or is_demonym(token, self.capitals):
            return
        if token.kind != "word" or token.lower in HEAD_KIND or token.lower in FUNCTION_WORDS or token.lower in COMPASS:
            return  # "the Army", "the West"
        if word in _LONE_TITLES:
            return  # "the Führer", "the Emperor": a person's title, not a term
        if len(word) < 2 or word in _NO_TERMS or word.lower().endswith(_ABSTRACT_ENDINGS):
            return  # "B" cut out of "L.L.B", "God", "Hinduism"
        if self._derived(word) or self._person_like(index, words, position):
            return
        if position > 0 and words[position - 1].text not in "\"“‘'(":
            self.inside.add(word)
        self.single_counts.setdefault(word, []).append(index)
        if _after_place_word(words, position):
            self.moved_to.add(word)
            if words[position - 1].lower in ("to", "from"):
                self.travelled.add(word)

    def _derived(self, word: str) -> bool:
        """Whether the word is an adjective made of another capitalised word ("Maharashtrian" of
        "Maharashtra", "Gandhian" of "Gandhi")."""
        if not word.endswith(("ian", "an")):
            return False
        return any(
            other != word and len(other) >= 4 and word.startswith(other[:-1]) and len(word) - len(other) <= 3
            for other in self.capitals
        )

    def _person_like(self, index: int, words: list[Token], position: int) -> bool:
        """Whether a lone name stands where a person does: after "married to", "his wife", "the
        philosopher", or beside a person in a pair ("by Ramanuja and Adi Shankara")."""
        text = self.sentences[index].text
        token = words[position]
        if _PERSON_BEFORE.search(text[: token.start]):
            return True
        after = text[token.end :]
        before = text[: token.start]
        pairs = [form for form in self.people if " " in form]
        return any(after.startswith(f" and {form}") or before.endswith(f"{form} and ") for form in pairs)

    def _parentheses(self, index: int, sentence: Sentence) -> list[range]:
        """Reads the acronyms and other names given in parentheses; returns where those are."""
        text = sentence.text
        read = []
        for match in _PARENTHESES.finditer(text):
            before = tokens(text[: match.start()].rstrip())
            spans = runs(text, before, _CONNECTORS, numbered=True)
            if not spans or before[spans[-1][1] - 1].end != len(text[: match.start()].rstrip()):
                continue
            run = self._trim(before[spans[-1][0] : spans[-1][1]], False)
            if not run:
                continue
            name = text[run[0].start : run[-1].base_end]
            if _PERSON_BEFORE.search(text[: run[0].start]):
                continue  # "married to Tapibai (née Bal)": a person, whose name names.py may miss
            inside = match.group(1).strip()
            acronym = _ACRONYM.match(inside)
            if acronym:
                term = self._add(name, _kind(run) or "organisation", index, DEFINED)
                term.sentence = index
                term.confidence = DEFINED
                for alias in acronym.groups():
                    if alias:
                        self._alias(term, alias.strip())
                read.append(range(match.start(), match.end()))
                continue
            renamed = _RENAMED.match(inside)
            alias = _leading_run(renamed.group(1) if renamed else inside, whole=not renamed)
            if alias and alias not in self.people and len(alias.strip(".")) > 1:
                numbered = any(is_ordinal(token) for token in run)
                kind = _kind(run) or ("unit" if numbered else "place" if renamed else "other")
                term = self._add(name, kind, index, DEFINED if not renamed else PLACED, numbered)
                self._alias(term, alias)
                read.append(range(match.start(), match.end()))
        return read

    def _alias(self, term: _Term, alias: str) -> None:
        """Gives `term` another name, whose head word may say its kind ("Committee ..."), and folds in
        a term already found under that name."""
        if term.kind in ("organisation", "place", "other"):
            kind = _kind(tokens(alias))
            if kind and term.kind != kind and kind != "place":
                term.kind = kind
        if alias != term.name and alias not in term.aliases:
            term.aliases.append(alias)
        other = self.by_name.pop(alias, None)
        if other is not None and other is not term:
            term.confidence = max(term.confidence, other.confidence)

    def _add(self, name: str, kind: str, index: int, confidence: float, numbered: bool = False) -> _Term:
        """The term of that name (or alias), found first in sentence `index`: the surest evidence
        decides its kind."""
        owner = next((term for term in self.by_name.values() if name in term.aliases), None)
        if owner is not None:
            return owner
        term = self.by_name.setdefault(name, _Term(name, kind, index, confidence, numbered=numbered))
        if confidence > term.confidence:
            term.kind, term.confidence = kind, confidence
        return term

    def terms(self) -> list[_Term]:
        """Every term read, with the lone words and the unkinded names of several words that earn a
        place, short forms folded into full ones, in the order the article names them."""
        for word, indexes in self.single_counts.items():
            if word in self.by_name or any(word in term.aliases for term in self.by_name.values()):
                continue
            if word not in self.inside and not word.isupper():
                continue  # "However", "Moreover": only ever a sentence's first word
            if len(indexes) >= 2 or word.isupper():
                kind = "organisation" if word.isupper() else "place" if word in self.travelled else "other"
                self._add(word, kind, indexes[0], REPEATED)  # "to Tunis", "the Sultan of Morocco": a place
            elif word in self.moved_to:
                self._add(word, "place", indexes[0], ONCE)
        for name, indexes in self.bare.items():
            if name not in self.by_name and not any(name in term.aliases for term in self.by_name.values()):
                kind = "place" if name.split()[0].lower() in ("west", "east", "north", "south") else "other"
                self._add(name, kind, indexes[0], REPEATED if len(indexes) > 1 else BARE)  # "West Berlin"
        self._acronym_units()
        terms = [term for term in self.by_name.values() if term.confidence >= MINIMUM]
        terms = _merge_short_forms(terms, self.lowercase)
        return sorted(terms, key=lambda term: (term.sentence, self.article.find(term.name)))

    def _acronym_units(self) -> None:
        """A defined acronym before a lower-case unit's word names a term too: "the KONR army"."""
        acronyms = {alias for term in list(self.by_name.values()) for alias in term.aliases if _ACRONYM.match(alias)}
        if not acronyms:
            return
        words = "|".join(sorted(word for word, kind in HEAD_KIND.items() if kind in ("unit", "organisation")))
        names = "|".join(re.escape(acronym) for acronym in sorted(acronyms))
        pattern = re.compile(rf"\b(?:{names}) (?:{words})\b")
        for index, sentence in enumerate(self.sentences):
            if sentence.kind in ("text", "caption"):
                for match in pattern.finditer(sentence.text):
                    self._add(match.group(), _kind(tokens(match.group())), index, REPEATED)


def _pieces(run: list[Token]) -> list[list[Token]]:
    """A run cut where it joins two names: at "and" ("the 1st Division and the U.S. 16th Armored
    Division"; not "Protectorate of Bohemia and Moravia"), at "of" between two headed names ("14th
    Mechanized Corps of the Ukrainian Front"), and before "of" and a date ("Prague Manifesto of
    November")."""
    for index, token in enumerate(run):
        if token.lower == "and" and run[0].lower not in LEAD_KINDS:
            return [*_pieces(run[:index]), *_pieces(run[index + 1 :])]
        if token.lower in ("of", "for") and index + 1 < len(run):
            rest = run[index + 1 :]
            while rest and rest[0].lower in _CONNECTORS:
                rest = rest[1:]
            if rest and is_date_word(rest[0]):
                return _pieces(run[:index])
            if rest and _head_kind(run[:index]) and run[index - 1].lower in HEAD_KIND and _head_kind(rest):
                if rest[-1].lower in HEAD_KIND:
                    return [*_pieces(run[:index]), *_pieces(rest)]
    return [run] if run else []


def _merge_short_forms(terms: list[_Term], lowercase: Collection[str]) -> list[_Term]:
    """Folds a unit's shorter forms into its full name ("1st Division" and "2nd Shock" into "KONR 1st
    Division" and "2nd Shock Army"), and a river's bare name into its name ("Volga")."""
    kept = []
    spellings: dict[str, _Term] = {}
    for term in terms:
        same = spellings.setdefault(term.name.replace("-", " "), term)
        if same is not term:  # "Lal-Bal-Pal triumvirate" and "Lal Bal Pal triumvirate"
            same.sentence = min(same.sentence, term.sentence)
            continue
        if term.name.lower() in lowercase and any(_other_head(term, other) for other in terms):
            continue  # "Government" beside "Government Law College": the bare word names neither for sure
        fuller = next((other for other in terms if other is not term and _shorter(term, other)), None)
        if fuller is None:
            kept.append(term)
            continue
        for alias in [term.name, *term.aliases]:
            if alias not in fuller.aliases and alias != fuller.name:
                fuller.aliases.append(alias)
        fuller.sentence = min(fuller.sentence, term.sentence)
    return kept


def _other_head(term: _Term, fuller: _Term) -> bool:
    """Whether a lone head word ("Government") begins a longer name whose head is another word
    ("Government Law College"; not "Ministry of Finance", whose head it is)."""
    word = term.name
    if " " in word or word.lower() not in HEAD_KIND or not fuller.name.startswith(f"{word} "):
        return False
    return fuller.name.split()[1].lower() not in ("of", "for")


def _shorter(term: _Term, fuller: _Term) -> bool:
    short, long = term.name, fuller.name
    if len(short) >= len(long):
        return False
    if term.kind == fuller.kind and long.startswith(f"{short} ") and not _part_of(short, long):
        return True  # "Lex Varia" of "Lex Varia de Aquis"; not "Mexico" of "Mexico City", "Union" of "Union Navy"
    if term.kind == fuller.kind and " " in short and long.endswith(f" {short}"):
        return True  # "Home Rule League" of "All India Home Rule League"
    if term.numbered and fuller.numbered:
        return long.endswith(f" {short}") or long.startswith(f"{short} ")
    words = long.split()
    return len(words) == 2 and words[-1].lower() in _GEOGRAPHIC_HEADS and words[0] == short


def _part_of(short: str, long: str) -> bool:
    """Whether the longer name is a part of the thing the shorter names: "Mexico City" of the country
    Mexico (not "New York City" of New York), "Union Navy" of the Union."""
    last = long.split()[-1]
    return last in ("Navy", "Army", "Government") or last == "City" and short.lower() in PLACE_NAMES


def _head_kind(run: Sequence[Token]) -> str:
    """The kind the run's words make it: its last word (or the one before a compass word or a roman
    numeral: "Army Group South", "World War II"), or its first ("Order of Lenin")."""
    words = [token for token in run if token.kind in ("word", "ordinal")]
    if not words:
        return ""
    for token in reversed(words[-2:]):
        if token.lower in HEAD_KIND:
            return HEAD_KIND[token.lower]
        if token.lower not in COMPASS and not is_roman(token):
            break
    if len(words) > 1 and words[0].lower in LEAD_KINDS:
        return LEAD_KINDS[words[0].lower]
    joined = next((index for index, token in enumerate(words) if token.lower in ("of", "for")), 0)
    if joined and words[joined - 1].lower in HEAD_KIND:
        return HEAD_KIND[words[joined - 1].lower]  # "Golden Order of the Dragon"
    return ""


def _kind(run: Sequence[Token]) -> str:
    """The run's kind from its words: a unit has a number ("20th Army"); an army without one is an
    organisation ("Red Army", "Russian Liberation Army")."""
    kind = _head_kind(run)
    if kind == "unit" and not any(is_ordinal(token) for token in run):
        head = next((token.lower for token in reversed(run) if token.lower in HEAD_KIND), "")
        if head in ("army", "armies", "navy", "front", "group"):
            return "organisation" if head != "front" else "unit"
    return kind


def _after_place_word(words: list[Token], position: int) -> bool:
    """Whether the word at `position` follows "to", "from" or "of" (and perhaps "nearby")."""
    index = position - 1
    if index >= 0 and words[index].lower in ("nearby", "distant", "the", *COMPASS):
        index -= 1
    return index >= 0 and words[index].lower in ("to", "from", "of")


def _titled(words: list[Token], position: int) -> bool:
    """Whether a capitalised "The" inside the sentence opens the name: a work's title ("In The Orion")."""
    return position >= 2 and words[position - 1].text == "The"


def _spelled_ordinal(token: Token) -> bool:
    """ "first", "second" written in lower case: "the first Congress leader", not "2nd"."""
    return token.text.isalpha() and token.text.islower() and is_ordinal(token)


def _capital_word(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper()


def _written(words: list[Token], position: int) -> bool:
    """Whether the word at `position` follows "wrote", "published" (and perhaps "the", "his")."""
    index = position - 1
    if index >= 0 and words[index].lower in ("the", "a", "his", "her", "their"):
        index -= 1
    return index >= 0 and words[index].lower in _WRITING_VERBS


def _compound_adjective(token: Token) -> bool:
    """ "Pune-based", "Gandhi-inspired": a name made an adjective, never a term's first word."""
    parts = token.text.split("-")
    return len(parts) > 1 and parts[-1].islower()


_STUDY_WORDS = frozenset("class degree degrees honours honors major studies course courses examination".split())


def _studied(words: list[Token], position: int) -> bool:
    """Whether "in" before the word follows a course's word: "first class in Mathematics"."""
    return position >= 2 and words[position - 1].lower == "in" and words[position - 2].lower in _STUDY_WORDS


def _placed(words: list[Token], position: int) -> bool:
    """Whether the words before `position` say a place follows: "in", "near", "south of", "in
    southern"."""
    index = position - 1
    if index >= 0 and words[index].lower == "the":
        index -= 1
    if index >= 0 and words[index].lower in COMPASS:
        index -= 1
    if index < 0:
        return False
    if words[index].lower in PLACE_PREPOSITIONS:
        return True
    return words[index].lower == "of" and index >= 1 and words[index - 1].lower in COMPASS


def _leading_run(text: str, whole: bool) -> str:
    """The capitalised name at the start of `text` ("Protectorate of Bohemia and Moravia since the
    German occupation" -> its name), or "" when `text` does not begin with one; with `whole`, the
    name must be all of `text` ("Foreign Armies East", not "right")."""
    words = tokens(text)
    spans = runs(text, words, _CONNECTORS, numbered=True)
    if not spans or spans[0][0] != 0:
        return ""
    first, last = spans[0]
    name = text[words[first].start : words[last - 1].end]
    if whole and name != text and not _title_case(text):
        return ""
    return name if not whole or name == text else text


def _title_case(text: str) -> bool:
    words = text.split()
    return bool(words) and all(word[0].isupper() or word in FUNCTION_WORDS for word in words)
