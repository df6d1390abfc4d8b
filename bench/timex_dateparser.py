"""dateparser on the date tagger's gold standards: does it earn a place in `vlasov draft`?

    pip install dateparser   # not a dependency of vlasov
    python bench/timex_dateparser.py

It finds absolute dates only (search_dates); today is kept out as far as its settings allow: a fixed
RELATIVE_BASE far from any article and REQUIRE_PARTS=["year"], so a date without its year is dropped.
The value's precision is the period dateparser reports (day, month or year). Scored like
bench/timex_eval.py: lenient span, exact value, each gold date matched once.
"""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    started = time.perf_counter()
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    print(f"import dateparser: {time.perf_counter() - started:.2f} s")
    settings = {"RELATIVE_BASE": datetime.datetime(1, 1, 1), "REQUIRE_PARTS": ["year"]}
    periods = DateDataParser(languages=["en"], settings=settings)
    formats = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    found = gold_count = right = 0
    elapsed = 0.0
    for path in [HERE / "timex" / "vlasov.gold.json", *sorted((HERE / "timex" / "wikipedia").glob("*.gold.json"))]:
        data = json.loads(path.read_text(encoding="utf-8"))
        article = (path.parent / data["article"]).read_text(encoding="utf-8")
        started = time.perf_counter()
        mentions, position = [], 0
        for text, when in search_dates(article, languages=["en"], settings=settings) or []:
            start = article.find(text, position)
            if start < 0:
                continue
            position = start + len(text)
            period = periods.get_date_data(text).period or "day"
            mentions.append((start, start + len(text), when.strftime(formats.get(period, "%Y-%m-%d"))))
        elapsed += time.perf_counter() - started
        unmatched = [(d["start"], d["end"], d["value"]) for d in data["dates"]]
        gold_count += len(unmatched)
        found += len(mentions)
        for start, end, value in mentions:
            overlapping = [g for g in unmatched if g[0] < end and start < g[1]]
            match = next((g for g in overlapping if g[2] == value), overlapping[0] if overlapping else None)
            if match:
                unmatched.remove(match)
                right += match[2] == value
    precision, recall = right / found, right / gold_count
    f1 = 2 * precision * recall / (precision + recall)
    print(f"{gold_count} gold, {found} found: P {precision:.1%}  R {recall:.1%}  F1 {f1:.1%}  ({elapsed:.2f} s)")


if __name__ == "__main__":
    main()
