"""A drafted event's title is the clause its date belongs to: the predicate the date stands in, when a
subject has two joined by "and" ("met in Hamm, and on 31 October signed a charter": the signing); the
happening a participle's aside is about, when the date stands in that aside ("still smarting from the
fire at the mill during the summer": the fire); and a date closing a state ("would remain legal until
1886") is the state's end, told in the article's words ("was no longer legal"), or the happening that
did not come before it ("would not be abolished until 1888": "was abolished"). Each on a text written
here, through `vlasov draft` and `vlasov timeline`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_events, invoke


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # the date opens the second predicate: the title is that predicate, told of the subject
        (
            "In response, the envoys of the three towns met in Hamm, and on 31 October 1851, signed a charter to "
            "share the tolls of the river.",
            [("1851-10-31", "The envoys of the three towns signed a charter to share the tolls of the river")],
        ),
        # ... its subject a list of names, lower-cased after what opens the sentence
        (
            "In response, envoys from the Hamm, Soest, and Unna guilds met in Lippstadt, and on 2 November 1851, "
            "signed a charter to share the tolls of the river.",
            [
                (
                    "1851-11-02",
                    "Envoys from the Hamm, Soest, and Unna guilds signed a charter to share the tolls of the river",
                )
            ],
        ),
        # the date ends the second predicate of a sentence too long to keep whole
        (
            "Hamm and Soest had kept their old ties with the Count of Mark following the outbreak of the quarrel "
            "over the river tolls and had recognized the carters as a guild of their own in 1851.",
            [("1851", "Hamm and Soest had recognized the carters as a guild of their own")],
        ),
        # ... but a short sentence is kept whole: the two predicates may be of one day
        (
            "The mayor sided with the carters and proclaimed the charter on 19 April 1851.",
            [("1851-04-19", "The mayor sided with the carters and proclaimed the charter")],
        ),
        # the date stands in a participle's aside: the title is the happening the aside is about
        (
            "The council, still smarting from the fire at the mill in May 1852, publicly celebrated the arrest of "
            "the millers as a victory.",
            [("1852-05", "The fire at the mill")],
        ),
    ],
)
def test_a_title_is_the_clause_its_date_belongs_to(runner, tmp_path: Path, article: str, titled) -> None:
    assert drafted_events(runner, tmp_path, f"The Tolls of Hamm\n\n{article}\n") == titled


# The story around a sentence, so that its years fall inside the story's span.
BEFORE = "The carters of Hamm founded their guild in 1871. The guild built a hall in 1878."
AFTER = "The guild was dissolved in 1890."
STORY = [("1871", "The carters of Hamm founded their guild"), ("1878", "The guild built a hall")]


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # a state lasting until the date: the date is the state's end, told in the article's words
        (
            "The council abolished the toll in Hamm in 1873, although the toll would remain legal in Soest until 1886.",
            [("1873", "The council abolished the toll in Hamm"), ("1886", "The toll was no longer legal in Soest")],
        ),
        (
            "However, Soest, where the toll remained legal until 1888, did become a refuge for the millers.",
            [("1888", "The toll was no longer legal in Soest")],
        ),
        # a happening that did not come until the date: the happening itself
        (
            "The council abolished the toll in Hamm in 1873, although the toll would not be fully abolished in "
            "Soest until 1888.",
            [("1873", "The council abolished the toll in Hamm"), ("1888", "The toll was fully abolished in Soest")],
        ),
    ],
)
def test_a_date_closing_a_state_is_its_end(runner, tmp_path: Path, article: str, titled) -> None:
    drafted = drafted_events(runner, tmp_path, f"The Tolls of Hamm\n\n{BEFORE} {article} {AFTER}\n")
    assert drafted == [*STORY, *titled, ("1890", "The guild was dissolved")]


def test_the_timeline_shows_a_states_end_not_the_state(runner, tmp_path: Path) -> None:
    article = tmp_path / "tolls.txt"
    article.write_text(
        f"The Tolls of Hamm\n\n{BEFORE} The council abolished the toll in Hamm in 1873, although the toll would "
        f"remain legal in Soest until 1886. {AFTER}\n",
        encoding="utf-8",
    )
    assert invoke(runner, "draft", str(article), "-o", str(tmp_path / "bank")).exit_code == 0
    timeline = invoke(runner, "timeline", "--bank", str(tmp_path / "bank"))
    assert timeline.exit_code == 0
    shown = " ".join(timeline.stdout.split())
    assert "The toll was no longer legal in Soest" in shown and "would remain" not in shown
    assert "until 1886" not in shown  # the date is the end the title tells, not a bound of a state
