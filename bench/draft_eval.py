"""How good a draft of a real article is, against a gold made by hand before the tool saw it.

    python bench/draft_eval.py bench/devset                  # every NAME.txt with a NAME.gold.yaml
    python bench/draft_eval.py bench/devset --show           # and every miss and every wrong event
    python bench/draft_eval.py bench/devset --questions 20 -o sample.md   # questions for a human read
    python bench/draft_eval.py --tally sample.md             # the share a reader ticked as usable
    python bench/draft_eval.py bench/devset --retick sample.md   # of the questions read, those still generated
    python bench/draft_eval.py bench/heldout3 --retick READ.md   # (a folder of texts without gold too)

The drafter runs in-process, through the same function `vlasov draft` calls (`compose`), on each
NAME.txt; the code measured is whatever `vlasov_cli` is first on the path (PYTHONPATH=OTHER_CHECKOUT
measures another commit: both the layout of the folders of today and the flat one before it load).

A gold file (NAME.gold.yaml) has `span: [FIRST_YEAR, LAST_YEAR]` (the years the story tells), `people`
(each with `name` and `forms`, the ways the article names them), `not_people` (names a reader would not
count as people), and `events`: each a happening the article dates, with `quote` (verbatim, in the
article), `window` (the bank's EDTF subset: 1942, 1942-06, 1942-06-23, 1942-22, [A..B]) and `how`:
`explicit` (the text writes the date), `relative` (reckoned from a nearby date) or `context` (the year
or the month from the narrative, a heading, a parenthesis).

The rules, strict on purpose:

- A drafted event TELLS a gold event when the drafted quote overlaps the gold quote's sentences (the
  sentences, as pysbd splits the gold quote's paragraph, that the gold quote touches).
- Its window is RIGHT when its first and last day are the gold window's (1942 and
  [1942-01-01..1942-12-31] are the same window). A narrower window inside the gold's is not right (it
  claims a precision the text does not give), nor is a wider one; "within" (the drafted window inside
  the gold's) is shown beside it, as a diagnosis only.
- Dated recall ("dated"): the share of the `explicit` gold events INSIDE the gold's span (their window
  reaches it) that some drafted event tells with the right window (each gold event is found or not,
  whatever the number of drafted events telling it). The gold says a happening it dates wholly outside
  its span (a legacy, a coin, a film, a son's later life) is not the story, so a draft that leaves it
  off the timeline loses nothing here; the same share over every explicit gold event, inside the span
  or not (the figure before round 4), is shown beside it ("dated, all"), and the same share over every
  gold event, of any `how` and anywhere ("all gold").
- Timeline precision: the share of drafted events that are real dated happenings: each tells a gold
  event and shares at least one day with its window (a drafted "1400" from a military time in a dated
  sentence is not real). Two drafted events telling one gold event both count (listed as duplicates).
- Outside the span: drafted events whose window does not reach the span at all (how many of them the
  gold itself dates there, as a legacy told after the story, is shown beside it); "reaching out" are
  those partly outside it.
- People: a drafted person matches a gold person when one of its forms (name and aliases) equals one
  of the gold forms, ignoring case. Recall: gold people matched; precision: drafted people matching a
  gold person; "not people" lists drafted people that the gold names as no person.
- Terms: the same, against the gold's `terms` (each `name`, `forms`, `kind`). Recall: gold terms
  matched; precision: drafted terms matching a gold term; kind: of those, the share drafted with the
  gold's kind (a gold battle or operation is an event, a treaty a document).

Questions: `--questions N` writes a sample of N generated questions per article (seeded, the same each
run) to a Markdown file, each with a box a reader ticks ("- [x]") when the question is usable as
drafted (`--seed N` draws another); `--tally FILE` reads the ticks back and gives the share usable per article.
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import json
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml

# --- The code under test: today's layout, or the flat one the session started with ----------------------


def _drafter() -> Any:
    try:
        from vlasov_cli.features.draft import compose
    except ImportError:
        from vlasov_cli.draft import compose  # type: ignore[no-redef]
    return compose


def _parse_window() -> Any:
    try:
        from vlasov_cli.core.dates import parse_window
    except ImportError:
        from vlasov_cli.dates import parse_window  # type: ignore[no-redef]
    return parse_window


class Window(NamedTuple):
    earliest: str
    latest: str


def window(value: object) -> Window:
    if str(value).lstrip("[").startswith("-"):
        return _before_christ(str(value))
    parsed = _parse_window()(str(value))
    return Window(parsed.earliest, parsed.latest)


_BC_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def day(year: int, month_day: str) -> str:
    """A day as a string that sorts with the bank's ISO days: a year before 1 AD (EDTF's astronomical
    -0474 for 475 BC) as "-" and 9999 plus the year, below every ISO year and in order among them."""
    return f"-{9999 + year:04}-{month_day}" if year <= 0 else f"{year:04}-{month_day}"


def _before_christ(value: str) -> Window:
    """A gold window of years before Christ, which the bank's dates cannot hold (so no draft matches it)."""
    first, _, last = value.strip("[]").partition("..")
    bounds = []
    for part, at_end in ((first, False), (last or first, True)):
        found = _BC_DATE.match(part)
        if not found:
            raise SystemExit(f"not an EDTF date or window: {value!r}")
        year, month, day_of_month = int(found[1]), found[2], found[3]
        if at_end:
            month = month or "12"
            day_of_month = day_of_month or str(calendar.monthrange(2000 + year % 400, int(month))[1])
        bounds.append(day(year, f"{month or '01'}-{day_of_month or '01'}"))
    return Window(bounds[0], bounds[1])


# --- Gold ------------------------------------------------------------------------------------------------


class GoldEvent(NamedTuple):
    quote: str
    window: Window
    how: str
    sentence: tuple[int, int]  # the article's offsets of the sentences the quote touches


@dataclass
class Gold:
    name: str
    article: str
    span: tuple[int, int]
    people: list[set[str]]
    not_people: set[str]
    events: list[GoldEvent]
    terms: list[GoldTerm] = field(default_factory=list)


class GoldTerm(NamedTuple):
    forms: set[str]  # casefolded: its name and every form the article uses
    kind: str


def sentence_spans(article: str) -> list[tuple[int, int]]:
    """The article's sentences as offsets: paragraphs between blank lines, split by pysbd."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", article):
        for part in segmenter.segment(block.group()):
            start = block.start() + part.start
            spans.append((start, start + len(part.sent)))
    return spans


def locate(article: str, quote: str) -> list[int]:
    """Every place the quote stands in the article (spaces and line breaks alike)."""
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [match.start() for match in re.finditer(pattern, article)] if pattern else []


def _sentence_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    first = max(0, bisect.bisect_right([low for low, _ in spans], start) - 1)
    last = first
    while last + 1 < len(spans) and spans[last + 1][0] < end:
        last += 1
    return spans[first][0], max(spans[last][1], end)


def read_gold(path: Path) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = path.name.removesuffix(".gold.yaml")
    article = path.with_name(f"{name}.txt").read_text(encoding="utf-8")
    spans = sentence_spans(article)
    events = []
    for entry in data.get("events") or []:
        places = locate(article, entry["quote"])
        if not places:
            raise SystemExit(f"{path}: the quote is not in the article: {entry['quote'][:60]!r}")
        end = places[0] + len(re.sub(r"\s+", " ", entry["quote"]))
        events.append(
            GoldEvent(entry["quote"], window(entry["window"]), entry["how"], _sentence_of(spans, places[0], end))
        )
    people = [{form.casefold() for form in [entry["name"], *(entry.get("forms") or [])]} for entry in data["people"]]
    terms = [
        GoldTerm({form.casefold() for form in [entry["name"], *(entry.get("forms") or [])]}, entry.get("kind", ""))
        for entry in data.get("terms") or []
    ]
    first, last = data["span"]
    not_people = {n.casefold() for n in data.get("not_people") or []}
    return Gold(name, article, (int(first), int(last)), people, not_people, events, terms)


# --- Scores ----------------------------------------------------------------------------------------------


@dataclass
class Scores:
    name: str
    explicit: int = 0  # explicit gold events inside the gold's span
    explicit_right: int = 0
    explicit_within: int = 0
    explicit_anywhere: int = 0  # every explicit gold event, inside the span or not
    explicit_anywhere_right: int = 0
    gold_events: int = 0
    gold_right: int = 0
    drafted: int = 0
    real: int = 0
    duplicates: int = 0
    outside: int = 0
    outside_gold: int = 0  # of those outside, the ones the gold dates there too (a legacy, a later life)
    reaching_out: int = 0
    gold_people: int = 0
    people_found: int = 0
    drafted_people: int = 0
    people_right: int = 0
    gold_terms: int = 0
    terms_found: int = 0
    drafted_terms: int = 0
    terms_right: int = 0
    kinds_right: int = 0  # of the drafted terms matching a gold term, those of the gold's kind
    notes: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for key, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, key, getattr(self, key) + value)


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _tells(gold: GoldEvent, places: list[int], length: int) -> bool:
    low, high = gold.sentence
    return any(place < high and low < place + length for place in places)


def _overlaps(first: Window, second: Window) -> bool:
    return first.earliest <= second.latest and second.earliest <= first.latest


def score(gold: Gold, draft: Any) -> Scores:
    scores = Scores(gold.name)
    drafted = []
    for event in draft.events:
        places = locate(gold.article, event["quote"])
        drafted.append((event, places, len(re.sub(r"\s+", " ", event["quote"])), window(event["date"])))
    first_day, last_day = day(gold.span[0], "01-01"), day(gold.span[1], "12-31")
    for item in gold.events:
        telling = [drafted_window for _, places, length, drafted_window in drafted if _tells(item, places, length)]
        right = item.window in telling
        within = any(item.window.earliest <= w.earliest and w.latest <= item.window.latest for w in telling)
        scores.gold_events += 1
        scores.gold_right += right
        if item.how == "explicit":
            scores.explicit_anywhere += 1
            scores.explicit_anywhere_right += right
        in_story = item.window.latest >= first_day and item.window.earliest <= last_day
        if item.how == "explicit" and in_story:
            scores.explicit += 1
            scores.explicit_right += right
            scores.explicit_within += within
        if not right:
            shown = ", ".join(f"{w.earliest}..{w.latest}" for w in telling) or "no event"
            where = "" if in_story else ", outside the span"
            gold_window = f"{item.window.earliest}..{item.window.latest}"
            scores.notes.append(f"  missed ({item.how}{where}) {gold_window}: {item.quote[:70]!r} -> {shown}")
    told: set[int] = set()
    for event, places, length, drafted_window in drafted:
        scores.drafted += 1
        matched = [
            number
            for number, item in enumerate(gold.events)
            if _tells(item, places, length) and _overlaps(item.window, drafted_window)
        ]
        if matched:
            scores.real += 1
            scores.duplicates += bool(told & set(matched))
            told.update(matched)
        else:
            scores.notes.append(f"  not real {event['date']}: {event['title'][:70]!r}")
        if drafted_window.latest < first_day or drafted_window.earliest > last_day:
            scores.outside += 1
            scores.outside_gold += bool(matched)
            scores.notes.append(f"  outside the span {event['date']}: {event['title'][:60]!r}")
        elif drafted_window.earliest < first_day or drafted_window.latest > last_day:
            scores.reaching_out += 1
    _score_people(gold, draft, scores)
    _score_terms(gold, draft, scores)
    return scores


def _score_people(gold: Gold, draft: Any, scores: Scores) -> None:
    forms = [{form.casefold() for form in [person["name"], *person.get("aliases", [])]} for person in draft.people]
    scores.gold_people = len(gold.people)
    scores.drafted_people = len(forms)
    for wanted in gold.people:
        if any(wanted & found for found in forms):
            scores.people_found += 1
        else:
            scores.notes.append(f"  person missed: {sorted(wanted)[0]}")
    for person, found in zip(draft.people, forms, strict=True):
        if any(found & wanted for wanted in gold.people):
            scores.people_right += 1
        else:
            marker = " (a not-person)" if found & gold.not_people else ""
            scores.notes.append(f"  not a person{marker}: {person['name']}")


# The gold's finer kinds and the draft's coarser ones that say the same: a battle or an operation is an
# event, a treaty a document.
SAME_KIND = {"battle": "event", "operation": "event", "treaty": "document"}


def _score_terms(gold: Gold, draft: Any, scores: Scores) -> None:
    drafted = list(getattr(draft, "terms", []))
    forms = [{form.casefold() for form in [term["name"], *term.get("aliases", [])]} for term in drafted]
    scores.gold_terms = len(gold.terms)
    scores.drafted_terms = len(drafted)
    for wanted in gold.terms:
        if any(wanted.forms & found for found in forms):
            scores.terms_found += 1
        else:
            scores.notes.append(f"  term missed: {sorted(wanted.forms)[0]}")
    for term, found in zip(drafted, forms, strict=True):
        match = next((wanted for wanted in gold.terms if found & wanted.forms), None)
        if match is None:
            scores.notes.append(f"  not a gold term: {term['name']} ({term['kind']})")
            continue
        scores.terms_right += 1
        if SAME_KIND.get(match.kind, match.kind) == SAME_KIND.get(term["kind"], term["kind"]):
            scores.kinds_right += 1
        else:
            scores.notes.append(f"  term of the wrong kind: {term['name']} {term['kind']}, gold {match.kind}")


def draft_of(gold: Gold) -> Any:
    return _drafter().compose(gold.article, f"{gold.name}.txt")


def gold_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.gold.yaml")) if path.is_dir() else [path])
    return found


def report(all_scores: list[Scores], show: bool) -> str:
    lines = [
        f"{'article':<28}{'dated':>8}{'(all)':>8}{'(within)':>9}{'all gold':>9}{'real':>8}{'events':>7}"
        f"{'outside':>8}{'people R':>9}{'P':>7}{'terms R':>8}{'P':>7}{'kind':>7}",
    ]
    total = Scores("total")
    for scores in [*all_scores, total]:
        if scores is not total:
            total.add(scores)
        lines.append(
            f"{scores.name[:27]:<28}{share(scores.explicit_right, scores.explicit):>8}"
            f"{share(scores.explicit_anywhere_right, scores.explicit_anywhere):>8}"
            f"{share(scores.explicit_within, scores.explicit):>9}{share(scores.gold_right, scores.gold_events):>9}"
            f"{share(scores.real, scores.drafted):>8}{scores.drafted:>7}{scores.outside:>8}"
            f"{share(scores.people_found, scores.gold_people):>9}{share(scores.people_right, scores.drafted_people):>7}"
            f"{share(scores.terms_found, scores.gold_terms):>8}{share(scores.terms_right, scores.drafted_terms):>7}"
            f"{share(scores.kinds_right, scores.terms_right):>7}"
        )
        if show and scores.notes:
            lines.extend(scores.notes)
    lines.append(
        f"dated: {total.explicit_right}/{total.explicit} explicitly dated gold events inside the span drafted with the "
        f"right window ({total.explicit_anywhere_right}/{total.explicit_anywhere} of all of them, "
        "inside the span or not); "
        f"real: {total.real}/{total.drafted} drafted events are dated happenings ({total.duplicates} duplicates); "
        f"outside the span: {total.outside}, {total.outside_gold} of them gold happenings dated there "
        f"(reaching out: {total.reaching_out}); "
        f"people: {total.people_found}/{total.gold_people} found, {total.people_right}/{total.drafted_people} right; "
        f"terms: {total.terms_found}/{total.gold_terms} found, {total.terms_right}/{total.drafted_terms} right, "
        f"{total.kinds_right}/{total.terms_right} of those of the gold's kind"
    )
    return "\n".join(lines)


# --- Questions for a human read --------------------------------------------------------------------------


def _built_questions(draft: Any, article: str, source_name: str) -> list[Any]:
    """The questions a bank of the draft generates, built as `vlasov check` builds it."""
    try:
        from vlasov_cli.core.build import build_bank
        from vlasov_cli.core.read import read_bank
        from vlasov_cli.core.text import ParagraphIndex
        from vlasov_cli.features.draft.folder import write_draft
    except ImportError:
        from vlasov_cli.bank.build import build_bank  # type: ignore[no-redef]
        from vlasov_cli.bank.read import read_bank  # type: ignore[no-redef]
        from vlasov_cli.draft.folder import write_draft  # type: ignore[no-redef]
        from vlasov_cli.text import ParagraphIndex  # type: ignore[no-redef]
    with tempfile.TemporaryDirectory(prefix="draft-eval-") as scratch:
        folder = Path(scratch) / "bank"
        write_draft(folder, draft, article.encode("utf-8"))
        raw = read_bank(folder)
        return list(build_bank(raw, ParagraphIndex(raw.paragraphs)).questions)


def question_sample(gold: Gold, draft: Any, count: int, seed: int = 25) -> str:
    questions = _built_questions(draft, gold.article, f"{gold.name}.txt")
    chosen = random.Random(f"{seed}:{gold.name}").sample(questions, min(count, len(questions)))
    lines = [f"## {gold.name} ({len(chosen)} of {len(questions)} questions)", ""]
    for question in chosen:
        lines.append(f"- [ ] {question.type}: {question.prompt}")
        for text in [*question.choices, *question.items]:
            lines.append(f"      · {text}")
        lines.append(f"      answer: {question.answer or 'the items in the order shown'}")
        if question.explanation:
            lines.append(f"      why: {question.explanation}")
    return "\n".join([*lines, ""])


def tally(text: str) -> dict[str, tuple[int, int]]:
    """Per article (## heading), how many questions were ticked usable and how many were read."""
    counts: dict[str, tuple[int, int]] = {}
    article = ""
    for line in text.splitlines():
        heading = re.match(r"## (\S+)", line)
        if heading:
            article = heading[1]
            counts[article] = (0, 0)
        box = re.match(r"- \[([ xX])\]", line)
        if box and article:
            usable, read = counts[article]
            counts[article] = (usable + (box[1] != " "), read + 1)
    return counts


def read_questions(text: str) -> dict[str, list[tuple[bool, str, str]]]:
    """Per article, the questions of a read sample: (ticked, the question as written without its
    verdict, its stem and answer). The question's lines are its stem ("date: ...", on the box's line or
    the next), its options ("· ...") and its answer; the reader's verdict, quote and notes are left out,
    wherever the reading puts them."""
    found: dict[str, list[tuple[bool, str, str]]] = {}
    article, block, ticked = "", list[str](), False

    def close() -> None:
        if block:
            answer = next((line for line in block if line.startswith("answer:")), "")
            found[article].append((ticked, "\n".join(block), f"{block[0]}\n{answer}"))
            block.clear()

    for line in text.splitlines():
        heading = re.match(r"## (\S+)", line)
        box = re.match(r"- \[([ xX])\] (.*)", line)
        if heading or box:
            close()
        if heading:
            article = heading[1]
            found[article] = []
        elif box and article:
            ticked = box[1] != " "
            block[:] = [box[2]] if _STEM.match(box[2]) else []
        elif article and line.startswith("      "):
            part = line.strip()
            if _STEM.match(part) and not block or block and part.startswith(("· ", "answer:")):
                block.append(part)
    close()
    return found


_STEM = re.compile(r"(?:date|choice|order|typed): ")


def _written(question: Any) -> tuple[str, str]:
    """A question as `question_sample` writes it (its verdict aside), and its stem and answer."""
    lines = [f"{question.type}: {question.prompt}", *(f"· {text}" for text in [*question.choices, *question.items])]
    answer = f"answer: {question.answer or 'the items in the order shown'}"
    return "\n".join([*lines, answer]), f"{lines[0]}\n{answer}"


def _articles(paths: list[Path]) -> list[tuple[str, str]]:
    """The articles (name, text) of gold files, or of a folder's texts where it has no gold (a set kept
    for reading only)."""
    golds = gold_files(paths)
    texts = [
        text for path in paths if path.is_dir() and not list(path.glob("*.gold.yaml")) for text in path.glob("*.txt")
    ]
    named = [
        (path.name.removesuffix(".gold.yaml"), path.with_name(path.name.replace(".gold.yaml", ".txt")))
        for path in golds
    ]
    return [(name, text.read_text(encoding="utf-8")) for name, text in [*named, *((t.stem, t) for t in sorted(texts))]]


def retick(paths: list[Path], reading: str) -> str:
    """Of the questions of a reading, those the code still generates (word for word; a year question by
    its stem and answer, its distractor years may move), and how many of those the reader ticked."""
    read = read_questions(reading)
    rows, totals = [], [0, 0, 0, 0]
    for name, article in _articles(paths):
        if name not in read:
            continue
        draft = _drafter().compose(article, f"{name}.txt")
        written = [_written(question) for question in _built_questions(draft, article, name)]
        whole, stems = {full for full, _ in written}, {stem for _, stem in written}
        kept = [
            ticked for ticked, full, stem in read[name] if full in whole or ("In which year" in stem and stem in stems)
        ]
        counts = [len(written), len(read[name]), len(kept), sum(kept)]
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        rows.append(f"| {name} | {counts[0]} | {counts[2]} of {counts[1]} | {counts[3]} |")
    head = ["| article | generated now | of those read, kept | of those, ticked |", "|---|---:|---:|---:|"]
    ticked_share = share(totals[3], totals[2])
    rows.append(f"| **all** | **{totals[0]}** | **{totals[2]} of {totals[1]}** | **{totals[3]} ({ticked_share})** |")
    return "\n".join([*head, *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="gold files, or folders of them")
    parser.add_argument("--show", action="store_true", help="list every miss and every wrong event")
    parser.add_argument("--json", action="store_true", help="the scores as JSON")
    parser.add_argument("--questions", type=int, default=0, help="sample this many questions per article")
    parser.add_argument("--seed", type=int, default=25, help="another seed draws another sample")
    parser.add_argument("-o", "--output", type=Path, help="where --questions writes its sample")
    parser.add_argument("--tally", type=Path, help="a sample read by a person: the share ticked usable")
    parser.add_argument("--retick", type=Path, help="a sample read by a person: of it, what is still generated")
    arguments = parser.parse_args()
    if arguments.retick:
        print(retick(arguments.paths, arguments.retick.read_text(encoding="utf-8")))
        return
    if arguments.tally:
        counted = {article: n for article, n in tally(arguments.tally.read_text(encoding="utf-8")).items() if n[1]}
        for article, (usable, read) in counted.items():  # (a heading without questions is no article)
            print(f"{article:<28}{usable:>4}/{read:<4}{share(usable, read)}")
        usable, read = sum(n[0] for n in counted.values()), sum(n[1] for n in counted.values())
        print(f"{'all':<28}{usable:>4}/{read:<4}{share(usable, read)}")
        return
    all_scores, samples = [], []
    for path in gold_files(arguments.paths):
        gold = read_gold(path)
        draft = draft_of(gold)
        all_scores.append(score(gold, draft))
        if arguments.questions:
            samples.append(question_sample(gold, draft, arguments.questions, arguments.seed))
    import vlasov_cli

    print(f"code: {Path(vlasov_cli.__file__).parent.parent}", file=sys.stderr)
    if arguments.json:
        print(json.dumps([{k: v for k, v in vars(s).items() if k != "notes"} for s in all_scores], indent=1))
    else:
        print(report(all_scores, arguments.show))
    if samples:
        text = "# Generated questions: tick the box of each one usable as drafted\n\n" + "\n".join(samples)
        if arguments.output:
            arguments.output.write_text(text, encoding="utf-8")
        else:
            print(text)


if __name__ == "__main__":
    main()
