"""In an article about one person, a title's "him" whose name the title cut out is told as theirs: "The
guards became concerned with Holt's influence and seized him in May 1601" is "The guards seized Holt"; not where
another man is named last before it ("Holt met Peter Voss and thanked him"), nor where the title names the
hero itself. Two teachers' Bhagat Singh reviews called "Police arrested him …" a weak question ("him" is
not named); "Prannath Mehta visited him …" was the same. Through `vlasov draft` on a text written here."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_events

HOLT = (
    "Jan Holt\n\n"
    "Jan Holt was a preacher of the town of Lund who served the league for forty years. Jan Holt was born at "
    "Lund in 1575.\n\n"
    "The guards became concerned with Holt's influence on the youth and seized him in May 1601 on the "
    "pretext that he had led a riot at the market in March 1601. Anna Berg, Holt's sister, visited him in "
    "the prison on 3 June 1601, two days before his trial, with a letter of clemency from the bishop of "
    "Lund and a purse of silver. Holt met Peter Voss in 1603 and thanked him for the letter.\n"
)


def test_a_him_whose_name_the_title_cut_is_told_as_the_hero(runner, tmp_path: Path) -> None:
    titles = dict(drafted_events(runner, tmp_path, HOLT))
    assert titles["1601-05"].startswith("The guards seized Holt on the pretext that he had led a riot")
    assert titles["1601-06-03"].startswith("Anna Berg visited Holt in the prison")
    assert "thanked him" in titles["1603"]  # Peter Voss stands last before it
