"""`vlasov review`'s marks that a teacher found false: two names differing by a number, a part of a
place or a body of a country marked "the same as"; a hyphenated place marked "two names joined"; a title
that ends its sentence marked "ends mid-phrase"; a title cut round a name's apposition marked "glued"."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_review import REVIEW_BANK, invoke_json, review_bank_telling, reviewed

SENTENCES = {
    "first-watch": "The First Watch of Harwick kept the light.",
    "second-watch": "The Second Watch of Harwick kept the harbour.",
    "4th-crew": "The 4th Lamp Crew of Harwick climbed the tower.",
    "3rd-crew": "The 3rd Lamp Crew of Harwick rowed out.",
    "coast": "Norland was a coast of storms.",
    "central-coast": "Central Norland was calm.",
    "wessland": "Wessland lay over the sea.",
    "wesslandian-guard": "The Wesslandian Harbour Guard stood by.",
    "saint-ives": "Saint-Ives lay to the north.",
    "ives-harwick": "Ives-Harwick was the mail road.",
    "kell-tarn-school": "The Kell-Tarn School took in ten pupils.",
    "shore": "Greater Norland Shore lay south.",
    "shore-short": "The Shore was the old name.",
    "ostland": "Ostland lay east.",
    "ostlandian-republic": "The Ostlandian Republic was young.",
}
NAMES = {
    "first-watch": "First Watch of Harwick",
    "second-watch": "Second Watch of Harwick",
    "4th-crew": "4th Lamp Crew",
    "3rd-crew": "3rd Lamp Crew",
    "coast": "Norland",
    "central-coast": "Central Norland",
    "wessland": "Wessland",
    "wesslandian-guard": "Wesslandian Harbour Guard",
    "saint-ives": "Saint-Ives",
    "ives-harwick": "Ives-Harwick",
    "kell-tarn-school": "Kell-Tarn School",
    "shore": "Greater Norland Shore",
    "shore-short": "Shore",
    "ostland": "Ostland",
    "ostlandian-republic": "Ostlandian Republic",
}


def test_names_differing_by_a_number_a_part_or_a_countrys_body_are_not_the_same(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    terms, source = bank / "terms.yaml", bank / "source.txt"
    source.write_text(source.read_text().rstrip("\n") + "\n\n" + " ".join(SENTENCES.values()) + "\n")
    terms.write_text(
        terms.read_text()
        + "".join(
            f"- id: {key}\n  draft: 0.9\n  name: {NAMES[key]}\n  aliases: []\n  kind: place\n"
            f"  description: {quote}\n  quote: {quote}\n"
            for key, quote in SENTENCES.items()
        )
    )
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "terms").replace("\n    ", " ")
    lines = {key: next(line for line in shown.splitlines() if f"term {key} " in line) for key in SENTENCES}
    for key in (
        "first-watch",
        "second-watch",
        "4th-crew",
        "3rd-crew",
        "coast",
        "central-coast",
        "wessland",
        "saint-ives",
        "kell-tarn-school",  # (a hyphenated word the name goes on after: one thing, as "Anglo-Vedic School")
    ):
        assert "!" not in lines[key], lines[key]
    assert "! two names joined" in lines["ives-harwick"]  # two names, neither opening one place's
    assert "! the same as" in lines["shore-short"]  # a name inside a longer one of the same head still is
    assert "! the same as" in lines["ostland"]  # and a state named by its adjective


def test_a_title_ending_its_sentence_or_cut_round_an_apposition_is_not_marked(tmp_path, runner):
    accepted = "When the Board offered a truce in 1899, Venn accepted gladly."
    turned = "In 1900 Venn, keeper of the Harwick light, turned his boat to the reef."
    bank = review_bank_telling(
        tmp_path,
        f"{accepted} {turned}",
        {"id": "accepted", "date": "1899", "title": "Venn accepted gladly", "quote": accepted},
        {"id": "turned", "date": "1900", "title": "Venn turned his boat to the reef", "quote": turned},
    )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "events").replace("\n    ", " ")
    assert "Venn accepted gladly · nobody named\n" in shown
    assert "Venn turned his boat to the reef · nobody named\n" in shown


def test_an_event_dated_by_a_year_its_paragraph_did_not_tell_last_is_marked(tmp_path, runner):
    # A draft carried "the previous year" of an aside forward to later days of a paragraph that had
    # opened on the right year; the days were taught a year off, with no mark.
    paragraph = (
        "In August 1899 the Board ordered a new lamp. Venn, keeper since the winter of the previous year, "
        "went to fetch it. On 25 September the lamp reached Harwick. On 2 October it was lit."
    )
    bank = review_bank_telling(
        tmp_path,
        paragraph,
        {
            "id": "reached",
            "date": "1898-09-25",
            "title": "The lamp reached Harwick",
            "inferred": "true",
            "quote": "On 25 September the lamp reached Harwick.",
        },
        {
            "id": "lit",
            "date": "1899-10-02",
            "title": "The new lamp was lit",
            "inferred": "true",
            "quote": "On 2 October it was lit.",
        },
    )
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "events").replace("\n    ", " ")
    assert "The lamp reached Harwick · nobody named  ! its year from elsewhere: its paragraph told 1899 before it" in (
        shown
    )
    assert "The new lamp was lit · nobody named\n" in shown
