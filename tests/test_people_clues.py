"""Rules the held-out texts' first run called for (bench/heldout/RESULTS.md, round 4), each pinned on a
short text written here: regnal numbers and names led by an Arabic article, titles after a name and
honorifics before it, a life's years after a name, other names ("also called", a parenthesis), the
words around a name that make it a person's (kin, remains, an office, being told something), a list of
ministers told with words for each; and what keeps a party, a place or a plan from being a person."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import invoke

from vlasov_cli.features.draft.names import DraftPerson, find_people
from vlasov_cli.features.draft.sentences import sentences


def people_of(article: str) -> list[DraftPerson]:
    return find_people(article, sentences(article))


def names_of(article: str) -> list[str]:
    return [person.name for person in people_of(article)]


def person(article: str, name: str) -> DraftPerson:
    found = [entry for entry in people_of(article) if entry.name == name]
    assert found, f"{name!r} not among {names_of(article)}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She was the daughter of Yusuf III al-Kamil, the old ruler.", "Yusuf III al-Kamil"),
        ("In 361 he escorted Tertius II's bodyguards and later Tertius' remains to the church.", "Tertius II"),
        ("The synod wrote, imploring for Melitus' restoration as bishop.", "Melitus"),
        ("The fort had a garrison under the command of the son of the Bhim Lal Thapa.", "Bhim Lal Thapa"),
        ("The army marched against Amar Dev Rana's son at Nahan.", "Amar Dev Rana"),
        ("The king of Armenia, Tigran IV, was to receive no help from Rome.", "Tigran IV"),
        ("He was succeeded by his second cousin, Lamine Bey, on 15 May 1943.", "Lamine Bey"),
        ("The palace at the river went to Karim Pasha in the end.", "Karim Pasha"),
        ("He proclaimed neutrality while secretly informing Roosevelt that the city would hold.", "Roosevelt"),
        ("He then married another cousin, Habiba Sadi (1888-1969), whom he divorced.", "Habiba Sadi"),
    ],
)
def test_what_makes_a_name_a_persons(text, name):
    assert name in names_of(text)


def test_a_name_led_by_an_arabic_article_is_whole():
    assert names_of("Muhammad VII al-Rashid was the son of Muhammad V an-Nasir.") == [
        "Muhammad VII al-Rashid",
        "Muhammad V an-Nasir",
    ]


def test_an_honorific_before_a_name_makes_it_a_persons_and_a_title_before_a_place_does_not():
    text = (
        "After Lalla Noura's death in 1919 he married Lalla Zineb (née Azzouz) in Sidi Bou Saïd, and later "
        "Lalla Arbiya. He was buried in Tourbet el Bey."
    )
    people = people_of(text)
    assert [(entry.name, entry.aliases) for entry in people] == [
        ("Noura", ("Lalla Noura",)),
        ("Zineb", ("Lalla Zineb",)),
        ("Arbiya", ("Lalla Arbiya",)),
    ]


def test_the_ministers_of_a_list_told_with_words_for_each_are_people():
    text = (
        "The Wafd party split. The Bey named Omar Chenik, who headed a cabinet which included the Wafdian "
        "Karim Sabri, the neo-wafdian Hani El Masri and an independent, Aziz Talbi."
    )
    assert names_of(text) == ["Omar Chenik", "Karim Sabri", "Hani El Masri", "Aziz Talbi"]


@pytest.mark.parametrize(
    "text",
    [
        "As a young man he supported the nationalist Wafd movement.",
        "The agency had even considered a proposal for Track II, a covert action.",
        "Although not written by Rao, the patriotic Hindustani songs, and the old ones, spread.",
        "The Kamakura Shogunate (1185–1333) ruled from the east.",
        "He secretly informed Washington that the city would hold, and asked NATO to wait.",
    ],
)
def test_a_party_a_plan_a_language_an_era_and_a_capital_are_no_people(text):
    assert not {"Wafd", "Track II", "Hindustani", "Kamakura Shogunate", "Washington", "NATO"} & set(names_of(text))


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        (
            "Ali Reza Pasha\n\nMuhammad VI al-Rashid (Arabic: محمد; 2 May 1850 in Tunis – 9 June 1910 in Pau), "
            "commonly known as Ali Reza Pasha, was the Bey of Tunis. Muhammad VI al-Rashid was the son of a "
            "soldier. Ali Reza Pasha ruled for ten years.",
            "Ali Reza Pasha",
            ("Muhammad VI al-Rashid",),
        ),
        (
            "Ranjit Vikram Shah\n\nRanjit Vikram Shah (Nepali: रणजित; 3 May 1790 – 9 June 1816) also called "
            "Ranjitvikram Shah, was King of Nepal. Ranjit Vikram ascended the throne at two.",
            "Ranjit Vikram Shah",
            ("Ranjit Vikram", "Ranjitvikram Shah"),
        ),
        (
            "The king of Armenia, Tigran IV (Dikran IV), was to receive no help from Rome.",
            "Tigran IV",
            ("Dikran IV",),
        ),
        (
            "Sukhdev called on Durgawati Devi, sometimes known as Durga Bhabhi, for help. Later Durga Devi's "
            "husband died.",
            "Durgawati Devi",
            ("Durga Bhabhi", "Durga Devi"),
        ),
    ],
)
def test_another_name_of_a_person_is_an_alias_not_a_second_person(text, name, aliases):
    found = person(text, name)
    assert found.aliases == aliases
    assert not set(aliases) & set(names_of(text))


def test_two_people_named_together_give_neither_the_name_in_parentheses():
    text = "The school is named in honour of Dr. Bal Tilak and Dr. Mohan Gandhi (Bal-Mohan)."
    assert [entry.aliases for entry in people_of(text)] == [("Dr. Bal Tilak",), ("Dr. Mohan Gandhi",)]


def test_a_ruler_of_a_place_before_a_comma_is_the_role_of_the_name_after_it():
    assert person("The king of Armenia, Tigran IV, was to receive no help.", "Tigran IV").role == "king of Armenia"


ARTICLE = """Ali Reza Pasha

Muhammad VI al-Rashid (2 May 1850 – 9 June 1910), commonly known as Ali Reza Pasha, was the Bey of Tunis \
between 1902 and 1906. He was the son of Muhammad IV al-Hadi.

In 1903 the Wafd party split, and the Bey named a cabinet which included the Wafdian Karim Sabri, the \
neo-wafdian Hani El Masri and an independent, Aziz Talbi. He also \
refused an offer from the Italian ambassador Bombieri to sign a treaty.

He was succeeded by his second cousin, Lamine Bey, on 15 May 1906. He married Lalla Zineb in 1880 in Sidi \
Bou Saïd.
"""


def drafted(runner, tmp_path: Path, text: str, what: str = "people") -> tuple[Path, list[dict]]:
    """The draft folder `vlasov draft` writes for an article, and its people (or events)."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "draft"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    return folder, yaml.safe_load((folder / f"{what}.yaml").read_text(encoding="utf-8"))[what]


def test_a_draft_names_the_people_of_an_article_as_the_rules_read_them(runner, tmp_path: Path):
    folder, people = drafted(runner, tmp_path, ARTICLE)
    assert [(entry["name"], entry.get("aliases", [])) for entry in people] == [
        ("Ali Reza Pasha", ["Muhammad VI al-Rashid"]),
        ("Muhammad IV al-Hadi", []),
        ("Karim Sabri", []),
        ("Hani El Masri", []),
        ("Aziz Talbi", []),
        ("Bombieri", []),
        ("Lamine Bey", []),
        ("Zineb", ["Lalla Zineb"]),
    ]
    assert invoke(runner, "check", "--bank", str(folder), "--strict").exit_code == 0


@pytest.mark.parametrize(
    ("opening", "name", "role"),
    [
        (
            "Muhammad VI al-Rashid (Arabic: محمد; 2 May 1850 – 9 June 1910) commonly known as Ali Reza Pasha "
            "(Arabic: علي) was the Bey of Tunis between 19 June 1902 and 14 May 1906.",
            "Ali Reza Pasha",
            "Bey of Tunis",
        ),
        (
            "Ranjit Vikram Shah (3 May 1790 – 9 June 1816) also called Ranjitvikram Shah, was King of Nepal.",
            "Ranjit Vikram Shah",
            "King of Nepal",
        ),
    ],
)
def test_the_opening_sentence_defines_its_subject_past_another_name_and_without_an_article(opening, name, role):
    text = f"{name}\n\n{opening} In 1800 {name} rode north.\n"
    assert person(text, name).role == role
