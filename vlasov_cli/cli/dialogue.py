"""The quiz dialogue: each question asked in turn and its answer read, judged and shown; at a
terminal, the learner may also take an answer back (the question is asked again) or count a typed
answer judged wrong as right. The engine (features/quiz.py) keeps the score and the history; the
words are in views/quiz.py. Under --json the dialogue goes to stderr, so stdout holds the JSON alone."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from vlasov_cli.cli.views import quiz as view
from vlasov_cli.core.errors import BadInput
from vlasov_cli.features import quiz as engine

if TYPE_CHECKING:
    from rich.console import Console

    from vlasov_cli.features.quiz import Session, Shown


# The longest answer line read from a script: a terminal's own line limit. Input without line ends
# (`quiz < /dev/zero`) is never read further than this.
LONGEST_ANSWER = 4096


def hold(session: Session, due: int, new: int, missed: bool, as_json: bool) -> BaseException | None:
    """The whole dialogue, from what is due to the last answer; what ended it early: Ctrl-C
    (KeyboardInterrupt) or standard input that holds no answers (BadInput); None when nothing did."""
    from vlasov_cli.cli.views.output import err, out

    console = err() if as_json else out()
    interactive = sys.stdin.isatty()
    view.start(console, due, new, len(session.shown), session.practice, interactive, missed)
    try:
        _play(session, console, interactive, as_json)
    except (KeyboardInterrupt, BadInput) as stopped:
        return stopped
    return None


def _script_line() -> str | None:
    """One line of a script's answers, without its line end; None at the end of input. A line longer
    than LONGEST_ANSWER is no answer, and nothing after it is read (BadInput)."""
    line = sys.stdin.readline(LONGEST_ANSWER + 2)  # room for the line end, "\r\n"
    if not line:
        return None
    answer = line.rstrip("\r\n")
    if len(answer) > LONGEST_ANSWER:
        raise BadInput(
            f"standard input holds a line of more than {LONGEST_ANSWER} characters, which is no answer: "
            "the quiz stopped reading there (every answer before it is kept)"
        )
    return answer


def _play(session: Session, console: Console, interactive: bool, as_json: bool) -> None:
    """Ask each question in turn; after the last, at a terminal, a last chance to take it back."""
    if interactive:
        with contextlib.suppress(ImportError):  # (POSIX's: elsewhere input() edits as the console does)
            import readline  # noqa: F401  (line editing and recall for input())
    number = 0
    while number < len(session.shown) or interactive:
        shown = session.shown[number] if number < len(session.shown) else None
        if shown is not None:
            view.question(console, shown, number + 1, len(session.shown))
        else:  # after the last answer, a last chance to take it back or count it as right
            view.last_chance(console)
        given = _read_answer(console, session, shown, interactive, as_json)
        if given is None or (shown is None and given not in (engine.UNDO, engine.I_WAS_RIGHT)):
            return
        if given == engine.UNDO:
            view.taken_back(console, session.undo())
            number -= 1
        elif given == engine.I_WAS_RIGHT:
            view.overridden(console, session.override())
        else:
            assert shown is not None
            view.feedback(console, session.answer(shown, given))
            number += 1


def _read_answer(
    console: Console, session: Session, shown: Shown | None, interactive: bool, as_json: bool
) -> str | None:
    """One answer (to `shown`, or after the last question, a key or nothing): re-asked at a terminal
    while malformed (or while asking for an undo or override that cannot be); from a script, one
    line as it is; None at EOF."""
    while True:
        if not interactive:
            return _script_line()
        try:  # (under --json the questions, and so the prompt, go to stderr)
            given = (console.input("> ") if as_json else input("> ")).strip()
        except EOFError:
            return None
        if given == engine.UNDO and session.outcomes:
            return given
        if given == engine.I_WAS_RIGHT and session.can_override():
            return given
        if given in (engine.UNDO, engine.I_WAS_RIGHT):
            view.cannot(console, given)
            continue
        if shown is None:
            return given
        verdict = engine.judge(session.bank, shown, given)
        if given == engine.DONT_KNOW or verdict.valid:
            return given
        view.not_an_answer(console, shown, given, verdict.reason)
