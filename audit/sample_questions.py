"""Ten questions of each kind as a learner sees them, for a teacher to read: each asked by
`vlasov quiz --practice` (nothing saved) and answered with `?`, so the answer and its quote show.

    python audit/sample_questions.py [SEED] > audit/QUESTIONS-ROUND2.md
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 24
PER_KIND = 10
# What a learner meets, by the quiz's --type and, for generated questions, their template.
KINDS = [
    ("what: which term a clue describes", "choice", ".what"),
    ("role: who held a role", "choice", ".role"),
    ("who: who did a deed", "choice", ".who"),
    ("whose: which fact is a person's", "choice", ".whose"),
    ("year", "choice", ".year"),
    ("which-first", "choice", ".first"),
    ("choice, hand-written", "choice", ""),
    ("date", "date", ""),
    ("order", "order", ""),
    ("truefalse", "truefalse", ""),
    ("typed (hand-written and generated)", "typed", ""),
    ("number", "number", ""),
]
TEMPLATES = (".what", ".role", ".who", ".whose", ".year", ".first")


def asked(kind: str) -> list[tuple[str, str]]:
    """(id, what the learner saw) of every question of a --type, in the quiz's order for SEED."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "VLASOV_HOME": home, "COLUMNS": "80", "NO_COLOR": "1"}
        command = ["vlasov", "quiz", "--practice", "--type", kind, "--count", "500", "--seed", str(SEED), "--json"]
        run = subprocess.run(command, input="?\n" * 500, capture_output=True, text=True, env=env, check=True)
    ids = [answer["question_id"] for answer in json.loads(run.stdout)["answers"]]
    blocks = re.split(r"\n(?=Question \d+/\d+ · )", run.stderr)[1:]
    blocks[-1] = blocks[-1].split("\n\nScore:")[0]
    return list(zip(ids, (block.strip() for block in blocks), strict=True))


def main() -> None:
    print("# Questions, round 2: ten of each kind as a learner sees them\n")
    print(f"Made by `python audit/sample_questions.py {SEED}` (`vlasov quiz --practice --type T --seed {SEED}`,")
    print("each answered `?` so that the answer and its quote show).\n")
    reading = Path(__file__).with_name("ROUND2-READING.md")
    if reading.exists():  # (what a teacher made of them, written by hand)
        print(reading.read_text(encoding="utf-8"))
    cache: dict[str, list[tuple[str, str]]] = {}
    for title, kind, template in KINDS:
        questions = cache.setdefault(kind, asked(kind))
        if template:
            chosen = [(qid, text) for qid, text in questions if qid.endswith(template)]
        elif kind == "choice":
            chosen = [(qid, text) for qid, text in questions if not qid.endswith(TEMPLATES)]
        else:
            chosen = questions
        print(f"## {title} ({len(chosen)} in the bank)\n")
        for qid, text in chosen[:PER_KIND]:
            print(f"`{qid}`\n\n```text\n{text}\n```\n")


if __name__ == "__main__":
    main()
