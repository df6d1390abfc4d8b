"""A title is cut only where a clause ends, never at an "and", a "between … and" or an "as" that joins
words the sense needs together (heldout4's reading, now tuning material: "Spanish governments signed the
Treaty of Paris" from "the U.S. and Spanish governments signed", "… between the rebels", "… that he was
unable", "sent male deer", "recognized the Kingdom of Majorca" without its "as"), nor does it take out an
aside that opens a clause of its own ("… at the Battle of Malta was made prisoner"). Where no clause ends
near the length a title may have, a sentence of reasonable length is kept whole rather than broken.
Each on a sentence written here, through `vlasov draft`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_events


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # a subject of two joined by "and" after a "when": the title keeps both
        (
            "The strike officially ended two weeks later, when the carters and mill owners signed the Charter "
            "of Hamm on 10 May 1851.",
            [
                (
                    "1851-05-10",
                    "The strike officially ended two weeks later, when the carters and mill owners signed the "
                    "Charter of Hamm",
                )
            ],
        ),
        # "between … and": never cut between the two
        (
            "On 11 April 1851, the Mayor of Hamm asked the council for authority to end the quarrel in the "
            "lower town between the carters and the millers, and to set up a court that would keep order.",
            [
                (
                    "1851-04-11",
                    "The Mayor of Hamm asked the council for authority to end the quarrel in the lower town between "
                    "the carters and the millers, and to set up a court that would keep order",
                )
            ],
        ),
        # an "and" before a complement both words share, an "as" before its complement: not cut there
        (
            "On 14 February 1852 the mayor wrote to the Count of Mark that he was unable and unwilling to put "
            "his views on the carters' strike on paper for fear of the guild.",
            [
                (
                    "1852-02-14",
                    "The mayor wrote to the Count of Mark that he was unable and unwilling to put his views on the "
                    "carters' strike on paper for fear of the guild",
                )
            ],
        ),
        (
            "The mayor made his brother Karl Berg of Soest sign the charter of Unna in 1853, in which he "
            "recognized the town of Soest as a free town of the county of Mark (making the league whole).",
            [
                (
                    "1853",
                    "The mayor made his brother Karl Berg of Soest sign the charter of Unna in which he recognized "
                    "the town of Soest as a free town of the county of Mark",
                )
            ],
        ),
        # ... but cut before a predicate or a clause of its own, or before a short last item ending it
        (
            "In December 1853 the carters of the lower town disguised as millers boarded the barges of the guild "
            "in the harbour of Hamm and threw the sacks of grain into the river Lippe.",
            [
                (
                    "1853-12",
                    "The carters of the lower town disguised as millers boarded the barges of the guild in the "
                    "harbour of Hamm",
                )
            ],
        ),
        # ... or before a second object, whole, after a whole clause, or a bare verb with its object
        (
            "In 1851 the mayor of Hamm opposed the opening of the first school for the children of the carters "
            "in Unna and its rules using his newspapers, the Bote and the Kurier.",
            [
                (
                    "1851",
                    "The mayor of Hamm opposed the opening of the first school for the children of the carters in Unna",
                )
            ],
        ),
        (
            "In 1852 the mayor of Hamm sent a formal embassy of the guild to Soest to return the stolen barges of "
            "the carters and request that the millers of Soest be tried in Hamm.",
            [
                (
                    "1852",
                    "The mayor of Hamm sent a formal embassy of the guild to Soest to return the stolen barges of "
                    "the carters",
                )
            ],
        ),
        # an aside after the verb that opens a clause of its own is not taken out
        (
            "Karl Berg defeated the millers of the upper town at the Battle of the Mill, and at the Bridge of "
            "Hamm in 1854, where Otto Lenz, son of the miller, was made prisoner.",
            [
                (
                    "1854",
                    "Karl Berg defeated the millers of the upper town at the Battle of the Mill, and at the Bridge "
                    "of Hamm where Otto Lenz was made prisoner",
                )
            ],
        ),
    ],
)
def test_a_title_is_never_cut_inside_words_joined_by_and_between_or_as(
    runner, tmp_path: Path, article: str, titled: list[tuple[str, str]]
) -> None:
    assert drafted_events(runner, tmp_path, article) == titled
