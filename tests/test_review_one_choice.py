"""`vlasov review`'s choice of one: with one entry to merge into, `m` asks "Merge X into Y? [Y/n]", at a
terminal one key as every other (y or Enter takes it, n leaves it: a teacher pressed `m y Enter`, the Enter
needed; earlier `m 1 Enter`), from a pipe a line; and a merge
keeps the term's description that tells what it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json
from test_review_lists import KEEPERS


def _keepers_bank(tmp_path: Path) -> Path:
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "terms.yaml").write_text((bank / "terms.yaml").read_text() + KEEPERS)
    source = bank / "source.txt"
    source.write_text(
        source.read_text().rstrip("\n")
        + "\n\nThe Confederate States of Keepers met at Harwick in 1890. The Confederacy of keepers lasted a year.\n"
    )
    return bank


@pytest.mark.slow
@pytest.mark.parametrize("key", ["\r", "y", "n"])
def test_m_with_one_target_is_one_key_at_a_terminal(tmp_path, fixed_terminal, key):
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    bank = _keepers_bank(tmp_path)
    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(bank), "--kind", "terms")
    child.expect(r"term state-venn .*Keep this term\? ")
    child.send("s")
    child.expect(r"term confederacy .*Keep this term\? ")
    child.send("m")
    child.expect(r"Merge Confederacy into Confederate States of Keepers \(confederate-states-of-keepers\)\? \[Y/n\] ")
    child.send(key)  # (no Enter after y or n)
    child.expect("Nothing changed" if key == "n" else "Merged into confederate-states-of-keepers")
    child.expect(r"Keep this term\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    terms = (bank / "terms.yaml").read_text()
    merged = "id: confederacy" not in terms and "  - Confederacy\n" in terms
    assert merged == (key != "n")
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]


@pytest.mark.slow
def test_k_picks_a_kind_at_one_key_at_a_terminal(tmp_path, fixed_terminal):
    """A kind's pick, as a role's, is one key at a terminal (no line opens after it: a teacher's `k 1`
    waited for an Enter that `t`'s pick had not wanted)."""
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    bank = _keepers_bank(tmp_path)
    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(bank), "--kind", "terms")
    child.expect(r"term state-venn .*Keep this term\? ")
    child.send("k")
    child.expect(r"Which\? \[1-8, Enter for none\] ")
    child.send("1")  # (no Enter)
    child.expect(r"term state-venn .*Keep this term\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "  name: State Venn\n  aliases: []\n  kind: place\n" in (bank / "terms.yaml").read_text()


ROCKS = """\
- id: gannet-rock
  draft: 0.9
  name: Gannet Rock
  aliases: []
  kind: place
  description: Venn rowed past Gannet Rock at night.
  quote: Venn rowed past Gannet Rock at night.
- id: rock
  draft: 0.5
  name: Rock
  aliases: []
  kind: place
  description: The Rock is a low island of granite.
  quote: The Rock is a low island of granite.
"""


def test_m_keeps_the_description_that_tells_what_it_is(tmp_path, runner):
    # A teacher merged a term told by its height into one whose description only named it in passing,
    # and the passing one stayed.
    from test_review import reviewed

    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "terms.yaml").write_text((bank / "terms.yaml").read_text() + ROCKS)
    source = bank / "source.txt"
    told = "Venn rowed past Gannet Rock at night. The Rock is a low island of granite."
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{told}\n")
    shown = reviewed(runner, bank, "s\ns\nm\n\nq\n", "--kind", "terms", "--order", "article")
    assert "Merge Rock into Gannet Rock (gannet-rock)? [Y/n]\n  Merged into gannet-rock.\n" in shown
    terms = (bank / "terms.yaml").read_text()
    assert "id: rock\n" not in terms
    assert (
        "  description: The Rock is a low island of granite.\n  quote: The Rock is a low island of granite.\n" in terms
    )
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
