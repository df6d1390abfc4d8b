"""`vlasov draft` titles a passive's second participle by itself when the date stands in it after a
comma and "and" ("X was convicted of ..., and hanged in March 1931" is "X was hanged" in March 1931: the
conviction was another day)."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "Thomas Bell was a weaver of Calder. Thomas Bell was convicted of the burning of the mill at Calder, "
    "and transported in May 1822, at the age of forty.\n"
)


def test_the_dated_participle_is_the_title(runner, tmp_path) -> None:
    assert ("1822-05", "Thomas Bell was transported at the age of forty") in drafted_events(runner, tmp_path, ARTICLE)
