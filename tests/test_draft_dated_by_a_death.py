"""`vlasov draft` dates a day told without its year as some days before a death the article dates ("on 2
May, four days before her execution") by that death's year, not by the year the narrative last told."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "Margaret Lowe was a printer of Norwich. In 1687 she printed a pamphlet against the bishop, and in "
    "1688 she was arrested. Lowe was tried and sentenced to death in April 1690. She was executed on 6 "
    "May 1690 at Tyburn.\n\n"
    "Her friends\n\n"
    "In 1694, her apprentice, Samuel Hart, printed her letters. Hart visited her in the prison on 2 May, "
    "four days before her execution, with a petition for mercy, but she refused to sign it.\n"
)


def test_a_day_told_before_a_death_takes_the_deaths_year(runner, tmp_path) -> None:
    dates = {title: date for date, title in drafted_events(runner, tmp_path, ARTICLE)}
    visit = next(title for title in dates if title.startswith("Hart visited her"))
    assert dates[visit] == "1690-05-02"
