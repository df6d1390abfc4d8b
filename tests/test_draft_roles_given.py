"""`vlasov draft` gives a person its surer rules leave without a role the phrase the review's `t` would
offer first and teachers keep as it stands: a dash's apposition, what they became, one of a group listed
after it, kin told of the sentence's subject; never one naming them ("King of Lessia" of "Otto of Lessia"), one two
people would hold ("member of the Guild" of a list), nor one "another" says someone else holds too."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

# Teachers picked such offers for people a draft left bare: "commander of ..." of "X\u2014the commander of
# ...\u2014", "new main commander ..." of "X became the new main commander ...".
ARTICLE = (
    "The Siege of Kellby\n\nIn 1790 the Duke of Arden laid siege to Kellby. John Vask\u2014the keeper of the north"
    " gate\u2014held the wall for a week. In 1791 Hugo Brandt became the new master of the town's artillery."
    " King Otto of Lessia sent no help. Other members of the Guild, including Anna Fisk and Paul Dunn, fled in"
    " 1790. Another gunner, Karl Sorn, died in 1791. Sorn was buried at the gate.\n"
)


def test_a_person_without_a_role_is_given_the_phrase_the_article_tells_them_by(runner, tmp_path: Path) -> None:
    roles = {person["name"]: person.get("role", "") for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert roles["John Vask"] == "keeper of the north gate"
    assert roles["Hugo Brandt"] == "new master of the town's artillery"
    assert not roles["Otto of Lessia"]  # "Who was this: King of Lessia?" gives the answer away
    assert not roles["Anna Fisk"] and not roles["Paul Dunn"]  # "member of the Guild": which one?
    assert not roles["Karl Sorn"]  # "Another gunner": another is one too


# A teacher typed "Allied general who commanded one of the first two columns" for each of two generals a
# plural role named ("the commanders of the first two columns, Generals A and B"), and "X's son-in-law" for
# one told "his son-in-law" in a sentence about X: the draft had left them bare.
GROUP_AND_KIN = (
    "The Fall of Kellby\n\nIn 1790 the Duke of Arden laid siege to Kellby. Carl Ober was wounded in 1790, and his"
    " son-in-law, Thomas Roe, was killed. The storm of the walls in 1791 persuaded the keepers of the two gates,"
    " Generals Brandt and Dunn, to yield. Ober died in 1795. Brandt and Dunn fled to Lessia.\n"
)


def test_one_of_a_group_and_kin_told_by_the_sentences_subject_have_their_role(runner, tmp_path: Path) -> None:
    roles = {
        person["name"]: person.get("role", "") for person in drafted_entries(runner, tmp_path, GROUP_AND_KIN, "people")
    }
    assert roles["Thomas Roe"] == "son-in-law of Carl Ober"
    assert roles["Brandt"] == roles["Dunn"] == "keeper of one of the two gates"
    assert not roles["Carl Ober"]
