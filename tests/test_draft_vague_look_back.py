"""`vlasov draft` dates no event by a vague look back in the past perfect ("where the council had been
close to ruin just days earlier"): it tells a state before the sentence's happening, on no day a
reader could give, so the sentence's own happening is not dated by it."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "On 4 May 1712 the duke defeated the rebels at Wexford.\n\n"
    "The victory was met with joy in Dublin, where the council had been close to ruin just days earlier.\n"
)


def test_a_vague_look_back_dates_no_event(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    assert ("1712-05-04", "The duke defeated the rebels at Wexford") in events
    assert not [title for _, title in events if "joy" in title]
