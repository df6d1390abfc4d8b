"""`vlasov review`: a draft's entries decided one by one with keys, at a terminal and from a pipe; the
YAML files keep their comments and layout outside the entries touched, and check agrees."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import invoke
from test_views import matches_golden

REVIEW_BANK = Path(__file__).parent / "review_bank"
# Order "sure" asks, least sure first: ada-venn 0.4, first-lit 0.5, gannet-rescue 0.6,
# electric-lamp 0.7, board-of-lights 0.8, tobias-venn 0.9.
EDIT_SCRIPT = """\
import pathlib, sys
path = pathlib.Path(sys.argv[1])
path.write_text(path.read_text().replace("Venn rows out and saves", "Tobias Venn rows out to save"))
"""


@pytest.fixture
def draft_bank(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))


def editor(tmp_path: Path, script: str = EDIT_SCRIPT) -> str:
    path = tmp_path / "edit.py"
    path.write_text(script, encoding="utf-8")
    return f"{sys.executable} {path}"


def without_lines(path: Path, *dropped: str) -> str:
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if line not in dropped)


@pytest.mark.slow
def test_a_review_at_a_terminal_keeps_deletes_edits_skips_undoes_and_quits(draft_bank, tmp_path, fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank), variables={"EDITOR": editor(tmp_path)})
    child.expect(r"0 of 6 reviewed, 6 left")
    child.expect(r"person ada-venn .*Keep this person\? \[y,n,e,t,x,m,a,s,u,q,\?\] ")
    child.send("y")
    child.expect(r"event first-lit .*Keep this event\? ")  # (a draft's event this unsure asks nothing)
    child.send("n")
    child.expect(r"event gannet-rescue .*Keep this event\? ")
    child.send("e")
    child.expect("Edited; asked again as it now is.")
    child.expect(r"event gannet-rescue .*Tobias Venn rows out to save.*Keep this event\? ")
    child.send("y")
    child.expect(r"event electric-lamp .*Keep this event\? ")
    child.send("s")
    child.expect(r"term board-of-lights .*Keep this term\? ")
    child.send("y")
    child.expect(r"person tobias-venn .*Keep this person\? ")
    child.send("u")
    child.expect("Undone: kept the entry before this one")
    child.expect(r"term board-of-lights .*Keep this term\? ")
    child.send("q")
    child.expect(r"Reviewed: kept 2, deleted 1, edited 1, skipped 1\.")
    child.expect(r"check: ok; 3 drafts left to review\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    people = draft_bank / "people.yaml"
    assert people.read_text(encoding="utf-8") == without_lines(REVIEW_BANK / "people.yaml", "  draft: 0.4\n")
    events = (draft_bank / "events.yaml").read_text(encoding="utf-8")
    expected = without_lines(REVIEW_BANK / "events.yaml", "  draft: 0.6\n").replace(
        "Venn rows out and saves", "Tobias Venn rows out to save"
    )
    first_lit = expected[expected.index("- id: first-lit") : expected.index("- id: gannet-rescue")]
    assert events == expected.replace(first_lit, "")
    assert events.startswith("# Events, in the article's order.\n")  # comments are kept
    assert "- id: gannet-rescue  # the rescue\n" in events
    assert (draft_bank / "terms.yaml").read_text() == (REVIEW_BANK / "terms.yaml").read_text()  # undone

    checked = invoke_json("check", "--bank", str(draft_bank), "--json")
    assert checked["drafts"] == 3 and checked["ok"]


@pytest.mark.slow
def test_ctrl_c_and_a_closed_terminal_keep_every_decision(draft_bank, fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank))
    child.expect(r"Keep this person\? \[y,n,e,t,x,m,a,s,u,q,\?\] ")
    child.send("y")
    child.expect(r"Keep this event\? ")
    child.sendintr()
    child.expect(r"Reviewed: kept 1\.")
    child.expect(r"check: ok; 5 drafts left to review\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "draft: 0.4" not in (draft_bank / "people.yaml").read_text()

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank))
    child.expect(r"Keep this event\? ")
    child.send("y")
    child.expect(r"Keep this event\? ")
    child.close(force=True)  # the terminal goes away
    assert "draft: 0.5" not in (draft_bank / "events.yaml").read_text()
    assert "draft: 0.6" in (draft_bank / "events.yaml").read_text()


def invoke_json(*args: str) -> dict:
    import json

    from typer.testing import CliRunner

    result = invoke(CliRunner(), *args)
    return json.loads(result.stdout)


def test_resuming_asks_only_what_is_left(draft_bank, runner):
    invoke(runner, "review", "--bank", str(draft_bank), input="y\nn\nq\n")
    result = invoke(runner, "review", "--bank", str(draft_bank), input="q\n")
    assert "0 of 4 reviewed, 4 left" in result.stdout
    assert "event gannet-rescue" in result.stdout and "ada-venn" not in result.stdout


def test_deleting_a_person_takes_their_name_from_the_events(draft_bank, runner):
    arguments = ["review", "--bank", str(draft_bank), "--kind", "people", "--order", "article"]
    result = invoke(runner, *arguments, input="n\nq\n")
    assert "person tobias-venn" in result.stdout
    assert "named in 2 events: n also takes the name from them" in result.stdout
    events = (draft_bank / "events.yaml").read_text(encoding="utf-8")
    assert "tobias-venn" not in events and "people: []" in events
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]


def test_an_edit_that_fails_check_is_asked_again_and_never_lost(draft_bank, tmp_path, runner, monkeypatch):
    broken = EDIT_SCRIPT.replace('"Tobias Venn rows out to save"', '"Venn rows out and saves"').replace(
        ".replace(", ".replace('1882-11-09', '1882-13-45').replace(", 1
    )
    monkeypatch.setenv("EDITOR", editor(tmp_path, broken))
    result = invoke(runner, "review", "--bank", str(draft_bank), "--kind", "events", input="s\ne\nd\nq\n")
    assert "events.yaml:" in result.stdout and "1882-13-45" in result.stdout
    assert "[e]dit again or [d]iscard the edit? d" in result.stdout
    assert "The edit is discarded: the entry is unchanged." in result.stdout
    assert (draft_bank / "events.yaml").read_text() == (REVIEW_BANK / "events.yaml").read_text()


@pytest.fixture
def wide(monkeypatch):
    """A screen wide enough that no listed entry wraps."""
    monkeypatch.setenv("COLUMNS", "160")
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    yield
    output.out.cache_clear()


def test_drop_below_shows_the_count_then_deletes_only_when_told(draft_bank, runner, wide):
    declined = invoke(runner, "review", "--bank", str(draft_bank), "--drop-below", "0.65", input="n\nq\n")
    assert (
        "--drop-below 0.65: 3 draft entries are less sure than that (1 person, 2 events):\n"
        "  person ada-venn · 0.4 · Ada Venn — keeper of the light from 1891 · 1 fact\n"
        "  event first-lit · 0.5 · May 2, 1871  The Harwick Lighthouse is first lit · Tobias Venn\n"
        "  event gannet-rescue · 0.6 · November 9, 1882  Venn rows out and saves the Gannet's crew · Tobias Venn\n"
        "Delete them all? [y/N] n\n"
    ) in declined.stdout
    assert "Nothing deleted." in declined.stdout
    assert (draft_bank / "events.yaml").read_text() == (REVIEW_BANK / "events.yaml").read_text()
    accepted = invoke(runner, "review", "--bank", str(draft_bank), "--drop-below", "0.65", input="y\nq\n")
    assert "Deleted 3." in accepted.stdout and "Reviewed: dropped 3." in accepted.stdout
    assert "ada-venn" not in (draft_bank / "people.yaml").read_text()
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["drafts"] == 3


def test_a_file_edited_by_hand_meanwhile_is_not_overwritten(draft_bank, runner, monkeypatch):
    from vlasov_cli.features import review

    original = review.DraftFiles.keep

    def keep_after_a_hand_edit(self, pending):
        with open(pending.file, "a", encoding="utf-8") as handle:
            handle.write("# added by hand\n")
        original(self, pending)

    monkeypatch.setattr(review.DraftFiles, "keep", keep_after_a_hand_edit)
    result = invoke(runner, "review", "--bank", str(draft_bank), input="y\n")
    assert result.exit_code == 2
    assert "people.yaml was changed by something else while you reviewed" in result.stderr
    assert (draft_bank / "people.yaml").read_text().endswith("# added by hand\n")
    assert "draft: 0.4" in (draft_bank / "people.yaml").read_text()


@pytest.mark.slow
def test_skipped_entries_are_not_counted_as_reviewed(draft_bank, runner):
    result = invoke(runner, "review", "--bank", str(draft_bank), input="s\ny\nq\n")
    assert "0 of 6 reviewed, 1 skipped, 5 left\n" in result.stdout
    assert "1 of 6 reviewed, 1 skipped, 4 left\n" in result.stdout


def test_f_shows_every_fact_of_a_person_and_a_term_shows_its_sentence_once(draft_bank, runner):
    people = draft_bank / "people.yaml"
    facts = "".join(
        f"  - text: Fact {number}.\n    quote: Venn kept the light for twenty years.\n" for number in range(1, 6)
    )
    people.write_text(people.read_text().replace("  facts:\n", "  facts:\n" + facts, 1))
    result = invoke(
        runner, "review", "--bank", str(draft_bank), "--kind", "people", "--order", "article", input="f\nq\n"
    )
    shown = result.stdout
    assert "… and 3 more facts (f shows them)" in shown
    after = shown[shown.index("Keep this person? [y,n,e,t,x,m,a,s,u,q,?] f\n") :]
    assert after.count("“Venn kept the light for twenty years.” ¶4") == 2  # the 4th and 5th of them
    assert "“The Harwick Lighthouse was first lit" in after  # the 6th
    term = invoke(runner, "review", "--bank", str(draft_bank), "--kind", "terms", input="q\n").stdout
    assert term.count("replaced the lamp with an electric one in 1899") == 2  # description and quote differ here
    terms = draft_bank / "terms.yaml"
    sentence = "The Board of Lights replaced the lamp with an electric one in 1899."
    terms.write_text(
        terms.read_text().replace("The body that replaced the lamp with an electric one in 1899.", sentence)
    )
    term = invoke(runner, "review", "--bank", str(draft_bank), "--kind", "terms", input="q\n").stdout
    assert term.count(sentence) == 1


def test_the_shipped_bank_has_nothing_to_review(runner):
    result = invoke(runner, "review")
    assert result.exit_code == 0
    assert result.stdout.startswith("Nothing to review: no entry in ")
    assert "check: ok" in result.stdout


def test_bad_options_say_what_is_allowed(draft_bank, runner):
    assert invoke(runner, "review", "--bank", str(draft_bank), "--kind", "dates").stderr == (
        "error: --kind must be one of: people, events, terms, questions\n"
    )
    assert invoke(runner, "review", "--bank", str(draft_bank), "--order", "random").exit_code == 2


def test_a_review_session_at_80_columns(draft_bank, runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    result = invoke(runner, "review", "--bank", str(draft_bank), input="y\nn\nq\n")
    session = result.stdout.replace(str(draft_bank), "my-bank")
    matches_golden("review-80.txt", session)
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"$ vlasov review --bank my-bank\n{session.lstrip()}```" in readme


def test_deleting_a_draft_entry_says_it_takes_its_generated_question_too(draft_bank, runner):
    """A drafted event the draft is sure of is asked about; its review says so, and `n` takes the question
    with it. (A drafted person is asked nothing until reviewed: no role question.)"""
    events = draft_bank / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8")
        .replace("draft: 0.7", "draft: 0.95")
        .replace(
            "The lamp is replaced by an electric one", "The Board of Lights replaced the lamp with an electric one"
        ),
        encoding="utf-8",
    )
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["counts"]["generated_questions"] == 1
    result = invoke(runner, "review", "--bank", str(draft_bank), "--kind", "events", input="s\ns\nn\nq\n")
    assert "electric-lamp" in result.stdout and "1 generated question about it: n takes it too" in result.stdout
    assert result.stdout.count("generated question about it") == 1
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["counts"]["generated_questions"] == 0


def test_a_key_that_is_none_shows_the_help_and_asks_again(draft_bank, runner):
    result = invoke(runner, "review", "--bank", str(draft_bank), input="?\nz\nq\n")
    help_line = "  e - edit it in $EDITOR (vi where unset); written once it passes check, then asked again\n"
    assert result.stdout.count(help_line) == 2
    assert result.stdout.count("  k - ") == 0  # (a person has no kind: only a term's keys say k)
    assert result.stdout.count("Keep this person? [y,n,e,t,x,m,a,s,u,q,?]") == 3
    assert "Reviewed: nothing decided." in result.stdout


def review_bank_telling(tmp_path: Path, paragraph: str, *events: dict[str, str]) -> Path:
    """A copy of the review bank whose article ends with `paragraph` and whose events end with `events`
    (each its fields in order, drafted 0.9 sure, naming nobody)."""
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    source, listed = bank / "source.txt", bank / "events.yaml"
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{paragraph}\n")
    added = "".join(
        f"- id: {event['id']}\n  draft: 0.9\n"
        + "".join(
            f"  {key}: {value!r}\n" if key == "date" else f"  {key}: {value}\n"
            for key, value in event.items()
            if key != "id"
        )
        + "  people: []\n"
        for event in events
    )
    listed.write_text(listed.read_text() + added)
    return bank


def reviewed(runner, bank: Path, keys: str, *options: str) -> str:
    result = invoke(runner, "review", "--bank", str(bank), *options, input=keys)
    assert result.exit_code == 0, result.stderr
    return result.stdout


DUPLICATE_VENN = """\
- id: venn
  draft: 0.3
  name: Venn
  aliases: []
  facts:
  - text: He kept the light for twenty years.
    quote: Venn kept the light for twenty years.
"""


def test_m_merges_a_duplicate_person_into_another_and_u_takes_it_back(draft_bank, runner):
    people, events = draft_bank / "people.yaml", draft_bank / "events.yaml"
    people.write_text(people.read_text() + DUPLICATE_VENN)
    events.write_text(events.read_text().replace("people:\n  - tobias-venn", "people:\n  - venn", 1))
    before = people.read_text(), events.read_text()
    shown = reviewed(runner, draft_bank, "m\n2\nq\n", "--kind", "people")
    assert "  Merge Venn into:\n    1) Ada Venn (ada-venn)\n    2) Tobias Venn (tobias-venn)\n" in shown
    assert "Merged into tobias-venn." in shown and "Reviewed: merged 1." in shown
    text = people.read_text()
    assert "id: venn\n" not in text and text.count("- Venn\n") == 1  # an alias it already had, once
    assert "    quote: Venn kept the light for twenty years.\n" in text  # its fact joined Tobias Venn's
    assert "  - venn\n" not in events.read_text() and "tobias-venn" in events.read_text()
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]

    people.write_text(before[0]), events.write_text(before[1])
    shown = reviewed(runner, draft_bank, "m\n2\nu\nq\n", "--kind", "people")
    assert "Undone: merged the entry before this one; it is asked again." in shown
    assert (people.read_text(), events.read_text()) == before


def test_x_cuts_an_alias_and_the_entry_is_asked_again_until_kept(draft_bank, runner):
    shown = reviewed(runner, draft_bank, "x\n1\ny\nq\n", "--kind", "people", "--order", "article")
    assert "  Cut:\n    1) aliases: Venn\n    2) role: keeper of the Harwick light\n" in shown
    assert shown.count("person tobias-venn · draft 0.9") == 2  # asked again, as it now is
    assert "Reviewed: kept 1, fixed 1." in shown
    people = (draft_bank / "people.yaml").read_text()
    tobias = people[people.index("- id: tobias-venn") : people.index("- id: ada-venn")]
    assert tobias == (
        "- id: tobias-venn\n  name: Tobias Venn\n  aliases: []\n  role: keeper of the Harwick light\n  facts:\n"
        "  - text: He first lit the Harwick Lighthouse on 2 May 1871.\n"
        "    quote: The Harwick Lighthouse was first lit on 2 May 1871 by the keeper Tobias Venn.\n"
    )


def test_t_retitles_w_dates_by_the_quote_and_p_adds_the_person_it_names(draft_bank, runner):
    events = draft_bank / "events.yaml"
    events.write_text(
        events.read_text()
        .replace("date: '1871-05-02'", "date: '1871'")
        .replace("people:\n  - tobias-venn\n", "people: []\n", 1)
    )
    keys = "t\n2\nThe keeper Tobias Venn first lights the Harwick Lighthouse\nw\n1\np\n1\ny\nq\n"
    shown = reviewed(runner, draft_bank, keys, "--kind", "events", "--order", "article")
    assert (
        "  Start from:\n    1) The Harwick Lighthouse is first lit\n"
        "    2) The Harwick Lighthouse was first lit on 2 May 1871 by the keeper Tobias Venn\n"
        "    3) The Harwick Lighthouse was first lit by the keeper Tobias Venn\n"  # (without its date)
        "Which? [1-3, Enter for its own] 2\n"
    ) in shown
    assert "  Date it by:\n    1) 1871-05-02  “2 May 1871”\n" in shown
    assert "  Add who the quote names:\n    1) Tobias Venn (tobias-venn)\n" in shown
    assert "Reviewed: kept 1, fixed 3." in shown
    text = events.read_text()
    assert text.startswith(
        "# Events, in the article's order.\nevents:\n- id: first-lit\n  date: '1871-05-02'\n"
        "  title: The keeper Tobias Venn first lights the Harwick Lighthouse\n"
        "  quote: The Harwick Lighthouse was first lit on 2 May 1871 by the keeper Tobias Venn.\n"
        "  people:\n  - tobias-venn\n- id: gannet-rescue  # the rescue\n"
    )
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]


def test_w_takes_the_old_dates_words_away_with_it(draft_bank, runner):
    events = draft_bank / "events.yaml"
    events.write_text(events.read_text().replace("date: '1899'\n", "date: '1899'\n  label: until 1899\n"))
    shown = reviewed(runner, draft_bank, "s\ns\nw\n1\ny\n", "--kind", "events", "--order", "article")
    assert "until 1899" in shown  # shown before the fix
    assert "label:" not in events.read_text()


def test_a_fix_that_check_refuses_changes_nothing(draft_bank, runner):
    before = (draft_bank / "events.yaml").read_text()
    shown = reviewed(runner, draft_bank, "w\n1\nq\n", "--kind", "events", "--order", "article")
    assert "Nothing changed." not in shown  # the quote's own date, which check accepts
    shown = reviewed(runner, draft_bank, "p\nq\n", "--kind", "events", "--order", "article")
    assert "Add who the quote names: there is nothing to choose from." in shown
    shown = reviewed(runner, draft_bank, "t\n\n\nq\n", "--kind", "events", "--order", "article")
    assert "Nothing changed." in shown
    assert (draft_bank / "events.yaml").read_text() == before


def test_t_gives_a_person_a_name_and_a_role(draft_bank, runner):
    # The role first (Enter: its own to edit); a name only at a t that leaves the role as it was.
    keys = "t\n\nthe second keeper of the Harwick light\nt\n\n\nAda Venn, keeper\ny\n"
    shown = reviewed(runner, draft_bank, keys, "--kind", "people")
    assert "  Role, start from:\n    1) keeper of the light from 1891\n    2) Venn's daughter\n" in shown
    assert "Ada Venn, keeper — the second keeper of the Harwick light" in shown
    people = (draft_bank / "people.yaml").read_text()
    role = "  role: the second keeper of the Harwick light\n"
    assert "- id: ada-venn\n  name: Ada Venn, keeper\n  aliases: []\n" + role in people
    shown = reviewed(runner, draft_bank, "t\n\n\nq\n", "--kind", "people")
    assert "Nothing changed." in shown


def test_p_offers_the_main_person_for_he_and_tells_the_title_of_them(draft_bank, runner):
    events = draft_bank / "events.yaml"
    events.write_text(
        events.read_text()
        .replace("Venn rows out and saves the Gannet's crew", "He rows out to the schooner Gannet")
        .replace("people:\n  - tobias-venn\n- id: electric-lamp", "people: []\n- id: electric-lamp")
    )
    shown = reviewed(runner, draft_bank, "y\np\n1\ny\nq\n", "--kind", "events", "--order", "article")
    assert "  Add who the quote names:\n    1) Tobias Venn (tobias-venn)\n" in shown  # "he": the person of most facts
    text = events.read_text()
    assert "  title: Tobias Venn rows out to the schooner Gannet\n" in text
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]


def test_a_leaves_out_a_range_of_numbers(draft_bank, runner):
    shown = reviewed(runner, draft_bank, "a\n1-2\nq\n", "--kind", "events", "--order", "article")
    assert "Kept 1; 2 left to review one by one." in shown
    assert "draft: 0.7" not in (draft_bank / "events.yaml").read_text()


def test_a_deletes_those_named_after_n_and_asks_again_the_one_on_screen_if_left_out(draft_bank, runner):
    shown = reviewed(runner, draft_bank, "a\n1 n 2\ny\n", "--kind", "events", "--order", "article")
    assert "Kept 1; deleted 1; 1 left to review one by one." in shown
    after = shown[shown.index("Kept 1; deleted 1") :]
    assert "2 of 3 reviewed, 1 left\nevent first-lit" in after  # the entry on screen, left out: asked next
    assert "Reviewed: kept 2, deleted 1." in shown
    events = (draft_bank / "events.yaml").read_text()
    assert "gannet-rescue" not in events and "draft:" not in events


def test_m_makes_one_event_of_a_happening_told_twice(draft_bank, runner):
    events = draft_bank / "events.yaml"
    twice = (
        "- id: lit-again\n  draft: 0.3\n  date: '1871-05-02'\n  title: Tobias Venn lit the lighthouse\n"
        "  quote: The Harwick Lighthouse was first lit on 2 May 1871 by the keeper Tobias Venn.\n  people: []\n"
    )
    events.write_text(events.read_text() + twice)
    shown = reviewed(runner, draft_bank, "m\n1\nq\n", "--kind", "events")
    first_lit = "    1) 1871-05-02  The Harwick Lighthouse is first lit (first-lit)\n"
    assert "  Merge Tobias Venn lit the lighthouse into:\n" + first_lit in shown
    assert "lit-again" not in events.read_text()
    assert invoke_json("check", "--bank", str(draft_bank), "--json")["ok"]


def test_a_rename_leaves_no_alias_saying_the_same(draft_bank, runner):
    keys = "t\n\nVenn\ny\n"  # (nothing to offer for his role: its line first, Enter keeps it; then the name)
    shown = reviewed(runner, draft_bank, keys, "--kind", "people", "--order", "article")
    assert "Venn — keeper of the Harwick light" in shown
    people = (draft_bank / "people.yaml").read_text()
    assert "- id: tobias-venn\n  name: Venn\n  aliases: []\n" in people


def test_k_sets_a_terms_kind(draft_bank, runner):
    shown = reviewed(runner, draft_bank, "k\n3\ny\n", "--kind", "terms")
    assert "    3) document\n" in shown and "Board of Lights (document)" in shown
    assert "  kind: document\n" in (draft_bank / "terms.yaml").read_text()
    assert "draft:" not in (draft_bank / "terms.yaml").read_text()


def test_a_keeps_the_rest_of_a_kind_after_a_list_but_those_left_out(draft_bank, runner, wide):
    shown = reviewed(runner, draft_bank, "a\n2\nq\n", "--kind", "events", "--order", "article")
    assert (
        "a keeps 3 events still to review:\n"
        "  1) event first-lit · 0.5 · May 2, 1871  The Harwick Lighthouse is first lit · Tobias Venn\n"
        "  2) event gannet-rescue · 0.6 · November 9, 1882  Venn rows out and saves the Gannet's crew · Tobias Venn\n"
        "  3) event electric-lamp · 0.7 · 1899  The lamp is replaced by an electric one · nobody named\n"
    ) in shown
    assert "Kept 2; 1 left to review one by one." in shown
    assert "2 of 3 reviewed, 1 left\nevent gannet-rescue" in shown
    assert "Reviewed: kept 2." in shown
    text = (draft_bank / "events.yaml").read_text()
    assert "draft: 0.6" in text and "draft: 0.5" not in text and "draft: 0.7" not in text
    shown = reviewed(runner, draft_bank, "a\nn\nq\n", "--kind", "people")
    assert "  2) Tobias Venn (also Venn) · 1 fact — keeper of the Harwick light\n" in shown
    assert "  Nothing kept.\n\n0 of 2 reviewed, 2 left\n" in shown
    assert "draft: 0.4" in (draft_bank / "people.yaml").read_text()


@pytest.mark.slow
def test_t_at_a_terminal_edits_the_old_title_in_place(draft_bank, fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank), "--kind", "events", "--order", "article")
    child.expect(r"Keep this event\? \[y,n,e,t,w,p,x,m,a,s,u,q,\?\] ")
    child.send("t")
    child.expect(r"Which\? \[1-3, Enter for its own\] ")
    child.send("1\r")
    child.expect("Title: ")
    child.send(" at dusk\r")  # the old title is on the line, the cursor at its end
    child.expect("Changed; asked again as it now is.")
    child.expect(r"The Harwick Lighthouse is first lit at dusk.*Keep this event\? ")
    child.send("y")
    child.expect(r"event gannet-rescue .*Keep this event\? ")
    child.send("t")
    child.expect(r"Which\? \[1-3, Enter for its own\] ")
    child.send("1\r")
    child.expect("Title: ")
    # Ctrl-U empties the line; Tab completes a word of the quote, any case (Ctrl-B moves back over " crew")
    child.send("\x15Venn saves the crew" + "\x02" * 5 + " gan\t\r")
    child.expect(r"Venn saves the Gannet crew.*Keep this event\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    events = (draft_bank / "events.yaml").read_text()
    assert "  title: The Harwick Lighthouse is first lit at dusk\n" in events
    assert "  title: Venn saves the Gannet crew\n" in events


@pytest.mark.slow
def test_t_enter_starts_from_the_title_as_it_is_and_tab_matches_a_typed_apostrophe(draft_bank, fixed_terminal):
    # A teacher pressed Enter at "Start from" for the title as it is (nothing happened), and could not
    # reach "d’Affaires" by Tab: a keyboard's apostrophe is straight, the article's curly.
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    for name in ("events.yaml", "source.txt"):
        path = draft_bank / name
        path.write_text(path.read_text().replace("the schooner Gannet and", "the Gannet’s aid and"))
    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank), "--kind", "events", "--order", "article")
    child.expect(r"Keep this event\? ")
    child.send("y")
    child.expect(r"event gannet-rescue .*Keep this event\? ")
    child.send("t")
    child.expect(r"Which\? \[1-\d, Enter for its own\] ")
    child.send("\r")
    child.expect("Title: ")
    child.send("\x15Venn came to the gannet'\t" + " aid\r")
    child.expect(r"Venn came to the Gannet’s aid.*Keep this event\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "  title: Venn came to the Gannet’s aid\n" in (draft_bank / "events.yaml").read_text()


def test_a_stray_key_at_a_numbered_choice_never_falls_through_to_the_entry_prompt(fixed_terminal, draft_bank):
    # A teacher pressed Home at the choice, then typed a word meant for a title: its "e" opened the editor.
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(
        fixed_terminal,
        "review",
        "--bank",
        str(draft_bank),
        "--kind",
        "events",
        "--order",
        "article",
        variables={"EDITOR": "false", "VISUAL": "false"},
    )
    child.expect(r"Keep this event\? \[y,n,e,t,w,p,x,m,a,s,u,q,\?\] ")
    child.send("t")
    child.expect(r"Which\? \[1-3, Enter for its own\] ")
    child.send("\x1b[H De u\r")  # Home, then a word meant for a title: no choice, asked again
    child.expect(r"Which\? A number from 1 to 3, or Enter for its own: ")
    child.send("1\r")
    child.expect("Title: ")
    child.send(" at dusk\r")
    child.expect(r"The Harwick Lighthouse is first lit at dusk.*Keep this event\? ")
    child.send("\x1b[A")  # an arrow at the entry prompt: nothing happens, no help
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "y - " not in child.before and "Reviewed: kept" not in child.before.split("dusk")[0]
    assert "  title: The Harwick Lighthouse is first lit at dusk\n" in (draft_bank / "events.yaml").read_text()


@pytest.mark.slow
def test_t_completes_a_persons_name_from_the_words_of_their_facts(draft_bank, fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank), "--kind", "people", "--order", "article")
    child.expect(r"person tobias-venn .*Keep this person\? ")
    child.send("t")  # (nothing to offer for his role: its line first, the name's after it)
    child.expect("Role: ")
    child.send("\r")
    child.expect("Name: ")
    child.send("\x15Tobias Venn of harw\t\r")  # "Harwick", a word of his fact's quote
    child.expect(r"Tobias Venn of Harwick.*Keep this person\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "name: Tobias Venn of Harwick\n" in (draft_bank / "people.yaml").read_text()


@pytest.mark.slow
def test_t_completes_a_name_not_stopped_by_its_possessive_and_keeps_one_space(runner, tmp_path, fixed_terminal):
    # ("Co" Tab stopped at "Cobb" between "Cobb" and "Cobb’s"; two spaces typed are one)
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    article = tmp_path / "school.txt"
    article.write_text(
        "The Dunmore School\n\nEllen Cobb opened a school in Dunmore on 3 March 1901. Cobb’s school took in"
        " forty pupils in its first year. In 1908 Ellen Cobb built a second schoolhouse beside the river, and"
        " Cobb’s pupils planted its garden. Cobb wrote to the governor in 1910.\n",
        encoding="utf-8",
    )
    bank = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(bank)).exit_code == 0
    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(bank), "--kind", "people")
    child.expect(r"person cobb .*Keep this person\? ")
    child.send("t")
    child.expect(r"2\) who wrote to the governor in 1910\s+Which\? \[1-2, Enter for its own\] ")
    child.send("\r")
    child.expect("Role: ")
    child.send("\x15teacher  who opened Co\t school\r")
    child.expect(r"teacher who opened Cobb school.*Keep this person\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "role: teacher who opened Cobb school\n" in (bank / "people.yaml").read_text(encoding="utf-8")


def test_w_dates_an_event_by_a_date_typed_as_an_article_writes_it(draft_bank, runner):
    # (a teacher's event dated by a guessed year, with no other date in its quote, took vi to mend)
    keys = "w\n2\nsoon\n3 May 1871\ny\ns\nw\n2\n[1898..1899]\nq\n"
    shown = reviewed(runner, draft_bank, keys, "--kind", "events", "--order", "article")
    assert "2) a date typed" in shown
    assert "“soon” is no date" in shown
    events = (draft_bank / "events.yaml").read_text()
    assert "date: '1871-05-03'" in events or "date: 1871-05-03" in events
    assert "[1898..1899]" in events


@pytest.mark.slow
def test_tab_in_a_role_completes_the_name_of_another_person_of_the_bank(draft_bank, fixed_terminal):
    # A teacher typed "associate of Bha" Tab for a man whose facts never name Bhagat Singh: nothing came.
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(draft_bank), "--kind", "people")
    child.expect(r"person ada-venn .*Keep this person\? ")
    child.send("t")
    index = child.expect([r"Which\? \[[^\]]*\] ", "Role: "])
    if index == 0:
        child.send("\r")
        child.expect("Role: ")
    child.send("\x15daughter of to\t" + " Venn\r")  # "Tobias" is in no fact of hers
    child.expect(r"Ada Venn — daughter of Tobias Venn.*Keep this person\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "  role: daughter of Tobias Venn\n" in (draft_bank / "people.yaml").read_text()
