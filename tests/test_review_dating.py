"""`vlasov review`'s w where the event's quote writes a year outside the date picked: a teacher redated
"…were sentenced to death … and ordered to be hanged on 24 March 1931" to the day of the sentence (1930)
and was refused ("quote writes 1931, outside the date's window"), then deleted the event. Now the
article's sentences that write the date are offered, its own paragraph's first, to quote it by."""

from __future__ import annotations

from test_review import invoke_json, review_bank_telling, reviewed

TRIAL = (
    "The Board of Lights met on 3 June 1901 to hear the case.\n\n"
    "In June 1901 the harbour froze. On 3 June 1901 the court found Jon Marsh guilty of the wreck. "
    "Marsh was sentenced to death and ordered to be hanged on 9 August 1902."
)
SENTENCED = {
    "id": "marsh-sentenced",
    "date": "1902-08-09",
    "title": "Marsh was sentenced to death",
    "quote": "Marsh was sentenced to death and ordered to be hanged on 9 August 1902.",
}


def test_w_outside_the_quotes_year_offers_the_sentences_that_write_the_date(tmp_path, runner):
    bank = review_bank_telling(tmp_path, TRIAL, SENTENCED)
    shown = reviewed(runner, bank, "s\ns\ns\nw\n2\n3 June 1901\n1\ny\nq\n", "--kind", "events", "--order", "article")
    assert "Its quote writes 1902, outside 1901-06-03." in shown
    own, earlier = shown.index("1) “On 3 June 1901 the court"), shown.index("2) “The Board of Lights met on 3")
    assert own < earlier  # its own paragraph's sentence first; "In June 1901" (a month) writes no such day
    assert "harbour froze" not in shown
    events = (bank / "events.yaml").read_text()
    assert "  date: '1901-06-03'\n  title: Marsh was sentenced to death\n" in events
    assert "  quote: On 3 June 1901 the court found Jon Marsh guilty of the wreck.\n" in events
    assert invoke_json("check", "--bank", str(bank), "--json")["ok"]


def test_w_says_plainly_when_no_sentence_writes_the_date(tmp_path, runner):
    bank = review_bank_telling(tmp_path, TRIAL, SENTENCED)
    shown = reviewed(runner, bank, "s\ns\ns\nw\n2\n5 May 1901\nq\n", "--kind", "events", "--order", "article")
    assert "Not changed: its quote writes 1902, and no sentence of the article writes 1901-05-05" in shown
    assert "  date: '1902-08-09'\n" in (bank / "events.yaml").read_text()
