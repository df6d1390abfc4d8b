"""Reading a bank folder: YAML files to raw entries (with their lines), then to a `Bank`.

Reading keeps every entry's file and line so that validation can say `file:line: message`.
Nothing here prints; problems are collected and raised as `BadBank`.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.errors import BadBank, Problem
from vlasov_cli.model import Bank, Event, Fact, Person, Question, Term

if TYPE_CHECKING:
    from vlasov_cli.text import ParagraphIndex

BANK_FILE = "bank.yaml"
KIND_OF_SECTION = {"people": "person", "events": "event", "terms": "term", "questions": "question"}
MAX_FILE_BYTES = 20 * 1024 * 1024
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


def read_bank(folder: Path) -> RawBank:
    """Parse every file of the bank; unreadable parts become problems, not exceptions."""
    files = bank_files(folder)
    problems: list[Problem] = []
    meta_document = _parse_yaml(files[0], problems)
    meta, meta_lines = {}, {}
    if meta_document is not None:
        data, node = meta_document
        if isinstance(data, dict):
            meta, meta_lines = data, _field_lines(node)
        else:
            problems.append(Problem(str(files[0]), 1, "bank.yaml must be a mapping (title, source, author)"))
    source_path, source_text = _read_source(files[0], meta, meta_lines, problems)
    entries: list[RawEntry] = []
    for path in files[1:]:
        entries.extend(_read_entries(path, problems))
    from vlasov_cli.text import ParagraphIndex, split_paragraphs

    paragraphs = split_paragraphs(source_text)
    index = ParagraphIndex(paragraphs, _quotes_found(source_path))
    return RawBank(folder, meta, meta_lines, source_path, source_text, entries, problems, paragraphs, index)


def _read_entries(path: Path, problems: list[Problem]) -> list[RawEntry]:
    """The entries of one bank file. A file read without a problem is cached (as plain data) while it
    keeps its size and mtime, so that checking a big bank parses again only the files that changed."""
    from vlasov_cli import cache

    stored = cache.load_parsed(path)
    if stored is None:
        found: list[Problem] = []
        document = _parse_yaml(path, found)
        entries = _entries(path, *document, found) if document is not None else []
        problems.extend(found)
        if not found:
            cache.store_parsed(path, [tuple(entry) for entry in entries])
        return entries
    return [RawEntry(*row) for row in stored]


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


def _parse_yaml(path: Path, problems: list[Problem]) -> tuple[Any, Any] | None:
    """(data, node) of a YAML file, or None after recording why it cannot be read."""
    import yaml

    display = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(display, 1, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB"))
            return None
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"not UTF-8 text (byte {error.start})"))
        return None
    except OSError as error:
        problems.append(Problem(display, 1, f"cannot read: {error.strerror}"))
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(Problem(display, line, f"invalid YAML: {_yaml_message(error)}"))
        return None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow (offset in UTF-8 bytes)
        line = raw[: error.position].count(b"\n") + 1
        message = f"invalid YAML: unacceptable character #x{error.character:04x}: {error.reason}"
        problems.append(Problem(display, line, message))
        return None
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        problems.append(Problem(display, 1, f"invalid YAML: {' '.join(str(error).split())}"))
        return None
    finally:
        loader.dispose()
    return data, node


def _yaml_message(error: Any) -> str:
    problem = str(error.problem or error.context or "cannot parse")
    if "could not determine a constructor" in problem:
        return problem.replace("could not determine a constructor for the tag", "tag not allowed:")
    return problem


def _field_lines(node: Any) -> dict[str, int]:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): value.start_mark.line + 1 for key, value in node.value}


def _duplicate_keys(node: Any, display: str, problems: list[Problem]) -> None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return
    seen: set[str] = set()
    for key, _ in node.value:
        name = str(key.value)
        if name in seen:
            problems.append(Problem(display, key.start_mark.line + 1, f"duplicate key '{name}'"))
        seen.add(name)


def _entries(path: Path, data: Any, node: Any, problems: list[Problem]) -> list[RawEntry]:
    import yaml

    display = str(path)
    if data is None:
        return []
    if not isinstance(data, dict):
        sections = ", ".join(KIND_OF_SECTION)
        problems.append(Problem(display, 1, f"a bank file must be a mapping with any of: {sections}"))
        return []
    _duplicate_keys(node, display, problems)
    entries = []
    for key_node, section_node in node.value:
        section = str(key_node.value)
        line = key_node.start_mark.line + 1
        if section not in KIND_OF_SECTION:
            known = ", ".join(KIND_OF_SECTION)
            problems.append(Problem(display, line, f"unknown section '{section}' (expected one of: {known})"))
            continue
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list) or not isinstance(section_node, yaml.SequenceNode):
            problems.append(Problem(display, line, f"'{section}' must be a list of entries"))
            continue
        for item, item_node in zip(items, section_node.value, strict=True):
            item_line = item_node.start_mark.line + 1
            if not isinstance(item, dict):
                problems.append(Problem(display, item_line, f"an entry of '{section}' must be a mapping"))
                continue
            _duplicate_keys(item_node, display, problems)
            entry = RawEntry(KIND_OF_SECTION[section], item, display, item_line, _field_lines(item_node))
            for name, value in item.items():
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
    paragraphs = raw.paragraphs

    def paragraph(quote: str) -> int:
        return raw.quotes.find(quote) or 0

    people: list[Person] = []
    events: list[Event] = []
    terms: list[Term] = []
    questions: list[Question] = []
    for entry in raw.entries:
        data = entry.data
        if entry.kind == "person":
            facts = tuple(Fact(fact["text"], fact["quote"], paragraph(fact["quote"])) for fact in data["facts"])
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
                    paragraph(data["quote"]),
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
                    paragraph(data["quote"]),
                    data.get("topic", ""),
                )
            )
        else:
            questions.append(
                Question(
                    data["id"],
                    data["type"],
                    data["prompt"],
                    answer_text(data.get("answer")),
                    data["quote"],
                    paragraph(data["quote"]),
                    data["topic"],
                    tuple(answer_text(choice) for choice in data.get("choices", ())),
                    tuple(answer_text(alternative) for alternative in data.get("accept", ())),
                    tuple(data.get("items", ())),
                    data.get("explanation", ""),
                )
            )
    events = story_order(events)
    entries: list[Person | Term] = [*people, *terms]
    named = _entries_by_name(entries)
    questions = [_with_other_names(question, named, entries) for question in questions]
    bank = Bank(
        title=str(raw.meta.get("title", raw.folder.name)),
        author=str(raw.meta.get("author", "")),
        source_name=raw.source_path.name if raw.source_path else "",
        paragraphs=tuple(paragraphs),
        people=tuple(people),
        events=tuple(events),
        terms=tuple(terms),
        questions=tuple(questions),
    )
    from vlasov_cli.generate import generated_questions

    if raw.source_path and raw.quotes.learned:  # keep where the quotes are, for the next check
        from vlasov_cli import cache

        cache.store_parsed(raw.source_path, raw.quotes.found)
    return replace(bank, questions=(*bank.questions, *generated_questions(bank)))


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
    return replace(question, accept=accept) if accept != question.accept else question


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
    from vlasov_cli.validate import validate

    raw = read_bank(folder)
    problems = validate(raw)
    if problems:
        raise BadBank(problems)
    bank = build_bank(raw)
    from vlasov_cli.lookup import prepare

    prepare(bank)  # work the look-ups' indexes out now, so that the cache holds them
    cache.store(folder, files, raw.source_path, bank)
    return bank


def environment_home() -> Path | None:
    home = os.environ.get("VLASOV_HOME")
    return Path(home) if home else None
