"""`vlasov draft` gives a person the office the article writes before their name when its words are
not all ranks or titles ("Prime Minister Felix Amsel": "Prime Minister"), while a lone rank stays no
role ("Field Marshal Otto Brandt" has none: there may be many field marshals in one story); a
capitalised office joined by hyphens is a role noun too (", the Commander-in-chief of the Swedes,"),
and so is a critic ("Saxon music critic J. K. L. Weber"); but the words after "According to X," that
are the sentence's subject ("the king's chief worry was ...") say nothing of who X was."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Bicentenary of Varnholt

The Siege of Varnholt was fought in 1712 between the armies of Saxony and Sweden.

In March 1712 Field Marshal Otto Brandt held the town against the Swedes until May 1712.

In April 1712 Gustaf Lindqvist, the Commander-in-chief of the Swedes, laid siege to the town.

In 1912 Prime Minister Felix Amsel opened the bicentenary, and Amsel laid a wreath at the church in 1912.
"""


def test_an_office_before_a_name_is_a_role_and_a_rank_is_none(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert people["Felix Amsel"].get("role") == "Prime Minister"
    assert "role" not in people["Otto Brandt"]


def test_a_hyphenated_office_after_a_name_is_a_role(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert people["Gustaf Lindqvist"].get("role") == "Commander-in-chief of the Swedes"


CRITICS = """The Opera of Varnholt

The Siege of Varnholt was fought in 1712 between the armies of Saxony and Sweden.

In March 1712 Gustaf Lindqvist marched on Varnholt. According to Otto Brandt, the Swedish king's chief \
worry was the winter.

In 1713 Saxon music critic J. K. L. Weber, in his review of the siege opera, praised the defenders.
"""


def test_a_critic_is_a_role_and_a_sentence_subject_after_a_name_is_none(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, CRITICS, "people")}
    assert people["J. K. L. Weber"].get("role") == "Saxon music critic"
    assert "role" not in people["Otto Brandt"]
