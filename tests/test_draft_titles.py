"""The titles and quotes `vlasov draft` gives events are clauses a student reads on a timeline, never
sentence debris: a phrase opening with a participle is told of the main clause's subject or left
out, a connective ("Following this,", "In fact,") or a subordinate clause before the main clause is no
part of what happened, a title is cut only where its clause ends, a count stays in its quote. Each on
a sentence written here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import drafted_events, invoke

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
        # ... but where the date stands in an aside between the subject and its verb, the aside goes whole
        (
            "The commission, which issued its decision on 8 May 1872, rejected the claims.",
            [("1872-05-08", "The commission rejected the claims")],
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
            [("1890", "The ferrymen were no longer bound")],
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


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # a date in an aside between the subject and its verb goes with the whole aside, never leaving a hole
        # ("The Harbour Board, which issued its ruling rejected ...", "This charter, dated and known as ...")
        (
            "The Harbour Board, which issued its ruling in September 1872, rejected the claims of the carters.",
            [("1872-09", "The Harbour Board rejected the claims of the carters")],
        ),
        # ... and a demonstrative takes the name the sentence gives its noun
        (
            "This charter, dated May 8, 1871, and known as the Charter of Hamm, also established a court of the "
            "guilds.",
            [("1871-05-08", "The Charter of Hamm established a court of the guilds")],
        ),
        # a "dated" left without its date goes too
        (
            "In his notes dated 19 March 1851, the mayor recorded his doubts about the strike.",
            [("1851-03-19", "In his notes, the mayor recorded his doubts about the strike")],
        ),
        # "the early part of" goes with its year, and a cut before "after" leaves no "shortly" hanging
        (
            "After years of quarrels, a council of the carters meeting in Hamm during the early part of 1871 "
            "arrived at a settlement.",
            [("1871", "A council of the carters meeting in Hamm arrived at a settlement")],
        ),
        (
            "On 12 April 1851 the mayor of the lower town ordered the gates of the mill closed shortly after the "
            "fire at the mill of the upper town that marked the beginning of the long strike.",
            [("1851-04-12", "The mayor of the lower town ordered the gates of the mill closed")],
        ),
        # the comma after a date stays before an apposition (no "the strike an act that ...")
        (
            "The mill owners broke the strike in April 1851, an act that the town council condemned.",
            [("1851-04", "The mill owners broke the strike, an act that the town council condemned")],
        ),
        # a list of names with their dates after a head clause: each name takes the head's verb phrase
        (
            "Hamm granted the carters a charter on May 13, 1851, Dorf on June 17, and Brill on August 1.",
            [
                ("1851-05-13", "Hamm granted the carters a charter"),
                ("1851-06-17", "Dorf granted the carters a charter"),
                ("1851-08-01", "Brill granted the carters a charter"),
            ],
        ),
        # ... and so do the names of a subject with "respectively"
        (
            "Hamm and Dorf joined the league of the carters in 1851 and 1852 respectively.",
            [("1851", "Hamm joined the league of the carters"), ("1852", "Dorf joined the league of the carters")],
        ),
        # a date in a relative clause at the sentence's end is that clause's, told of the name it is about;
        # an "It" in the next sentence stands for that name
        (
            "The town had three mills. The largest of these mills was the Albion, which was opened on July 29, "
            "1862. It employed 300 carters before it was closed in June 1864 by the town council.",
            [
                ("1862-07-29", "The Albion was opened"),
                ("1864-06", "The Albion employed 300 carters before it was closed by the town council"),
            ],
        ),
        # a "He" takes the person the sentence before is about (not a thing)
        (
            "Johann Brill founded the guild of the carters in 1850. He led their strike in May 1851.",
            [("1850", "Johann Brill founded the guild of the carters"), ("1851-05", "Johann Brill led their strike")],
        ),
        # ... but an "It" never stands for a person, nor an "It was clear that" for anything
        (
            "Johann Brill founded the guild of the carters in 1850. It closed the mill of the upper town in 1851. "
            "It was clear in 1852 that the carters would strike.",
            [
                ("1850", "Johann Brill founded the guild of the carters"),
                ("1851", "It closed the mill of the upper town"),
                ("1852", "It was clear that the carters would strike"),
            ],
        ),
        # "This treaty" takes the name of the sentence before when that name says "treaty"
        (
            "The Treaty of Hamm was signed by the guilds in 1850. This treaty ended the strike of the carters in "
            "March 1851.",
            [
                ("1850", "The Treaty of Hamm was signed by the guilds"),
                ("1851-03", "The Treaty of Hamm ended the strike of the carters"),
            ],
        ),
        # "This resulted in X, which VERB ..." is X's doing
        (
            "The carters and the millers quarrelled for years. This resulted in the Guild Act of 1867, which "
            "united the carters and the millers of Hamm.",
            [("1867", "The Guild Act united the carters and the millers of Hamm")],
        ),
        # a subordinate clause that is a title's whole loses its connective; its "there" is the place named before
        (
            "Dorf took measures toward a shorter working day in 1871, although serfdom would not be fully abolished "
            "there until 1873.",
            [
                ("1871", "Dorf took measures toward a shorter working day"),
                ("1873", "Serfdom was fully abolished in Dorf"),
            ],
        ),
    ],
)
def test_an_event_title_has_no_hole_and_names_what_it_tells_of(
    runner, tmp_path: Path, article: str, titled: list[tuple[str, str]]
) -> None:
    assert drafted_events(runner, tmp_path, article) == titled


def test_a_list_item_with_no_name_or_a_there_with_no_place_is_not_drafted(runner, tmp_path: Path) -> None:
    article = (
        "The two mills of Hamm burned in 1851 and 1852 respectively. The carters marched on the town hall in "
        "1851, although the guild would not meet there until 1853.\n"
    )
    assert drafted_events(runner, tmp_path, article) == [
        ("1851", "The two mills of Hamm burned"),  # (not "Respectively" for 1852: which mill, no title says)
        ("1851", "The carters marched on the town hall"),  # (not "The guild would not meet there" for 1853)
    ]
