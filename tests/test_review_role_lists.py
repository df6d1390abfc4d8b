"""`vlasov review`'s `t` on a person offers the roles a list of names is given by the words that open it
(a group's members, a kind it gives examples of, someone's plural role), what they did as the agent of a
passive in any tense, and what a "he" right after their name did."""

from __future__ import annotations

from conftest import drafted_folder
from test_review import reviewed

STRIKE = (
    "The Mill Strike of Brenford\n\nThe Mill Strike of Brenford was a strike of the weavers of Brenford in 1890."
    " Tom Reed led the weavers of the town.\n\nReed was arrested in March 1890 with his associates, Walter Finch"
    " and Jon Marsh. Reed had been defended by Edith Crane in the Kellby court.\n\nThe strike was praised by"
    " preachers such as Ruth Pell who had founded the Brenford Chapel. Ruth Pell, a widow, sold the chapel in 1891."
    " It was opposed by mill owners like Ann Lee,"
    " Ben Carr and Hugh Dorn.\n\nThe town appointed a Crown prosecution team comprising Silas Webb, Amos Hale and"
    " Peter Voss. Reed threw his cap at Finch when he turned and became a witness for the mill owners.\n"
)


def test_t_offers_the_roles_a_list_of_names_a_passive_and_a_he_clause_give(runner, tmp_path):
    # A teacher typed 117 role keys `t` did not offer: "lawyer who defended Dutt" of "Dutt had been defended
    # by Asaf Ali", "associate" of "his associates, Hans Raj Vohra and Jai Gopal", "revolutionary" of
    # "revolutionaries such as Ram Prasad Bismil", "prosecutor" of "a Crown prosecution team comprising
    # C. H. Carden-Noad, …", "who turned prosecution witness" of "at Gopal when he turned and became …".
    bank = drafted_folder(runner, tmp_path, STRIKE)
    pick = "t\n{}\n\ny\n"
    keys = (
        "y\n"
        + pick.format(2)
        + pick.format(1) * 2
        + pick.format(4)
        + pick.format(1)
        + "y\n" * 2
        + pick.format(1)
        + "q\n"
    )
    shown = reviewed(runner, bank, keys, "--kind", "people", "--order", "article")
    assert (  # Walter Finch: his associates, the sentence's subject's; and the "he" right after his name
        "  Role, start from:\n    1) associate of Reed\n    2) who turned and became a witness for the mill owners\n"
        "Which?"
    ) in shown
    assert "  Role, start from:\n    1) associate of Reed\nWhich?" in shown  # (Jon Marsh)
    assert "  Role, start from:\n    1) who defended Reed in the Kellby court\nWhich?" in shown  # (a past perfect)
    assert (  # a lone word said only with a deed, as check would warn of it alone; a list's after her own
        "  Role, start from:\n    1) widow who sold the chapel in 1891\n"
        "    2) widow who had founded the Brenford Chapel\n"
        "    3) preacher who sold the chapel in 1891\n    4) preacher who had founded the Brenford Chapel\n"
        "    5) who sold the chapel in 1891\n    6) who had founded the Brenford Chapel\nWhich?"
    ) in shown
    assert "  Role, start from:\n    1) mill owner\nWhich?" in shown
    assert "  Role, start from:\n    1) member of the Crown prosecution team\nWhich?" in shown
    roles = [line for line in (bank / "people.yaml").read_text(encoding="utf-8").splitlines() if "role:" in line]
    assert roles == [
        "  role: who turned and became a witness for the mill owners",
        "  role: associate of Reed",
        "  role: who defended Reed in the Kellby court",
        "  role: preacher who had founded the Brenford Chapel",
        "  role: mill owner",
        "  role: member of the Crown prosecution team",
    ]
