"""`vlasov draft` files a work the article names in quotation marks after "titled" or "called" as a
term ("a pamphlet titled "Common Cause""), but not a judgement quoted in lower case ("which he
called "far too rigid""): a work's title begins with a capital letter, a byname with "the". Nor is
a style a place ("in the Art Nouveau style")."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Siege of Varnholt

The Siege of Varnholt was fought in 1712 between the armies of Saxony and Sweden.

In March 1712 Otto Brandt rejected the Swedish plan of attack, which he called "far too rigid". In May \
1712 the defenders printed a pamphlet titled "Common Cause" for the townspeople.
"""


def test_a_quoted_title_is_a_term_and_a_quoted_judgement_is_none(runner, tmp_path: Path) -> None:
    names = {term["name"] for term in drafted_entries(runner, tmp_path, ARTICLE, "terms")}
    assert "Common Cause" in names
    assert "far too rigid" not in names


STYLED = """The Memorial of Varnholt

The Siege of Varnholt was fought in 1712 between the armies of Saxony and Sweden.

In 1910 the town built a memorial in the Art Nouveau style, designed by Karl Rauch. The memorial stands \
in the Elbe Valley beside the church.
"""


def test_a_style_is_no_place(runner, tmp_path: Path) -> None:
    kinds = {term["name"]: term["kind"] for term in drafted_entries(runner, tmp_path, STYLED, "terms")}
    assert kinds.get("Art Nouveau") != "place"
    assert kinds["Elbe Valley"] == "place"
