"""`vlasov draft` dates a happening by the one century that opens its sentence ("In the eighth century,
the Avar kings ruled"): the century is the window from its year 1 to its year 100 (701 to 800); a
century told in passing ("outmoded in the 19th century") or a span of centuries dates no event."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = """The Valley of Orsk

In the sixth century, the Avar kings ruled the valley from the fort at Orsk. During the 9th century, the \
Magyar chief Almos made two raids on the fort. The old laws, the chroniclers wrote, were outmoded in the \
10th century. From the 11th-13th centuries, monks copied the laws. In the 14th century, the Mongols \
burned Orsk.
"""


def test_a_century_opening_its_sentence_dates_the_happening_it_tells(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    dates = dict(events)
    assert dates["[0501..0600]"].startswith("The Avar kings ruled the valley")
    assert dates["[0801..0900]"].startswith("The Magyar chief Almos made two raids")
    assert not any("outmoded" in title or "monks" in title for _, title in events)
    assert ("[1301..1400]", "The Mongols burned Orsk") in events


def test_a_century_around_the_whole_story_is_its_setting(runner, tmp_path) -> None:
    article = (
        "In the 19th century, trade with the East grew. In 1853, Perry arrived at Uraga. In 1854, Japan "
        "signed a treaty at Kanagawa. In 1858, Harris signed another treaty.\n"
    )
    assert [date for date, _ in drafted_events(runner, tmp_path, article)] == ["1853", "1854", "1858"]
