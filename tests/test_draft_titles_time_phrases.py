"""`vlasov draft` takes out of a title the words of time that go with its date: "in the first week of"
before it ("began in the first week of June 1872, following ..." is "began following ..."), "onward"
after it ("From 1873 onward, the owners paid" is "The owners paid")."""

from __future__ import annotations

from conftest import drafted_events

ARTICLE = (
    "The strike at the Calder mills began in 1871. The trial of the strikers began in the first week of "
    "June 1872, following a long inquiry by the magistrates. From 1873 onward, the mill owners paid a "
    "higher wage to the weavers.\n"
)


def test_words_of_time_leave_with_their_date(runner, tmp_path) -> None:
    titles = dict(drafted_events(runner, tmp_path, ARTICLE))
    assert titles["1872-06"] == "The trial of the strikers began following a long inquiry by the magistrates"
    assert titles["1873"] == "The mill owners paid a higher wage to the weavers"
