"""`vlasov draft` does not date a sentence by the years of older treaties, battles or wars it names
inside it: "recognized the land captured by the treaties of A (1797) and B (1801)", told of 1805, is
no happening of 1797 or 1801. On a small article written here."""

from __future__ import annotations

import yaml
from conftest import invoke

ARTICLE = (
    "In 1805, the duchy lost the war against its neighbour. In December 1805, the duke recognized the "
    "land taken from him by the treaties of Altdorf (1797) and Brenn (1801), and paid a large sum.\n\n"
    "The Treaty of Altdorf (1797) had ended an earlier war.\n"
)


def test_an_older_treatys_year_in_parentheses_dates_no_happening_of_the_sentence_naming_it(runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "bank"
    assert invoke(runner, "draft", str(article), "-o", str(folder)).exit_code == 0
    events = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))["events"]
    dates = {str(event["date"]) for event in events}
    recognized = [event for event in events if "recognized" in event["title"]]
    assert [str(event["date"]) for event in recognized] == ["1805-12"]
    assert "1801" not in dates
    # a treaty that opens its own sentence is what that sentence tells: its year still dates it
    assert ("1797", "The Treaty of Altdorf had ended an earlier war") in [
        (str(event["date"]), event["title"]) for event in events
    ]
