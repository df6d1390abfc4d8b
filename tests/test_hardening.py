"""Hardening: broken and hostile banks, random queries, unusable state, plain terminals.

Whatever it is given, vlasov answers with a message and an exit code of DESIGN.md, never a
traceback. The property tests mutate copies of tests/example_bank with hypothesis.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import invoke, stored_bank
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vlasov_cli.state import history

EXAMPLE = Path(__file__).parent / "example_bank"
BANK_FILES = ["bank.yaml", "people.yaml", "events.yaml", "terms.yaml", "questions.yaml"]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# A value of any shape YAML can hold: what a field may wrongly be given.
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
) | st.lists(st.integers() | st.booleans() | st.floats(allow_nan=False) | st.none(), min_size=1, max_size=3)
JUNK = st.text(max_size=40) | st.sampled_from(
    ["\x00", "\ufeff", "\u202e", "\ud7ff", "\U0001f600", "\t\t:", "- - -", "{", "]", "&a", "*b", "!!"]
)
BILLION_LAUGHS = "".join(
    ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    + [f"lol{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10)]
)


def copy_example(folder: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, folder / "bank"))


def assert_clean(result, codes=(0, 1, 2)) -> None:
    """No traceback: the run ended through the tool's own exits, with one of the documented codes."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in codes, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr


def assert_check_outcome(result, folder: Path) -> None:
    """`check`: exit 0 with no problems, or exit 2 with each problem as `file:line: message`."""
    assert_clean(result, codes=(0, 2))
    if result.exit_code == 0:
        assert "no problems" in result.stdout
        return
    lines = result.stderr.strip().splitlines()
    assert lines
    if len(lines) > 1:
        assert re.fullmatch(r"\d+ problems? found", lines.pop())
    for line in lines:
        line = line.removeprefix("error: ")
        assert line.startswith(str(folder)), line
        assert re.match(rf"{re.escape(str(folder))}[^:]*(:\d+)?: \S", line), line


# ---------------------------------------------------------------- mutated banks


@st.composite
def text_mutations(draw):
    """(file, new text or bytes) from an edit of one file's text."""
    name = draw(st.sampled_from(BANK_FILES))
    text = (EXAMPLE / name).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    line = draw(st.integers(0, len(lines) - 1))
    kind = draw(st.sampled_from(["truncate", "delete", "duplicate", "junk", "retype", "nest", "laughs", "bytes"]))
    if kind == "truncate":
        return name, text[: draw(st.integers(0, len(text)))]
    if kind == "delete":  # a deleted key, entry or section
        return name, "".join(lines[:line] + lines[line + 1 :])
    if kind == "duplicate":  # a duplicated key or entry
        return name, "".join(lines[: line + 1] + lines[line:])
    if kind == "junk":
        at = draw(st.integers(0, len(text)))
        return name, text[:at] + draw(JUNK) + text[at:]
    if kind == "bytes":  # not UTF-8 at all
        at = draw(st.integers(0, len(text)))
        return name, text[:at].encode() + draw(st.binary(min_size=1, max_size=8)) + text[at:].encode()
    key, colon, _ = lines[line].partition(":")
    if not colon:
        return name, text
    if kind == "retype":
        value = draw(
            st.sampled_from(
                [
                    "[]",
                    "{}",
                    "42",
                    "true",
                    "null",
                    "[1, [2]]",
                    "{a: b}",
                    "!!binary aGk=",
                    "2020-01-01",
                    ".nan",
                    "'x'",
                    "|\n  text",
                ]
            )
        )
    elif kind == "nest":
        depth = draw(st.sampled_from([5, 200, 999, 5000]))
        value = "[" * depth + "]" * depth
    else:  # anchors and aliases that would expand to 9**10 items
        value = "*a9"
        lines.insert(0, BILLION_LAUGHS)
        line += 1
    lines[line] = f"{key}: {value}\n"
    return name, "".join(lines)


@pytest.mark.slow
@FUZZ
@given(text_mutations())
def test_edited_bank_files_give_problems_not_tracebacks(runner, mutation):
    check_mutated(runner, *mutation, ("who", "Quill"))


def check_mutated(runner, name: str, content: str | bytes, *look_ups: tuple[str, ...]) -> None:
    """`check` and `look_ups` on the example bank with file `name` holding `content`."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = copy_example(Path(scratch))
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")
        assert_check_outcome(invoke(runner, "check", "--bank", str(folder)), folder)
        for look_up in look_ups:
            assert_clean(invoke(runner, *look_up, "--bank", str(folder)))


@st.composite
def structure_mutations(draw):
    """(file, YAML text) with one entry's field set to a value of another shape, or deleted."""
    name = draw(st.sampled_from(BANK_FILES[1:]))
    data = yaml.safe_load((EXAMPLE / name).read_text(encoding="utf-8"))
    entries = next(iter(data.values()))
    entry = draw(st.sampled_from(entries))
    field = draw(st.sampled_from([*entry, "id", "extra"]))
    if draw(st.booleans()):
        entry.pop(field, None)
    else:
        entry[field] = draw(VALUES)
    return name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.slow
@FUZZ
@given(structure_mutations())
def test_fields_of_the_wrong_shape_give_problems_not_tracebacks(runner, mutation):
    check_mutated(runner, *mutation, ("timeline",), ("search", "the"))


# ---------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object:os.system {}",
        "!!python/object/apply:os.system ['echo owned']",
        "!!python/name:os.system",
        "!!python/tuple [1, 2]",
        "!<tag:yaml.org,2002:python/object/new:os.system> {}",
        "!custom thing",
    ],
)
def test_non_standard_tags_are_refused(runner, tmp_path, value):
    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    text = people.read_text(encoding="utf-8")
    people.write_text(
        text.replace("role: Schoolteacher", f"role: {value}\n    note: Schoolteacher", 1), encoding="utf-8"
    )
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{people}:5: invalid YAML: tag not allowed: " in result.stderr
    assert_check_outcome(result, folder)


def test_control_characters_in_a_bank_are_refused(runner, tmp_path):
    # YAML lets "\\e" through; shown on a terminal it would rewrite the screen.
    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    text = people.read_text(encoding="utf-8")
    role = "Schoolteacher who founded the Harrow Point Lighthouse Society"
    people.write_text(text.replace(f"role: {role}", f'role: "\\e[2J\\e[31m{role}"', 1), encoding="utf-8")
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{people}:5: person 'quill': field 'role' holds a control character" in result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    assert invoke(runner, "who", "Quill", "--bank", str(folder)).exit_code == 2


@pytest.mark.slow
def test_a_control_character_written_as_it_is_never_reaches_a_value(runner, tmp_path):
    # YAML refuses them all but NEL (U+0085), which it reads as a line break: the check looks for
    # control characters only in files that write escapes.
    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    text = people.read_text(encoding="utf-8")
    role = "Schoolteacher who founded the Harrow Point Lighthouse Society"
    for character in [*map(chr, range(0x20)), "\x7f", *map(chr, range(0x80, 0xA0))]:
        if character in "\t\n\r":
            continue
        people.write_text(text.replace(role, f"{role}{character}", 1), encoding="utf-8")
        result = invoke(runner, "check", "--bank", str(folder))
        if character == "\x85":
            assert result.exit_code == 0
            assert yaml.safe_load(people.read_text(encoding="utf-8"))["people"][0]["role"] == role
        else:
            assert result.exit_code == 2, repr(character)
            assert f"{people}:5: invalid YAML:" in result.stderr, repr(character)


def test_a_bank_file_over_the_size_limit_is_refused_unread(runner, tmp_path):
    folder = copy_example(tmp_path)
    huge = folder / "huge.yaml"
    with open(huge, "wb") as out:
        out.truncate(20 * 2**20 + 1)  # sparse: over 20 MiB without writing it
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{huge}:1: file is larger than 20 MiB" in result.stderr


def test_a_source_text_that_is_not_utf8_is_reported(runner, tmp_path):
    folder = copy_example(tmp_path)
    (folder / "source.txt").write_bytes("Caf\u00e9 in Latin-1".encode("latin-1"))
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert (
        f"{folder / 'bank.yaml'}:4: source text is not UTF-8 (line 1, byte 3): {folder / 'source.txt'}" in result.stderr
    )


def test_a_bank_file_that_is_not_utf8_is_reported(runner, tmp_path):
    folder = copy_example(tmp_path)
    (folder / "terms.yaml").write_bytes(b"terms:\n  - id: caf\xe9\n")
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{folder / 'terms.yaml'}:2: not UTF-8 text (byte 18)" in result.stderr


# ---------------------------------------------------------------- random queries


@pytest.mark.slow
@FUZZ
@given(st.sampled_from(["who", "what", "search"]), st.text(max_size=40))
def test_random_look_ups_never_crash(runner, command, query):
    assert_clean(invoke(runner, command, query, "--bank", str(EXAMPLE)))
    assert_clean(invoke(runner, command, query, "--json", "--bank", str(EXAMPLE)))


DATES = st.text(max_size=12) | st.from_regex(r"\A-?\d{1,5}(-\d{1,3}(-\d{1,3})?)?\Z")


@pytest.mark.slow
@FUZZ
@given(DATES, DATES)
def test_random_timeline_ranges_never_crash(runner, start, end):
    assert_clean(invoke(runner, "timeline", "--from", start, "--to", end, "--bank", str(EXAMPLE)))
    assert_clean(invoke(runner, "timeline", "--from", start, "--json", "--bank", str(EXAMPLE)))


ANSWERS = (
    st.text(max_size=30)
    | st.from_regex(r"\A[0-9 ,.eE+-]{1,40}\Z")
    | st.sampled_from(
        [
            "9" * 5000,
            "1e999999999",
            "nan",
            "inf",
            "June 31, 1942",
            "1942-13-01",
            "0000",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "",
        ]
    )
)


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_random_answers_never_crash(data):
    from vlasov_cli.features.answers import check_answer
    from vlasov_cli.features.quiz import known_names
    from vlasov_cli.state.store import load as load_bank

    bank = load_bank(EXAMPLE)
    question = data.draw(st.sampled_from(bank.questions))
    verdict = check_answer(question, data.draw(ANSWERS), question.choices or question.items, known_names(bank))
    assert verdict.correct in (True, False)


# ---------------------------------------------------------------- state


@pytest.mark.slow
@pytest.mark.parametrize("where", [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_a_damaged_bank_store_is_rebuilt_or_reported_never_believed(runner, fixed_terminal, where):
    # A damaged store is either found unreadable at once (and rebuilt in the same run), or found
    # damaged while in use: then the command says so, and the next run rebuilds it. Never wrong output.
    commands = [
        ["who", "Quill", "--json", "--bank", str(EXAMPLE)],
        ["search", "storm", "--json", "--bank", str(EXAMPLE)],
        ["timeline", "--json", "--bank", str(EXAMPLE)],
        ["what", "--json", "--bank", str(EXAMPLE)],
        ["export", "--format", "json", "-o", "-", "--bank", str(EXAMPLE)],  # reads every entry
    ]
    expected = [invoke(runner, *command).stdout for command in commands]
    stored = stored_bank(fixed_terminal)
    data = bytearray(stored.read_bytes())
    data[int(len(data) * where)] ^= 0xFF
    for command, output in zip(commands, expected, strict=True):
        stored.write_bytes(bytes(data))
        result = invoke(runner, *command)
        if result.exit_code == 2:
            assert result.stdout == ""
            assert "was damaged" in result.stderr and "run the command again" in result.stderr
            assert not stored.exists()
            result = invoke(runner, *command)
        assert (result.exit_code, result.stderr, result.stdout) == (0, "", output)


def history_rows(home: Path) -> int:
    with sqlite3.connect(home / "history.sqlite3") as connection:
        return connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0]


def answer_once(runner, home: Path) -> None:
    result = invoke(runner, "quiz", "--count", "1", "--bank", str(EXAMPLE), input="a\n")
    assert result.exit_code == 0, result.stderr
    assert history_rows(home) == 1


def test_a_home_that_cannot_be_created_is_reported(runner, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VLASOV_HOME", str(blocker / "home"))
    result = invoke(runner, "quiz", "--count", "1", "--bank", str(EXAMPLE), input="a\n")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot create the history folder {blocker / 'home'}: ")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    # Look-ups need no state: without a cache folder they still answer.
    who = invoke(runner, "who", "Quill", "--bank", str(EXAMPLE))
    assert who.exit_code == 0 and who.stdout.startswith("Martha Quill")


def test_a_missing_home_is_created(runner, tmp_path, monkeypatch):
    home = tmp_path / "not" / "yet" / "there"
    monkeypatch.setenv("VLASOV_HOME", str(home))
    answer_once(runner, home)


def test_a_read_only_history_is_reported_and_kept(runner, fixed_terminal, monkeypatch):
    answer_once(runner, fixed_terminal)
    before = (fixed_terminal / "history.sqlite3").read_bytes()
    connect = sqlite3.connect

    def read_only(path, **options):  # what a write-protected history gives (tests run as root)
        if not str(path).endswith("history.sqlite3"):
            return connect(path, **options)  # the bank store
        return connect(f"file:{path}?mode=ro", uri=True, **options)

    monkeypatch.setattr(history.sqlite3, "connect", read_only)
    result = invoke(runner, "quiz", "--count", "1", "--bank", str(EXAMPLE), input="a\n")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: could not save the answer to {fixed_terminal / 'history.sqlite3'}: ")
    assert "readonly" in result.stderr
    monkeypatch.undo()
    assert (fixed_terminal / "history.sqlite3").read_bytes() == before
    assert [path.name for path in fixed_terminal.iterdir() if "corrupt" in path.name] == []


class FullDisk:
    """A connection whose inserts fail as they do when the disk is full."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, *parameters):
        if sql.lstrip().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return self._connection.execute(sql, *parameters)

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_a_full_disk_is_reported_and_earlier_answers_kept(runner, fixed_terminal, monkeypatch):
    answer_once(runner, fixed_terminal)
    connect = sqlite3.connect

    def full(path, **options):
        return FullDisk(connect(path, **options)) if str(path).endswith("history.sqlite3") else connect(path, **options)

    monkeypatch.setattr(history.sqlite3, "connect", full)
    result = invoke(runner, "quiz", "--count", "2", "--bank", str(EXAMPLE), input="a\nb\n")
    assert result.exit_code == 2
    assert f"error: could not save the answer to {fixed_terminal / 'history.sqlite3'}: database or disk is full" in (
        result.stderr
    )
    assert "Traceback" not in result.stdout + result.stderr
    monkeypatch.undo()
    assert history_rows(fixed_terminal) == 1
    assert [path.name for path in fixed_terminal.iterdir() if "corrupt" in path.name] == []


# ---------------------------------------------------------------- terminals

PLAIN_RUNS = [
    ["who", "Quill"],
    ["what", "Quill Ledger"],
    ["timeline"],
    ["search", "storm"],
    ["source", "2"],
    ["check"],
    ["who", "Nobody Atall"],
    ["quiz", "--count", "2"],
    ["stats"],
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "environment",
    [{"TERM": "dumb"}, {"NO_COLOR": "1"}, {"COLUMNS": "40"}, {}],
    ids=["TERM=dumb", "NO_COLOR", "40 columns", "piped"],
)
def test_plain_terminals_get_no_escape_codes(tmp_path, environment):
    from processes import run_vlasov

    variables = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None, "TERM": None, **environment}
    width = int(environment.get("COLUMNS", 80))
    for args in PLAIN_RUNS:
        bank = ("--bank", str(EXAMPLE))
        process = run_vlasov(tmp_path / "home", *args, *bank, variables=variables, input="a\nb\n", text=True)
        assert process.returncode in (0, 1), (args, process.stderr)
        output = process.stdout + process.stderr
        assert output.strip(), args
        assert "\x1b" not in output, args
        assert "Traceback" not in output, args
        if args != ["check"]:  # check's summary and problems stay one line each, as grep wants them
            assert max(len(line) for line in process.stdout.splitlines() or [""]) <= width, (args, process.stdout)
