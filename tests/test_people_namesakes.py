"""Namesakes kept apart (bench/heldout5/QUESTIONS-READ.md: "President Kennedy" drafted as Robert
Kennedy, three Annes as one): a bare surname, given name or titled form shared by two named people is
no alias of one, and a sentence naming only the shared form is not hung on either, or goes to the one
the text makes clear. Each rule pinned on a short text written here, drafted through the CLI."""

from __future__ import annotations

from pathlib import Path

from test_people_clues import drafted

ARTICLE = (
    "The Harbour Crisis\n\n"
    "In March 1961 President Harlan ordered a blockade of the harbour at Port Selwyn. Harlan summoned his "
    "advisers to the palace. On April 2, 1961, Harlan sent a letter to Premier Volkov demanding the ships "
    "turn back.\n\n"
    "On April 5, 1961, Attorney General Thomas Harlan met secretly with the envoy Pavel Ostrov. The crisis "
    "strengthened Harlan's standing abroad.\n\n"
    "Sir Hugh Brandon commanded the fleet at Port Selwyn. His nephew Walter Brandon served as his secretary "
    "from 1958. Brandon wrote to the admiralty in May 1961 asking for more ships.\n\n"
    "Ostrov married in 1962 the widowed Edith, Lady Corran (née Vale), daughter of Henry Vale. Edith died in "
    "1970. He then married in 1972 Edith (née Marsh), daughter of Sir George Marsh and Lady Edith Gray.\n"
)


def people_of(runner, tmp_path: Path) -> dict[str, dict]:
    _, people = drafted(runner, tmp_path, ARTICLE)
    return {entry["name"]: entry for entry in people}


def quotes(entry: dict) -> list[str]:
    return [fact["quote"] for fact in entry.get("facts", [])]


def test_a_surname_titled_before_a_fuller_name_with_another_title_is_someone_else(runner, tmp_path: Path):
    people = people_of(runner, tmp_path)
    # "President Harlan", named first, is not "Attorney General Thomas Harlan", named later.
    assert {"Harlan", "President Harlan"} <= {people["Harlan"]["name"], *people["Harlan"]["aliases"]}
    assert not {"Harlan", "President Harlan"} & set(people["Thomas Harlan"]["aliases"])
    # The sentences naming only "Harlan" are the President's, not the Attorney General's.
    assert "Harlan summoned his advisers to the palace." in quotes(people["Harlan"])
    assert quotes(people["Thomas Harlan"]) == [
        "On April 5, 1961, Attorney General Thomas Harlan met secretly with the envoy Pavel Ostrov."
    ]


def test_a_surname_of_two_fuller_names_is_an_alias_of_neither(runner, tmp_path: Path):
    people = people_of(runner, tmp_path)
    assert "Brandon" not in people["Hugh Brandon"]["aliases"] and "Brandon" not in people["Walter Brandon"]["aliases"]
    assert "Brandon" not in people
    # "Brandon wrote to the admiralty" could be either: it is hung on neither.
    for name in ("Hugh Brandon", "Walter Brandon"):
        assert not any(quote.startswith("Brandon wrote") for quote in quotes(people[name]))


def test_a_given_name_named_before_a_fuller_name_is_someone_else(runner, tmp_path: Path):
    people = people_of(runner, tmp_path)
    # "Edith died in 1970" comes before "Lady Edith Gray": that Edith is not Edith Gray.
    assert "Edith" not in people["Edith Gray"]["aliases"]
    assert not any(quote.startswith("Edith died") for quote in quotes(people["Edith Gray"]))
    assert "Edith died in 1970." in quotes(people["Edith"])


def test_a_given_name_styled_after_a_comma_is_one_person_with_the_style(runner, tmp_path: Path):
    people = people_of(runner, tmp_path)
    # "the widowed Edith, Lady Corran (née Vale)": Edith, styled Lady Corran, not a person "Corran".
    assert {"Edith, Lady Corran", "Lady Corran"} <= set(people["Edith"]["aliases"])
    assert "Corran" not in people and "Lady Corran" not in people
