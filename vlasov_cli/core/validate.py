"""Checks a raw bank against the bank format; every problem is reported with its file and line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from vlasov_cli.core.dates import MONTHS, date_problem, parse_window
from vlasov_cli.core.errors import Problem
from vlasov_cli.core.model import QUESTION_TYPES
from vlasov_cli.core.read import BANK_FILE, RawBank, RawEntry, as_text
from vlasov_cli.core.text import ParagraphIndex
from vlasov_cli.core.years import years_written

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# Control characters (YAML lets "\e" through), and those that turn the direction of text or break
# lines in a terminal's eyes: shown there, they could rewrite or disguise what it shows. A carriage
# return is one too, but for the line ends of a source text written on Windows ("\r\n").
CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)
# Code points that are no characters: surrogates and Unicode's noncharacters (U+FDD0..U+FDEF and
# the last two of every plane). XML cannot carry U+FFFE, U+FFFF or a surrogate at all (the Moodle and
# QTI files would be ill-formed); no text needs any of them.
_PLANE_ENDS = "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
NOT_A_CHARACTER = re.compile(f"[\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")
LINE_BREAK = re.compile(r"[\r\n]")
# Fields a view, a table cell or an export's one-line slot shows on one line (a name, a topic, a
# choice): a line break there would forge lines (in `check`'s output, a GIFT file, the quiz).
ONE_LINE = {"id", "name", "aliases", "role", "kind", "topic", "title", "label", "deed", "date", "people"}
ONE_LINE_ANSWERS = {"type", "choices", "accept", "items", "answer"}
MOST_OPTIONS = 26  # one a letter, A to Z
LONGEST_FIGURE = 40  # digits of a number answer: the quiz reads no longer figure
EARLIEST_DATE_ANSWER = 100  # a year of one or two digits reads as a day ("June 23, 79")
_CHARACTER_NAMES = {
    "\x00": "a null", "\x07": "a bell", "\x08": "a backspace", "\t": "a tab", "\n": "a line feed",
    "\x0b": "a vertical tab", "\x0c": "a form feed", "\r": "a carriage return", "\x1b": "an escape",
    "\x7f": "a delete",
}  # fmt: skip
LONGEST_LABEL = 32
# Fields of events before dates were EDTF windows: what a bank written then is told.
RETIRED = {
    "approximate": "dates are EDTF windows now: write the window the text allows in `date`",
    "date_text": "use `label` (at most 32 characters, the article's words) and `note` (the reasoning)",
}
NUMBER_PATTERN = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

TEXT, TEXTS, FLAG, ANY = "text", "list of text", "true or false", "any"
ANSWERS = "list of text or numbers"
FACTS = "list of {text, quote}"
CONFIDENCE = "a confidence from 0 to 1"
FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    # kind -> field -> (type, required)
    "person": {
        "id": (TEXT, True),
        "draft": (CONFIDENCE, False),
        "name": (TEXT, True),
        "aliases": (TEXTS, True),
        "role": (TEXT, False),
        "facts": (FACTS, True),
        "topic": (TEXT, False),
        "kind": (TEXT, False),
        "category": (TEXT, False),
    },
    "event": {
        "id": (TEXT, True),
        "draft": (CONFIDENCE, False),
        "date": (ANY, True),
        "title": (TEXT, True),
        "people": (TEXTS, True),
        "quote": (TEXT, True),
        "topic": (TEXT, False),
        "inferred": (FLAG, False),
        "label": (TEXT, False),
        "date_quote": (TEXT, False),
        "note": (TEXT, False),
        "deed": (TEXT, False),
        "follows": (TEXTS, False),
    },
    "term": {
        "id": (TEXT, True),
        "draft": (CONFIDENCE, False),
        "name": (TEXT, True),
        "aliases": (TEXTS, True),
        "kind": (TEXT, True),
        "description": (TEXT, True),
        "quote": (TEXT, True),
        "topic": (TEXT, False),
        "clue": (TEXT, False),
    },
    "question": {
        "id": (TEXT, True),
        "draft": (CONFIDENCE, False),
        "type": (TEXT, True),
        "prompt": (TEXT, True),
        "answer": (ANY, False),
        "quote": (TEXT, True),
        "topic": (TEXT, True),
        "choices": (ANSWERS, False),
        "accept": (ANSWERS, False),
        "items": (TEXTS, False),
        "explanation": (TEXT, False),
    },
}


def validate(raw: RawBank, quotes: ParagraphIndex) -> list[Problem]:
    """Every problem of the bank, in file order; an empty list means the bank is valid. Quotes are
    looked for with `quotes`, an index of the bank's source text (when it has one)."""
    problems = raw.problems + check_entries(raw.entries, quotes if raw.source_path else None)
    problems += bank_problems(raw)
    meta_file = str(raw.folder / BANK_FILE)  # first, then the other files by name, as they are read
    return sorted(problems, key=lambda problem: (problem.file != meta_file, problem.file, problem.line))


def check_entries(entries: list[RawEntry], index: ParagraphIndex | None) -> list[Problem]:
    """What is wrong with each entry on its own: fields, id, quotes (when there is a source text to
    find them in, through `index`), dates and answers."""
    problems: list[Problem] = []
    if index is not None:
        index.find_all(quote for entry in entries for quote in _quotes_in(entry.data))
    for entry in entries:
        if not _check_fields(entry, problems):
            continue
        entry_id = entry.data["id"]
        if not ID_PATTERN.match(entry_id):
            problems.append(_at(entry, "id", f"id '{entry_id}' must be lower case letters, digits, - or _"))
        _check_control(entry, problems)
        if index is not None:
            _check_quotes(entry, index, problems)
        if entry.kind == "event":
            _check_event(entry, problems)
        elif entry.kind == "question":
            _check_question(entry, problems)
    return problems


def bank_problems(raw: RawBank) -> list[Problem]:
    """What is wrong across entries (ids used twice, people not in the bank) and in bank.yaml."""
    problems: list[Problem] = []
    _check_meta(raw, problems)
    first_seen: dict[str, RawEntry] = {}
    for entry in raw.entries:
        entry_id = entry.data.get("id")
        if not isinstance(entry_id, str):
            continue
        if entry_id in first_seen:
            first = first_seen[entry_id]
            problems.append(_at(entry, "id", f"duplicate id '{entry_id}' (first at {first.file}:{first.line})"))
        else:
            first_seen[entry_id] = entry
    person_ids = {entry_id for entry_id, entry in first_seen.items() if entry.kind == "person"}
    for entry in raw.entries:
        if entry.kind == "event" and isinstance(entry.data.get("people"), list):
            for person in entry.data["people"]:
                if isinstance(person, str) and person not in person_ids:
                    problems.append(_at(entry, "people", f"unknown person '{person}' in people"))
    event_ids = {entry_id for entry_id, entry in first_seen.items() if entry.kind == "event"}
    for entry in raw.entries:
        if entry.kind == "event" and isinstance(entry.data.get("follows"), list):
            for other in entry.data["follows"]:
                if isinstance(other, str) and other not in event_ids:
                    problems.append(_at(entry, "follows", f"unknown event '{other}' in follows"))
    return problems


def _check_control(entry: RawEntry, problems: list[Problem]) -> None:
    for name, value in entry.data.items():
        one_line = name in ONE_LINE or (entry.kind == "question" and name in ONE_LINE_ANSWERS)
        refused = refused_in(value, one_line)
        if refused:
            problems.append(_at(entry, str(name), f"field '{name}' holds {refused}"))


def refused_in(value: Any, one_line: bool = False, depth: int = 2) -> str | None:
    """What a bank refuses in text, or in the text in lists and mappings of it (as deep as a field
    goes: facts are a list of mappings): a control character, a code point that is no character,
    or (in a one-line field) a line break; said with the character's name. None when there is none."""
    if isinstance(value, str):
        if one_line and LINE_BREAK.search(value.strip()):
            return "a line break: it is one line"
        found = refused_character(value)
        return found[1] if found else None
    if depth and isinstance(value, list | dict):
        for item in value.values() if isinstance(value, dict) else value:
            refused = refused_in(item, one_line, depth - 1)
            if refused:
                return refused
    return None


def refused_character(text: str) -> tuple[int, str] | None:
    """The first character a bank refuses in `text`: where it is, and what it is, named ("a control
    character, U+200E LEFT-TO-RIGHT MARK"); or None."""
    control, missing = CONTROL.search(text), NOT_A_CHARACTER.search(text)
    if control and (missing is None or control.start() < missing.start()):
        return control.start(), f"a control character, {describe(control.group()[0])}"
    if missing:
        named = describe(missing.group())
        return missing.start(), f"a code point that is no character, {named}, which XML cannot carry"
    return None


def describe(character: str) -> str:
    """A character as a person can find it: "U+200E LEFT-TO-RIGHT MARK", "U+001B an escape"."""
    import unicodedata

    name = _CHARACTER_NAMES.get(character) or unicodedata.name(character, "")
    return f"U+{ord(character):04X} {name}".rstrip()


def where_in(text: str, index: int) -> str:
    """ "line L, column C" of the character at `index` of `text` (both from 1)."""
    line_start = text.rfind("\n", 0, index) + 1
    return f"line {text.count(chr(10), 0, index) + 1}, column {index - line_start + 1}"


def _at(entry: RawEntry, name: str, message: str) -> Problem:
    entry_id = entry.data.get("id")
    # Only text is ever shown: an id made of aliases could expand to billions of items.
    shown = entry_id if isinstance(entry_id, str) and len(entry_id) <= 80 else "?"
    return Problem(entry.file, entry.line_of(name), f"{entry.kind} '{shown}': {message}")


def _check_meta(raw: RawBank, problems: list[Problem]) -> None:
    meta_file = str(raw.folder / BANK_FILE)
    for name in ("title", "source"):
        if raw.meta and not isinstance(raw.meta.get(name), str):
            problems.append(Problem(meta_file, raw.meta_lines.get(name, 1), f"bank.yaml needs `{name}` (text)"))
    if not isinstance(raw.meta.get("author", ""), str):
        problems.append(Problem(meta_file, raw.meta_lines.get("author", 1), "bank.yaml: `author` must be text"))
    for name in ("title", "author"):
        refused = refused_in(raw.meta.get(name), one_line=True)
        if refused:
            problems.append(Problem(meta_file, raw.meta_lines.get(name, 1), f"`{name}` holds {refused}"))
    found = refused_character(raw.source_text)  # the reader refused such characters in YAML, not here
    if found:
        index, what = found
        line = raw.meta_lines.get("source", 1)
        problems.append(Problem(meta_file, line, f"source text holds {what} ({where_in(raw.source_text, index)})"))


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def _is_answers(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str | int) and str(item).strip() for item in value)


def _is_facts(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(fact, dict) and fact.keys() == {"text", "quote"} and all(map(_is_text, fact.values()))
        for fact in value
    )


IS_TYPE = {
    TEXT: _is_text,
    TEXTS: _is_texts,
    ANSWERS: _is_answers,
    FLAG: lambda value: isinstance(value, bool),
    ANY: lambda value: value is not None and not isinstance(value, dict | list),
    FACTS: _is_facts,
    CONFIDENCE: lambda value: isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1,
}


def _check_fields(entry: RawEntry, problems: list[Problem]) -> bool:
    """Field presence and types; False when the entry is too broken to check further."""
    fields = FIELDS[entry.kind]
    data = entry.data
    ok = True
    for name, (kind, required) in fields.items():
        if name in data:
            if not IS_TYPE[kind](data[name]):
                problems.append(_at(entry, name, f"field '{name}' must be {kind}"))
                ok = False
        elif required:
            problems.append(_at(entry, name, f"missing field '{name}'"))
            ok = False
    if not data.keys() <= fields.keys():
        for name in data:
            if name in RETIRED and entry.kind == "event":
                problems.append(_at(entry, name, f"field '{name}' is retired: {RETIRED[name]}"))
            elif name not in fields:
                known = ", ".join(fields)
                problems.append(_at(entry, name, f"unknown field '{name}' (a {entry.kind} has: {known})"))
    return ok


def _check_quotes(entry: RawEntry, index: ParagraphIndex, problems: list[Problem]) -> None:
    data = entry.data
    for name in ("quote", "date_quote"):
        if name in data and index.find(data[name]) is None:
            _quote_not_found(entry, name, data[name], problems)
    for fact in data.get("facts", ()):
        if index.find(fact["quote"]) is None:
            _quote_not_found(entry, "facts", fact["quote"], problems)


def _quotes_in(data: dict[str, Any]) -> Iterator[str]:
    """The quotes of an entry (as far as it has them right)."""
    for name in ("quote", "date_quote"):
        if isinstance(data.get(name), str):
            yield data[name]
    facts = data.get("facts")
    for fact in facts if isinstance(facts, list) else ():
        if isinstance(fact, dict) and isinstance(fact.get("quote"), str):
            yield fact["quote"]


def _quote_not_found(entry: RawEntry, name: str, quote: str, problems: list[Problem]) -> None:
    shown = quote if len(quote) <= 60 else quote[:57] + "..."
    problems.append(_at(entry, name, f'quote not found in the source text: "{shown}"'))


def _check_event(entry: RawEntry, problems: list[Problem]) -> None:
    data = entry.data
    try:
        window = parse_window(as_text(data["date"]))
    except ValueError as error:
        problems.append(_at(entry, "date", str(error)))
        return
    label = data.get("label", "")
    if len(label) > LONGEST_LABEL:
        problems.append(_at(entry, "label", f"label is {len(label)} characters: at most {LONGEST_LABEL}"))
    if window.precision == "day" and label:
        day = window.earliest
        if day[:4] in label or MONTHS[int(day[5:7]) - 1] in label:
            problems.append(_at(entry, "label", f"label '{label}' restates the date {day}: leave it out"))
    first, last = int(window.earliest[:4]), int(window.latest[:4])
    # The event's own quote tells of the event: a year it writes is the event's. (A date quote may
    # prove the date by reckoning from another year: "sixteen months after work began in June 1894".)
    # ("The league had 1400 members in April 1916" writes 1916: a count is no year, as the tagger reads it)
    outside = sorted(set(years_written(data["quote"])) - set(range(first, last + 1)))
    if outside:
        span = str(first) if first == last else f"{first} to {last}"
        years = ", ".join(map(str, outside))
        problems.append(_at(entry, "quote", f"quote writes {years}, outside the date's window ({span})"))


def _check_question(entry: RawEntry, problems: list[Problem]) -> None:
    data = entry.data
    kind = data["type"]
    answer = as_text(data.get("answer"))
    if kind not in QUESTION_TYPES:
        problems.append(_at(entry, "type", f"type '{kind}' must be one of: {', '.join(QUESTION_TYPES)}"))
        return
    if kind != "order" and not answer:
        problems.append(_at(entry, "answer", "missing field 'answer'"))
        return
    choices = [as_text(choice) for choice in data.get("choices", ())]
    if kind == "choice":
        if len(choices) < 2 or len(set(choices)) != len(choices):
            problems.append(_at(entry, "choices", "a choice question needs two or more different choices"))
        elif len(choices) > MOST_OPTIONS:
            message = f"a choice question has at most {MOST_OPTIONS} choices (one a letter), not {len(choices)}"
            problems.append(_at(entry, "choices", message))
        elif answer not in choices:
            problems.append(_at(entry, "answer", f"answer '{answer}' is not among its choices"))
    elif kind == "truefalse" and answer not in ("true", "false"):
        problems.append(_at(entry, "answer", "a truefalse answer must be true or false"))
    elif kind == "number":
        _check_number(entry, answer, problems)
    elif kind == "date":
        problem = date_problem(answer)
        if not problem and int(answer[:4]) < EARLIEST_DATE_ANSWER:
            problem = (
                f"a date answer before the year {EARLIEST_DATE_ANSWER} reads as a day ('June 23, 79'): "
                "ask for the year as a number question"
            )
        if problem:
            problems.append(_at(entry, "answer", problem))
    elif kind == "order":
        items = data.get("items", [])
        if len(items) < 3 or len(set(items)) != len(items):
            problems.append(_at(entry, "items", "an order question needs three or more different items"))
        elif len(items) > MOST_OPTIONS:
            message = f"an order question has at most {MOST_OPTIONS} items (one a letter), not {len(items)}"
            problems.append(_at(entry, "items", message))
    if kind != "choice" and choices:
        problems.append(_at(entry, "choices", f"only choice questions have choices (this is {kind})"))


def _check_number(entry: RawEntry, answer: str, problems: list[Problem]) -> None:
    """A number answer is a figure in ASCII digits ("-240", "20,000", "2.5") that the quiz can read."""
    if not NUMBER_PATTERN.match(answer.replace(",", "")):
        problems.append(_at(entry, "answer", f"a number answer must be a number, not '{answer}'"))
    elif sum(char.isdigit() for char in answer) > LONGEST_FIGURE:
        problems.append(_at(entry, "answer", f"a number answer may have at most {LONGEST_FIGURE} digits"))
