"""Drafted terms that are no key term of their own, and short terms that are a fuller term's other name.

No term: a piece of a person's name ("John" of "John P. Saunders", "John P.", a surname misspelt
by a letter), an office ("Director of the Intelligence Bureau": who someone was, not a body), a
faith's word ("Almighty"), an adjective made of a name ("Gandhian"), a name cut out of a quotation
("Live Socialist Revolution" of "Long Live Socialist Revolution"). A name only ever written before
"case" names that case ("the Assembly Bomb case"). A short term whose words all stand, in order and
with the same head word, in exactly one fuller term of the same kind is that term's other name
("Commission" of "Simon Commission", "Central Assembly" of "Central Legislative Assembly"), and so
is a place that names where a fort or a jail stands ("Central Jail Mianwali"). A teacher deleted
each of these from a drafted bank."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from vlasov_cli.features.draft.name_words import HEAD_KIND, PARTICLES, PLACE_NAMES, ROLE_NOUNS
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.terms import DraftTerm

_FAITH_WORDS = frozenset("God Almighty Heaven Hell Lord Providence".split())
_OFFICE_OPENERS = frozenset("assistant deputy chief vice acting joint additional senior".split())
_BUILDING_WORDS = frozenset("fort jail gaol prison camp castle fortress citadel".split())
_PAPER_WORDS = frozenset(["tribune"])  # a newspaper's name too: "Tribune of Lahore"
# Lone words that name whichever one the sentence is about ("the Government", "the Department").
_MANY = frozenset("Government Department Ministry Union State Administration Court".split())
_ACRONYM = re.compile(r"[A-Z][A-Z.]{1,7}")
# A capitalised word (not the sentence's first) right before a name: a longer name ("Northern India").
_CAPITAL_BEFORE = re.compile(r"\S [A-Z][\w’'.\-]* $")
_BODY_OF = re.compile(r"([A-Z][\w’'\-]*) of(?: the)? $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
_CASE_WORDS = ("case", "trial", "affair")


def fit_terms(
    terms: Sequence[DraftTerm], article: str, person_forms: Collection[str], found: Sequence[Sentence]
) -> list[DraftTerm]:
    """The terms without those that are none, each named as its mentions say ("X case"), with short
    terms folded into the one fuller term they name, each described only by sentences that name it
    as itself."""
    person_words = {word for form in person_forms for word in _own_name_words(form)}
    lowercase = frozenset(re.findall(r"(?<![\w’'])[a-z][\w-]*", article))
    capitals = frozenset(re.findall(r"\b[A-Z][a-z]{3,}\b", article))
    kept = [
        _as_case(term, article)
        for term in terms
        if not _piece_of_person(term, article, person_forms, person_words)
        and not _office(term)
        and term.name not in _FAITH_WORDS
        and not _adjective_of_name(term, capitals)
        and not _cut_from_quote(term, article)
    ]
    folded = _folded_into_fuller(kept, lowercase)
    told = [_told_as_itself(term, folded, found) for term in folded]
    return [term for term in told if term is not None]


def _told_as_itself(term: DraftTerm, terms: Sequence[DraftTerm], found: Sequence[Sentence]) -> DraftTerm | None:
    """The term described only by the sentences that name it as itself, not as a piece of another
    name ("India" in "Northern India", "the Parliament of the United Kingdom", "India Law Journal");
    None for a place the article names only so."""
    forms = [form for form in (term.name, *term.aliases) if form]
    longer = [
        other_form
        for other in terms
        if other is not term
        for other_form in (other.name, *other.aliases)
        if any(form in other_form and form != other_form for form in forms)
    ]
    free = [index for index in term.sentences if _names_itself(found[index].text, forms, longer)]
    if not free:
        return None if term.kind == "place" else term
    if term.sentence in free:
        return term._replace(sentences=tuple(free))
    return term._replace(sentence=free[0], sentences=tuple(free), description="")


def _names_itself(text: str, forms: Sequence[str], longer: Sequence[str]) -> bool:
    inside = [
        range(match.start(), match.end())
        for other in longer
        for match in re.finditer(rf"(?<![\w\-]){re.escape(other)}(?![\w\-])", text)
    ]
    for form in forms:
        for match in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text):
            if any(match.start() in span for span in inside):
                continue
            if _CAPITAL_BEFORE.search(text, 0, match.start()) or _CAPITAL_AFTER.match(text, match.end()):
                continue
            body = _BODY_OF.search(text, 0, match.start())
            if body and HEAD_KIND.get(body.group(1).lower()) in ("organisation", "document"):
                continue  # "the Parliament of the United Kingdom"; not "the Viceroy of India"
            return True
    return False


def _own_name_words(form: str) -> list[str]:
    """The words of a person's name that are theirs: not a land after "of" ("Chu" of "Huai of Chu")."""
    words = form.split()
    return [
        word.strip(",")
        for position, word in enumerate(words)
        if len(word) > 2 and (position == 0 or words[position - 1].lower() not in PARTICLES | {"of"})
    ]


def _piece_of_person(
    term: DraftTerm, article: str, person_forms: Collection[str], person_words: Collection[str]
) -> bool:
    """Whether the term is a piece of a person's name: the start of a fuller form ("John P." of "John
    P. Saunders"), or one word of a name that is no known place ("Gopal" of "Jai Gopal") or that word
    with a letter more or less ("Saunder" of "Saunders")."""
    name = term.name
    if term.kind not in ("place", "other"):
        return False
    if any(form.startswith(f"{name} ") for form in person_forms):
        return True
    if " " in name or name.lower() in PLACE_NAMES or name.lower() in HEAD_KIND:
        return False
    if name in person_words:
        return True
    owned = re.search(rf"(?<!\w){re.escape(name)}[’']s\b", article)
    if not owned or re.search(rf"(?<!\w){re.escape(name)}(?![\w’'])", article):
        return False  # a misspelling is told by its possessive only ("Saunder's murder"), never a place ("at Kolding")
    from rapidfuzz.distance import Levenshtein

    return len(name) >= 6 and any(
        abs(len(word) - len(name)) == 1 and Levenshtein.distance(word, name, score_cutoff=1) <= 1
        for word in person_words
    )


def _office(term: DraftTerm) -> bool:
    """Whether the term names an office ("Assistant Superintendent of Police", "Director of the
    Intelligence Bureau"): words for a person's post before "of"."""
    before, of, _ = term.name.partition(" of ")
    words = before.lower().split()
    return (
        bool(of and words)
        and words[-1] not in _PAPER_WORDS
        and words[-1] in ROLE_NOUNS
        and all(word in ROLE_NOUNS or word in _OFFICE_OPENERS for word in words)
    )


def _adjective_of_name(term: DraftTerm, capitals: Collection[str]) -> bool:
    """Whether a lone word is an adjective made of another capitalised word ("Gandhian" of "Gandhi")."""
    word = term.name
    if not word.isalpha() or not word.endswith(("ian", "an", "ite")):
        return False
    return any(
        other != word and len(other) >= 4 and word.startswith(other[:-1]) and len(word) - len(other) <= 3
        for other in capitals
    )


def _cut_from_quote(term: DraftTerm, article: str) -> bool:
    """Whether every mention of the name follows a capitalised word that opens a quotation: a piece of
    a slogan or a title ("Long Live Socialist Revolution", "Workers and Peasants Party")."""
    mentions = list(re.finditer(rf"(?<!\w){re.escape(term.name)}(?!\w)", article))
    opened = re.compile(r"[\"“‘'][A-Z][\w’']*(?: (?:[A-Z][\w’']*|and|of|the))* $")
    return bool(mentions) and all(opened.search(article, max(0, m.start() - 60), m.start()) for m in mentions)


def _as_case(term: DraftTerm, article: str) -> DraftTerm:
    """A place or a bare name only ever written before "case" ("the Assembly Bomb case"), named as
    that case."""
    if term.kind not in ("place", "other") or " " not in term.name:
        return term
    after = re.findall(rf"(?<!\w){re.escape(term.name)}(?!\w) ?(\w*)", article)
    lower = {word for word in after if not word[:1].isupper()}  # "Assembly Bomb Statement": a longer name
    if len(lower) != 1 or not lower <= set(_CASE_WORDS):
        return term
    return term._replace(name=f"{term.name} {lower.pop()}", kind="event")


def _folded_into_fuller(terms: list[DraftTerm], lowercase: Collection[str]) -> list[DraftTerm]:
    """The terms with each short one folded into the one fuller name it is part of; a lone word of a
    thing's kind that the article also writes in lower case ("the Government", "the government")
    names none of them for sure, and goes."""
    kept = list(terms)
    for term in sorted(terms, key=lambda term: len(term.name.split())):
        fuller = [other for other in kept if other is not term and _names_part_of(term, other)]
        widest = [one for one in fuller if not any(two is not one and _names_part_of(one, two) for two in fuller)]
        if fuller and term.name.lower() in HEAD_KIND and (term.name.lower() in lowercase or term.name in _MANY):
            kept.remove(term)
            continue
        if len(widest) != 1 or term not in kept or any(_ACRONYM.fullmatch(alias) for alias in term.aliases):
            continue  # a name with an acronym of its own ("HRA") is no short form
        into = kept.index(widest[0])
        aliases = [alias for alias in (*widest[0].aliases, term.name, *term.aliases) if alias != widest[0].name]
        kept[into] = widest[0]._replace(
            aliases=tuple(dict.fromkeys(aliases)),
            sentences=tuple(dict.fromkeys((*widest[0].sentences, *term.sentences))),
            confidence=max(widest[0].confidence, term.confidence),
        )
        kept.remove(term)
    return kept


def _names_part_of(short: DraftTerm, fuller: DraftTerm) -> bool:
    """Whether the short term's words stand in the fuller name in order and end it, both of one kind
    (never a place, which a longer name may only be named after: "Mexico" of "Mexico City"), or the
    short name is a place a fort or a jail is named by."""
    words, long = short.name.split(), fuller.name.split()
    if [word.casefold() for word in (*words, _CASE_WORDS[0])] == [word.casefold() for word in long]:
        return True  # "Lahore conspiracy" of "Lahore Conspiracy Case"
    if len(words) >= len(long) or words[-1] != long[-1]:
        return False
    if short.kind == "place":
        return fuller.kind == "place" and len(words) == 1 and any(word.lower() in _BUILDING_WORDS for word in long)
    if short.kind != fuller.kind or short.kind == "other" or " of " in fuller.name:
        return False  # "Obrovac" and "Stari Obrovac", "Jews" and "Protector of the Jews": other things
    position = 0
    for word in long:
        if position < len(words) and word == words[position]:
            position += 1
    return position == len(words)
