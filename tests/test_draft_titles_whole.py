"""A drafted event's title is never cut inside a noun phrase or a name: too long for a timeline, it is cut
where a clause ends (before ", and" and a predicate, ", which", ", while", a participle's clause), even a
little past the length a title may have; with no such end, a sentence of reasonable length is kept whole
rather than broken, and a title never ends on an article, a preposition or a possessive. Each on a text
written here, through `vlasov draft` (and `vlasov timeline`, which shows the title as drafted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_events, invoke


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        # two adjectives parted by a comma are one noun phrase: no cut between them (it was "two iron,")
        (
            "On 3 May 1851 the harbour master of the lower town seized two iron, steam-driven "
            "\u201cMorrow barges\u201d that the merchant Otto Lenz had quietly arranged to be built at a yard in Hamm.",
            [
                (
                    "1851-05-03",
                    "The harbour master of the lower town seized two iron, steam-driven \u201cMorrow barges\u201d that "
                    "the merchant Otto Lenz had quietly arranged to be built at a yard in Hamm",
                )
            ],
        ),
        # a clause's end before ", and" and a predicate is a cut, not the item of a list (it was "… and eventually
        # appointed…")
        (
            "In 1852 the Count of Mark maneuvered to make the lower town of Hamm a free harbour of his county, and "
            "eventually appointed Karl Berg of Soest, his cousin, as harbour master of the whole town.",
            [("1852", "The Count of Mark maneuvered to make the lower town of Hamm a free harbour of his county")],
        ),
        # no clause ends near the length a title may have: the sentence whole, not "… against the millers…"
        (
            "In 1853 the lower town became embroiled in a long quarrel that pitted the carters of the reformer "
            "Karl Berg against the millers led by Otto Lenz.",
            [
                (
                    "1853",
                    "The lower town became embroiled in a long quarrel that pitted the carters of the reformer Karl "
                    "Berg against the millers led by Otto Lenz",
                )
            ],
        ),
        # a participle's clause past the length a title may have: the cut is there, never inside a name (it was
        # "… the lands of the Harbour Guild\u2019s…")
        (
            "Subsequently, in 1854, the mayor of the lower town Karl Berg successfully convinced the Count of Mark "
            "to cede the lands of the Harbour Guild\u2019s Company to Hamm, crushing the hopes of the millers of Soest "
            "who had hoped to buy those lands for themselves.",
            [
                (
                    "1854",
                    "The mayor of the lower town Karl Berg successfully convinced the Count of Mark to cede the lands "
                    "of the Harbour Guild\u2019s Company to Hamm",
                )
            ],
        ),
    ],
)
def test_a_title_is_cut_where_a_clause_ends_or_kept_whole(runner, tmp_path: Path, article: str, titled) -> None:
    assert drafted_events(runner, tmp_path, f"The Harbour of Hamm\n\n{article}\n") == titled


def test_a_sentence_too_long_to_keep_is_cut_where_a_phrase_ends(runner, tmp_path: Path) -> None:
    """Past the length a sentence may be kept whole, with no clause ending, the title is cut before a
    preposition, marked with an ellipsis, never after an adjective or a possessive; the timeline shows it so."""
    sentence = (
        "On 9 June 1855 the old council of the lower town of Hamm granted the carters of the old harbour "
        "the right to unload the heavy grain barges of the upper town of Soest at the quay of the guild "
        "without paying the toll of the river Lippe to the Count of Mark or to any of his many stewards of the river."
    )
    (title,) = [title for _, title in drafted_events(runner, tmp_path, f"The Harbour of Hamm\n\n{sentence}\n")]
    assert title.endswith("\u2026") and len(title) <= 121
    assert title[:-1].lower() in sentence.lower()  # the sentence's words, in order
    following = sentence[sentence.index(title[-12:-1]) + 11 :].split()[0]
    assert following in ("of", "in", "on", "at", "by", "for", "with", "from", "into", "that", "which", "who")
    timeline = invoke(runner, "timeline", "--bank", str(tmp_path / "bank"))
    assert timeline.exit_code == 0
    assert " ".join(title.split()[:4]) in " ".join(timeline.stdout.split())
