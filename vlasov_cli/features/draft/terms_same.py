"""Terms the finder drafted twice under two names of one thing, folded into one with the other as an
alias ("Britain" into "Great Britain", "American Civil War" into "U.S. Civil War", "Confederacy" into
"Confederate States of America"); kinds a term's name says better than its sentence does (a country is
a place, the Liberals a party); a name cut short of the possessive it is always written with ("Bay
Company" of "Hudson’s Bay Company"). Four teachers fixed each of these by hand in their reviews."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from vlasov_cli.features.draft.name_words import (
    COMPASS,
    DEMONYMS,
    FUNCTION_WORDS,
    HEAD_KIND,
    LEAD_KINDS,
    PLACE_NAMES,
    TITLES,
)
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.terms import DraftTerm
from vlasov_cli.features.draft.terms_unfit import fit_terms

# Names of one country written before a name: "U.S. Civil War" and "American Civil War".
_COUNTRY_FORMS = (
    ("U.S.", "US", "United States", "American", "U.S.A.", "USA"),
    ("U.K.", "UK", "United Kingdom"),
    ("USSR", "U.S.S.R.", "Soviet Union", "Soviet"),
)
_SAME_COUNTRY = {form: forms[0] for forms in _COUNTRY_FORMS for form in forms}
# Words naming a party or faction by its members: "the Liberals", "the Moderates" (no place, no "other").
_FACTIONS = frozenset(
    """
    liberal conservative moderate extremist radical republican democrat whig tory tories loyalist
    federalist jacobin girondin bolshevik menshevik royalist unionist nationalist patriot
    """.split()
)
# A word before a lone name that makes it another place: "New Mexico" is not Mexico.
_OTHER_PLACE = frozenset(["new", "old", "upper", "lower", "little", "greater", "south", "north", "east", "west"])
# Titles before a person's whole name: "British Prime Minister Henry John Temple" is a man, no term.
_PERSON_TITLES = tuple(title for title in TITLES if " " in title and not title.endswith("."))
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]+)[’']s\s+$")


def settle(
    terms: Sequence[DraftTerm], article: str, person_forms: Collection[str], split: Sequence[Sentence]
) -> list[DraftTerm]:
    """The terms with two names of one thing folded into one, kinds their names say, and names cut
    short of their possessive made whole, in the order given."""
    found = [
        _with_kind(_numbered(_possessive_name(term, article, person_forms, terms), article), article) for term in terms
    ]
    renamed = [term.name for term, was in zip(found, terms, strict=True) if term.name != was.name]
    owners = {re.split(r"[’']s ", name)[0] for name in renamed if re.search(r"[’']s ", name)}
    found = [term for term in found if term.name not in owners]  # "Hudson", only ever "Hudson’s Bay Company"
    found = [term for term in found if not _a_person(term, person_forms) and not _only_adjective(term, article)]
    lowercase = frozenset(re.findall(r"(?<![\w’'])[a-z][\w-]*", article))
    kept: list[DraftTerm] = []
    for term in found:
        same = next((index for index, other in enumerate(kept) if _same_thing(term, other, lowercase)), None)
        if same is None:
            kept.append(term)
            continue
        first, second = kept[same], term
        keep, fold = (second, first) if _fuller(second, first) else (first, second)
        kept[same] = _folded(keep, fold)
    return fit_terms(kept, article, person_forms, split)


def _a_person(term: DraftTerm, person_forms: Collection[str]) -> bool:
    """Whether the term is a person with their office ("Secretary of State William Henry Seward",
    "British Prime Minister Henry John Temple", "State Seward"): a title before two or more names, or a
    person's name at its end where no word of a thing's kind ends it or opens it ("Treaty of Washington",
    "Fort Sumter")."""
    if any(re.search(rf"\b{re.escape(title)}(?: [A-Z]\w+){{2,}}$", term.name) for title in _PERSON_TITLES):
        return True
    words = term.name.split()
    if len(words) < 2 or words[-1].lower() in HEAD_KIND or words[0].lower() in LEAD_KINDS or words[-2] == "of":
        return False
    return any(term.name.endswith(f" {form}") for form in person_forms if form)


def _only_adjective(term: DraftTerm, article: str) -> bool:
    """Whether a joined name is only ever written before a lower-case noun: "an Anglo-American war",
    "the Texas-Mexico border" (an adjective, no term; "Austria-Hungary" stands alone)."""
    if not re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", term.name) or term.kind != "other":
        return False
    after = [match.group(1) for match in re.finditer(rf"\b{re.escape(term.name)}\b\s*(\w*)", article)]
    return bool(after) and all(word.islower() and word not in FUNCTION_WORDS for word in after)


def _same_thing(term: DraftTerm, other: DraftTerm, lowercase: Collection[str]) -> bool:
    """Whether two drafted terms name one thing: the same name after a country's other form ("American
    Civil War", "U.S. Civil War"), a lone name and that name after "Great" or a word of its own ("Britain",
    "Great Britain"; "Gita", "Bhagavad Gita"; never "Mexico" and "New Mexico", nor "India" and "Free
    India", whose first word the article writes in lower case too), a lone noun and the
    adjective another term is also called ("Confederacy", "Confederate"), the one-word alias of a term
    and the last word of another ("Congress Party", called "Congress", and "Indian National Congress"),
    "Indian Government" and "Government of India"."""
    if _lone_and_fuller(term, other, lowercase) or _lone_and_fuller(other, term, lowercase):
        return True
    rules = (_country_forms, _noun_of_adjective, _alias_is_head, _demonym_government)
    return any(rule(term, other) or rule(other, term) for rule in rules)


def _country_forms(one: DraftTerm, two: DraftTerm) -> bool:
    free = _country_free(one.name)
    return one.name != two.name and free is not None and free == _country_free(two.name)


def _country_free(name: str) -> tuple[str, str] | None:
    """A name with its country's form made the same ("United States Government" -> ("U.S.", "Government"));
    None when it opens with none or is a country's name only."""
    for form, canon in _SAME_COUNTRY.items():
        if name.startswith(f"{form} ") and name[len(form) + 1 :][:1].isupper():
            return canon, name[len(form) + 1 :]
    return None


def _lone_and_fuller(lone: DraftTerm, fuller: DraftTerm, lowercase: Collection[str]) -> bool:
    words = fuller.name.split()
    if " " in lone.name or len(words) != 2 or words[1] != lone.name:
        return False
    named_thing = lone.kind == "other" and fuller.kind not in ("other", "place")
    if words[0] != "Great" and (words[0].lower() in lowercase or not named_thing):
        return False  # "Free India", "Tsarist Russia", "Major-General Martindell": not the name of the thing
    if lone.name.lower() in HEAD_KIND or words[0].lower() in _OTHER_PLACE or words[0].lower() in COMPASS:
        return False  # "Navy" of "Union Navy": a generic word; "New Mexico" is another place
    return words[0].lower() not in DEMONYMS  # "Indian Army", "British Navy": of a country, not its name


def _noun_of_adjective(noun: DraftTerm, named: DraftTerm) -> bool:
    if " " in noun.name or len(noun.name) < 8:
        return False
    for alias in named.aliases:
        if " " in alias or alias == noun.name:
            continue
        common = len(_common_start(alias, noun.name))
        if common >= len(noun.name) - 2 and common >= len(alias) - 2:
            return True  # "Confederacy" and "Confederate"
    return False


def _alias_is_head(aliased: DraftTerm, other: DraftTerm) -> bool:
    words = other.name.split()
    return (
        aliased.kind == other.kind
        and len(words) > 2
        and any(" " not in alias and alias == words[-1] and alias in aliased.name for alias in aliased.aliases)
    )


def _demonym_government(one: DraftTerm, two: DraftTerm) -> bool:
    first = one.name.split()
    match = re.fullmatch(r"Government of (?:the )?([A-Z]\w+)", two.name)
    if match is None or len(first) != 2 or first[1] != "Government":
        return False
    place = match.group(1)
    return len(place) >= 4 and first[0].startswith(place[:-1]) and len(first[0]) - len(place) <= 2


def _common_start(one: str, two: str) -> str:
    length = 0
    while length < min(len(one), len(two)) and one[length] == two[length]:
        length += 1
    return one[:length]


def _fuller(one: DraftTerm, two: DraftTerm) -> bool:
    """Whether `one` is the name to keep over `two`: the longer name, except where only a country's
    form tells them apart (then the first drafted stays)."""
    if _country_forms(one, two):
        return False
    if one.name.startswith("Government of ") and two.name.endswith(" Government"):
        return True
    return len(one.name.split()) > len(two.name.split()) or (
        len(one.name.split()) == len(two.name.split()) and len(one.name) > len(two.name)
    )


def _folded(keep: DraftTerm, fold: DraftTerm) -> DraftTerm:
    aliases = [alias for alias in (*keep.aliases, fold.name, *fold.aliases) if alias != keep.name]
    return keep._replace(
        aliases=tuple(dict.fromkeys(aliases)),
        sentences=tuple(dict.fromkeys((*keep.sentences, *fold.sentences))),  # its own first: they describe it
        confidence=max(keep.confidence, fold.confidence),
        kind=keep.kind if keep.kind != "other" else fold.kind,
    )


def _with_kind(term: DraftTerm, article: str) -> DraftTerm:
    """The term with the kind its name says: a country's name is a place ("Great Britain", "France"), a
    party's members' word an organisation ("Liberal", "Moderates"), a building's "House" a place
    ("Parliament House"), an epithet ("the father of Indian unrest") or a name the article calls a
    title ("the title of “Lokmanya”") a title; an alias that is a note ("IAST: Lokamānya") is no name."""
    if any(":" in alias for alias in term.aliases):
        term = term._replace(aliases=tuple(alias for alias in term.aliases if ":" not in alias))
    if term.name.startswith("the ") or re.search(rf"\btitle of [\"“‘']?{re.escape(term.name)}\b", article):
        return term._replace(kind="title")
    if re.fullmatch(r"[A-Z]\w+ House", term.name):
        return term._replace(kind="place")
    words = term.name.lower().split()
    if words and words[0] == "great":
        words = words[1:]
    if words and all(word in PLACE_NAMES for word in words):
        return term._replace(kind="place")
    if len(words) == 1 and (words[0] in _FACTIONS or words[0].rstrip("s") in _FACTIONS):
        return term._replace(kind="organisation")
    return term


def _numbered(term: DraftTerm, article: str) -> DraftTerm:
    """The term with the roman numeral every mention of it is written with ("World War I")."""
    after = {match.group(1) for match in re.finditer(rf"(?<!\w){re.escape(term.name)}(?!\w)( [IVX]+\b)?", article)}
    if len(after) != 1 or None in after or " " not in term.name:
        return term
    return term._replace(name=f"{term.name}{after.pop()}")


def _possessive_name(
    term: DraftTerm, article: str, person_forms: Collection[str], terms: Sequence[DraftTerm]
) -> DraftTerm:
    """The term named with the possessive every mention of it is written after ("Hudson’s Bay Company"),
    when that possessive is no person's and no other term's name ("Britain’s Foreign Office" stays)."""
    if " " not in term.name:
        return term
    owners = set()
    for match in re.finditer(rf"(?<!\w){re.escape(term.name)}(?!\w)", article):
        before = _POSSESSIVE_BEFORE.search(article, max(0, match.start() - 40), match.start())
        owners.add(before.group(0).rstrip() if before else "")
    if len(owners) != 1 or "" in owners:
        return term
    owner = owners.pop()
    word = re.sub(r"[’']s$", "", owner)
    if word in {part for form in person_forms for part in form.split()}:
        return term
    alone = len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", article)) > len(re.findall(re.escape(owner), article))
    if alone and any(word == other.name or word in other.aliases for other in terms):
        return term  # a term of its own, written without the name too
    if word.lower() in PLACE_NAMES or word.lower() in DEMONYMS:
        return term
    return term._replace(name=f"{owner} {term.name}")
