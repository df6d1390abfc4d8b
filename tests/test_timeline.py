"""`vlasov timeline`: years, ranges, people, vague dates and the JSON contract."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from conftest import invoke, write_bank

EVENT_KEYS = {
    "id", "date", "edtf", "earliest", "latest", "label", "inferred", "approximate", "date_text",
    "title", "people", "quote", "date_quote", "note", "paragraph", "partly_inside",
}  # fmt: skip


def events(runner, *args):
    result = invoke(runner, "timeline", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["events"]


def overlaps(event, low: str, high: str) -> bool:
    return event["earliest"] <= high and event["latest"] >= low


def test_whole_timeline_is_by_earliest_then_latest_day_with_contract_keys(runner):
    found = events(runner)
    assert len(found) == 119
    assert all(set(event) == EVENT_KEYS for event in found)
    assert [(e["earliest"], e["latest"]) for e in found] == sorted((e["earliest"], e["latest"]) for e in found)
    assert found[0]["id"] == "vlasov-born" and found[0]["date"] == "1900-09-01"
    assert found[-1]["edtf"] == "1946-08-02"
    assert not any(event["partly_inside"] for event in found)


def test_a_year_keeps_every_event_whose_window_reaches_into_it(runner):
    found = events(runner, "--year", "1942")
    everything = events(runner)
    assert [e["id"] for e in found] == [e["id"] for e in everything if overlaps(e, "1942-01-01", "1942-12-31")]
    for event in found:
        inside = "1942-01-01" <= event["earliest"] and event["latest"] <= "1942-12-31"
        assert event["partly_inside"] is not inside
    by_id = {event["id"]: event for event in found}
    assert by_id["2nd-shock-final-breakout-attempt"]["edtf"] == "1942-06-23"
    assert by_id["china-awards-confiscated"]["partly_inside"] is True


def test_range_edges_are_inclusive(runner):
    found = events(runner, "--from", "1941-06-22", "--to", "1941-06-22")
    assert "1941-06-22" in [event["edtf"] for event in found]
    assert all(overlaps(event, "1941-06-22", "1941-06-22") for event in found)


def test_month_precision_events_inside_a_year_range(runner):
    found = events(runner, "--from", "1942", "--to", "1942")
    assert "1942-05" in [event["edtf"] for event in found]
    may = events(runner, "--from", "1942-05", "--to", "1942-05")
    assert all(overlaps(event, "1942-05-01", "1942-05-31") for event in may)
    assert [event["partly_inside"] for event in may if event["edtf"] == "1942-05"] == [False]


def test_from_to_month_range(runner):
    found = events(runner, "--from", "1941-06", "--to", "1942-12")
    assert found and all(overlaps(event, "1941-06-01", "1942-12-31") for event in found)


def test_from_after_to_is_a_usage_error(runner):
    result = invoke(runner, "timeline", "--from", "1944", "--to", "1942")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "error: --from 1944 is after --to 1942\n"


def test_person_combined_with_year(runner):
    found = events(runner, "--person", "Meretskov", "--year", "1942")
    assert found
    assert all("meretskov" in event["people"] and overlaps(event, "1942-01-01", "1942-12-31") for event in found)


def test_a_persons_empty_year_names_that_persons_years(runner):
    result = invoke(runner, "timeline", "--person", "Hitler", "--year", "1946")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no events in 1946; this person's events fall in: ")
    assert "1946" not in result.stderr.split("fall in: ")[1]


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


def test_a_date_goes_on_to_a_second_line_only_after_its_dash_at_80_columns(runner, monkeypatch):
    # (where that spares the event's title a line: the table takes the fewest lines it can)
    monkeypatch.setenv("COLUMNS", "80")
    found = {event["id"]: event for event in events(runner)}
    result = invoke(runner, "timeline")
    rows = [line.split("│") for line in result.stdout.splitlines() if line.count("│") == 2]
    for above, row in itertools.pairwise(rows):
        if not row[2].strip() and row[0].strip():
            assert above[0].rstrip().endswith("–") and above[2].strip(), (above, row)
    assert len([row for row in rows if row[2].strip()]) == len(found)


def test_plain_output_has_no_escape_codes_and_fits_40_columns(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    result = invoke(runner, "timeline", "--year", "1942")
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 40


def test_chart_axis_gives_dense_years_room_and_folds_empty_runs():
    from vlasov_cli.features.timeline import axis_column, chart_axis

    axis = chart_axis({1900: 1, 1917: 0, 1918: 5, 1919: 0}, 100)
    assert [year for year, _, _ in axis] == [1900, None, 1917, 1918, 1919]
    sizes = {year: size for year, _, size in axis}
    assert sizes[None] == 1 and sizes[1917] == sizes[1919] == 1  # a folded gap, years only passed through
    assert sizes[1918] > 4 * sizes[1900]  # room in proportion to the events starting in it
    starts = [start for _, start, _ in axis]
    assert starts == sorted(starts) and starts[-1] + sizes[1919] <= 100
    assert axis_column(axis, "1918-01-01") < axis_column(axis, "1918-12-31") < axis_column(axis, "1919-06-01")


def test_the_charts_legend_explains_only_the_marks_it_shows(runner, tmp_path):
    from conftest import write_bank

    bank = write_bank(tmp_path / "bank")  # one event, on a day
    result = invoke(runner, "timeline", "--chart", "--bank", str(bank))
    assert result.exit_code == 0
    assert "● a day" in result.stdout
    assert "┄" not in result.stdout and "┆" not in result.stdout and "━ a month" not in result.stdout


def _table_rows(shown: str) -> list[list[str]]:
    """Each row of a timeline table as its lines (a row begins where its ¶ column has a number)."""
    rows: list[list[str]] = []
    for line in shown.split("\n\n")[0].splitlines()[2:]:
        if line.rstrip()[-1:].isdigit() or line.rstrip().endswith("┊") and (not rows or "┊" not in rows[-1][-1]):
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def test_a_filter_shows_the_events_wholly_inside_first_and_the_partial_ones_under_one_caption(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    found = events(runner, "--year", "1942")
    rows = _table_rows(invoke(runner, "timeline", "--year", "1942").stdout)
    inside = [event for event in found if not event["partly_inside"]]
    partly = [event for event in found if event["partly_inside"]]
    assert len(partly) == 12 and len(rows) == len(found) + 1  # (the Red Banner and the interview reach into 1941)
    caption = rows[len(inside)]
    assert caption == [" partly in range        ┊ their windows reach outside it" + " " * 19 + "┊"]
    for row, event in zip(rows[: len(inside)] + rows[len(inside) + 1 :], inside + partly, strict=True):
        assert row[0].rstrip().endswith(f"│ {event['paragraph']:>2}"), (row, event["title"])
        assert event["title"].split()[0] in row[0]
    shown = "\n".join(line for row in rows for line in row)
    assert "(partly in range)" not in shown and rows[0][0].startswith(" January 1942 ")


def test_the_shipped_timeline_takes_fewer_lines_at_80_columns(runner, monkeypatch):
    # Windows written only as precisely as their ends need, and the date column as wide as takes the
    # fewest lines: 1.91 lines an event before (date column 26), 1.82 now (22).
    monkeypatch.setenv("COLUMNS", "80")
    shown = invoke(runner, "timeline").stdout
    rows = _table_rows(shown)
    assert len(rows) == len(events(runner)) == 119
    assert sum(map(len, rows)) / len(rows) < 1.85
    assert len(shown.splitlines()[0].split("┃")[0]) - 2 <= 22
    assert "~1930–Nov 30, 1938" in shown and "~1917–Aug 31, 1919" in shown and "~Sep 1938–Aug 2, 1946" in shown


def test_the_chart_labels_each_mark_with_its_event(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    example = str(Path(__file__).parent / "example_bank")
    found = events(runner, "--bank", example)
    chart = invoke(runner, "timeline", "--chart", "--bank", example).stdout
    rows = chart.splitlines()[:-4]  # (the axis, its years and the legend below)
    for event in found:  # each title, cut short, beside (or in) the mark of its event
        label = event["title"][:12]
        row = next(row for row in rows if label in row)
        day = len(event["edtf"]) == 10 and event["edtf"][4] == "-"
        mark = "┄" if event["approximate"] else "●" if day else "━"
        assert mark in row, (label, row)


@pytest.mark.parametrize("args", [[], ["--year", "1942"]])
def test_a_wider_terminal_draws_the_shipped_chart_no_taller(runner, monkeypatch, args):
    heights = {}
    for columns in (80, 120):
        monkeypatch.setenv("COLUMNS", str(columns))
        heights[columns] = len(invoke(runner, "timeline", "--chart", *args).stdout.splitlines())
    assert heights[120] <= heights[80], heights


RULERS_SOURCE = """By A. Writer

Tsar Alexander I of Russia met William Pitt the Younger in London on June 8, 1814.
"""


def test_a_ruler_is_told_by_name_and_number_and_a_land_or_generation_is_no_surname(runner, tmp_path):
    people = """\
    people:
      - id: alexander
        name: Alexander I of Russia
        aliases: []
        role: Tsar of Russia
        facts:
          - text: He met Pitt in London.
            quote: Tsar Alexander I of Russia met William Pitt the Younger in London
      - id: pitt
        name: William Pitt the Younger
        aliases: []
        role: Prime Minister
        facts:
          - text: He met the Tsar in London.
            quote: Tsar Alexander I of Russia met William Pitt the Younger in London
    """
    meeting = """\
    events:
      - id: london-meeting
        date: "1814-06-08"
        title: The Tsar and Pitt met in London
        people: [alexander, pitt]
        quote: Tsar Alexander I of Russia met William Pitt the Younger in London on June 8, 1814.
    """
    folder = write_bank(
        tmp_path / "bank", source_txt=RULERS_SOURCE, people_yaml=people, events_yaml=meeting, questions_yaml=None
    )
    shown = invoke(runner, "timeline", "--bank", str(folder))
    assert shown.exit_code == 0, shown.stderr
    assert "(Alexander I, Pitt)" in shown.stdout
