"""Reading a bank folder: YAML files to raw entries (with their lines), then to a `Bank`.

Reading keeps every entry's file and line so that validation can say `file:line: message`.
Nothing here prints; problems are collected and raised as `BadBank`.
"""

from __future__ import annotations

import datetime
import gc
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.errors import BadBank, Problem
from vlasov_cli.model import COUNTED, Bank, Event, Fact, Person, Question, Term

if TYPE_CHECKING:
    from vlasov_cli.text import ParagraphIndex
    from vlasov_cli.yamlread import Outline

BANK_FILE = "bank.yaml"
KIND_OF_SECTION = {"people": "person", "events": "event", "terms": "term", "questions": "question"}
MAX_FILE_BYTES = 20 * 1024 * 1024
PARALLEL_BYTES = 2 * 1024 * 1024  # bank files this big in all are read by two processes
# Control characters (YAML lets "\e" through): shown in a terminal, they could rewrite what it shows.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class RawEntry(NamedTuple):
    """One entry of a bank file as written, with where it was written."""

    kind: str
    data: dict[str, Any]
    file: str
    line: int
    field_lines: dict[str, int]

    def line_of(self, name: str) -> int:
        return self.field_lines.get(name, self.line)


class RawBank(NamedTuple):
    folder: Path
    meta: dict[str, Any]
    meta_lines: dict[str, int]
    source_path: Path | None
    source_text: str
    entries: list[RawEntry]
    problems: list[Problem]
    paragraphs: list[str]
    quotes: ParagraphIndex  # finds the paragraph of a quote (for validation, then building)


def default_bank_folder() -> Path:
    """The shipped bank: inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "data" / "questions"
    return installed if installed.is_dir() else package.parent / "questions"


def bank_folder(option: Path | None) -> Path:
    """The bank the user chose (`--bank` or VLASOV_BANK, already merged by the CLI) or the default."""
    return Path(option) if option else default_bank_folder()


def bank_files(folder: Path) -> list[Path]:
    """The YAML files of a bank, bank.yaml first; raises BadBank when the folder is not a bank."""
    if not folder.is_dir():
        raise BadBank([Problem(str(folder), 0, "no bank folder here")])
    if not (folder / BANK_FILE).is_file():
        raise BadBank([Problem(str(folder / BANK_FILE), 0, "missing: a bank folder needs a bank.yaml")])
    others = sorted(path for path in folder.glob("*.yaml") if path.name != BANK_FILE)
    return [folder / BANK_FILE, *others]


EntryCheck = Callable[[list[RawEntry], "ParagraphIndex | None"], list[Problem]]


def read_bank(folder: Path, lines: bool = True, check: EntryCheck | None = None) -> RawBank:
    """Parse every file of the bank; unreadable parts become problems, not exceptions.

    Without `lines`, entries may come without their lines (all 0), which is quicker to read.
    `check` runs on the entries where their files are read (in two processes, for a big bank), and
    its problems are added to the bank's."""
    files = bank_files(folder)
    problems: list[Problem] = []
    meta_document = _parse_yaml(files[0], problems)
    meta, meta_lines = {}, {}
    if meta_document is not None:
        data, outline, _ = meta_document
        if isinstance(data, dict):
            meta, meta_lines = data, _field_lines(outline)
        else:
            problems.append(Problem(str(files[0]), 1, "bank.yaml must be a mapping (title, source, author)"))
    source_path, source_text = _read_source(files[0], meta, meta_lines, problems)
    from vlasov_cli.text import ParagraphIndex, split_paragraphs

    paragraphs = split_paragraphs(source_text)
    index = ParagraphIndex(paragraphs, _quotes_found(source_path))
    quotes = index if source_path else None  # without a source text, there is nothing to find quotes in
    entries_by_file, file_problems, quotes_found = _read_files(files[1:], lines, check, quotes)
    entries = [entry for file_entries in entries_by_file for entry in file_entries]
    problems.extend(file_problems)
    index.learn(quotes_found)
    return RawBank(folder, meta, meta_lines, source_path, source_text, entries, problems, paragraphs, index)


# What some files hold: their entries (file by file), their problems and where `check` found their quotes.
Read = tuple[list[list[RawEntry]], list[Problem], dict[str, int | None]]


def _read_files(paths: list[Path], lines: bool, check: EntryCheck | None, index: ParagraphIndex | None) -> Read:
    """`_read_group` of the files. A big bank's files are read by two processes at once, since
    parsing YAML is most of checking one."""
    from vlasov_cli import forked

    if sum(path.stat().st_size for path in paths if path.is_file()) < PARALLEL_BYTES or not forked.can_fork():
        return _read_group(paths, lines, check, index)
    here, there = _halves(paths)
    read_here, read_there = forked.side_by_side(
        lambda: _read_group(here, lines, check, index),
        lambda: _read_group(there, lines, check, index),
        _plain_read,
        _read_again,
    )
    by_path = dict(zip(here, read_here[0], strict=True)) | dict(zip(there, read_there[0], strict=True))
    return [by_path[path] for path in paths], read_here[1] + read_there[1], read_here[2] | read_there[2]


def _halves(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files split in two of about the same work (a file's lines tell how long it takes to read
    better than its bytes do), the heavier half first: it stays in this process, which has no need
    to send what it read anywhere."""
    costs = {path: path.read_bytes().count(b"\n") for path in paths}
    halves: tuple[list[Path], list[Path]] = ([], [])
    totals = [0, 0]
    for path in sorted(paths, key=costs.__getitem__, reverse=True):
        lighter = totals.index(min(totals))
        halves[lighter].append(path)
        totals[lighter] += costs[path]
    return halves if totals[0] >= totals[1] else (halves[1], halves[0])


def _plain_read(read: Read) -> tuple[Any, ...]:
    entries_by_file, problems, found = read
    return [[*map(tuple, entries)] for entries in entries_by_file], [*map(tuple, problems)], found


def _read_again(plain: tuple[Any, ...]) -> Read:
    rows_by_file, problems, found = plain
    return [[RawEntry(*row) for row in rows] for rows in rows_by_file], [Problem(*row) for row in problems], found


def _read_group(paths: list[Path], lines: bool, check: EntryCheck | None, index: ParagraphIndex | None) -> Read:
    """`_read_file` of each file; then, if asked, `check` of all their entries at once (the quotes
    of many files are found together more quickly than file by file)."""
    entries_by_file: list[list[RawEntry]] = []
    problems: list[Problem] = []
    for path in paths:
        entries_by_file.append(_read_file(path, lines, problems))
    if check is None:
        return entries_by_file, problems, {}
    problems += check([entry for entries in entries_by_file for entry in entries], index)
    return entries_by_file, problems, index.found if index is not None and index.learned else {}


def _read_file(path: Path, lines: bool, problems: list[Problem]) -> list[RawEntry]:
    """The entries of one bank file; its problems go to `problems`.

    A file read without a problem is cached (as plain data) while it keeps its size and mtime, so
    that a check parses again only the files that changed."""
    from vlasov_cli import cache

    stored = cache.load_parsed(path)
    if stored is not None and (stored[0] or not lines):
        return [RawEntry(*row) for row in stored[1]]
    file_problems: list[Problem] = []
    document = _parse_yaml(path, file_problems, lines)
    entries = _entries(path, *document, file_problems) if document is not None else []
    if not file_problems:
        cache.store_parsed(path, (lines, [tuple(entry) for entry in entries]))
    problems += file_problems
    return entries


def _quotes_found(source: Path | None) -> dict[str, int | None] | None:
    """Where each quote was found in the source text the last time, if it has not changed since."""
    from vlasov_cli import cache

    return cache.load_parsed(source) if source else None


def _read_source(meta_file: Path, meta: dict, lines: dict[str, int], problems: list[Problem]):
    name = meta.get("source")
    where = (str(meta_file), lines.get("source", 1))
    if not isinstance(name, str) or not name.strip():
        if meta:
            problems.append(Problem(*where, "bank.yaml needs `source`: the path of the source text"))
        return None, ""
    path = (meta_file.parent / name).resolve()
    try:
        return path, path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        problems.append(Problem(*where, f"source text not found: {path}"))
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        problems.append(Problem(*where, f"source text is not UTF-8 (line {line}, byte {error.start}): {path}"))
    except OSError as error:
        problems.append(Problem(*where, f"cannot read source text {path}: {error.strerror}"))
    return None, ""


def _parse_yaml(path: Path, problems: list[Problem], lines: bool = True) -> tuple[Any, Outline | None, str] | None:
    """(data, outline, text) of a YAML file, or None after recording why it cannot be read.
    Without `lines`, the outline may be None (when it was quicker to read the file without)."""
    from vlasov_cli.yamlread import ParseError, read_yaml

    display = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(display, 1, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB"))
            return None
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"not UTF-8 text (byte {error.start})"))
        return None
    except OSError as error:
        problems.append(Problem(display, 1, f"cannot read: {error.strerror}"))
        return None
    try:
        return (*read_yaml(text, lines), text)
    except ParseError as error:
        problems.append(Problem(display, error.line, str(error)))
        return None


def _field_lines(outline: Outline | None) -> dict[str, int]:
    if outline is None or outline.kind != "mapping":
        return {}
    return {key: value.line for key, _, value in outline.parts}


def _duplicate_keys(outline: Outline, display: str, problems: list[Problem]) -> None:
    if outline.kind != "mapping":
        return
    seen: set[str] = set()
    for name, line, _ in outline.parts:
        if name in seen:
            problems.append(Problem(display, line, f"duplicate key '{name}'"))
        seen.add(name)


def _entries(path: Path, data: Any, outline: Outline | None, text: str, problems: list[Problem]) -> list[RawEntry]:
    """The entries of a bank file's data; with its outline, each with its line and its fields' lines."""
    display = str(path)
    # YAML refuses control characters written as they are (and reads NEL, U+0085, as a line break):
    # a value can hold one only through an escape, so only if the text holds a backslash.
    may_hold_control = "\\" in text
    if data is None:
        return []
    if not isinstance(data, dict):
        sections = ", ".join(KIND_OF_SECTION)
        problems.append(Problem(display, 1, f"a bank file must be a mapping with any of: {sections}"))
        return []
    if outline is not None:
        _duplicate_keys(outline, display, problems)
    entries = []
    # A repeated section (already reported) is read as YAML reads it: the last one written.
    parts = outline.parts if outline is not None else [(name, 0, None) for name in data]
    last_written = {name: (line, section_outline) for name, line, section_outline in parts}
    for section, (line, section_outline) in last_written.items():
        if section not in KIND_OF_SECTION:
            known = ", ".join(KIND_OF_SECTION)
            problems.append(Problem(display, line, f"unknown section '{section}' (expected one of: {known})"))
            continue
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list) or (section_outline is not None and section_outline.kind != "list"):
            problems.append(Problem(display, line, f"'{section}' must be a list of entries"))
            continue
        item_outlines = section_outline.parts if section_outline is not None else [None] * len(items)
        for item, item_outline in zip(items, item_outlines, strict=True):
            item_line = item_outline.line if item_outline is not None else 0
            if not isinstance(item, dict):
                problems.append(Problem(display, item_line, f"an entry of '{section}' must be a mapping"))
                continue
            if item_outline is not None:
                _duplicate_keys(item_outline, display, problems)
            entry = RawEntry(KIND_OF_SECTION[section], item, display, item_line, _field_lines(item_outline))
            for name, value in item.items() if may_hold_control else ():
                if has_control(value):
                    shown = item["id"] if isinstance(item.get("id"), str) and len(item["id"]) <= 80 else "?"
                    message = f"{entry.kind} '{shown}': field '{name}' holds a control character"
                    problems.append(Problem(display, entry.line_of(str(name)), message))
            entries.append(entry)
    return entries


def has_control(value: Any, depth: int = 2) -> bool:
    """Whether text, or the text in lists and mappings of it (as deep as a field goes: facts are a
    list of mappings), holds a control character. Never deeper: aliases can nest a billion items."""
    if isinstance(value, str):
        return CONTROL.search(value) is not None
    if depth and isinstance(value, list | dict):
        return any(has_control(item, depth - 1) for item in (value.values() if isinstance(value, dict) else value))
    return False


def answer_text(value: Any) -> str:
    """An answer as the quiz compares it: YAML booleans, numbers and dates become text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def date_text(value: Any) -> str:
    """A date field as text: "1942", "1942-06" or "1942-06-23" (YAML may have parsed it)."""
    return answer_text(value)


def build_bank(raw: RawBank) -> Bank:
    """Turn a validated raw bank into the frozen model, paragraphs computed from quotes."""
    people, events, terms = _facts(raw)
    entries: list[Person | Term] = [*people, *terms]
    named = _entries_by_name(entries)
    questions = [_with_other_names(question, named, entries) for question in _written_questions(raw)]
    bank = Bank(
        title=str(raw.meta.get("title", raw.folder.name)),
        author=str(raw.meta.get("author", "")),
        source_name=raw.source_path.name if raw.source_path else "",
        paragraphs=tuple(raw.paragraphs),
        people=tuple(people),
        events=tuple(events),
        terms=tuple(terms),
        questions=tuple(questions),
    )
    from vlasov_cli.generate import generated_questions

    _keep_quotes_found(raw)
    return bank.with_questions((*bank.questions, *generated_questions(bank)))


def bank_counts(raw: RawBank) -> dict[str, int]:
    """What `model.counts` says of the bank that `build_bank(raw)` builds, without building it:
    the generated questions are counted as planned, not written out."""
    from vlasov_cli.generate import question_plans

    people, events, terms = _facts(raw)
    _keep_quotes_found(raw)
    written = sum(entry.kind == "question" for entry in raw.entries)
    generated = sum(1 for _ in question_plans(events, people, terms))
    numbers = (len(people), len(events), len(terms), written, generated, len(raw.paragraphs))
    return dict(zip(COUNTED, numbers, strict=True))


def _facts(raw: RawBank) -> tuple[list[Person], list[Event], list[Term]]:
    """The people, events (in story order) and terms of a validated raw bank."""
    people: list[Person] = []
    events: list[Event] = []
    terms: list[Term] = []
    paragraph = raw.quotes.find
    for entry in raw.entries:
        data = entry.data
        if entry.kind == "person":
            facts = tuple(Fact(fact["text"], fact["quote"], paragraph(fact["quote"]) or 0) for fact in data["facts"])
            people.append(
                Person(data["id"], data["name"], tuple(data["aliases"]), data["role"], facts, data.get("topic", ""))
            )
        elif entry.kind == "event":
            events.append(
                Event(
                    data["id"],
                    date_text(data["date"]),
                    data["title"],
                    tuple(data["people"]),
                    data["quote"],
                    paragraph(data["quote"]) or 0,
                    data.get("topic", ""),
                    bool(data.get("approximate", False)),
                    bool(data.get("inferred", False)),
                    data.get("date_text", ""),
                )
            )
        elif entry.kind == "term":
            terms.append(
                Term(
                    data["id"],
                    data["name"],
                    tuple(data["aliases"]),
                    data["kind"],
                    data["description"],
                    data["quote"],
                    paragraph(data["quote"]) or 0,
                    data.get("topic", ""),
                )
            )
    return people, story_order(events), terms


def _written_questions(raw: RawBank) -> list[Question]:
    """The questions written in a validated raw bank."""
    return [
        Question(
            data["id"],
            data["type"],
            data["prompt"],
            answer_text(data.get("answer")),
            data["quote"],
            raw.quotes.find(data["quote"]) or 0,
            data["topic"],
            tuple(answer_text(choice) for choice in data.get("choices", ())),
            tuple(answer_text(alternative) for alternative in data.get("accept", ())),
            tuple(data.get("items", ())),
            data.get("explanation", ""),
        )
        for data in (entry.data for entry in raw.entries if entry.kind == "question")
    ]


def _keep_quotes_found(raw: RawBank) -> None:
    """Keep where the quotes are, for the next check."""
    if raw.source_path and raw.quotes.learned:
        from vlasov_cli import cache

        cache.store_parsed(raw.source_path, raw.quotes.found)


def _entries_by_name(named: list[Person | Term]) -> dict[str, list[int]]:
    """Folded name or alias -> positions in `named` of the entries that go by it."""
    from vlasov_cli.text import fold

    positions: dict[str, list[int]] = {}
    for position, entry in enumerate(named):
        for name in {fold(name) for name in (entry.name, *entry.aliases)}:
            positions.setdefault(name, []).append(position)
    return positions


def _with_other_names(question: Question, named: dict[str, list[int]], entries: list[Person | Term]) -> Question:
    """A typed answer naming a person or term also accepts that one's other names and aliases,
    so the checker never takes "Josef Stalin" for somebody else."""
    if question.type != "typed":
        return question
    from vlasov_cli.text import fold

    given = {fold(text) for text in (question.answer, *question.accept)}
    matching = sorted({position for text in given for position in named.get(text, ())})
    extra = [name for position in matching for name in (entries[position].name, *entries[position].aliases)]
    accept = tuple(dict.fromkeys((*question.accept, *extra)))
    return question._replace(accept=accept) if accept != question.accept else question


def story_order(events: list[Event]) -> list[Event]:
    """Events in date order; a coarse date ("1942", "1942-06") keeps its place in the file when the
    event before it falls within it, since the author placed it there in the story."""
    from vlasov_cli.dates import bounds

    keyed = []
    previous = None
    for position, event in enumerate(events):
        start, end = bounds(event.date)
        key = previous if start != end and previous is not None and start <= previous <= end else start
        keyed.append((key, position, event))
        previous = key
    return [event for _, _, event in sorted(keyed, key=lambda item: item[:2])]


def load_bank(folder: Path) -> Bank:
    """The bank in `folder`, from the cache when its files are unchanged, else parsed and validated."""
    from vlasov_cli import cache

    files = bank_files(folder)
    cached = cache.load(folder, files)
    if cached is not None:
        return cached
    from vlasov_cli.lookup import prepare

    with _collecting_later():
        raw, problems = _checked(folder)
        if problems:
            raise BadBank(problems)
        bank = build_bank(raw)
        prepare(bank)  # work the look-ups' indexes out now, so that the cache holds them
    cache.store(folder, files, raw.source_path, bank)
    return bank


def check_bank(folder: Path) -> tuple[list[Problem], dict[str, int] | None]:
    """Every problem of the bank in `folder`, and when there is none, how many entries of each kind
    it has (`model.counts`). A bank cached since it was last checked, with the same files and the
    same vlasov, has none."""
    from vlasov_cli import cache
    from vlasov_cli.model import counts

    cached = cache.load(folder, bank_files(folder))
    if cached is not None:
        return [], cached.derived("counts", counts)
    with _collecting_later():
        raw, problems = _checked(folder)
        return problems, None if problems else bank_counts(raw)


def _checked(folder: Path) -> tuple[RawBank, list[Problem]]:
    """The bank in `folder` as read, and every problem of it.

    A quick pass reads the files without lines, in parallel for a big bank, and checks the entries
    where they are read; only a bank with problems is read again, with lines, to say where."""
    from vlasov_cli.validate import bank_problems, check_entries, validate

    raw = read_bank(folder, lines=False, check=check_entries)
    if not raw.problems and not bank_problems(raw):
        return raw, []
    raw = read_bank(folder)
    return raw, validate(raw)


@contextmanager
def _collecting_later() -> Iterator[None]:
    """Reading a big bank makes millions of objects and no garbage cycles; the cycle collector would
    walk them all again and again (half the time of parsing), so it waits, and then leaves them be."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was made so far is never walked again
        if enabled:
            gc.enable()


def environment_home() -> Path | None:
    home = os.environ.get("VLASOV_HOME")
    return Path(home) if home else None
