"""What held-out set 9's reading (now tuning material) turned down in the questions of a draft, ruled out
by general rules: a happening told only as following another the stem leaves out ("... followed shortly
after": after what?), people named by their errand alone ("The delegates reached agreement": which?),
what a thing held at a date rather than a happening ("The staff included only a clerk ..."), and work
begun with nothing saying what work ("Lund began work"). Through `vlasov draft` and `vlasov export` on a
text written here."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_questions_told

GUILD = (
    "The Guild of Varnmouth\n"
    "\n"
    "The Guild of Varnmouth was founded by the merchants of the town in 1820. In March 1826, the Guild "
    "opened a hall on the quay.\n"
    "\n"
    "In 1830 the Guild went to war with the Danish traders. The Guild and the Danish traders agreed to an "
    "armistice immediately, and the Peace of Varn followed shortly after, on 12 May 1831.\n"
    "\n"
    "In June 1831, the Guild named a Delegation of Merchants, including Peter Holm and Karl Lund, to settle "
    "the trade of the Sound. The delegates reached agreement with the Danes on 4 June 1832.\n"
    "\n"
    "In 1835 the Guild's staff included only a clerk, two porters, and a night watchman. In 1838 a Guild "
    "order authorized a new warehouse on the quay of Varnmouth.\n"
    "\n"
    "The council appointed Karl Lund to be the first harbour master of Varnmouth. Lund began work on 3 March "
    "1836.\n"
    "\n"
    "On 9 October 1840, the Guild of Varnmouth built a new lighthouse at the mouth of the river.\n"
)
ASKED = (
    "The Guild opened a hall on the quay",
    "The Guild went to war with the Danish traders",
    "A Guild order authorized a new warehouse",
    "built a new lighthouse",
)


NEVER = (
    "The Peace of Varn followed shortly after",  # after what?
    "The delegates reached agreement",  # which delegates?
    "staff included only a clerk",  # how things stood, no happening
    "Lund began work",  # work as what?
)


def test_a_draft_asks_no_stem_that_leaves_out_what_it_rests_on(runner, tmp_path: Path) -> None:
    told = drafted_questions_told(runner, tmp_path, GUILD)
    assert [words for words in NEVER if words in told] == []
    assert [words for words in ASKED if words not in told] == []
