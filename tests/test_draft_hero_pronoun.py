"""In an article about one person (its title names them), a title's opening "He" or "She" is told as their
name when no one else stands in the sentence before it or the one before ("In 1598 he attended the council"
is "Holt attended the council"): heldout4's and heldout5's biographies told half their dated happenings so,
and none could be asked. A pronoun the article does not use for its hero, or one after another person is
named, is left as it was (and not asked); a second happening kept after the date ("He died on 15 February
1632, and was buried") is not asked. Through `vlasov draft` and `vlasov export` on a text written here."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_bank

HOLT = (
    "Jan Holt\n\n"
    "Jan Holt was an envoy of the town of Lund who served the league for forty years. Jan Holt was born at "
    "Lund in 1575.\n\n"
    "In 1598 he attended the council at Malmo. In 1603 he signed the Charter of Mora. Holt founded a "
    "school for clerks at Lund in 1605.\n\n"
    "The guild sent Peter Voss to Malmo. In 1612 he burned the harbour of Ribe.\n\n"
    "He died on 15 February 1632, and was buried in the church of Lund.\n"
)


def test_a_biographys_he_is_told_as_its_hero_where_no_one_else_stands_before_it(runner, tmp_path: Path) -> None:
    bank = drafted_bank(runner, tmp_path, HOLT)
    titles = {event["date"]: event["title"] for event in bank["events"]}
    assert titles["1598"] == "Holt attended the council at Malmo"
    assert titles["1603"] == "Holt signed the Charter of Mora"
    assert titles["1612"] == "He burned the harbour of Ribe"  # Peter Voss stands before it
    prompts = " || ".join(question["prompt"] for question in bank["questions"])
    assert "Holt attended the council at Malmo" in prompts
    assert "burned the harbour" not in prompts
    assert "buried" not in prompts
