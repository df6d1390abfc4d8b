"""Reading a bank folder: its YAML files to raw entries, each with its file and line.

Reading keeps where every entry and field was written, so that validation can say
`file:line: message`. Nothing here prints; what cannot be read becomes a `Problem`.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from vlasov_cli.core.errors import BadBank, Problem
from vlasov_cli.core.files import TooLarge, read_regular
from vlasov_cli.core.text import split_paragraphs

if TYPE_CHECKING:
    from yaml import Node

BANK_FILE = "bank.yaml"
KIND_OF_SECTION = {"people": "person", "events": "event", "terms": "term", "questions": "question"}
MAX_FILE_BYTES = 20 * 1024 * 1024
# Aliases let a small file name the same value many times over: what a file holds, counted as if
# every alias were written out, may be at most this many times what is written.
MAX_EXPANSION = 4


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


def default_bank_folder() -> Path:
    """The shipped bank: inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "data" / "questions"
    return installed if installed.is_dir() else package.parent / "questions"


def bank_files(folder: Path) -> list[Path]:
    """The YAML files of a bank, bank.yaml first, but links that lead nowhere or outside the folder
    (`linked_out`); raises BadBank when the folder is not a bank."""
    if not folder.is_dir():
        raise BadBank([Problem(str(folder), 0, "no bank folder here")])
    meta = folder / BANK_FILE
    if linked_out(folder, meta):
        raise BadBank([Problem(str(meta), 0, linked_out(folder, meta))])
    if not meta.is_file():
        raise BadBank([Problem(str(meta), 0, "missing: a bank folder needs a bank.yaml")])
    others = sorted(path for path in folder.glob("*.yaml") if path.name != BANK_FILE and not linked_out(folder, path))
    return [meta, *others]


def linked_out(folder: Path, path: Path) -> str:
    """Why a bank does not read `path`, a link: it leads nowhere (to nothing, or round in a loop) or
    outside the bank's folder; "" for a path that is no link, or links to a file in the folder."""
    if not path.is_symlink():
        return ""
    target = Path(os.path.realpath(path))
    if not os.path.exists(target):
        return f"a link that leads to no file ({os.readlink(path)})"
    if not target.is_relative_to(folder.resolve()):
        return f"a link to {target}, outside the bank folder: a bank reads nothing outside it"
    return ""


def _links_out(folder: Path) -> list[Problem]:
    """What bank_files leaves out: each YAML link that leads nowhere or outside the folder."""
    return [
        Problem(str(path), 0, linked_out(folder, path))
        for path in sorted(folder.glob("*.yaml"))
        if path.name != BANK_FILE and linked_out(folder, path)
    ]


def read_bank(folder: Path) -> RawBank:
    """Parse every file of the bank; unreadable parts become problems, not exceptions."""
    files = bank_files(folder)
    problems: list[Problem] = _links_out(folder)
    meta: dict[str, Any] = {}
    meta_lines: dict[str, int] = {}
    parsed = _parse_yaml(files[0], problems)
    if parsed is not None:
        data, node = parsed
        if isinstance(data, dict):
            meta, meta_lines = data, {name: line for name, line, _ in _mapping_parts(node)}
        else:
            problems.append(Problem(str(files[0]), 1, "bank.yaml must be a mapping (title, source, author)"))
    source_path, source_text = _read_source(files[0], meta, meta_lines, problems)
    entries = []
    for path in files[1:]:
        parsed = _parse_yaml(path, problems)
        if parsed is not None:
            entries += _entries(str(path), *parsed, problems)
    return RawBank(folder, meta, meta_lines, source_path, source_text, entries, problems, split_paragraphs(source_text))


def _read_source(meta_file: Path, meta: dict, lines: dict[str, int], problems: list[Problem]):
    name = meta.get("source")
    where = (str(meta_file), lines.get("source", 1))
    if not isinstance(name, str) or not name.strip():
        if meta:
            problems.append(Problem(*where, "bank.yaml needs `source`: the path of the source text"))
        return None, ""
    path = (meta_file.parent / name).resolve()
    folder = meta_file.parent.resolve()
    # A bank reads nothing outside its own folder (links followed); the shipped bank's article sits
    # beside it in the package (seeds/), so its folder's parent is its own.
    own = folder.parent if folder == default_bank_folder().resolve() else folder
    if not path.is_relative_to(own):
        problems.append(
            Problem(*where, f"source text {path} is outside the bank folder {folder}: a bank reads nothing outside it")
        )
        return None, ""
    try:
        return path, read_regular(path, MAX_FILE_BYTES).decode("utf-8")
    except FileNotFoundError:
        problems.append(Problem(*where, f"source text not found: {path}"))
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        problems.append(Problem(*where, f"source text is not UTF-8 (line {line}, byte {error.start}): {path}"))
    except OSError as error:
        problems.append(Problem(*where, f"cannot read source text {path}: {error.strerror or error}"))
    return None, ""


def _parse_yaml(path: Path, problems: list[Problem]) -> tuple[Any, Node | None] | None:
    """(data, node) of a YAML file, or None after recording why it cannot be read.

    libyaml parses the file into nodes (which know their lines); PyYAML's safe constructor builds
    the data from them, so only plain YAML types are ever made."""
    import yaml

    display = str(path)
    try:
        text = read_regular(path, MAX_FILE_BYTES).decode("utf-8")
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        problems.append(Problem(display, line, f"not UTF-8 text (byte {error.start})"))
        return None
    except TooLarge:
        problems.append(Problem(display, 1, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB"))
        return None
    except OSError as error:
        problems.append(Problem(display, 1, f"cannot read: {error.strerror or error}"))
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        aliased = "*" in text  # (no alias without its "*": a file with none cannot grow once written out)
        if node is not None and aliased and _written_out(node, limit=MAX_EXPANSION * (len(text) + 100)) is None:
            problems.append(Problem(display, 1, "aliases make this file too large once written out"))
            return None
        return loader.construct_document(node) if node is not None else None, node
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problems.append(Problem(display, mark.line + 1 if mark else 1, f"invalid YAML: {_yaml_message(error)}"))
    except yaml.reader.ReaderError as error:  # a character YAML does not allow (offset in UTF-8 bytes)
        line = text.encode("utf-8")[: error.position].count(b"\n") + 1
        problems.append(
            Problem(display, line, f"invalid YAML: unacceptable character #x{error.character:04x}: {error.reason}")
        )
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        problems.append(Problem(display, 1, f"invalid YAML: {' '.join(str(error).split())}"))
    finally:
        loader.dispose()
    return None


def _yaml_message(error: Any) -> str:
    problem = str(error.problem or error.context or "cannot parse")
    return problem.replace("could not determine a constructor for the tag", "tag not allowed:")


def _written_out(node: Node, limit: int) -> int | None:
    """How many characters the node's data holds as if each alias were written out in full (each
    node counts a few more), or None as soon as that passes `limit`."""
    from yaml import MappingNode, SequenceNode

    sizes: dict[int, int] = {}
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        if id(current) in sizes:
            continue
        if isinstance(current, MappingNode | SequenceNode):
            children = (
                [part for pair in current.value for part in pair] if isinstance(current, MappingNode) else current.value
            )
            if not children_done:
                stack.append((current, True))
                stack.extend((child, False) for child in children if id(child) not in sizes)
                continue
            size = 4 + sum(sizes[id(child)] for child in children)
        else:
            size = 4 + len(current.value)
        if size > limit:
            return None
        sizes[id(current)] = size
    return sizes[id(node)]


def _mapping_parts(node: Node | None) -> list[tuple[str, int, Node]]:
    """(key, line, value node) of each key of a mapping node, in the order written."""
    from yaml import MappingNode

    if not isinstance(node, MappingNode):
        return []
    return [(str(key.value), key.start_mark.line + 1, value) for key, value in node.value]


def _duplicate_keys(parts: list[tuple[str, int, Node]], display: str, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for name, line, _ in parts:
        if name in seen:
            problems.append(Problem(display, line, f"duplicate key '{name}'"))
        seen.add(name)


def _entries(display: str, data: Any, node: Node | None, problems: list[Problem]) -> list[RawEntry]:
    """The entries of a bank file's data, each with its line and its fields' lines."""
    from yaml import SequenceNode

    if data is None:
        return []
    if not isinstance(data, dict):
        sections = ", ".join(KIND_OF_SECTION)
        problems.append(Problem(display, 1, f"a bank file must be a mapping with any of: {sections}"))
        return []
    parts = _mapping_parts(node)
    _duplicate_keys(parts, display, problems)
    entries = []
    # A repeated section (already reported) is read as YAML reads it: the last one written.
    last_written = {name: (line, section_node) for name, line, section_node in parts}
    for section, (line, section_node) in last_written.items():
        if section not in KIND_OF_SECTION:
            known = ", ".join(KIND_OF_SECTION)
            problems.append(Problem(display, line, f"unknown section '{section}' (expected one of: {known})"))
            continue
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list) or not isinstance(section_node, SequenceNode):
            problems.append(Problem(display, line, f"'{section}' must be a list of entries"))
            continue
        for item, item_node in zip(items, section_node.value, strict=True):
            item_line = item_node.start_mark.line + 1
            if not isinstance(item, dict):
                problems.append(Problem(display, item_line, f"an entry of '{section}' must be a mapping"))
                continue
            item_parts = _mapping_parts(item_node)
            _duplicate_keys(item_parts, display, problems)
            field_lines = {name: field_line for name, field_line, _ in item_parts}
            entries.append(RawEntry(KIND_OF_SECTION[section], item, display, item_line, field_lines))
    return entries


def as_text(value: Any) -> str:
    """A value as the bank's model holds it: YAML booleans, numbers and dates become text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value).strip()
