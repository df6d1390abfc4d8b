"""Where a title too long for a timeline is cut: at a clause's end, never inside a noun phrase, a name or
a list; a clause of reasonable length is kept whole rather than broken."""

from __future__ import annotations

import re

from vlasov_cli.features.draft.titles_verbs import _PRONOUNS, _VERB, _has_verb, _last_segment, _plain_subject, _verbs

LONGEST_TITLE = 120  # a teacher keeps a whole clause of this length; at 90 two titles in five were cut mid-phrase
SHORTEST_CUT = 30  # a title cut at a clause's end keeps at least this much
_CLAUSE_CUT = re.compile(r"[,;:\u2014]\s|\s[\u2013-]\s|\s(?=(?:and|but|while|whereas|when|after|before|as)\s)")
_DANGLING = re.compile(r"[\s,]+(?:a|an|the|of|to|and|or|in|on|at|by|for|with|from|into|that|its|their|his|her)$", re.I)


def _cut(text: str) -> str:
    """The text cut at the last clause's end before LONGEST_TITLE (keeping SHORTEST_CUT at least, and a
    verb: never "The United States, United Kingdom"), never inside a list ("rail, road, and water"),
    else at a word, marked with an ellipsis."""
    ends = [
        match.start()
        for match in _CLAUSE_CUT.finditer(text)  # not finditer(text, 0, LONGEST_TITLE): its look-ahead would stop there
        if SHORTEST_CUT <= match.start() <= LONGEST_TITLE
        and _has_verb(text[: match.start()])
        and not _in_list(text, match.start())
        and not (text[match.start()].isspace() and _joins_words(text, match.end()))
    ]
    if ends:
        return text[: ends[-1]].rstrip(" ,;:\u2014\u2013-")
    kept = text[: text.rfind(" ", 0, LONGEST_TITLE)].rstrip(" ,;:\u2014\u2013-")
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
_SHORT_LAST_ITEM = 4  # words: "and religious policies", "and their other associates"


def _joins_words(text: str, cut: int) -> bool:
    """Whether a cut of `text` at `cut` (before "and", "but", "as") would part words the sense needs
    together (see `_JOINS_EITHER`'s comment); False before a predicate ("and was buried", "and threw")
    or a clause with a plain subject ("and the army marched")."""
    joint = _JOINS_EITHER.match(text, cut)
    if joint is None:
        return False
    rest = text[joint.end() :]
    first = re.sub(r"^(?:(?:soon|then|later|also|[a-z]+ly)\s+)", "", rest).split(" ", 1)[0]
    pronoun_clause = first.lower() in _PRONOUNS and _verbs(" ".join(rest.split()[1:3]))  # "as they considered"
    if _VERB.match(first.strip(",;:")) or _BARE_VERB.match(rest) or _plain_subject(rest) or pronoun_clause:
        return False
    if joint["word"].lower() == "as" or re.search(r"\bbetween\b(?:\s+\S+){0,5}\s*$", text[:cut]):
        return True
    if _DETERMINER.match(rest) and _has_verb(_last_segment(text[:cut])):
        return False  # a second object, whole, after a whole clause: "opposed the school | and its curriculum"
    item = re.split(r"[,;:(\u2014]", rest, maxsplit=1)
    return len(item[0].split()) > _SHORT_LAST_ITEM or len(item) == 1 and len(item[0].split()) != len(rest.split())


def _in_list(text: str, cut: int) -> bool:
    """Whether a cut at `cut` falls between the items of a list: "rail, road, and water", "the United
    States, United Kingdom, and France", "Zonggan, Wanyan Zongpan and Wanyan Zonghan" (another item or an
    "and" follows within three words)."""
    before, after = text[:cut].rstrip(), text[cut:].lstrip(" ,;:")
    if before.endswith(",") and after.startswith(("and ", "or ")):
        return True
    if text[cut] != ",":
        return False
    following = after.split()[:3]
    return bool(following) and any(word in ("and", "or") or word.endswith(",") for word in following)
