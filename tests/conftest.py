"""Shared fixtures: a fixed terminal, a temporary VLASOV_HOME, and small banks written on the fly."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from vlasov_cli.cli.main import run

# No example may fail for taking long: a machine running other work (CI, helpers, a laptop on battery)
# is slow by moments, and speed is measured in bench/, never in tests.
settings.register_profile("vlasov", deadline=None)
settings.load_profile("vlasov")

SOURCE = """By A. Writer

Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.

Two years later, in 1907, the society opened its first school.
"""

BANK_YAML = """\
title: Lantern Society
author: A. Writer
source: source.txt
"""

PEOPLE_YAML = """\
people:
  - id: petrova
    name: Anna Petrova
    aliases: [Petrova]
    role: Founder of the Lantern Society
    facts:
      - text: She founded the Lantern Society in Kazan.
        quote: Anna Petrova founded the Lantern Society in Kazan
"""

EVENTS_YAML = """\
events:
  - id: society-founded
    date: "1905-03-03"
    title: Lantern Society founded
    people: [petrova]
    quote: Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.
"""

QUESTIONS_YAML = """\
questions:
  - id: q-founder
    type: choice
    prompt: Who founded the Lantern Society?
    choices: [Anna Petrova, Olga Ivanova, Maria Sokolova]
    answer: Anna Petrova
    quote: Anna Petrova founded the Lantern Society in Kazan
    topic: founding
"""


# Speed is measured by bench/, never asserted in a test: no deadline for a generated case (a loaded
# machine runs one example slowly).
settings.register_profile("vlasov", deadline=None)
settings.load_profile("vlasov")


@pytest.fixture(scope="session")
def shipped_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the shipped bank, built and stored once for the session: each test's
    home starts with a copy, so that a look-up does not build the bank again in every test."""
    import os

    from vlasov_cli.core.read import default_bank_folder
    from vlasov_cli.state import store

    home = tmp_path_factory.mktemp("shipped")
    before = os.environ.get("VLASOV_HOME")
    os.environ["VLASOV_HOME"] = str(home)
    try:
        store.load(default_bank_folder())
    finally:
        os.environ.pop("VLASOV_HOME")
        if before is not None:
            os.environ["VLASOV_HOME"] = before
    return home / "cache"


def stored_bank(home: Path) -> Path:
    """The bank store a test made in `home` (the shipped bank's, copied in for every test, aside)."""
    (stored,) = [path for path in (home / "cache").glob("bank-*.sqlite3") if path.name not in _SHIPPED_STORES]
    return stored


_SHIPPED_STORES: set[str] = set()


@pytest.fixture(autouse=True)
def fixed_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shipped_store: Path) -> Path:
    import shutil

    home = tmp_path / "home"
    shutil.copytree(shipped_store, home / "cache")
    _SHIPPED_STORES.update(path.name for path in shipped_store.iterdir())
    monkeypatch.setenv("VLASOV_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("VLASOV_BANK", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    output.err.cache_clear()
    return home


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: str | None = None) -> Result:
    """Run `vlasov ARGS` as the console script does (through `cli.run`, which owns every error),
    with `input` on stdin and stdout and stderr captured."""
    import sys

    with runner.isolation(input=input) as (stdout, stderr, output):
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        written = stdout.getvalue(), stderr.getvalue(), output.getvalue()
    return Result(runner, *written, None, code, None)


def drafted_folder(runner: CliRunner, tmp_path: Path, text: str) -> Path:
    """The bank folder `vlasov draft` writes of an article written here."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    return folder


def drafted_entries(runner: CliRunner, tmp_path: Path, text: str, kind: str, strict: bool = True) -> list[dict]:
    """The entries of one kind ("people", "events", "terms") `vlasov draft` makes of an article
    written here; the draft passes `check` (`--strict` unless told otherwise) as written."""
    import yaml

    folder = drafted_folder(runner, tmp_path, text)
    assert invoke(runner, "check", *(["--strict"] if strict else []), "--bank", str(folder)).exit_code == 0
    return yaml.safe_load((folder / f"{kind}.yaml").read_text(encoding="utf-8"))[kind]


def drafted_events(runner: CliRunner, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """The dates and titles `vlasov draft` gives the events of an article written here."""
    return [(str(event["date"]), event["title"]) for event in drafted_entries(runner, tmp_path, text, "events")]


def drafted_bank(runner: CliRunner, tmp_path: Path, text: str) -> dict:
    """`vlasov export --format json` of the draft `vlasov draft` makes of an article written here: its
    events and questions (generated ones included) as a user's export shows them."""
    import json

    folder = drafted_folder(runner, tmp_path, text)
    return json.loads(invoke(runner, "export", "--format", "json", "--bank", str(folder)).stdout)


def drafted_questions_told(runner: CliRunner, tmp_path: Path, text: str) -> str:
    """Every question `vlasov draft` asks of an article written here, as a reader meets its words: each
    question's prompt, items and choices joined by " | ", the questions by " || "."""
    return " || ".join(
        " | ".join([question["prompt"], *question.get("items", []), *question.get("choices", [])])
        for question in drafted_bank(runner, tmp_path, text)["questions"]
    )


def write_bank(folder: Path, **files: str) -> Path:
    """A small valid bank in `folder`; keyword arguments replace or add files (name_yaml=text)."""
    folder.mkdir(parents=True, exist_ok=True)
    contents = {
        "bank.yaml": BANK_YAML,
        "source.txt": SOURCE,
        "people.yaml": PEOPLE_YAML,
        "events.yaml": EVENTS_YAML,
        "questions.yaml": QUESTIONS_YAML,
    }
    contents.update({name.replace("_yaml", ".yaml").replace("_txt", ".txt"): text for name, text in files.items()})
    for name, text in contents.items():
        if text is not None:
            (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def small_bank(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "bank")
