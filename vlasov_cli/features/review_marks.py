"""What in a draft a reviewer will likely need to touch, each with why in a few words (the marks of
`review`'s `a` lists), and which entries are alike enough to be one (what `m` offers to merge into).

The rules read only the draft itself: a title cut mid-phrase or glued across a date the drafter took
out, one that opens on a word pointing back ("This", "It"), two events of one date telling one deed,
a term that is a person with an office, two names of one thing ("Britain", "Great Britain")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.core.text import fold, role_within

if TYPE_CHECKING:
    from collections.abc import Iterable

SMALL_WORDS = frozenset(
    "a an the of to and or but in on at by for with from into upon as that which who whose where when "
    "while than then also its his her their this these those it is was were be been had has have did".split()
)
POINTING_BACK = frozenset("this these those it they such".split())
PREPOSITIONS = frozenset(
    "about above across after against along among around before behind below beneath beside between beyond "
    "despite down during except following inside near off onto out outside over past since through "
    "throughout till toward towards under until unlike up via within without".split()
)
OPENERS = POINTING_BACK | frozenset("although though however whereas meanwhile".split())
OFFICES = frozenset(
    "secretary minister president prime general generals captain emperor king queen lord chancellor "
    "ambassador admiral governor senator consul state dr mr mrs sir lady".split()
)
INSTITUTIONS = frozenset(
    "government committee commission office department council act treaty navy army party company".split()
)
_WORD = re.compile(r"[\w’'.-]+")


class Mark(NamedTuple):
    """Why an entry will likely need a touch, and the entry it is like (an id), if that is why."""

    why: str
    like: str = ""


def _words(text: str) -> list[str]:
    """The words of a text, folded, their punctuation off ("Run," -> "run"; "U.S." -> "u", "s")."""
    return [word.strip(".’'-") for word in _WORD.findall(fold(text)) if word.strip(".’'-")]


def _content(text: str) -> set[str]:
    return {word for word in _words(text) if word not in SMALL_WORDS and len(word) > 2}


def event_marks(events: Iterable[Any]) -> dict[str, Mark]:
    """The marks of a draft's events (bank records), by id."""
    events = list(events)
    marks: dict[str, Mark] = {}
    for event in events:
        why = _title_fault(event.title, event.quote) or _date_fault(event)
        if why:
            marks[event.id] = Mark(why)
    for number, event in enumerate(events):
        for other in events[:number]:
            if len(other.title.split()) >= 3 and fold(event.title).startswith(fold(other.title).rstrip("…")):
                marks.setdefault(event.id, Mark("repeats", other.id))
            elif event.edtf == other.edtf and _one_deed(event, other):
                marks.setdefault(event.id, Mark("same date and words as", other.id))
                marks.setdefault(other.id, Mark("same date and words as", event.id))
            elif _nested(event, other) and _one_deed(event, other, names=True):
                vaguer = event if _span(event) > _span(other) else other
                marks.setdefault(
                    vaguer.id, Mark("likely the same happening as", (other if vaguer is event else event).id)
                )
    return marks


def _span(event: Any) -> tuple[str, str]:
    return (event.latest, event.earliest)


def _nested(event: Any, other: Any) -> bool:
    """Whether one event's month holds the other's day ("November of 1861" and "November 8, 1861"); a
    year holds too many happenings to tell."""
    if event.edtf == other.edtf or {event.precision, other.precision} != {"month", "day"}:
        return False
    inside = other.earliest <= event.earliest and event.latest <= other.latest
    return inside or event.earliest <= other.earliest and other.latest <= event.latest


FINITE = frozenset(
    "was were is are had has have did became made gave took met won led began sent left went came saw fought "
    "grew bought built sold wrote held told brought caught found kept lost paid ran rose fell struck spoke chose "
    "drew drove gave".split()
)
ASSESSING = frozenset("generally largely broadly essentially ultimately effectively arguably".split())
CLAUSE_OPENERS = frozenset("as while when whereas because since which who where until after before".split())


def _date_fault(event: Any) -> str:
    """A date the title does not tell: one of a window "until" closes (when a state ended, not when it
    happened), an assessment ("generally signaled"), a pluperfect told with a vague date (a background,
    whose date is often another's), or a date phrase in a clause of the quote other than the title's."""
    label = getattr(event, "label", "") or ""
    words = _words(event.title)
    if fold(label).startswith("until "):
        return f"dated by “{label}”: when it ended"
    assessing = next((word for word in words[1:] if word in ASSESSING), "")
    if assessing:
        return f"an assessment (“{assessing}”), not a happening"
    if _pluperfect(words) and (event.precision in ("window", "season") or label) and not fold(label).startswith("by "):
        return "told in the pluperfect: its date may be another's"
    named = _dated_by_a_name(event.quote, _year_text(event)) if not label else ""
    if named:
        return f"dated by a name: “{named}”"
    other = _date_in_other_clause(event.title, event.quote, label or _year_text(event))
    return f"dated by another clause: “{other}”" if other else ""


def _pluperfect(words: list[str]) -> bool:
    return any(
        word == "had" and following not in ("to", "a", "an", "the", "no", "its", "his", "her", "their")
        for word, following in zip(words, words[1:], strict=False)
    )


def _year_text(event: Any) -> str:
    year = str(getattr(event, "earliest", ""))[:4]
    return year if year.isdigit() else ""


def _date_in_other_clause(title: str, quote: str, date: str) -> str:
    """The words, from a clause opener to the date, where the quote tells the date after the title's
    words in a clause of its own ("…advocates | as the movement gained strength in the 1860s")."""
    if not date:
        return ""
    last = re.findall(r"[\w’'.-]+", title)[-2:]
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, last)), re.IGNORECASE)
    said = [(end, told) for end in pattern.finditer(quote) if (told := _find(date, quote, end.end()))]
    if not last or not said:
        return ""
    end, found = said[-1]  # (the title's words told last before the date: "weapons programs" told twice)
    gap = quote[end.end() : found.start()]
    opener = next((m for m in re.finditer(r"[\w’'-]+", gap) if m.group(0).lower() in CLAUSE_OPENERS), None)
    if opener is None:
        return ""
    after = gap[opener.end() :]
    verbs = [w for w in re.findall(r"[a-z’'-]+", after) if w in FINITE or w.endswith("ed") and len(w) > 4]
    return f"{gap[opener.start() :].strip()} {found.group(0)}" if verbs else ""


MONTHS = frozenset(
    "january february march april may june july august september october november december spring summer "
    "autumn fall winter".split()
)


def _dated_by_a_name(quote: str, year: str) -> str:
    """The name that alone gives the quote its year ("the Defence of India Act 1915"): every time the
    quote says the year, it is the last word of a name, not of a date ("In 1915", "May 1915")."""
    told = list(re.finditer(rf"(?<!\w){year}(?!\w)", quote)) if year else []
    names = [
        re.search(r"((?:[A-Z][\w’'.-]*\s+(?:of\s+)?)*[A-Z][\w’'.-]*)\s+$", quote[: found.start()]) for found in told
    ]
    if not told or not all(names):
        return ""
    if any(_words(name.group(1))[-1] in MONTHS | OPENING_WORDS for name in names if name):
        return ""
    first = names[0]
    return f"{first.group(1)} {year}" if first else ""


def _find(text: str, quote: str, start: int) -> re.Match[str] | None:
    return re.compile(re.escape(text), re.IGNORECASE).search(quote, start)


def _one_deed(event: Any, other: Any, names: bool = False) -> bool:
    """Whether two events of one date may tell one deed: they share a word of what was done
    ("blockade"), or, dated to the day, a name ("Wilkes"); two events of one year that only name the
    same person or body ("Maximilian’s", "Government") are two deeds. With `names`, of nested dates,
    two shared words of any kind ("Confederate", "Trent") are enough too."""
    shared = _content(event.title) & _content(other.title)
    if names and len(shared) >= 2:
        return True
    if event.precision == "day" and not names:
        return bool(shared)
    deeds = {word for word in _WORD.findall(f"{event.title} {other.title}") if word[:1].islower()}
    return bool(shared & {fold(word) for word in deeds})


def _title_fault(title: str, quote: str) -> str:
    words = _words(title)
    if len(words) == 1:
        return "a one-word title"
    if title.rstrip().endswith(("…", "...")):
        return "cut off"
    first = title.split()[0].strip(",").lower()
    if first in OPENERS:
        return f"opens on “{title.split()[0].strip(',')}”"
    pointing = next((word for word in words[1:] if word in ("this", "these", "those")), "")
    if pointing:
        return f"“{pointing}” points back"
    glued = _glued(title, quote)
    if glued:
        return f"glued: “{glued}”"
    if (
        _cut_mid_phrase(words, _words(quote))
        and not _ends_its_sentence(title, quote)
        and not _ends_before_a_participle(title, quote)
        and not _whole_clause_goes_on(title, quote)
    ):
        return f"ends mid-phrase: “{title.split()[-1]}”"
    return ""


def _glued(title: str, quote: str) -> str:
    """Two words side by side in the title between which the drafter cut a piece of the quote that
    closed on a comma: "status Spain" of "status on May 13, 1861, Spain", "decision rejected" of
    "decision in September 1872, rejected". A piece cut with no comma ("War in 1865 coincided"), a
    comma the title keeps ("Fort Fisher, the"), a whole clause between commas (", which issued its
    decision in 1872,"), or a first predicate left out whole before the dated second ("governments | met
    in London, and on October 31, 1861, | signed") leave no hole."""
    said = " ".join(quote.casefold().replace("’", "'").split())
    words = list(re.finditer(r"[\w’'.-]+", title))
    for before, after in zip(words, words[1:], strict=False):
        if title[before.end() : after.start()].strip() or {before.group(0), after.group(0)} & {"and", "but", "or"}:
            continue
        first, second = (re.escape(word.group(0).casefold().replace("’", "'").strip(".")) for word in (before, after))
        cut = re.search(rf"(?<!\w){first}(\W[^.;]{{0,60}}?),\s*{second}(?!\w)", said)
        if (
            cut
            and not re.search(rf"(?<!\w){first}\W+{second}(?!\w)", said)
            and not re.match(r"\s*,\s*(?:which|who|whom|whose|where)\b", cut.group(1))
            and not _an_aside(cut.group(1), before.group(0))
            and not re.search(r",\s+and\s+(?:on|in|by|during|at)\s", cut.group(1))  # its second predicate
        ):
            return f"{before.group(0)} {after.group(0)}"
    return ""


def _an_aside(piece: str, name: str) -> bool:
    """Whether the piece cut after a name is an aside between commas, the name's apposition ("Napoleon,
    Emperor of the French, turned" -> "Napoleon turned"), which leaves no hole when cut whole."""
    return name[:1].isupper() and re.match(r"\s*,[^,]+$", piece) is not None


def _cut_mid_phrase(title: list[str], quote: list[str]) -> bool:
    """The title stops on a word that needs the next ("shortly" of "shortly after", "of", "the"), or
    where its quote goes on with a word of the same phrase ("two ironclad" of "two ironclad rams")."""
    if len(title) < 2:
        return False
    if title[-1] in SMALL_WORDS and title[-1] not in POINTING_BACK or title[-1].endswith("ly") or title[-1] == "not":
        return True
    for start in reversed(range(len(quote) - 2)):  # (where the title's last words are told last)
        if quote[start : start + 2] == title[-2:]:
            following = quote[start + 2]
            return following.isalpha() and following not in SMALL_WORDS | PREPOSITIONS
    return False


def _whole_clause_goes_on(title: str, quote: str) -> bool:
    """Whether the title is a clause with a verb that the quote goes on past with a comma, a dash, a
    parenthesis, a semicolon, "and" or an adverb ("…Republican Association (HRA)", "…the blockade shortly
    after…"); a comma before a word of the same phrase ("two ironclad, steam-driven rams") goes on it."""
    words = re.findall(r"[\w’'-]+", title)
    if not any(w in FINITE or w.endswith("ed") and len(w) > 4 for w in words[1:] if w.islower()):
        return False
    last = r"\W+".join(map(re.escape, words[-2:]))
    went_on = re.search(rf"(?<![\w-]){last}(?![\w-])\s*(?P<next>[,;:(—–]|-\s|and\b|[\w’'-]+ly\b)", quote)
    if not went_on:
        return False
    if went_on["next"] != ",":
        return True
    following = re.match(r",\s*([\w’'-]+)", quote[went_on.start("next") :])
    return not (following and _describes(following.group(1)))


ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ant", "ent", "ern")


def _describes(word: str) -> bool:
    """Whether a word after a comma goes on the title's phrase or clause: one more adjective
    ("steam-driven", "naval") or the subject of the main clause ("…desperate, he tried"), rather than what
    opens another ("powers", "such", "reportedly")."""
    if word in ("he", "she", "they", "it", "we", "i"):
        return True  # the main clause, its subject first: the title was a clause leading up to it
    return word.islower() and not word.endswith("ly") and ("-" in word or word.endswith(ADJECTIVE_ENDINGS))


def _ends_its_sentence(title: str, quote: str) -> bool:
    """Whether the quote's sentence ends where the title does ("Napoleon accepted gladly" of "…, Napoleon
    accepted gladly."): a title that ends a whole sentence is not cut mid-phrase."""
    last = re.findall(r"[\w’'-]+", title)[-2:]
    pattern = r"(?<![\w-])" + r"\W+".join(map(re.escape, last)) + r"[\"”’')]*\s*(?:[.!?]|$)"
    return (
        bool(last) and re.search(pattern, quote.rstrip(), re.IGNORECASE) is not None or _names_its_last_it(title, quote)
    )


def _names_its_last_it(title: str, quote: str) -> bool:
    """Whether the quote's sentence ends on "it" or "them" that the title tells by a name ("…led a march
    in protest against the Commission" of "…in protest against it."): the sentence's end, retold."""
    pointing = re.search(r"([\w’'-]+)\s+(?:it|them|him|her)[\"”’')]*\s*[.!?]?$", quote.rstrip())
    if not pointing:
        return False
    named = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*"
    told = re.search(rf"(?<![\w-]){re.escape(pointing[1])}\s+(?:the\s+)?({named})\s*$", title.rstrip(" ."))
    if not told:
        return False
    return not re.search(rf"(?<![\w-]){re.escape(told[1])}\s+[A-Z]", quote)  # (not a name cut short)


def _ends_before_a_participle(title: str, quote: str) -> bool:
    """Whether the quote goes on after the title's last words with a comma and a participle, a clause of
    its own: "…the Hudson’s Bay Company to Canada" of "…to Canada, crushing the hopes of…"."""
    last = re.findall(r"[\w’'.-]+", title)[-2:]
    pattern = r"\W+".join(map(re.escape, last)) + r",\s+[a-z]+ing\b"
    return bool(last) and re.search(pattern, quote, re.IGNORECASE) is not None


def term_marks(terms: Iterable[Any], people: Iterable[Any]) -> dict[str, Mark]:
    """The marks of a draft's terms (bank records), by id; `people` are the bank's people."""
    terms = list(terms)
    person_words = {word for person in people for name in (person.name, *person.aliases) for word in _words(name)}
    marks: dict[str, Mark] = {}
    for term in terms:
        words = _words(term.name)
        if _is_a_person(words, person_words):
            marks[term.id] = Mark("a person, with an office")
        elif "-" in term.name and _two_names_joined(term.name):
            marks[term.id] = Mark("two names joined")
        elif longer := longer_name(term.name, term.quote, person_words):
            marks[term.id] = Mark(f"part of “{longer}”")
        elif not _says(term.quote, term.name):
            marks[term.id] = Mark("its quote names it otherwise")
    for number, term in enumerate(terms):
        for other in terms[number + 1 :]:
            if (
                alike(term.name, other.name) >= 2
                and _same_head(term.name, other.name)
                and not _distinct_names(term.name, other.name)
            ):
                shorter, longer = (other, term) if len(_words(other.name)) <= len(_words(term.name)) else (term, other)
                marks.setdefault(shorter.id, Mark("the same as", longer.id))
    for term in terms:
        if term.kind == "other":
            marks.setdefault(term.id, Mark("kind other"))
    return marks


NAME_PREFIXES = frozenset("saint sainte st ste san santa santo são fort port mont le la les el".split())
PART_WORDS = frozenset(
    "central north northern south southern east eastern west western upper lower inner outer middle".split()
)
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[ivx]+)$"
)
STATE_WORDS = frozenset("empire republic kingdom federation state states union".split())
_ADJECTIVE_OF_A_NAME = ("n", "an", "ian", "ese", "ish", "ic")


def _two_names_joined(name: str) -> bool:
    """Whether a hyphenated name joins two names ("Paris-Berlin"): each part a capitalised name, and
    none a word that opens one place's name ("Saint-Domingue", "Port-Royal"); not a hyphenated word
    that the name goes on after ("Anglo-Vedic School", "Non-Cooperation Movement": one thing)."""
    parts = name.split("-")
    if len(parts[-1].split()) > 1:
        return False
    return all(part[:1].isupper() for part in parts) and not any(
        fold(part.split()[-1] if part.split() else part) in NAME_PREFIXES for part in parts[:-1]
    )


def _distinct_names(name: str, other: str) -> bool:
    """Whether two alike names name two things all the same: they differ by a number or an ordinal
    ("Fourth Coalition", "Third Coalition"; "4th Regiment", "3rd Regiment"), the longer names a part of
    the shorter ("Central Europe" of "Europe"), or opens on its adjective and names something of it
    ("Russian Imperial Guard" of "Russia", but "Russian Empire" is Russia)."""
    words, others = _words(name), _words(other)
    numbers, their_numbers = ({w for w in ws if _ORDINAL.match(w)} for ws in (words, others))
    if (numbers or their_numbers) and numbers != their_numbers:
        return True
    short, long = (words, others) if len(words) <= len(others) else (others, words)
    if len(short) == len(long):
        return False
    if set(short) <= set(long) and any(word in PART_WORDS for word in long if word not in short):
        return True
    of_it = len(short) == 1 and any(long[0] == short[0] + ending for ending in _ADJECTIVE_OF_A_NAME)
    return of_it and long[-1] not in STATE_WORDS  # ("Russian Empire" is Russia)


def _is_a_person(words: list[str], person_words: set[str]) -> bool:
    """Whether a term's name is a person with an office: "Secretary of State William Henry Seward", "State
    Seward" (a name of one of the bank's people), "British Prime Minister Henry John Temple"."""
    if not words or words[-1] in INSTITUTIONS or len(words) < 2:
        return False
    office = [index for index, word in enumerate(words) if word in OFFICES]
    if office and all(word in OFFICES or word in person_words or word in SMALL_WORDS for word in words):
        return any(word in person_words for word in words)
    return bool(office) and len(words) - office[-1] > 2  # an office, then a name of two words or more


def longer_name(name: str, quote: str, person_words: frozenset[str] | set[str] = frozenset()) -> str:
    """The longer name the quote gives where it names the term: "Hudson’s Bay Company" for "Bay Company"
    (a person's name before it, "Maximilian’s Conservative government", is no part of it), and for a
    one-word name also "Secretary of the Navy" for "Navy"; empty when there is none."""
    joiner = r"(?:of\s+(?:the\s+)?)?" if len(name.split()) == 1 else ""
    found = re.search(rf"((?:[A-Z][\w’'.-]*\s+{joiner})+){re.escape(name)}\b", quote)
    if not found:
        return ""
    before = found.group(1).split()
    while before and _words(before[0])[:1] and _words(before[0])[0] in SMALL_WORDS | OPENERS | PREPOSITIONS:
        before = before[1:]  # ("The", "In", "Although" before a name are not part of it)
    owner = _words(re.split("[’']", before[-1])[0]) if before else []
    if not before or before[0] in ("of", "the") or owner and owner[0] in person_words:
        return ""
    return " ".join([*before, name])


def _says(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(text)) is not None


def person_marks(people: Iterable[Any]) -> dict[str, Mark]:
    """A person of a role another holds too (no question asks it), named with several ("Generals
    Ulysses S. Grant"), or with a fact that names them only inside a longer name, of them or of
    something else ("Gopal Krishna Gokhale", "Shri Shivaji Fund Committee", "Shivaji Park")."""
    people = list(people)
    marks: dict[str, Mark] = {}
    for person in people:
        other = shared_role(people, person.id, person.role or "")
        if other:  # (generate asks no "Who was this: ROLE?" of a role two people hold)
            marks[person.id] = Mark("no question asks its role, held too by", other)
        names = (person.name, *person.aliases)
        for name in names:
            first = _words(name)[:1]
            if first and first[0].endswith("s") and first[0].rstrip("s") in OFFICES:
                marks[person.id] = Mark(f"“{name}” names several")
        longer = next(filter(None, (_inside_a_longer_name(fact.quote, names) for fact in person.facts)), "")
        if longer:
            marks.setdefault(person.id, Mark(f"a fact says “{longer}”"))
    return marks


def shared_role(people: Iterable[Any], person_id: str, role: str) -> str:
    """The id of another person whose role holds this one, the same or longer ("Prime Minister" of a
    "British Prime Minister"), if any."""
    return next(
        (
            other.id
            for other in people
            if other.id != person_id and isinstance(other.role, str) and role_within(role, other.role)
        ),
        "",
    )


_CAPITALIZED = r"[A-Z][\w’'.-]*"
OPENING_WORDS = (
    SMALL_WORDS | OPENERS | PREPOSITIONS | frozenset("later earlier according unlike like then when".split())
)


def _inside_a_longer_name(quote: str, names: tuple[str, ...]) -> str:
    """The longer name a quote gives where it names a person only beside other capitalized words (an
    office, "President Lincoln", or one of their names is not one); empty when it names them plainly."""
    known = {fold(name) for name in names}
    runs = []
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-]|[’'](?!s\b))", quote):
            before = re.search(rf"((?:{_CAPITALIZED}\s+)+)$", quote[: found.start()])
            rest = quote[found.end() :]  # (after "Maximilian’s", what follows is his, not his name)
            after = None if re.match(r"[’']s\b", rest) else re.match(rf"((?:\s+{_CAPITALIZED})+)", rest)
            words_before = before.group(1).split() if before else []
            while words_before and _words(words_before[0])[:1] and _words(words_before[0])[0] in OPENING_WORDS:
                words_before = words_before[1:]
            neighbours = [*words_before[-1:], *(after.group(1).split()[:1] if after else [])]
            if not neighbours or any(_an_office(word) for word in neighbours):
                return ""  # named plainly, or with an office or a word for a person ("Historian"), once is enough
            run = " ".join([*words_before, name, *(after.group(1).split() if after else [])])
            if fold(run) in known:
                return ""
            runs.append(run)
    return runs[0] if runs else ""


def _an_office(word: str) -> bool:
    """Whether a capitalized word beside a name is an office or a word for a person ("Historian",
    "Magistrate"), no title of address."""
    from vlasov_cli.features.draft.capitals import is_title_word
    from vlasov_cli.features.draft.roles import is_role_noun

    word = word.strip(".,")  # (a title of address, "Shri", "Lala", is part of a longer name: "Shri Shivaji Fund")
    return (
        bool(_words(word)[:1]) and _words(word)[0] in OFFICES or is_role_noun(word, False) and not is_title_word(word)
    )


def alike(name: str, other: str) -> int:
    """How alike two names are, 0 not at all: a whole word shared counts 1 (2 when it is the last of
    both and one name is that word, "Britain"/"Great Britain"), a shared stem 1 (2 when a name is that
    one word, "Confederacy"/"Confederate States of America"), and an abbreviation that is the other's
    initials 3 ("U.S. Government"/"United States Government")."""
    words, others = _words(name), _words(other)
    if not words or not others or words == others:
        return 0
    if ("." in name) != ("." in other) and _initials(words) == _initials(others):
        return 3
    mine, theirs = _content(name), _content(other)
    score = len(mine & theirs)
    if words[-1] == others[-1] and words[-1] in mine and (len(words) == 1 or len(others) == 1):
        score += 1
    score += sum(
        2 if 1 in (len(mine), len(theirs)) else 1
        for word in mine - theirs
        if len(word) >= 6 and any(len(_common(word, their)) >= max(6, len(word) - 3) for their in theirs - mine)
    )
    return score


def _same_head(name: str, other: str) -> bool:
    """Whether two alike names may name one thing: their head words are one ("Britain", "Great Britain";
    not "Washington", "Treaty of Washington"), or a name of one word is the stem of the other's first
    ("Confederacy", "Confederate States of America"), or one spells out the other's initials."""
    heads = [_words(text.split(" of ")[0])[-1:] for text in (name, other)]
    if heads[0] == heads[1] or ("." in name) != ("." in other):
        return True
    if any(head and head[0] in INSTITUTIONS for head in heads):
        return False
    words, others = _words(name), _words(other)
    return any(
        len(one) == 1 and len(_common(one[0], two[0])) >= max(6, len(one[0]) - 3)
        for one, two in ((words, others), (others, words))
    )


def _initials(words: list[str]) -> str:
    """The initials of a name's folded words ("u", "s", "government" and "united", "states", "government"
    both give "usg")."""
    return "".join(word[0] for word in words if word not in SMALL_WORDS)


def _common(word: str, other: str) -> str:
    length = 0
    while length < min(len(word), len(other)) and word[length] == other[length]:
        length += 1
    return word[:length]


SAME = ("repeats", "same date and words as", "likely the same happening as", "the same as")  # (Mark.why)


def twin_of(bank: Any, section: str, entry_id: str) -> str:
    """The id of the entry the entry's mark names as likely one with it (what `m` offers first), or ""."""
    mark = marks_of(bank, section).get(entry_id)
    return mark.like if mark and mark.why in SAME else ""


def marks_of(bank: Any, section: str) -> dict[str, Mark]:
    """The marks of one section of a bank (people, events or terms; questions have none), by id."""
    if section == "events":
        return {**year_marks(bank.events, bank.paragraphs), **event_marks(bank.events)}
    if section == "terms":
        return term_marks(bank.terms, bank.people)
    if section == "people":
        return person_marks(bank.people)
    return {}


def year_marks(events: Iterable[Any], paragraphs: tuple[str, ...]) -> dict[str, Mark]:
    """An event whose year the draft took from elsewhere (its own words name none) where its paragraph
    told another year last before it: "In August 1805 … On 25 September the army crossed" drafted 1804."""
    marks: dict[str, Mark] = {}
    for event in events:
        if not event.inferred or event.date_quote or not 1 <= event.paragraph <= len(paragraphs):
            continue
        paragraph = paragraphs[event.paragraph - 1]
        start = paragraph.find(event.quote[:40])
        told = re.findall(r"(?<![\w$£€.,-])(1\d{3}|20\d{2})(?![\w%-])", paragraph[: max(start, 0)])
        if start > 0 and told and int(told[-1]) != event.year:
            marks[event.id] = Mark(f"its year from elsewhere: its paragraph told {told[-1]} before it")
    return marks
