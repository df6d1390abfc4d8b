"""All terminal output of the human (non-JSON) views. Rich is imported here, and only when used."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


@lru_cache(maxsize=1)
def out() -> Console:
    from rich.console import Console

    return Console(highlight=False)


@lru_cache(maxsize=1)
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def error(message: str, hints: tuple[str, ...] = ()) -> None:
    err().print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    for hint in hints:
        err().print(f"  {escape(hint)}", soft_wrap=True)


def problems(lines: list[str]) -> None:
    for line in lines:
        err().print(escape(line), soft_wrap=True)
    count = len(lines)
    err().print(f"[bold red]{count} problem{'s' if count != 1 else ''}[/] found", soft_wrap=True)


def check_passed(summary: dict[str, Any]) -> None:
    counts = summary["counts"]
    parts = ", ".join(f"{value} {name}" for name, value in counts.items())
    out().print(f"[green]ok[/] {escape(summary['bank'])}: {parts}; no problems", soft_wrap=True)


def paragraphs(numbered: list[dict[str, Any]]) -> None:
    from rich.padding import Padding

    for position, paragraph in enumerate(numbered):
        if position:
            out().print()
        out().print(f"[bold cyan]\\[{paragraph['number']}][/]")
        out().print(Padding(escape(paragraph["text"]), (0, 0, 0, 2), expand=False))
