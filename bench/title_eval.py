"""How many drafted event titles a teacher would have to retype for a plain fault: cut with "…", or
opening with a connective, a subordinate word or a bare pronoun ("It captured...", "Although...").

    python bench/title_eval.py bench/devset bench/heldout bench/heldout2        # counts per folder
    python bench/title_eval.py bench/devset --show                              # and every such title

The drafter runs in-process (`compose`) on each NAME.txt beside a NAME.gold.yaml."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from vlasov_cli.features.draft import compose

OPENING = re.compile(
    r"^(?:it|this|these|that|those|he|she|they|his|her|its|their|him|them|although|though|while|whereas|when|"
    r"because|since|if|until|unless|after|before|as|and|but|or|so|yet|however|moreover|meanwhile|thus|then|"
    r"therefore|instead|in response|in addition|as a result|following this|most famously)\b",
    re.IGNORECASE,
)


def faults(title: str) -> list[str]:
    found = []
    if title.endswith("\u2026"):
        found.append("cut")
    if OPENING.match(title):
        found.append("opening")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true")
    arguments = parser.parse_args()
    for folder in arguments.paths:
        titles = cut = opening = 0
        for gold in sorted(folder.glob("*.gold.yaml")):
            text = gold.with_name(gold.name.replace(".gold.yaml", ".txt"))
            draft = compose.compose(text.read_text(encoding="utf-8"), text.name)
            for event in draft.events:
                titles += 1
                found = faults(event["title"])
                cut += "cut" in found
                opening += "opening" in found
                if found and arguments.show:
                    print(f"  {text.stem}: [{','.join(found)}] {event['title']}")
        print(f"{folder}: {titles} titles, {cut} end with \u2026, {opening} open with a connective or pronoun")


if __name__ == "__main__":
    main()
