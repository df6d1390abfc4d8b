"""`vlasov stats`: the learner's history in figures, by topic and over time, and the leeches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import escape, print_wrapped

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import Stats


def show(console: Console, figures: Stats) -> None:
    from rich.table import Table

    answered = figures.answered
    if not answered:
        console.print("No answers yet: start with `vlasov quiz`.")
        return
    console.print(
        f"[bold]{answered}[/] answered, [bold]{figures.correct}[/] right "
        f"({round(100 * figures.accuracy)}%); [bold]{figures.due}[/] due for review now."
    )
    table = Table(title="By topic", title_justify="left", show_edge=False, header_style="bold")
    table.add_column("Topic")
    table.add_column("Answered", justify="right")
    table.add_column("Right", justify="right")
    table.add_column("Accuracy", justify="right")
    for topic, row in figures.by_topic.items():
        table.add_row(escape(topic), str(row.answered), str(row.correct), f"{round(100 * row.accuracy)}%")
    console.print(table)
    console.print()
    console.print("[bold]Accuracy over time[/]")
    width = max(5, min(30, console.width - 30))
    for day in figures.over_time:
        bar = "█" * round(day.accuracy * width)
        console.print(f"  {day.date} [green]{bar:<{width}}[/] {round(100 * day.accuracy):>3}% of {day.answered}")
    if figures.leeches:
        console.print()
        console.print("[bold yellow]Leeches[/] (missed again and again):")
        for leech in figures.leeches:
            print_wrapped(console, f"{leech.prompt} ({leech.misses} misses)", indent=2, first="• ")
