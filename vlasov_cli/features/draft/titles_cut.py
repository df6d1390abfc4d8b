"""Where a title too long for a timeline is cut: at a clause's end, never inside a noun phrase, a name or
a list; a clause of reasonable length is kept whole rather than broken."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_verbs import _PRONOUNS, _VERB, _has_verb, _last_segment, _plain_subject, _verbs

LONGEST_TITLE = 120  # a teacher keeps a whole clause of this length; at 90 two titles in five were cut mid-phrase
LONGEST_WHOLE = 200  # with no clause ending before LONGEST_TITLE, a sentence this long is kept whole, not broken
SHORTEST_CUT = 30  # a title cut at a clause's end keeps at least this much
_CLAUSE_CUT = re.compile(r"[,;:\u2014]\s|\s[\u2013-]\s|\s(?=(?:and|but|while|whereas|when|after|before|as)\s)")
# A comma inside a noun phrase, between its adjectives: "two ironclad, steam-driven rams", "a long, emotional
# message" (a determiner or a number and one word before it, a word in lower case after it that opens no clause).
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|two|three|four|five|six|several|many|its|his|her|their|\d+)\s+[\w-]+$", re.I
)
_ADJECTIVE_AFTER = re.compile(
    r"(?!(?:and|but|or|yet|so|which|who|whom|whose|where|when|while|whereas|although|though|because|since|as|"
    r"after|before|until|once|the|an?|[a-z]+ing)\b)[a-z][\w-]*\s"
)
# A word no cut ends a title on: an article, a preposition, a possessive, a conjunction.
_DANGLING = re.compile(
    r"[\s,]+(?:a|an|the|of|to|and|or|in|on|at|by|for|with|from|into|that|its|their|his|her|[\w.-]+[\u2019']s?)$",
    re.I,
)
# Where a phrase ends when no clause does: before a preposition, a relative word or a conjunction.
_PHRASE_END = re.compile(r"\s(?=(?:of|in|on|at|by|for|with|from|into|that|which|who|during|under)\s)")


def _cut(text: str) -> str:
    """The text cut at the last clause's end before LONGEST_TITLE (keeping SHORTEST_CUT at least, and a
    verb: never "The United States, United Kingdom"), never inside a noun phrase, a name or a list
    ("two ironclad, steam-driven rams", "rail, road, and water"), else at the first clause's end before
    LONGEST_WHOLE; with no such end, kept whole up to LONGEST_WHOLE, else cut where a phrase ends, with
    an ellipsis (never after an article, a preposition or a possessive)."""
    ends = [
        match.start()
        for match in _CLAUSE_CUT.finditer(text)
        if SHORTEST_CUT <= match.start() <= LONGEST_WHOLE
        and _has_verb(text[: match.start()])
        and not _in_list(text, match.start())
        and not (text[match.start()].isspace() and _joins_words(text, match.end()))
        and not (
            text[match.start()] == ","
            and _ADJECTIVE_BEFORE.search(text, 0, match.start())
            and _ADJECTIVE_AFTER.match(text, match.end())
        )
    ]
    shortest = [end for end in ends if end <= LONGEST_TITLE] or [end for end in ends if _opens_clause(text, end)][:1]
    if shortest:  # the last clause's end before LONGEST_TITLE, else the first clear one after it
        return text[: shortest[-1]].rstrip(" ,;:\u2014\u2013-")
    if len(text) <= LONGEST_WHOLE:
        return text
    phrase_ends = [
        match.start() for match in _PHRASE_END.finditer(text) if SHORTEST_CUT <= match.start() <= LONGEST_TITLE
    ]
    kept = text[: phrase_ends[-1] if phrase_ends else text.rfind(" ", 0, LONGEST_TITLE)].rstrip(" ,;:\u2014\u2013-")
    while (shorter := _DANGLING.sub("", kept)) != kept:  # "... the creation of a" ends at "creation"
        kept = shorter
    return kept + "\u2026"


# Words that join a clause to a clause, or a word to a word: a title is cut before them where a clause
# or a predicate follows ("… and threw crates of tea", "… and the army marched"), or where the words they
# join end the clause, nothing after them told of both ("to resist Mughal taxation | and religious
# policies."); never where that cut changes the sense: inside "between … and …" ("between the rebels | and
# Spanish forces"), before a complement both words share ("that he was unable | and unwilling to commit
# …", "sent male deer | and huntsmen to serve James VI"), before an "as" and its complement ("recognized
# the Kingdom of Majorca | as a feudal kingdom of Peter III").
_JOINS_EITHER = re.compile(r"\s*(?P<word>and|but|as)\s+", re.IGNORECASE)
# A verb in its bare form, known by the object after it: "and agree to a peace conference", "and search the
# ship" (not "and unwilling to commit", "and huntsmen to serve": no object follows "to").
_BARE_VERB = re.compile(r"[a-z]+(?<!ing)(?<!ly)\s+(?:to\s+)?(?:the|a|an|his|her|their|its|that)\s")
_DETERMINER = re.compile(r"(?:the|a|an|his|her|their|its)\s")
_PREPOSITIONS = {"at", "in", "on", "by", "for", "with", "from", "into", "to", "of", "during", "under"}
_SHORT_LAST_ITEM = 4  # words: "and religious policies", "and their other associates"


def _joins_words(text: str, cut: int) -> bool:
    """Whether a cut of `text` at `cut` (before "and", "but", "as") would part words the sense needs
    together (see `_JOINS_EITHER`'s comment); False before a predicate ("and was buried", "and threw")
    or a clause with a plain subject ("and the army marched")."""
    joint = _JOINS_EITHER.match(text, cut)
    if joint is None:
        return False
    rest = text[joint.end() :]
    if _clause_follows(rest):
        return False
    if joint["word"].lower() == "as" or re.search(r"\bbetween\b(?:\s+\S+){0,5}\s*$", text[:cut]):
        return True
    if _DETERMINER.match(rest) and _has_verb(_last_segment(text[:cut])):
        return False  # a second object, whole, after a whole clause: "opposed the school | and its curriculum"
    item = re.split(r"[,;:(\u2014]", rest, maxsplit=1)
    return len(item[0].split()) > _SHORT_LAST_ITEM or len(item) == 1 and len(item[0].split()) != len(rest.split())


# What opens a clause after a comma, past doubt: a relative word, a subordinator, a participle.
_OPENING_AFTER_COMMA = re.compile(
    r",\s+(?:which|who|whom|whose|where|while|whereas|although|though|(?:[a-z]+ly\s+)?[a-z]+ing)\b"
)


_AND_OR_BUT = re.compile(r",?\s+(?:and|but)\s+")


def _opens_clause(text: str, at: int) -> bool:
    """Whether a clause opens at `at` past doubt (a cut beyond LONGEST_TITLE is made only there): after a
    semicolon, a colon or a dash, at a relative word, a subordinator or a participle after a comma ("…
    to Canada, crushing the hopes"), at an "and" or a "but" before a predicate or a clause of its own
    ("… in Mexico, and hastened"); not before a list's last item ("… Emirates and Kuwait")."""
    if text[at] in ";:\u2014" or text[at : at + 3] in (" \u2013 ", " - ") or _OPENING_AFTER_COMMA.match(text, at):
        return True
    joint = _AND_OR_BUT.match(text, at)
    return joint is not None and _clause_follows(text[joint.end() :])


def _clause_follows(rest: str) -> bool:
    """Whether `rest` (what follows an "and", "but" or "as") opens a predicate or a clause of its own:
    "eventually installed", "threw the sacks", "the army marched", "they considered"."""
    first = re.sub(r"^(?:(?:soon|then|later|also|[a-z]+ly)\s+)", "", rest).split(" ", 1)[0]
    if first.lower() in _PREPOSITIONS:  # "and at the Bridge of Hamm": a second place, no predicate
        return False
    pronoun_clause = first.lower() in _PRONOUNS and _verbs(" ".join(rest.split()[1:3]))  # "as they considered"
    return bool(_VERB.match(first.strip(",;:")) or _BARE_VERB.match(rest) or _plain_subject(rest) or pronoun_clause)


def _in_list(text: str, cut: int) -> bool:
    """Whether a cut at `cut` falls between the items of a list: "rail, road, and water", "the United
    States, United Kingdom, and France", "Zonggan, Wanyan Zongpan and Wanyan Zonghan" (another item or an
    "and" follows within three words)."""
    before, after = text[:cut].rstrip(), text[cut:].lstrip(" ,;:")
    if text[cut] == "," and after.startswith(("and ", "or ")) and _clause_follows(after[4:].lstrip()):
        return False  # ", and eventually installed", ", and the army marched": a clause follows, no item
    if before.endswith(",") and after.startswith(("and ", "or ")):
        return True
    if text[cut] != ",":
        return False
    following = after.split()[:3]
    return bool(following) and any(word in ("and", "or") or word.endswith(",") for word in following)
