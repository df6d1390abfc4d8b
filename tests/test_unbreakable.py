"""Odd files never hang or fool vlasov: only regular files are read, aliases cannot blow a small file
up, and the bank store is never trusted past the files it was built from."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke, stored_bank
from processes import run_vlasov, start_vlasov

EXAMPLE = Path(__file__).parent / "example_bank"


def copy_example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "bank"))


def run_text(home: Path, *args: str) -> subprocess.CompletedProcess:
    """A real process with a deadline: a hang fails the test instead of stopping the suite."""
    return run_vlasov(home, *args, text=True, timeout=20)


def test_a_bank_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path):
    folder = copy_example(tmp_path)
    (folder / "terms.yaml").unlink()
    os.mkfifo(folder / "terms.yaml")
    result = run_text(tmp_path / "home", "check", "--bank", str(folder))
    assert result.returncode == 2
    assert f"{folder / 'terms.yaml'}:1: cannot read: not a regular file" in result.stderr


@pytest.mark.slow
def test_a_source_linked_to_a_device_is_refused(tmp_path):
    folder = copy_example(tmp_path)
    for device in ("/dev/zero", "/dev/urandom"):
        (folder / "source.txt").unlink()
        (folder / "source.txt").symlink_to(device)
        result = run_text(tmp_path / "home", "who", "Quill", "--bank", str(folder))
        assert result.returncode == 2
        assert f"source text {device} is outside the bank folder" in result.stderr
        assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


def test_a_source_that_is_a_fifo_is_refused_not_waited_on(tmp_path):
    folder = copy_example(tmp_path)
    (folder / "source.txt").unlink()
    os.mkfifo(folder / "source.txt")
    result = run_text(tmp_path / "home", "who", "Quill", "--bank", str(folder))
    assert result.returncode == 2
    assert "cannot read source text" in result.stderr and "not a regular file" in result.stderr


@pytest.mark.parametrize("source", ["/etc/passwd", "../../../../../../etc/passwd", "../outside.txt"])
def test_a_bank_reads_nothing_outside_its_folder(runner, tmp_path, source):
    folder = copy_example(tmp_path)
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    bank_yaml = folder / "bank.yaml"
    bank_yaml.write_text(bank_yaml.read_text(encoding="utf-8").replace("source: source.txt", f"source: {source}"))
    for command in (["check"], ["source"], ["export", "--format", "json"]):
        result = invoke(runner, *command, "--bank", str(folder))
        assert result.exit_code == 2
        assert "is outside the bank folder" in result.stderr
        assert "root:" not in result.stdout and "secret" not in result.stdout


@pytest.mark.slow
def test_a_store_replaced_by_a_fifo_is_rebuilt(tmp_path):
    home = tmp_path / "home"
    expected = run_text(home, "who", "Quill", "--json", "--bank", str(EXAMPLE)).stdout
    stored = stored_bank(home)
    stored.unlink()
    os.mkfifo(stored)
    result = run_text(home, "who", "Quill", "--json", "--bank", str(EXAMPLE))
    assert (result.returncode, result.stdout) == (0, expected)


def test_aliases_cannot_blow_a_small_file_up(runner, tmp_path):
    folder = copy_example(tmp_path)
    big = "x" * 100_000
    items = "\n".join(
        f"  - id: q-{n}\n    type: typed\n    prompt: *big\n    answer: a\n    quote: q\n    topic: t"
        for n in range(300)
    )
    (folder / "bomb.yaml").write_text(f"text: &big {big}\nquestions:\n{items}\n", encoding="utf-8")
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{folder / 'bomb.yaml'}:1: aliases make this file too large once written out" in result.stderr


def test_an_edit_that_keeps_size_and_mtime_is_seen(runner, tmp_path):
    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    assert invoke(runner, "check", "--bank", str(folder)).exit_code == 0  # stored
    before = people.stat()
    text = people.read_text(encoding="utf-8")
    edited = text.replace("role: Schoolteacher", "rule: Schoolteacher", 1)
    assert len(edited) == len(text)
    people.write_text(edited, encoding="utf-8")
    os.utime(people, ns=(before.st_atime_ns, before.st_mtime_ns))  # what `touch -d` does
    assert people.stat().st_size == before.st_size and people.stat().st_mtime_ns == before.st_mtime_ns
    result = invoke(runner, "check", "--json", "--bank", str(folder))
    assert result.exit_code == 2
    assert "unknown field 'rule'" in json.dumps(json.loads(result.stdout)["problems"])


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200f", "\u2028", "\u2029"])
def test_direction_overrides_and_line_separators_in_a_bank_are_refused(runner, tmp_path, character):
    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace("name: Martha Quill", f'name: "Martha{character} Quill"')
    )
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2
    assert f"{people}:3: person 'quill': field 'name' holds a control character" in result.stderr
    assert character not in result.stdout + result.stderr


def test_export_never_writes_a_device_a_fifo_or_a_folder(runner, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in ("/dev/null", str(fifo), str(folder)):
        result = invoke(runner, "export", "-f", "csv", "-o", target, "--force", "--bank", str(EXAMPLE))
        assert result.exit_code == 2
        assert result.stderr == f"error: cannot write {target}: {target} is not a regular file\n"
    assert Path("/dev/null").is_char_device() and fifo.is_fifo() and list(folder.iterdir()) == []


def test_export_refuses_to_write_through_a_link(runner, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = invoke(runner, "export", "-f", "csv", "-o", str(link), "--force", "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert f"{link} is a symbolic link: give the file it points to, {real}" in result.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "keep me"


def test_export_with_force_keeps_the_files_mode(runner, tmp_path):
    target = tmp_path / "private.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    result = invoke(runner, "export", "-f", "csv", "-o", str(target), "--force", "--bank", str(EXAMPLE))
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o600 and target.read_text(encoding="utf-8").startswith("id,")


@pytest.mark.slow
def test_exports_at_once_without_force_write_one_file_and_refuse_the_rest(tmp_path):
    target = tmp_path / "out.csv"
    home = tmp_path / "home"
    export = ("export", "-f", "csv", "-o", str(target), "--bank", str(EXAMPLE))
    run_vlasov(home, "who", "Quill", "--bank", str(EXAMPLE), check=True)
    processes = [start_vlasov(home, *export, stderr=subprocess.PIPE, text=True) for _ in range(8)]
    outcomes = [(process.communicate(timeout=60)[1], process.returncode) for process in processes]
    wrote = [stderr for stderr, code in outcomes if code == 0]
    assert len(wrote) == 1 and wrote[0] == f"wrote {target} (csv)\n"
    assert all("already exists; use --force" in stderr for stderr, code in outcomes if code != 0)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "home") == ["out.csv"]


def test_a_home_that_is_a_dangling_link_is_named_as_such(runner, tmp_path, monkeypatch):
    home = tmp_path / "home-link"
    home.symlink_to(tmp_path / "gone")
    monkeypatch.setenv("VLASOV_HOME", str(home))
    result = invoke(runner, "stats", "--bank", str(EXAMPLE))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: cannot create the history folder {home}: it is a link to {tmp_path / 'gone'}, which does not exist\n"
    )


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", [("who", "Vlasov"), ("timeline", "--year", "1942"), ("what", "KONR"), ("--help",)])
def test_an_output_encoding_that_cannot_show_a_character_shows_a_stand_in(tmp_path, encoding, args):
    result = run_vlasov(tmp_path / "home", *args, variables={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert result.stderr == b"" and result.stdout


@pytest.mark.slow
def test_answers_that_are_not_utf8_are_read_and_judged(tmp_path):
    result = run_vlasov(tmp_path / "home", "quiz", "-n", "3", "--seed", "1", "--json", input=b"A\n\xff\nC\n")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["asked"] == 3 and [answer["given"] for answer in summary["answers"]] == ["A", "\ufffd", "C"]


@pytest.mark.slow
@pytest.mark.parametrize("args", [("who", "Vlasov"), ("timeline", "--json"), ("--help",), ("--version",), ()])
def test_a_full_output_is_one_clear_line(tmp_path, args):
    with open("/dev/full", "wb") as full:
        result = run_vlasov(tmp_path / "home", *args, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr == b"error: cannot write the output: No space left on device\n"


@pytest.mark.slow
@pytest.mark.parametrize("args", [("stats",), ("timeline",), ("timeline", "--json"), ("source",), ("--help",)])
def test_a_closed_pipe_ends_vlasov_quietly(tmp_path, args):
    process = start_vlasov(tmp_path / "home", *args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.read(1)
    process.stdout.close()  # as `| head -c 1` does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode in (0, -13), stderr  # done before it noticed, or ended by SIGPIPE (status 141)
    assert stderr == b""


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.01, 0.03, 0.06, 0.1, 0.2])
def test_an_early_ctrl_c_never_shows_a_traceback(tmp_path, delay):
    # Python's own start-up, and the script's import of `main`, are no one's to guard: the interrupt
    # comes once `main` imports the first of vlasov's modules (-X importtime says when), then after `delay`.
    import signal
    import time

    timed = [sys.executable, "-X", "importtime", "-c", "from vlasov_cli import main; main()"]
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    process = start_vlasov(tmp_path / "home", "who", "Vlasov", command=timed, **pipes)
    assert process.stderr is not None
    seen = b""
    while b"vlasov_cli." not in seen:  # (the package itself, `vlasov_cli`, is imported before `main` runs)
        line = process.stderr.readline()
        if not line:
            break
        seen += line
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    said = b"\n".join(line for line in (seen + stderr).splitlines() if not line.startswith(b"import time:"))
    assert b"Traceback" not in said and b"KeyboardInterrupt" not in said, said
    assert process.returncode in (0, 130)  # done first, or stopped by vlasov


def test_an_edit_made_while_the_bank_is_read_is_not_stored_as_the_old_bank(runner, tmp_path, monkeypatch):
    from vlasov_cli.core import read
    from vlasov_cli.state import store

    folder = copy_example(tmp_path)
    people = folder / "people.yaml"
    reading = read.read_bank

    def read_then_edit(where):
        raw = reading(where)
        text = people.read_text(encoding="utf-8")
        people.write_text(text.replace("role: Schoolteacher", "rule: Schoolteacher", 1), encoding="utf-8")
        return raw

    monkeypatch.setattr(store, "read_bank", read_then_edit)
    assert invoke(runner, "check", "--bank", str(folder)).exit_code == 0  # what it read was fine
    monkeypatch.undo()
    result = invoke(runner, "check", "--bank", str(folder))
    assert result.exit_code == 2 and "unknown field 'rule'" in result.stderr


def test_a_quiz_at_no_width_shows_every_question_it_records(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "0")
    result = invoke(runner, "quiz", "-n", "3", "--seed", "4", "--bank", str(EXAMPLE), input="A\nB\nC\n")
    assert result.exit_code == 0
    assert [f"Question {n}/3" in result.stdout for n in (1, 2, 3)] == [True, True, True]
    assert "Score: " in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("keep", [0, 100, 4096, 0.5])
def test_a_truncated_store_is_rebuilt_or_reported_never_a_crash(runner, fixed_terminal, keep):
    expected = invoke(runner, "export", "-f", "json", "--bank", str(EXAMPLE)).stdout
    stored = stored_bank(fixed_terminal)
    data = stored.read_bytes()
    stored.write_bytes(data[: int(len(data) * keep) if isinstance(keep, float) else keep])
    result = invoke(runner, "export", "-f", "json", "--bank", str(EXAMPLE))
    if result.exit_code == 2:
        assert "was damaged" in result.stderr and "run the command again" in result.stderr
        result = invoke(runner, "export", "-f", "json", "--bank", str(EXAMPLE))
    assert (result.exit_code, result.stdout) == (0, expected)
