"""The export formats, in one table: each format's name, the ending of its file, the function that
writes it, whether it can go to stdout, and the words --help gives it. The export command's check
and help, and the tests that hold README and docs/export.md to it, all read this table.

Light on purpose (the command line reads it at start-up): a writer is named here and imported only
when its format is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from vlasov_cli.core.bank import Bank


class Format(NamedTuple):
    name: str
    extension: str  # the ending of its file, as docs/export.md names it
    writer: str  # "module.function" in vlasov_cli.features: the bank as text (stdout) or bytes (a file)
    stdout: bool  # whether it can be written to stdout (text); if not, it is `what`, a file
    what: str  # what it is, for messages: "an Anki deck"
    note: str = ""  # a few words after its name in --help
    platform: bool = False  # a teacher's platform (listed apart in --help)
    left_out: str = ""  # "module.function": how many questions it cannot carry, where it cannot carry all


FORMATS = {
    row.name: row
    for row in (
        Format("anki", ".apkg", "export.anki_archive", False, "an Anki deck"),
        Format("csv", ".csv", "export.to_csv", True, "CSV"),
        Format("json", ".json", "export.to_json", True, "JSON"),
        Format("markdown", ".md", "export.to_markdown", True, "a Markdown quiz"),
        Format("timelinejs", ".json", "export.to_timelinejs", True, "a TimelineJS timeline"),
        Format("html", ".html", "export.to_html", True, "a study page", note="a one-file study page"),
        Format("gift", ".gift.txt", "platforms.to_gift", True, "Moodle GIFT", note="Moodle", platform=True),
        Format(
            "kahoot",
            ".xlsx",
            "platforms.kahoot_workbook",
            False,
            "a Kahoot spreadsheet",
            platform=True,
            left_out="platforms.kahoot_left_out",
        ),
        Format("moodle", ".xml", "platforms.to_moodle_xml", True, "Moodle XML", note="Moodle XML", platform=True),
        Format("qti", ".zip", "platforms.qti_package", False, "a QTI package", note="Canvas", platform=True),
        Format("quizlet", ".tsv", "platforms.to_quizlet", True, "Quizlet cards", platform=True),
    )
}


def help_text() -> str:
    """The --format help: each name (with its note), the teachers' platforms apart."""

    def named(rows: list[Format]) -> str:
        return ", ".join(f"{row.name} ({row.note})" if row.note else row.name for row in rows)

    rows = list(FORMATS.values())
    general = named([row for row in rows if not row.platform])
    return f"{general}; for teachers' platforms {named([row for row in rows if row.platform])}."


def files_only() -> list[str]:
    """The formats that cannot go to stdout."""
    return [row.name for row in FORMATS.values() if not row.stdout]


def _function(reference: str) -> Any:
    import importlib

    module, name = reference.rsplit(".", 1)
    return getattr(importlib.import_module(f"vlasov_cli.features.{module}"), name)


def export_text(bank: Bank, name: str) -> str:
    """The bank in a text format (one that can go to stdout)."""
    row = FORMATS[name]
    if not row.stdout:
        raise ValueError(f"{row.what} is a file, not text")
    text: str = _function(row.writer)(bank)
    return text


def write_export(bank: Bank, name: str, path: Path | str, replace: bool = False) -> None:
    """Write the bank to `path` in any format, whole or not at all (`files.write_atomically`): as a
    new file, or with `replace` over a regular file."""
    from vlasov_cli.core.files import write_atomically

    made = _function(FORMATS[name].writer)(bank)
    data = made.encode("utf-8") if isinstance(made, str) else made
    write_atomically(Path(path), lambda handle: handle.write(data), replace)


def left_out(bank: Bank, name: str) -> int:
    """How many of the bank's questions a format cannot carry."""
    reference = FORMATS[name].left_out
    return _function(reference)(bank) if reference else 0
