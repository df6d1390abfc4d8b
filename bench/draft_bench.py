"""How long `vlasov draft` takes on a 10,000-word article, against the budget of issue 15 (5 s).

    python bench/draft_bench.py            # 5 runs of each command
    python bench/draft_bench.py --runs 9

The article is the shipped one followed by copies of itself told 56 and 112 years later (about
11,800 words). Each command runs as a whole process, round robin with the floor `python -c
"import typer, rich.console, rich.table"`, so that the machine's load falls on all alike; the table
gives the median and fastest wall time and the median's ratio to the floor's. Every draft is
written to a new folder and ends with the bank checked and stored, as a user's does. Exits 1 when
the budget is not met.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_bank import YEARS_APART, later  # noqa: E402

from bench import FLOOR, run, tool  # noqa: E402
from vlasov_cli.state.paths import default_bank_folder  # noqa: E402

BUDGET_SECONDS = 5.0
WORDS = 10_000


def long_article(target: Path) -> Path:
    """The shipped article and enough copies of it, each later by YEARS_APART, to pass WORDS words."""
    import yaml

    folder = default_bank_folder()
    source = yaml.safe_load((folder / "bank.yaml").read_text(encoding="utf-8"))["source"]
    text = (folder / source).read_text(encoding="utf-8")
    parts = [text]
    while sum(len(part.split()) for part in parts) < WORDS:
        parts.append(later(text, YEARS_APART * len(parts)))
    target.write_text("\n\n".join(parts), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    vlasov, how = tool()
    with tempfile.TemporaryDirectory(prefix="vlasov-draft-bench-") as scratch:
        root = Path(scratch)
        article = long_article(root / "article.txt")
        words = len(article.read_text(encoding="utf-8").split())
        env = {"VLASOV_HOME": str(root / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        commands = {
            "floor": lambda number: FLOOR,
            "draft --dates --json": lambda number: [*vlasov, "draft", str(article), "--dates", "--json"],
            "draft -o DIR": lambda number: [*vlasov, "draft", str(article), "-o", str(root / f"bank-{number}")],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for number in range(runs):
            for name, argv in commands.items():
                times[name].append(run(argv(number), env)[0])
    floor = statistics.median(times["floor"])
    print(f"{words} words; {how}; {runs} runs each")
    print(f"{'command':<24}{'median s':>10}{'fastest s':>11}{'x floor':>9}")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"{name:<24}{median:>10.2f}{min(measured):>11.2f}{median / floor:>9.1f}")
    drafted = statistics.median(times["draft -o DIR"])
    verdict = "met" if drafted < BUDGET_SECONDS else "NOT met"
    print(f"budget: a {WORDS:,}-word article drafts in under {BUDGET_SECONDS:.0f} s: {verdict} ({drafted:.2f} s)")
    sys.exit(0 if drafted < BUDGET_SECONDS else 1)


if __name__ == "__main__":
    main()
