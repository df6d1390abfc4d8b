"""An event's title names the happening its date is of, not the words that lead to it: "The most
important of these was the arrest of X that precipitated Y" is "The arrest of X precipitated Y", and
"Until the capture of Fort Fisher in 1865, the army could still ..." is dated by the capture, so its
title is "The capture of Fort Fisher" (two teachers retyped both by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drafted_events


@pytest.mark.parametrize(
    ("article", "titled"),
    [
        (
            "Controversies arose over the seizure of neutral ships. The most important of these was the arrest "
            "of Confederate commissioners that precipitated the Trent Affair in November of 1861.",
            ("1861-11", "The arrest of Confederate commissioners precipitated the Trent Affair"),
        ),
        (
            "The blockade was porous. However, until the capture of Fort Fisher in 1865, the Confederate Army "
            "was still able to obtain some supplies via blockade running ships.",
            ("1865", "The capture of Fort Fisher"),
        ),
    ],
)
def test_the_title_names_the_happening_the_date_is_of(runner, tmp_path: Path, article: str, titled) -> None:
    assert titled in drafted_events(runner, tmp_path, article)


def test_a_title_of_one_of_these_with_no_verb_to_take_stays(runner, tmp_path: Path) -> None:
    article = "Three crises came. The most important of these was the crisis of the Trent in November of 1861."
    (date, title), *_ = drafted_events(runner, tmp_path, article)
    assert date == "1861-11" and title.startswith("The most important of these")
