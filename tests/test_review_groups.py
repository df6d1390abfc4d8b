"""`vlasov review`'s a list of people: those named only in a list of names (no role, every fact naming
them in a run of three names or more), then those only cited as writers on the subject (one fact), come
last, each group together in the article's order under a line saying so, so that one range deletes them
(a teacher deleted 13 such people of a Bhagat Singh draft with 11 separate numbers). A person a class
may need (a role, a fact of their own, an event naming them) stays where they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json, reviewed

TOLD = (
    "The crew of the Gannet, Tom Reed, Ann Lee and Ben Carr, were landed at Harwick. "
    "Ben Carr later kept the harbour light.\n\n"
    "According to Edith Crane, the rescue was the finest on the coast. "
    "Historian Olga Pratt described Venn as the bravest keeper of his time. "
    "Venn wrote to Mary Holt, Sam Holt and Ann Lee in 1883."
)


def _person(person_id: str, name: str, *quotes: str, role: str = "") -> str:
    facts = "".join(f"  - text: {quote}\n    quote: {quote}\n" for quote in quotes)
    return (
        f"- id: {person_id}\n  draft: 0.9\n  name: {name}\n  aliases: []\n"
        + (f"  role: {role}\n" if role else "")
        + f"  facts:\n{facts}"
    )


@pytest.fixture
def crowded_bank(tmp_path: Path) -> Path:
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    landed = "The crew of the Gannet, Tom Reed, Ann Lee and Ben Carr, were landed at Harwick."
    wrote = "Venn wrote to Mary Holt, Sam Holt and Ann Lee in 1883."
    people = [
        _person("edith-crane", "Edith Crane", "According to Edith Crane, the rescue was the finest on the coast."),
        _person("tom-reed", "Tom Reed", landed),
        _person("ann-lee", "Ann Lee", landed, wrote),
        _person("ben-carr", "Ben Carr", landed, "Ben Carr later kept the harbour light."),  # a fact of his own
        _person("olga-pratt", "Olga Pratt", "Historian Olga Pratt described Venn as the bravest keeper of his time."),
        _person("mary-holt", "Mary Holt", wrote),
        _person("sam-holt", "Sam Holt", wrote, role="keeper's clerk"),  # a role
    ]
    (bank / "people.yaml").write_text((bank / "people.yaml").read_text() + "".join(people))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + f"\n\n{TOLD}\n")
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    return bank


def test_a_lists_the_people_named_only_in_lists_then_the_cited_last_under_a_line(crowded_bank, runner):
    shown = reviewed(runner, crowded_bank, "a\nn 5-9\n", "--kind", "people", "--order", "article")
    listing = shown[shown.index("a keeps") : shown.index("Keep them all?")]
    named = [line.split(") ")[1].split(" · ")[0].split(" (also")[0] for line in listing.splitlines() if ") " in line]
    assert named == [
        "Tobias Venn",
        "Ada Venn",
        "Ben Carr",
        "Sam Holt",
        "Tom Reed",
        "Ann Lee",
        "Mary Holt",
        "Edith Crane",
        "Olga Pratt",
    ]
    assert "  Named only in a list of three names or more, no role (5-7):\n  5) Tom Reed" in listing
    assert "  Only cited, a writer on the subject, one fact (8-9):\n  8) Edith Crane" in listing
    assert "Kept 4; deleted 5." in shown
    people = (crowded_bank / "people.yaml").read_text()
    assert "id: ben-carr" in people and "id: sam-holt" in people and "id: tom-reed" not in people


def test_a_groups_none_an_event_names(crowded_bank, runner):
    events = crowded_bank / "events.yaml"
    events.write_text(events.read_text().replace("  people: []\n", "  people:\n  - mary-holt\n", 1))
    shown = reviewed(runner, crowded_bank, "a\nq\n", "--kind", "people", "--order", "article")
    assert "(6-7):\n  6) Tom Reed" in shown and "Mary Holt · 1 fact" in shown.split("Named only")[0]
