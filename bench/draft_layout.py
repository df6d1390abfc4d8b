"""Whether `vlasov draft` stays linear however an article is laid out (issue 23): the shipped
article paragraphed, flattened to one line (as web and JSON extracts are), and a line of date
words, each at two sizes four times apart. A linear draft takes about four times as long at four
times the size; before pysbd was given long paragraphs in pieces, the flattened article took 12x.

    python bench/draft_layout.py            # best of 3 runs of each
"""

from __future__ import annotations

import argparse
import time

from vlasov_cli.features.draft.compose import compose
from vlasov_cli.state.paths import default_bank_folder


def article() -> str:
    import yaml

    folder = default_bank_folder()
    source = yaml.safe_load((folder / "bank.yaml").read_text(encoding="utf-8"))["source"]
    return (folder / source).read_text(encoding="utf-8")


def best(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        compose(text, "article.txt", "")
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    text = article()
    layouts = {
        "paragraphed": text + "\n\n",
        "one line": " ".join(text.split()) + " ",
        "date words": "Notes\n\n" + "On June 3, 1942 and in July 1943, the next day " * 500,
    }
    print(f"{'layout':<12} {'KB':>6} {'s':>6} {'KB':>6} {'s':>6} {'ratio':>6}")
    for name, unit in layouts.items():
        small, large = unit, unit * 4
        first, second = best(small, runs), best(large, runs)
        print(
            f"{name:<12} {len(small) // 1000:>6} {first:>6.2f} {len(large) // 1000:>6} {second:>6.2f} "
            f"{second / first:>6.1f}"
        )


if __name__ == "__main__":
    main()
