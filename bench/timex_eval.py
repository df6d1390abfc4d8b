"""Precision, recall and F1 of vlasov's date tagger against gold standards.

    python bench/timex_eval.py bench/timex/*.gold.json
    python bench/timex_eval.py --wikiwars PATH/TO/WikiWars/keyinline

A gold file is what `vlasov draft ARTICLE --dates --json` prints, {"dates": [{"text", "start", "end",
"value", "sentence"}]}, plus "article": the article's path (relative to the gold file, or to the
repository). With --wikiwars, each TIMEX2 key file (inline annotation, *.key.xml) is read as an
article and its gold: VAL values become EDTF (timex2_to_edtf), and only timexes that name a date are
gold; durations, times of day without a date, sets and vague references (PAST_REF...) are neither
gold nor counted against the tagger where it finds them.

Scores: "lenient" counts a found date right when its span overlaps a gold one's and its value is the
same (the measure HeidelTime's 81% on WikiWars is given in); "strict" also wants the same span;
"spans" is detection alone (overlap, any value). Each gold date is matched once.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vlasov_cli.features.draft.timex import find_dates  # noqa: E402


class Gold(NamedTuple):
    start: int
    end: int
    value: str


class Case(NamedTuple):
    name: str
    article: str
    gold: list[Gold]
    ignored: list[tuple[int, int]]  # timexes out of scope: finding them is neither right nor wrong


def read_gold(path: Path) -> Case:
    data = json.loads(path.read_text(encoding="utf-8"))
    article_path = path.parent / data["article"]
    if not article_path.exists():
        article_path = ROOT / data["article"]
    article = article_path.read_text(encoding="utf-8")
    gold = []
    for date in data["dates"]:
        if article[date["start"] : date["end"]] != date["text"]:
            raise SystemExit(f"{path}: {date['text']!r} is not at {date['start']}")
        gold.append(Gold(date["start"], date["end"], date["value"]))
    ignored = [(span["start"], span["end"]) for span in data.get("ignored", [])]
    return Case(path.name, article, gold, ignored)


# --- WikiWars (TIMEX2) ---------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(TIMEX2|TEXT)\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_SEASONS = {"SP": "21", "SU": "22", "FA": "23", "AU": "23", "WI": "24"}
# "10:00 pm", "noon": a time of day that does not name its day is no date (the tagger leaves it)
_CLOCK_ONLY = re.compile(r"^(?:at\s+)?(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?|hours|o'clock)?|noon|midnight)$", re.I)


def timex2_to_edtf(val: str) -> str | None:
    """A TIMEX2 VAL as EDTF, or None when it names no date: "1941-06-22", "1944-SU" -> "1944-22",
    "194" (the 1940s) -> "194X", "19" (the 20th century) -> "19XX", "BC0264" -> "-0263"; times of a
    known day ("1941-06-22T03:00", "1942-06-25TMO") are their day. Weeks, quarters and halves, and
    anything with X in it, are None (out of scope: the tagger gives no such values)."""
    value = val.strip().upper()
    if not value or "X" in value or value.startswith("P") or value.endswith("_REF"):
        return None
    value = value.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    if re.fullmatch(r"BC\d{4}", value):
        number = int(value[2:])
        return "0000" if number == 1 else f"-{number - 1:04}"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"{value}X"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}XX"
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if season:
        return f"{season.group(1)}-{_SEASONS[season.group(2)]}"
    return None


def read_wikiwars(path: Path) -> Case:
    """A TIMEX2 key file: the text inside <TEXT> with its tags taken out, and its date timexes."""
    raw = path.read_text(encoding="utf-8")
    pieces: list[str] = []
    length = 0
    opened: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    ignored: list[tuple[int, int]] = []
    inside = False
    position = 0
    for tag in _TAG.finditer(raw):
        if inside:
            piece = html.unescape(raw[position : tag.start()])
            pieces.append(piece)
            length += len(piece)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).upper()
        if name == "TEXT":
            inside = not closing
            continue
        if not closing:
            opened.append((length, {k.upper(): v for k, v in _ATTRIBUTE.findall(tag.group(3))}))
            continue
        start, attributes = opened.pop()
        if opened:  # a timex inside another: the outer one is the expression
            continue
        value = timex2_to_edtf(attributes.get("VAL", ""))
        timed = "T" in attributes.get("VAL", "")
        clock_only = timed and _CLOCK_ONLY.match("".join(pieces)[start:length].strip()) is not None
        if value is None or clock_only or attributes.get("SET", "").upper() == "YES":
            ignored.append((start, length))
        else:
            gold.append(Gold(start, length, value))
    return Case(path.name, "".join(pieces), gold, ignored)


# --- Scoring ------------------------------------------------------------------------------------


class Score(NamedTuple):
    found: int
    gold: int
    lenient: int
    strict: int
    spans: int

    def __add__(self, other: object) -> Score:
        assert isinstance(other, Score)
        return Score(*(a + b for a, b in zip(self, other, strict=True)))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(case: Case, show: bool = False) -> Score:
    found = find_dates(case.article)
    mentions = [m for m in found if not any(overlaps((m.start, m.end), span) for span in case.ignored)]
    unmatched = list(case.gold)
    lenient = strict = spans = 0
    for mention in mentions:
        overlapping = [g for g in unmatched if overlaps((mention.start, mention.end), (g.start, g.end))]
        match = next((g for g in overlapping if g.value == mention.value), overlapping[0] if overlapping else None)
        if match is None:
            if show:
                print(f"  extra  {mention.text!r} {mention.value}")
            continue
        unmatched.remove(match)
        spans += 1
        if match.value == mention.value:
            lenient += 1
            strict += (match.start, match.end) == (mention.start, mention.end)
        elif show:
            gold_text = case.article[match.start : match.end]
            print(f"  wrong  {mention.text!r} {mention.value} (gold {gold_text!r} {match.value})")
    if show:
        for gold in unmatched:
            print(f"  missed {case.article[gold.start : gold.end]!r} {gold.value}")
    return Score(len(mentions), len(case.gold), lenient, strict, spans)


def prf(right: int, found: int, gold: int) -> str:
    precision = right / found if found else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:6.1%}  R {recall:6.1%}  F1 {f1:6.1%}"


def report(name: str, result: Score) -> None:
    print(f"{name}: {result.gold} gold, {result.found} found")
    print(f"  lenient {prf(result.lenient, result.found, result.gold)}")
    print(f"  strict  {prf(result.strict, result.found, result.gold)}")
    print(f"  spans   {prf(result.spans, result.found, result.gold)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, help="gold files in the --dates --json format")
    parser.add_argument("--wikiwars", type=Path, help="a folder of TIMEX2 inline key files (*.key.xml)")
    parser.add_argument("--show", action="store_true", help="list every miss, wrong value and extra date")
    parser.add_argument("--words", type=int, default=10_000, help="time the tagger on an article this long")
    arguments = parser.parse_args()
    cases = [read_gold(path) for path in arguments.gold]
    if arguments.wikiwars:
        cases += [read_wikiwars(path) for path in sorted(arguments.wikiwars.glob("*.key.xml"))]
    if not cases:
        parser.error("give gold files or --wikiwars")
    total = Score(0, 0, 0, 0, 0)
    started = time.perf_counter()
    for case in cases:
        result = score(case, arguments.show)
        report(case.name, result)
        total += result
    if len(cases) > 1:
        report("overall", total)
    print(f"({time.perf_counter() - started:.2f} s for {len(cases)} articles)")
    speed(cases, arguments.words)


def speed(cases: list[Case], words: int) -> None:
    """The tagger's time (sentences included) on an article of `words` words made of the cases' own."""
    from vlasov_cli.features.draft.sentences import sentences

    paragraphs = [p for case in cases for p in case.article.split("\n\n") if p.strip()]
    article, count = [], 0
    while count < words:
        paragraph = paragraphs[len(article) % len(paragraphs)]
        article.append(paragraph)
        count += len(paragraph.split())
    text = "\n\n".join(article)
    started = time.perf_counter()
    split = sentences(text)
    between = time.perf_counter()
    mentions = find_dates(text, split)
    ended = time.perf_counter()
    print(
        f"{count:,} words: sentences {between - started:.2f} s, dates {ended - between:.2f} s ({len(mentions)} dates)"
    )


if __name__ == "__main__":
    main()
