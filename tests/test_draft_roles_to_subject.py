"""`vlasov draft` gives the people an article names as its subject's kin or associates that role,
"father of SUBJECT" (a teacher typed "Bhagat Singh's father", "his uncle", "another associate" for people
a draft left with none): "born to A and her husband B" in the subject's birth sentence (A the mother,
B the father), "SUBJECT's father and his uncle X", "SUBJECT's close associate X", "Another associate
of SUBJECT, X", "SUBJECT and a comrade, X"; never when the possessive may be someone else's ("Tomasz
Wolny's grandson through his daughter, Zofia"), nor "born to A and B" (which is the mother?)."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries, invoke

ARTICLE = """Marek Sowa

Marek Sowa (1880–1925) was a Polish printer and agitator. Sowa was born in Lublin in 1880; he was the \
third of five children born to Agata and her husband Stefan Kowal. Marek Sowa's father and his uncle Piotr \
Zielinski ran a press in the town. In 1905 Sowa and a comrade, Adam Lis, printed leaflets against the governor. \
Another associate of Sowa, Ewa Mroz, hid the press in her cellar. Marek Sowa's close associate Leon Bury \
later wrote his life. Tomasz Wolny's grandson through his daughter, Zofia Wolna, bought the press in 1930. \
The painter Olga Nowak was born to Karol and Irena Nowak in 1890 and drew Sowa in 1920.
"""


def test_the_subjects_kin_and_associates_have_their_role(runner, tmp_path: Path) -> None:
    people = drafted_entries(runner, tmp_path, ARTICLE, "people", strict=False)
    roles = {person["name"]: person.get("role", "") for person in people}
    assert roles["Agata"] == "mother of Marek Sowa"
    assert roles["Stefan Kowal"] == "father of Marek Sowa"
    assert roles["Piotr Zielinski"] == "uncle of Marek Sowa"
    assert roles["Adam Lis"] == "comrade of Marek Sowa"
    assert roles["Ewa Mroz"] == "associate of Marek Sowa"
    assert roles["Leon Bury"] == "associate of Marek Sowa"
    assert "Marek Sowa" not in roles.get("Zofia Wolna", "")  # Tomasz Wolny's daughter
    assert "Marek Sowa" not in roles.get("Karol Nowak", "") + roles.get("Irena Nowak", "") + roles.get("Karol", "")
    shown = invoke(runner, "who", "Piotr Zielinski", "--bank", str(tmp_path / "bank"))
    assert shown.exit_code == 0
    assert "uncle of Marek Sowa" in shown.output
