"""`vlasov draft` dates no event from words that tell no happening of the story on that day: a paragraph
of someone's words quoted after "the Governor recorded:" (a diary's "that day" is the writer's), the day
of something a sentence says was ordered ("ordered to be shot on 2 June"), and a statute's year written
after its name ("the Harbour Dues Act 1802")."""

from __future__ import annotations

from conftest import drafted_events

QUOTED = (
    "The governor of the island received the petition of the fishermen on 3 March 1822. In his diary "
    "entry of 9 March 1822, the governor recorded:\n\n"
    "When I came back he asked me whether the fleet would sail on April 2nd. It would be a hard day, "
    "because on that day the council had to meet in the capital.\n\n"
    "The fleet sailed from the harbour on 6 April 1822.\n"
)


def test_a_paragraph_quoted_after_a_verb_of_writing_dates_no_event(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, QUOTED)
    titles = " | ".join(title for _, title in events)
    assert "asked me" not in titles and "hard day" not in titles
    assert ("1822-04-06", "The fleet sailed from the harbour") in events
    assert any(date == "1822-03-03" for date, _ in events)


ORDERED = (
    "The mutineers were seized at the fort on 2 May 1797. A court martial heard their case in the same week. "
    "Four of them were found guilty of mutiny and ordered to be shot on 2 June 1797. "
    "The others were pardoned by the admiral on 20 May 1797.\n"
)


def test_the_day_of_what_was_ordered_dates_no_event(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ORDERED)
    assert not any(date == "1797-06-02" for date, _ in events), events
    assert ("1797-05-20", "The others were pardoned by the admiral") in events


STATUTE = (
    "The merchants of Leith sent a petition to the town council in 1810. "
    "The petition argued that the Harbour Dues Act 1802 allowed the council to raise new taxes only in a war. "
    "The council rejected it on 4 May 1810.\n"
)


def test_a_statutes_year_after_its_name_dates_no_event(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, STATUTE)
    assert not any(date == "1802" for date, _ in events), events
    assert ("1810-05-04", "The council rejected it") in events, events


ALLOWED = (
    "The court met at Rennes on 4 June 1832. On 9 June 1832, the judges dropped the charges against two of "
    "the nine accused and allowed their appeals to be heard the next day. The trial ended on 30 June 1832.\n"
)


def test_the_day_of_what_was_allowed_dates_no_event(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ALLOWED)
    assert not any(date == "1832-06-10" for date, _ in events), events
    assert any(date == "1832-06-09" and "dropped the charges" in title for date, title in events), events


ACTIVE = (
    "On 3 May 1790, the harbour council voted to close the port to foreign ships and ordered the town "
    "guards to enforce the ban the next day.\n"
)


def test_a_date_right_after_an_active_infinitives_object_may_date_the_order(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ACTIVE)
    assert any(date == "1790-05-04" and "ordered the town guards" in title for date, title in events), events
