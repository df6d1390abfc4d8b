"""`vlasov review`'s `t` on a person: the role starts from a phrase their facts give them, picked by
number, as an event's title starts from a clause of its quote."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import drafted_folder
from test_review import REVIEW_BANK, reviewed

# Two founders share the article's phrase, so the draft gives it to neither ("a role another person gets
# too tells neither"); the draft gives her the other ("warden of the harbour"), taken off here so that she
# is without a role, though her facts hold two.
GUILD = (
    "The Harbour Guild of Kellby\n\nThe Harbour Guild was founded in Kellby in 1871 by the fishermen of the town."
    " Mara Holt, a founding member of the Harbour Guild, kept its books for thirty years. Ben Carr, a founding"
    " member of the Harbour Guild, built its first hall in 1873. In 1880 Mara Holt was a warden of the harbour.\n"
)


@pytest.fixture
def guild_bank(runner, tmp_path: Path) -> Path:
    bank = drafted_folder(runner, tmp_path, GUILD)
    people = (bank / "people.yaml").read_text(encoding="utf-8")
    holt = people[people.index("- id: holt\n") : people.index("- id: carr\n")]
    assert "role: warden of the harbour\n" in holt
    (bank / "people.yaml").write_text(people.replace(holt, re.sub(r" *role: warden of the harbour\n", "", holt)))
    return bank


@pytest.mark.slow
def test_t_at_a_terminal_picks_a_persons_role_at_one_key_and_asks_no_name_once_it_changed(guild_bank, fixed_terminal):
    # (a teacher's t on a person with a role offered took t Enter 1 Enter Enter y: the name line first,
    # a pick that wanted Enter, then the role line; now t 1 Enter y)
    pexpect = pytest.importorskip("pexpect")
    from processes import spawn_vlasov

    child = spawn_vlasov(fixed_terminal, "review", "--bank", str(guild_bank), "--kind", "people", "--order", "article")
    child.expect(r"person holt .*Keep this person\? ")
    child.send("t")
    child.expect(r"Role, start from:\s+1\) founding member of the Harbour Guild\s+2\) warden")
    child.expect(r"Which\? \[1-2, Enter for its own\] ")
    child.send("3")
    child.expect(r"Which\? A number from 1 to 2, or Enter for its own: ")
    child.send("\r")
    child.expect("Role: ")  # (its own, none: an empty line)
    child.send("\r")
    child.expect("Name: ")  # (the role left as it was: the name's line)
    child.send("\r")
    child.expect(r"Nothing changed.*Keep this person\? ")
    child.send("t")
    child.expect(r"Which\? \[1-2, Enter for its own\] ")
    child.send("1")  # (no Enter: the pick is one key)
    child.expect("Role: ")
    child.send("\r")
    index = child.expect(["Name: ", r"Mara Holt — founding member of the Harbour Guild.*Keep this person\? "])
    assert index == 1  # (the role changed: no name line)
    child.send("y")
    child.expect(r"person carr .*Keep this person\? ")
    child.send("t")  # (his own role his only phrase: nothing to pick, the role line, then the name)
    child.expect("Role: ")
    child.send("\r")
    child.expect("Name: ")
    child.send("\x15Benjamin Carr\r")
    child.expect(r"Benjamin Carr.*Keep this person\? ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    people = (guild_bank / "people.yaml").read_text(encoding="utf-8")
    assert "  name: Mara Holt\n  aliases: []\n  role: founding member of the Harbour Guild\n" in people
    assert "  name: Benjamin Carr\n" in people


def test_t_from_a_pipe_picks_a_role_by_number_and_enter_keeps_none(guild_bank, runner):
    shown = reviewed(runner, guild_bank, "t\n2\n\ny\n", "--kind", "people", "--order", "article")
    assert "Name: " not in shown  # (the role picked first; it changed, so no name line)
    assert (
        "  Role, start from:\n    1) founding member of the Harbour Guild\n    2) warden of the harbour\n"
        "Which? [1-2, Enter for its own] 2\n"  # (never "warden" alone: check warns of a single word)
    ) in shown
    assert "  role: warden of the harbour\n" in (guild_bank / "people.yaml").read_text(encoding="utf-8")
    shown = reviewed(runner, guild_bank, "t\n\n\nq\n", "--kind", "people")  # (Mara Holt is kept: Ben Carr)
    assert "person carr" in shown
    assert "Nothing changed." in shown
    assert "Role, start from" not in shown  # (his own role is his only phrase: nothing to pick)


def test_a_role_another_person_holds_too_is_marked_as_asking_no_question(guild_bank, runner):
    # A teacher typed "HSRA member" for two men and "associate of X" for a third of four: none made a
    # "Who was this?" question (a role two people hold tells neither), and nothing said so.
    shown = reviewed(runner, guild_bank, "t\n1\n\nq\n", "--kind", "people", "--order", "article")
    again = shown[shown.index("Changed; asked again") :]
    assert "Mara Holt — founding member of the Harbour Guild\n" in again
    assert "  ! no question asks its role, held too by “Ben Carr”\n" in again
    shown = reviewed(runner, guild_bank, "a\n\nq\n", "--kind", "people", "--order", "article")
    assert (
        "  1) Mara Holt · 2 facts — founding member of the Harbour Guild\n"
        "       ! no question asks its role, held too by 2\n"
        "  2) Ben Carr · 1 fact — founding member of the Harbour Guild\n"
        "       ! no question asks its role, held too by 1\n"
    ) in shown


LANDOWNER = (
    "\n\nSome keepers sent Lord Harwick an appeal to help. Edmund Harwick, a landowner who had studied the history"
    " of lighthouses, harbours and shipping in Kent, answered them. The letter was carried by his servants,"
    " Edmund Harwick and Tom Reed. The case went to Judge Baron Harwick in 1896.\n"
)
HARWICK = """\
- id: harwick
  draft: 0.2
  name: Edmund Harwick
  aliases:
  - Harwick
  facts:
  - text: Keepers appealed to him.
    quote: Some keepers sent Lord Harwick an appeal to help.
  - text: He answered them.
    quote: >-
      Edmund Harwick, a landowner who had studied the history of lighthouses, harbours and shipping in Kent,
      answered them.
  - text: He carried the letter.
    quote: The letter was carried by his servants, Edmund Harwick and Tom Reed.
  - text: He heard the case.
    quote: The case went to Judge Baron Harwick in 1896.
"""


def test_t_offers_no_form_of_address_nor_whose_nor_a_list_cut_for_a_role(tmp_path, runner):
    # A teacher was offered "prisoners sent Mahatma" and "Mr." for Gandhi, "Judge Viscount" for a judge, "his
    # associates" for a man, and "professor who has specialised in the study of federalism" where the article
    # goes on ", nationalism and …".
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + LANDOWNER)
    (bank / "people.yaml").write_text((bank / "people.yaml").read_text() + HARWICK)
    shown = reviewed(runner, bank, "t\n1\n\ny\n", "--kind", "people")
    assert (
        "  Role, start from:\n"
        "    1) landowner who had studied the history of lighthouses, harbours and shipping in Kent\n"
        "Which?"  # ("Judge Baron": the rank before the name is no role; "Judge" and "landowner" alone are none)
    ) in shown
    assert (
        "role: landowner who had studied the history of lighthouses, harbours and shipping in Kent\n"
        in (bank / "people.yaml").read_text()
    )


def test_t_offers_a_role_of_kin_told_of_the_person_an_apposition_names(tmp_path, runner):
    # A teacher typed ", wife of Bhagwati Charan Vohra" (23 keys), which the article writes as "…, wife of
    # another HSRA member, Bhagwati Charan Vohra,".
    bank = Path(shutil.copytree(REVIEW_BANK, tmp_path / "draft"))
    log = "In 1890 Ada Venn, wife of another keeper, Tom Reed, kept the log."
    (bank / "source.txt").write_text((bank / "source.txt").read_text().rstrip("\n") + f"\n\n{log}\n")
    people = bank / "people.yaml"
    daughter = "    quote: Venn's daughter Ada Venn became keeper in 1891.\n"
    fact = f"  - text: She kept the log.\n    quote: {log}\n"
    people.write_text(people.read_text().replace(daughter, daughter + fact))
    shown = reviewed(runner, bank, "t\n\n\nq\n", "--kind", "people")
    assert "    3) wife of another keeper\n    4) wife of Tom Reed\n" in shown


def test_a_role_within_another_persons_longer_one_is_marked_and_the_longer_is_not(guild_bank, runner):
    # A teacher kept "Prime Minister" for one man beside "British Prime Minister" for another: "Who
    # was this: Prime Minister?" then had both for an answer.
    people = guild_bank / "people.yaml"
    text = people.read_text(encoding="utf-8").replace(
        "- id: holt\n", "- id: holt\n  role: member of the Harbour Guild\n"
    )
    people.write_text(text, encoding="utf-8")
    shown = reviewed(runner, guild_bank, "a\n\nq\n", "--kind", "people", "--order", "article")
    assert (
        "  1) Mara Holt · 2 facts — member of the Harbour Guild  ! no question asks its role, held too by 2\n"
        "  2) Ben Carr · 1 fact — founding member of the Harbour Guild\n"
    ) in shown


STRIKE = (
    "The Mill Strike of Brenford\n\nThe weavers of Brenford struck in March 1890 for a shorter day. The strike was led"
    " by the Weavers Union of the town.\n\nOn 2 April 1890 the police arrested other members of the Weavers Union,"
    " including Ann Lee, Tom Reed, and Ben Carr.\n\nIn prison Ruth Pell was approached by Walter Finch, a fellow"
    " inmate, and a preacher who would later found the Brenford Chapel.\n\nHistorian Edith Crane described the strike"
    " as the first of its kind in the county.\n\nIn May 1890 Ruth Pell joined fellow defendant Jon Marsh in a hunger"
    " strike. By then the health of another hunger striker, Jonathan Edward Marsh, had failed. Marsh died in June"
    " 1890.\n"
)


def _without_roles(bank: Path) -> Path:
    """The drafted bank with its people's roles taken off (the draft gives Walter Finch and Edith Crane the
    phrase `t` offers first): these tests pin what `t` offers a person without one."""
    people = bank / "people.yaml"
    people.write_text(re.sub(r"(?m)^ *role: .*\n", "", people.read_text(encoding="utf-8")), encoding="utf-8")
    return bank


def test_t_offers_a_groups_role_a_second_apposition_a_fellow_and_what_a_lone_word_did(tmp_path, runner):
    # A teacher typed four roles (197 keys) `t` did not offer: "members of HSRA, including ..., and Jai Gopal",
    # "Randhir Singh, a fellow inmate, and a Sikh leader who would later found ...", "fellow defendant Jatin
    # Das" (and "another hunger striker, Jatindra Nath Das,"), "Historian K. N. Panikkar described Singh as ...".
    bank = _without_roles(drafted_folder(runner, tmp_path, STRIKE))
    keys = "t\n1\n\ny\n" + "y\n" * 3 + "t\n2\n\ny\n" + "t\n1\n\ny\n" + "t\n1\n\ny\n"
    shown = reviewed(runner, bank, keys, "--kind", "people", "--order", "article")
    assert "  Role, start from:\n    1) member of the Weavers Union\nWhich?" in shown
    assert "    1) fellow inmate\n    2) preacher who would later found the Brenford Chapel\nWhich?" in shown
    assert "    1) historian who described the strike as the first of its kind in the county\nWhich?" in shown
    assert "    1) fellow defendant\n    2) hunger striker\n    3) fellow defendant who died in June 1890\n" in shown
    roles = [line for line in (bank / "people.yaml").read_text(encoding="utf-8").splitlines() if "role:" in line]
    assert roles == [
        "  role: member of the Weavers Union",
        "  role: preacher who would later found the Brenford Chapel",
        "  role: historian who described the strike as the first of its kind in the county",
        "  role: fellow defendant",
    ]


def test_cutting_an_alias_of_a_word_for_a_person_raises_no_longer_name_mark(tmp_path, runner):
    # A teacher cut K. N. Panikkar's alias "Historian K. N. Panikkar" and the entry was marked at once
    # "! a fact says 'Historian K. N. Panikkar'": a word for a person before a name is no longer name.
    bank = _without_roles(drafted_folder(runner, tmp_path, STRIKE))
    assert "  - Historian Edith Crane\n" in (bank / "people.yaml").read_text(encoding="utf-8")
    shown = reviewed(runner, bank, "y\n" * 5 + "x\n1\nq\n", "--kind", "people", "--order", "article")
    again = shown[shown.index("Changed; asked again") :]
    assert "  Edith Crane\n" in again and "a fact says" not in again
    assert "Historian Edith Crane\n" not in (bank / "people.yaml").read_text(encoding="utf-8")
