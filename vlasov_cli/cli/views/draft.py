"""`vlasov draft`: what was drafted and what to do next; with --dates, the dates found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import counted, escape, say_summary

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.core.records import DatesFound, DraftMade

_DRAFTED = (("people", "person", "people"), ("events", "event", "events"), ("terms", "term", "terms"))


def made(console: Console, made: DraftMade) -> None:
    counts = made.counts
    folder = escape(made.folder)
    people, events, terms = (counted(counts[kind], *names) for kind, *names in _DRAFTED)
    questions = counted(counts["generated_questions"], "question")
    say_summary(
        console,
        f"[green]drafted[/] {people}, {events} and {terms} from {escape(made.source)} into {folder}; "
        f"{questions} generated from them",
    )
    count = len(made.warnings)
    if count:
        say_summary(console, f"the question linter warns of {count}: vlasov check --bank {folder}")
    if not made.drafts:
        nothing = "nothing was drafted: the article names no one and dates nothing that vlasov can find"
        say_summary(console, nothing)
        return
    drafts = "1 entry is a draft" if made.drafts == 1 else f"{made.drafts} entries are drafts"
    say_summary(console, f"{drafts}: review each against its quote, then delete its `draft:` line.")
    say_summary(console, f"next: vlasov check --bank {folder} · vlasov quiz --bank {folder}")


def dates(console: Console, found: DatesFound) -> None:
    if not found.dates:
        say_summary(console, f"no dates found in {escape(found.article)}")
        return
    width = max(len(date.value) for date in found.dates)
    for date in found.dates:
        console.print(f"[green]{escape(date.value.ljust(width))}[/]  {escape(date.text)}  [dim]@{date.start}[/]")
