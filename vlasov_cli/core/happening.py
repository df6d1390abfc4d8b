"""Whether a draft's event is solid enough to ask about: the draft is sure of its date, its title tells
a happening (a subject, then a verb in the past), and an order question keeps its events well apart.
A reviewed event (its `draft:` line deleted) is always taken at the reader's word."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from vlasov_cli.core.asks import MOST_SETS
from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.model import Event, Person
from vlasov_cli.core.text import fold
from vlasov_cli.core.unsure import (
    cut_before_a_name,
    date_debris,
    date_of_another_phrase,
    from_a_date,
    negated,
    points_back,
    second_happening_inside,
    subjectless,
)

_MONTHS = "|".join(MONTHS)

# How sure a draft must be of an event to ask about it: the draft's mark for a date its own sentence
# writes (a date reckoned from a nearby one, or a year taken from the narrative, is marked lower).
SURE = 0.9
# A day or a month its own sentence writes, its year the narrative's ("On October 20, the Congress agreed
# ..."), is marked this: asked at that precision, the year told as inferred. Of such dates drafted on the
# dev and held-out sets, 75 of 82 had the gold's window (the 0.9 ones: 241 of 246), and the rules below
# refuse most of the seven others; a date reckoned from another ("the next day") is marked lower.
INFERRED = 0.7


def sure_of(event: Event) -> bool:
    """Whether an event is solid enough to ask about: a reviewed one always; a draft's only when its own
    sentence writes the date, the date is no span of years, and its title tells a happening."""
    if event.draft is None:
        return True
    written = event.draft >= INFERRED and event.inferred and event.precision in ("day", "month")
    return (
        (event.draft >= SURE or written)
        and event.precision != "window"
        and tells_happening(event.title)
        and not clipped(event.title)
        and not _DATE_OF_A_CLAUSE.search(event.quote)
        and not dated_elsewhere(event.title, event.quote)
        and not _VAGUE.search(event.title)
        and not hedged(event)
        and not _PRONOUN_SUBJECT.search(event.title)
        and not _DANGLING_END.search(event.title)
        and not broken_quote(event.quote)
        and not subjectless(event.quote)
        and not negated(event.title)
        and not from_a_date(event.quote, event.label)
        and not date_of_another_phrase(event.title, event.quote, event.year)
        and not points_back(event.title)
        and not holed(event.title, event.quote)
        and not date_debris(event.title)
        and not second_happening_inside(event.title, event.quote)
        and not cut_before_a_name(event.title, event.quote)
    )


def broken_quote(quote: str) -> bool:
    """Whether a quote is a piece no reader could take as proof: it opens on punctuation ("-1594).",
    ") in 1596.") or leaves a parenthesis open or closed without its other half ("Ulfstand (1535")."""
    text = quote.strip()
    return not text or not (text[0].isalnum() or text[0] in "\"“‘'") or text.count("(") != text.count(")")


# A title whose subject is only a pronoun ("He commanded the army", "Near Belaj he commanded"): out of
# the article, the question never says who. (A reviewer who keeps it names the person.)
_PRONOUN_SUBJECT = re.compile(r"^(?:[\w’'-]+,? ){0,3}(?:[Hh]e|[Ss]he|[Tt]hey) (?!\w+ing\b)")
# A title ending on a connective its clause was cut from: "was imposed again; however", "were imposed and".
# ("... and his cabinet and so", "... as": what follows is the next clause's, and so, often, its date.)
_DANGLING_END = re.compile(
    r"[\s,;:](?:however|and|but|or|which|who|while|whereas|yet|so|as|thus|hence|therefore|whereupon)$", re.IGNORECASE
)


# A date the article gives as a bound or a guess, not the happening's own: "By September 363, Jovian
# restored the labarum" (some day before), "support rose from around June 1929".
_BOUND = re.compile(
    r"\b(?:by|before|after|around|about|circa|c\.|until|till|no later than|as early as|as late as|sometime|"
    r"leading up to|in the run-up to)"
    r"\s+(?:the\s+)?(?:(?:early|mid|late|end of|summer of|spring of|autumn of|winter of)\s+)?(?:\d{1,2}\s+)?"
    rf"(?:{_MONTHS}|\d{{3,4}})\b",
    re.IGNORECASE,
)


def hedged(event: Event) -> bool:
    """Whether a draft's date is a bound or a guess ("by September 363", "from around June 1929"): asked
    as the month or year of the happening, it invents what the text does not say."""
    return bool(_BOUND.search(event.label) or _BOUND.search(event.quote))


# A title that tells too little to ask about ("The trial ended", "The schedule was moved forward": which,
# whose?: a common noun's, four words or fewer, no name), or gives its year away by an age
# ("Tilak was married to Tapibai when he was sixteen": the year is his birth's and sixteen), or looks
# back at another ("Brazil also took measures").
_VAGUE = re.compile(r"^(?:The|A|An)(?: [^A-Z\s]\S*){1,3}$|\balso\b|\b(?:when (?:he|she) was|at the age of|aged) \w+")


def clipped(title: str) -> bool:
    """Whether a draft's title was cut short at a word, as the drafter marks it (a trailing "…"): what
    was cut may be the happening's object ("would authorize…", "signed the Treaty…", "and Richard…")."""
    return title.rstrip().endswith(("\u2026", "..."))


# A sentence whose first date is that of a clause after the happening, not the happening's own: "led to
# an embargo and a war, which began on January 16, 1991", "... until that goal was achieved in 1947".
_DATE_OF_A_CLAUSE = re.compile(
    rf"^(?:(?!\b(?:1\d{{3}}|20\d{{2}})\b|\b(?:{_MONTHS})\b).)*?(?:\buntil\b|, which\b)",
)


_DATE_WORD = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})\b|\b(?:{_MONTHS})\b")
# The words that may stand between a happening and its own date: "The trial ended on 30 September 1930",
# "... in the early morning of 12 June".
_LEAD_IN = set(
    "on in the of by at around about early late mid during night morning evening afternoon from until till "
    "since between after before shortly soon just year".split()
)


def _dates_in(text: str) -> list[re.Match[str]]:
    """The dates a text writes, a day, month and year next to each other counted once ("May 13, 1861")."""
    found: list[re.Match[str]] = []
    for match in _DATE_WORD.finditer(text):
        if not found or match.start() - found[-1].end() > 6:
            found.append(match)
    return found


# A year that is part of a name: "the Defence of India Act 1915", "The Convention of 1800".
_NAMED_YEAR = re.compile(
    rf"\b(?!(?:In|On|By|At|From|Until|Till|During|After|Before|Since|And|But|The|{_MONTHS})\b)"
    r"[A-Z][a-z]+,? (?:of )?(?:1\d{3}|20\d{2})\b"
)


def dated_elsewhere(title: str, quote: str) -> bool:
    """Whether a draft's date may be another clause's or thing's than its title's: the sentence writes two
    dates ("granted belligerent status on May 13, 1861, Spain on June 17"), its year is a name's ("The
    Convention of 1800", "the Defence of India Act 1915"), or the date stands after
    the title's end behind words of another clause ("The schedule was moved forward by 11 hours and the
    three were hanged on 23 March 1931", "... tried to maintain economic and political relations with
    Iraq, and on April 12, 1990, sent a delegation")."""
    dates = _dates_in(quote)
    if len(dates) > 1 or _NAMED_YEAR.search(quote):
        return True
    words = re.findall(r"[\w’']+", title)
    if not dates or not words:
        return False
    ending = re.compile(r"\W+".join(map(re.escape, words[-2:])) + r"\b", re.IGNORECASE)
    ends = [match.end() for match in ending.finditer(quote)]
    if not ends or ends[-1] > dates[0].start():
        return False  # the title runs to its date or past it
    between = re.findall(r"[\w’']+", quote[ends[-1] : dates[0].start()])
    return any(word.casefold() not in _LEAD_IN and not word.isdigit() for word in between)


# What opens a title that does not start with its subject: a preposition, a linking adverb, a participle.
_OPENERS = re.compile(
    r"^(?:in|on|at|to|under|with|by|for|from|of|into|among|amid|against|within|throughout|over|through|"
    r"later|earlier|soon|eventually|finally|subsequently|consequently|meanwhile|also|so|thus|yet|but|and|"
    # (a word in -ing before a name is no participle: "King John had Raoul seized")
    r"or|unable|some|many|much|one|\w+ing\b(?!\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = set(
    "began became led met won took went came gave made held sent fought left saw brought built bought chose "
    "drew fell fled found got grew heard kept knew laid lost meant ran rose said sold set shot sat spoke spent "
    "stood struck swore taught told thought threw understood wrote withdrew overthrew undertook broke bore "
    "beat caught dealt drove forgave hung hit let put quit read rode sought shook shut sank slew split spread "
    "stole swept tore paid did died".split()
)
_PARTICIPLES = set(
    "born taken given known made held sent shot built chosen drawn driven found fought hung kept led left "
    "lost met paid laid put set seen sold sworn struck told thrown won written begun become been brought "
    "caught hidden overthrown beaten broken spoken stolen undertaken withdrawn slain sunk split spread shut "
    "run come gone done read taught understood hit".split()
)
_NOT_VERBS = {"hundred", "sacred", "naked", "wicked", "kindred", "hatred", "indeed", "speed", "need", "seed", "deed"}
_AUXILIARIES = {"was", "were", "had"}
# Verbs of a state, not a happening: "Munk owned the manor", "The family lived in Agra" (in every year of
# it, so no year, and no place in an order).
_STATE_VERBS = set(
    "owned remained lived resided stayed served reigned ruled possessed belonged continued governed wanted regarded "
    "hoped feared believed knew needed lacked enjoyed seemed appeared "
    # what a thing held then: "The staff included only a clerk and two porters"
    "included comprised consisted contained numbered totalled totaled".split()
)
# Participles of a state or a purpose, not a happening: "was designed to prevent", "was known as".
_STATES = {
    "designed", "intended", "meant", "expected", "supposed", "known", "considered", "regarded", "believed",
    "scheduled", "planned", "slated", "due",
}  # fmt: skip
_MODALS = {"would", "could", "should", "might", "may", "can", "will", "must", "shall", "is", "are", "has", "have"}
# A scrap where a word or a date was cut: "... his father Sh", "... two years", "In his notes dated the
# ...", "a trust in his mother's memory to build" (not "was sent to Mandalay"); a list cut short
# ("blockaded rail, road", its "and water access" lost; "..., the Trent" is an apposition); a look back
# at the sentence before ("himself previously had appeared").
_CUT = re.compile(
    r"\b[A-Z][a-z]?$|\b(?:years?|months?|weeks?|days?)$|\bdated the\b|\bto [a-z]+$|\bpreviously\b"
    r"|,(?! the | an? )(?:(?! and | or )[^,…])*$"
)
# Two clauses run together where a date was taken out: "... French forces in India, and British armies
# invaded" ("and in 1759 British armies invaded and conquered Canada"); not a list's last item ("blockaded
# rail, road, and water access": a comma a few words before it).
_RUN_TOGETHER = re.compile(r"(?<!,)(?:^|,)(?P<item>[^,]*), (?:and|but) ")
_LIST_ITEM = 3  # words


def _run_together(title: str) -> bool:
    return any(
        not (match.group(0).startswith(",") and len(match["item"].split()) <= _LIST_ITEM)
        for match in _RUN_TOGETHER.finditer(title)
    )


def _past(word: str) -> bool:
    """Whether a word is a verb in the past tense ("signed", "began"; a capitalised word is a name)."""
    regular = word.endswith("ed") and len(word) > 4 and word not in _NOT_VERBS
    return word.islower() and (word in _IRREGULAR_PAST or regular)


# A relative clause set off by commas after a name: "Anna Busch Walker, who claimed to be a prophet, made".
_NAMES_ASIDE = re.compile(r"(?<=[a-z]), (?:who|which) [^,]+,(?= [a-z])")


def tells_happening(title: str) -> bool:
    """Whether a title tells a whole happening, as a draft's must to be asked about: it starts with its
    subject (no preposition, participle or linking word before it, no comma inside it) and has a verb in
    the past tense ("Tilak joined the Congress", "Bhagat Singh was born"): no state ("had a long
    history", "were also angry"), no present or conditional, no two verbs run together where words were
    cut ("concluded included"), no scrap where a word or a date was cut. A name's relative clause between
    commas is read past ("Anna Busch Walker, who claimed to be a prophet, made a manuscript")."""
    title = _NAMES_ASIDE.sub("", title)
    if _OPENERS.match(title) or _CUT.search(title) or _run_together(title):
        return False
    words = re.findall(r"[\w’'.-]+|,", title)
    for index, word in enumerate(words[1:], start=1):
        if word == "," or word in _MODALS:
            return False
        after = [next_word for next_word in words[index + 1 :] if not next_word.endswith("ly")][:2]
        if word in _AUXILIARIES:  # "was born", "had largely financed"; not "had a long history"
            told = after[0] in _PARTICIPLES or _past(after[0]) or after[0] in ("not", "been") if after else False
            return told and after[0] not in _STATES
        if _past(word):
            return word not in _STATE_VERBS and not (after and _past(after[0]))
    return False


# Two events of a draft go in one order question only this many days apart at least: a drafted date
# may be a little off, and a student orders happenings well apart, not those of one week.
APART_DAYS = 30


def plain_deed(deed: str) -> bool:
    """Whether a draft's deed asks "Who <deed>?" plainly: a happening of its own ("declared war on the
    United States", not "of Algiers declared war"), with no pronoun pointing at the answer ("concluded
    his negotiations", "announced his resignation": whose, the question gives away or leaves open) and
    no look back at what the text told before ("circulated another message": which?)."""
    verb = deed.split()[0] if deed else ""
    opens = verb in _AUXILIARIES or _past(verb)
    pointing = re.search(r"\b(?:his|her|their|him|them|he|she|they|another|again)\b", deed)  # whose? who?
    looks_back = _LOOKS_BACK.search(deed) or points_back(deed)
    specific = re.search(r"[A-Z0-9]", deed)  # a name, a place, a body or a number: "entered office" is anyone's
    return opens and tells_happening(f"Someone {deed}") and not pointing and not looks_back and bool(specific)


# "accepted the offer and arrived in Mexico": which offer? A bare "the <noun>" ending the deed or a clause
# of it points at what the text told before.
_LOOKS_BACK = re.compile(r"\bthe [a-z]+(?=$| and\b| but\b|,)")


def told_once(events: Sequence[Event]) -> list[Event]:
    """The events but a draft's that may tell again what another draft event tells: of two dated to one
    day, the first only ("Lala Lajpat Rai was born" and "... was born into an Agrawal Jain family"); of
    two a day apart, neither ("Moscow lifted the blockade" on May 11 and "The crisis ended" on May 12, the
    article's two dates of one happening). Only events dated to the day; a reviewed one is always kept."""
    days = [
        datetime.date.fromisoformat(event.earliest) if event.draft is not None and event.precision == "day" else None
        for event in events
    ]
    kept = []
    for at, (event, day) in enumerate(zip(events, days, strict=True)):
        if day is not None:
            near = [
                (other, place)
                for place, other in enumerate(days)
                if other and place != at and abs((day - other).days) <= 1
            ]
            if any(other != day or place < at for other, place in near):
                continue
        kept.append(event)
    return kept


def close_pair(first: Event, second: Event) -> bool:
    """Whether two events, either a draft's, are too close for a "which came first": within APART_DAYS,
    both dated to the month or the day (one story's chain of days, each following from the last: "crossed
    the Russian border", then "received a Russian proposal"); two years next to each other are not."""
    return "year" not in (first.precision, second.precision) and too_close(first, second)


# A date a state lasted until ("Slavery would remain legal in Cuba", until 1886): asked "when did this
# happen?", the title alone would tell the class the state began then.
_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)


def ends_a_state(event: Event) -> bool:
    return bool(_UNTIL.match(event.label))


def ends_of_states(events: Sequence[Event]) -> frozenset[str]:
    return frozenset(event.id for event in events if ends_a_state(event))


def too_close(first: Event, second: Event) -> bool:
    """Whether two events, either a draft's, fall within APART_DAYS of each other (any two of a
    reviewed bank may be ordered where they cannot share a day)."""
    if first.draft is None and second.draft is None:
        return False
    earlier, later = sorted((first, second), key=lambda event: event.earliest)
    gap = datetime.date.fromisoformat(later.earliest) - datetime.date.fromisoformat(earlier.latest)
    return gap.days < APART_DAYS


# How often the article must name a draft's person (in so many of its sentences) for the person to be
# asked about or offered in a who-question: one named once is a name in a list, a scholar quoted, a
# film-maker of the legacy (the teachers' readings: "marginal").
STANDING = 2


def standing(person: Person) -> int:
    """In how many of the article's sentences a draft's person is named (their facts)."""
    return len({fact.quote for fact in person.facts})


def marginal_life(event: Event, people: Sequence[Person]) -> bool:
    """Whether a draft's birth or death is taken from a parenthesis of years ("Lalla Habiba (1888–1969)",
    "Princess Lalla Farida (1911-?)", "The Gorkha War (1814–1816)") of no one the article names often: a
    side figure, or no person at all ("The Gorkha War was born")."""
    in_years = _YEARS_IN_PARENTHESES.search(event.quote) or event.quote.lstrip().startswith(("–", "-"))
    life = re.match(r"^(.+?) (?:was born|died)$", event.title)
    if not in_years or not life:
        return False
    subject = f" {fold(life[1])} "
    return not any(
        standing(person) >= STANDING and any(f" {fold(name)} " in subject for name in (person.name, *person.aliases))
        for person in people
    )


# A life's years in parentheses: "Bhagat Singh (27 September 1907", "Princess Lalla Farida (1911-?)".
_YEARS_IN_PARENTHESES = re.compile(r"\(\s*(?:c\.\s*|b\.\s*)?(?:\d{1,2}\s+\w+\s+)?\d{3,4}\b")


# Words of a beginning and of an end: a beginning of one person's or place's story comes before its end
# ("Jovian's arrival at Antioch" and "Jovian left Antioch"; "decided to press charges" and "delivered its
# judgement"), so asking which came first asks nothing.
_BEGINS = re.compile(
    r"\b(?:arriv\w*|accept\w*|beg[au]n|start\w*|found\w*|establish\w*|born|appoint\w*|elect\w*|charg\w*|"
    r"sign\w*|enter\w*|invad\w*|open\w*|took office|(?:given|took|assumed|took over) (?:the )?command)\b",
    re.IGNORECASE,
)
_ENDS = re.compile(
    r"\b(?:left|leav\w*|depart\w*|end\w*|judge?ments?|verdict|sentenc\w*|convict\w*|died|death|resign\w*|"
    r"abdicat\w*|withdr\w*|fell|collaps\w*|releas\w*|execut\w*|hanged|ratif\w*|difficult|retreat\w*|"
    r"clos\w*|expell\w*|driven out|surrender\w*)\b",
    re.IGNORECASE,
)
# A body's first meeting or making, or a war's declaring: whatever it did came after ("The First Continental
# Congress convened", then "The Continental Congress agreed to the Articles of Association"; "The U.S.
# Congress voted to go to war against Spain", then "The U.S. Navy destroyed the Spanish squadron").
_CONVENES = re.compile(
    r"\b(?:conven\w*|assembled|was (?:founded|formed|established|created|set up)|declared war|"
    r"(?:go|went) to war|war (?:began|broke out))\b"
)
# A setting out and an arrival: of one ship or person, leaving comes before arriving ("left the United States",
# then "arrived in Liberia"), so asking which came first asks nothing.
_SETS_OUT = re.compile(r"\b(?:left|leav\w*|depart\w*|set (?:out|sail|off)|sailed from|embark\w*)\b", re.IGNORECASE)
_ARRIVES = re.compile(r"\b(?:arriv\w*|reach\w*|return\w*|landed|docked|came back|got back)\b", re.IGNORECASE)
# A title that tells its own place in the story: "The first battle was fought", "sent on his last mission".
_RANKED = re.compile(r"^The first\b|\b(?:last|final)\b")
# A life's end: whatever else a person did came before it ("Jovian left Antioch", "Jovian was found dead").
_LIFE_ENDS = re.compile(r"\b(?:died|death|dead|killed|assassinated|murdered|executed|hanged)\b", re.IGNORECASE)
_SMALL_WORDS = set("the a an of in on at to and his her its their was were had".split())


def obvious_order(earlier: Event, later: Event) -> bool:
    """Whether two draft events are in an order any reader knows: one tells its own place ("the first
    battle", "his last mission"), or, of one person, place or body (a name or a subject word shared), a
    beginning comes before an end, a body's meeting or making before its acts, a birth before anything or
    anything before a death, or they are a day apart (one happening told twice)."""
    if earlier.draft is None and later.draft is None:
        return False
    if _RANKED.search(earlier.title) or _RANKED.search(later.title):
        return True  # "The first battle was fought in Manila Bay" tells its own place
    shared = _names_and_subject(earlier.title) & _names_and_subject(later.title) or _named_in_both(earlier, later)
    if not shared:
        return False
    days = {earlier.precision, later.precision} == {"day"}  # (1784 and 1785 are no day apart)
    gap = datetime.date.fromisoformat(later.earliest) - datetime.date.fromisoformat(earlier.latest)
    life = bool(re.search(r"\bborn\b", earlier.title) or _LIFE_ENDS.search(later.title))
    body = bool(_CONVENES.search(earlier.title))  # a body meets, or is made, before it acts
    journey = bool(_SETS_OUT.search(earlier.title) and _ARRIVES.search(later.title))  # one leaves, then arrives
    return (
        days
        and gap.days <= 1
        or life
        or body
        or journey
        or bool(_BEGINS.search(earlier.title) and _ENDS.search(later.title))
    )


def _named_in_both(first: Event, second: Event) -> bool:
    """Whether a name of one title is a word of the other's, with or without its capital ("signed the
    Treaty of Paris" and "ratified the treaty": one treaty, signed before it was ratified)."""
    words = [{fold(word) for word in re.findall(r"[\w-]+", event.title)} for event in (first, second)]
    names = [_names_and_subject(event.title) - _SMALL_WORDS for event in (first, second)]
    return bool(names[0] & words[1] or names[1] & words[0])


def _names_and_subject(title: str) -> set[str]:
    """A title's names (its capitalised words) and its subject's words (those before its verb)."""
    words = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", title))
    names = {word for word in words[1:] if word[:1].isupper()}
    subject = []
    for word in words:
        if _past(word) or word in _AUXILIARIES:
            break
        subject.append(word)
    return {fold(word) for word in (*names, *subject) if word.casefold() not in _SMALL_WORDS}


_WORD = re.compile(r"[\w’']+")
_JOINS = {"and", "but", "or", "then", "yet", "while", "when", "who", "which", "that", "after", "before"}
# The words that open a clause whose verb a cut may leave after the title's ("…at Malta, and at Naples in
# 1284, where Charles was made prisoner" cut to "…at the Battle of Malta was made prisoner").
_OPEN_A_CLAUSE = {"who", "which", "that", "whom", "where", "when", "whose"}


def holed(title: str, quote: str) -> bool:
    """Whether words were cut out of the middle of a title so that it no longer reads: a relative clause's
    "who" or "which" was cut and its verb kept after another verb, with no "and" joining them ("Louis the
    Pious sent the imperial insignia to Lothair claimed the whole of the Empire", where the quote has "to
    Lothair, who, disregarding the various partitions, claimed"; "defeated the French forces at the Battle
    of Malta was made prisoner", where "where Charles of Salerno" was cut). An aside cut out before the verb ("Singh,
    accompanied by Dutt, threw"), or after a clause's own subject ("when Nabi's measures, including
    excessive taxes, pushed"), leaves no hole."""
    said = [word.casefold() for word in _WORD.findall(quote)]
    told = _WORD.findall(title)
    at, last, verb_seen = 0, -1, False
    for index, word in enumerate(told):
        try:
            place = said.index(word.casefold(), at)
        except ValueError:
            continue  # (a pronoun the title names: "he" is "Louis the Pious")
        cut = said[last + 1 : place] if last >= 0 else []
        verb = word in _AUXILIARIES or _past(word)
        joined = index > 0 and told[index - 1].casefold() in _JOINS
        if verb and verb_seen and not joined and set(cut) & _OPEN_A_CLAUSE:
            return True
        verb_seen = verb_seen or (verb and index > 0)
        at, last = place + 1, place
    return False


def subject_of(people: Sequence[Person], title: str) -> list[Person]:
    """The article's subject among a draft's people: those the bank's title names, else the one the
    article names in most sentences."""
    drafted = [person for person in people if person.drafted]
    folded = f" {fold(title)} "
    named = [p for p in drafted if title and any(f" {fold(n)} " in folded for n in (p.name, *p.aliases))]
    return named or ([max(drafted, key=standing)] if drafted else [])


def most_sets(event: Event) -> int:
    """In how many order questions an event may stand: a draft's in one (the teachers found the same
    dozen items in set after set)."""
    return MOST_SETS if event.draft is None else 1


def gives_order_away(event: Event, kept: Event) -> bool:
    """Whether two items of a draft's order question tell their order by themselves: one sentence's two
    happenings, or an order any reader knows (a birth before the same person's deeds, a birth before
    the death, a beginning before its end: `obvious_order`)."""
    if event.draft is None and kept.draft is None:
        return False
    earlier, later = sorted((event, kept), key=lambda item: item.earliest)
    return event.quote == kept.quote or obvious_order(earlier, later)


# Words that say nothing of which happening a title tells, left out when two titles are compared.
_FILLER = set("the a an of in on at to and his her its their was were had with from for by into as that".split())


def _stems(title: str) -> set[str]:
    return {word[:5] for word in re.findall(r"[a-z]+", title.casefold()) if word not in _FILLER and len(word) > 2}


def past_form(word: str) -> bool:
    """Whether a word is a verb in the past or its participle ("signed", "given", "sworn")."""
    return _past(word) or word in _PARTICIPLES


def first_verb(title: str) -> str:
    """A title's first verb in the past, its participle after an auxiliary ("was given" -> "given"); a word
    joined to a name is none ("the U.S.-sponsored plan")."""
    words = re.findall(r"[\w’'.-]+", title)
    for at, word in enumerate(words):
        if word in _AUXILIARIES and at + 1 < len(words):
            return words[at + 1]
        if _past(word):
            return word
    return ""


def _verb_stem(title: str) -> str:
    """The stem of a title's first verb in the past ("ordered" -> "order"; "was born" -> "born")."""
    words = re.findall(r"[\w’'-]+", title)
    for at, word in enumerate(words):
        if word in _AUXILIARIES and at + 1 < len(words):
            return words[at + 1].casefold()[:5]
        if _past(word):
            return word.casefold()[:5]
    return ""


def same_happening(first: Event, second: Event) -> bool:
    """Whether two titles tell one happening: a name shared, the verb of either among the other's words,
    and most of the words of the shorter among the longer's ("Napoleon III ordered the withdrawal of
    French troops" and "Stiff Mexican resistance caused Napoleon III to order French withdrawal")."""
    names = [
        {fold(word) for word in re.findall(r"\b[A-Z][\w’'-]*", event.title)} - {"the", "a", "an"}
        for event in (first, second)
    ]
    stems = [_stems(first.title), _stems(second.title)]
    shared = stems[0] & stems[1]
    verbs = {_verb_stem(first.title), _verb_stem(second.title)} - {""}
    return (
        bool(names[0] & names[1])
        and bool(verbs & shared)
        and len(shared) >= 3
        and len(shared) >= SAME_SHARE * min(map(len, stems))
    )


# The share of the shorter title's words the longer must hold for the two to tell one happening.
SAME_SHARE = 0.6


def one_date(events: Sequence[Event]) -> list[Event]:
    """The events but a draft's that the article dates twice, differently: of two telling one happening
    (`same_happening`) whose dates cannot meet (Napoleon III's order to withdraw, in 1867 and on January
    31, 1866), neither: asked its date, a class has two right answers."""
    drafted = [event for event in events if event.draft is not None]
    twice = {
        event.id
        for event in drafted
        for other in drafted
        if other.id != event.id
        and not (event.earliest <= other.latest and other.earliest <= event.latest)
        and same_happening(event, other)
    }
    return [event for event in events if event.id not in twice]
