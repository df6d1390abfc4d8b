"""What each start-up trick of `vlasov` buys: the look-ups timed as shipped and with one trick undone.

    python bench/tricks.py                           # 15 runs of each, round robin with the floor
    python bench/tricks.py --runs 31
    python bench/tricks.py --typer-python PATH       # also: the same code under another Typer
    python bench/tricks.py --bank DIR --variants "as shipped,interpreter shutdown"   # a bank of yours

Each variant runs the installed package through `python -c PRELUDE`, the prelude undoing one trick
before `vlasov_cli.main()` runs; "as shipped" has no prelude. Every process is timed as bench.py
times it (wall clock), and by its CPU time (user + system), which the machine's load disturbs far
less. The ratios are to the floor `python -c "import typer, rich.console, rich.table"`; the last
column is what undoing the trick costs against "as shipped", in ms of median CPU time.

`--typer-python` names the Python of a virtual environment holding this package (pip install
--no-deps -e .) beside a newer Typer: its runs time the pin `typer<0.29`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = "import typer, rich.console, rich.table"
START = "from vlasov_cli import main; main()"

# (label, prelude): the prelude undoes one trick.
VARIANTS = [
    ("as shipped", ""),
    # run() builds only the command named (Typer builds every command's options otherwise)
    ("every command built", "import vlasov_cli.cli.main as m; m._command_name = lambda info: ''"),
    # main() leaves by os._exit, skipping the interpreter's shutdown
    ("interpreter shutdown", "import os, sys; os._exit = sys.exit"),
    # a stream wrapper strips the spaces Rich pads lines with, when stdout is no terminal
    ("no padding stripper", "import vlasov_cli.cli.views.output as o; o._trimmed = lambda name: None"),
    # the records are NamedTuples, not dataclasses: here dataclasses is imported and each record
    # class made again as a dataclass (the NamedTuples' own cost stays: an upper bound)
    (
        "records as dataclasses",
        "import dataclasses, vlasov_cli.core.records as r\n"
        "for n, c in list(vars(r).items()):\n"
        "    if isinstance(c, type) and hasattr(c, '_fields'):\n"
        "        dataclasses.make_dataclass(n, list(c._fields), frozen=True)",
    ),
]
COMMANDS = [
    ("who Bunyachenko", ["who", "Bunyachenko"]),
    ("who Bunyachenko --json", ["who", "Bunyachenko", "--json"]),
    ("timeline --year 1942", ["timeline", "--year", "1942"]),
    ("timeline --year 1942 --json", ["timeline", "--year", "1942", "--json"]),
]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process; stops the benchmark if the process fails."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert process.stdout is not None
        process.stdout.read()  # (a pipe, as a user's `| less` would be; and the padding stripper is in use)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(argv)} failed:\n{errors.read().decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description="Time each start-up trick of vlasov against its undoing.")
    parser.add_argument("--runs", type=int, default=15, help="runs of each (default 15)")
    parser.add_argument("--typer-python", help="a Python with this package beside a newer Typer")
    parser.add_argument("--bank", help="the bank to look up (default: the shipped one); store it first")
    parser.add_argument("--variants", help="comma-separated labels of the variants to run (default: all)")
    arguments = parser.parse_args()
    bank = ["--bank", arguments.bank] if arguments.bank else []
    chosen = arguments.variants.split(",") if arguments.variants else [label for label, _ in VARIANTS]
    runs: list[tuple[str, str, list[str]]] = [("floor", "", [sys.executable, "-c", FLOOR])]
    for label, prelude in VARIANTS:
        code = f"{prelude}\n{START}" if prelude else START
        if label in chosen:
            runs += [(label, name, [sys.executable, "-c", code, *args, *bank]) for name, args in COMMANDS]
    if arguments.typer_python:
        version = subprocess.run(
            [arguments.typer_python, "-c", "import typer; print(typer.__version__)"], capture_output=True, text=True
        ).stdout.strip()
        runs += [(f"typer {version}", "", [arguments.typer_python, "-c", FLOOR])]
        newer = f"typer {version}"
        runs += [(newer, name, [arguments.typer_python, "-c", START, *args, *bank]) for name, args in COMMANDS]
    with tempfile.TemporaryDirectory(prefix="vlasov-tricks-") as scratch:
        env = {**os.environ, "VLASOV_HOME": str(Path(scratch) / "home"), "COLUMNS": "80"}
        env.pop("VLASOV_BANK", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for _, _, argv in runs:  # warm: bytecode, the bank store
            timed(argv, env)
        walls: dict[tuple[str, str], list[float]] = {(label, name): [] for label, name, _ in runs}
        cpus: dict[tuple[str, str], list[float]] = {key: [] for key in walls}
        for _ in range(arguments.runs):
            for label, name, argv in runs:
                wall, cpu = timed(argv, env)
                walls[(label, name)].append(wall)
                cpus[(label, name)].append(cpu)
    wall = {key: statistics.median(values) for key, values in walls.items()}
    cpu = {key: statistics.median(values) for key, values in cpus.items()}
    floor_wall, floor_cpu = wall[("floor", "")], cpu[("floor", "")]
    print(f"floor: {floor_wall * 1000:.0f} ms wall, {floor_cpu * 1000:.0f} ms CPU (median of {arguments.runs})")
    columns = ("wall ms", "x floor", "CPU ms", "x floor", "+CPU ms")
    print(f"\n{'variant':<24} {'command':<28} " + " ".join(f"{column:>7}" for column in columns))
    print("-" * 92)
    for label, name, _ in runs:
        if label == "floor" or not name:
            continue
        own_floor = (wall[(label, "")], cpu[(label, "")]) if (label, "") in wall else (floor_wall, floor_cpu)
        extra = (cpu[(label, name)] - cpu[("as shipped", name)]) * 1000
        print(
            f"{label:<24} {name:<28} {wall[(label, name)] * 1000:>7.0f} {wall[(label, name)] / own_floor[0]:>7.2f} "
            f"{cpu[(label, name)] * 1000:>7.0f} {cpu[(label, name)] / own_floor[1]:>7.2f} {extra:>+7.1f}"
        )
    if arguments.typer_python:
        print("\n(a newer Typer's rows: ratios to the floor under that Typer, extra CPU against this one's as shipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
