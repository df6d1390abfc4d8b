"""How well `vlasov draft` finds an article's people and terms, against banks written by hand.

    python bench/names_eval.py            # the figures for every article
    python bench/names_eval.py --list     # and what was missed or found in excess, by name
    python bench/names_eval.py --devset   # people recall and precision on the real articles of bench/devset
    python bench/names_eval.py --heldout  # the same on bench/heldout (no longer held out: rules were written on it)
    python bench/names_eval.py --heldout2 # the same on bench/heldout2 (no longer held out either: round 5's rules)
    python bench/names_eval.py --heldout3 # the same on bench/heldout3 (tuning material since its first run)
    python bench/names_eval.py --heldout4 # the same on bench/heldout4 (tuning material since its first run)
    python bench/names_eval.py --heldout5 # the same on bench/heldout5 (tuning material since its first run)

Articles: the Vlasov article (its shipped bank: questions/people.yaml, questions/terms.yaml), the
tests' invented example bank, and the invented articles of tests/draft_articles (each with a YAML
of its expected people and some of its terms). A found entry matches an expected one when one of
its forms (name or alias) equals one of the expected entry's forms, ignoring case, and matches no
other expected entry before it; "extra" counts
found entries matching none. The byline's author counts as a person even where a bank leaves
them out. Last, the time to find the people and terms of a 10,000-word article (the Vlasov article
repeated), the budget being 0.5 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from vlasov_cli.features.draft.name_words import TITLES
from vlasov_cli.features.draft.names import find_people, find_terms
from vlasov_cli.features.draft.sentences import sentences

ROOT = Path(__file__).resolve().parent.parent
_TITLES = frozenset(word.casefold() for title in TITLES for word in title.split())
CONFIDENT = 0.5  # the figures are given for every entry found, and for those at least this sure
BUDGET_SECONDS = 0.5
SETS = ("devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")


def expected(path: Path, key: str) -> list[set[str]]:
    if not path.exists():
        return []
    entries = yaml.safe_load(path.read_text(encoding="utf-8")).get(key) or []
    return [{form.casefold() for form in [entry["name"], *(entry.get("aliases") or [])]} for entry in entries]


def articles() -> list[tuple[str, Path, list[set[str]], list[set[str]]]]:
    found = [
        (
            "Vlasov (seed)",
            ROOT / "seeds" / "000_af75b7cdd7bdc4e2.txt",
            expected(ROOT / "questions" / "people.yaml", "people"),
            expected(ROOT / "questions" / "terms.yaml", "terms"),
        ),
        (
            "example bank",
            ROOT / "tests" / "example_bank" / "source.txt",
            expected(ROOT / "tests" / "example_bank" / "people.yaml", "people"),
            expected(ROOT / "tests" / "example_bank" / "terms.yaml", "terms"),
        ),
    ]
    for text in sorted((ROOT / "tests" / "draft_articles").glob("*.txt")):
        bank = text.with_suffix(".yaml")
        found.append((text.stem, text, expected(bank, "people"), expected(bank, "terms")))
    return found


def score(found: list[tuple[str, tuple[str, ...], float]], wanted: list[set[str]], least: float) -> dict:
    kept = [(name, forms) for name, forms, confidence in found if confidence >= least]
    forms_of = [{form.casefold() for form in (name, *forms)} for name, forms in kept]
    used: set[int] = set()  # a found entry matches one expected entry at most ("Varga" is not two people)
    hit = []
    for entry in wanted:
        match = next((i for i, forms in enumerate(forms_of) if i not in used and forms & entry), None)
        if match is not None:
            used.add(match)
        hit.append(match is not None)
    extra = [name for (name, _), forms in zip(kept, forms_of, strict=True) if not any(forms & e for e in wanted)]
    missed = [sorted(entry)[0] for entry, ok in zip(wanted, hit, strict=True) if not ok]
    return {"found": len(kept), "recall": sum(hit), "of": len(wanted), "extra": extra, "missed": missed}


def devset_people(path: Path) -> tuple[list[set[str]], set[str]]:
    """A dev set gold file's people (each the set of its forms) and the names it says are no one's."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    people = [{_form(form) for form in [entry["name"], *(entry.get("forms") or [])]} for entry in gold["people"]]
    return people, {_form(name) for name in gold.get("not_people") or []}


def _form(text: str) -> str:
    """A name as compared: case, a possessive's ending and the titles before it aside ("Viscount
    Dunedin" is "Judge Viscount Dunedin")."""
    words = text.casefold().replace("\u2019", "'").removesuffix("'s").split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def devset_scores(article: str, wanted: list[set[str]], not_people: set[str]) -> dict:
    """People recall (gold people found) and precision (found people who are a gold person, each
    once: a person split in two counts one right, one wrong) of one dev set article."""
    split = sentences(article)
    found = [{_form(form) for form in (person.name, *person.aliases)} for person in find_people(article, split)]
    names = [person.name for person in find_people(article, split)]
    matched: dict[int, int] = {}  # gold index -> found index
    for index, forms in enumerate(found):
        gold = next((g for g, entry in enumerate(wanted) if g not in matched and forms & entry), None)
        if gold is not None:
            matched[gold] = index
    right = set(matched.values())
    return {
        "gold": len(wanted),
        "found": len(found),
        "hit": len(matched),
        "missed": [sorted(entry, key=len)[-1] for g, entry in enumerate(wanted) if g not in matched],
        "extra": [name for index, name in enumerate(names) if index not in right],
        "not_people": [name for name, forms in zip(names, found, strict=True) if forms & not_people],
    }


def gold_set(folder: Path, listing: bool) -> int:
    """The people figures of every article of a folder of gold files (bench/devset, bench/heldout),
    and all of them together."""
    total = {"gold": 0, "found": 0, "hit": 0}
    print(f"{'article':26} {'gold':>4} {'found':>5} {'recall':>7} {'precision':>9}")
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        name = gold_path.name.removesuffix(".gold.yaml")
        article = (gold_path.parent / f"{name}.txt").read_text(encoding="utf-8")
        figures = devset_scores(article, *devset_people(gold_path))
        for key in total:
            total[key] += figures[key]
        recall = figures["hit"] / max(figures["gold"], 1)
        precision = figures["hit"] / max(figures["found"], 1)
        print(f"{name:26} {figures['gold']:4} {figures['found']:5} {recall:7.1%} {precision:9.1%}")
        if listing:
            for what in ("missed", "extra", "not_people"):
                if figures[what]:
                    print(f"    {what}: {', '.join(figures[what])}")
    recall, precision = total["hit"] / max(total["gold"], 1), total["hit"] / max(total["found"], 1)
    print(f"{'all':26} {total['gold']:4} {total['found']:5} {recall:7.1%} {precision:9.1%}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="name what was missed and what is extra")
    parser.add_argument("--devset", action="store_true", help="people recall and precision on bench/devset")
    parser.add_argument("--heldout", action="store_true", help="the same on bench/heldout")
    for folder in SETS[2:]:
        parser.add_argument(f"--{folder}", action="store_true", help=f"the same on bench/{folder}")
    args = parser.parse_args()
    chosen = [name for name in SETS if getattr(args, name)]
    folder = chosen[0] if chosen else ""
    if folder:
        return gold_set(ROOT / "bench" / folder, args.list)
    print(f"{'article':16} {'what':7} {'sure':>5} {'found':>5} {'recall':>9} {'extra':>5}")
    for title, path, wanted_people, wanted_terms in articles():
        article = path.read_text(encoding="utf-8")
        split = sentences(article)
        people = find_people(article, split)
        terms = find_terms(article, split, people)
        author = {person.name.casefold() for person in people if split[person.sentences[0]].kind == "byline"}
        wanted_people = [*wanted_people, *([author] if author and not any(author & e for e in wanted_people) else [])]
        for what, entries, wanted in (
            ("people", [(p.name, p.aliases, p.confidence) for p in people], wanted_people),
            ("terms", [(t.name, t.aliases, t.confidence) for t in terms], wanted_terms),
        ):
            for least in (0.0, CONFIDENT):
                figures = score(entries, wanted, least)
                recall = f"{figures['recall']}/{figures['of']}"
                print(f"{title:16} {what:7} {least:5.1f} {figures['found']:5} {recall:>9} {len(figures['extra']):5}")
                if args.list:
                    if figures["missed"]:
                        print(f"    missed: {', '.join(figures['missed'])}")
                    if figures["extra"]:
                        print(f"    extra:  {', '.join(figures['extra'])}")
    seed = (ROOT / "seeds" / "000_af75b7cdd7bdc4e2.txt").read_text(encoding="utf-8")
    repeats = -(-10_000 // len(seed.split()))
    big = "\n\n".join([seed] * repeats)
    split = sentences(big)
    started = time.perf_counter()
    people = find_people(big, split)
    find_terms(big, split, people)
    seconds = time.perf_counter() - started
    words = len(big.split())
    print(f"people and terms of a {words:,}-word article: {seconds:.3f} s (budget {BUDGET_SECONDS} s)")
    return 0 if seconds < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
