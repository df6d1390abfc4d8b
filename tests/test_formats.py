"""The one table of export formats (features/formats.py) drives the export command's check, its
refusals and its help, and README and docs/export.md name what it holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import invoke

from vlasov_cli.features import formats
from vlasov_cli.features.formats import FORMATS, Format

ROOT = Path(__file__).parent.parent
EXAMPLE = str(Path(__file__).parent / "example_bank")


def test_every_writer_and_left_out_counter_is_a_function():
    for row in FORMATS.values():
        assert callable(formats._function(row.writer)), row.name
        assert not row.left_out or callable(formats._function(row.left_out)), row.name


def test_a_new_row_is_a_format_the_command_accepts_and_writes(runner, monkeypatch):
    row = Format("questions-csv", ".csv", "export.to_csv", True, "CSV again")
    monkeypatch.setitem(FORMATS, row.name, row)
    shown = invoke(runner, "export", "--format", row.name, "--bank", EXAMPLE)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout == invoke(runner, "export", "--format", "csv", "--bank", EXAMPLE).stdout
    assert "questions-csv" in formats.help_text()
    refused = invoke(runner, "export", "--format", "pdf", "--bank", EXAMPLE)
    assert refused.stderr.endswith(", quizlet, questions-csv\n")


def test_a_row_that_is_a_file_is_refused_on_stdout_in_its_own_words(runner, monkeypatch, tmp_path):
    row = Format("deck", ".deck", "export.anki_archive", False, "a deck of cards")
    monkeypatch.setitem(FORMATS, row.name, row)
    refused = invoke(runner, "export", "--format", row.name, "--bank", EXAMPLE)
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == "error: a deck of cards is a file: give -o FILE.deck\n"
    assert "deck" in formats.files_only()
    target = tmp_path / "cards.deck"
    written = invoke(runner, "export", "--format", row.name, "-o", str(target), "--bank", EXAMPLE)
    assert written.exit_code == 0, written.stderr
    assert target.read_bytes()[:2] == b"PK"  # (an Anki package is a zip)


def test_help_lists_every_format_from_the_table(runner):
    shown = " ".join(invoke(runner, "export", "--help").stdout.replace("│", " ").split())
    assert formats.help_text() in shown
    for row in FORMATS.values():
        assert re.search(rf"\b{row.name}\b", formats.help_text())
        assert not row.note or f"{row.name} ({row.note})" in formats.help_text()
    assert f"(not for {', '.join(formats.files_only())})" in shown
    assert formats.files_only() == ["anki", "kahoot", "qti"]


@pytest.mark.parametrize("name", formats.files_only())
def test_the_formats_that_are_files_are_refused_on_stdout(runner, name):
    row = FORMATS[name]
    refused = invoke(runner, "export", "--format", name, "--bank", EXAMPLE)
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == f"error: {row.what} is a file: give -o FILE{row.extension}\n"


def test_readme_names_the_formats_of_the_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"`--format ([a-z|]+)`", readme)
    assert listed is not None
    assert listed.group(1).split("|") == list(FORMATS)


def test_docs_show_each_format_written_to_a_file_of_its_extension():
    examples = re.findall(r"vlasov export --format ([a-z]+) -o (\S+)", (ROOT / "docs" / "export.md").read_text("utf-8"))
    endings = {}
    for name, file in examples:
        endings.setdefault(name, file)
    assert set(endings) == set(FORMATS)
    for name, file in endings.items():
        assert file.endswith(FORMATS[name].extension), (name, file)
