"""How many drafted event titles a teacher would have to retype for a plain fault: cut with "…" or marked by
`vlasov review` as ending mid-phrase, opening with a connective, a subordinate word or a bare pronoun ("It
captured...", "Although..."), a hole where a date was cut out of its clause ("This agreement, dated and
known as", from "dated May 8, 1871, and known as"; "granted belligerent status Spain"), or one word
("Brazil").

    python bench/title_eval.py bench/devset bench/heldout bench/heldout2        # counts per folder
    python bench/title_eval.py bench/devset --show                              # and every such title

The drafter runs in-process (`compose`) on each NAME.txt beside a NAME.gold.yaml."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from vlasov_cli.features.draft import compose
from vlasov_cli.features.review_marks import _title_fault as review_mark

OPENING = re.compile(
    r"^(?:it|this|these|that|those|he|she|they|his|her|its|their|him|them|although|though|while|whereas|when|"
    r"because|since|if|until|unless|after|before|as|and|but|or|so|yet|however|moreover|meanwhile|thus|then|"
    r"therefore|instead|in response|in addition|as a result|following this|most famously)\b",
    re.IGNORECASE,
)


# A date's words: a figure, a month, a season
DATE_WORD = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|"
    r"summer|autumn|fall|winter)\b"
)
# What cannot follow the seam in a whole clause: a verb, an article, a name ("decision | rejected", "status |
# Spain", "Affair | an incident"), or anything after a participle left without its date ("dated | and").
# (A connective may: "The crisis started | when", "fell | and the French".)
BROKEN_AFTER = re.compile(r"(?:a|an|the|did|was|were|had|is|are|[a-z]+ed|[a-z]+ly|[A-Z][\w\u2019'.-]*)")
BARE_PARTICIPLE = {"dated", "known", "called", "named"}
# A subject told with its second predicate, the one a date opens ("governments | met in London, and on
# October 31, 1861, | signed"): no hole, the first predicate left out whole.
SECOND_PREDICATE = re.compile(r",\s+and\s+(?:on|in|by|during|at)\s")


def holed(title: str, quote: str) -> bool:
    """Whether two words the title puts side by side stood apart in the quote around a date and the comma
    closing it ("dated | May 8, 1871, | and"), as no clause reads."""
    words = re.findall(r"[\w\u2019'.-]+|,", title)
    for first, second in zip(words, words[1:], strict=False):
        if "," in (first, second) or not (BROKEN_AFTER.fullmatch(second) or first.lower() in BARE_PARTICIPLE):
            continue
        pair = rf"(?<![\w-]){re.escape(first)}"
        if re.search(rf"{pair}\s+{re.escape(second)}(?![\w-])", quote, re.IGNORECASE):
            continue
        gap = re.search(rf"{pair}(?P<gap>[^.;]{{1,40}}?),\s+{re.escape(second)}(?![\w-])", quote, re.IGNORECASE)
        if gap and DATE_WORD.search(gap["gap"]) and not SECOND_PREDICATE.search(gap["gap"]):
            return True
    return False


def faults(title: str, quote: str = "") -> list[str]:
    found = []
    if holed(title, quote):
        found.append("hole")
    if len(title.split()) == 1:
        found.append("one word")
    if title.endswith("\u2026"):
        found.append("cut")
    if OPENING.match(title):
        found.append("opening")
    if review_mark(title, quote).startswith("ends mid-phrase"):
        found.append("mid-phrase")  # as `vlasov review` marks it (some false: a quote going on after a comma)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true")
    arguments = parser.parse_args()
    for folder in arguments.paths:
        titles = cut = opening = hole = one = mid = 0
        for gold in sorted(folder.glob("*.gold.yaml")):
            text = gold.with_name(gold.name.replace(".gold.yaml", ".txt"))
            draft = compose.compose(text.read_text(encoding="utf-8"), text.name)
            for event in draft.events:
                titles += 1
                found = faults(event["title"], event["quote"])
                cut += "cut" in found
                opening += "opening" in found
                hole += "hole" in found
                one += "one word" in found
                mid += "mid-phrase" in found
                if found and arguments.show:
                    print(f"  {text.stem}: [{','.join(found)}] {event['title']}")
        print(
            f"{folder}: {titles} titles, {cut} end with \u2026, {opening} open with a connective or pronoun, "
            f"{hole} with a hole where a date was, {one} of one word, {mid} marked 'ends mid-phrase' by review"
        )


if __name__ == "__main__":
    main()
