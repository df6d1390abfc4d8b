"""The quiz as a learner meets it at a terminal (pexpect) and in scripts: line editing, "I don't know",
taking an answer back, "I was right", practice that writes nothing, the questions last missed, and
a seed that fixes each question's options whatever else is asked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import invoke
from processes import spawn_vlasov

pytestmark = pytest.mark.slow  # real processes, terminals or a browser

EXAMPLE = str(Path(__file__).parent / "example_bank")
LEFT = "\x1b[D"


def history_rows(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "history.sqlite3") as connection:
        rows = connection.execute("SELECT question_id, given, correct, overridden FROM answers ORDER BY id").fetchall()
    connection.close()
    return rows


def terminal_quiz(home: Path, *args: str):
    return spawn_vlasov(home, "quiz", "--bank", EXAMPLE, *args)


def test_an_answer_is_edited_with_the_arrow_keys_and_judged_as_edited(fixed_terminal):
    child = terminal_quiz(fixed_terminal, "--type", "typed", "--count", "1", "--seed", "1")
    child.expect("What was the name of the schooner")
    child.expect("> ")
    child.send("Gannt" + LEFT + "e\r")  # a typo mended in place: "Gannet"
    child.expect("✓ Right.")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect("Score: 1/1")
    child.expect(pytest.importorskip("pexpect").EOF)
    child.close()
    assert child.exitstatus == 0
    assert history_rows(fixed_terminal) == [("q-schooner-name", "Gannet", 1, 0)]


def test_dont_know_undo_and_i_was_right_at_a_terminal(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = terminal_quiz(fixed_terminal, "--type", "typed", "--type", "number", "--count", "2", "--seed", "1")
    child.expect("Type \\? if you don't know")
    child.expect("Question 1/2")
    child.expect("> ")
    child.sendline("!")  # nothing to count as right yet
    child.expect("Only your last answer, if you typed it")
    child.expect("> ")
    child.sendline("Gannet of Kellby")  # judged wrong
    child.expect("Not quite")
    child.expect("Question 2/2")
    child.expect("> ")
    child.sendline("!")  # ... but it was right
    child.expect("Counted as right: “Gannet of Kellby”")
    child.expect("> ")
    child.sendline("-")  # take it back altogether: question 1 again
    child.expect("Taken back")
    child.expect("Question 1/2")
    child.expect("> ")
    child.sendline("?")
    child.expect("The answer: .*?Gannet")  # (pexpect reads "." across lines: not greedy)
    child.expect("Question 2/2")
    child.expect("> ")
    child.sendline("?")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect("Score: 0/2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    rows = history_rows(fixed_terminal)
    assert [(given, correct) for _, given, correct, _ in rows] == [("?", 0), ("?", 0)]
    with sqlite3.connect(fixed_terminal / "history.sqlite3") as connection:
        misses = connection.execute("SELECT question_id, misses FROM cards ORDER BY 1").fetchall()
    connection.close()
    assert [count for _, count in misses] == [1, 1]  # the answer taken back left no miss behind


def test_i_was_right_is_recorded_as_such(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = terminal_quiz(fixed_terminal, "--type", "typed", "--type", "number", "--count", "2", "--seed", "1")
    child.expect("> ")
    child.sendline("Gannet of Kellby")
    child.expect("Not quite")
    child.expect("> ")
    child.sendline("!")
    child.expect("Counted as right")
    child.expect("> ")
    child.sendline("?")
    child.expect("Press Enter for your score")
    child.sendline("")
    child.expect("Score: 1/2")
    child.expect(pexpect.EOF)
    child.close()
    assert history_rows(fixed_terminal)[0][1:] == ("Gannet of Kellby", 1, 1)


def test_practice_leaves_the_history_byte_for_byte_as_it_was(runner, fixed_terminal):
    assert invoke(runner, "quiz", "-n", "3", "--seed", "1", "--bank", EXAMPLE, input="a\na\na\n").exit_code == 0
    files = {path.name: path.read_bytes() for path in fixed_terminal.iterdir() if path.is_file()}
    result = invoke(runner, "quiz", "-n", "5", "--practice", "--bank", EXAMPLE, "--json", input="a\nb\nc\nd\ne\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["asked"] == 5
    assert "practising, nothing is saved" in result.stderr
    assert {path.name: path.read_bytes() for path in fixed_terminal.iterdir() if path.is_file()} == files


def test_practice_with_no_history_writes_none(runner, fixed_terminal):
    result = invoke(runner, "quiz", "-n", "2", "--practice", "--bank", EXAMPLE, input="a\nb\n")
    assert result.exit_code == 0, result.stderr
    assert not (fixed_terminal / "history.sqlite3").exists()


def test_missed_asks_what_was_last_answered_wrong_most_recent_first(runner, fixed_terminal):
    quiz = ["quiz", "--type", "date", "-n", "3", "--seed", "3", "--bank", EXAMPLE, "--json"]
    first = json.loads(invoke(runner, *quiz, input="1800\n1800\n1800\n").stdout)
    wrong = [answer["question_id"] for answer in first["answers"]]
    fixed = first["answers"][1]  # answered right now: no longer missed
    invoke(
        runner, "quiz", "--type", "date", "-n", "3", "--seed", "3", "--bank", EXAMPLE, input=f"x\n{fixed['expected']}\n"
    )
    again = json.loads(invoke(runner, "quiz", "--missed", "--bank", EXAMPLE, "--json", input="").stdout)
    result = invoke(runner, "quiz", "--missed", "-n", "5", "--bank", EXAMPLE, "--json", input="1800\n" * 5)
    asked = [answer["question_id"] for answer in json.loads(result.stdout)["answers"]]
    assert again["asked"] == 0
    assert asked == [wrong[0], wrong[2]]


def test_a_seed_gives_a_question_the_same_options_whatever_else_is_asked(runner):
    seen: dict[str, set[str]] = {}
    for count in ("1", "2", "3", "4", "6"):
        quiz = ["quiz", "--count", count, "--seed", "7", "--practice", "--type", "choice", "--bank", EXAMPLE]
        result = invoke(runner, *quiz, input="A\n" * int(count))
        for block in result.stdout.split("Question ")[1:]:
            prompt, *lines = block.splitlines()[1:]
            options = "|".join(line for line in lines if line[:4] in ("  A)", "  B)", "  C)", "  D)"))
            seen.setdefault(prompt, set()).add(options)
    assert len(seen) >= 3  # several questions, each asked in several quizzes
    assert all(len(orders) == 1 for orders in seen.values()), seen


@pytest.mark.parametrize(("given", "correct"), [("Morrow", True), ("the Morrow quarry", True), ("Kellby", False)])
def test_a_part_of_one_choice_picks_it(runner, given, correct):
    from vlasov_cli.features.answers import check_answer
    from vlasov_cli.state.store import load

    question = load(Path(EXAMPLE)).question("q-granite-quarry")
    assert question is not None
    verdict = check_answer(question, given)
    assert (verdict.valid, verdict.correct) == (True, correct)


def test_the_last_answer_can_be_taken_back_or_counted_as_right_before_the_score(fixed_terminal):
    pexpect = pytest.importorskip("pexpect")
    child = terminal_quiz(fixed_terminal, "--type", "typed", "--count", "1", "--seed", "1")
    child.expect("> ")
    child.sendline("Gannet of Kellby")
    child.expect("Not quite")
    child.expect("Press Enter for your score")
    child.expect("> ")
    child.sendline("!")
    child.expect("Counted as right")
    child.expect("> ")
    child.sendline("")
    child.expect("Score: 1/1")
    child.expect(pexpect.EOF)
    child.close()
    assert history_rows(fixed_terminal) == [("q-schooner-name", "Gannet of Kellby", 1, 1)]
