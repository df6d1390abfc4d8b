"""`vlasov review`'s t offers, first after the event's own title, the title that tells the happening
itself: the new happening a comment on the one before names, an answer ("accepted") with the offer it
answers, what happened at a place a "where" clause names, "the latter" told by the name it points to,
a title that stops inside a quotation ended before it. A teacher retyped seven such titles of one
article word by word (157 keys)."""

from __future__ import annotations

import json

import yaml
from test_review import invoke_json, review_bank_telling, reviewed

SIEGE = (
    "The siege of Marrow ended in the spring of 1690. The victory was followed by the burning of the "
    "bridge at Lenn on 4 May 1690. When the town council offered a truce on the 9th, Governor Hale "
    "accepted gladly. The envoys rode to Carrow Abbey, where a truce was signed between the two towns "
    "on 11 May 1690."
)
EVENTS = (
    {
        "id": "bridge-burnt",
        "date": "1690-05-04",
        "title": "The victory was followed by the burning of the bridge at Lenn",
        "quote": "The victory was followed by the burning of the bridge at Lenn on 4 May 1690.",
    },
    {
        "id": "truce-accepted",
        "date": "1690-05-09",
        "title": "Governor Hale accepted gladly",
        "quote": "When the town council offered a truce on the 9th, Governor Hale accepted gladly.",
    },
    {
        "id": "truce-signed",
        "date": "1690-05-11",
        "title": "The envoys rode to Carrow Abbey",
        "quote": "The envoys rode to Carrow Abbey, where a truce was signed between the two towns on 11 May 1690.",
    },
)


def test_t_offers_the_happening_itself_first(tmp_path, runner):
    bank = review_bank_telling(tmp_path, SIEGE, *EVENTS)
    keys = "s\ns\ns\n" + "t\n2\n\ny\n" * 3 + "q\n"
    shown = reviewed(runner, bank, keys, "--kind", "events", "--order", "article")
    assert "  Start from:\n    1) The victory was followed by the burning of the bridge at Lenn\n" in shown
    assert "    2) Burning of the bridge at Lenn\n" in shown
    assert "    2) The town council offered a truce and Governor Hale accepted gladly\n" in shown
    assert "    2) A truce was signed between the two towns at Carrow Abbey\n" in shown
    events = (bank / "events.yaml").read_text()
    assert "  title: Burning of the bridge at Lenn\n" in events
    assert "  title: The town council offered a truce and Governor Hale accepted gladly\n" in events
    assert "  title: A truce was signed between the two towns at Carrow Abbey\n" in events
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]


def test_t_tells_the_latter_and_ends_a_title_before_a_quotation_it_stopped_inside(tmp_path, runner):
    paragraph = (
        "Lenn and Marrow signed a truce in May 1690, and the Treaty of Carrow in June 1690 took the latter "
        'out of the war. In July 1690 the two editors were sentenced to a year in prison for: "printing '
        'matter likely to bring the court into contempt, wilfully and maliciously."'
    )
    events = (
        {
            "id": "carrow",
            "date": "1690-06",
            "title": "The Treaty of Carrow took the latter out of the war",
            "quote": "Lenn and Marrow signed a truce in May 1690, and the Treaty of Carrow in June 1690 took the "
            "latter out of the war.",
        },
        {
            "id": "editors",
            "date": "1690-07",
            "title": json.dumps(  # (as YAML writes it: the colon inside quoted)
                'The two editors were sentenced to a year in prison for: "printing matter likely to bring the '
                "court into contempt, wilfully"
            ),
            "quote": json.dumps(
                'In July 1690 the two editors were sentenced to a year in prison for: "printing matter likely '
                'to bring the court into contempt, wilfully and maliciously."'
            ),
        },
    )
    bank = review_bank_telling(tmp_path, paragraph, *events)
    shown = reviewed(runner, bank, "s\ns\ns\nt\n2\n\ny\nt\n2\n\ny\nq\n", "--kind", "events", "--order", "article")
    assert "    2) The Treaty of Carrow took Marrow out of the war\n" in shown
    assert "    2) The two editors were sentenced to a year in prison\n" in shown
    titles = {event["id"]: event["title"] for event in yaml.safe_load((bank / "events.yaml").read_text())["events"]}
    assert titles["carrow"] == "The Treaty of Carrow took Marrow out of the war"
    assert titles["editors"] == "The two editors were sentenced to a year in prison"
