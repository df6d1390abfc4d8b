"""Help is part of the product: every command has help with an example, and is in the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli import __version__
from vlasov_cli.cli.main import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The README is the user's guide, docs/ the reference: the examples of both are run here.
DOCUMENTS = {
    path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
}
NOW = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?")
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def test_all_commands_are_registered():
    assert COMMANDS == sorted(
        ["check", "draft", "export", "quiz", "review", "search", "source", "stats", "timeline", "what", "who"]
    )


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(runner, command, flag):
    result = invoke(runner, command, flag)
    assert result.exit_code == 0
    assert f"Example: vlasov {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"`vlasov {command}" in README


def test_version(runner):
    result = invoke(runner, "--version")
    assert result.stdout == f"vlasov {__version__}\n"


def test_readme_quick_start_has_the_ci_test_command():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = "python -m pip install -e '.[test]' && python -m pytest -q"
    assert command in README and command in ci


def test_help_lists_the_commands_most_used_first(runner):
    result = invoke(runner, "--help")
    listed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("│ ") and line[2:3].isalpha()]
    assert listed == [
        "quiz",
        "who",
        "what",
        "timeline",
        "search",
        "source",
        "stats",
        "check",
        "export",
        "draft",
        "review",
    ]


def documented_sessions() -> list[tuple[str, list[str]]]:
    """Each `$ vlasov ...` line of the console blocks of the README and docs/ that shows output, with that output."""
    sessions: list[tuple[str, list[str]]] = []
    blocks = [block for text in DOCUMENTS.values() for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL)]
    for block in blocks:
        current: list[str] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = []
                sessions.append((line[2:], current))
            elif current is not None:
                current.append(line)
    return [(command, shown) for command, shown in sessions if "vlasov" in command and shown]


def pieces(shown: list[str]) -> list[list[str]]:
    """The shown output cut where the README leaves lines out (a line that is only "…")."""
    cut: list[list[str]] = [[]]
    for line in shown:
        if line.strip() == "…":
            cut.append([])
        else:
            cut[-1].append(line)
    return [piece for piece in cut if piece]


def test_the_documents_show_sessions_to_run():
    # README's tour, and in docs/ every command in full and the date tagger's listing.
    assert len(documented_sessions()) >= 14


@pytest.mark.slow
@pytest.mark.parametrize(("command", "shown"), documented_sessions(), ids=lambda value: str(value)[:40])
def test_documented_sessions_show_real_output(runner, monkeypatch, command, shown):
    # What the README or docs/ show a command printing (at 80 columns) is what it prints, piece by piece.
    import shlex

    monkeypatch.setenv("COLUMNS", "80")
    stdin = None
    if " | " in command:
        feed, command = command.split(" | ")
        stdin = shlex.split(feed)[1].encode().decode("unicode_escape")
    args = shlex.split(command)[1:]
    result = invoke(runner, *args, input=stdin)
    printed = [line.rstrip() for line in NOW.sub("<now>", result.stdout + result.stderr).splitlines()]
    at = 0
    for piece in pieces([NOW.sub("<now>", line).rstrip() for line in shown]):
        found = next((start for start in range(at, len(printed)) if printed[start : start + len(piece)] == piece), None)
        assert found is not None, f"the documents show lines that `{command}` does not print:\n" + "\n".join(piece)
        at = found + len(piece)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("vlasov who Bunya", ["Bunyachenko"]),
        ("vlasov timeline --person Him", ["Himmler"]),
        ("vlasov what RO", ["ROD", "ROA"]),  # (shells complete by case)
        ("vlasov what Roa", ["Road to the Killing Fields"]),
        ("vlasov quiz --topic ko", ["konr"]),
    ],
)
def test_shell_completion_completes_names_terms_and_topics(tmp_path, words, expected):
    from processes import run_vlasov

    completing = {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1), "_VLASOV_COMPLETE": "complete_bash"}
    result = run_vlasov(tmp_path, variables=completing, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == expected or result.stdout.splitlines() == expected


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_links_between_the_documents_lead_somewhere(document):
    text = DOCUMENTS[document]
    folder = (ROOT / document).parent
    targets = [target for target in re.findall(r"\]\(([^)#]+)", text) if "://" not in target]
    missing = [target for target in targets if not (folder / target).exists()]
    assert not missing


def test_every_document_in_docs_is_linked_from_the_readme():
    linked = set(re.findall(r"\]\((docs/[^)#]+\.md)", README))
    assert linked == {name for name in DOCUMENTS if name.startswith("docs/")}


@pytest.mark.parametrize("document", ["README.md", "docs/bank-format.md"])
def test_the_documented_bank_passes_check(runner, tmp_path, document):
    # Each YAML block opens with a comment naming its file; the source holds every quote.
    for block in re.findall(r"```yaml\n(.*?)```", DOCUMENTS[document], re.DOTALL):
        name = block.splitlines()[0].split()[1]
        (tmp_path / name).write_text(block, encoding="utf-8")
    (tmp_path / "source.txt").write_text(
        "Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.\n", encoding="utf-8"
    )
    result = invoke(runner, "check", "--bank", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["counts"]["events"] == 1
