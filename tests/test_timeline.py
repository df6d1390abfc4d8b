"""`vlasov timeline`: years, ranges, people, vague dates and the JSON contract."""

from __future__ import annotations

import json

import pytest
from conftest import invoke

EVENT_KEYS = {"id", "date", "approximate", "inferred", "date_text", "title", "people", "quote", "paragraph"}


def events(runner, *args):
    result = invoke(runner, "timeline", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["events"]


def test_whole_timeline_is_in_date_order_with_contract_keys(runner):
    found = events(runner)
    assert len(found) >= 60
    assert all(set(event) == EVENT_KEYS for event in found)
    years = [event["date"][:4] for event in found]
    assert years == sorted(years)
    assert found[0]["id"] == "vlasov-born" and found[0]["date"] == "1900-09-01"
    assert found[-1]["date"].startswith("1946-08")


def test_year_1942(runner):
    found = events(runner, "--year", "1942")
    assert found and all(event["date"].startswith("1942") for event in found)
    by_date = {event["date"]: event for event in found}
    assert by_date["1942-06-23"]["inferred"] is True
    assert "1942-07-12" in by_date


def test_range_edges_are_inclusive(runner):
    found = events(runner, "--from", "1941-06-22", "--to", "1941-06-22")
    assert [event["date"] for event in found] == ["1941-06-22"]


def test_month_precision_events_inside_a_year_range(runner):
    found = events(runner, "--from", "1942", "--to", "1942")
    assert "1942-05" in [event["date"] for event in found]
    may = events(runner, "--from", "1942-05", "--to", "1942-05")
    assert all(event["date"].startswith("1942-05") for event in may)
    assert "1942-05" in [event["date"] for event in may]


def test_from_to_month_range(runner):
    found = events(runner, "--from", "1941-06", "--to", "1942-12")
    assert found[0]["date"] >= "1941-06"
    assert all("1941-06" <= event["date"][:7] <= "1942-12" for event in found)


def test_person_combined_with_year(runner):
    found = events(runner, "--person", "Meretskov", "--year", "1942")
    assert found
    assert all("meretskov" in event["people"] and event["date"].startswith("1942") for event in found)


def test_year_without_events_names_covered_years(runner):
    result = invoke(runner, "timeline", "--year", "1950")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no events in 1950")
    assert "1900" in result.stderr and "1946" in result.stderr


@pytest.mark.parametrize("value", ["June", "1942-13", "42", "1942/06"])
def test_bad_range_value_is_exit_2(runner, value):
    result = invoke(runner, "timeline", "--from", value)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --from")


def test_vague_dates_shown_in_the_articles_words(runner):
    result = invoke(runner, "timeline", "--year", "1944")
    assert result.exit_code == 0
    assert "late summer of 1944" in result.stdout
    assert "[1944]" in result.stdout


def test_plain_output_has_no_escape_codes_and_fits_40_columns(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    result = invoke(runner, "timeline", "--year", "1942")
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 40


def rich_table(args: tuple[str, ...], width: int) -> str:
    """The timeline as a Rich table prints it (how it was drawn before it was laid out by hand)."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from vlasov_cli import timeline as timelines
    from vlasov_cli.bank.store import load as load_bank
    from vlasov_cli.paths import default_bank_folder

    bank = load_bank(default_bank_folder())
    options = dict(zip(args[::2], args[1::2], strict=True))
    person = {"Zverev": "zverev"}.get(options.get("--person", ""))
    year = int(options["--year"]) if "--year" in options else None
    chosen = timelines.timeline(bank, year, options.get("--from"), options.get("--to"), person).events
    table = Table(show_edge=False, header_style="bold", expand=False)
    table.add_column("Date", style="green", max_width=24)
    table.add_column("Event")
    table.add_column("¶", justify="right", style="dim")
    for event in chosen:
        who = ", ".join(bank.person(person_id).name.split(" ")[-1] for person_id in event.people)
        title = Text.assemble(event.title, " ", (f"({who})", "dim")) if who else Text(event.title)
        table.add_row(Text(event.date_label()), title, Text(str(event.paragraph)))
    console = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    console.print(table)
    return console.file.getvalue()


@pytest.mark.parametrize("width", [36, 50, 72, 100, 160])
@pytest.mark.parametrize("args", [("--year", "1942"), ("--person", "Zverev"), ("--from", "1944-11", "--to", "1945-05")])
def test_the_timeline_table_is_drawn_as_a_rich_table_would_be(runner, monkeypatch, width, args):
    monkeypatch.setenv("COLUMNS", str(width))
    result = invoke(runner, "timeline", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(rich_table(args, width))
