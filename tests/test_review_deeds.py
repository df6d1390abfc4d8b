"""`vlasov review`'s `t` on a person offers what they did as a role ("who dismissed the appeal"), said
with a word their facts give them ("judge who dismissed the appeal"), and the article's phrases for them
that a rank or a single word is not ("commander of III Corps" of "Davout—the commander of III Corps—")."""

from __future__ import annotations

import re

import pytest
from conftest import drafted_folder
from test_review import reviewed

SIEGE = (
    "The Siege of Kellby\n\nThe Siege of Kellby was fought in 1890 between the weavers of Kellby and the town's"
    " guard.\n\nIn March 1890, Ann Lee and a weaver, Tom Reed, both members of the Weavers Union, seized the mill"
    " at Kellby. The warden of the harbour, Ben Carr, ordered the guards to close the gates (the river gates too)"
    " and personally arrested Lee. Reed\u2014the captain of the Weavers Union guard\u2014was one of the town's best"
    " marksmen. As Lee and Reed fled, Reed could have escaped in the smoke had he wished.\n\nOn 2 April 1890, Ann"
    " Lee, Tom Reed and Jon Marsh were sentenced to death in the Kellby court and ordered to be hanged. The appeal"
    " was dismissed by Judge Henry Ward. Lee was also charged with a plot to murder Ben Carr. The next day Carr"
    " received a visit from the warden's most loyal aide,"
    " Edith Crane. Marsh became the new leader of the Weavers Union in the town, leading it until 1900. Grand Duke"
    " Otto, Emperor Frederick's brother, commanded the town's guard.\n"
)


@pytest.fixture
def siege_bank(runner, tmp_path):
    bank = drafted_folder(runner, tmp_path, SIEGE)
    # The draft gives Reed, Marsh and Crane the phrase `t` offers first: taken off here, these tests pin what
    # `t` offers a person without a role.
    people = bank / "people.yaml"
    text = people.read_text(encoding="utf-8")
    for role in (
        "captain of the Weavers Union guard",
        "new leader of the Weavers Union in the town",
        "warden's most loyal aide",
    ):
        text, taken = re.subn(rf"(?m)^ *role: {re.escape(role)}\n", "", text)
        assert taken == 1
    people.write_text(text, encoding="utf-8")
    return bank


def test_t_offers_what_a_person_did_said_with_the_word_for_them_never_that_word_alone(siege_bank, runner):
    # A teacher typed "marksman who shot Saunders", "superintendent of police who ordered the lathi charge",
    # "who bombed the Assembly with Singh" (142 typed keys for six roles); `t` offered "marksman" alone,
    # which check then warned of ("a rank or a single word").
    shown = reviewed(runner, siege_bank, "y\nt\n2\n\ny\nt\n2\n\ny\nq\n", "--kind", "people", "--order", "article")
    assert (
        "  Role, start from:\n"
        "    1) captain of the Weavers Union guard\n"  # (a dash's apposition)
        "    2) weaver who seized the mill at Kellby with Ann Lee\n"  # (one of two subjects, after its apposition)
        "    3) weaver who fled with Lee\n"
        "    4) captain of the Weavers Union guard who fled with Lee\n"
        "    5) who seized the mill at Kellby with Ann Lee\n"
        "    6) who fled with Lee\n"
        "    7) who was one of the town's best marksmen\n"
        "    8) who was sentenced to death with Ann Lee and Jon Marsh\n"  # (a place left out to fit)
        "    9) weaver who was one of the town's best marksmen\n"
        "Which?"
    ) in shown
    assert "who could have escaped" not in shown  # (a modal: what might have been)
    assert "    1) weaver\n" not in shown and ") weaver\n" not in shown
    assert (  # the role before the comma and the name, a parenthesis left out, cut before a second verb (and
        # no "murder who ordered …" of "a plot to murder Ben Carr": a verb, no word for him)
        "  Role, start from:\n    1) warden of the harbour\n"
        "    2) warden of the harbour who ordered the guards to close the gates\n"
        "    3) who ordered the guards to close the gates\nWhich?"
    ) in shown
    roles = [line for line in (siege_bank / "people.yaml").read_text(encoding="utf-8").splitlines() if "role:" in line]
    assert roles[:2] == [
        "  role: weaver who seized the mill at Kellby with Ann Lee",
        "  role: warden of the harbour who ordered the guards to close the gates",
    ]


def test_t_offers_the_agent_of_a_passive_and_the_roles_an_article_tells_around_a_name(siege_bank, runner):
    # A teacher typed "Judge who dismissed the appeal" ("The appeal was dismissed by Judge Viscount Dunedin."),
    # "aide to the Tsar" ("the Tsar's most impetuous aide, Prince Peter Dolgorukov"), "commander of the
    # Austrian army" ("Karl Mack became the new main commander in Austria's army"), "Tsar Alexander's brother"
    # ("Grand Duke Constantine, Tsar Alexander's brother, commanded the Guard"): `t` offered none of them.
    keys = "y\n" * 3 + "t\n1\n\ny\n" + "t\n1\n\ny\n" + "t\n1\n\ny\n" + "t\n4\n\ny\nq\n"
    shown = reviewed(runner, siege_bank, keys, "--kind", "people", "--order", "article")
    assert (
        "    1) new leader of the Weavers Union in the town\n"
        "    2) who became the new leader of the Weavers Union in the town\n"
        "    3) who was sentenced to death with Ann Lee and Tom Reed\nWhich?"
    ) in shown
    assert "Role, start from:\n    1) Judge who dismissed the appeal\n    2) who dismissed the appeal\nWhich?" in shown
    assert "  Role, start from:\n    1) warden's most loyal aide\nWhich?" in shown
    assert (
        "  Role, start from:\n    1) Grand Duke\n    2) Emperor Frederick's brother\n"
        "    3) Grand Duke who commanded the town's guard\n"
        "    4) Emperor Frederick's brother who commanded the town's guard\n"
        "    5) who commanded the town's guard\nWhich?"
    ) in shown
    roles = [line for line in (siege_bank / "people.yaml").read_text(encoding="utf-8").splitlines() if "role:" in line]
    assert roles[-4:] == [
        "  role: new leader of the Weavers Union in the town",
        "  role: Judge who dismissed the appeal",
        "  role: warden's most loyal aide",
        "  role: Emperor Frederick's brother who commanded the town's guard",
    ]
