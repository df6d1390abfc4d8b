"""`vlasov draft` drafts no term for what is no key term of its own, and one term for a thing named
short and in full: a piece of a person's name (a word of it, or a surname misspelt in a possessive),
an office, a faith's word, an adjective made of a name, a piece of a quoted slogan, a place named only
inside another name; a short name folded into the one fuller name it is part of; a name only ever
written before "case" named as the case; a journal told by its apposition. A teacher deleted or fixed
each of these in a drafted bank."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Harbour Strike

Tomas Varno was born in 1890 in the town of Dorrin in Westmark. In 1912 he joined the Harbour Workers \
Federation (HWF), and the Federation sent him to Port Alder. For a long time the Federation kept a school in Dorrin.

In 1915 Varno met Edwin R. Castell, an Assistant Inspector of Police, in Port Alder. Varno wrote in \
Lantern, the journal of the Harbour Workers Federation ("Dockers and Porters Union"). In 1916 the \
strikers shouted "Long Live Harbour Revolution" outside the office of Edwin R. Castell. In 1916 Varno \
and Ravi Sen Tala led the strike, but the crowd jeered at Sen when he spoke.

In 1917 the judges heard the evidence of Varno's part in Castel's assault, and Varno was convicted in the \
Dock Gate case. He was sent to Fort Ellery Marsh, and was held at Marsh until 1919. He wrote that he had \
once trusted in the Almighty. Varno did not believe in the Gandhian creed of Mohan Gandhi.

In 1920, when the strike was raised in the Senate of the Eastern Republic, the Crown denied any role in \
the strike. The Senate of the Eastern Republic sat in Vessa. In 1921 the Director of the Harbour Board, \
Edwin Castell, resigned. Varno died in Dorrin in 1950.
"""


def _terms(runner, tmp_path: Path) -> dict[str, dict]:
    return {term["name"]: term for term in drafted_entries(runner, tmp_path, ARTICLE, "terms")}


def test_a_piece_of_a_name_an_office_a_faith_word_an_adjective_or_a_slogan_is_no_term(runner, tmp_path) -> None:
    terms = _terms(runner, tmp_path)
    assert "Sen" not in terms  # a word of Ravi Sen Tala's name, "at Sen" though it stands
    assert "Castel" not in terms  # Castell's name with a letter less, in a possessive
    assert "Assistant Inspector of Police" not in terms  # an office, not a body
    assert "Director of the Harbour Board" not in terms
    assert "Almighty" not in terms
    assert "Gandhian" not in terms  # an adjective made of a person's name
    assert not [name for name in terms if "Revolution" in name]  # "Long Live Harbour Revolution" cut
    assert "Porters Union" not in terms  # cut out of "Dockers and Porters Union"
    assert {"Westmark", "Port Alder", "Dorrin", "Vessa", "Harbour Workers Federation"} <= set(terms)


def test_a_place_named_only_inside_another_name_is_no_term(runner, tmp_path) -> None:
    terms = _terms(runner, tmp_path)
    assert "Eastern Republic" not in terms  # only ever "the Senate of the Eastern Republic"
    # and a clause after "when ..., " is no description of the name that ends it
    assert all("Crown denied" not in term["description"] or "when" in term["description"] for term in terms.values())


def test_a_short_name_is_the_fuller_ones_alias_and_a_case_is_named_whole(runner, tmp_path) -> None:
    terms = _terms(runner, tmp_path)
    assert "Marsh" not in terms and "Marsh" in terms["Fort Ellery Marsh"]["aliases"]  # where the fort stands
    assert "Dock Gate" not in terms and terms["Dock Gate case"]["kind"] == "event"
    assert terms["Lantern"]["kind"] == "document"  # "Lantern, the journal of ..."


SHORT_FORMS = """The Island Council

In 1901 the governor set up the Reed Commission to report on the harbour. The Commission sat in Arlen for \
a year, and in 1902 the Commission reported to the Central Legislative Council. In 1903 the Central \
Council passed the Harbour Act, and the Council met again in 1904. The Harbour Act was repealed in 1910. \
In 1911 the trial of the rioters, which was henceforth called the Vessby Conspiracy Case, opened. \
In 1912 four men were hanged in the Vessby conspiracy case.
"""


def test_a_short_name_of_one_fuller_term_is_its_alias(runner, tmp_path) -> None:
    terms = {term["name"]: term for term in drafted_entries(runner, tmp_path, SHORT_FORMS, "terms")}
    assert "Commission" not in terms and "Commission" in terms["Reed Commission"]["aliases"]
    assert "Central Council" not in terms
    assert {"Central Council"} <= set(terms["Central Legislative Council"]["aliases"])
    assert "Vessby conspiracy" not in terms and "Vessby conspiracy" in terms["Vessby Conspiracy Case"]["aliases"]
