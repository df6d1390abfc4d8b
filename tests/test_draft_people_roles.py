"""`vlasov draft` gives someone the article calls its subject's rival, father or associate the role
"rival of SUBJECT" (a teacher typed "moderate rival of Tilak" for a Gokhale drafted with none), never
another's ("her husband" in a man's life), and drops an alias that names several under a plural title
("Generals Ulysses S. Grant", of "Generals Ulysses S. Grant and Philip Sheridan")."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """Vasudev Rao

Vasudev Rao (1850–1912) was an Indian teacher and reformer. His father Ganesh Rao was a priest in Pune. \
In 1880 Rao founded a school with his friend Hari Joshi. In 1885 he quarrelled with his rival Narayan \
Gokhale over the school's fees, and Gokhale left the school in 1886. Rao married Sita Bai in 1870; her \
brother Madhav Pant taught at the school. In 1890 Generals Ulysses S. Grant and Philip Sheridan visited \
Pune, and Grant met Rao there.
"""


def test_who_someone_was_to_the_subject_is_their_role(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people", strict=False)}
    roles = {name: person.get("role", "") for name, person in people.items()}
    assert roles["Ganesh Rao"] == "father of Vasudev Rao"
    assert roles["Narayan Gokhale"] == "rival of Vasudev Rao"
    assert roles["Hari Joshi"] == "friend of Vasudev Rao"
    assert "of Vasudev Rao" not in roles.get("Madhav Pant", "")  # her brother, not his
    grant = people["Ulysses S. Grant"]
    assert not any(alias.startswith("Generals") for alias in grant["aliases"])
