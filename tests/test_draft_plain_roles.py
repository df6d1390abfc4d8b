"""`vlasov draft` gives a person the plain role the article gives them: a doctrine's follower after
a people's word (", a Danish Pietist."), a noun for a person after someone's name (", Holm's friend,"),
a hyphened role after "another" (", another founding-member of the Guild"), a role before "named" and a
title ("a harbour judge named Sir Ivo Brand"). A teacher set each of these by hand in a drafted bank."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_entries

ARTICLE = """The Ferry Riots

In 1880 the ferrymen of Vessby rioted. Their leader Jens Holm had read the pamphlets of Ruth Alder, \
a Danish Pietist. In 1881 Karl Wend, Holm's friend, hid him in a barn. Holm was also helped by Otto \
Brask, another founding-member of the Ferrymen's Guild. In 1882 the case was heard by a harbour judge \
named Sir Ivo Brand, who sentenced Holm to a year in prison.
"""


def test_a_plain_role_the_article_gives_is_drafted(runner, tmp_path: Path) -> None:
    roles = {person["name"]: person.get("role") for person in drafted_entries(runner, tmp_path, ARTICLE, "people")}
    assert roles["Ruth Alder"] == "Danish Pietist"
    assert roles["Karl Wend"] == "Holm's friend"
    assert roles["Otto Brask"] == "founding-member of the Ferrymen's Guild"
    assert roles["Ivo Brand"] == "harbour judge"
