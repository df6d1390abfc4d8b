"""The command line as a newcomer meets it: names of several words without quotes, tab completion
that yields a command that runs, one style of error, and a pager that cannot lose a view."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import invoke
from processes import spawn_vlasov

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
