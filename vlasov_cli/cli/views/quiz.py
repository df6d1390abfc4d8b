"""The quiz as a person reads it: each question and how to answer it, the verdict with the sentence
that proves it, the keys besides answers, and the score; and `vlasov quiz --topic list`. Printed on
the console the dialogue (cli/dialogue.py) gives: stdout's, or stderr's under --json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vlasov_cli.cli.views.output import escape, listing, print_lines, print_wrapped, quote_lines
from vlasov_cli.core.text import fold, letters

if TYPE_CHECKING:
    import datetime

    from rich.console import Console

    from vlasov_cli.core.records import QuizSummary, TopicCounts
    from vlasov_cli.features.quiz import Outcome, Shown


_HINTS = {
    "truefalse": "Answer true or false (t/f).",
    "number": "Answer with a number.",
    "typed": "Type the answer.",
}


def question(console: Console, shown: Shown, number: int, total: int) -> None:
    item = shown.question
    console.print()
    console.print(f"[bold]Question {number}/{total}[/] [dim]· {escape(item.topic)}[/]")
    print_wrapped(console, item.prompt, style="bold")
    for letter, option in zip(letters(len(shown.options)), shown.options, strict=True):
        print_wrapped(console, option, indent=2, first=f"{letter}) ")
    console.print(f"[dim]{escape(answer_hint(shown))}[/]")


def answer_hint(shown: Shown) -> str:
    """How to answer this question: shown under it, and again after a malformed answer."""
    item = shown.question
    if item.type == "order":
        hint = f"Type the letters in time order, earliest first (e.g. {letters(len(shown.options))[::-1]})."
    elif item.type == "choice":
        hint = f"Answer with a letter (A–{letters(len(shown.options))[-1]}) or the text."
    elif item.type == "date":
        hint = {
            "day": "Answer with a date, e.g. June 23, 1942.",
            "month": "Answer with a month and year, e.g. June 1942.",
            "year": "Answer with a year.",
        }[("year", "month", "day")[item.answer.count("-")]]
    else:
        hint = _HINTS[item.type]
    return hint


def start(
    console: Console, due: int, new: int, asking: int, practice: bool, interactive: bool, missed: bool = False
) -> None:
    """Before the first question: what is due and new (or, with --missed, how many were last missed),
    and (at a terminal) the keys besides answers."""
    mode = "; practising, nothing is saved" if practice else ""
    outlook = f"{asking} you last answered wrong" if missed else f"{due} due for review, {new} new; {asking} to answer"
    console.print(f"[dim]{outlook}{mode}.[/]")
    if interactive:
        console.print(
            "[dim]Type ? if you don't know, - to take back your last answer, ! if a typed answer was right.[/]"
        )


def not_an_answer(console: Console, shown: Shown, given: str, reason: str = "") -> None:
    """A line that is no answer, asked again: what the question wants (a date's missing part, say)."""
    if reason:
        said = reason
    elif not given.strip():
        said = f"Type your answer, or ? if you don't know. {answer_hint(shown)}"
    else:
        said = f"That is not an answer to this question. {answer_hint(shown)}"
    console.print(f"[yellow]{escape(said)}[/]")


def cannot(console: Console, key: str) -> None:
    what = (
        "There is no answer to take back yet."
        if key == "-"
        else "Only your last answer, if you typed it (a name, a date, a number) and it was judged wrong, "
        "can be counted as right."
    )
    console.print(f"[yellow]{what}[/]")


def feedback(console: Console, outcome: Outcome) -> None:
    item = outcome.shown.question
    if outcome.correct:
        # A typo forgiven, or a choice picked by its text: the right answer as it is written.
        # A typo forgiven, a choice typed out (its letter then shown): the right answer as it is written.
        given = fold(outcome.given)
        shown_right = given not in (fold(item.answer), fold(outcome.display), fold(outcome.expected))
        shown_right = shown_right or (item.type == "choice" and given != fold(outcome.display))
        right = f" [bold]{escape(outcome.display)}[/]" if shown_right else ""
        console.print(f"[bold green]✓ Right.[/]{right}")
    elif outcome.seen_first:
        console.print(f"That is it, but it counts as missed: ? showed it first. [bold]{escape(outcome.display)}[/]")
    elif outcome.given.strip() == "?":
        console.print(f"The answer: [bold]{escape(outcome.display)}[/]")
    else:
        console.print(f"[bold red]✗ Not quite.[/] The answer: [bold]{escape(outcome.display)}[/]")
    print_lines(console, quote_lines(item.quote, item.paragraph, 0, console.width))
    if item.explanation:
        print_wrapped(console, item.explanation, style="dim")


def last_chance(console: Console) -> None:
    console.print()
    console.print("[dim]Press Enter for your score (- takes your last answer back, ! counts it as right).[/]")


def taken_back(console: Console, outcome: Outcome) -> None:
    console.print(f"[yellow]Taken back: your answer “{escape(outcome.given)}”. The question again:[/]")


def overridden(console: Console, outcome: Outcome) -> None:
    console.print(f"[green]Counted as right: “{escape(outcome.given)}”.[/]")


def when(iso: str, now: datetime.datetime | None = None) -> str:
    """A time to come, as a person says it, in local time: "in 10 minutes", "tomorrow at 09:14"."""
    import datetime as dt
    import math

    moment = dt.datetime.fromisoformat(iso).astimezone()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    minutes = (moment - now).total_seconds() / 60
    if minutes <= 0:
        return "now"
    if minutes < 60:
        count = math.ceil(minutes)
        return f"in {count} minute{'s' if count != 1 else ''}"
    days = (moment.date() - now.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"on {moment.strftime('%A')} at {clock}"
    return f"on {moment.strftime('%B')} {moment.day} at {clock}"


def summary(console: Console, summary: QuizSummary) -> None:
    asked, correct = summary.asked, summary.correct
    console.print()
    if not asked:
        console.print("No questions answered.")
    else:
        console.print(f"[bold]Score: {correct}/{asked}[/] ({round(100 * correct / asked)}%)")
    if summary.missed:
        console.print("[bold]Missed:[/]")
        for missed in summary.missed:
            print_wrapped(console, missed.prompt, indent=2, first="• ")
            print_wrapped(console, missed.answer, indent=4, style="green")
    if summary.leech_prompts:
        console.print("[yellow]Missed again and again (leeches):[/]")
        for prompt in summary.leech_prompts:
            print_wrapped(console, prompt, indent=2, first="• ", style="yellow")
    upcoming = ""
    if summary.next_due:  # (beside some due now, the next is another one)
        upcoming = f"; {'another is due' if summary.due_now else 'the next review is'} {when(summary.next_due)}"
    console.print(f"Due for review now: {summary.due_now}{upcoming}.")


def topics(console: Console, counts: TopicCounts) -> None:
    """`vlasov quiz --topic list`: each topic and how many questions it has."""
    rows = [(topic, f"{count} questions") for topic, count in counts.topics.items()]
    listing(console, "Topics (use with --topic)", rows)
