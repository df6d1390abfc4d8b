"""`vlasov draft` does not count a plan's day as a day the story has reached: "They decided to sail the
next morning. [...] The crew left the harbour the next day." is one day after the plan was made, the day
the plan was for, not two."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "On 4 May 1794, the captain met the harbour master of Brest, who offered him a pilot. They decided to "
    "sail for Lisbon early the next morning.\n\n"
    "Departure\n\n"
    "The captain and the pilot, both carrying sealed orders, left the harbour early the next day. The ship "
    "reached Lisbon on 19 May 1794.\n"
)


def test_a_next_day_after_a_plan_is_the_plans_day(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    dates = {title: date for date, title in events}
    left = next(title for title in dates if "left the harbour" in title)
    assert dates[left] == "1794-05-05"
    assert ("1794-05-19", "The ship reached Lisbon") in events
