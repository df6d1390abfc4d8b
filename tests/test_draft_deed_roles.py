"""`vlasov draft` gives a main person the article gives no role the title before their name said with
what they did ("Commodore who sent two ships to Lisbon"), where a title alone would tell no one."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

# A teacher typed "Russian Tsar" for the Tsar the draft gave no role (four facts, "Tsar Alexander I blamed
# Kutuzov"), and roles for other main people the article titles before their name.
ARTICLE = (
    "The Kellby Strike\n\nIn 1890 the weavers of Kellby struck for a shorter day. Commodore Ann Lee endorsed the"
    " plan. Commodore Ann Lee was a friend of the weavers. Later, Commodore Ann Lee sent two ships to Lisbon."
    " Lee died in 1901.\n\nBen Carr led the weavers in 1890. Ben Carr spoke for them in the town. Ben Carr was"
    " arrested in 1891.\n\nCaptain Tom Reed met the weavers in 1890.\n"
)


def test_a_main_person_without_a_role_is_given_their_title_with_what_they_did(runner, tmp_path: Path) -> None:
    people = {person["name"]: person for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    # Not "endorsed the plan" (which plan?) nor "was a friend of the weavers" (what she was): what she did.
    assert people["Ann Lee"]["role"] == "Commodore who sent two ships to Lisbon"
    assert "role" not in people["Ben Carr"]  # (no word for him before his name: nothing sure to say him by)
    assert "role" not in people["Tom Reed"]  # (told of once: no main person)
