"""`vlasov review`'s questions: one key (at a terminal a single key press), a line (edited in place, Tab
completing), a numbered choice, and a choice of one asked yes or no."""

from __future__ import annotations

import contextlib
import os
import sys
from functools import partial

from vlasov_cli.cli.views.review import say

ESCAPE = "\x1b"
SPECIAL_KEY = "\x1b["  # a key sending several bytes (Home, an arrow), read whole and ignored


def ask(prompt: str) -> str | None:
    """One key: at a terminal a single key press, no Enter needed (as Anki's, or git's interactive
    single keys); from a pipe one line. None at the end of input (a pipe that ends, Ctrl-D, a closed
    terminal)."""
    if sys.stdin.isatty():
        return key_press(prompt)
    line = sys.stdin.readline(4096)
    say(prompt + line.strip() if line else prompt.rstrip())  # the transcript shows the key, as a terminal would
    return line.strip() if line else None


def key_press(prompt: str) -> str | None:
    import termios
    import tty

    descriptor = sys.stdin.fileno()
    before = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor, termios.TCSANOW)  # (Ctrl-C still interrupts; a key typed ahead is kept)
        sys.stdout.write(prompt)
        sys.stdout.flush()
        key = os.read(descriptor, 1).decode("utf-8", "replace")
        if key == ESCAPE and _more_waiting(descriptor):  # Home, an arrow: one key of several bytes
            os.read(descriptor, 64)
            key = SPECIAL_KEY
    except OSError:  # the terminal went away
        key = ""
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(descriptor, termios.TCSADRAIN, before)
    if key in ("", "\x04"):
        sys.stdout.write("\n")
        return None
    sys.stdout.write((key if key.isprintable() else "") + "\n")
    return "" if key in "\r\n" else key  # (a space is no Enter: typed into a choice, it would say "none")


def _more_waiting(descriptor: int) -> bool:
    import select

    return bool(select.select([descriptor], [], [], 0.03)[0])


def ask_line(prompt: str, prefill: str = "", words: list[str] | None = None) -> str | None:
    """A line typed after `prompt`; at a terminal with `prefill` to edit in place and Tab completing
    `words` (as a shell completes names). None at the end of input."""
    if not sys.stdin.isatty():
        return ask(prompt)
    try:
        import readline
    except ImportError:  # (POSIX's: elsewhere input() edits as the console does, with nothing to edit)
        readline = None  # type: ignore[assignment]
    if readline is not None:
        readline.set_startup_hook(lambda: readline.insert_text(prefill))
        readline.set_completer(partial(_complete, sorted({word.strip('.,;:()"“”') for word in words or []})))
        readline.set_completer_delims(' \t\n"“”()[]{},;:!?')  # ("d’Aff", "Gannet's", "steam-dr" are one word)
        readline.parse_and_bind("tab: complete")
        readline.parse_and_bind("set completion-ignore-case on")  # "gan" Tab gives "Gannet"
        readline.parse_and_bind("set show-all-if-ambiguous on")  # one Tab lists the words it could be
    try:
        return " ".join(input(prompt).split())  # (a space typed after Tab's own makes one)
    except EOFError:
        sys.stdout.write("\n")
        return None
    finally:
        if readline is not None:
            readline.set_startup_hook()
            readline.set_completer()


def _complete(words: list[str], start: str, state: int) -> str | None:
    # (no space after the word: reviewers type one by habit, and Python's readline adds none)
    folded = start.casefold().replace("’", "'")  # (an apostrophe typed matches the article's curly one)
    if "'" not in folded:  # ("Tilak" and "Tilak's" are one word until an apostrophe is typed)
        words = sorted({word[:-2] if word[-2:] in ("'s", "’s") and len(word) > 2 else word for word in words})
    matches = [word for word in words if word.casefold().replace("’", "'").startswith(folded)]
    return matches[state] if state < len(matches) else None


def numbers_in(answer: str | None, count: int) -> list[int] | None:
    """The numbers (1 to count) of an answer such as "2 5" or "2,5"; None when it holds anything else."""
    chosen: set[int] = set()
    for word in (answer or "").replace(",", " ").split():
        first, _, last = word.partition("-")
        if not (first.isdigit() and (last.isdigit() or not last)):
            return None
        low, high = int(first), int(last or first)
        if not 1 <= low <= high <= count:
            return None
        chosen.update(range(low - 1, high))
    return sorted(chosen) or None


def pick(
    title: str, choices: list[str], many: bool = False, enter: str = "none", one_key: bool = False
) -> list[int] | None:
    """The reviewer's choice among numbered `choices` (several when `many`): None if they give none, []
    if they press Enter where it stands for something (`enter`: "its own", the entry as it is). With
    `one_key`, at a terminal and among at most 9, the number is one key press."""
    if not choices:
        say(f"{title}: there is nothing to choose from.", 2)
        return None
    if len(choices) == 1 and enter == "none" and not many:
        return one_choice(title, choices[0])
    say(f"{title}:", 2)
    for number, choice in enumerate(choices, 1):
        say(f"{number}) {choice}", 4)
    # Where a line opens after the pick ("Title:"), a line ended by Enter, however many the choices: a
    # number taken at one key press left the Enter typed after it by habit to accept that line unread.
    # A role's pick is one key (`one_key`): that Enter accepts the role picked, as it is; so are a kind's
    # and a merge's, after which no line opens.
    count = len(choices)
    if one_key and count <= 9 and not many and sys.stdin.isatty():
        return _key_picked(count, enter)
    answer = ask_line(f"Which? [1-{count}{', several: 1 3 or 2-5' if many else ''}, Enter for {enter}] ")
    while answer not in (None, "") and numbers_in(answer, count) is None:
        answer = ask_line(f"Which? {'Numbers' if many else 'A number'} from 1 to {count}, or Enter for {enter}: ")
    if answer == "" and enter != "none":
        return []
    chosen = numbers_in(answer, len(choices))
    if chosen is None:
        say("Nothing changed.", 2)
        return None
    return chosen if many else chosen[:1]


def _key_picked(count: int, enter: str) -> list[int] | None:
    """A number from 1 to `count` (at most 9) at one key press, or Enter for `enter`; q or Esc gives none."""
    prompt = f"Which? [1-{count}, Enter for {enter}] "
    while (key := key_press(prompt)) not in (None, "q", ESCAPE):
        if key == "" and enter != "none":
            return []
        if key and key in "123456789"[:count]:
            return [int(key) - 1]
        prompt = f"Which? A number from 1 to {count}, or Enter for {enter}: "
    say("Nothing changed.", 2)
    return None


def one_choice(title: str, choice: str) -> list[int] | None:
    """The one choice there is, asked yes or no: at a terminal one key (y or Enter takes it, n leaves it),
    as every other one-key question; from a pipe a line."""
    prompt = f"  {title} {choice}? [Y/n] "
    answer = key_press(prompt) if sys.stdin.isatty() else ask_line(prompt)
    while answer is not None and answer.strip().lower() not in ("", "y", "yes", "1", "n", "no"):
        again = "  y (or Enter) takes it, n leaves it: "
        answer = key_press(again) if sys.stdin.isatty() else ask_line(again)
    if answer is None or answer.strip().lower() in ("n", "no"):
        say("Nothing changed.", 2)
        return None
    return [0]
