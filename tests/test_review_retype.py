"""`vlasov review`'s t on a person with nothing to offer for the role: it says so and asks straight for
the role's line (a teacher pressed t, Enter at the name, Enter at the role, and read "Nothing changed",
to learn that nothing was offered); the name's line follows only where the role is left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, reviewed

TOLD = "In 1885 the Board of Lights named its new boat after Mary Holt."
HOLT = f"""\
- id: mary-holt
  draft: 0.1
  name: Mary Holt
  aliases: []
  facts:
  - text: {TOLD}
    quote: {TOLD}
"""
NOTHING = "  Nothing to offer for the role: its own on the line (the name after it, if the role stays).\nRole: "


@pytest.fixture
def holt_bank(tmp_path: Path) -> Path:
    """The review bank with a person whose one fact gives no phrase for a role (the least sure: asked first)."""
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "people.yaml").write_text((bank / "people.yaml").read_text() + HOLT)
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + f"\n\n{TOLD}\n")
    return bank


def test_t_with_nothing_to_offer_asks_the_role_at_once(holt_bank, runner):
    shown = reviewed(runner, holt_bank, "t\nnamesake of the Board's boat\ny\nq\n", "--kind", "people")
    assert NOTHING in shown
    assert "Name: " not in shown
    assert "  role: namesake of the Board's boat\n" in (holt_bank / "people.yaml").read_text()


def test_t_with_nothing_to_offer_asks_the_name_after_a_role_left_as_it_was(holt_bank, runner):
    shown = reviewed(runner, holt_bank, "t\n\nMary Anne Holt\nq\n", "--kind", "people")
    assert shown.index("\nRole:") < shown.index("\nName: Mary Anne Holt")
    people = (holt_bank / "people.yaml").read_text()
    assert "  name: Mary Anne Holt\n  aliases: []\n  facts:\n" in people
