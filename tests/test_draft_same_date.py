"""`vlasov draft` dates "On the same date X bought..." by the day the narrative last named, not by a
later date the sentence gives after it."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "On March 3, 1840, Hale sold the mill to Amos Reed for $2,000. On the same date Reed's brother, Silas "
    "Reed, bought the meadow beside the mill, and on June 9, 1840, Amos Reed bought the orchard. In 1845, "
    "the brothers sold the farm.\n"
)


def test_the_same_date_is_the_day_told_before_it(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    assert ("1840-03-03", "Reed’s brother, Silas Reed, bought the meadow beside the mill") in [
        (date, title.replace("'", "’")) for date, title in events
    ]
    assert ("1840-06-09", "Amos Reed bought the orchard") in events
