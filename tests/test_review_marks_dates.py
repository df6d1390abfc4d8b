"""`vlasov review`'s `a` list marks what a teacher must fix in an event's date or title, and nothing else:
a date told by another clause of the quote, a window "until" closes, an assessment or a pluperfect told
with a vague date, one happening told twice (a month's and a day's), and no "ends mid-phrase" on a title
that is a whole clause the quote goes on after."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_review import review_bank_telling, reviewed


def _with_events(tmp_path: Path, *events: tuple[str, str, str, str, str]) -> Path:
    """The review bank plus events (id, date, title, quote, label), each quote a sentence of its source."""
    return review_bank_telling(
        tmp_path,
        " ".join(event[3] for event in events),
        *(
            {"id": name, "date": date, **({"label": label} if label else {}), "title": title, "quote": quote}
            for name, date, title, quote, label in events
        ),
    )


def _listing(runner, bank: Path) -> str:
    return reviewed(runner, bank, "a\n\nq\n", "--kind", "events").replace("\n    ", " ")


@pytest.fixture(autouse=True)
def _wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    yield
    output.out.cache_clear()


def test_a_date_told_by_a_clause_after_the_title_is_marked_and_one_told_with_it_is_not(tmp_path, runner):
    # The rise of the coastguard is when the towns grew, not when the light "generally" anything: here
    # the title's own clause has no date, the "as" clause after it has.
    bank = _with_events(
        tmp_path,
        (
            "keepers-proud",
            "1880",
            "The keepers took pride in the new light",
            "The keepers took pride in the new light as the harbour towns grew quickly in 1880.",
            "",
        ),
        (
            "board-met",
            "1884",
            "The Board met at Harwick shortly after the storm",
            "The Board met at Harwick shortly after the storm in 1884.",
            "",
        ),
        (
            "lamp-failed",
            "1890",
            "The Board lit a new lamp when the old lamp failed",
            "The old lamp failed often, and the Board lit a new lamp when the old lamp failed in 1890.",
            "",
        ),
    )
    shown = _listing(runner, bank)
    assert "The Board lit a new lamp when the old lamp failed · nobody named\n" in shown  # (its last words twice)
    assert (
        "The keepers took pride in the new light · nobody named  ! dated by another clause: "
        "“as the harbour towns grew quickly in 1880”" in shown
    )
    assert "The Board met at Harwick shortly after the storm · nobody named\n" in shown


def test_an_until_window_an_assessment_and_a_vague_pluperfect_are_marked(tmp_path, runner):
    bank = _with_events(
        tmp_path,
        (
            "lamp-oil",
            "[1871..1899]",
            "The light burned whale oil",
            "The light burned whale oil until 1899.",
            "until 1899",
        ),
        (
            "light-saved",
            "[1880..1889]",
            "The light largely ended the wrecks on the Harrow",
            "The light largely ended the wrecks on the Harrow in the 1880s.",
            "the 1880s",
        ),
        (
            "board-had-paid",
            "[1871-01-01..1871-04-30]",
            "The Board had paid the keeper his first wage",
            "The Board had paid the keeper his first wage in early 1871.",
            "early 1871",
        ),
        (
            "board-had-built",
            "[1868-01-01..1871-04-30]",
            "The Board had built the tower",
            "By April 1871 the Board had built the tower.",
            "by April 1871",
        ),
    )
    shown = _listing(runner, bank)
    assert "The light burned whale oil · nobody named  ! dated by “until 1899”: when it ended" in shown
    assert "The light largely ended the wrecks on the Harrow · nobody named  ! an assessment (“largely”)" in shown
    assert "The Board had paid the keeper his first wage · nobody named  ! told in the pluperfect" in shown
    assert "The Board had built the tower · nobody named\n" in shown  # done by then: a pluperfect's own date


def test_a_month_and_a_day_of_it_telling_one_happening_are_marked_naming_the_other(tmp_path, runner):
    bank = _with_events(
        tmp_path,
        (
            "gannet-month",
            "1882-11",
            "The Gannet's crew was saved by Venn",
            "The Gannet's crew was saved by Venn in November 1882.",
            "",
        ),
        (
            "board-month",
            "1882-11",
            "The Board ordered a new boat",
            "The Board ordered a new boat in November 1882.",
            "",
        ),
    )
    shown = _listing(runner, bank)
    assert "The Gannet's crew was saved by Venn · nobody named  ! likely the same happening as 3" in shown
    assert "3) event gannet-rescue · 0.6 · November 9, 1882  Venn rows out and saves the Gannet's crew" in shown
    one = reviewed(runner, bank, "y\ny\ny\ny\nq\n", "--kind", "events", "--order", "article")
    assert "  ! likely the same happening as “Venn rows out and saves the Gannet's crew”\n" in one
    assert "The Board ordered a new boat · nobody named\n" in shown  # one month, but no word of the rescue


def test_a_whole_clause_the_quote_goes_on_after_is_not_marked_mid_phrase(tmp_path, runner):
    bank = _with_events(
        tmp_path,
        (
            "society",
            "1885",
            "Venn joined the Harwick Lifeboat Association",
            "In 1885 Venn joined the Harwick Lifeboat Association (HLA) and trained its crews.",
            "",
        ),
        (
            "tender",
            "1886",
            "The Board bought a steam tender",
            "In 1886 the Board bought a steam tender, powers it had long wanted.",
            "",
        ),
        (
            "rams",
            "1887",
            "The Board bought two ironclad",
            "In 1887 the Board bought two ironclad, steam-driven tenders.",
            "",
        ),
    )
    shown = _listing(runner, bank)
    assert "Venn joined the Harwick Lifeboat Association · nobody named\n" in shown
    assert "The Board bought a steam tender · nobody named\n" in shown
    assert "The Board bought two ironclad · nobody named  ! ends mid-phrase: “ironclad”" in shown


def test_a_subject_told_with_its_dated_second_predicate_is_not_marked_glued(tmp_path, runner):
    bank = _with_events(
        tmp_path,
        (
            "boards-signed",
            "1888-03-02",
            "Keepers from the three lights signed a petition for higher wages",
            "Keepers from the three lights met in Harwick, and on March 2, 1888, signed a petition for higher wages.",
            "",
        ),
        (
            "boards-glued",
            "1889",
            "The Board's report praised Venn",
            "The Board's report, printed in the spring of 1889, praised Venn.",
            "",
        ),
    )
    shown = _listing(runner, bank)
    assert "Keepers from the three lights signed a petition for higher wages · nobody named\n" in shown
    assert "The Board's report praised Venn · nobody named  ! glued: “report praised”" in shown


def test_an_event_whose_only_year_is_in_a_name_is_marked(tmp_path, runner):
    bank = _with_events(
        tmp_path,
        (
            "under-the-act",
            "1889",
            "The keepers asked the Board to close the old tower under the Lights Act",
            "The keepers asked the Board to close the old tower under the Lights Act 1889.",
            "",
        ),
        (
            "act-passed",
            "1889",
            "Parliament passed the Lights Act 1889",
            "Parliament passed the Lights Act 1889 in May 1889.",
            "",
        ),
    )
    shown = _listing(runner, bank)
    assert "the old tower under the Lights Act · nobody named  ! dated by a name: “Lights Act 1889”" in shown
    assert "Parliament passed the Lights Act 1889 · nobody named\n" in shown  # the year told as a date too
