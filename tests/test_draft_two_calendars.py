"""`vlasov draft` dates a happening whose day the article gives in two calendars, the second after a
slash ("The Battle of Wexford (4 May 1712/15 Floréal An XX), ..."): the first is the day, not a
fraction that is no date, so the battle the article is about is an event of its timeline."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "Battle of Wexford\n\n"
    "The Battle of Wexford (4 May 1712/15 Floréal An XX), also known as the Battle of the Two Rivers, was "
    "one of the most important engagements of the war. The battle took place near the town of Wexford.\n\n"
    "After the battle, the duke retreated north.\n"
)


def test_a_day_told_in_two_calendars_dates_its_happening(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    battle = [title for date, title in events if date == "1712-05-04"]
    assert battle and battle[0].startswith("The Battle of Wexford")
