"""Nothing is imported that a command does not need (STYLE.md, 6): checked in a fresh interpreter.

Each case runs `vlasov` once to fill the bank cache, then again in a subprocess that reports its
exit status and what `sys.modules` holds when the command has finished.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from processes import run_vlasov

pytestmark = pytest.mark.slow  # real processes, terminals or a browser

EXAMPLE = Path(__file__).parent / "example_bank"

REPORT = """
import json, sys
report, sys.argv = sys.argv[1], ["vlasov", *sys.argv[2:]]
from vlasov_cli.cli.main import run
code = run(sys.argv[1:])
with open(report, "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    # A copy of its own, so that nothing else touching the bank files can make the cache stale.
    return Path(shutil.copytree(EXAMPLE, tmp_path / "bank"))


def run(tmp_path: Path, *args: str, stdin: str = "") -> dict:
    report = tmp_path / "modules.json"
    reporting = [sys.executable, "-c", REPORT]
    run_vlasov(tmp_path / "home", str(report), *args, command=reporting, input=stdin, text=True)
    return json.loads(report.read_text(encoding="utf-8"))


def modules_after(tmp_path: Path, *args: str, cached: bool = True) -> set[str]:
    """The modules of a successful run; with `cached`, of a second run (the first fills the cache)."""
    if cached:
        run(tmp_path, *args)
    report = run(tmp_path, *args)
    assert report["code"] == 0
    return set(report["modules"])


def imported(modules: set[str], package: str) -> list[str]:
    return sorted(name for name in modules if name == package or name.startswith(f"{package}."))


@pytest.mark.parametrize(
    "args",
    [
        ("who", "Quill", "--json"),
        ("timeline", "--json"),
        ("timeline", "--year", "1894", "--json"),
        ("what", "Quill Ledger", "--json"),
    ],
    ids=" ".join,
)
def test_json_look_ups_import_neither_rich_nor_yaml(tmp_path, bank, args):
    modules = modules_after(tmp_path, *args, "--bank", str(bank))
    assert imported(modules, "rich") == []
    assert imported(modules, "yaml") == [] and "_yaml" not in modules
    assert "vlasov_cli.core.validate" not in modules and "vlasov_cli.core.generate" not in modules


@pytest.mark.parametrize(
    "args",
    [
        ("who", "Quill"),
        ("who", "Quill", "--json"),
        ("what", "Quill Ledger"),
        ("timeline",),
        ("timeline", "--json"),
        ("search", "storm"),
        ("source", "2"),
        ("check",),
        ("export", "--format", "json"),
        ("--help",),
    ],
    ids=" ".join,
)
def test_only_the_quiz_imports_fsrs(tmp_path, bank, args):
    bank_option = ("--bank", str(bank)) if args != ("--help",) else ()
    modules = modules_after(tmp_path, *args, *bank_option, cached=False)
    assert "vlasov_cli.cli.main" in modules
    assert imported(modules, "fsrs") == []


def test_a_quiz_answer_does_import_fsrs(tmp_path, bank):
    # The other side of the test above: the report does see fsrs once a quiz schedules an answer.
    report = run(tmp_path, "quiz", "--count", "1", "--bank", str(bank), stdin="a\n")
    assert report["code"] == 0
    assert imported(set(report["modules"]), "fsrs") != []


def test_rich_look_ups_do_not_parse_yaml_when_the_cache_is_fresh(tmp_path, bank):
    modules = modules_after(tmp_path, "who", "Quill", "--bank", str(bank))
    assert "rich.console" in modules
    assert imported(modules, "yaml") == []


def test_check_of_a_bank_cached_since_it_was_checked_parses_no_yaml(tmp_path, bank):
    run(tmp_path, "who", "Quill", "--bank", str(bank))  # a look-up checks the bank and caches it
    report = run(tmp_path, "check", "--json", "--bank", str(bank))
    assert report["code"] == 0
    assert imported(set(report["modules"]), "yaml") == []
