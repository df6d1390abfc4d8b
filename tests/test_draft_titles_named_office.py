"""`vlasov draft` keeps the subject of a long sentence whose title loses its asides: after an opening
infinitive of purpose ("To end the siege, ...") the office and the name it gives ("the governor, Sir Henry
Kemp,") are the subject, told by the name, not an aside dropped with it."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "The siege of Port Lisle lasted through the winter of 1849. To end the long siege of the town, the "
    "governor, Sir Henry Kemp, ordered a general assault on 4 March 1850 and called up a new regiment of "
    "volunteers from the three river counties for the coming summer.\n"
)


def test_an_office_and_its_name_stay_the_titles_subject(runner, tmp_path) -> None:
    titles = dict(drafted_events(runner, tmp_path, ARTICLE))
    assert titles["1850-03-04"].startswith(
        "To end the long siege of the town, Sir Henry Kemp ordered a general assault"
    )
