"""A name's byname or style after "of": "Odo of Bayeux", "Peter III of Aragon", "William Kirkcaldy of
Grange", and the style a comma puts after a name ("James Hamilton, 3rd Earl of Arran"). The runs of
capitals stop at "of"; these rules join what a reader reads as one person's name."""

from __future__ import annotations

from vlasov_cli.features.draft.capitals import Token, is_capitalised, is_particle, is_roman, is_title, title_length
from vlasov_cli.features.draft.name_words import GIVEN_NAMES, HEAD_KIND, LEAD_KINDS, PLACE_NAMES
from vlasov_cli.features.draft.roles import plain


def with_bynames(
    words: list[Token], found: list[tuple[int, int]], lowercase: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The runs, where a name, "of" and a place make one name with a byname: a single word's ("Odo of
    Bayeux", never a title's: "Bishop of Durham"), a single word's after a ruler's title ("King Hui of
    Wei"), a ruler's with a regnal number ("Peter III of
    Aragon", "Arnold Roger I of Pallars Sobirà"), a given name and a surname ("William Kirkcaldy
    of Grange") or two names and a land a reader knows ("Jaime Perez of Aragon"); a word the article
    writes in lower case too opens no name at a sentence's start ("Married Agnes of Mora")."""
    joined: list[tuple[int, int]] = []
    for first, last in found:
        if joined:
            before_first, before_last = joined[-1]
            after_of = first == before_last + 1 and words[before_last].text == "of"
            name = words[before_first:before_last]
            if before_first == 0 and len(name) > 1 and name[0].lower in lowercase and not is_title(name[0]):
                name = name[1:]
            if after_of and _byname(name, words[first:last]):
                joined[-1] = (before_first, last)
                continue
            after_the = first == before_last + 1 and words[before_last].lower == "the"
            if after_the and _epithet(name, words[first:last]):
                joined[-1] = (before_first, last)
                continue
        joined.append((first, last))
    return joined


def _byname(name: list[Token], place: list[Token]) -> bool:
    if any(token.kind != "word" for token in (*name, *place)) or name[-1].possessive:
        return False
    if any(token.lower in HEAD_KIND or token.lower in LEAD_KINDS for token in (*name, *place)):
        return False  # "University of Edinburgh", "Battle of Malta", "Bank of England"
    if len(name) == 1 and len(place) == 1:
        single = name[0].base[1:].islower() and place[0].base[1:].islower()
        return single and not title_length([*name, *place])
    own = name[title_length(name) :]
    if len(own) == 1 < len(name) and name[-2].base in RULERS and len(place) == 1:
        return own[0].base[1:].islower() and place[0].base[1:].islower()  # "King Hui of Wei": "Hui of Wei"
    if len(place) > 2 or len(own) < 2 or len(own) > 4 or any(is_title(token) for token in own):
        return False
    if own[-1].base == "I" or is_roman(own[-1]):
        return True  # "Peter III of Aragon", "Edward I of England"
    # "William Kirkcaldy of Grange", "Jaime Perez of Aragon"
    known_land = len(place) == 1 and place[0].lower in PLACE_NAMES
    return len(own) <= 3 and (plain(own[0].lower) in GIVEN_NAMES or known_land)


def _epithet(name: list[Token], epithet: list[Token]) -> bool:
    """Whether "the" and one capitalised word after a given name, a title perhaps before it, are the
    person's epithet: "Ivan the Terrible", "Prince Charles the Bold" (not "Paris the Capital")."""
    own = name[title_length(name) :]
    if len(own) != 1 or len(epithet) != 1 or any(token.kind != "word" for token in (*own, *epithet)):
        return False
    word = epithet[0]
    return (
        not own[0].possessive
        and plain(own[0].lower) in GIVEN_NAMES
        and word.base[1:].islower()
        and not is_title(word)
        and word.lower not in PLACE_NAMES
        and word.lower not in HEAD_KIND
        and word.lower not in LEAD_KINDS
    )


# Titles of a ruler, whose one name a byname follows: "King Hui of Wei", "Marquess Wen of Wei".
RULERS = frozenset("King Queen Emperor Empress Duke Duchess Marquess Marquis Prince Princess Tsar Sultan".split())


def byname_short(name: list[Token]) -> list[Token]:
    """The name a byname is joined to, when it names the person alone: "Peter III" of "Peter III of
    Aragon", "William Kirkcaldy" of "William Kirkcaldy of Grange" (not "Odo" of "Odo of Bayeux")."""
    of = next((number for number, token in enumerate(name) if token.text == "of"), 0)
    return name[:of] if of >= 2 else []


def style_after(words: list[Token], end: int) -> int:
    """Where the style a comma puts after a name ends: "James Hamilton, 3rd Earl of Arran", "Gaston VII,
    Viscount of Béarn", "Charles, Count of Valois", "Esme Stewart, created Duke of Lennox" (a title,
    perhaps an ordinal before it, "of" and a place), "Henry Stuart, Lord Darnley", "Charles de
    Prunelé, Baron d'Esneval" (a title and one name, which ends the clause); 0 when none does."""
    at = end + 1
    if end >= len(words) or words[end].text != ",":
        return 0
    numbered = at < len(words) and words[at].kind == "ordinal"
    if at < len(words) and (numbered or words[at].lower == "created"):
        at += 1
    if at >= len(words) or not is_title(words[at]):
        return 0
    if numbered and (at + 1 == len(words) or words[at + 1].text != "of" and not words[at + 1].base[0].isupper()):
        return at + 1  # "Sir John Carleton, 1st Baronet and ..."
    if at + 1 >= len(words):
        return 0
    if words[at + 1].text == "of":
        place = words[at + 2] if at + 2 < len(words) else None
        named = place is not None and place.kind == "word" and place.base[0].isupper() and not place.possessive
        return at + 3 if named else 0
    ends = numbered or _ends_clause(words, at + 2)  # "Paul Bayning, 1st Viscount Bayning, and ..."
    return at + 2 if ends and _title_name(words, end, at + 1) else 0


def _title_name(words: list[Token], end: int, at: int) -> bool:
    """Whether a title and the one name after it (words[at]) style the name of two words or more, or
    the given name, before the comma at `end` ("Henry Stuart, Lord Darnley", "the widowed Anne, Lady
    Tredway"; not "the Viceroy, Lord Irwin")."""
    name = words[at]
    before = 0
    while end - before > 0 and (is_capitalised(words[end - before - 1]) or is_particle(words[end - before - 1])):
        before += 1
    named = name.kind == "word" and not name.possessive and (name.base[0].isupper() or name.base[1:2] == "'")
    given = before == 1 and plain(words[end - 1].lower) in GIVEN_NAMES
    return named and (before >= 2 or given)


def _ends_clause(words: list[Token], at: int) -> bool:
    """Whether a name's style ends where its clause does or a verb follows it, not inside a list of
    names ("Gandhi, Lord Irwin and Nehru", "Smith, Lord Irwin, Nehru"); a parenthesis may follow it
    ("Anne, Lady Tredway (née Gerrard)")."""
    if at == len(words) or words[at].text in (".", ";", ")", ":", "("):
        return True
    if words[at].text == "," and at + 1 < len(words) and words[at + 1].lower in ("who", "whose", "whom"):
        return True  # "Frederick V, Elector Palatine, who was ..."
    return words[at].kind == "word" and words[at].base.islower() and words[at].lower not in ("and", "or")
