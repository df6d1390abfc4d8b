"""What a sentence's dates span together: a range written as two dates ("from 1971 to 1973",
"Between June and September 1973") is one window, and a life written "Name (1921–2001)" a birth and
a death."""

from __future__ import annotations

import re
from collections.abc import Collection

from vlasov_cli.features.draft.sentences import Sentence
from vlasov_cli.features.draft.timex import Mention
from vlasov_cli.features.draft.timex_bounds import names_an_event

# "from 1350 to 1364", "from 1516 to her death in 1555", "from 1350 until his death in 1364"
_RANGE_BETWEEN = re.compile(
    r"\s*(?:to|until|till|through|and)\s*(?:c\.\s*)?|\s*[-\u2013]\s*(?:c\.\s*)?"
    r"|\s*(?:to|until|till)\s+(?:his|her|their)\s+death\s+(?:in|on)\s*"
)
# "from 1971 to 1973", "between June and September 1973", "(reigned c. 1312 – c. 1337)": one window
_RANGE_OPENING = re.compile(r"(?:\b(from|between)|\((reigned|ruled|r\.))\s+(?:the\s+|c\.\s*)?$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w'\u2019-]+)\s*$")
# An order's letters and a nickname between a name and its life's parenthesis: 'Lilian Ngoyi, "Ma
# Ngoyi", OMSG (25 September 1911 – 13 March 1980)'.
# Honours' letters after a name, with or without commas: "Frederick Lugard GCMG CB DSO (...)" (not a
# regnal number: "Louis XIV (1638–1715)").
_ASIDES_AFTER_NAME = re.compile(
    r"(?:(?:,\s*|\s+)(?:(?![IVXLC]+\b)[A-Z]{2,6}\b)|,\s*(?:\"[^\"]*\"|\u201c[^\u201d]*\u201d))+\s*$"
)
# A ruler's title or "successor" before a name: the years in parentheses after it are the reign.
_REIGN_BEFORE = re.compile(
    r"\b(?:Sultan|King|Queen|Emperor|Empress|Shah|Mansa|Tsar|Czar|Caliph|Pharaoh|Pope|successor)\s+$"
)
# "Joanna of Castile", "Alfonso III of Aragon"
_BYNAME_BEFORE = re.compile(r"(?<![\w.'\u2019-])((?:[A-Z][\w'\u2019-]+\s+){1,3}of\s+[A-Z][\w'\u2019-]+)\s*$")
_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w'\u2019-]+)\s*$")
# What a life's parenthesis may hold before its years: nothing, "born", or other notes ended by a
# semicolon ("(pronunciation; born Keshav Gangadhar Tilak (...); 23 July 1856 – 1 August 1920)").
_LIFE_NOTES = re.compile(r"(?:.*;)?\s*(?:born\s+|b\.\s*|c\.\s*|ca\.\s*|circa\s+)?", re.DOTALL)
# An office held for a term, its place after it ("Governor of Hong Kong (1907–1912)", "the first High
# Commissioner (1900–1906)"): the years in parentheses are the term, no life.
_OFFICE_BEFORE = re.compile(
    r"\b(?:Governor|Governor-General|Lieutenant-Governor|Commissioner|President|Vice-President|Chancellor|Premier|"
    r"Prime\s+Minister|Minister|Secretary|Viceroy|Ambassador|Consul|Mayor|Administrator|Chairman|Speaker|"
    r"Director|Commander|Commander-in-Chief|Resident|Regent|Rector|Provost|Bishop|Archbishop)"
    r"(?:\s+(?:of|for|to|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w'\u2019.-]*)?\s*$"
    # A realm or a line of rulers: "Kashmir Sultanate (1346–1580s)", "the Lohara dynasty (1003–1320 CE)"
    r"|\b(?:Sultanate|Empire|Kingdom|Dynasty|dynasty|Caliphate|Khanate|Emirate|Republic|Protectorate|Colony|"
    r"Confederation|Commonwealth|Raj|rule|reign|era|period)\s*$"
)


def ranges(sentence: Sentence, in_sentence: list[Mention]) -> list[Mention]:
    """The sentence's mentions, a range written with two of them ("from 1971 to 1973", "between June
    and September 1973") made one mention, from the first's first day to the second's last."""
    joined: list[Mention] = []
    for mention in in_sentence:
        between = _between(sentence, joined[-1].end, mention.start) if joined else ""
        if joined and _RANGE_BETWEEN.fullmatch(between) and joined[-1].earliest <= mention.latest:
            first = joined[-1]
            opening = _RANGE_OPENING.search(sentence.text[: first.start - sentence.start])
            # "May to June 1888", "December 1888 to March 1889": two months (or days) joined by "to" are one
            if opening or (_RANGE_TO.fullmatch(between) and _finer_than_year(first) and _finer_than_year(mention)):
                text = sentence.text[first.start - sentence.start : mention.end - sentence.start]
                word = (opening[1] or opening[2]).lower() if opening else ""
                joined[-1] = _spanning(first, mention, text, f"{word} {text}" if word else text)
                continue
        joined.append(mention)
    return joined


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# What parts a happening told "until" a date from the sentence's earlier one: a contrast, a new sentence's
# worth ("In 1873 ..., although slavery would remain legal until 1886": 1886 alone)
_NOT_GOING_ON = re.compile(r"[;()]|\b(?:although|though|while|whereas|but|yet|even)\b", re.IGNORECASE)


def until_ranges(sentence: Sentence, in_sentence: list[Mention]) -> tuple[list[Mention], set[tuple[int, int]]]:
    """The sentence's mentions, a date told "until" after an earlier date of the sentence made the window
    from that date to it ("In August 1897, he organised the force and commanded it until the end of
    December 1899": August 1897 to December 1899), with the places of the windows so made."""
    made: list[Mention] = []
    reaching: set[tuple[int, int]] = set()
    for mention in in_sentence:
        before = sentence.text[: mention.start - sentence.start]
        earlier = made[-1] if made else None
        if (
            earlier is not None
            and _UNTIL.search(before)
            and not _NOT_GOING_ON.search(_between(sentence, earlier.end, mention.start))
            and earlier.latest < mention.earliest
            and not mention.earliest.startswith("-")
        ):
            mention = mention._replace(earliest=earlier.earliest, value=window_text(earlier.earliest, mention.latest))
            reaching.add((mention.start, mention.end))
        made.append(mention)
    return made, reaching


_RANGE_TO = re.compile(r"\s*(?:to|until|till|through)\s*")


def _finer_than_year(mention: Mention) -> bool:
    return mention.latest[:7] == mention.earliest[:7] and not mention.earliest.startswith("-")


def _spanning(first: Mention, last: Mention, text: str, label: str) -> Mention:
    """One mention from `first`'s first day to `last`'s last."""
    return first._replace(
        text=text,
        end=last.end,
        value=window_text(first.earliest, last.latest),
        latest=last.latest,
        label=label,
        anchor=first.anchor if first.anchor is not None else last.anchor,
        inferred=first.inferred or last.inferred,
    )


def life_opening(before: str) -> str:
    """The name whose life's parenthesis `before` (a sentence's text up to a date) leaves open:
    "Jayantrao Tilak" of "Jayantrao Tilak (", "Bal Gangadhar Tilak" of "Bal Gangadhar Tilak
    (pronunciation; born Keshav Gangadhar Tilak (...); "; "" when it opens none."""
    place = _life_parenthesis(before)
    name = _NAME_BEFORE.search(_ASIDES_AFTER_NAME.sub("", before[:place])) if place is not None else None
    return name[1] if name else ""


def _life_parenthesis(before: str) -> int | None:
    """Where the parenthesis a life's years may stand in opens, when `before` leaves one open (not
    after an office or a realm, whose years they are)."""
    depth = 0
    for place in range(len(before) - 1, -1, -1):
        if before[place] == ")":
            depth += 1
        elif before[place] == "(":
            if depth == 0:
                office = _OFFICE_BEFORE.search(before[max(0, place - 80) : place])
                return place if _LIFE_NOTES.fullmatch(before[place + 1 :]) and not office else None
            depth -= 1
    return None


def _life_name(before: str, people: Collection[str]) -> str:
    """The person whose life's parenthesis `before` leaves open: a name of two words or more, or one of
    `people`'s names ("Jovian (331 – 17 February 364)", "Joanna of Castile (6 November 1479 – ...)");
    never an event's name ("The Gorkha War (1814–1816)" is the war's years)."""
    place = _life_parenthesis(before)
    if place is None or names_an_event(before[: place + 1]):
        return ""
    name = life_opening(before)
    if not name:
        words = (found[1] for pattern in (_BYNAME_BEFORE, _WORD_BEFORE) if (found := pattern.search(before[:place])))
        name = next((word for word in words if word in people), "")
    told_before = before[: before.rfind(name)]
    if name and any(_REIGN_BEFORE.search(words) for words in (told_before, f"{told_before}{name.split()[0]} ")):
        return ""  # "Sultan Sikandar (1389–1413 CE)", "His successor Shankaravarman (885–902 CE)": a reign
    return name


def lifespans(
    sentence: Sentence, in_sentence: list[Mention], people: Collection[str] = ()
) -> tuple[list[Mention], dict[tuple[int, int], str]]:
    """A person's years in parentheses after their name ("Bal Gangadhar Tilak (23 July 1856 – 1 August
    1920)", "Jayantrao Tilak (1921–2001)", "Jovian (331 – 17 February 364)" when Jovian is one of
    `people`): two mentions, titled "... was born" and "... died" (the titles keyed by each mention's
    start and end); a birth alone where the death is not known ("Princess Lalla Farida (1911-?)", "James
    Zwerg (born November 28, 1939)")."""
    mentions, titles = list(in_sentence), {}
    for place, mention in enumerate(in_sentence):
        name = _life_name(sentence.text[: mention.start - sentence.start], people)
        if not name:
            continue
        after = sentence.text[mention.end - sentence.start :]
        born = re.search(r"\(\s*(?:born|b\.)\s*$", sentence.text[: mention.start - sentence.start])
        if re.match(r"\s*[-\u2013\u2014]\s*\?\)", after) or (born and after.startswith(")")):
            titles[(mention.start, mention.end)] = f"{name} was born"  # "(1911-?)", "(born November 28, 1939)"
            continue
        pair = _life_ends(sentence, mention, in_sentence[place + 1] if place + 1 < len(in_sentence) else None)
        if pair is None:
            continue
        birth, death = pair
        if mention in mentions:
            mentions[mentions.index(mention) : mentions.index(mention) + 1] = [birth, death]
        if death in in_sentence:
            mentions.remove(death)
        titles[(birth.start, birth.end)], titles[(death.start, death.end)] = f"{name} was born", f"{name} died"
    return mentions, titles


def _life_ends(sentence: Sentence, mention: Mention, following: Mention | None) -> tuple[Mention, Mention] | None:
    """The birth and death of "(1921–2001)" (one mention, split) or "(23 July 1856 – 1 August 1920)"."""
    after = sentence.text[mention.end - sentence.start :]
    # "(1921–2001)", "(c. 875–925 CE)": a life's years, the era's mark after them
    years = re.fullmatch(r"(\d{3,4})\s*[-\u2013\u2014]\s*(\d{3,4})(\s*(?:CE|AD|A\.D\.))?", mention.text)
    if years and after.startswith(")") and mention.earliest[:4] == f"{int(years[1]):04}":
        birth, death = f"{int(years[1]):04}", f"{int(years[2]):04}"
        first_end = mention.start + len(years[1])
        second_start = mention.start + years.end(2)
        return (
            mention._replace(text=years[1], end=first_end, value=birth, latest=f"{birth}-12-31", label=""),
            mention._replace(
                text=mention.text[years.start(2) :],
                start=second_start - len(years[2]),
                value=death,
                earliest=f"{death}-01-01",
                label="",
            ),
        )
    if following is None or not sentence.text[following.end - sentence.start :].startswith(")"):
        return None
    if not re.fullmatch(
        r"\s*[-\u2013\u2014]\s*", sentence.text[mention.end - sentence.start : following.start - sentence.start]
    ):
        return None
    return mention, following


def _between(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def window_text(earliest: str, latest: str) -> str:
    if earliest == latest:
        return earliest
    if earliest.endswith("-01-01") and latest.endswith("-12-31"):
        first, last = earliest[:4], latest[:4]
        return first if first == last else f"[{first}..{last}]"
    return f"[{earliest}..{latest}]"


def parenthesised(sentence: Sentence, in_sentence: list[Mention]) -> set[tuple[int, int]]:
    """The mentions that are a parenthesis of their own ("the Sudan campaign (1884–1885)")."""
    text, offset = sentence.text, sentence.start
    return {
        (mention.start, mention.end)
        for mention in in_sentence
        if text[: mention.start - offset].rstrip().endswith("(")
        and text[mention.end - offset :].lstrip().startswith(")")
    }
