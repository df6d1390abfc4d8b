"""Which clause of a sentence a date belongs to, so that a title tells what happened on that date: the
predicate the date stands in ("met in London, and on 31 October signed an agreement": the signing), the
happening an aside's date is of ("still smarting from the defeat at Bull Run during the summer": the
defeat), and the end of a state a date closes ("X would remain legal until 1886": what happened in 1886
is that X was no longer legal; "X would not be abolished until 1888": X was abolished), or nothing."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_cut import LONGEST_TITLE
from vlasov_cli.features.draft.titles_verbs import _VERB_FIRST, _has_verb, is_verb

Dates = list[tuple[int, int]]

_UNTIL = re.compile(r"\b(?:until|till)\s*$", re.IGNORECASE)
# Where the clause a date closes opens: after a comma or a semicolon, or at a word opening a clause.
_CLAUSE_OPENING = re.compile(
    r"(?:[,;]\s+|\b(?P<word>although|though|while|whereas|where|but|and|because|when|since)\s+)", re.IGNORECASE
)
_PLACE_BEFORE_WHERE = re.compile(r"(?P<place>(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*),\s+where\s+$")
# A state that lasts until the date: "slavery would remain legal", "the ferrymen stayed bound"
_STATE = re.compile(r"^(?P<subject>.+?)\s+(?:would\s+(?:remain|stay)|remained|stayed|remains|stays)\s+(?P<rest>.+)$")
# A happening that did not come until the date: "slavery would not be fully abolished there"
_NOT_UNTIL = re.compile(r"^(?P<subject>.+?)\s+(?:(?:would|could|will)\s+not\s+be|was\s+not|were\s+not)\s+(?P<rest>.+)$")
_PLURAL = re.compile(r"(?:\band\b.*|\b\w+[^su\W]s|men|people|children)$", re.IGNORECASE)  # "the Acts", not "Paulus"


def ended_state(quote: str, dates: Dates) -> str | None:
    """What happened on the date that closes a state ("until 1886"): the state's end told in the quote's
    words ("slavery would remain legal in Cuba until 1886" -> "slavery was no longer legal in Cuba";
    "Brazil, where slavery remained legal until 1888" -> "slavery was no longer legal in Brazil"), the
    happening that did not come before it ("slavery would not be fully abolished there until 1888" ->
    "slavery was fully abolished there"); None for a quote whose date closes no such clause."""
    if len(dates) != 1 or not _UNTIL.search(quote, 0, dates[0][0]):
        return None
    before = _UNTIL.sub("", quote[: dates[0][0]]).rstrip(" ,")
    openings = list(_CLAUSE_OPENING.finditer(before))
    clause = before[openings[-1].end() :] if openings else before
    place = ""
    if openings and (openings[-1]["word"] or "").lower() == "where":
        named = _PLACE_BEFORE_WHERE.search(before, 0, openings[-1].end())
        if named is None:
            return None
        place = f" in {named['place']}"
    for form, verb in ((_STATE, "no longer "), (_NOT_UNTIL, "")):
        told = form.match(clause)
        if told and 1 <= len(told["subject"].split()) <= 6 and not _has_verb(f"x {told['subject']}"):
            many = _PLURAL.search(told["subject"]) or told["subject"].lower() in ("they", "we")
            be = "were" if " were " in f" {clause} " or many and " was " not in f" {clause} " else "was"
            return f"{told['subject']} {be} {verb}{told['rest']}{place}"
    return None


# An aside of a participle between a subject and its verb, its date told of the thing the participle
# is about: "The United States, still smarting from the defeat at Bull Run during"
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:still\s+)?[a-z]+ing\s+(?:from|over|after|about|since)\s+"
    r"(?P<thing>(?:the|a|an|his|her|its|their)\s+[^,;()]+?)(?:\s+(?:during|in|on|by|at|of|through)(?:\s+the)?)?\s*$"
)
_PREDICATE_AFTER = re.compile(r"\s*,\s+(?:(?:also|then|still|later|soon|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b")


def aside_happening(quote: str, dates: Dates) -> str | None:
    """The happening an aside's date is of, when the date stands in a participle's aside between the
    subject and its verb: the thing the participle is about ("The town, still smarting from the fire at
    the mill in May, voted ..." -> "the fire at the mill"); the main clause is not of that date."""
    if len(dates) != 1:
        return None
    start, end = dates[0]
    aside = _PARTICIPLE_ASIDE.search(quote, 0, start)
    after = _PREDICATE_AFTER.match(quote, end)
    if aside is None or after is None or not is_verb(after["verb"]):
        return None
    return aside["thing"]


_JOINT = re.compile(r",?\s+and\s+")
_NEGATED = re.compile(r"^(?:\w+\s+){0,2}(?:not|never|no longer)\b", re.IGNORECASE)  # "would not be permitted"
_PASSIVE_END = re.compile(r"\b(?:was|were)\s+[a-z]+ed\b[^,;]{0,30}$")  # "she was declared insane | and confined"
# A passive, then after ", and" a second participle its date stands in: "was convicted of X, and hanged in 1931"
_PASSIVE_BEFORE = re.compile(r"\b(?P<aux>was|were)\s+[a-z]+(?:ed|en)\b[^;]*,$")
_PARTICIPLE_LEAD = re.compile(r"[a-z]+(?:ed|en)\s+(?:on|in|at|by|during)\s+")
_WORD_AFTER = re.compile(r"\s+(?P<verb>[a-z]+)\b")
# Where a clause opens: after a semicolon, a comma (not a list's: "the Spanish, French, and British
# governments"), or a subordinator.
_SEGMENT = re.compile(
    r";\s+|,\s+(?!(?:and|or)\b)(?![A-Z][\w-]*(?:,|\s+and\b))|\b(?:while|whereas|when|although|though|but)\s+",
    re.IGNORECASE,
)
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their"}
_PRONOUNS = {"he", "she", "it", "they", "we"}
_NOT_OPENING_A_SUBJECT = {"in", "on", "at", "by", "for", "with", "from", "of", "to", "and", "or", "but", "as", "that"}
_ADVERB = re.compile(r"also|then|still|later|soon|[a-z]+ly")
_DATE_OPENS = re.compile(r"\s*(?:on|in|by|during|at)?\s*", re.IGNORECASE)
# What opens a sentence before its subject: "In response,", "On 3 May,", "Subsequently,"
_OPENER = re.compile(r"^(?:(?:in|on|by|during|after|before|from|at|with|under)\b[^,]*|[A-Z][a-z]+ly),\s+")


def dated_predicate(quote: str, dates: Dates) -> tuple[str, Dates]:
    """The predicate a date stands in when a subject has two joined by "and": told of that subject ("The
    envoys met in London, and on 31 October signed an agreement" -> "The envoys signed an agreement"), when
    the date opens the second predicate, or ends it and the whole would be too long for a title; as it was
    otherwise ("Lincoln sided with Seward and proclaimed the blockade on April 19" stays whole)."""
    if not dates:
        return quote, dates
    first = min(start for start, _ in dates)
    dated_length = sum(end - start for start, end in dates)
    for joint in reversed(list(_JOINT.finditer(quote, 0, first))):
        lead, clause = quote[joint.end() : first], quote[joint.end() :]
        opening, subject = _subject_before(quote[: joint.start()])
        if not subject:
            continue
        passive = _PASSIVE_BEFORE.search(quote, 0, joint.start() + 1)
        # "X was convicted of ..., and hanged in 1931": the second participle, told with its "was"
        aux = f"{passive['aux']} " if passive and joint[0].startswith(",") and _PARTICIPLE_LEAD.fullmatch(lead) else ""
        if aux:
            pass
        elif _DATE_OPENS.fullmatch(lead):
            date_end = min(end for start, end in dates if start == first)
            after = _PREDICATE_AFTER.match(quote, date_end) or _WORD_AFTER.match(quote, date_end)
            if after is None or not is_verb(after["verb"]):
                continue
        elif not (_VERB_FIRST.match(clause) and len(quote) - opening - dated_length > LONGEST_TITLE):
            continue
        elif _NEGATED.match(clause) or _PASSIVE_END.search(quote, 0, joint.start()):
            continue  # "and would not be permitted to leave": no happening; "was declared insane and confined"
        told = f"{subject} {aux}{clause}"
        shift = len(told) - len(quote)
        return told, [(start + shift, end + shift) for start, end in dates if start >= joint.end()]
    return quote, dates


def _subject_before(text: str) -> tuple[int, str]:
    """Where the clause before a joint opens, and its subject: the last clause of `text` with a subject
    and a verb, list items with no subject of their own passed over ("it had provided funds ..., run
    propaganda campaigns" -> "it"), a pronoun given the subject of the clause before ("The United States
    had a long history ...; it had provided" -> "The United States"); "" when that clause's subject is
    not plain ("in Europe the French")."""
    openings = [0, *(match.end() for match in _SEGMENT.finditer(text))]
    found = (0, "")
    for opening in reversed(openings):
        segment = text[opening:]
        first = segment.split(" ", 1)[0]
        if not _has_verb(segment) or is_verb(first):
            continue  # "run propaganda campaigns": an item of a list of predicates
        subject = _subject(segment)
        if found[1]:  # "The United States had a long history ...; it had provided": "it" is the United States
            return (found[0], subject) if subject and subject.lower() not in _PRONOUNS else found
        if subject.lower() not in _PRONOUNS:
            return opening, subject
        found = (opening, subject)
    return found


def _subject(clause: str) -> str:
    """The subject of a clause that has a verb: the words before its first verb, after what opens the
    sentence ("In response, representatives from the Spanish, French, and British governments met" ->
    "representatives from the Spanish, French, and British governments"; "The renewed strength of the
    Government led" -> "The renewed strength of the Government"); "" when there is none."""
    opener = _OPENER.match(clause)
    words: list[str] = []
    for word in clause[opener.end() if opener else 0 :].split()[:10]:
        if is_verb(word) and not (words and words[-1].lower() in _DETERMINERS):
            break
        words.append(word)
    else:
        return ""
    while len(words) > 1 and _ADVERB.fullmatch(words[-1]):
        words.pop()  # "the Family Compact ultimately reinvigorated": "the Family Compact"
    if not words or words[0].lower() in _NOT_OPENING_A_SUBJECT:  # "in Europe the French"
        return ""
    if any(word.lower() in ("that", "which", "who", "whom", "whose") for word in words):
        return ""  # "emotional message that raised": no subject, a relative clause's antecedent
    return " ".join(words)
