"""What a person did, as a review's role offers it: "who <predicate>" from a fact where they are the
subject ("On 13 May, Ann Lee sailed for Lisbon." gives "who sailed for Lisbon"; one of a list of subjects,
"Lee and Reed were tried in Bristol", gives "who was tried in Bristol with Lee") or the agent of a passive
("The appeal was dismissed by Judge Ward.", or "had been dismissed", gives Ward "who dismissed the
appeal") or the one a "he" right after the name tells of ("threw a cap at Ben when he fled" gives Ben "who
fled"). A deed is cut at its clause's end, never mid-phrase, short enough for a "Who was this: …?"
question, with no modal and no pronoun a reader cannot tell."""

from __future__ import annotations

from vlasov_cli.features.draft.capitals import Token, is_capitalised, is_demonym, is_title_word, tokens
from vlasov_cli.features.draft.name_words import FUNCTION_WORDS
from vlasov_cli.features.draft.roles import is_role_noun
from vlasov_cli.features.draft.titles_verbs import is_verb

LONGEST_DEED = 12  # words, "who" and "with <the others>" counted: a longer one is no question's role
_MODALS = frozenset("could would should might must may can will shall".split())
_PRONOUN_OPENERS = frozenset("when after as because until before once since while".split())
_OPENERS = frozenset("when after as while because although though since before until that once and but".split())
_STOPS = frozenset(", ; : . ! ? \u2014 \u2013".split())
# Where a clause ends inside a predicate: a relative or subordinate clause opens.
_CLAUSE_WORDS = frozenset("which who whom whose where when while whereas because although though thereby so".split())
_CLAUSE_VERBS = frozenset("was were is are had has have did he she they could would".split())
_TIMES = frozenset("time moment day period point place year".split())  # "at a time when …"
# Words opening a sentence before its subject, no name of a list ("Meanwhile, Ann and Ben sailed").
_SENTENCE_ADVERBS = frozenset(
    "meanwhile however nonetheless nevertheless moreover furthermore thus instead later then finally eventually "
    "subsequently consequently also still yet indeed initially afterwards soon".split()
)
_ADVERBS = frozenset("already then also later soon still once first never again".split())
# Pronouns a reader of the role alone cannot tell ("his" and "her" are the person's own: "threw his slipper").
_UNTOLD = frozenset("he she they it him them their its this these those here there we us same".split())
_OWN = frozenset("his her himself herself".split())
# Phrases of place or time that may go to fit a deed in (never "of", "to" or "for": what the verb needs).
_DROPPABLE = frozenset("in at on near from during across by after under".split())
_PLURAL_VERBS = {"were": "was", "are": "is", "have": "has"}
_PAST = {
    "written": "wrote",
    "taken": "took",
    "given": "gave",
    "drawn": "drew",
    "driven": "drove",
    "chosen": "chose",
    "beaten": "beat",
    "broken": "broke",
    "seen": "saw",
    "thrown": "threw",
    "overthrown": "overthrew",
    "slain": "slew",
    "stolen": "stole",
    "spoken": "spoke",
    "known": "knew",
    "undertaken": "undertook",
    "withdrawn": "withdrew",
    "forbidden": "forbade",
    "shaken": "shook",
    "sworn": "swore",
    "torn": "tore",
    "worn": "wore",
    "sunk": "sank",
    "begun": "began",
}
_SAME_PAST = frozenset(
    "shot led held built sent made fought won caught brought kept lost met paid told found left struck hung "
    "bought sold taught put set hit read spread shut laid".split()
)


Deed = tuple[str, tuple[str, ...]]  # the predicate, and the others who did it too


def mentions(words: list[Token], forms: list[str]) -> list[tuple[int, int]]:
    """Where (start, end token) each of `forms` stands in `words` (a name inside a longer alias too)."""
    spans: list[tuple[int, int]] = []
    bases = [word.base for word in words]
    for form in sorted(forms, key=len, reverse=True):
        wanted = [token.base for token in tokens(form)]
        for start in range(len(words) - len(wanted) + 1):
            if wanted and bases[start : start + len(wanted)] == wanted and (start, start + len(wanted)) not in spans:
                spans.append((start, start + len(wanted)))
    return spans


def deed(text: str, words: list[Token], start: int, end: int, lead: list[Token]) -> Deed | None:
    """What the person named at words[start:end] did in the sentence `text` (`lead`: the words for them
    the sentence puts before the name, "the judge," of "the judge, Ann Lee,"); None when they are no
    subject there or the deed is no fit role."""
    if words[end - 1].possessive:
        return None
    found = _as_agent(text, words, start, end) or _as_subject(text, words, start, end, lead)
    found = found or _as_pronoun_after(text, words, start, end)
    return found if found and told_as(found) else None


def told_as(found: Deed, role: str = "") -> str:
    """ "<role> who <predicate> [with A and B]" within LONGEST_DEED words, trailing phrases of place or
    time dropped to fit (and one holding a pronoun untold); "" when it cannot fit or is cut mid-phrase."""
    predicate, others = found
    if role and f" {role.casefold()} " in f" {predicate.casefold()} ":
        return ""  # "head of the Guild who became head of the Guild"
    told = predicate.split()
    room = LONGEST_DEED - len(role.split()) - 1
    company = f" with {' and '.join([', '.join(others[:-1]), others[-1]] if len(others) > 1 else others)}"
    company = company if others else ""
    while True:
        cut = max((at for at in range(2, len(told)) if _droppable(told, at)), default=-1)
        untold = cut > 0 and any(word.lower().strip(",") in _UNTOLD for word in told[cut:])
        if cut < 0 or len(told) + len(company.split()) <= room and not untold:
            break
        told = told[:cut]
    if len(told) + len(company.split()) > room or not told:
        return ""
    if told[-1].lower() in FUNCTION_WORDS or told[-1].lower() in ("to", "of"):
        return ""  # cut mid-phrase
    if any(word.lower().strip(".,;:’'\"") in _UNTOLD for word in told):
        return ""
    if not _whole(told, others):
        return ""
    return f"{role} who {' '.join(told)}{company}".strip()


def _droppable(told: list[str], at: int) -> bool:
    """Whether the words from `at` on are a phrase of place or time to leave out: "in the Lahore case",
    not what a verb needs ("was defended by Ann") nor one going on with a verb ("in China to do away")."""
    tail = [word.lower() for word in told[at:]]
    return (
        tail[0] in _DROPPABLE
        and not is_verb(told[at - 1])
        and not any(word in ("to", "that") or is_verb(word) for word in tail[1:])
    )


def _whole(told: list[str], others: tuple[str, ...]) -> bool:
    """Whether a predicate tells a whole deed of one person: not "was hanged" alone (of many), not "were
    Tilak supporters" (a plural subject's), not "was his lawyer" (whose?), not "their luggage" of two,
    not "announced that negotiations" nor "drew a distinction between a diplomatic service" (cut)."""
    words = [word.lower() for word in told]
    copula = words[0] in ("was", "were", "is", "are", "had", "has", "have")
    if len(words) < (3 if copula else 2) and not others:
        return False
    if words[0] in ("were", "are", "have") and not others:
        return False
    if (others or copula) and any(word in _OWN for word in words):
        return False
    if "that" in words and (len(words) - words.index("that") < 4 or words[words.index("that") + 1] == "to"):
        return False
    if " each other" in " ".join(words) or " one another" in " ".join(words):
        return False
    return "between" not in words or "and" in words[words.index("between") :]


def _as_subject(text: str, words: list[Token], start: int, end: int, lead: list[Token]) -> Deed | None:
    if end < len(words) and words[end].lower == "who":  # "Dutt who had already been given a life sentence"
        return _told(text, words, end + 1, [])
    if end + 1 < len(words) and words[end].text == "," and words[end + 1].lower == "who":
        return _told(text, words, end + 2, [])
    listed = any(word.lower == "and" for word in words[end : end + 6])  # "Ann, Ben, and Cy sailed" of Ben
    left, others = _names_before(words, start, [], listed)  # "Ann, Ben and Cy sailed" told of Cy
    if lead and words.index(lead[0]) < left:  # "Ann and a clerk, Ben Carr, sailed"
        left = words.index(lead[0])
    while left >= 1 and is_title_word(words[left - 1].base):
        left -= 1  # "Grand Duke Constantine", "Tsar Alexander"
    if left >= 1 and words[left - 1].lower in ("the", "a", "an", "another"):
        left -= 1
    if left >= 3 and [word.lower for word in words[left - 2 : left]] == ["accompanied", "by"]:
        left, others = _names_before(words, left - 2, others, True)  # "Ann, accompanied by Ben, sailed": with Ann
    else:
        left, others = _names_before(words, left, others, listed)
    if left and words[left - 1].text not in _STOPS and words[left - 1].lower not in _OPENERS:
        return None
    verb, more = _verb_after(words, end, closing=start >= 1 and words[start - 1].text in (",", "by"))
    if verb < 0 or any(name.lower() in _UNTOLD | _OWN for name in [*others, *more]):
        return None
    return _told(text, words, verb, [*others, *more])


def _names_before(words: list[Token], left: int, others: list[str], listed: bool) -> tuple[int, list[str]]:
    """Where a list of subjects that ends at `left` begins, and its other names: "Ann, Ben and Cy" (a
    comma alone joins names only in a list that has its "and": not "Nonetheless, Cy")."""
    while left >= 2 and (words[left - 1].text == "," or words[left - 1].lower == "and"):
        joint = left - 1
        if words[joint].lower == "and" and words[joint - 1].text == ",":
            joint -= 1
        listed = listed or words[left - 1].lower == "and"
        first = joint
        while first >= 1 and (is_capitalised(words[first - 1]) or words[first - 1].lower in ("he", "she")):
            first -= 1
            if words[first].lower in ("he", "she"):
                break
        if first == joint or not listed or first == 0 and words[0].lower in _SENTENCE_ADVERBS:
            return left, others
        named = first
        while named < joint - 1 and (is_title_word(words[named].base.removesuffix("s")) or is_demonym(words[named])):
            named += 1  # "U.S. Generals Ann Lee and Ben Carr": Ann Lee
        others = [" ".join(word.text for word in words[named:joint]), *others]
        left = first
    return left, others


def _verb_after(words: list[Token], end: int, closing: bool) -> tuple[int, list[str]]:
    """Where the verb after a subject stands, past its appositions (", a marksman,", "—the commander of
    III Corps—", up to three), the comma closing a role told before the name ("The judge, Ann Lee,
    ruled", `closing`) and the other names of a list (", Ben, and Cy", "and 21 others"); -1 when none follows."""
    at, more = end, []
    for _ in range(6):
        if at + 1 < len(words) and words[at].text == "," and words[at + 1].lower == "and":
            at += 1
        if at + 1 < len(words) and words[at].lower == "and" and is_capitalised(words[at + 1]):
            close = at + 1
            while close < len(words) and is_capitalised(words[close]):
                close += 1
            more.append(" ".join(word.text for word in words[at + 1 : close]))
            at = close
            continue
        if at + 2 < len(words) and words[at].lower == "and" and words[at + 1].kind == "number":
            at += 3  # "and 21 others": no one to name
            continue
        if at < len(words) and words[at].text == "(":
            at = _closing(words, at) + 1
            continue
        if at >= len(words) or words[at].text not in (",", "\u2014", "\u2013"):
            break
        name = at + 1
        while name < len(words) and is_capitalised(words[name]):
            name += 1
        if words[at].text == "," and name > at + 1 and name < len(words) and words[name].lower in (",", "and"):
            more.append(" ".join(word.text for word in words[at + 1 : name]))  # ", Ben and Cy": a list
            at = name
            continue
        if words[at].text == "," and (closing or more) and _verb_at(words, at + 1) >= 0:
            return _verb_at(words, at + 1), more
        mark = words[at].text
        close = at + 1
        while close < len(words) and words[close].text != mark:
            if words[close].text == "(":
                close = _closing(words, close)
            elif words[close].text in (";", ".", ":"):
                return -1, []
            close += 1
        if close >= len(words):
            return -1, []
        told = words[at + 1 : close]
        if told and all(is_capitalised(word) for word in told):
            more.append(" ".join(word.text for word in told))  # ", Ben," of a list
        elif told and told[0].lower not in ("who", "which") and any(word.lower in _CLAUSE_VERBS for word in told):
            return -1, []  # a clause, not an apposition: ", they said,", ", he was"
        at = close if mark == "," else close + 1  # (", a clerk, the town's first," share a comma)
        closing = True
    return _verb_at(words, at), more


def _verb_at(words: list[Token], at: int) -> int:
    """Where a verb stands at `at`, or after one adverb there ("personally assaulted"); else -1."""
    if at < len(words) and (_adverb(words, at) or words[at].lower in _ADVERBS):
        at += 1
    return at if at < len(words) and _finite(words[at]) else -1


def _adverb(words: list[Token], at: int) -> bool:
    return at < len(words) and words[at].lower.endswith("ly") and words[at].base.islower()


def _finite(word: Token) -> bool:
    plain = word.kind == "word" and word.base.islower() and "-" not in word.base  # (not "ill-informed")
    return plain and is_verb(word.base) and not word.lower.endswith("ing")


def _closing(words: list[Token], opening: int) -> int:
    depth = 0
    for at in range(opening, len(words)):
        depth += {"(": 1, ")": -1}.get(words[at].text, 0)
        if depth == 0:
            return at
    return len(words) - 1


def _as_agent(text: str, words: list[Token], start: int, end: int) -> Deed | None:
    """ "X was VERBed [dead] by Name [rest]" told of Name: "who VERBed X [dead] [rest]"."""
    if start < 3 or words[start - 1].lower != "by":
        return None
    particle = [] if _participle(words[start - 2]) else words[start - 2 : start - 1]
    at = start - 2 - len(particle)
    if at < 1 or not _participle(words[at]):
        return None
    auxiliary = _passive_auxiliary(words, at)
    past = _past(words[at].lower)
    subject = _subject_before(words, auxiliary) if auxiliary >= 0 else []
    if not past or not subject:
        return None
    thing = text[subject[0].start : subject[-1].base_end]
    if subject[0].lower in ("the", "a", "an") and subject[0].base[0].isupper():
        thing = thing[0].lower() + thing[1:]
    rest = _predicate(text, words, end) if end < len(words) and words[end].text not in _STOPS else []
    return " ".join([past, thing, *(word.text for word in particle), *rest]), ()


def _passive_auxiliary(words: list[Token], participle: int) -> int:
    """Where the passive's auxiliary opens before its participle, in any tense but a modal's: "was",
    "had been", "has been", "was being"; -1 where none does."""
    before = [word.lower for word in words[max(participle - 2, 0) : participle]]
    if len(before) == 2 and before[1] == "been" and before[0] in ("had", "has", "have"):
        return participle - 2
    if len(before) == 2 and before[1] == "being" and before[0] in ("was", "were", "is", "are"):
        return participle - 2
    return participle - 1 if before and before[-1] in ("was", "were") else -1


def _as_pronoun_after(text: str, words: list[Token], start: int, end: int) -> Deed | None:
    """What a "he" or "she" opening a clause right after the name did, where the pronoun can be no one
    else: the name is the last person the sentence names before it, and the sentence's subject is no
    pronoun of its own ("Ann threw a cap at Ben Carr when he turned and became a witness" told of Ben)."""
    if start < 1 or end + 2 >= len(words) or words[end].lower not in _PRONOUN_OPENERS:
        return None
    if words[end + 1].lower not in ("he", "she") or any(word.lower in ("he", "she") for word in words[:start]):
        return None
    return _told(text, words, end + 2, [])


def _subject_before(words: list[Token], was: int) -> list[Token]:
    """The subject a "was" at `was` follows: "The appeal", "Ann Lee" of "Ann Lee, a clerk, was"."""
    close = was
    if close >= 1 and words[close - 1].text == ",":  # past an apposition
        close = next((at for at in range(close - 2, -1, -1) if words[at].text == ","), -1)
        if close < 1:
            return []
    first = close
    while first >= 1 and words[first - 1].text not in _STOPS and words[first - 1].lower not in _OPENERS:
        first -= 1
    subject = words[first:close]
    if subject and subject[0].lower in FUNCTION_WORDS and subject[0].lower not in ("the", "a", "an"):
        return []  # "In prison Ann Lee was approached by …": where the subject begins is not told
    if not subject or len(subject) > 6 or any(word.lower in _UNTOLD or _finite(word) for word in subject):
        return []
    return subject


def _participle(word: Token) -> bool:
    return word.kind == "word" and word.base.islower() and bool(_past(word.lower))


def _past(participle: str) -> str:
    if participle in _SAME_PAST or participle.endswith("ed") and is_verb(participle):
        return participle
    return _PAST.get(participle, "")


def _told(text: str, words: list[Token], verb: int, others: list[str]) -> Deed | None:
    """The predicate from `verb` to its clause's end, told of one of `others` too; None for a modal."""
    if _verb_at(words, verb) < 0 or words[_verb_at(words, verb)].lower in _MODALS:
        return None
    told = _predicate(text, words, verb)
    if not told:
        return None
    if others:
        told[0] = _PLURAL_VERBS.get(told[0], told[0])
    return " ".join(told), tuple(others)


def _predicate(text: str, words: list[Token], at: int) -> list[str]:
    """The words from `at` to the clause's end (a stop, a relative or subordinate clause, "and" before a
    second verb), as the text writes them, without a parenthesis; [] where a modal stands."""
    runs: list[tuple[int, int]] = []
    first = at
    while at < len(words):
        word = words[at]
        if word.text == "," and _goes_on(words, at):
            return []
        if word.text in _STOPS or word.lower in _CLAUSE_WORDS and at > first:
            if word.lower in ("when", "where") and words[at - 1].lower in _TIMES:
                return []  # "at a time when …": the clause tells which time
            break
        if word.lower in ("and", "but", "or") and at > first and _second_verb(words, at + 1):
            if not _finite(words[at - 1]):
                break
            if word.lower != "and" or any(later.lower in _OWN for later in words[at + 1 :]):
                return []  # (not "compiled and edited his writings": whose, told of two verbs, is left to a reader)
            # "turned and became a witness": what follows is both verbs'
        if word.lower in _MODALS:
            return []
        if word.text == "(":
            at = _closing(words, at) + 1
            continue
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
        at += 1
    return " ".join(text[words[begin].start : words[stop - 1].end] for begin, stop in runs).split()


def _goes_on(words: list[Token], comma: int) -> bool:
    """Whether the phrase before a comma goes on after it: a quotation ("said of a map, “…”"), the name
    of a role without its article ("with dalit leader, Dr. Ambedkar"), a list's last items ("proposed a
    free, open market and equal trade")."""
    following = words[comma + 1 : comma + 2]
    if not following:
        return False
    after = following[0]
    if after.text in ("\u201c", '"', "'", "\u2018"):
        return True
    before = words[max(comma - 8, 0) : comma]
    function = [word.lower for word in before if word.lower in FUNCTION_WORDS]  # the noun's determiner, or none
    bare = not function or function[-1] not in ("a", "an", "the", "another", "his", "her", "their", "its")
    if is_capitalised(after) and before and before[-1].base.islower() and bare:
        return is_role_noun(before[-1].base, True)
    if is_capitalised(after) and before and is_capitalised(before[-1]):  # "like Ann Lee, Ben Carr, and Cy Hale"
        return any(word.lower == "and" for word in words[comma + 1 : comma + 8])
    if not after.base.islower() or after.lower in FUNCTION_WORDS or after.lower in _CLAUSE_WORDS:
        return False
    if after.lower.endswith(("ly", "ing", "ed")) or after.lower == "thereby":
        return False
    for word in words[comma + 2 :]:
        if word.text in _STOPS:
            return False
        if word.lower in ("and", "or"):
            return True
    return False


def _second_verb(words: list[Token], at: int) -> bool:
    verb = _verb_at(words, at)
    return verb >= 0 and not words[verb].lower.startswith("un")  # (not "a de facto but undeclared blockade")
