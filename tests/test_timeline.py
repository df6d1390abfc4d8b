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
