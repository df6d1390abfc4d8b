"""`vlasov` as a real process, started as a user's shell starts it: the console script, a temporary
VLASOV_HOME, no colour, 80 columns, Ctrl-C delivered even when the suite itself runs as a
background job, and a deadline, so that a hang fails its test instead of stopping the suite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_SCRIPT = Path(sys.executable).with_name("vlasov")
VLASOV = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "vlasov_cli"]


def environment(home: Path, variables: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """This process's environment with `home` as VLASOV_HOME, NO_COLOR and 80 columns, changed by
    `variables` (a variable given as None is removed)."""
    env = {**os.environ, "VLASOV_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "80"}
    for name, value in (variables or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def default_sigint() -> None:
    """In the child, before it runs: Ctrl-C as a terminal gives it. A shell starts a background
    job with SIGINT ignored, and an ignored signal stays ignored across exec."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_vlasov(
    home: Path,
    *args: str,
    variables: Mapping[str, str | None] | None = None,
    command: list[str] = VLASOV,
    timeout: float = 60,
    **options: Any,
) -> subprocess.CompletedProcess:
    """`command ARGS` run to its end. Without `input` or `stdin` the process reads nothing;
    without `stdout` or `stderr` both are captured. `options` go to subprocess.run."""
    if "input" not in options:
        options.setdefault("stdin", subprocess.DEVNULL)
    if "stdout" not in options and "stderr" not in options:
        options["capture_output"] = True
    env = environment(home, variables)
    return subprocess.run([*command, *args], env=env, preexec_fn=default_sigint, timeout=timeout, **options)


def start_vlasov(
    home: Path,
    *args: str,
    variables: Mapping[str, str | None] | None = None,
    command: list[str] = VLASOV,
    **options: Any,
) -> subprocess.Popen:
    """`command ARGS` started and left running; `options` go to subprocess.Popen (give each
    `communicate` a timeout)."""
    env = environment(home, variables)
    return subprocess.Popen([*command, *args], env=env, preexec_fn=default_sigint, **options)


def spawn_vlasov(
    home: Path,
    *args: str,
    variables: Mapping[str, str | None] | None = None,
    command: list[str] = VLASOV,
    timeout: float = 30,
    dimensions: tuple[int, int] = (40, 80),
) -> Any:
    """`command ARGS` at a terminal of `dimensions` (rows, columns) (pexpect), each expect within `timeout`."""
    import pexpect

    return pexpect.spawn(
        command[0],
        [*command[1:], *args],
        env=environment(home, variables),
        encoding="utf-8",
        timeout=timeout,
        dimensions=dimensions,
        preexec_fn=default_sigint,
    )
