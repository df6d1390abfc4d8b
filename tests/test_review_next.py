"""What `vlasov review` puts first: after an `a` list, the entries the teacher left to review one by
one, in the list's order, before any other kind's (a teacher who picked 11 people got a term third and
pressed t for a role it has not); in `m`'s menu, the entry the `!` mark names as likely the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json, reviewed

CREW_SAVED = """\
- id: crew-saved
  draft: 0.3
  date: '1882-11'
  title: Tobias Venn, the keeper of the Harwick Lighthouse, saved the crew
  quote: In the storm of 9 November 1882 he rowed out to the schooner Gannet and saved her crew of six.
  people:
  - tobias-venn
"""


@pytest.fixture
def draft_bank(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))


def test_after_a_those_left_one_by_one_come_next_before_another_kinds(draft_bank, runner):
    # (least sure first: ada-venn 0.4, then three events, the term, and tobias-venn 0.9 last)
    shown = reviewed(runner, draft_bank, "a\n2\ny\nq\n")
    assert "  Kept 1; 1 left to review one by one.\n\n1 of 6 reviewed, 5 left\nperson tobias-venn" in shown
    assert "event first-lit" in shown[shown.index("person tobias-venn") :]  # (then the others, least sure first)


def test_after_a_those_left_one_by_one_come_in_the_lists_order(draft_bank, runner):
    events = draft_bank / "events.yaml"  # (a title opening on "It" is marked: listed first, as 1)
    events.write_text(events.read_text().replace("The lamp is replaced by", "It was replaced by"))
    shown = reviewed(runner, draft_bank, "y\na\n1 2\ns\nq\n")  # (y: ada-venn; a on first-lit; s: skip one)
    listed = shown[shown.index("a keeps 3 events") :]
    assert "  1) event electric-lamp · 0.7 · 1899  It was replaced" in listed
    assert "  2) event first-lit · 0.5 · May 2, 1871" in listed
    assert "2 left to review one by one.\n\n2 of 6 reviewed, 4 left\nevent electric-lamp" in listed
    assert "1 skipped, 3 left\nevent first-lit" in listed


def test_m_offers_first_the_entry_its_mark_names_as_likely_the_same(draft_bank, runner):
    events = draft_bank / "events.yaml"
    events.write_text(events.read_text() + CREW_SAVED)
    shown = reviewed(runner, draft_bank, "m\n1\nq\n", "--kind", "events")
    assert "  ! likely the same happening as “Venn rows out and saves the Gannet's crew”\n" in shown
    assert "    1) 1882-11-09  Venn rows out and saves the Gannet's crew (gannet-rescue)\n" in shown
    assert "    2) 1871-05-02  The Harwick Lighthouse is first lit (first-lit)\n" in shown  # (as many words alike)
    assert "crew-saved" not in events.read_text()
    assert "draft: 0.6\n  date: '1882-11-09'" in events.read_text()
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]
