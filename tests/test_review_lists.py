"""`vlasov review`'s `a` lists as a reviewer meets them: the entries likely to need a touch marked and
listed first, "!" naming them all; a term's whole description and a person on one line shown in the list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import REVIEW_BANK, invoke_json, review_bank_telling, reviewed

TWO_MORE_EVENTS = """\
- id: this-rescue
  draft: 0.9
  date: '1882-11-09'
  title: This rescue of the Gannet's crew made Venn famous along the coast
  quote: This rescue of the Gannet's crew made Venn famous along the coast.
  people: []
- id: gannet
  draft: 0.9
  date: '1883'
  title: Gannet
  quote: The Gannet sailed again in 1883.
  people: []
"""
MORE_SOURCE = (
    "\n\nThis rescue of the Gannet's crew made Venn famous along the coast. The Gannet sailed again in 1883.\n"
)


@pytest.fixture
def marked_bank(tmp_path: Path) -> Path:
    """The review bank with two events a reviewer will want to touch: one opening on "This" (of the
    same day as the rescue, and sharing its word "rescue"), one whose title is one word."""
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "events.yaml").write_text((bank / "events.yaml").read_text() + TWO_MORE_EVENTS)
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + MORE_SOURCE)
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]
    return bank


@pytest.fixture(params=["80"])
def eighty(monkeypatch, request):
    monkeypatch.setenv("COLUMNS", request.param)
    from vlasov_cli.cli.views import output

    output.out.cache_clear()
    yield
    output.out.cache_clear()


@pytest.mark.parametrize("eighty", ["160"], indirect=True)  # (no line wraps)
def test_a_lists_the_marked_entries_first_with_why_and_bang_leaves_them_all_out(marked_bank, runner, eighty):
    shown = reviewed(runner, marked_bank, "a\n!\ny\nn\n", "--kind", "events", "--order", "article")
    listing = shown[shown.index("a keeps") : shown.index("Keep them all?")]
    assert listing.startswith("a keeps 5 events still to review; 1-3 are marked ! (“!” below names them all):\n")
    lines = [line for line in listing.splitlines()[1:] if line.lstrip()[:2] in {f"{n})" for n in range(1, 6)}]
    assert [line.split(" · ")[0].split()[-1] for line in lines] == [
        "gannet-rescue",
        "this-rescue",
        "gannet",
        "first-lit",
        "electric-lamp",
    ]
    assert "Venn rows out and saves the Gannet's crew · Tobias Venn  ! same date and words as 2" in listing
    assert "  ! opens on “This”" in listing and "  ! a one-word title" in listing
    assert "first-lit" in lines[3] and "!" not in lines[3]
    assert "Kept 2; 3 left to review one by one." in shown
    after = shown[shown.index("Kept 2; 3 left") :]
    assert after.index("event gannet-rescue") < after.index("event this-rescue") < after.index("event gannet ·")
    assert "Reviewed: kept 3, deleted 1." in shown
    events = (marked_bank / "events.yaml").read_text()
    assert "id: this-rescue" not in events and "draft: 0.5" not in events and "draft: 0.7" not in events
    assert "id: gannet\n  draft: 0.9" in events  # the third marked one: not yet decided


def test_n_and_bang_deletes_every_marked_entry_and_numbers_still_work_beside_it(marked_bank, runner):
    shown = reviewed(runner, marked_bank, "a\n5 n !\nq\n", "--kind", "events", "--order", "article")
    assert "Kept 1; deleted 3; 1 left to review one by one." in shown
    events = (marked_bank / "events.yaml").read_text()
    assert "id: this-rescue" not in events and "id: gannet\n" not in events and "gannet-rescue" not in events
    assert "draft: 0.7" in events and "draft: 0.5" not in events  # 5 left out, 4 kept
    assert invoke_json("check", "--bank", str(marked_bank), "--json")["ok"]


def test_bang_with_nothing_marked_keeps_nothing(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    shown = reviewed(runner, bank, "a\n!\nq\n", "--kind", "terms")
    assert "a keeps 1 term still to review:\n" in shown
    assert "  Nothing kept." in shown
    assert "draft: 0.8" in (bank / "terms.yaml").read_text()


def test_a_shows_a_terms_whole_description_and_a_person_on_one_line(tmp_path, runner, eighty):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    terms = bank / "terms.yaml"
    long = (
        "The body that replaced the lamp with an electric one in 1899, and that kept the lights of the whole "
        "coast, from the Harwick rocks to the northern sands, for the rest of the century."
    )
    terms.write_text(terms.read_text().replace("The body that replaced the lamp with an electric one in 1899.", long))
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "terms")
    assert (
        "  1) term board-of-lights · 0.8 · Board of Lights (organisation)\n"
        "       The body that replaced the lamp with an electric one in 1899, and that\n"
        "       kept the lights of the whole coast, from the Harwick rocks to the\n"
        "       northern sands, for the rest of the century.\n"
    ) in shown
    people = bank / "people.yaml"
    fact = "  - text: He kept watch in {0}.\n    quote: Venn kept watch in {0}.\n"
    many = "".join(fact.format(year) for year in range(1872, 1892))
    people.write_text(people.read_text().replace("  facts:\n", "  facts:\n" + many, 1))
    watches = " ".join(f"Venn kept watch in {year}." for year in range(1872, 1892))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + f"\n\n{watches}\n")
    people.write_text(people.read_text().replace("  role: keeper of the light from 1891\n", ""))
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "people", "--order", "article")
    listing = shown[shown.index("a keeps") : shown.index("Keep them all?")]
    assert listing.splitlines()[1:] == [  # one line a person however many facts (a list of dozens fits a screen)
        "  1) Tobias Venn (also Venn) · 21 facts — keeper of the Harwick light",
        "  2) Ada Venn · 1 fact: Venn's daughter Ada Venn became keeper in 1891. ¶5",  # (no role: her first fact)
    ]


KEEPERS = """\
- id: state-venn
  draft: 0.5
  name: State Venn
  aliases: []
  kind: other
  description: Venn kept the light for twenty years.
  quote: Venn kept the light for twenty years.
- id: confederacy
  draft: 0.6
  name: Confederacy
  aliases: []
  kind: organisation
  description: The Confederacy of keepers lasted a year.
  quote: The Confederacy of keepers lasted a year.
- id: confederate-states-of-keepers
  draft: 0.9
  name: Confederate States of Keepers
  aliases: []
  kind: organisation
  description: The Confederate States of Keepers met at Harwick in 1890.
  quote: The Confederate States of Keepers met at Harwick in 1890.
"""


def test_terms_marks_say_a_person_with_an_office_and_m_merges_a_stem_duplicate(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "terms.yaml").write_text((bank / "terms.yaml").read_text() + KEEPERS)
    source = bank / "source.txt"
    source.write_text(
        source.read_text().rstrip("\n")
        + "\n\nThe Confederate States of Keepers met at Harwick in 1890. The Confederacy of keepers lasted a year.\n"
    )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "terms")
    assert "a keeps 4 terms still to review; 1-2 are marked !" in shown
    assert "1) term state-venn · 0.5 · State Venn (other)  ! a person, with an office\n" in shown
    assert "2) term confederacy · 0.6 · Confederacy (organisation)  ! the same as 4\n" in shown
    # the stem is shared, no whole word: m offers it all the same, the one target asked yes or no
    shown = reviewed(runner, bank, "s\nm\nn\nq\n", "--kind", "terms")
    assert "  Merge Confederacy into Confederate States of Keepers (confederate-states-of-keepers)? [Y/n] " in shown
    assert "id: confederacy" in (bank / "terms.yaml").read_text()  # n leaves it
    shown = reviewed(runner, bank, "s\nm\n\nq\n", "--kind", "terms")  # Enter takes it: m, Enter
    terms = (bank / "terms.yaml").read_text()
    assert "id: confederacy" not in terms and "  - Confederacy\n" in terms
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]


def test_d_describes_a_term_by_a_sentence_of_the_article_that_names_it(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    source = bank / "source.txt"
    founded = "The Board of Lights, which Parliament founded in 1860, kept every light of the coast."
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{founded}\n")
    shown = reviewed(runner, bank, "d\n2\n\ny\n", "--kind", "terms")
    assert (
        "  Describe it by:\n"
        "    1) The Board of Lights replaced the lamp with an electric one in 1899. ¶5  (now)\n"
        f"    2) {founded} ¶6\n"
        "Which? [1-2, Enter for none] 2\n"
    ) in shown
    assert f"Board of Lights (organisation): {founded}" not in shown  # description and quote are one now
    assert f"  Board of Lights (organisation)\n    “{founded}” ¶6\n" in shown
    terms = (bank / "terms.yaml").read_text()
    assert f"  description: {founded}\n  quote: {founded}\n" in terms and "draft:" not in terms
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]


def test_t_offers_a_title_without_the_clause_that_interrupts_it(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    interrupted = "The Board of Lights, which Parliament had founded, replaced the lamp in 1899."
    events = bank / "events.yaml"
    events.write_text(
        events.read_text().replace(
            "quote: The Board of Lights replaced the lamp with an electric one in 1899.", f"quote: {interrupted}"
        )
    )
    source = bank / "source.txt"
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{interrupted}\n")
    keys = "s\ns\nt\n3\nThe Board of Lights replaced the lamp\ny\n"
    shown = reviewed(runner, bank, keys, "--kind", "events", "--order", "article")
    assert (
        "    3) The Board of Lights replaced the lamp in 1899\n    4) The Board of Lights replaced the lamp\n" in shown
    )
    assert "  title: The Board of Lights replaced the lamp\n" in events.read_text()


def test_t_offers_a_term_the_longer_name_its_quote_gives(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    terms = bank / "terms.yaml"
    terms.write_text(terms.read_text().replace("name: Board of Lights", "name: Lights"))
    shown = reviewed(runner, bank, "t\n2\nBoard of Lights\ny\n", "--kind", "terms")
    assert "  Start from:\n    1) Lights\n    2) Board of Lights\nWhich? [1-2, Enter for its own] 2\n" in shown
    assert "  name: Board of Lights\n" in terms.read_text()


def test_two_events_of_one_year_are_marked_only_when_they_share_a_word_of_the_deed(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    events, source = bank / "events.yaml", bank / "source.txt"
    told = {"painted": "The Board of Lights painted the tower in 1899.", "lamp": "A new lamp was lit in 1899."}
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{told['painted']} {told['lamp']}\n")
    events.write_text(
        events.read_text().replace("The lamp is replaced by an electric one", "The Board replaced the lamp")
    )
    for name, sentence in told.items():
        title = sentence.replace(" in 1899.", "")
        events.write_text(
            events.read_text()
            + f"- id: {name}\n  draft: 0.9\n  date: '1899'\n  title: {title}\n  quote: {sentence}\n  people: []\n"
        )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "events", "--order", "article")
    assert "The Board replaced the lamp · nobody named  ! same date and words as" in shown.replace("\n    ", " ")
    assert "The Board of Lights painted the tower · nobody named\n" in shown.replace("\n    ", " ")  # a name, no deed


def test_a_title_glued_across_a_cut_is_marked_and_one_without_a_whole_clause_is_not(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    events, source = bank / "events.yaml", bank / "source.txt"
    clause = "The Board, which Parliament had founded, replaced the lamp in 1899."
    glued = "The keeper's log, kept from the spring of 1882, tells the storm."
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{clause} {glued}\n")
    events.write_text(
        events.read_text()
        .replace("The lamp is replaced by an electric one", "The Board replaced the lamp")
        .replace("quote: The Board of Lights replaced the lamp with an electric one in 1899.", f"quote: {clause}")
        + f"- id: log\n  draft: 0.9\n  date: '1882'\n  title: The keeper's log kept tells the storm\n  quote: {glued}\n"
        "  people: []\n"
    )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "events").replace("\n    ", " ")
    assert "The keeper's log kept tells the storm · nobody named  ! glued: “kept tells”" in shown
    assert "The Board replaced the lamp · nobody named\n" in shown  # its relative clause cut whole


def test_a_title_that_ends_where_a_participle_clause_begins_is_not_marked_mid_phrase(tmp_path, runner):
    # A teacher's title "…the Hudson’s Bay Company to Canada" (the quote going on ", crushing the hopes")
    # was marked "ends mid-phrase: Canada"; a title stopping before a word of its phrase still is.
    ceded = "In 1899 the Board gave the light to Harwick, ending the keepers' watch."
    cut = "In 1900 the Board bought two steam launches for the coast."
    bank = review_bank_telling(
        tmp_path,
        f"{ceded} {cut}",
        {"id": "ceded", "date": "1899", "title": "The Board gave the light to Harwick", "quote": ceded},
        {"id": "launches", "date": "1900", "title": "The Board bought two steam", "quote": cut},
    )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "events").replace("\n    ", " ")
    assert "The Board gave the light to Harwick · nobody named\n" in shown
    assert "The Board bought two steam · nobody named  ! ends mid-phrase: “steam”" in shown


def test_a_person_whose_fact_names_them_only_inside_a_longer_name_is_marked(tmp_path, runner):
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    people, source = bank / "people.yaml", bank / "source.txt"
    memorial = "The town later built the Venn Memorial Light on the northern sands."
    source.write_text(source.read_text().rstrip("\n") + f"\n\n{memorial}\n")
    people.write_text(
        people.read_text().replace(
            "  facts:\n", f"  facts:\n  - text: A light bears his name.\n    quote: {memorial}\n", 1
        )
    )
    shown = reviewed(runner, bank, "a\n\nq\n", "--kind", "people")
    assert (
        "  1) Tobias Venn (also Venn) · 2 facts — keeper of the Harwick light\n"
        "       ! a fact says “Venn Memorial Light”\n"
    ) in shown
    assert "2) Ada Venn · 1 fact — keeper of the light from 1891\n" in shown  # her fact names her plainly


def test_the_entry_asked_one_by_one_says_why_it_is_marked(marked_bank, runner):
    shown = reviewed(runner, marked_bank, "y\nq\n", "--kind", "events", "--order", "article")
    rescue = shown[shown.index("event gannet-rescue") : shown.index("Keep this event? [y,n,e,t,w,p,x,m,a,s,u,q,?] q")]
    assert "  ! same date and words as “This rescue of the Gannet's crew made Venn famous along the coast”\n" in rescue
    assert "!" not in shown[: shown.index("event gannet-rescue")]  # first-lit is not marked
