"""`vlasov draft` drafts a happening the article tells twice once (the same deed done to the same
thing, on dates that can be one), keeping the best-dated telling with the other's people, and drafts
no event of a judgement ("generally signaled", "was a turning point", "marked one of the earliest")."""

from __future__ import annotations

from conftest import drafted_entries

ARTICLE = (
    "The Harbor Crisis\n\n"
    "The quarrel over the harbor began in the spring. When the Republic did proclaim a quarantine of the "
    "island ports in March 1790, the merchants protested. President Oskar Brandt sided with the council "
    "and declared the quarantine on March 12, 1790.\n\n"
    "The seizure of two foreign merchants set off the Harbor Crisis in June of 1790. On June 4, 1790, "
    "Admiral Tomas Keller captured two foreign merchants aboard the packet ship, the Swallow. Keller "
    "intercepted the Swallow on June 4, 1790 and ordered his crew to search the ship.\n\n"
    "On May 2, 1792, Governor Paul Varga ordered the withdrawal of the garrison, to be carried out in two "
    "stages: August 1792 and January 1793. Unrest in the hills caused Varga to order garrison withdrawal "
    "in 1793.\n\n"
    "The end of the crisis generally signaled a defeat for the merchant party in the 1790s. In July 1790, "
    "rebels captured the fort at Lind. In March 1791, the council declared neutrality in the war. In 1792 "
    "the riot at Lind marked one of the earliest revolts against the council.\n"
)


def test_a_happening_told_twice_is_drafted_once(runner, tmp_path) -> None:
    events = drafted_entries(runner, tmp_path, ARTICLE, "events")
    told = {(str(event["date"]), event["title"]): event for event in events}
    # the proclamation: the day and its actor kept, the month's telling dropped
    assert ("1790-03-12", "President Oskar Brandt sided with the council and declared the quarantine") in told
    assert not any("proclaim a quarantine" in title for _, title in told)
    # the seizure told three ways: the first telling dated to the day, naming the admiral, kept
    seizure = [event for (_, title), event in told.items() if "Swallow" in title or "seizure" in title]
    assert [(str(event["date"]), event["people"]) for event in seizure] == [("1790-06-04", ["keller"])]
    # the order, with the window of its stages and again with a later year: one, the day's
    orders = [(date, title) for date, title in told if "withdrawal" in title]
    assert len(orders) == 1
    assert orders[0][0] == "1792-05-02"
    assert orders[0][1].startswith("Governor Paul Varga ordered the withdrawal of the garrison")


def test_different_deeds_and_things_stay_two_events(runner, tmp_path) -> None:
    titles = [event["title"] for event in drafted_entries(runner, tmp_path, ARTICLE, "events")]
    assert "Rebels captured the fort at Lind" in titles  # a capture, but of another thing, a month later
    assert "The council declared neutrality in the war" in titles


def test_a_judgement_is_no_event(runner, tmp_path) -> None:
    titles = [event["title"] for event in drafted_entries(runner, tmp_path, ARTICLE, "events")]
    assert not any("generally signaled" in title or "marked one of" in title for title in titles)


RETOLD = (
    "The Northern War\n\n"
    "The Danish fleet was beaten off Rügen in August 1715. Peace talks opened at Stralsund in the autumn, "
    "and the Treaty of Lund followed shortly after, on 14 November 1715. Swedish fears about the growing "
    "Russian power in the Baltic led to the War of the Northern Alliance in 1716.\n\n"
    "Aftermath\n\n"
    "The Treaty of Lund, signed 14 November 1715, took Denmark out of the war. Swedish anger at the "
    "growing Danish influence in Norway led to the War of the Northern Alliance in 1716.\n"
)


def test_a_treaty_or_a_war_told_twice_on_one_date_is_drafted_once(runner, tmp_path) -> None:
    events = [(str(event["date"]), event["title"]) for event in drafted_entries(runner, tmp_path, RETOLD, "events")]
    assert [title for date, title in events if date == "1715-11-14"] == [
        "The Treaty of Lund took Denmark out of the war"
    ]
    assert len([title for date, title in events if date == "1716"]) == 1, events


COUNTED = (
    "The Harbour Plot\n\n"
    "The plotters hid in the hills through the winter of 1794. Surfacing again in April 1795, he and another "
    "associate, Ruth Mallory, set off two small homemade bombs in the customs house at Leith.\n\n"
    "The Customs House\n\n"
    "On 8 April 1795, Tom Baird, accompanied by Ruth Mallory, threw two bombs into the customs hall from its "
    "gallery. They hid for two days in a cellar of the port. The two were arrested on 10 April 1795.\n"
)


def test_the_same_count_of_things_in_windows_one_inside_the_other_is_one_happening(runner, tmp_path) -> None:
    events = [(str(event["date"]), event["title"]) for event in drafted_entries(runner, tmp_path, COUNTED, "events")]
    assert not any(date == "1795-04" for date, _ in events), events
    assert any(date == "1795-04-08" and "threw two bombs" in title for date, title in events), events
    assert any(date == "1795-04-10" for date, _ in events), events
