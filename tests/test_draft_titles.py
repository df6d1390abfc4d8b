"""The titles and quotes `vlasov draft` gives events are clauses a student reads on a timeline, never
sentence debris: a phrase opening with a participle is told of the main clause's subject or left
out, a connective ("Following this,", "In fact,") or a subordinate clause before the main clause is no
part of what happened, a title is cut only where its clause ends, a count stays in its quote. Each on
a sentence written here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import invoke

from vlasov_cli.features.draft.compose import compose


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # the date in the participle's phrase: the phrase is the event, told of the main clause's subject
        ("Arrested in 1908, Tilak was sent to Mandalay.", [("1908", "Tilak was arrested")]),
        ("Born in 1856 in Ratnagiri, Tilak studied in Pune.", [("1856", "Tilak was born in Ratnagiri")]),
        ("Arrested in 1908, Chaki and Bose were hanged.", [("1908", "Chaki and Bose were arrested")]),
        ("Having left the college in 1890, Tilak joined the Congress.", [("1890", "Tilak had left the college")]),
        (
            "Inspired by Chiplunkar in 1879, Tilak co-founded the New English school in 1880.",
            [("1879", "Tilak was inspired by Chiplunkar"), ("1880", "Tilak co-founded the New English school")],
        ),
        # the date in the main clause: the phrase before it is left out
        (
            "Inspired by Vishnushastri Chiplunkar, he co-founded the New English school in 1880 with his friends.",
            [("1880", "He co-founded the New English school with his friends")],
        ),
        (
            "In 1880, inspired by Chiplunkar, Tilak co-founded the New English school.",
            [("1880", "Tilak co-founded the New English school")],
        ),
        # a connective ties the sentence to the one before: no part of the title
        (
            "Following this, on 22 June 1897, Commissioner Rand and Lt. Ayerst were shot.",
            [("1897-06-22", "Commissioner Rand and Lt. Ayerst were shot")],
        ),
        (
            "In fact, it was the Swadeshi movement of 1905 that split the Congress.",
            [("1905", "It was the Swadeshi movement that split the Congress")],
        ),
        # a name in -ed is no participle, nor a phrase that is its clause's whole subject
        ("Mohammed in 1908 became a poet.", [("1908", "Mohammed became a poet")]),
        # a date before another predicate: the title stops at the date, no two verbs run together
        (
            "Mobutu orchestrated a coup on 25 November 1965, removed the President and the Prime Minister.",
            [("1965-11-25", "Mobutu orchestrated a coup")],
        ),
        # ... but not where the date stands in an aside of the subject's or of a relative clause
        (
            "The commission, which issued its decision on 8 May 1872, rejected the claims.",
            [("1872-05-08", "The commission, which issued its decision rejected the claims")],
        ),
        # a cut at a clause's end leaves no dangling connective ("; however", "and")
        (
            "In 1975, a toll on the river of the old town was imposed again; however, this time its conditions "
            "allowed the barges of the merchants of the upper town to pass freely through its gates.",
            [("1975", "A toll on the river of the old town was imposed again")],
        ),
        # a subordinate clause or an adverbial before the main clause is left out, with its connective
        (
            "Although the council opposed it, on 4 May 1851 the carters struck for a higher wage.",
            [("1851-05-04", "The carters struck for a higher wage")],
        ),
        (
            "In response, the mill owners locked the gates on 5 May 1851.",
            [("1851-05-05", "The mill owners locked the gates")],
        ),
        (
            "In response to the strike of the carters, the mill owners locked the gates on 5 May 1851.",
            [("1851-05-05", "The mill owners locked the gates")],
        ),
        # ... a pronoun opening the main clause takes the name the subordinate clause opened with
        (
            "When the carters learned of the lockout, they marched on the town hall on 6 May 1851.",
            [("1851-05-06", "The carters marched on the town hall")],
        ),
        # ... but not when the subordinate clause names its person by that pronoun's other form
        (
            "Although the mayor had warned him, he marched on the town hall on 6 May 1851.",
            [("1851-05-06", "He marched on the town hall")],
        ),
        # a date ending the subordinate clause is its own: the title is that clause ("after"), or the main
        # clause when both happen at once ("when")
        ("After the mill burned in 1852, the carters left the town.", [("1852", "The mill burned")]),
        ("When the mill burned in 1852, the carters left the town.", [("1852", "The carters left the town")]),
        (
            "Although the ferrymen would stay bound until 1890, the carters were free at last.",
            [("1890", "The ferrymen would stay bound")],
        ),
        # a date in a clause of its own subject after another clause: the title is the date's clause ...
        (
            "The carters agreed to the terms of the mill owners, and the two sides signed a charter on 7 May 1851.",
            [("1851-05-07", "The two sides signed a charter")],
        ),
        # ... not a list's last item nor a pair of subjects
        (
            "The carters and the millers signed a charter in 1851.",
            [("1851", "The carters and the millers signed a charter")],
        ),
        # a clause a teacher keeps whole is not cut with an ellipsis mid-phrase (it was at 90 characters) ...
        (
            "In 1853 the carters of the lower town founded a union of their own with the ferrymen and the "
            "millers of the upper town.",
            [
                (
                    "1853",
                    "The carters of the lower town founded a union of their own with the ferrymen and the millers "
                    "of the upper town",
                )
            ],
        ),
        # ... and a longer one is cut where its clause ends, even when that is at the last character allowed
        (
            "On 9 June 1855 the carters of the lower town received a proposal that demanded that the mill owners "
            "pay a higher wage to all and agree to a shorter working day in the summer.",
            [
                (
                    "1855-06-09",
                    "The carters of the lower town received a proposal that demanded that the mill owners pay a "
                    "higher wage to all",
                )
            ],
        ),
    ],
)
def test_an_event_title_is_a_clause_never_a_participles_debris(article: str, titled: list[tuple[str, str]]) -> None:
    assert [(str(event["date"]), event["title"]) for event in compose(article, "a.txt").events] == titled


def test_a_count_is_no_year_so_its_quote_keeps_it_and_check_accepts_it(runner, tmp_path: Path) -> None:
    article = tmp_path / "league.txt"
    article.write_text("The League\n\nThe league had 1400 members in April 1916.\n", encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    events = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))["events"]
    assert [(event["date"], event["title"], event["quote"]) for event in events] == [
        ("1916-04", "The league had 1400 members", "The league had 1400 members in April 1916.")
    ]
    assert invoke(runner, "check", "--strict", "--bank", str(folder)).exit_code == 0
