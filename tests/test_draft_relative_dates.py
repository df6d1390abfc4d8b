"""`vlasov draft` dates a relative clause's own happening by the date it holds, titled as that happening:
"..., which Rao had founded in 1881, called for calm" is the founding in 1881, not a call in 1881;
"arrested him on the pretext that he had joined in a riot that had broken out in Pune in May 1897" is the
riot of May 1897 beside the arrest of its own date."""

from __future__ import annotations

from conftest import drafted_entries, drafted_events

ARTICLE = (
    "Vinayak Rao was born in Satara in 1858. He began to teach at a school in Pune in 1879. "
    "Editors across the province, including The Tribune, which Rao had founded in 1881, called for calm. "
    "The police arrested him in June 1898 on the pretext that he had joined in a riot that had broken out "
    "in Pune in May 1897. He was released in 1899 and died in Pune in 1905.\n"
)


def test_a_date_in_a_relative_clause_dates_that_clauses_happening(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ARTICLE)
    assert ("1881", "Rao had founded The Tribune") in events, events
    assert ("1897-05", "A riot had broken out in Pune") in events, events
    assert any(date == "1898-06" and "arrested" in title for date, title in events), events
    assert not any(date == "1881" and "calm" in title for date, title in events), events


ABSOLUTE = (
    "The garrison of Toulon held out through the spring of 1712. "
    "Waiting for relief, the governor gained time after he opened talks with the besiegers, asking for a "
    "truce for the wounded, the siege ending in the town's surrender in May 1712.\n"
)


def test_a_date_ending_a_clause_of_a_noun_and_its_participle_dates_that_clause(runner, tmp_path) -> None:
    events = drafted_events(runner, tmp_path, ABSOLUTE)
    assert ("1712-05", "The siege ended in the town's surrender") in events, events
    assert not any(date == "1712-05" and "talks" in title for date, title in events), events


PRETEXT = (
    "Vinayak Rao was born in Satara in 1858. He began to teach at a school in Pune in 1879. The police arrested "
    "Rao in June 1898 on the pretext that he had joined in a riot that had broken out in Pune in May 1897. In jail "
    "he joined a hunger strike with a fellow prisoner, Hari Desai, the strike ending in Desai's death from hunger "
    "in August 1898. He was released in 1899 and died in Pune in 1905.\n"
)


def test_a_clauses_happening_has_only_the_people_the_clause_names(runner, tmp_path) -> None:
    """The riot is no deed of Rao's, though the sentence that tells of it names him (a class asked "Who …?"
    of it would be misled); the strike's end names Desai alone."""
    events = {event["title"]: event.get("people") for event in drafted_entries(runner, tmp_path, PRETEXT, "events")}
    assert not events["A riot had broken out in Pune"], events
    assert events["The strike ended in Desai's death from hunger"] == ["desai"], events
