"""Answer checking for the quiz: pure logic that reads a typed answer and never prints."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from vlasov_cli.core.dates import MONTHS
from vlasov_cli.core.model import Question
from vlasov_cli.core.text import ALPHABET, fold, letters

_ARTICLES = ("the ", "a ", "an ")
_CHOICE_RATIO = 90.0

_LETTER = re.compile(r"\s*[(\[]?\s*([A-Za-z])\s*[)\].:]?\s*")
_ORDER_SEPARATORS = re.compile(r"[\s,;.\-\u2010-\u2015>\u2192/]+")
_DIGITS = re.compile(r"[0-9]+")

_ISO_DATE = re.compile(r"\s*([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?\s*\.?\s*")
_YEAR = re.compile(r"[0-9]{3,4}")  # "878", as an article writes a year before 1000
_DAY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?")
_DATE_FILLERS = frozenset({"of", "the", "in", "on"})
_MONTHS = {name.lower(): number for number, name in enumerate(MONTHS, 1)}
_MONTHS.update({name[:3].lower(): number for number, name in enumerate(MONTHS, 1)})
_MONTHS["sept"] = 9

# A figure: "20,000", "20 000" (any space between groups of three), "2.5", "7".
# A figure: "20,000", "20 000", "20.000" (any of these between groups of three), "2.5", "7".
# A minus sign ("-240", "−240") belongs to the figure it touches, when no word or figure is before it.
_NUMBER_TOKEN = re.compile(
    r"(?P<sign>(?<![\w.,])[-\u2212](?=[0-9]))?"
    r"(?P<figure>[0-9]{1,3}(?:[,\s][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9.,])"
    r"|[0-9]+(?:\.[0-9]+)?)|(?P<word>[^\W\d_]+)"
)
_LONGEST_FIGURE = 40  # digits; a longer figure is no answer, and Decimal arithmetic could overflow.
_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_SMALL = {word: number for number, word in enumerate(_SMALL_WORDS)}
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENS = {word: 10 * number for number, word in enumerate(_TENS_WORDS, 2)}
_SCALES = {"thousand": 1000, "million": 1000000, "billion": 1000000000, "k": 1000, "m": 1000000, "bn": 1000000000}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a checked answer is: well formed for its question type, and right."""

    valid: bool
    correct: bool
    reason: str = ""  # why an answer is no answer, where the question's hint does not say it


_INVALID = Verdict(valid=False, correct=False)


def check_answer(
    question: Question,
    given: str,
    shown: tuple[str, ...] = (),
    known_names: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    others: tuple[str, ...] = (),
) -> Verdict:
    """Whether `given` is a well-formed answer to `question`, and whether it is the right one (a typed
    answer never when it is the name of one of `others`, people the answer is not)."""
    given = _plain_digits(given)
    kind = question.type
    if kind == "choice":
        return _check_choice(question, given, shown or question.choices)
    if kind == "truefalse":
        return _check_truefalse(question, given)
    if kind == "typed":
        verdict = _check_typed(question, given, known_names, people)
        another = _name_form(given) in _name_forms(others) and _name_form(given) != _name_form(question.answer)
        return Verdict(valid=verdict.valid, correct=False) if another else verdict
    if kind == "date":
        return _check_date(question, given)
    if kind == "number":
        return _check_number(question, given)
    if kind == "order":
        return _check_order(question, given, shown or question.items)
    raise ValueError(f"unknown question type: {kind!r}")


def expected_answer(question: Question, shown: tuple[str, ...] = ()) -> str:
    """An answer that `check_answer` accepts as correct: for order questions, the letters as shown."""
    if question.type == "truefalse":
        return "true" if _is_true(question.answer) else "false"
    if question.type == "order":
        order = shown or question.items
        labels = letters(len(order))
        return "".join(labels[order.index(item)] for item in question.items if item in order)
    return question.answer


def lettered_answer(question: Question, shown: tuple[str, ...]) -> str:
    """The correct answer as a reader sees it, with its letters where the question shows letters in
    the order `shown`: "B. Cambodia's war", "CABD: first → second → …"."""
    labels = letters(len(shown))
    if question.type == "order" and set(question.items) <= set(shown):
        order = "".join(labels[shown.index(item)] for item in question.items)
        return f"{order}: {display_answer(question)}"
    if question.type == "choice" and question.answer in shown:
        return f"{labels[shown.index(question.answer)]}. {display_answer(question)}"
    return display_answer(question)


# How every format shows a question (the quiz, the exports, the study page).


def presented_items(question: Question) -> tuple[str, ...]:
    """An order question's items in a fixed shuffle (never the answer itself when avoidable)."""
    items = question.items
    shuffled = tuple(sorted(items, key=lambda item: _stable(question.id, item)))
    if shuffled == items and len(items) > 1:
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


def options(question: Question) -> tuple[str, ...]:
    """What a question lists under its prompt, lettered A, B, C...: choices in a fixed shuffle of
    their own (so that the right one is no more often A than D), or the items to order."""
    if question.type == "choice":
        return tuple(sorted(question.choices, key=lambda choice: _stable(question.id, choice)))
    if question.type == "order":
        return presented_items(question)
    return ()


def _stable(question_id: str, option: str) -> str:
    return hashlib.sha256(f"{question_id}|{option}".encode()).hexdigest()


def display_answer(question: Question) -> str:
    """The correct answer as a person reads it: "June 23, 1942", "20,000", "True", "A → B → C"."""
    if question.type == "truefalse":
        return "True" if _is_true(question.answer) else "False"
    if question.type == "date":
        parts = _parse_date(question.answer)
        if parts is None:
            return question.answer
        year, month, day = parts
        if month is None:
            return str(year)
        if day is None:
            return f"{MONTHS[month - 1]} {year}"
        return f"{MONTHS[month - 1]} {day}, {year}"
    if question.type == "number":
        value = _decimal(question.answer)
        return question.answer if value is None else f"{value:,}"
    if question.type == "order":
        return " \u2192 ".join(question.items)
    return question.answer


def _plain_digits(text: str) -> str:
    """`text` with the digits of every script as ASCII digits ("٢٤٠" and "２４０" are 240), and
    compatibility forms as their plain letters (full-width "Ａ" is "A"), as a keyboard of any
    country may type them."""
    if text.isascii():
        return text
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)


# Choice and true/false.


def _check_choice(question: Question, given: str, choices: tuple[str, ...]) -> Verdict:
    picked = _pick_choice(given, choices)
    if picked is None:
        return _INVALID
    return Verdict(valid=True, correct=_same_text(picked, question.answer))


def _pick_choice(given: str, choices: tuple[str, ...]) -> str | None:
    """The choice `given` names by letter, by text, or by a close typo of exactly one choice."""
    letter = _LETTER.fullmatch(given)
    if letter:
        index = ALPHABET.find(letter.group(1).upper())
        return choices[index] if index < len(choices) else None
    position = re.fullmatch(r"\s*([0-9]{1,2})\s*", given)
    if position and not any(_digits(choice) for choice in choices):
        number = int(position.group(1))  # "2" for B, as a numbered list would have it, where no choice holds a figure
        return choices[number - 1] if 1 <= number <= len(choices) else None
    wanted = _normal(given)
    if not wanted:
        return None
    compact = wanted.replace(" ", "")
    for choice in choices:
        if _compact(choice) == compact:
            return choice
    from rapidfuzz import fuzz

    figures = _digits(wanted)
    close = [
        choice
        for choice in choices
        if _digits(choice) == figures and fuzz.ratio(wanted, _normal(choice), score_cutoff=_CHOICE_RATIO)
    ]
    if len(close) == 1:
        return close[0]
    # A part of one choice that no other has: "Stauffenberg", "farmer's shed".
    words = wanted.split()
    if len(wanted) >= 4:
        holding = [choice for choice in choices if _holds_words(_normal(choice).split(), words)]
        if len(holding) == 1:
            return holding[0]
    return None


def _holds_words(choice: list[str], words: list[str]) -> bool:
    """Whether `words` stand in `choice` one after another, whole."""
    return any(choice[start : start + len(words)] == words for start in range(len(choice) - len(words) + 1))


def _check_truefalse(question: Question, given: str) -> Verdict:
    word = fold(given)
    if word in ("t", "true", "y", "yes"):
        return Verdict(valid=True, correct=_is_true(question.answer))
    if word in ("f", "false", "n", "no"):
        return Verdict(valid=True, correct=not _is_true(question.answer))
    return _INVALID


def _is_true(answer: str) -> bool:
    return fold(answer) in ("true", "t", "yes")


# Typed answers.


def _check_typed(question: Question, given: str, known_names: tuple[str, ...], people: tuple[str, ...]) -> Verdict:
    if not given.strip():
        return _INVALID
    targets = (question.answer, *question.accept)
    return Verdict(valid=True, correct=_typed_matches(given, targets, known_names, people))


def _typed_matches(
    given: str, targets: tuple[str, ...], known_names: tuple[str, ...], people: tuple[str, ...] = ()
) -> bool:
    """Equal to a target after normalising (as written, or as a name: titles, ranks and particles left
    out, transliterations made one, a surname no other known name shares), or a close typo of one
    that is no closer to another known name."""
    forms = _target_forms(targets, known_names, people)
    given_forms = {_compact(given), _name_form(given)} - {""}
    if given_forms & forms:
        return True
    if not given_forms:
        return False
    from rapidfuzz.distance import OSA

    best: int | None = None
    for wanted in given_forms:
        for form in forms:
            allowed = _allowed_edits(form)
            if allowed and _digits(form) == _digits(wanted) and abs(len(form) - len(wanted)) <= allowed:
                distance = OSA.distance(wanted, form, score_cutoff=allowed)
                if distance <= allowed and (best is None or distance < best):
                    best = distance
    if best is None:
        return False
    others = _name_forms(known_names) - forms
    return not any(
        abs(len(other) - len(wanted)) <= best and OSA.distance(wanted, other, score_cutoff=best) <= best
        for other in others
        for wanted in given_forms
    )


# Words a name may carry that do not tell who it is, and spellings of one sound that differ only by
# how Russian (or German) was written in Latin letters.
_TITLES = frozenset(
    "general gen major maj lieutenant lt colonel col captain capt marshal field admiral commander "
    "sergeant mr mrs dr doctor president premier chancellor dictator count reichsfuhrer ss chief".split()
)
_PARTICLES = frozenset({"von", "van", "de", "der", "zu"})
_SPELLINGS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?:ii|iy|yi|ij)$"), "y"),
    (re.compile(r"ow$"), "ov"),
    (re.compile(r"ie(?=v)"), "e"),
    (re.compile(r"^(?:i|y|j)os[ie]f$"), "josef"),
)  # fmt: skip (Iosif, Yosif: Josef)


def _name_words(text: str) -> list[str]:
    """A name's words as compared: folded, titles and particles left out (unless that leaves none),
    each word spelled one way."""
    words = _normal(text).split()
    # A title and the words describing it come before the name ("Soviet dictator Stalin"): the name
    # is what follows the last title.
    last_title = max((index for index, word in enumerate(words[:-1]) if word in _TITLES), default=-1)
    named = words[last_title + 1 :]
    kept = [word for word in named if word not in _TITLES and word not in _PARTICLES] or words
    for pattern, spelling in _SPELLINGS:
        kept = [pattern.sub(spelling, word) for word in kept]
    return kept


def _name_form(text: str) -> str:
    return "".join(_name_words(text))


def _target_forms(targets: tuple[str, ...], known_names: tuple[str, ...], people: tuple[str, ...]) -> set[str]:
    """How an answer may be written: as a target is, as a name, or, for one of `people`, by a
    surname that no known name but the targets' ends with."""
    forms = {form for target in targets for form in (_compact(target), _name_form(target))} - {""}
    others = [_name_words(name) for name in known_names if _name_form(name) not in forms]
    for target in targets:
        words = _name_words(target)
        if len(words) > 1 and _name_form(target) in _name_forms(people) and words[-1:] not in (o[-1:] for o in others):
            forms.add(words[-1])
    return forms


def _allowed_edits(form: str) -> int:
    """Typos forgiven in an answer: none under 5 letters, then about one per 6 letters."""
    return 0 if len(form) < 5 else max(1, len(form) // 6)


@lru_cache(maxsize=8)
def _name_forms(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for name in names for form in (_compact(name), _name_form(name))) - {""}


# Dates.


def _check_date(question: Question, given: str) -> Verdict:
    asked = _parse_date(question.answer)
    if asked is None:
        return _fallback(question, given)
    if re.fullmatch(r"\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*", given):
        parts = _numeric_date(given)
        if parts is None:
            return Verdict(False, False, "Numbers alone can mean two dates (6/7 is June 7 or July 6): write the month.")
    else:
        parts = _parse_date(given)
    if parts is None:
        if re.search(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2}\s*$", given):
            return Verdict(False, False, "Write the year in full: e.g. 1942.")
        if given.strip() and _parse_date(f"{given} 2000") is not None:  # all but the year
            return Verdict(False, False, f"Give the year too: e.g. {_example(asked)}.")
        return _INVALID
    precision = sum(part is not None for part in asked)
    if sum(part is not None for part in parts) < precision:
        wanted = ("", "the month", "the day")[precision - 1]
        return Verdict(False, False, f"This asks for {wanted} too: e.g. {_example(asked)}.")
    return Verdict(valid=True, correct=parts[:precision] == asked[:precision])


def _numeric_date(text: str) -> tuple[int, int | None, int | None] | None:
    """A date written in numbers alone ("6/24/1942", "24/6/1942") when it can mean one date only."""
    first, second, year = (int(part) for part in re.findall(r"\d+", text))
    readings = {(month, day) for month, day in ((first, second), (second, first)) if 1 <= month <= 12}
    if len(readings) != 1:
        return None
    ((month, day),) = readings
    return _real_date(year, month, day)


def _example(asked: tuple[int, int | None, int | None]) -> str:
    """An example answer of the precision asked for (not the answer itself)."""
    return "June 23, 1942" if asked[2] is not None else "June 1942"


def _parse_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) from "1942-06-23", "June 23, 1942", "23rd June 1942", "Jun 1942", "1942"; None if unclear."""
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(part) if part else None for part in iso.groups())
        return _real_date(year, month, day)
    if "/" in text:
        return None  # 06/07/1942 reads differently in different countries.
    year = month = day = None
    for token in fold(text).split():
        if token in _DATE_FILLERS:
            continue
        if token in _MONTHS and month is None:
            month = _MONTHS[token]
        elif _YEAR.fullmatch(token) and year is None:
            year = int(token)
        elif (found := _DAY.fullmatch(token)) and day is None:
            day = int(found.group(1))
        else:
            return None
    if month is None and day is not None:
        return None
    return _real_date(year, month, day)


def _real_date(year: int | None, month: int | None, day: int | None) -> tuple[int, int | None, int | None] | None:
    import datetime

    if year is None or year < 1:
        return None
    try:
        datetime.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return None
    return year, month, day


# Numbers.


def _check_number(question: Question, given: str) -> Verdict:
    asked = _decimal(question.answer)
    if asked is None:
        return _fallback(question, given)
    value = _parse_number(given)
    if value is None:
        return _INVALID
    return Verdict(valid=True, correct=value == asked)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _parse_number(text: str) -> Decimal | None:
    """The one number in `text` ("about 20,000 men", "thirty-six", "7 thousand"); None if none or several."""
    tokens: list[Decimal | str] = []
    for match in _NUMBER_TOKEN.finditer(text.casefold()):
        figure = match.group("figure")
        if figure and sum(char.isdigit() for char in figure) > _LONGEST_FIGURE:
            return None
        if figure and re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", figure):
            figure = figure.replace(".", "")  # "20.000": groups of three, as much of Europe writes them
        if figure:
            value = Decimal(re.sub(r"[,\s]", "", figure))
            tokens.append(-value if match.group("sign") else value)
        else:
            tokens.append(match.group("word"))
    found: list[Decimal] = []
    group: _NumberWords | None = None
    negative = False
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token == "minus" and group is None and following is not None and not isinstance(following, str):
            negative = True  # "minus 240"
            continue
        if negative and isinstance(token, Decimal):
            token, negative = -token, False
        kind, value = _number_kind(token, following)
        if kind == "and" and group is not None and group.last in ("hundred", "scale"):
            if isinstance(following, str) and (following in _SMALL or following in _TENS):
                continue
        if group is not None and kind != "" and group.add(kind, value):
            continue
        if group is not None:
            if found:
                return None
            found.append(group.value())
            group = None
        if kind not in ("", "and"):
            group = _NumberWords()
            group.add(kind, value)
    if group is not None:
        found.append(group.value())
    return found[0] if len(found) == 1 else None


def _number_kind(token: Decimal | str, following: Decimal | str | None) -> tuple[str, Decimal]:
    """What one token is in a written number: "figure", "small", "tens", "hundred", "scale", "and" or "" (a word)."""
    if isinstance(token, Decimal):
        return "figure", token
    if token in _SMALL:
        return "small", Decimal(_SMALL[token])
    if token in _TENS:
        return "tens", Decimal(_TENS[token])
    if token == "hundred":
        return "hundred", Decimal(100)
    if token in _SCALES:
        return "scale", Decimal(_SCALES[token])
    if token in ("a", "an") and (following == "hundred" or following in _SCALES):
        return "small", Decimal(1)
    if token == "and":
        return "and", Decimal(0)
    return "", Decimal(0)


class _NumberWords:
    """One number being read from words and figures: "two hundred and fifty thousand", "7 thousand"."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.current = Decimal(0)
        self.last = ""
        self.hundred = False
        self.smallest_scale: Decimal | None = None

    def add(self, kind: str, value: Decimal) -> bool:
        """Take the next token if it continues this number; False if it starts another."""
        last = self.last
        if kind in ("small", "figure"):
            fits = last in ("", "hundred", "scale") or (last == "tens" and kind == "small" and 0 < value < 10)
            if kind == "figure" and last not in ("", "scale"):
                fits = False
            if not fits:
                return False
            self.current += value
        elif kind == "tens":
            if last not in ("", "hundred", "scale"):
                return False
            self.current += value
        elif kind == "hundred":
            if self.hundred or last not in ("", "small", "figure"):
                return False
            self.current = (self.current or 1) * value
            self.hundred = True
        elif kind == "scale":
            if last == "scale" or (self.smallest_scale is not None and value >= self.smallest_scale):
                return False
            self.total += (self.current or 1) * value
            self.current = Decimal(0)
            self.hundred = False
            self.smallest_scale = value
        else:
            return False
        self.last = kind
        return True

    def value(self) -> Decimal:
        return self.total + self.current


# Order questions.


def _check_order(question: Question, given: str, order: tuple[str, ...]) -> Verdict:
    labels = letters(len(order))
    typed = _ORDER_SEPARATORS.sub("", given).upper()
    if not typed:
        return _INVALID
    if len(typed) != len(labels) or sorted(typed) != sorted(labels):
        return Verdict(False, False, f"Give each of the letters {labels} once, earliest first.")
    answered = [order[labels.index(letter)] for letter in typed]
    truth = [item for item in question.items if item in order]
    return Verdict(valid=True, correct=answered == truth)


# Shared helpers.


def _normal(text: str) -> str:
    """Folded text without a leading article: "The Prague Manifesto" -> "prague manifesto"."""
    folded = fold(text)
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article) :]
    return folded


def _compact(text: str) -> str:
    """The normal form without spaces, so "Kai-shek", "Kai shek" and "Kaishek" agree."""
    return _normal(text).replace(" ", "")


def _same_text(first: str, second: str) -> bool:
    return _compact(first) == _compact(second) and bool(_compact(first))


def _digits(text: str) -> list[str]:
    """The figures in a text: a typo may never change one ("1st" is no typo of "2nd")."""
    return _DIGITS.findall(fold(text).replace(" ", ""))


def _fallback(question: Question, given: str) -> Verdict:
    """For an answer the bank stored in a form this module cannot read: compare the text."""
    if not given.strip():
        return _INVALID
    return Verdict(valid=True, correct=_same_text(given, question.answer))
