"""The dates an article tells at its story's edges rather than in it: the world before the story
begins and an epilogue after it ends. A historian reads them as the setting and the aftermath, not
as the story's own happenings, so they do not stretch the story's span (and, dated wholly outside
it, are no event of its timeline; a sentence naming a person still gives that person a fact).

- Background told in the pluperfect before the narrative begins: "Many leaders were also angry that
  the United States had concluded the Jay Treaty with Great Britain in 1794. Consequently, in 1796
  ..." (the opening paragraph that sums the story up aside). A pluperfect once the story is under way
  ("In 1785, Algiers declared war ... Morocco had seized a U.S. ship in 1784") is a step back within
  it, and stays.
- A date told as the time before something: "In 1753, prior to the outbreak of hostilities, ...",
  earlier than every other date of the story.
- An epilogue: the article's last dated paragraph, when it tells how long a state lasted past the
  story ("... did not end their practices until the French conquest of Algeria in 1830.") and every
  date it gives lies after every date of the story before it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vlasov_cli.core.dates import year_of
from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.timex import Mention

# "had concluded", "had been passed", "had already announced"; not "had a long history", "had to".
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|long|just|also|earlier|previously|\w+ly)\s+)?"
    r"(?!(?:a|an|the|no|to|his|her|their|its|our|my|your|some|any|many|few|little|much|more|most|one|"
    r"two|three|several|enough|this|that|these|those)\b)[a-z]{3,}\b"
)
# A date opening its sentence ("By 1904, ..."): the main clause after it is the date's.
_OPENING = re.compile(r"\s*(?:(?:by|in|on|during|since)\s+)?(?:the\s+)?", re.IGNORECASE)
_UNTIL = re.compile(r"\buntil\b[^,.;:]{0,60}$", re.IGNORECASE)
# "In 1753, prior to the outbreak of hostilities," / "Before the war, in 1753,": the date is the time
# before what the phrase names.
_BEFORE_AFTER_DATE = re.compile(r"\s*,?\s*(?:prior\s+to|before)\b", re.IGNORECASE)
_BEFORE_BEFORE_DATE = re.compile(r"\b(?:prior\s+to|before)\s+[^,.;:]{1,60},\s*(?:in\s+|on\s+)?$", re.IGNORECASE)


def told_around(
    found: Sequence[Sentence], written: Sequence[Mention], first_year: Callable[[Sequence[Mention]], int]
) -> set[Mention]:
    """Of `written` (the dates the story writes whole, in the text's order), those told as its
    background or its epilogue; `first_year` gives the first year of the story the given dates tell
    (not its earliest date: a far stretch of them is none of the story)."""
    pluperfect = {mention for mention in written if _pluperfect(found[mention.sentence], mention)}
    before = {mention for mention in written if _before(found[mention.sentence], mention)}
    narrative = [mention for mention in written if mention not in pluperfect | before]
    if not narrative:
        return set()
    first = first_year(narrative)
    lead = next((sentence.paragraph for sentence in found if sentence.kind == "text"), None)
    begun = min((mention.start for mention in narrative if found[mention.sentence].paragraph != lead), default=None)
    edges = {
        mention
        for mention in pluperfect
        if year_of(mention.latest) < first and (begun is None or mention.start < begun)
    }
    edges |= {mention for mention in before if year_of(mention.latest) < first}
    return edges | _epilogue(found, [mention for mention in written if mention not in edges])


def _epilogue(found: Sequence[Sentence], written: Sequence[Mention]) -> set[Mention]:
    """The last dated paragraph's dates, when each tells how long a state lasted after the story ("did
    not end their practices until ... 1830") and all lie after every date told before it. (A happening
    told there, "The Emperor gained formal control ... in 1868", may close the story.)"""
    if not written:
        return set()
    last = found[written[-1].sentence].paragraph
    closing = [mention for mention in written if found[mention.sentence].paragraph == last]
    story = [mention for mention in written if found[mention.sentence].paragraph != last]
    if len(story) < 2 or not all(_until(found[mention.sentence], mention) for mention in closing):
        return set()
    if min(year_of(mention.earliest) for mention in closing) <= max(year_of(mention.latest) for mention in story):
        return set()
    return set(closing)


def _until(sentence: Sentence, mention: Mention) -> bool:
    """Whether the date ends a state told as lasting until it ("until the French conquest of Algeria in 1830")."""
    return _UNTIL.search(sentence.text[: mention.start - sentence.start]) is not None


def _pluperfect(sentence: Sentence, mention: Mention) -> bool:
    """Whether the clause that holds the date tells it in the pluperfect ("had concluded ... in 1794";
    "By 1904, Russia and Japan had endured ...", a date opening the sentence)."""
    offset = mention.start - sentence.start
    before = re.split(r"[;:]|,\s+(?:and|but|while|although|though)\s+|\.\s", sentence.text[:offset])[-1]
    if _PLUPERFECT.search(before):
        return True
    after = re.split(r"[,;:]|\.\s", sentence.text[offset + len(mention.text) :].lstrip(" ,"))[0]
    return _OPENING.fullmatch(sentence.text[:offset]) is not None and _PLUPERFECT.search(after) is not None


def _before(sentence: Sentence, mention: Mention) -> bool:
    """Whether the date is told as the time before something ("In 1753, prior to the outbreak...")."""
    offset = mention.start - sentence.start
    after = sentence.text[offset + len(mention.text) :]
    return bool(_BEFORE_AFTER_DATE.match(after) or _BEFORE_BEFORE_DATE.search(sentence.text[:offset]))
