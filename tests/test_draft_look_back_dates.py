"""`vlasov draft` does not carry a look back forward: a date that ends before the one its sentence told
first ("In June 1721, the duke, governor since May of the previous year, sailed ...") tells when an earlier
state began; the story stays in 1721, and a day told next without its year is 1721's, not 1720's."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "In June 1721, the duke, governor of the island since May of the previous year, sailed south with "
    "four ships to meet the pirates.\n\n"
    "On 14 August the small fleet anchored off the southern cape. The pirates surrendered their fort "
    "on 20 August.\n"
)


def test_a_look_back_does_not_move_the_story(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    dates = {title: date for date, title in events}
    anchored = next(title for title in dates if "anchored" in title)
    surrendered = next(title for title in dates if "surrendered" in title)
    assert dates[anchored] == "1721-08-14"
    assert dates[surrendered] == "1721-08-20"
