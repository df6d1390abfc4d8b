"""An event's title from its quote, as a student reads it on a timeline: the quote without its dates,
its subject and main verb kept (a clause without its subject borrows the sentence's: "and in 1863 was
in no hurry" is "Grant was in no hurry"), asides taken out when it is long, cut at a clause's end,
and never a hole where a date was ("He was born ( ) in ...")."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_cut import LONGEST_TITLE, _cut
from vlasov_cli.features.draft.titles_dated import aside_happening, dated_predicate, ended_state
from vlasov_cli.features.draft.titles_recast import happening_told, where_told
from vlasov_cli.features.draft.titles_verbs import (
    _PRONOUNS,
    _VERB,
    _VERB_FIRST,
    _has_verb,
    _last_segment,
    _plain_subject,
    _verbs,
)

COORDINATED = re.compile(r"(?:and|but|while|whereas|yet)\b\s*", re.IGNORECASE)
# Words a date leaves behind once it is taken out of a sentence: "On", "in the", "Shortly after".
_LEFT_BEFORE = re.compile(
    r"(?:\b(?:shortly|soon|just|not long|only|early|late|sometime|some time|back|way back)\s+)?"
    r"\b(?:on|in|by|during|from|until|till|since|after|before|at|around|about|through|throughout|of|for|"
    r"to|between|as early as|as late as|the|that|this|"
    r"(?:early|late|latter|middle|first|second|third|fourth|last|final)\s+(?:part|half|week|weeks|days|fortnight))\s*$"
    r"|\b(?:early|late|shortly|soon)\s*$",  # "left the house early | the next day"
    re.IGNORECASE,
)
# A phrase whose subject was the date, out with it: "The Empire was extinguished, | 1806 | being seen as its final year"
_DATES_PHRASE = re.compile(r"^\s+(?:being|having been|marking|making it)\s[^,;:]*")
_ONWARD = re.compile(r"^\s*onwards?\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_BARE_DATED = re.compile(r"(?<=\w)\s+dated\s*$")  # a letter's "dated" with its date gone
_AGAIN = re.compile(r"^[\s,]*(?:and\s+)?again\b[\s,]*", re.IGNORECASE)  # "In 1888 and again in 1889, he..."
# What a "within two months" leaves behind: "of the flood", "of the publication of the manifesto".
_MEASURED_FROM = re.compile(r"^\s*(?:of|after)\b[^,;:.]*")
_MEASURED_FROM_ON = re.compile(r"^(?:\s+[^\s,;:.]+){1,6},")
# Parentheses a date was taken out of: "( )", "(c. )", "(born , in Pune)"
_HOLE = re.compile(
    r"\s*\((?:\s|[,;:\u2013-]|\b(?:c|ca|b|d)\.|\b(?:circa|born|died|reigned|ruled|in|on|from|to|and)\b|\br\.)*\)"
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")  # "(KONR, Committee for the Liberation ...)"
_COMMA = re.compile(r",\s")
_NESTED_PARENTHESES = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)")
# A word no title ends with, whatever cut it ("sentenced to life imprisonment for: ...", "adopting the
# blockade shortly | after ...", "ended in c. | 855"); "her" may be an object.
_DANGLING_WORD = re.compile(
    r"[\s,]+(?:a|an|the|of|to|in|on|at|by|for|with|from|into|shortly|soon|immediately|just|c\.?|ca\.?|circa)$",
    re.IGNORECASE,
)
# A predicate of its own after a date and its comma: ", removed both the President and ..." (the title
# stops at the date, not "... a coup removed both the President").
_NEXT_PREDICATE = re.compile(
    r",\s+(?:then\s+)?(?:was|were|had|became|began|took|made|won|gave|went|came|led|fought|left|sent|[a-z]+ed)\s"
)
# A date inside an aside the predicate after it is not of: "she had, in 1955, embarked", "The commission,
# which issued its decision on 8 May, rejected".
_ASIDE_OPEN = re.compile(r",\s*$|,\s+(?:which|who|whom|whose|including)\b[^,;]*$")
# An aside between a subject and its verb that a date stands in, open before the date ("The commission,
# which issued its decision", "This agreement, dated", "The United States, still smarting from"), and the
# comma after it that gives the subject its verb back (", rejected", ", also established", ", did become").
_DATED_ASIDE = re.compile(
    r",\s+(?:which|who|whom|whose|where|still\s+[a-z]+|[a-z]+ed|dated|born|known|called|named|having|"
    r"(?P<office>(?:the\s+|an?\s+)?[A-Z][a-z]+\s+of))\b[^,;:()]*$"  # an office: "Napoleon, Emperor of the French since"
)
_PREDICATE_BACK = re.compile(r",\s+(?:(?:also|then|still|later|soon|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\s")
# A relative clause told of a name before it, the last of the quote's: "the Alabama, which was launched"
_TRAILING_RELATIVE = re.compile(
    r"(?:^|\s)(?P<name>(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w'\u2019.-]*),\s+"
    r"(?:which|who)\s+(?=(?:[a-z]+ly\s+)?(?:was|were|had|has|is|are|[a-z]+ed)\s)(?=[^,;:]*$)"
)
# What a comma after a date is kept for: an apposition (", an incident that ..."), or the end of an adverbial
# or a subordinate clause before the main clause ("In the issue of Young India, Gandhi wrote")
_APPOSITION = re.compile(r",\s+(?:an?)\s")
_SUBORDINATOR = re.compile(r"(?:when|where|while|after|before|although|though|as|since|once|because|if)\b", re.I)
# A connective a cut left at a title's end: "was imposed again; however", "were imposed and".
_DANGLING_CONNECTIVE = re.compile(
    r"[\s,;:]+(?:however|and|but|or|nor|which|who|whom|whose|while|whereas|yet|although|though|because|when|where)$",
    re.IGNORECASE,
)
# A scrap a title never starts with: closing punctuation ("), endeared as"), a preposition left alone
# ("Between", "In, he").
_SCRAP_OPENING = re.compile(
    r"^(?:[\s)\]}\u201d\u2019,;:.]+|(?:between|in|on|by|during|from|until|since|after|before|at|of|for|to)\s*(?:[,;:]\s*|$))+",
    re.IGNORECASE,
)
# What opens a sentence before its subject: "Surfacing again", "After the signing of the treaty", "Thus"
_FRONTED_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+ing|after|before|following|in|on|at|by|during|from|with|under|for|thus|when|while|as|to)\b", re.I
)
_IN_VERB_GROUP = re.compile(r"not|never|be|been|being|also|still|[a-z]+ly")
_ADVERB = re.compile(r"also|then|still|later|soon|[a-z]+ly")
_SUBJECT_OPENING = re.compile(r"^(?:(?:in|on|by|during|after|before|from|at|early|late)\b[^,]*,\s*)?", re.IGNORECASE)


# A participle opening a sentence, its phrase up to a comma: "Inspired by Chiplunkar, he ...", "Arrested in
# 1908, Tilak ...", "Having left the college, ..." (a word in -ed only before a preposition: not "Ahmed")
_PARTICIPLE_PHRASE = re.compile(
    r"^(?:(?P<having>Having)\s+[a-z]+|(?:[A-Z][a-z]+ed|Born|Taken|Given|Chosen|Sworn|Written|Shot|Sent|Held|Led|"
    r"Brought|Caught|Built|Known|Driven|Beaten)\s+(?:by|in|on|at|as|to|from|with|after|for|during|into|under|of)\b)"
    r"[^,;:]*(?:,\s+|$)"
)
# Words that tie a sentence to the one before, no part of what happened: "Following this,", "In fact,"
_CONNECTIVE = re.compile(
    r"^(?:(?:following this|in fact|however|moreover|nevertheless|nonetheless|as a result|in addition|meanwhile|"
    r"consequently|therefore|thus|furthermore|subsequently|indeed|instead|in turn|at the same time|in response|"
    r"most famously|finally|eventually|ultimately|later|afterwards|thereafter|in the end|in return|initially|"
    r"at first|once again|notably|in particular|similarly|likewise|in contrast|on the other hand|even so),\s+|"
    r"so\s+(?=[A-Z]))",
    re.IGNORECASE,
)
# A subordinate clause or an adverbial put before the main clause, up to its comma: "Although there was
# opposition, Lenin presented ...", "When the Soviets discovered these designs, they withdrew ...", "In
# response to Algerian seizures of American ships, Congress authorized ...".
_FRONTED = re.compile(
    r"^(?P<opener>although|though|even though|when|whenever|after|before|since|because|as soon as|once|if|"
    r"while|whereas|despite|in spite of|following|upon|in response to|in the midst of|without|under|"
    r"based (?:up)?on|according to|prior to|after years of|in an attempt to)\s+(?P<clause>[^,;:()]*),\s+",
    re.IGNORECASE,
)
_CONJUNCTIONS = {
    "although",
    "though",
    "even though",
    "when",
    "whenever",
    "after",
    "before",
    "since",
    "because",
    "as soon as",
    "once",
    "if",
    "while",
    "whereas",
}
_POINTING_BACK = re.compile(r"(?:it|this|that|these|those)\b", re.IGNORECASE)
_COORDINATE = re.compile(r",?\s+and\s+|;\s+|,\s+but\s+")
# A main clause that answers its subordinate clause with no object of its own: "When X offered an armistice,
# Napoleon accepted enthusiastically" (accepted the armistice: the title keeps both)
_ANSWER_ALONE = re.compile(
    r"^(?:(?:[Tt]he|[A-Z][\w.'\u2019-]*)\s+){1,4}?(?:also\s+)?(?:accepted|agreed|refused|declined|consented|complied|assented|"
    r"acquiesced|relented|obeyed|replied|responded|retaliated|followed suit)(?:\s+(?:[a-z]+ly|at once))?\s*[.]?$"
)
# The end of an aside of a subject cut off before it: "(A Second Coalition, led by A, and) including X, Y and
# Z, was formed in 1798" (the title borrows the sentence's subject for "was formed")
_SUBJECTS_ASIDE = re.compile(r"^(?:including|led by|joined by)\s[^;:]*?,\s+(?=(?:was|were|had)\s)")
_AT_ONCE = {"when", "whenever", "while", "as soon as", "once"}  # its happening's time is the main clause's too
# A subordinate clause that is a title's whole: "Although slavery would remain legal in Cuba" (what it
# tells is that slavery would remain legal; its main clause is another event's).
_ONLY_SUBORDINATE = re.compile(r"^(?:although|though|even though|when|once|because)\s+", re.IGNORECASE)
# A pronoun and its other forms: "Although Lansing authorized him to report, he went" ("he" is not Lansing)
_THIRD_PERSON = {"he": {"he", "him", "his"}, "she": {"she", "her", "hers"}, "they": {"they", "them", "their"}}


def event_title(quote: str, dates: list[tuple[int, int]], sentence: str = "") -> str:
    """A short title from an event's quote (a part of `sentence`): its dates taken out with the words
    that led to them, its subject kept, cut at a clause's end near LONGEST_TITLE characters; a phrase
    opening with a participle told of the main clause's subject ("Arrested in 1908, Tilak was sent..."
    is "Tilak was arrested" for 1908; "Inspired by X, he founded a school in 1880" is "He founded a
    school"); a connective left out ("Following this, ...")."""
    quote, dates = _participle_told(quote, dates, sentence)
    quote, dates = where_told(quote, dates)
    connective = _CONNECTIVE.match(quote)
    if connective and not any(start < connective.end() for start, _ in dates):
        quote, dates = quote[connective.end() :], [(a - connective.end(), b - connective.end()) for a, b in dates]
    ended = ended_state(quote, dates)  # "slavery would remain legal until 1886": "slavery was no longer legal"
    happening = aside_happening(quote, dates) if ended is None else None  # "still smarting from the defeat"
    if ended is not None or happening is not None:
        quote, dates = ended or happening or "", []
    quote, dates = _dated_subordinate(quote, dates)
    quote, dates = _dated_coordinate(quote, dates)
    quote, dates = dated_predicate(quote, dates)
    quote, dates = _dated_relative(quote, dates)
    text = quote
    for start, end in sorted(dates, reverse=True):
        before = text[:start]
        while (shorter := _LEFT_BEFORE.sub("", before)) != before:  # "By the autumn": "By" and "the"
            before = shorter
        after = _ONWARD.sub("", text[end:])  # "From 1926 onward, he studied": "he studied"
        if before.rstrip().endswith(",") and (phrase := _DATES_PHRASE.match(after)):
            before, after = before.rstrip(" ,"), after[phrase.end() :]
        if re.match(r".*\b(?:after|before|of)$", text[start:end], re.IGNORECASE):
            measured = _MEASURED_FROM_ON.match(after)  # "Six months after her death, the town...": all of it
            if measured is None:
                continue  # where "her death" ends is unknown: the words stay, they give no date away
            after = after[measured.end() :]
        elif text[start:end].lower().startswith("within"):
            after = _MEASURED_FROM.sub("", after)  # "within two months of the flood": "of the flood" too
        aside = _dated_aside(before, after)
        if aside is None:
            before = _BARE_DATED.sub(" ", before)  # "In his notes dated 19 March 1931, the Viceroy": "In his notes,"
        if aside is not None:  # "The commission, which issued its decision in 1872, rejected": all of the aside
            before, after = aside
        elif _NEXT_PREDICATE.match(after) and _has_verb(before) and not _ASIDE_OPEN.search(before):
            after = ""  # "orchestrated a coup on 25 November 1965, removed the President": another predicate
        elif after.startswith(",") and not before.rstrip().endswith(",") and not _comma_kept(before, after):
            after = after[1:]  # "born on 3 May 1851, in Bergen": "born in Bergen"
        text = before + " " + after
    text = _HOLE.sub("", text)
    text = _AGAIN.sub("", text)
    text = text.lstrip(" )]}\u201d\u2019\u2013\u2014-")  # what a date in parentheses leaves: ") and ...", "– ) was"
    text = text.lstrip(" ,;:")
    text = _main_clause(text, quote)
    text = COORDINATED.sub("", text, count=1) if COORDINATED.match(text) else text
    text = _SUBJECTS_ASIDE.sub("", text)  # "including X, Y and Z, was formed": the sentence's subject was
    text = _tidy(text)
    capitalised = text[:1].upper() + text[1:]
    opening = _PARTICIPLE_PHRASE.match(capitalised)
    if opening and opening.end() < len(text):  # "In 1880, inspired by X, he ...": "he ..." (not "ended with X")
        text = _participle_told(capitalised, [], sentence)[0]
    if _VERB_FIRST.match(text) and sentence and not sentence.startswith(quote):
        subject = subject_of(sentence)
        text = f"{subject} {text}" if subject else text
    if len(text) > LONGEST_TITLE:
        text = _tidy(_PARENTHESES.sub("", text))
    if len(text) > LONGEST_TITLE:
        text = _without_asides(text)
    if len(text) > LONGEST_TITLE:
        text = _cut(text)
    text = _SCRAP_OPENING.sub("", text)
    only = _ONLY_SUBORDINATE.match(text)
    clause = text[only.end() :] if only else ""
    if only and _verb_groups(clause) == 1 and subject_of(clause[:1].upper() + clause[1:]):
        text = clause  # "Although slavery would not be fully abolished there": the clause itself
    text = happening_told(text, sentence)
    while (shorter := _DANGLING_WORD.sub("", _DANGLING_CONNECTIVE.sub("", text))) != text:  # "imprisonment for:"
        text = shorter.rstrip(" ,;:\u2014\u2013-")
    return text[:1].upper() + text[1:]


def _comma_kept(before: str, after: str) -> bool:
    """Whether the comma opening `after` (what follows a date) stays: before an apposition ("the Trent
    Affair, an incident that ..."), or closing what opened the sentence before its subject ("At the end
    of the war, Iraq emerged"; not "born, in Bergen", "started, when", "arrival at Antioch, was met")."""
    if _APPOSITION.match(after):
        return True
    following = after[1:].split(maxsplit=1)
    if not following or _VERB.match(following[0]):
        return False
    return not _has_verb(before) or bool(_SUBORDINATOR.match(before) and "," not in before)


def _dated_aside(before: str, after: str) -> tuple[str, str] | None:
    """`before` and `after` a date without the aside it stands in, when the aside opens after the
    subject and closes at a comma its subject's verb follows ("The commission, which issued its decision
    | in 1872 | , rejected the claims" -> "The commission" and "rejected the claims"); None otherwise."""
    opening = _DATED_ASIDE.search(before)
    if opening is None or not before[: opening.start()].strip() or _has_verb(before[: opening.start()]):
        return None
    for closing in _PREDICATE_BACK.finditer(after):
        if _VERB.match(closing["verb"]) and closing["verb"] not in ("and", "or"):
            listed = "," in before[: opening.start()] and not opening["office"]
            comma = "," if listed else ""  # "newspapers, including The People, stressed"
            return before[: opening.start()] + comma, after[closing.start() + 1 :]
    return None


def _main_clause(text: str, quote: str) -> str:
    """The text from its main clause on, when a subordinate clause or an adverbial opens it and a clause
    with a subject and a verb follows ("Although X, Lenin presented a proposal" -> "Lenin presented a
    proposal"). A date taken out of the subordinate clause (its words no longer as the quote has them)
    was its own: it stays."""
    fronted = _FRONTED.match(text)
    if fronted is None or fronted.group(0).rstrip() not in quote:
        return text
    return _after(fronted) or text


def _after(fronted: re.Match[str]) -> str:
    """The main clause after a subordinate clause or an adverbial ("" when it has no subject and verb of
    its own), a pronoun opening it given the name the subordinate clause opened with ("When the Soviets
    discovered these designs, they withdrew" -> "The Soviets withdrew"; not "Although Lansing authorized
    him, he went")."""
    rest = fronted.string[fronted.end() :]
    connective = _CONNECTIVE.match(rest)
    rest = rest[connective.end() :] if connective else rest
    if _VERB_FIRST.match(rest) or not _has_verb(" ".join(rest.split()[:10])) or _POINTING_BACK.match(rest):
        return ""  # "When the Union declared a blockade, however, it did not prompt ...": "it" is the blockade
    first, _, after = rest.partition(" ")
    clause = fronted["clause"]
    forms = _THIRD_PERSON.get(first.lower(), set())
    named = subject_of(clause[:1].upper() + clause[1:]) if forms else ""
    if named and named.lower() not in _PRONOUNS and after and not forms & set(re.findall(r"\w+", clause.lower())):
        return f"{named} {after}"
    return rest


def _dated_subordinate(quote: str, dates: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A quote opening with a subordinate clause whose date ends it: the main clause when the two happen
    at once ("When the Commission visited Lahore on 30 October 1928, Rai led a march" is "Rai led a
    march"), else the subordinate clause, whose own the date is ("After the mill burned in 1852, the
    carters left" is "The mill burned")."""
    fronted = _FRONTED.match(quote)
    if fronted is None or fronted["opener"].lower() not in _CONJUNCTIONS:
        return quote, dates
    start, end = fronted.start("clause"), fronted.end("clause")
    inside = [(low - start, high - start) for low, high in dates if start <= low and high <= end]
    clause = quote[start:end]
    if not inside or clause[inside[-1][1] :].strip() or _VERB_FIRST.match(clause):  # the date ends the clause
        return quote, dates
    if fronted["opener"].lower() in _AT_ONCE:
        main = _after(fronted)
        if _ANSWER_ALONE.match(main) and subject_of(clause[:1].upper() + clause[1:]):
            return f"{clause[:1].upper()}{clause[1:]} and {main}", inside  # "accepted" what: the offer before it
        shift = len(quote) - len(main)
        return (
            (main, [(low - shift, high - shift) for low, high in dates if low >= fronted.end()])
            if main
            else (quote, dates)
        )
    if not subject_of(clause[:1].upper() + clause[1:]):
        return quote, dates
    return clause, inside


def answered(title: str, sentence: str) -> tuple[str, str] | None:
    """A title that answers with no object ("Napoleon accepted enthusiastically") as the clause it answers
    and itself, when its sentence opens with that clause ("When Francis I offered an armistice on the
    27th, ..." -> ("Francis I offered an armistice on the 27th", " and Napoleon accepted enthusiastically"))."""
    fronted = _FRONTED.match(sentence)
    if fronted is None or not _ANSWER_ALONE.match(title) or not sentence.endswith(title):
        return None
    clause = fronted["clause"]
    return clause[:1].upper() + clause[1:], f" and {title}"


def _dated_coordinate(quote: str, dates: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The clause a date stands in when a clause of another subject comes before it ("The vote was moved
    forward and the councillors were arrested on 5 October" is "the councillors were arrested" for 5
    October; not "Lenin and Trotsky signed", whose part before "and" has no verb)."""
    if not dates:
        return quote, dates
    first = min(start for start, _ in dates)
    for joint in reversed(list(_COORDINATE.finditer(quote, 0, first))):
        before, clause = quote[: joint.start()], quote[joint.end() : first]
        item = before.rsplit(",", 1)[-1]  # "while Singh, Devi and the infant went": a list's last item
        if "," in before and len(item.split()) <= 3 and not _verbs(item):
            continue
        if _has_verb(_last_segment(before)) and _plain_subject(clause):
            return quote[joint.end() :], [(start - joint.end(), end - joint.end()) for start, end in dates]
    return quote, dates


def _dated_relative(quote: str, dates: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A quote whose dates all stand in a relative clause at its end, told of a name: that clause with
    the name for its subject ("The most successful of these cruisers was the Alabama, which was launched
    on July 29, 1862" is "The Alabama was launched"); as it was when a verb of the name's follows the
    clause (an aside: "The commission, which issued its decision in 1872, rejected the claims")."""
    relative = _TRAILING_RELATIVE.search(quote, 0, min(start for start, _ in dates)) if dates else None
    if relative is None or _PREDICATE_BACK.search(quote, max(end for _, end in dates)):
        return quote, dates
    if re.search(r"\b(?:in|at|of|near|from|to|by|on|with)\s*$", quote[: relative.start("name")]):
        return quote, dates  # "the Nalapani fort, near Dehradun, which was placed under siege": which is which?
    name = relative["name"]
    told = f"{name[:1].upper()}{name[1:]} {quote[relative.end() :]}"
    shift = len(told) - len(quote)
    return told, [(start + shift, end + shift) for start, end in dates]


def _participle_told(quote: str, dates: list[tuple[int, int]], sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The quote and its dates, a phrase opening with a participle made a clause of its own subject's
    when a date stands in it ("Arrested in 1908, Tilak was sent ..." -> "Tilak was arrested in 1908"),
    else left out before the main clause ("Inspired by X, he founded a school in 1880" -> "he founded
    a school in 1880"); as it was when the main clause names no subject."""
    phrase = _PARTICIPLE_PHRASE.match(quote)
    if phrase is None:
        return quote, dates
    end = phrase.end()
    if end < len(quote) and not any(start < end for start, _ in dates):
        if _VERB_FIRST.match(quote[end:]):  # "Endeared as Lokmanya, was a teacher": the phrase is all of its subject
            return quote, dates
        return quote[end:], [(start - end, stop - end) for start, stop in dates]
    if not any(start < end for start, _ in dates):
        return quote, dates
    rest = quote[end:] if end < len(quote) else sentence[sentence.find(quote) + len(quote) :] if sentence else ""
    subject = subject_of(rest.lstrip(" ,;:")) if rest.strip(" ,;:.") else ""
    if not subject:
        return quote, dates
    many = subject.lower() in ("they", "we") or " and " in subject
    verb, skipped = ("had", len("Having ")) if phrase["having"] else ("were" if many else "was", 0)
    told = quote[skipped:end].rstrip(" ,;:")
    opening = f"{subject} {verb} {told[:1].lower()}{told[1:]}"
    shift = len(opening) - len(told) - skipped
    return opening, [(start + shift, stop + shift) for start, stop in dates if stop <= end]


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"([,;:])(\s*[,;:.])+", r"\1", text)
    return text.strip(" ,;:.\u2014\u2013-")


def _without_asides(text: str) -> str:
    """The text without the asides between its subject and its verb: "Grant, who had resigned ..., a clerk
    in Galena, took Fort Donelson" is "Grant took Fort Donelson" (an aside runs from a comma to the
    comma before a verb)."""
    commas = [match.start() for match in _COMMA.finditer(text)]
    if commas and _FRONTED_PHRASE.match(text[: commas[0]]):
        commas = commas[
            1:
        ]  # "Surfacing again, he and another associate, Dutt, set off": the first comma ends no subject
    for place, opening in enumerate(commas):
        for closing in commas[place + 1 :]:
            if _clause_of_its_own(text, opening, closing):
                break  # "defeated X at Malta, and at Naples, where Charles of Salerno, son of Charles I, was made"
            if _VERB.match(text[closing + 2 :].split(" ", 1)[0]):
                comma = text.rfind(", ", 0, opening)
                head = comma + 2 if comma >= 0 else 0
                if _ROLE.fullmatch(text[head:opening]) and _NAMED.fullmatch(text[opening + 2 : closing]):
                    return _tidy(text[:head] + text[opening + 2 : closing] + " " + text[closing + 2 :])
                return _tidy(text[:opening] + " " + text[closing + 2 :])
    return text


# "the Viceroy, Lord Irwin, declared": the name an office's aside gives is the subject the title keeps
_ROLE = re.compile(r"(?:the|its|their|his|her)\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+")
_NAMED = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+")


_OPENS_ITS_CLAUSE = re.compile(r"\b(?:where|when|while|who|whom|whose|which)\b")


def _clause_of_its_own(text: str, opening: int, closing: int) -> bool:
    """Whether the words between two commas after the title's verb open a clause whose own verb follows
    the second comma ("…at Malta, and at Naples, where Charles of Salerno, son of Charles I, was made
    prisoner"): taken out, they would leave that verb to the title's subject."""
    return _has_verb(text[:opening]) and bool(_OPENS_ITS_CLAUSE.search(text, opening, closing))


def joins_clauses(text: str, at: int) -> bool:
    """Whether the "and" or "but" at `at` joins two clauses: a verb stands in the clause before it ("The
    vote was moved forward | and the councillors were arrested"; not "when the U.S. | and Spanish
    governments signed", a subject of two)."""
    return _has_verb(_last_segment(text[:at]))


def _verb_groups(text: str) -> int:
    """How many verbs `text` has, a verb with its auxiliaries counted once: "slavery would not be fully
    abolished there" has one, "the order expired she was able" two."""
    groups, in_group = 0, False
    for word in text.split():
        if _VERB.match(word.strip(",;:")) or (in_group and _IN_VERB_GROUP.fullmatch(word)):
            groups += not in_group
            in_group = True
        else:
            in_group = False
    return groups


def subject_of(sentence: str) -> str:
    """The words before the sentence's first verb ("In 1862 Grant took ...": "Grant"), when they look
    like a subject: one to six words, the first a capital's."""
    sentence = _NESTED_PARENTHESES.sub("", sentence)  # "Jovian (/ˈdʒoʊviən/; Latin: Jovianus; 331 – 364) was"
    opening = _SUBJECT_OPENING.match(sentence)
    if opening is not None and _verbs(opening[0]):
        opening = None  # "In 855 he became seriously ill, and ...": a clause, with the subject in it
    text = sentence[opening.end() if opening else 0 :]
    text = text[:1].upper() + text[1:]  # "On 10 July 1930, the tribunal decided": "The tribunal"
    text = re.sub(r"^(?:in|on|by|during)\s+(?:\S+\s+){0,3}?\d{3,4}\s+", "", text, flags=re.IGNORECASE)
    words: list[str] = []
    for word in text.split()[:7]:
        if _VERB.match(word):
            break
        words.append(word)
    else:
        return ""
    while len(words) > 1 and _ADVERB.fullmatch(words[-1]):
        words.pop()  # "Brazil also took": "Brazil"
    if not 1 <= len(words) <= 6:
        return ""
    if words[0].lower() in _PRONOUNS and len(words) == 1:  # "In 1898 he began ..., and in 1899 was employed"
        return words[0].capitalize()
    # "A daughter, Harriett (d. 1874), was married": the name the apposition gives
    chunks = [chunk.strip() for chunk in re.sub(r"\([^)]*\)?", "", " ".join(words)).split(",") if chunk.strip()]
    named = [chunk for chunk in chunks if chunk[:1].isupper()]
    return named[-1] if named else ""
