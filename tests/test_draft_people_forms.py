"""`vlasov draft` drafts one person for one name however the article spells it, names a peer with
their rank, and gives a person named doing something that sentence: a name spelled once with a letter
doubled or a vowel put in ("Daman"/"Damman") is one person, never one with a letter more at a word's
end ("Anil"/"Anila"); a name written alone that is another spelling of a person's ("Jaidev" beside
"Jai Dev" of "Jaidev Mallik") is their alias; "Viscount Ardmore", not "Ardmore", which reads as a
place; "X spoke ..., saying:" is X's fact. A teacher fixed each of these in a drafted bank."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Dock Strike of Arlen

In 1921 the dockers of Arlen went on strike, led by Jaidev Mallik and Daman Kohli. Jai Dev had worked \
on the docks since 1910. In March 1921 Jaidev called on the harbour master, and Damman Kohli was \
arrested in April 1921.

Fredrik Holm, the harbour master, refused to meet them. In May 1921 Frederik Holm closed the docks. \
Anil Dass and Anila Dass, his sister, carried food to the strikers.

In June 1921 Omar Farouk Hadi spoke in support of the dockers in the Council, saying:

"The dockers ask only for bread."

In 1922 Governor Paul Ferrand sent envoy Marcus Weld to the strikers. The strikers appealed to the Privy \
Council in 1922. The appeal was dismissed by Judge Viscount Ardmore in 1923.
"""


def _people(runner, tmp_path: Path) -> dict[str, dict]:
    return {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}


def test_a_name_spelled_twice_is_one_person(runner, tmp_path: Path) -> None:
    people = _people(runner, tmp_path)
    assert "Damman Kohli" in people["Daman Kohli"]["aliases"] and "Damman Kohli" not in people
    assert "Frederik Holm" in people["Fredrik Holm"]["aliases"] and "Frederik Holm" not in people
    assert {"Anil Dass", "Anila Dass"} <= set(people)  # brother and sister: a letter more at the end


def test_a_name_written_alone_in_another_spelling_is_the_persons_alias(runner, tmp_path: Path) -> None:
    mallik = _people(runner, tmp_path)["Jaidev Mallik"]
    assert {"Jaidev", "Jai Dev"} <= set(mallik["aliases"])
    assert any(fact["quote"].startswith("In March 1921 Jaidev called") for fact in mallik["facts"])


def test_a_peer_is_named_with_the_rank_and_a_speaker_with_the_deed(runner, tmp_path: Path) -> None:
    people = _people(runner, tmp_path)
    assert "Ardmore" in people["Viscount Ardmore"]["aliases"] and "Ardmore" not in people
    assert "sent" not in people["Marcus Weld"].get("role", "")  # "Paul Ferrand sent envoy" is no role
    facts = people["Omar Farouk Hadi"]["facts"]
    assert [fact["text"] for fact in facts] == [
        "In June 1921 Omar Farouk Hadi spoke in support of the dockers in the Council."
    ]
