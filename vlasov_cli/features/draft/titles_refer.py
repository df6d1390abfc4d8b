"""The words a title borrows from the text around it, so that it stands alone on a timeline: the name a
pronoun or a "This agreement" stands for ("It captured 58 ships" -> "The Alabama captured 58 ships"), the
verb a list of dates shares with its head ("..., and Brazil on August 1" -> "Brazil granted belligerent
status"), the place a "there" points to ("in Brazil")."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from vlasov_cli.features.draft.titles import event_title, subject_of
from vlasov_cli.features.draft.titles_verbs import is_verb

_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|on|and|de|von)\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*)*"
_FUNCTION_WORDS = {"of", "for", "on", "and", "de", "von", "the"}
# A name, then a relative clause telling what it did: "the British North America Act of 1867, which united"
_THING_THEN_WHICH = rf"(?P<thing>{_NAME}(?:\s+of\s+\d{{4}})?),?\s+(?:which|who|that)\s+(?P<rest>[a-z].*)$"
# "This resulted in the British North America Act, which united ..." -> "The British North America Act united ..."
_RESULTED = re.compile(
    r"^(?:this|that|it|these)\s+(?:resulted in|led to|brought about|gave rise to|culminated in|produced)\s+"
    + _THING_THEN_WHICH,
    re.IGNORECASE,
)
_NAMED_THEN_WHICH = re.compile(_THING_THEN_WHICH.replace(",?", ",").replace("|that", ""))
# A relative clause that interrupts: "The commission, which issued its decision in 1872, rejected ..."
_INTERRUPTING = re.compile(r",\s+(?:which|who|whom|whose|where)\b(?:[^,]|,\s*\d{4}\b)*?,\s*(?=[a-z])")
_DEMONSTRATIVE = re.compile(r"^(?:This|That|These|Those)\s+(?P<noun>[a-z]+)\s+(?P<rest>.+)$")
_NOUN_ASIDE = re.compile(r"^(?:This|That|The|These)\s+[a-z]+,")  # "This agreement, dated ..., known as"
_CALLED = re.compile(rf"\b(?:known as|called|named|titled)\s+(?P<name>{_NAME})")
_PRONOUN = re.compile(r"^(?P<pronoun>It|He|She)\s+(?P<rest>.+)$")
# A pronoun that names nothing ("It was clear that", "It was the Swadeshi movement that") or a copula's
_NOT_REFERRING = re.compile(r"^(?:was|is|were|are|seems|seemed|appears|appeared|would be|will be|has been)\b")
_COPULA_NAME = re.compile(rf"^[^,;:]*?\s(?:was|is)\s+(?P<name>{_NAME})(?:[,;:.]|\s*$)")
# A subordinate clause the title is the whole of: "although slavery would not be fully abolished there"
_SUBORDINATE_BEFORE = re.compile(r"\b(?:although|though|because|once|when|while|whereas)\s+$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r",?\s+respectively\s*[.;]?\s*")
_DATES_JOINED = re.compile(r",?\s+(?:and\s+)?")
_LEFT_BEFORE_DATES = re.compile(r"\s+(?:in|on|at|by)\s*$")
# "there" for a place, not "there were" (nothing is in a place there)
_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|had|has|would|will|could|might|seem|seemed|appeared)\b)")
_ALSO = re.compile(r"^also\s+")
# "The most important of these was the arrest of X that precipitated Y" -> "The arrest of X precipitated Y"
_ONE_OF_THESE = re.compile(
    r"^(?:One of )?[Tt]he (?:most|first|last|chief|main|largest|greatest|worst|best)\b[^,]*? of (?:these|them|those)"
    r" (?:was|were) (?P<thing>the [a-z]+ of [^,]+?) (?:that|which) (?P<rest>[a-z]+ed\b.*)$"
)
# "Until the capture of Fort Fisher, the Confederate Army was still able ..." (dated by the capture)
_UNTIL_THING = re.compile(r"^Until (?P<thing>the [a-z]+ of [A-Z][^,]*),\s")
_PLACE_BEFORE = re.compile(rf"\b(?:in|at|to|into|from|reached|entered)\s+(?P<name>{_NAME})")


def referred(title: str, sentence: str, previous: str, people: Collection[str], subject: str) -> str:
    """The title with its opening pronoun or demonstrative replaced by the name it stands for, when the
    sentence (`subject`: its own subject) or the one before it (`previous`, in the same paragraph) gives
    that name clearly; the title as it was otherwise. `people`: the forms of the article's people (a
    "he" stands for a person, an "it" never does)."""
    if _THERE.search(title):
        placed = place_for_there(title, sentence, people)
        if placed is None:
            opening = sentence.lower().find(title[:24].lower())
            return "" if _SUBORDINATE_BEFORE.search(sentence, 0, max(opening, 0)) else title
        title = placed
    one_of_these = _ONE_OF_THESE.match(title)
    if one_of_these:
        return _named(one_of_these["thing"], one_of_these["rest"])
    until = _UNTIL_THING.match(title)
    if until:  # the date is the thing's: what lasted until it is no happening of that date
        return _named(until["thing"], "").rstrip()
    resulted = _RESULTED.match(title)
    if resulted:
        return _named(resulted["thing"], resulted["rest"])
    demonstrative = _DEMONSTRATIVE.match(title)
    if demonstrative and not demonstrative["noun"].endswith("ed"):
        called = _CALLED.search(sentence)
        if called:
            return _named(called["name"], demonstrative["rest"])
        name = _referent(previous)
        if name and demonstrative["noun"].rstrip("s") in name.lower().split() and name not in people:
            return _named(name, demonstrative["rest"])
        return title
    pronoun = _PRONOUN.match(title)
    if pronoun is None or _NOT_REFERRING.match(pronoun["rest"]):
        return title
    if subject.lower() != pronoun["pronoun"].lower() and not _led_in(title, sentence, pronoun["pronoun"], people):
        return title
    name = _referent(previous)
    if not name or (name in people) != (pronoun["pronoun"] != "It"):
        return title
    return _named(name, pronoun["rest"])


def _led_in(title: str, sentence: str, pronoun: str, people: Collection[str]) -> bool:
    """Whether a "he" or "she" the title opens with is its sentence's subject after words that name no
    one ("According to a report in a magazine, he did plead ..."): it stands for whom it would stand for
    were it the sentence's first word."""
    opening = sentence.find(f"{pronoun.lower()} {title[len(pronoun) :][:24].lstrip()}")
    if pronoun == "It" or opening <= 0:
        return False
    lead = sentence[:opening]
    return lead.rstrip().endswith(",") and not any(re.search(rf"\b{re.escape(form)}\b", lead) for form in people)


def with_openers(events: list[dict[str, Any]], forms: Mapping[str, Sequence[str]]) -> list[dict[str, Any]]:
    """The events, each with the one person (their id among `forms`, each person's names) whose name
    opens its title among its people, as when a pronoun is told by their name ("Gandhi did plead ...")."""
    for event in events:
        opening = [
            person for person, names in forms.items() if any(event["title"].startswith(f"{name} ") for name in names)
        ]
        event["people"] = list(dict.fromkeys([*event["people"], *(opening if len(opening) == 1 else [])]))
    return events


def recasts(sentence: str) -> list[str]:
    """The sentence told without what a title cannot carry, for a reviewer to start a title from: a
    relative clause that interrupts it ("The commission, which issued its decision in 1872, rejected..."
    -> "The commission rejected..."), what leads to a name ("This resulted in the Act of 1867, which
    united..." -> "The Act of 1867 united..."), a "This agreement ... known as the Treaty of Washington,
    also..." (-> "The Treaty of Washington also..."); the same readings `referred` gives a drafted title."""
    found = [_INTERRUPTING.sub(" ", sentence)]
    named = _NAMED_THEN_WHICH.search(sentence)
    if named:
        found.append(_named(named["thing"], named["rest"]))
    called = _CALLED.search(sentence)
    if _NOUN_ASIDE.match(sentence) and called and sentence[called.end() :].startswith(","):
        found.append(_named(called["name"], sentence[called.end() :].lstrip(", ")))
    return [text for text in dict.fromkeys(found) if text != sentence]


def _named(name: str, rest: str) -> str:
    return f"{name[:1].upper()}{name[1:]} {_ALSO.sub('', rest)}"


def _referent(sentence: str) -> str:
    """The name a sentence is about, for a pronoun in the next to stand for: its subject when that is a
    name ("The British Government"; not "The renewed strength of the U.S. Government"), or the name a
    copula gives it ("The most successful of these cruisers was the Alabama" -> "the Alabama")."""
    copula = _COPULA_NAME.match(sentence)
    if copula:
        return copula["name"]
    subject = subject_of(sentence)
    return subject if clear_name(subject) else ""


def clear_name(words: str) -> bool:
    """Whether `words` are a name and nothing else: "Great Britain", "The U.S. Government", "Napoleon III"."""
    split = words.split()
    if not 1 <= len(split) <= 6 or split[0].lower() in ("he", "she", "it", "they", "we", "this", "that"):
        return False
    named = [word for word in split[1:] if word.lower() not in _FUNCTION_WORDS] if split[0] in ("The", "the") else split
    return bool(named) and all(word[:1].isupper() for word in named if word.lower() not in _FUNCTION_WORDS)


def place_for_there(text: str, sentence: str, people: Collection[str]) -> str | None:
    """`text` with its "there" told as "in" the place the sentence names before it ("Brazil also took
    measures ..., although slavery would not be fully abolished there" -> "... abolished in Brazil"): a
    name after "in", "to", "at" or the sentence's subject when it is a name and no person's; None when
    the sentence names no place."""
    there = _THERE.search(text)
    if there is None:
        return text
    opening = sentence.lower().find(text[:20].lower())
    ahead = sentence[:opening] if opening > 0 else sentence
    places = [match["name"] for match in _PLACE_BEFORE.finditer(ahead) if match["name"] not in people]
    subject = subject_of(sentence)
    place = places[-1] if places else subject if clear_name(subject) and subject not in people else ""
    if not place:
        return None
    return f"{text[: there.start()]}in {place}{text[there.end() :]}"


def listed_title(sentence: str, spans: Sequence[tuple[int, int]], own: int) -> str | None:
    """The title of the date `spans[own]` in a sentence that lists names with their dates after a head
    clause ("Great Britain granted belligerent status on May 13, 1861, Spain on June 17, and Brazil on
    August 1"): the head clause for the first date ("Great Britain granted belligerent status"), its
    verb phrase told of the item's name for the others ("Brazil granted belligerent status"); "" when the
    head has no subject to take the verb phrase from; None when the sentence is no such list."""
    spans = sorted(spans)
    if len(spans) < 2:
        return None
    if _RESPECTIVELY.fullmatch(sentence[spans[-1][1] :]):
        return _respective_title(sentence, spans, own)
    items: list[str] = []
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        item = re.fullmatch(rf",?\s+(?:and\s+)?(?P<name>{_NAME})\s+(?:on|in|by|at)?\s*", sentence[end:start])
        if item is None:
            return None
        items.append(item["name"])
    if sentence[spans[-1][1] :].strip(" .;"):
        return None
    head = event_title(sentence[: spans[0][1]], [(spans[0][0], spans[0][1])], sentence)
    if own == 0:
        return head
    subject = subject_of(head)
    if not subject or not head.startswith(subject) or not head[len(subject) :].strip():
        return ""
    return f"{items[own - 1]}{head[len(subject) :]}"


def _respective_title(sentence: str, spans: Sequence[tuple[int, int]], own: int) -> str | None:
    """The title of a date of "A and B died in 1143 and 1144 respectively": the name its place gives it
    and the verb ("B died"); "" for a later date when the subject names too few (no "Respectively"), None
    when the dates are not one list."""
    if not all(
        _DATES_JOINED.fullmatch(sentence[end:start]) for (_, end), (start, _) in zip(spans, spans[1:], strict=False)
    ):
        return None
    head = re.sub(r"\s*\([^)]*\)", "", _LEFT_BEFORE_DATES.sub("", sentence[: spans[0][0]]))
    words = head.split()
    first = next((place for place, word in enumerate(words) if place and is_verb(word)), len(words))
    verb = " ".join(words[first:])
    names = [name for name in re.split(r",\s*|\s+and\s+", " ".join(words[:first]).rstrip(",")) if name]
    if len(names) < len(spans) or not verb or not all(clear_name(name) for name in names[-len(spans) :]):
        return None if own == 0 else ""
    return f"{names[-len(spans) + own]} {verb}"


class Hero(NamedTuple):
    """The person an article is about (its title names them), as its pronouns stand for them."""

    name: str  # the form the article uses most: "Randolph", "Carleton"
    pronoun: str  # "he" or "she", whichever the article uses more
    others: tuple[str, ...]  # the names of everyone else the article names
    forms: tuple[str, ...] = ()  # every name the article gives them


def hero_of(article: str, title: str, people: Sequence[tuple[str, ...]]) -> Hero | None:
    """The person the article's `title` names, among `people` (each their forms, fullest first), with the
    form and the pronoun the article uses most for them; None when the title names no one."""
    named = [
        forms for forms in people if any(re.search(rf"\b{re.escape(form)}\b", title, re.IGNORECASE) for form in forms)
    ]
    if len(named) != 1:
        return None
    hero = named[0]
    counts = {form: len(re.findall(rf"\b{re.escape(form)}\b", article)) for form in hero}
    words = re.findall(r"\b(?:he|him|his|she|her|hers)\b", article.casefold())
    male = sum(word in ("he", "him", "his") for word in words)
    others = tuple(form for forms in people if forms is not hero for form in forms if form not in hero)
    return Hero(
        max(hero, key=lambda form: (counts[form], -len(form))),
        "he" if male * 2 > len(words) else "she",
        others,
        tuple(hero),
    )


_HERO_PRONOUN = re.compile(r"^(?P<pronoun>He|She) (?=[a-z])")


def told_of_hero(title: str, sentence: str, previous: str, hero: Hero | None) -> str:
    """The title with its opening "He" or "She" told as the article's hero ("In 1598 he attended Francis
    Norreys" -> "Carleton attended Francis Norreys"): the pronoun the article uses for them, no one else
    named in the sentence before it nor in the one before (in the same paragraph), where it might be
    theirs ("Norreys fell ill. He returned"). The title as it was otherwise."""
    title = _object_told(title, sentence, hero)
    opening = _HERO_PRONOUN.match(title)
    if hero is None or opening is None or opening["pronoun"].casefold() != hero.pronoun:
        return title
    at = re.search(rf"\b{hero.pronoun}\b", sentence, re.IGNORECASE)
    told = f"{previous} {sentence[: at.start() if at else len(sentence)]}"
    if any(re.search(rf"\b{re.escape(other)}\b", told) for other in hero.others):
        return title
    return f"{hero.name} {title[opening.end() :]}"


def _object_told(title: str, sentence: str, hero: Hero | None) -> str:
    """The title with its one "him" told as the article's hero, where the last name its sentence gives
    before it, in words the title left out, is theirs ("Police became concerned with Singh's influence
    and arrested him" -> "Police arrested Bhagat Singh"; "Prannath Mehta, Singh's friend, visited him");
    not where another is named last before it ("Gandhi met Irwin and told him") or the title names the
    hero itself ("Singh asked the court to free him")."""
    if hero is None or hero.pronoun != "he" or len(re.findall(r"\bhim\b", sentence)) != 1:
        return title
    pronoun = re.search(r"\bhim\b", title)
    if pronoun is None or any(re.search(rf"\b{re.escape(form)}\b", title) for form in hero.forms):
        return title
    before = sentence[: re.search(r"\bhim\b", sentence).start()]  # type: ignore[union-attr]
    named = [
        (match.end(), form in hero.forms)
        for form in (*hero.forms, *hero.others)
        for match in re.finditer(rf"\b{re.escape(form)}\b", before)
    ]
    if not named or not max(named)[1]:
        return title
    return f"{title[: pronoun.start()]}{max(hero.forms, key=len)}{title[pronoun.end() :]}"  # (in full)
