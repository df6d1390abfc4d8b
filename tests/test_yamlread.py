"""The quick YAML reader reads exactly what PyYAML's safe loader reads, or leaves the file to it;
and `vlasov check` gives the same answers when a big bank's files are read by two processes."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import invoke
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vlasov_cli import forked, loader, yamlread
from vlasov_cli.yamlread import ParseError, read_yaml

ROOT = Path(__file__).resolve().parent.parent
BANK_FILES = sorted((ROOT / "questions").glob("*.yaml")) + sorted((ROOT / "tests" / "example_bank").glob("*.yaml"))


def safe_loader_reading(text: str):
    """What the safe loader's own path gives: (data, outline), or the ParseError it raises."""
    try:
        return yamlread._from_nodes(text)
    except ParseError as error:
        return ("error", error.line, str(error))


def quick_reading(text: str, lines: bool = True):
    try:
        return read_yaml(text, lines)
    except ParseError as error:
        return ("error", error.line, str(error))


@pytest.mark.parametrize("path", BANK_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_bank_files_read_the_same_on_the_quick_path(path):
    text = path.read_text(encoding="utf-8")
    data = yamlread._from_events(text)  # never left to the safe loader
    assert data == yamlread._from_nodes(text)[0] == yaml.safe_load(text)
    assert read_yaml(text, lines=False) == (data, None)


UNUSUAL = {
    "anchor and alias": "a: &x [1, 2]\nb: *x\n",
    "merge key": "base: &b {x: 1}\nentry:\n  <<: *b\n  y: 2\n",
    "tag": "a: !!str 12\nb: !!binary aGVsbG8=\n",
    "python tag": "a: !!python/object:os.system x\n",
    "local tag": "a: !local x\n",
    "duplicate key": "a: 1\nb: 2\na: 3\n",
    "equal keys": "1: a\ntrue: b\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "complex key": "? [1, 2]\n: x\n",
    "value key": "=: x\n",
    "yaml key": "a: !\n",
    "bad timestamp": "a: 2001-02-30\n",
    "deep": "a: " + "[" * 80 + "]" * 80 + "\n",
    "syntax error": "a: [1, 2\nb: 3\n",
    "tab indent": "a:\n\t- 1\n",
    "empty": "",
    "comment only": "# nothing\n",
    "scalar document": "just text\n",
    "explicit document": "--- \na: 1\n...\n",
    "resolved scalars": (
        "a: yes\nb: No\nc: ~\nd: null\ne: 0x1F\nf: 0o17\ng: 017\nh: 1_000\ni: .inf\nj: -.nan\nk: 1942-06-22\n"
        "l: 2001-12-14t21:59:43.10-05:00\nm: '1942-06-22'\nn: \"yes\"\no: off\np: +12\nq: 1e3\nr: 1.5e3\n"
        "s: 6.8523015e+5\nt: 190:20:30\nu:\nv: ''\nw: FALSE\nx: falsey\ny: Null\nz: nulls\nTrue: no\nNO: t\n"
    ),
}


def same_without_lines(text: str, expected) -> bool:
    """Read without lines, the data (or the error) is the same; the outline may be left out."""
    quick = quick_reading(text, lines=False)
    return quick == expected or (quick[0] == expected[0] and quick[1] is None)


@pytest.mark.parametrize("text", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_unusual_yaml_reads_as_the_safe_loader_reads_it(text):
    assert same_without_lines(text, safe_loader_reading(text))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.dates(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    st.sampled_from(["yes", "no", "on", "Off", "~", "null", "1_000", "0x1f", "1942-06", "1:30", "<<", "=", "- a", "#"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6) | st.integers(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents, flow=st.sampled_from([False, True, None]), unicode=st.booleans())
def test_dumped_documents_read_as_the_safe_loader_reads_them(document, flow, unicode):
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=unicode)
    assert same_without_lines(text, safe_loader_reading(text))


yamlish = st.text(
    st.sampled_from(list("ab1-:'\"#[]{},&*!|>?%@` \n\t.~=<\\") + ["\u00e9", "\x85", "\ufeff"]), max_size=40
)


@settings(max_examples=400, deadline=None)
@given(text=yamlish)
def test_any_text_reads_as_the_safe_loader_reads_it(text):
    assert same_without_lines(text, safe_loader_reading(text))


def test_dates_are_read_as_dates():
    data, _ = read_yaml("date: 1942-06-22\n")
    assert data == {"date": datetime.date(1942, 6, 22)}


@pytest.fixture
def parallel(monkeypatch):
    """Every bank counts as big: its files are read by this process and a forked one."""
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 0)


@pytest.mark.parametrize("bank", [ROOT / "questions", ROOT / "tests" / "example_bank"], ids=["shipped", "example"])
def test_check_gives_the_same_json_read_alone_or_in_two_processes(runner, monkeypatch, bank):
    alone = invoke(runner, "check", "--json", "--bank", str(bank))
    assert json.loads(alone.stdout)["ok"] is True
    from vlasov_cli import cache

    shutil.rmtree(cache.cache_folder())  # read the files again, not what was kept of them
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 0)
    assert invoke(runner, "check", "--json", "--bank", str(bank)).stdout == alone.stdout


def test_check_in_two_processes_reports_problems_with_their_lines(runner, parallel, tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(ROOT / "tests" / "example_bank", bank)
    events = bank / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("people: [quill]", "people: [quill, nobody-at-all]", 1), encoding="utf-8")
    line = text[: text.index("people: [quill]")].count("\n") + 1
    result = invoke(runner, "check", "--bank", str(bank))
    assert result.exit_code == 2
    message = "event 'gannet-wrecked': unknown person 'nobody-at-all' in people"
    assert result.stderr == f"error: {events}:{line}: {message}\n"


def _die(*arguments):
    os._exit(3)


def test_check_reads_every_file_itself_when_the_other_process_dies(runner, monkeypatch):
    bank = str(ROOT / "tests" / "example_bank")
    alone = invoke(runner, "check", "--json", "--bank", bank).stdout
    from vlasov_cli import cache

    shutil.rmtree(cache.cache_folder())
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(forked, "_run_there", _die)
    result = invoke(runner, "check", "--json", "--bank", bank)
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", alone)


def test_check_in_two_processes_with_values_marshal_cannot_send(runner, monkeypatch, tmp_path):
    # An unquoted date is a YAML timestamp: the other process sends such entries back pickled.
    from conftest import QUESTIONS_YAML, write_bank

    dated = QUESTIONS_YAML + (
        "  - id: q-founded\n    type: date\n    prompt: When was the society founded?\n    answer: 1905-03-03\n"
        "    quote: Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n    topic: founding\n"
    )
    terms = "terms:\n" + "".join(  # the biggest file, so the others are read by the other process
        f"  - id: society-{n}\n    name: Society {n}\n    aliases: []\n    kind: organisation\n"
        f"    description: The Lantern Society, number {n}\n    quote: the Lantern Society\n"
        for n in range(30)
    )
    bank = str(write_bank(tmp_path / "bank", questions_yaml=dated, terms_yaml=terms))
    alone = invoke(runner, "check", "--json", "--bank", bank).stdout
    assert json.loads(alone)["counts"]["questions"] == 2
    from vlasov_cli import cache

    shutil.rmtree(cache.cache_folder())
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 0)
    marshalled, received = [], forked.received
    monkeypatch.setattr(forked, "received", lambda sent: marshalled.append(sent[0]) or received(sent))
    assert invoke(runner, "check", "--json", "--bank", bank).stdout == alone
    assert marshalled == [False]  # pickled
