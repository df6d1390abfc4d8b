"""The command line as a newcomer meets it: names of several words without quotes, tab completion
that yields a command that runs, one style of error, and a pager that cannot lose a view."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import PEOPLE_YAML, invoke
from processes import run_vlasov, spawn_vlasov

SCRIPT = Path(sys.executable).parent / "vlasov"


@pytest.mark.parametrize(
    ("unquoted", "quoted"),
    [
        (["who", "Sergei", "Bunyachenko"], ["who", "Sergei Bunyachenko"]),
        (["what", "Prague", "Manifesto"], ["what", "Prague Manifesto"]),
        (["search", "Prague", "Manifesto"], ["search", "Prague Manifesto"]),
        (["timeline", "--person", "Sergei", "Bunyachenko"], ["timeline", "--person", "Sergei Bunyachenko"]),
        (
            ["timeline", "--person", "Sergei", "Bunyachenko", "--year", "1945"],
            ["timeline", "--year", "1945", "--person", "Sergei Bunyachenko"],
        ),
    ],
)
def test_a_name_of_several_words_needs_no_quotes(runner, unquoted, quoted):
    given = invoke(runner, *unquoted, "--json")
    assert given.exit_code == 0, given.stderr
    assert json.loads(given.stdout) == json.loads(invoke(runner, *quoted, "--json").stdout)


def test_words_after_timeline_without_person_are_refused_in_one_line(runner):
    result = invoke(runner, "timeline", "1942")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "error: unexpected words '1942': is a --person missing? (see 'vlasov timeline -h')\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["source", "0"], "error: no paragraph 0: paragraphs are numbered from 1\n"),
        (["source", "3", "4"], "error: got unexpected extra argument(s) (4) (see 'vlasov source -h')\n"),
        (["who", "Vlasov", "--bogus"], "error: no such option: --bogus (see 'vlasov who -h')\n"),
        (["--bogus"], "error: no such option: --bogus (see 'vlasov -h')\n"),
        (["search"], "error: missing argument 'text' (see 'vlasov search -h')\n"),
        (
            ["quiz", "--count", "x"],
            "error: invalid value for '--count' / '-n': 'x' is not a valid int range (see 'vlasov quiz -h')\n",
        ),
    ],
)
def test_every_usage_error_is_the_tools_one_line(runner, args, message):
    result = invoke(runner, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_bare_vlasov_prints_the_help_and_succeeds(runner):
    # As bare `gh` does: asking for nothing is asking for the help (git exits 1; a help is no failure).
    bare = invoke(runner)
    assert bare.exit_code == 0 and bare.stderr == ""
    assert bare.stdout.rstrip() == invoke(runner, "--help").stdout.rstrip() and "Usage: vlasov" in bare.stdout


@pytest.fixture
def bash(fixed_terminal):
    """An interactive bash with vlasov's completion loaded, as `--install-completion` sets it up."""
    if not SCRIPT.exists() or not shutil.which("bash"):
        pytest.skip("needs the installed vlasov script and bash")
    path = f"{SCRIPT.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    shell = spawn_vlasov(
        fixed_terminal, "--norc", "--noprofile", command=["bash"], variables={"PATH": path, "PS1": "$ ", "PAGER": "cat"}
    )
    shell.sendline('eval "$(_VLASOV_COMPLETE=source_bash vlasov)"')
    shell.expect_exact("$ ")
    yield shell
    shell.sendline("exit")
    shell.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "completed", "shown"),
    [
        ("vlasov who Serg", "vlasov who Sergei Bunyachenko", "General who commanded the KONR"),
        ("vlasov who Sergei Bun", "vlasov who Sergei Bunyachenko", "General who commanded the KONR"),
        ("vlasov what Prague M", "vlasov what Prague Manifesto", "(document)"),
        ("vlasov timeline --person Sergei Bu", "vlasov timeline --person Sergei Bunyachenko", "Bunyachenko's division"),
    ],
)
def test_tab_completion_yields_a_command_that_runs(bash, typed, completed, shown):
    bash.send(typed + "\t")
    bash.expect_exact(completed)
    bash.sendline("")
    bash.expect_exact(shown)
    bash.sendline("echo status=$?")
    bash.expect_exact("status=0")


@pytest.mark.slow
@pytest.mark.parametrize("pager", ["nosuchpager", "false"])
def test_a_pager_that_fails_leaves_the_view_printed(fixed_terminal, pager):
    if not SCRIPT.exists():
        pytest.skip("needs the installed vlasov script")
    child = spawn_vlasov(fixed_terminal, "who", "Vlasov", variables={"PAGER": pager}, dimensions=(24, 80))
    child.expect(pytest.importorskip("pexpect").EOF)
    child.close()
    shown = child.before
    assert child.exitstatus == 0
    assert f"the pager '{pager}' failed; the view is printed instead" in shown
    assert "Andrei Andreievich Vlasov" in shown and "Facts" in shown and "Events" in shown


EXAMPLE = str(Path(__file__).parent / "example_bank")


def _at(monkeypatch, columns: int, runner, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    result = invoke(runner, *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_draft_and_check_summaries_wrap_at_80_columns_between_words(fixed_terminal, tmp_path):
    # At a terminal, wrapped between words; into a pipe, one line each (to grep).
    pexpect = pytest.importorskip("pexpect")
    article = Path(__file__).parent / "draft_articles" / "abbey_chronicle.txt"
    for args in (["draft", str(article), "-o", str(tmp_path / "d")], ["check", "--bank", str(tmp_path / "d")]):
        child = spawn_vlasov(fixed_terminal, *args, variables={"PAGER": "cat"}, dimensions=(24, 80))
        child.expect(pexpect.EOF)
        child.close()
        shown = child.before.replace("\r\n", "\n").rstrip("\n").split("\n")
        if args[0] == "draft":
            (tmp_path / "d").rename(tmp_path / "first")
        piped = run_vlasov(fixed_terminal, *args, text=True).stdout.rstrip("\n").split("\n")
        assert max(map(len, shown)) <= 80 < max(map(len, piped)) and len(shown) > len(piped)
        # Each piped line is its terminal lines joined by a space: every break falls between words.
        assert " ".join(line.rstrip() for line in shown).split() == " ".join(piped).split()
        assert all(not line.endswith(("-", "/")) for line in shown)


def test_a_list_of_candidates_indents_the_lines_an_entry_goes_on_to(runner, monkeypatch):
    shown = _at(monkeypatch, 80, runner, "who", "general").splitlines()
    assert shown[0] == "'general' matches 6 people; be more specific:"
    assert shown[1:4] == [
        "  Andrei Andreievich Vlasov — Soviet general, once one of Stalin's favorite",
        "    generals, who after his capture became the highest ranking Red Army",
        "    defector, led the ROD and the ROA, and raised the KONR army against Stalin's",
    ]
    assert all(line.startswith(("  ", "    ")) and len(line) <= 80 for line in shown[1:])


def test_one_more_fact_and_one_event_are_in_the_singular(runner, monkeypatch, tmp_path, small_bank):
    import json

    facts = len(json.loads(invoke(runner, "who", "Vlasov", "--json").stdout)["matches"][0]["facts"])
    shown = _at(monkeypatch, 80, runner, "who", "Vlasov", "--limit", str(facts - 1))
    assert "  … 1 more fact: vlasov who Vlasov --full" in shown.splitlines()
    page = tmp_path / "study.html"
    assert invoke(runner, "export", "--format", "html", "-o", str(page), "--bank", str(small_bank)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<summary>1 event on the timeline</summary>" in html and "1 events" not in html
    assert "year known from context" not in html  # (the small bank has no year from context)


def test_the_study_pages_legend_shows_a_year_from_context_of_its_own_bank(runner, tmp_path):
    page = tmp_path / "study.html"
    assert invoke(runner, "export", "--format", "html", "-o", str(page), "--bank", EXAMPLE).exit_code == 0
    html = page.read_text(encoding="utf-8")
    timeline = json.loads(invoke(runner, "timeline", "--json", "--bank", EXAMPLE).stdout)["events"]
    first = next(event for event in timeline if event["inferred"])
    assert f'<span class="key">[{first["earliest"][:4]}]: year known from context</span>' in html
    assert "[1942]" not in html


STALIN_SOURCE = """By A. Writer

Anna Petrova founded the Lantern Society in Kazan on March 3, 1905.

Soviet dictator Josef Stalin ordered the society closed in 1930.
"""
STALIN_PEOPLE = (
    PEOPLE_YAML
    + """\
  - id: stalin
    name: Josef Stalin
    aliases: [Stalin]
    role: Soviet dictator who closed the society
    facts:
      - text: He ordered the society closed in 1930.
        quote: Soviet dictator Josef Stalin ordered the society closed in 1930.
"""
)
STALIN_QUESTION = """\
questions:
  - id: q-closed
    type: typed
    prompt: Who ordered the Lantern Society closed?
    answer: Josef Stalin
    quote: Soviet dictator Josef Stalin ordered the society closed in 1930.
    topic: founding
"""


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Iosif Stalin", True),
        ("Soviet dictator Stalin", True),
        ("Dictator Josef Stalin", True),
        ("Anna Petrova", False),
    ],
)
def test_the_usual_spellings_and_descriptions_of_a_name_are_accepted(runner, tmp_path, typed, right):
    from conftest import write_bank

    bank = write_bank(
        tmp_path / "bank", source_txt=STALIN_SOURCE, people_yaml=STALIN_PEOPLE, questions_yaml=STALIN_QUESTION
    )
    args = ("quiz", "--bank", str(bank), "--type", "typed", "--count", "9", "--practice", "--json")
    result = invoke(runner, *args, input=f"{typed}\n" * 9)  # (the people's typed role questions are asked too)
    answer = next(answer for answer in json.loads(result.stdout)["answers"] if answer["question_id"] == "q-closed")
    assert (answer["given"], answer["correct"]) == (typed, right)


def test_a_typo_lists_the_most_alike_name_first(runner):
    result = invoke(runner, "who", "Himler")
    lines = result.stdout.splitlines()
    assert lines[0] == "'Himler' matches 2 people; be more specific:"
    assert lines[1].startswith("  Heinrich Himmler — ") and lines[2].startswith("  Adolf Hitler — ")


def _terminal_quiz(home: Path, *args: str):
    pytest.importorskip("pexpect")
    return spawn_vlasov(home, "quiz", "--bank", EXAMPLE, *args, dimensions=(24, 80))


def test_an_empty_line_or_a_date_short_of_its_day_is_told_what_is_wanted(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = _terminal_quiz(fixed_terminal, "--type", "date", "--count", "1", "--seed", "3", "--practice")
    child.expect("Question 1/1")
    child.expect("> ")
    child.sendline("")
    child.expect("Type your answer, or \\? if you don't know\\.")
    child.expect("> ")
    child.sendline("1895")  # the year alone, where the question asks for the day
    child.expect("This asks for (the day|the month) too: e\\.g\\. June")
    before = child.before
    child.expect("> ")
    child.sendline("?")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert "That is not an answer" not in before + child.before


def test_after_dont_know_shows_the_answer_taking_it_back_does_not_make_it_right(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = _terminal_quiz(fixed_terminal, "--type", "typed", "--count", "1", "--seed", "1")
    child.expect("> ")
    child.sendline("?")
    child.expect("The answer: .*?Gannet")
    child.expect("Press Enter for your score")
    child.expect("> ")
    child.sendline("-")
    child.expect("Taken back")
    child.expect("> ")
    child.sendline("Gannet")
    child.expect("That is it, but it counts as missed: \\? showed it first\\.")
    child.expect("> ")
    child.sendline("!")  # nor can it be counted as right
    child.expect("Only your last answer")
    child.expect("> ")
    child.sendline("")
    child.expect("Score: 0/1")
    child.expect(pexpect.EOF)
    child.close()
    with __import__("sqlite3").connect(fixed_terminal / "history.sqlite3") as connection:
        rows = connection.execute("SELECT given, correct FROM answers").fetchall()
    connection.close()
    assert rows == [("Gannet", 0)]


def test_a_choice_typed_out_is_shown_with_its_letter(runner):
    first = invoke(runner, "quiz", "--count", "1", "--seed", "27", "--practice", input="C\n").stdout
    assert "✓ Right. C. White Army" in first
    typed = invoke(runner, "quiz", "--count", "1", "--seed", "27", "--practice", input="White Army\n")
    assert "✓ Right. C. White Army" in typed.stdout


@pytest.mark.parametrize(
    ("due_now", "said"),
    [
        (1, "Due for review now: 1; another is due in 2 minutes."),
        (0, "Due for review now: 0; the next review is in 2 minutes."),
    ],
)
def test_the_summary_says_another_review_is_due_beside_those_due_now(due_now, said):
    import datetime
    import io

    from rich.console import Console

    from vlasov_cli.cli.views import quiz as view
    from vlasov_cli.core.records import QuizSummary

    later = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=90)).isoformat()
    console = Console(file=io.StringIO(), width=80, no_color=True)
    view.summary(console, QuizSummary(1, 1, 1.0, (), (), due_now, later, ()))
    assert console.file.getvalue().splitlines()[-1] == said


def test_the_development_guide_installs_the_linter_and_type_checker_it_runs():
    import tomllib

    root = Path(__file__).parent.parent
    extras = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    wanted = {requirement.split(">")[0].split("[")[0] for requirement in extras["dev"]}
    assert {"ruff", "mypy", "vlasov"} <= wanted and "vlasov[test]" in extras["dev"]
    guide = (root / "docs" / "development.md").read_text(encoding="utf-8")
    assert "python -m pip install -e '.[dev]'" in guide and "ruff check . && ruff format --check . && mypy" in guide


def test_the_piped_quiz_examples_of_the_documents_leave_the_history_alone():
    import re

    root = Path(__file__).parent.parent
    documents = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    piped = [
        line
        for path in documents
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\$ .*\| vlasov quiz", line)
    ]
    assert len(piped) >= 2 and all("--practice" in line for line in piped), piped
