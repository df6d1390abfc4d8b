"""`vlasov draft` tells a title's "he" by the name it stands for when the pronoun is its sentence's
subject after words that name no one ("According to a report ..., he did plead ..."): the person the
sentence before is about, who is then among the event's people."""

from __future__ import annotations

import yaml
from conftest import drafted_folder

ARTICLE = (
    "Henry Walsh was a merchant of Bristol. In 1851 Walsh lost two ships in a storm off Cork, and his "
    "partner John Pike sailed to London to find the money for a third.\n\n"
    "Pike had asked the Bank of England for a loan of four thousand pounds. According to a report in a "
    "local newspaper, he did plead with the governor for more time on 9 April 1852.\n"
)


def test_a_led_in_pronoun_is_the_person_the_sentence_before_is_about(runner, tmp_path) -> None:
    folder = drafted_folder(runner, tmp_path, ARTICLE)
    events = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))["events"]
    people = yaml.safe_load((folder / "people.yaml").read_text(encoding="utf-8"))["people"]
    pike = next(person["id"] for person in people if person["name"] == "John Pike")
    plea = next(event for event in events if str(event["date"]) == "1852-04-09")
    assert plea["title"] == "Pike did plead with the governor for more time"
    assert pike in plea["people"]
