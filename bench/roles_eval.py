"""How many drafted people have a role, and how many of those roles a reader would accept, against the
role each gold gives (NAME.gold.yaml `people: - role:`).

    python bench/roles_eval.py bench/devset bench/heldout      # the figures per folder
    python bench/roles_eval.py bench/devset --show             # and every drafted role beside the gold's

A drafted person is paired with the gold person sharing a form (as bench/draft_eval.py pairs them).
A role is ACCEPTED when, with case, "the"/"a"/"an" and punctuation set aside, it equals the gold's role,
holds it whole or is held whole in it ("U.S. President" for the gold's "President"), or its words are
all among the gold role's words (never one with a cut parenthesis or a stray quote mark); or when
bench/roles_judged.yaml (a reader's verdicts, `person: {role: yes|no}`, the person as drafted) says
yes; NOT when it says no. A role neither decides is counted "unjudged" and listed with --show; a gold
person without a role leaves the drafted role to the reader too.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import draft_of, gold_files, read_gold  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "roles_judged.yaml"
_DROPPED = frozenset("the a an".split())


def words(role: str) -> list[str]:
    return [word for word in re.findall(r"[\w.]+", role.casefold().replace("’", "'")) if word not in _DROPPED]


def accepted(drafted: str, gold: str) -> bool | None:
    """True or False when the words decide, None when a reader must."""
    if drafted.count("(") != drafted.count(")") or drafted.count('"') % 2:
        return None  # a cut parenthesis or a stray quote mark ("daughter of Thomas Jermyn (") is for a reader
    mine, theirs = " ".join(words(drafted)), " ".join(words(gold))
    if not theirs:
        return None
    if mine == theirs or f" {theirs} " in f" {mine} " or f" {mine} " in f" {theirs} ":
        return True
    if set(words(drafted)) <= set(words(gold)):
        return True
    return None


def evaluate(path: Path, judged: dict, show: bool) -> tuple[int, int, int, int, int, list[str]]:
    gold = read_gold(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold_roles = [
        ({form.casefold() for form in [entry["name"], *(entry.get("forms") or [])]}, entry.get("role") or "")
        for entry in data["people"]
    ]
    verdicts = judged
    draft = draft_of(gold)
    people = with_role = ok = wrong = unjudged = 0
    lines = []
    for person in draft.people:
        forms = {form.casefold() for form in [person["name"], *person.get("aliases", [])]}
        match = next((role for wanted, role in gold_roles if wanted & forms), None)
        people += 1
        role = person.get("role", "")
        if not role:
            if show and match:
                lines.append(f"  none      {person['name']}  (gold: {match})")
            continue
        with_role += 1
        verdict = (verdicts.get(person["name"]) or {}).get(role)
        if verdict is None and match:
            verdict = accepted(role, match)
        if verdict is True:
            ok += 1
        elif verdict is False:
            wrong += 1
        else:
            unjudged += 1
        mark = {True: "ok", False: "WRONG", None: "unjudged"}[verdict]
        if show:
            lines.append(f"  {mark:9} {person['name']}: {role!r}  (gold: {match!r})")
    return people, with_role, ok, wrong, unjudged, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true")
    options = parser.parse_args()
    judged = yaml.safe_load(JUDGED.read_text(encoding="utf-8")) if JUDGED.exists() else {}
    for folder in options.paths:
        totals = [0, 0, 0, 0, 0]
        for path in gold_files([folder]):
            *counts, lines = evaluate(path, judged or {}, options.show)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            if options.show:
                name = path.name.removesuffix(".gold.yaml")
                print(f"{name}: {counts[1]} of {counts[0]} with a role, {counts[2]} accepted")
                print("\n".join(lines))
        people, with_role, ok, wrong, unjudged = totals
        print(
            f"{folder}: {people} people drafted, {with_role} with a role, {ok} accepted, "
            f"{wrong} not, {unjudged} unjudged"
        )


if __name__ == "__main__":
    main()
