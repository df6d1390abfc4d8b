"""`vlasov review` does not pass a check warning silently: a fix that leaves one on the entry is said
again at the y that keeps it, the kept entries still warned of are listed at the end, and `review --all`
walks the kept entries too, those check warns of first, so a teacher can go back to one (a teacher's
Austerlitz review kept "Russian general", warned "a rank or a single word", with one y, and no draft was
left to come back by)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json, reviewed


@pytest.fixture
def draft_bank(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))


WARNED = "person 'ada-venn': the role 'keeper' is a rank or a single word"


def test_y_says_the_warning_again_and_the_end_lists_it_with_the_way_back(draft_bank, runner):
    shown = reviewed(runner, draft_bank, "t\n\nkeeper\ny\nq\n")
    assert "check warns: the role 'keeper' is a rank or a single word" in shown  # (on the entry, as it now is)
    after_y = shown[shown.index("Keep this person? [y,n,e,t,x,m,a,s,u,q,?] y") :]
    assert "  Kept, though check still warns: the role 'keeper' is a rank or a single word" in after_y
    end = shown[shown.index("check: ok, 1 warning;") :]
    assert "Kept, though check warns of it (vlasov review --all goes back, these first):\n  " + WARNED in end


def test_all_walks_the_kept_entries_too_the_warned_first(draft_bank, runner):
    reviewed(runner, draft_bank, "t\n\nkeeper\ny\nq\n")
    resumed = reviewed(runner, draft_bank, "q\n")
    assert "person ada-venn" not in resumed  # (resuming goes on with the drafts left)
    shown = reviewed(runner, draft_bank, "t\n\nkeeper of the light from 1891\ny\nq\n", "--all")
    assert shown.split("\n")[1].startswith("person ada-venn · kept · people.yaml:")
    assert "  role: keeper of the light from 1891\n" in (draft_bank / "people.yaml").read_text()
    assert "Kept, though check warns" not in shown
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["warnings"] == []


def test_all_walks_no_entry_a_kept_again(draft_bank, runner):
    """With --all the kept entries stay waiting; those a keeps are decided, not walked again (a teacher's
    a under --all said "Kept 27; 8 left to review one by one", then walked all 35 people from the first)."""
    shown = reviewed(runner, draft_bank, "a\n2\ny\n", "--all", "--kind", "people")
    walked = [line.split(" · ")[0] for line in shown.split("\n") if line.startswith("person ")]
    assert walked == ["person ada-venn", "person tobias-venn"], shown
    assert "1 of 2 reviewed, 1 left" in shown
    again = Path(shutil.copytree(REVIEW_BANK, draft_bank.parent / "again"))
    undone = reviewed(runner, again, "a\n2\nu\ns\nq\n", "--all", "--kind", "people")
    walked = [line.split(" · ")[0] for line in undone.split("\n") if line.startswith("person ")]
    assert walked[-1] == "person ada-venn", undone  # (the a taken back: Ada waits again)
