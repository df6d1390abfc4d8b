"""Start-up, scale and memory benchmark of `vlasov` against the budgets of DESIGN.md.

    python bench/bench.py              # the shipped bank, then a generated 100x bank
    python bench/bench.py --runs 31    # more runs per command (default 21)
    python bench/bench.py --no-scale   # the shipped bank only

Times whole processes as a user runs them: the `vlasov` console script beside this Python (or on
PATH; failing both, `python -m vlasov_cli`). Each command runs --runs times, round robin with the
floor `python -c "import typer, rich.console, rich.table"`, so that the machine's load falls on all
alike. The table gives the median and fastest wall time, the median's ratio to the floor's, and
the peak memory (max RSS) of the process. State goes to a fresh temporary VLASOV_HOME, and the
bank store is warmed once before timing (that first run also writes the package's bytecode, as
`pip install` would). Standard library only; exits 1 when a budget is not met.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR = [sys.executable, "-c", "import typer, rich.console, rich.table"]
LOOKUP_RATIO, SCALE_RATIO, MEMORY_MIB = 1.3, 1.5, 40
SHIPPED_CHECK_SECONDS, SCALE_CHECK_SECONDS = 0.5, 15.0  # a first `check`, nothing stored yet
QUIZ = "quiz --count 1 (one answer)"
NOT_LOOK_UPS = {QUIZ, "--help"}  # timed, but the time budget is for look-ups


def tool() -> tuple[list[str], str]:
    script = Path(sys.executable).with_name("vlasov")
    if script.exists():
        return [str(script)], f"console script {script}"
    found = shutil.which("vlasov")
    if found:
        return [found], f"console script {found}"
    return [sys.executable, "-m", "vlasov_cli"], f"{sys.executable} -m vlasov_cli"


def run(argv: list[str], env: dict[str, str], stdin: str = "") -> tuple[float, float]:
    """(wall seconds, peak memory MiB) of one process; stops the benchmark if the process fails."""
    with tempfile.TemporaryFile() as feed, tempfile.TemporaryFile() as errors:
        feed.write(stdin.encode())
        feed.seek(0)
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=feed, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)  # the rusage of this one child
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(argv)} failed:\n{errors.read().decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(commands: list[tuple[str, list[str], str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """{label: [median s, fastest s, peak MiB]} for the floor and each command, run round robin."""
    everything = [("floor", FLOOR, ""), *commands]
    times: dict[str, list[float]] = {label: [] for label, _, _ in everything}
    memory = dict.fromkeys(times, 0.0)
    for _ in range(runs):
        for label, argv, stdin in everything:
            seconds, mib = run(argv, env, stdin)
            times[label].append(seconds)
            memory[label] = max(memory[label], mib)
    return {label: [statistics.median(values), min(values), memory[label]] for label, values in times.items()}


def lookups(vlasov: list[str], bank: list[str]) -> list[tuple[str, list[str], str]]:
    commands = [
        ("who Bunyachenko", ["who", "Bunyachenko"]),
        ("who Bunyachenko --json", ["who", "Bunyachenko", "--json"]),
        ("timeline --year 1942", ["timeline", "--year", "1942"]),
        ("timeline --year 1942 --json", ["timeline", "--year", "1942", "--json"]),
        ("what KONR", ["what", "KONR"]),
        ("search Prague", ["search", "Prague"]),
    ]
    return [(label, [*vlasov, *args, *bank], "") for label, args in commands]


def table(title: str, results: dict[str, list[float]], ratio_budget: float, memory_budget: bool) -> list[str]:
    """Print one table; the labels of the rows over budget."""
    floor = results["floor"][0]
    print(f"\n{title}")
    print(f"{'command':<30} {'median ms':>9} {'min ms':>7} {'x floor':>7} {'peak MiB':>8}  within budget")
    print("-" * 92)
    over = []
    for label, (median, fastest, mib) in results.items():
        ratio = median / floor
        timed = label != "floor" and label not in NOT_LOOK_UPS
        limits = [f"<= {ratio_budget}x floor"] if timed else []
        within = not timed or ratio <= ratio_budget
        if memory_budget and label != "floor":
            limits.append(f"< {MEMORY_MIB} MiB")
            within = within and mib < MEMORY_MIB
        verdict = "" if not limits else f"{'yes' if within else 'NO '} ({', '.join(limits)})"
        if not within:
            over.append(f"{title}: {label}")
        print(f"{label:<30} {median * 1000:>9.0f} {fastest * 1000:>7.0f} {ratio:>7.2f} {mib:>8.1f}  {verdict}")
    return over


def scale(vlasov: list[str], env: dict[str, str], scratch: Path, arguments: argparse.Namespace) -> list[str]:
    bank = scratch / "bank"
    started = time.perf_counter()
    make = [sys.executable, str(HERE / "make_bank.py"), str(bank), "--copies", str(arguments.copies)]
    subprocess.run(make, check=True, stdout=subprocess.DEVNULL)
    size = sum(path.stat().st_size for path in bank.iterdir()) / 2**20
    print(f"\ngenerated a {arguments.copies}x bank ({size:.1f} MiB of files) in {time.perf_counter() - started:.1f} s")
    check = [*vlasov, "check", "--bank", str(bank)]
    first = [run(check, {**env, "VLASOV_HOME": str(scratch / f"cold-{n}")}) for n in range(3)]
    run([*vlasov, "who", "Bunyachenko", "--bank", str(bank)], env)  # warm the cache of this bank
    commands = lookups(vlasov, ["--bank", str(bank)])
    title = f"{arguments.copies}x bank, cached"
    results = measure(commands, env, arguments.runs)
    over = table(title, results, SCALE_RATIO, memory_budget=False)
    floor = results["floor"][0]
    again = [run(check, env) for _ in range(3)]
    rows = (
        ("first check (nothing stored)", first, SCALE_CHECK_SECONDS),
        ("check again (files unchanged)", again, None),
    )
    return over + check_table(title, rows, floor)


def check_table(title: str, rows: tuple, floor: float) -> list[str]:
    """Print the `check` timings (median of each row's runs); the labels of the rows over budget."""
    print(f"\n{'check, median of 3':<44} {'seconds':>8} {'x floor':>8} {'peak MiB':>9}  within budget")
    print("-" * 92)
    over = []
    for label, timings, budget in rows:
        seconds = statistics.median(seconds for seconds, _ in timings)
        mib = max(mib for _, mib in timings)
        verdict = "" if budget is None else f"{'yes' if seconds < budget else 'NO '} (< {budget} s)"
        print(f"{label:<44} {seconds:>8.2f} {seconds / floor:>8.1f} {mib:>9.1f}  {verdict}")
        if budget is not None and seconds >= budget:
            over.append(f"{title}: {label}")
    return over


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark vlasov against its framework's start-up floor.")
    parser.add_argument("--runs", type=int, default=21, help="runs per command (default 21)")
    parser.add_argument("--no-scale", action="store_true", help="skip the generated 100x bank")
    parser.add_argument("--copies", type=int, default=100, help="size of the generated bank (default 100x)")
    arguments = parser.parse_args()
    vlasov, how = tool()
    print(f"vlasov run as: {how}")
    print(f'floor: python -c "import typer, rich.console, rich.table"; {arguments.runs} runs of each, round robin')
    with tempfile.TemporaryDirectory(prefix="vlasov-bench-") as scratch:
        env = {**os.environ, "VLASOV_HOME": str(Path(scratch) / "home")}
        env.pop("VLASOV_BANK", None)
        # pip compiles an installed package's bytecode; let the first run write it, as that would.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        run([*vlasov, "who", "Bunyachenko"], env)  # warm the bank cache
        commands = [
            *lookups(vlasov, []),
            (QUIZ, [*vlasov, "quiz", "--count", "1"], "a\n"),
            ("--help", [*vlasov, "--help"], ""),
        ]
        results = measure(commands, env, arguments.runs)
        over = table("Shipped bank", results, LOOKUP_RATIO, memory_budget=True)
        cold = [run([*vlasov, "check"], {**env, "VLASOV_HOME": str(Path(scratch) / f"cold-{n}")}) for n in range(3)]
        rows = (("first check of the shipped bank (nothing stored)", cold, SHIPPED_CHECK_SECONDS),)
        over += check_table("Shipped bank", rows, results["floor"][0])
        if not arguments.no_scale:
            over += scale(vlasov, env, Path(scratch), arguments)
    print("\nevery budget met" if not over else "\nover budget:\n  " + "\n  ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
