"""Reading one YAML file into plain data, and with an outline of where its parts are written.

PyYAML's safe loader builds a node for every value and resolves each through several Python calls;
for a big bank that is most of `check`'s time. Bank files are simple (mappings, lists and untagged
text, numbers, dates), so when no lines are asked for, `read_yaml` builds the data straight from
libyaml's events: the same parser, the same resolver table and the same constructors for plain
values as the safe loader, so the data is the same. Anything beyond that simple form (anchors,
aliases, tags, merge keys, complex or repeated keys, several documents) or any error sends the file
down the safe loader's own path, which also words the errors and tells the lines.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, NamedTuple

OUTLINE_DEPTH = 3  # the file's mapping, its sections, their entries (whose fields get a line each)
FAST_DEPTH = 64  # deeper nesting is left to the safe loader, which refuses what is too deep


class Outline(NamedTuple):
    """Where a value is written: its line, and for a mapping or list (down to OUTLINE_DEPTH) its
    parts: (key as written, key line, value outline) for each key, or an outline for each item."""

    line: int
    kind: str  # "mapping", "list" or "value"
    parts: list[Any]


class ParseError(Exception):
    """The file is not YAML that a bank can hold; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


class _Unusual(Exception):
    """Something the quick path leaves to the safe loader."""


def read_yaml(text: str, lines: bool = True) -> tuple[Any, Outline | None]:
    """(data, outline) of a YAML document as the safe loader reads it; raises ParseError.
    Without `lines` the outline is None (unless the file was left to the safe loader), which is
    much quicker."""
    if not lines:
        try:
            return _from_events(text), None
        except Exception:  # anything unusual, or an error that the safe loader's path will word
            pass
    return _from_nodes(text)


@cache
def _plain_scalars() -> tuple[frozenset[str], frozenset[str], Callable[[str], Any]]:
    """How plain (unquoted) scalars are resolved, as the safe loader does it: the first characters
    that may make one something other than text; those of them after which only a short word can
    be (a boolean or null, such as "yes", "Off" or "null"); and a function from a plain scalar to
    its value (remembering the last ones: keys such as "title" come back again and again)."""
    import yaml

    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    if resolvers.get(None):
        raise _Unusual("a resolver for every scalar")
    constructor = yaml.constructor.SafeConstructor()
    tags = [f"tag:yaml.org,2002:{name}" for name in ("bool", "int", "float", "null", "timestamp")]
    makers = {tag: constructor.yaml_constructors[tag] for tag in tags}
    one_word = {tags[0], tags[3]}  # YAML 1.1 booleans and null are words of five letters at most

    @lru_cache(maxsize=1024)
    def make(value: str) -> Any:
        for tag, pattern in resolvers.get(value[:1], ()):
            if pattern.match(value):
                maker = makers.get(tag)
                if maker is None:  # a merge key, "=" and such: the safe loader's business
                    raise _Unusual(tag)
                return maker(constructor, yaml.ScalarNode(tag, value))
        return value

    firsts = frozenset(first for first in resolvers if first is not None)
    words_only = frozenset(first for first in firsts if {tag for tag, _ in resolvers[first]} <= one_word)
    return firsts, words_only, make


def _from_events(text: str) -> Any:
    """The data, built from the parser's events; raises _Unusual for what it leaves to the safe loader."""
    import yaml
    from yaml import events

    parser = yaml.CSafeLoader(text) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(text)
    get_event = parser.get_event
    resolving, words_only, plain = _plain_scalars()
    scalar, mapping_start, sequence_start = events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent
    mapping_end, sequence_end = events.MappingEndEvent, events.SequenceEndEvent
    # The mapping or list being filled, whether it is a mapping, and the key waiting for its value;
    # `outer` holds the same of the mappings and lists around it.
    container: Any = None
    is_mapping = False
    key: Any = _NO_KEY
    outer: list[tuple[Any, bool]] = []
    root: Any = None
    documents = 0
    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar:
                if event.anchor is not None or event.tag is not None:
                    raise _Unusual("anchor or tag")
                value = event.value
                if event.implicit[0]:
                    first = value[:1]
                    if first in resolving and not (first in words_only and (len(value) > 5 or " " in value)):
                        value = plain(value)
                if is_mapping:
                    if key is _NO_KEY:
                        key = value
                        continue
                    if key in container:
                        raise _Unusual("repeated key")  # the safe loader's path says where
                    container[key] = value
                    key = _NO_KEY
                elif container is not None:
                    container.append(value)
                else:
                    root = value
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or event.tag is not None:
                    raise _Unusual("anchor or tag")
                value = {} if kind is mapping_start else []
                if is_mapping:
                    if key is _NO_KEY:
                        raise _Unusual("complex key")
                    if key in container:
                        raise _Unusual("repeated key")
                    container[key] = value
                elif container is not None:
                    container.append(value)
                else:
                    root = value
                outer.append((container, is_mapping))
                if len(outer) > FAST_DEPTH:
                    raise _Unusual("deep nesting")
                container, is_mapping, key = value, kind is mapping_start, _NO_KEY
            elif kind is mapping_end or kind is sequence_end:
                container, is_mapping = outer.pop()
                key = _NO_KEY
            elif kind is events.AliasEvent:
                raise _Unusual("alias")
            elif kind is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual("several documents")
            elif kind is events.StreamEndEvent:
                return root
    finally:
        parser.dispose()


_NO_KEY = object()
_NO_PARTS: list[Any] = []  # shared by every outline without parts; never added to


def _from_nodes(text: str) -> tuple[Any, Outline | None]:
    """The safe loader's own path, for any YAML; its errors become ParseError."""
    import yaml

    loader = yaml.CSafeLoader(text) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ParseError(mark.line + 1 if mark else 1, f"invalid YAML: {_yaml_message(error)}") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow (offset in UTF-8 bytes)
        line = text.encode("utf-8")[: error.position].count(b"\n") + 1
        raise ParseError(
            line, f"invalid YAML: unacceptable character #x{error.character:04x}: {error.reason}"
        ) from None
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        raise ParseError(1, f"invalid YAML: {' '.join(str(error).split())}") from None
    finally:
        loader.dispose()
    return data, _outline(node, OUTLINE_DEPTH) if node is not None else None


def _outline(node: Any, depth: int) -> Outline:
    import yaml

    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        if not depth:
            return Outline(line, "mapping", _NO_PARTS)
        pairs = [(str(key.value), key.start_mark.line + 1, _outline(value, depth - 1)) for key, value in node.value]
        return Outline(line, "mapping", pairs)
    if isinstance(node, yaml.SequenceNode):
        return Outline(line, "list", [_outline(item, depth - 1) for item in node.value] if depth else _NO_PARTS)
    return Outline(line, "value", _NO_PARTS)


def _yaml_message(error: Any) -> str:
    problem = str(error.problem or error.context or "cannot parse")
    if "could not determine a constructor" in problem:
        return problem.replace("could not determine a constructor for the tag", "tag not allowed:")
    return problem
