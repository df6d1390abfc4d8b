"""What makes a draft's event unsafe to ask about though its title has a subject and a verb, as teachers
reading questions of unseen texts found: its date is another phrase's ("before the Moscow summit of May
1972", "was not indicted because he had committed suicide in April 1945"), it tells a state or what did
not happen ("From 1589, Munk owned the manor", "did not want"), it points at what the text told before
("Polk accomplished this", "The count joined him"), or words were cut out of its middle ("sent the
insignia to Lothair claimed the Empire", the "who ..." gone)."""

from __future__ import annotations

import re
from collections import Counter

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.text import fold

_MONTHS = "|".join(MONTHS)
A_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:(?:{_MONTHS})\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{3,4}}\b"
FIRST_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})\b|\b\d{{3,4}}\b")

# The words a date may follow with "of" and still be the happening's own: "the morning of 11 September",
# "in March of 1919", "the 6th of June 1944", "the summer of 1863".
_TIME_WORDS = set(
    f"{' '.join(MONTHS)} morning night evening afternoon day days week weeks month months year years spring "
    "summer autumn fall winter end beginning start middle half part course turn close ides dawn eve".casefold().split()
)
_OF_A_DATE = re.compile(rf"([\w’']+)\s+of\s+(?:the\s+)?{A_DATE}", re.IGNORECASE)
_YEAR = re.compile(r"\d{3,4}$")

# Words that open a phrase or clause of its own: a date after one of them, with no comma between, dates
# that phrase ("before the Moscow summit of May 1972", "because he had committed suicide in April 1945").
_OTHER_PHRASE = re.compile(
    r"\b(?:because|although|though|whereas|after|before|until|till|since|unless|once|"
    r"prior to|ahead of|following|which|who|whom|whose|where|that)\b",
    re.IGNORECASE,
)
# ("when" and "while" are left out: what happens when another thing does happens then too, "the
# Administration achieved a success when Libya agreed to give up its weapons programs in 2003".) What may
# stand between such a word and the happening's own date: "shortly after dawn on 6 June 1944", "filed a
# mercy appeal before Irwin on 14 February 1931" (a name, no other thing).
_HOURS = set("the on in of at early late dawn midnight noon sunrise sunset daybreak nightfall morning".split())


_LATER_PREDICATE = re.compile(
    # what had happened before, then the date's happening: "had been repossessed by his father, and was
    # thus inherited by Peter" (in 1276)
    r"\bhad (?:been )?[a-z]+ed\b[^;]*?\band (?:thus |then |so )?(?:was|were|[a-z]+ed)\b"
    r"|\band (?:then|ultimately|eventually|later|finally|subsequently|afterwards"
    # a second happening dated from the first: "returned home and next year was appointed ambassador"
    r"|next (?:year|month|week|day)|the (?:next|following) (?:year|month|week|day)"
    r"|(?:a|an|one|two|three|four|five|six|several|some) (?:years?|months?|weeks?|days?) later)\b"
)


def date_of_another_phrase(title: str, quote: str, year: int) -> bool:
    """Whether the quote's date is a noun's ("the Moscow summit of May 1972", "the events of 1968") or
    stands in a phrase or clause that opens after the title's own words begin ("did not want discord ...
    before the Moscow summit of May 1972", "was not indicted because he had committed suicide in April
    1945"): asked as the title's date (its `year`), it dates something else. A clause that opens the
    sentence ("When the Commission visited Lahore on 30 October, Rai led a march") is the title builder's
    to weigh; a count is no date ("a train of 200 followers"). A title telling a later happening after its
    first ("was arrested and ultimately killed on January 17, 1961") dates one of the two only."""
    if _LATER_PREDICATE.search(title):
        return True
    for match in _OF_A_DATE.finditer(quote):
        number = _YEAR.search(match[0])
        if number and int(number[0]) == year and match[1].casefold() not in _TIME_WORDS and not match[1][:1].isdigit():
            return True
    first = FIRST_DATE.search(quote)
    if not first:
        return False
    clause = re.split(r"[,;:()\u2013\u2014]", quote[: first.start()])[-1]
    words = {word.casefold() for word in re.findall(r"[\w’']+", title)}
    for opener in _OTHER_PHRASE.finditer(clause):
        before = re.findall(r"[\w’']+", clause[: opener.start()])
        between = re.findall(r"[\w’']+", clause[opener.end() :])
        only_hours = all(word.casefold() in _HOURS or word[:1].isupper() for word in between)
        if any(word.casefold() in words for word in before) and not only_hours:
            return True
    return False


# A date the happening's state runs from: "From 1589, Munk owned the manor", "had lived there since 1920".
_FROM_A_DATE = re.compile(
    rf"\b(?:from|since|starting in|beginning in)\s+(?:the\s+)?{A_DATE}(?!\s*(?:to|until|till|and|[-\u2013]))",
    re.IGNORECASE,
)


def from_a_date(quote: str, label: str = "") -> bool:
    """Whether the date is where a state began ("From 1589, Munk owned the manor"): every later year is
    as true of it, so it asks no year, nor has a place in an order."""
    return bool(_FROM_A_DATE.search(quote) or _FROM_A_DATE.search(label))


# A happening that did not happen: "Hitler was not indicted", "Kissinger did not want discord" (but "Rai
# did not fully recover and died" tells his death).
_NOT = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b", re.IGNORECASE)


def negated(title: str) -> bool:
    """Whether a title tells what did not happen, with no happening after it ("and died")."""
    found = _NOT.search(title)
    if not found:
        return False
    return not re.search(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?\w+ed\b|\band\s+died\b", title[found.end() :])


# A person named by rank or office alone: "the count joined him", "the king died" (which count?). A
# rank with its "of" or a name ("the King of France", "the emperor Lothair") says whom.
_RANKS = (
    "count|countess|king|queen|emperor|empress|pope|president|general|duke|duchess|prince|princess|admiral|"
    "governor|minister|chancellor|sultan|shah|tsar|czar|bey|pasha|dey|colonel|captain|commander|marshal|"
    "earl|baron|bishop|archbishop|senator|secretary|ambassador|envoy|consul|regent|khan|caliph|mayor|viceroy"
)
_POINTS_BACK = re.compile(
    # a demonstrative: "Polk accomplished this", "this treaty", "such a plan"
    r"\b(?:this|those|such)\b"
    # "that" standing for a thing ("did that in 1920"), not opening a clause ("announced that the war ...")
    r"|\bthat(?=\s*$|\s*[,.;]|\s+(?:in|on|at|to|for|with|by|from|into|as)\b)"
    # a rank alone, with no "of" or name after it: "the count", "the King"
    rf"|\b(?i:the (?:{_RANKS}))\b(?!\s+(?:of\b|[A-Z]))"
    # a happening told as coming after or before another the stem leaves out: "The Peace of Lund followed
    # shortly after" (after what?), "A riot followed", "The others followed suit"
    r"|\b(?:after|afterwards?|thereafter|later|earlier|before|followed|ensued)\s*$|\bfollowed suit\b",
)
# An object pronoun: "the count joined him", "put it down", "sent her to London" ("her" before a noun is
# whose, "it" before a verb the subject of a clause of the title's own: "while it was in session").
_OBJECT = re.compile(
    r"\b(?:him|them)\b|\bher(?=\s*$|\s*[,.;]|\s+(?:to|in|on|at|for|with|by|from|into|as|a|an|the|and|was|were|had)\b)"
    r"|(?:^|\b([\w’']+)\s+)it\b(?!\s+(?:was|were|had|is|has)\b)",
    re.IGNORECASE,
)
_OPENS_A_CLAUSE = set(
    "while when after before because until since where though although and but that which as if so".split()
)
# A second predicate of the title, whose pronoun stands for what the first told: "made a manuscript and
# presented it to Anne", "met Seward and gave him the post".
_SECOND_PREDICATE = re.compile(
    r"\band\s+(?:then\s+)?(?:[a-z]+ed|gave|sent|took|made|put|brought|told|left|kept|sold)\b"
)


# A thing a story has several of, with "the" and nothing saying which, as the title's subject ("The fleet
# landed at Alcoyll": whose?) or its object ("ratified the treaty by one vote": which?): the text told
# which before. A word after it that says which ("the fleet of Peter", "the treaty with Spain") or a
# capital ("the French fleet", "the Treaty of Paris") keeps it. The story's one crisis, war, blockade,
# trial or rebels are left alone: its readers know them (the dev readings ticked "The crisis ended when
# Soviet forces lifted the blockade", "Lincoln extended the blockade ..."); so are the council, the bill,
# the act or the law a body passes ("The Senate passed the bill": its own). An offer is not ("Maximilian
# accepted the offer and arrived in Mexico": which offer? the dev set's fifth reading).
_SEVERAL = (
    "fleet|army|navy|squadron|ship|troops|force|forces|expedition|embassy|mission|treaty|pact|agreement|"
    "alliance|truce|plan|letter|message|decree|ordinance|resolution|"
    "proclamation|petition|battle|siege|attack|city|town|fort|castle|conference|meeting|"
    "wedding|marriage|funeral|ceremony|offer|proposal"
)
_PAST_VERB = r"(?:[a-z]+ed|was|were|had|fell|began|left|won|took|sent|came|went|made|met|led|fought|rose|held|set)"
_BARE_SUBJECT = re.compile(rf"^The (?:{_SEVERAL}) (?:[a-z]+ly )?{_PAST_VERB}\b")
_BARE_OBJECT = re.compile(
    rf"\b{_PAST_VERB} (?:[a-z]+ )?the (?:{_SEVERAL})(?=\s*$|\s*[,;]|\s+(?:and|but|by|to|from|on|into|during)\b)"
)


# A body named by its kind alone as the subject ("The Society established the Fergusson College", "The
# tribunal delivered its judgement": which?), or a number standing for people named before ("The three
# were hanged"), or a possessive that no name in the title owns ("Three of his companions were
# decapitated": whose? the asked person's, a class would think).
# People named by their office or errand alone, more than one, as the subject: "The commissioners reached
# agreement", "The envoys returned" (which? the text named them, or the body they made up, before).
_BARE_ROLES = re.compile(
    rf"^The (?:{_RANKS}|commissioner|delegate|negotiator|representative|plenipotentiarie|member|official|"
    rf"deputie|conspirator)s (?:[a-z]+ly )?{_PAST_VERB}\b"
)
_BODIES = "society|committee|commission|tribunal|company|association|league|administration"
_BARE_BODY = re.compile(rf"^The (?i:{_BODIES}) (?:[a-z]+ly )?{_PAST_VERB}\b")
# A whole thing with nothing saying which: "control over the whole protectorate" (of two the article names).
_WHOLE = re.compile(r"\b[Tt]he (?:whole|entire) [a-z]+\b(?!\s+(?:of|in)\b)")
# A count from what the text told before: "A third attempt was made by Viaux", "Another revolt broke out".
_COUNTED_ON = re.compile(
    r"^(?:(?:A|An|The) (?:second|third|fourth|fifth|sixth|further)|Another)\b"
    # "staged more vocal protests" (than what?): more of a kind the text told before, as "another" is
    r"|\bmore (?!\w+ly\b|than\b)(?:[a-z]+ ){0,2}[a-z]+s\b(?!.*\bthan\b)"
)
_BARE_NUMBER = re.compile(
    rf"^The (?:two|three|four|five|six|seven|eight|nine|ten|latter|former|others) (?:[a-z]+ )?(?:[a-z]+ly )?"
    rf"{_PAST_VERB}\b"
)
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b")
# Words that open a title without naming anyone: "Three of his companions", "The rest of his men".
_NAMING_NO_ONE = set(
    "the a an one two three four five six seven eight nine ten some many several all both most".split()
)


# What "their" may stand for in the title itself: two joined ("Anne and Louis"), a plural ("the rebels"),
# a people or a body ("the French", "the council"). One person alone cannot own it ("Hardouin celebrated
# their marriage": whose?).
_PLURAL = re.compile(
    r"\b(?:and|both|all)\b|\b[\w’'-]+[^s’'\W]s\b(?<!\bhis)(?<!\bits)(?<!\bwas)(?<!\bhas)(?<!\bthis)"
    r"|\b(?:people|French|British|English|Dutch|Spanish|Irish|Scots|Welsh|Danish|Swiss|Chinese|Japanese|"
    r"Portuguese|Vietnamese|army|navy|government|council|congress|parliament|senate|assembly|family|crew|"
    r"couple|court|party|company|committee|police|clergy|nobility)\b",
    re.IGNORECASE,
)
# A place word standing for a place the title does not name: "a legation was established there" (where?),
# not "there was a revolt" nor "went to Paris and died there".
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:was|were|is|are|had|has|have|be|being|would|will|could|should|might|must|may|came|arose|followed|began|remained|seemed|existed)\b)"
)
_PLACE_NAMED = re.compile(r"\b(?:in|at|to|into|from|for|near|reached|entered|visited)\s+(?:the\s+)?[A-Z]")


def _points_outside(title: str) -> bool:
    """Whether a title's "their" has no plural of its own to stand for, or its "there" no place."""
    found = re.search(r"\btheir\b", title)
    if found and not _PLURAL.search(title[: found.start()]):
        return True
    place = _THERE.search(title)
    return bool(place and not _PLACE_NAMED.search(title[: place.start()]))


# A thing's name with "the" ("The Treaty of Vik", "the Senate"): it owns no "his" or "her" (one with a rank does:
# "The Duke of Alba sent his troops", "The Black Prince led his army").
_THING_NAMED = re.compile(r"\b[Tt]he [A-Z][\w’'.-]*(?:\s+(?:(?:of|the|de|and)\s+)*[A-Z][\w’'.-]*)*")
_RANK_WORD = re.compile(rf"\b(?i:{_RANKS})\b")


def _unowned_possessive(title: str) -> bool:
    """Whether a title's first "his", "her" or "their" comes before any name of its own (a thing's name with
    "the" owns no "his": "The Treaty of Vik set his ransom": whose?)."""
    found = _POSSESSIVE.search(title)
    if found is None:
        return False
    before = title[: found.start()]
    if found[0] != "their":
        before = _THING_NAMED.sub(lambda named: named[0] if _RANK_WORD.search(named[0]) else named[0].lower(), before)
    words = re.findall(r"[\w’'.-]+", before)
    return not any(
        word[:1].isupper() and (place or word.casefold() not in _NAMING_NO_ONE) for place, word in enumerate(words)
    )


def bare_definite(title: str) -> bool:
    """Whether a title's subject or object is a thing a story has several of, with "the" and nothing
    saying which ("The fleet landed at Alcoyll", "The U.S. Senate ratified the treaty by one vote")."""
    return bool(_BARE_SUBJECT.search(title) or _BARE_OBJECT.search(title))


def points_back(text: str) -> bool:
    """Whether a title or deed points at what the text told before ("Polk accomplished this", "The count
    joined him", "put it down", "The fleet landed"): out of the article, no reader can tell what or whom."""
    if _POINTS_BACK.search(text) or bare_definite(text) or _BARE_BODY.search(text) or _BARE_NUMBER.search(text):
        return True
    if _BARE_ROLES.search(text):
        return True
    if _COUNTED_ON.search(text) or _WHOLE.search(text):
        return True
    if _unowned_possessive(text) or _points_outside(text):
        return True
    for match in _OBJECT.finditer(text):
        subject_of_a_clause = match[1] is not None and match[1].casefold() in _OPENS_A_CLAUSE
        if not subject_of_a_clause and not _SECOND_PREDICATE.search(text[: match.end()]):
            return True
    return False


# Words that may join a name's capitalised words: "Louis the Pious", "Ermengarde of Tours".
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|de|von|van|al|bin|ibn|da|di|du|le|la)\s+)*[A-Z][\w’'.-]*)*")


def unclear_names(names: list[list[str]], main: list[str]) -> tuple[set[str], set[str]]:
    """Of a draft's people (each a list of its name and other names), the names a reader cannot tell
    apart: whole names two people bear (two "Kirsten Munk"), and single words of two people's names
    ("Louis" for "Louis" and "Louis II"), but for the words of `main`'s names (the article's subject:
    "Munk" is Peder Munk in his own life, though his brother is a Munk too). Folded."""
    whole = Counter(fold(forms[0]) for forms in names)
    words = Counter(word for forms in names for word in {w for form in forms for w in fold(form).split()})
    mains = {word for form in main for word in fold(form).split()}
    return {name for name, count in whole.items() if count > 1}, {
        word for word, count in words.items() if count > 1 and word not in mains
    }


def names_unclearly(text: str, unclear: tuple[set[str], set[str]]) -> bool:
    """Whether `text` names someone by a name `unclear_names` found: a whole name two people bear, or a
    single word of two people's names standing alone ("Louis was deposed")."""
    wholes, words = unclear
    for run in _NAME_RUN.findall(text):
        folded = fold(run)
        if folded in wholes or (" " not in folded and folded in words):
            return True
    return False


# What a date leaves when it is cut out of a span of years: "The Synod –9 resolved" ("in 1618–9").
_DATE_DEBRIS = re.compile(r"(?:^|\s)[\u2013\u2014-]\s*\d|\d\s*[\u2013\u2014-](?:\s|$)")


def date_debris(title: str) -> bool:
    """Whether a title keeps a piece of a span of years its date was cut from ("The Synod –9 resolved")."""
    return bool(_DATE_DEBRIS.search(title))


# A second happening the sentence dates from the first, after the first's date: "launched Operation Vittles
# on June 26, with the United Kingdom following suit two days later" (the title keeps both, the date is
# one's); before it, the phrase dates the sentence's own from an earlier ("The war officially ended four
# months later, when ... signed the Treaty of Paris on December 10, 1898").
_LATER_INSIDE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+) (?:days?|weeks?|months?|"
    r"years?) (?:later|afterwards?)|(?:the )?(?:next|following) (?:day|morning|week|month|year))\b",
    re.IGNORECASE,
)
# A relative clause told of the date itself: "sent Kennedy a message the evening of October 26, which meant
# it was sent in the middle of the night Moscow time" (with the date cut out, "which" tells of the message).
# A second predicate after the date, joined by "and": "He died on 15 February 1632, and was buried in
# Westminster Abbey" (the burial is not of that day).
_AND_AFTER_A_DATE = re.compile(
    rf"(?:\b\d{{3,4}}|\b(?:{_MONTHS})\s+\d{{1,2}}),?\s+and\s+(?:then\s+|later\s+)?"
    r"(?P<verb>(?:was|were|had) \w+|[a-z]+ed)\b"
)
_WHICH_OF_A_DATE = re.compile(rf"(?:\b(?:{_MONTHS})\s+\d{{1,2}}|\b\d{{3,4}}),\s+which\s+meant\b")


def second_happening_inside(title: str, quote: str) -> bool:
    """Whether a sentence dates a second happening from its first, after the first's date ("on June 26,
    with the United Kingdom following suit two days later"), tells one the title keeps after the date ("died
    on 15 February 1632, and was buried"), or tells a relative clause of its date ("on October 26, which
    meant it was sent at night"): asked by one date, the title asks of two things, or reads wrong."""
    first = FIRST_DATE.search(quote)
    later = _LATER_INSIDE.search(quote, first.end()) if first else None
    joined = _AND_AFTER_A_DATE.search(quote)
    told_too = joined is not None and joined["verb"] in title  # ("The war began", its end left out, is one)
    return later is not None or told_too or bool(_WHICH_OF_A_DATE.search(quote))


def cut_before_a_name(title: str, quote: str) -> bool:
    """Whether a title stops where its sentence goes on to a quoted name within two words ("impounded two
    ironclad", the quote going on ", steam-driven “Laird rams”"): the title lost its object."""
    return bool(re.match(r"[\s,]*(?:[\w’'-]+[\s,]+){0,2}(?:“|\"(?=\w))", after_title(title, quote)))


def after_title(title: str, quote: str) -> str:
    """What the quote goes on with after the title's last two words ("" where it does not write them)."""
    words = re.findall(r"[\w’']+", title)[-2:]
    ending = list(re.finditer(r"\W+".join(map(re.escape, words)) + r"\b", quote)) if words else []
    return quote[ending[-1].end() :] if ending else ""


# A quote that is a clause without its subject: "and arrived in Liberia on January 15, 1879." (what did?)
_SUBJECTLESS = re.compile(
    r"^(?:and|but|or|nor|yet|then)\s+(?:then\s+|later\s+|[a-z]+ly\s+)?"
    r"(?!(?:the|a|an|his|her|its|their|he|she|it|they|we|this|that|these|those|there|in|on|at|by|after|before|"
    r"when|while|during|with|from|for|to|as|since|until|one|two|three|some|many|all|both)\b)[a-z]"
)


def subjectless(quote: str) -> bool:
    """Whether a quote is a clause without its subject ("and arrived in Liberia on ..."): shown after
    answering, it does not say who or what did it."""
    return bool(_SUBJECTLESS.match(quote.strip()))
