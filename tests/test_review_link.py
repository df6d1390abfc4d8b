"""`vlasov review`'s `p` on an event: the people its quote names by a word of a name no other person's
holds (a surname alone), and, where it points back ("he", "both"), those the nearest sentence before it
that names anyone names."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_review import REVIEW_BANK, invoke_json, reviewed

COUSINS = (
    "\n\nAda Venn and her cousin Tom Reed rowed to the wreck of the Gannet in 1893. The sea was rough that night."
    " Both were thanked by the Board in 1894. Reed left Harwick in 1895.\n"
)
REED = """\
- id: tom-reed
  draft: 0.9
  name: Tom Reed
  aliases: []
  facts:
  - text: He rowed to the wreck with his cousin.
    quote: Ada Venn and her cousin Tom Reed rowed to the wreck of the Gannet in 1893.
"""
EVENTS = """\
- id: both-thanked
  draft: 0.2
  date: '1894'
  title: Both were thanked by the Board
  quote: Both were thanked by the Board in 1894.
  people: []
- id: reed-left
  draft: 0.3
  date: '1895'
  title: Reed left Harwick
  quote: Reed left Harwick in 1895.
  people: []
"""


def _with_reed(tmp_path: Path, told: str, events: str) -> Path:
    """The review bank with `told` after its article, Tom Reed among its people and `events` after its own."""
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + told)
    (bank / "people.yaml").write_text((bank / "people.yaml").read_text() + REED)
    (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + events)
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    return bank


def test_p_offers_a_person_by_a_surname_alone_and_for_both_those_the_sentence_before_names(tmp_path, runner):
    # A teacher could not add "Rajguru" (named so, his name being longer) nor the two of "both men".
    bank = _with_reed(tmp_path, COUSINS, EVENTS)
    shown = reviewed(runner, bank, "p\n1 2\ny\np\n1\ny\nq\n", "--kind", "events")
    assert "  Add who the quote names:\n    1) Ada Venn (ada-venn)\n    2) Tom Reed (tom-reed)\n" in shown
    assert "  Add who the quote names:\n    1) Tom Reed (tom-reed)\nWhich?" in shown  # "Reed": no "Venn" of the Venns
    events = (bank / "events.yaml").read_text()
    assert "  title: Ada Venn and Tom Reed were thanked by the Board\n" in events  # "Both" told of those picked
    assert "people:\n  - ada-venn\n  - tom-reed\n" in events
    assert "  quote: Reed left Harwick in 1895.\n  people:\n  - tom-reed\n" in events


def test_a_retitled_events_who_question_follows_the_new_title_or_goes(tmp_path, runner):
    # A teacher retitled "… led a march in protest against it" to "… against the Simon Commission";
    # the class still read "Who led a march in protest against it?".
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    events = bank / "events.yaml"
    deed = "  - tobias-venn\n  deed: rowed out to it\n- id: electric"
    events.write_text(events.read_text().replace("  - tobias-venn\n- id: electric", deed))
    keys = "y\nt\n\nTobias Venn rowed out to the schooner Gannet\nq\n"
    shown = reviewed(runner, bank, keys, "--kind", "events", "--order", "article")
    assert "  Its who-question now asks: Who rowed out to the schooner Gannet?\n" in shown
    assert "  deed: rowed out to the schooner Gannet\n" in events.read_text()
    shown = reviewed(runner, bank, "t\n\nThe Gannet's crew is saved\nq\n", "--kind", "events")
    assert "  Its who-question goes with the old title.\n" in shown
    text = events.read_text()
    assert "  title: The Gannet's crew is saved\n" in text and "deed:" not in text


TOLD = (
    "\n\nTo honour the keeper, the chairman of the Board, Hugh Lane, named a boat after him in 1895. When the"
    " Gannet came back to Harwick in 1896, Tobias Venn painted it.\n"
)
TOLD_EVENTS = """\
- id: boat-named
  draft: 0.2
  date: '1895'
  title: To honour the keeper named a boat after him
  quote: To honour the keeper, the chairman of the Board, Hugh Lane, named a boat after him in 1895.
  people: []
- id: painted
  draft: 0.3
  date: '1896'
  title: Tobias Venn painted it
  quote: When the Gannet came back to Harwick in 1896, Tobias Venn painted it.
  people: []
"""


def test_t_offers_a_title_told_of_the_name_an_apposition_gives_and_it_told_by_the_opening_clause(tmp_path, runner):
    # Teachers typed "Lord Irwin" into "To speed up the slow trial declared an emergency" (the Viceroy, Lord
    # Irwin, declared) and "the Simon Commission" for the "it" of "When the Commission visited Lahore, ...".
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + TOLD)
    (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + TOLD_EVENTS)
    shown = reviewed(runner, bank, "t\n4\n\ny\nt\n3\n\nq\n", "--kind", "events")
    assert "    3) Hugh Lane named a boat after him in 1895\n    4) Hugh Lane named a boat after him\n" in shown
    assert "    3) Tobias Venn painted the Gannet\n" in shown
    events = (bank / "events.yaml").read_text()
    assert "  title: Hugh Lane named a boat after him\n" in events
    assert "  title: Tobias Venn painted the Gannet\n" in events


SECOND = (
    "\n\nTom Reed was accused of the theft of the lamp, and acquitted in 1897. In 1898 the keepers were thanked"
    ' for: "their courage in the storm."\n'
)
SECOND_EVENTS = """\
- id: acquitted
  draft: 0.2
  date: '1897'
  title: Tom Reed was accused of the theft of the lamp, and acquitted
  quote: Tom Reed was accused of the theft of the lamp, and acquitted in 1897.
  people: []
- id: thanked
  draft: 0.3
  date: '1898'
  title: 'The keepers were thanked for: "their courage'
  quote: 'In 1898 the keepers were thanked for: "their courage in the storm."'
  people: []
"""


def test_t_offers_a_subjects_second_predicate_and_a_clause_without_a_preposition_left_hanging(tmp_path, runner):
    # A teacher cut "convicted of the murder of …, and" out of "Bhagat Singh was convicted …, and hanged" with
    # eleven M-d, and a "for" left where the clause "sentenced to life imprisonment for: “…”" was cut.
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + SECOND)
    (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + SECOND_EVENTS)
    shown = reviewed(runner, bank, "t\n\n\nq\n", "--kind", "events")
    assert "    3) Tom Reed was acquitted in 1897\n    4) Tom Reed was acquitted\n" in shown
    shown = reviewed(runner, bank, "s\nt\n\n\nq\n", "--kind", "events")
    assert ") The keepers were thanked\n" in shown


ROWED = (
    "\n\nAda Venn and her cousin Tom Reed rowed to the wreck of the Gannet in 1893.\n\nThe storm of that night was"
    " the worst of the decade.\n\nThe Board met in May 1894. Both were thanked by the Board in 1894. The keeper's"
    " cousin left Harwick in 1895.\n"
)
ROWED_EVENTS = (
    EVENTS[: EVENTS.index("- id: reed-left")]
    + """\
- id: cousin-left
  draft: 0.3
  date: '1895'
  title: Tom Reed left Harwick
  quote: The keeper's cousin left Harwick in 1895.
  people: []
"""
)


def test_p_for_both_takes_the_two_a_sentence_paragraphs_back_names_and_the_names_of_the_title(tmp_path, runner):
    # A teacher's "Both men were sentenced…" had nobody to add: the pair is named two paragraphs before
    # (24 keys to retype the title, and then `p` still offered nobody, the title it now told unread).
    bank = _with_reed(tmp_path, ROWED, ROWED_EVENTS)
    shown = reviewed(runner, bank, "p\n1 2\ny\np\n1\ny\nq\n", "--kind", "events")
    assert "  Add who the quote names:\n    1) Ada Venn (ada-venn)\n    2) Tom Reed (tom-reed)\n" in shown
    events = (bank / "events.yaml").read_text()
    assert "  title: Ada Venn and Tom Reed were thanked by the Board\n" in events
    assert "  quote: The keeper's cousin left Harwick in 1895.\n  people:\n  - tom-reed\n" in events


MARCH = "\n\nWhen the Harbour Board met in Harwick in 1890, Ada Venn led a march in protest against it.\n"
MARCH_EVENT = """\
- id: venn-march
  draft: 0.2
  date: '1890'
  title: Ada Venn led a march in protest against the Harbour Board
  quote: When the Harbour Board met in Harwick in 1890, Ada Venn led a march in protest against it.
  people: []
"""


def test_a_title_that_names_the_it_its_sentence_ends_on_is_not_marked_as_ending_mid_phrase(tmp_path, runner):
    # `t` recast "…led a march in protest against it" as "…against the Commission"; the list then marked
    # it "ends mid-phrase: 'Commission'" (the quote's "Commission" goes on "visited Lahore").
    for title, marked in (("the Harbour Board", False), ("the Harbour", True)):  # (a name cut short still is)
        bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / title))
        (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + MARCH)
        event = MARCH_EVENT.replace("the Harbour Board\n", f"{title}\n", 1)
        (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + event)
        shown = reviewed(runner, bank, "a\n\n", "--kind", "events")
        assert ("ends mid-phrase" in shown) is marked
        assert f"Ada Venn led a march in protest against {title}\n" in shown
