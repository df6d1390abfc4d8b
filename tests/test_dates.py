"""EDTF windows (vlasov_cli.core.dates): the bank's subset parsed as the reference library reads it, and
shown on one short line."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vlasov_cli.core.dates import Window, as_edtf, parse_window, window_label, year_of

DAYS = st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2030, 12, 31))


def partial(day: datetime.date, precision: int) -> str:
    return day.isoformat()[: (4, 7, 10)[precision]]


@pytest.mark.slow
@given(first=DAYS, last=DAYS, precision=st.integers(0, 2))
def test_windows_read_as_the_reference_edtf_library_reads_them(first, last, precision):
    edtf = pytest.importorskip("edtf")
    first, last = sorted((first, last))
    for text in (
        partial(first, precision),
        f"[{partial(first, precision)}..{partial(last, precision)}]",
    ):
        reference = edtf.parse_edtf(text)
        window = parse_window(text)
        assert window.earliest == edtf.struct_time_to_date(reference.lower_strict()).isoformat(), text
        assert window.latest == edtf.struct_time_to_date(reference.upper_strict()).isoformat(), text


@pytest.mark.parametrize("season", [21, 22, 23])
def test_seasons_read_as_the_reference_library_reads_them(season):
    # (Winter, 24, is December to February here; the library keeps it within its year.)
    edtf = pytest.importorskip("edtf")
    reference = edtf.parse_edtf(f"1944-{season}")
    window = parse_window(f"1944-{season}")
    assert (window.earliest, window.latest) == tuple(
        edtf.struct_time_to_date(bound).isoformat() for bound in (reference.lower_strict(), reference.upper_strict())
    )
    assert window.precision == "season"


@pytest.mark.parametrize(
    ("text", "window", "shown"),
    [
        ("1942-06-23", Window("1942-06-23", "1942-06-23", "day"), "June 23, 1942"),
        ("1942-06", Window("1942-06-01", "1942-06-30", "month"), "June 1942"),
        ("1942", Window("1942-01-01", "1942-12-31", "year"), "1942"),
        ("1944-22", Window("1944-06-01", "1944-08-31", "season"), "summer 1944"),
        ("1944-24", Window("1944-12-01", "1945-02-28", "season"), "winter 1944"),
        ("[1942-06-08..1942-06-23]", Window("1942-06-08", "1942-06-23", "window"), "Jun 8–23, 1942"),
        ("[1942-01-13..1942-03-18]", Window("1942-01-13", "1942-03-18", "window"), "Jan 13–Mar 18, 1942"),
        ("[1941-12..1942-03]", Window("1941-12-01", "1942-03-31", "window"), "Dec 1941–Mar 1942"),
        ("[1917..1919]", Window("1917-01-01", "1919-12-31", "window"), "1917–1919"),
        ("[1930-01-01..1938-11-30]", Window("1930-01-01", "1938-11-30", "window"), "1930–Nov 30, 1938"),
        ("[1944-11-01..1945-04-06]", Window("1944-11-01", "1945-04-06", "window"), "Nov 1944–Apr 6, 1945"),
        ("[1938-09-01..1946-12-31]", Window("1938-09-01", "1946-12-31", "window"), "Sep 1938–1946"),
        ("[1942-01-01..1942-03-18]", Window("1942-01-01", "1942-03-18", "window"), "Jan 1–Mar 18, 1942"),
        # A season's part is a window of its own: late summer runs into September.
        ("late 1944-22", Window("1944-08-01", "1944-09-30", "season"), "late summer 1944"),
        ("early 1944-22", Window("1944-05-01", "1944-06-30", "season"), "early summer 1944"),
        ("mid 1944-22", Window("1944-06-16", "1944-08-15", "season"), "mid summer 1944"),
        ("late 1941-24", Window("1942-02-01", "1942-03-31", "season"), "late winter 1941"),
        ("early 1942-24", Window("1942-11-01", "1942-12-31", "season"), "early winter 1942"),
    ],
)
def test_each_form_has_its_window_and_its_short_label(text, window, shown):
    assert parse_window(text) == window
    assert window_label(text) == shown
    assert len(shown) <= 24


@pytest.mark.parametrize(
    "text",
    [
        *("1942-13", "1942-02-30", "June 1942", "[1943..1942]", "1942-25", "[1942..]", "42"),
        *("[1917..1919-08-31]", "late 1944"),
    ],
)
def test_what_is_no_window_is_refused_with_a_reason(text):
    with pytest.raises(ValueError, match=text.replace("[", r"\[").replace(".", r"\.")):
        parse_window(text)


@pytest.mark.slow
def test_every_shipped_date_is_one_the_reference_library_reads():
    edtf = pytest.importorskip("edtf")
    import yaml

    from vlasov_cli.core.read import default_bank_folder

    events = yaml.safe_load((default_bank_folder() / "events.yaml").read_text(encoding="utf-8"))["events"]
    for event in events:
        reference = edtf.parse_edtf(as_edtf(event["date"]))  # a season's part written out as its window
        window = parse_window(event["date"])
        bounds = [
            edtf.struct_time_to_date(bound).isoformat()
            for bound in (reference.lower_strict(), reference.upper_strict())
        ]
        assert [window.earliest, window.latest] == bounds, event["id"]


def test_a_qualified_season_leaves_the_bank_as_its_window_in_edtf():
    assert as_edtf("late 1944-22") == "[1944-08-01..1944-09-30]"
    assert as_edtf("1944-22") == "1944-22"


def test_a_year_before_1000_is_shown_as_a_reader_writes_it(tmp_path, runner):
    from conftest import invoke

    article = tmp_path / "lothair.txt"
    article.write_text(
        "Lothair\n\nLothair (795 – 29 September 855) was a Frankish emperor.\n\n"
        "In November 824 Lothair issued the Roman Constitution. In 833 Lothair deposed his father.\n",
        encoding="utf-8",
    )
    bank = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(bank)).exit_code == 0
    shown = invoke(runner, "timeline", "--bank", str(bank)).stdout
    assert "November 824" in shown and "833" in shown
    assert "0824" not in shown and "0833" not in shown


@pytest.mark.parametrize(
    ("day", "year"), [("1942-06-23", 1942), ("0363-09", 363), ("-0315-01-01", -315), ("-0474", -474)]
)
def test_year_of_reads_years_before_christ_whole(day: str, year: int) -> None:
    assert year_of(day) == year
