"""`draft` writes its folder whole or not at all, never over what it did not write, and says what
went wrong naming the folder (issue 23, cases 7, 11 and 12)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import invoke
from processes import run_vlasov, start_vlasov

from vlasov_cli.features.draft import folder as drafting

CONSOLE = [sys.executable, "-c", "from vlasov_cli import main; main()"]  # the console script, by its module

ARTICLE = """Lantern Notes

By A. Writer

Anna Petrova founded the Lantern Society in Kazan on March 3, 1905. The next day she wrote to her
brother Ivan Petrov in Samara.

In 1907 the society opened its first school.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def draft(runner, article: Path, folder: Path, *extra: str):
    return invoke(runner, "draft", str(article), "-o", str(folder), *extra)


def leftovers(parent: Path) -> list[str]:
    return sorted(path.name for path in parent.iterdir() if path.name.startswith("."))


# 7. Interrupted or failed: nothing half-written where the bank goes.


def test_a_draft_that_fails_midway_leaves_no_bank_and_says_where(runner, tmp_path, article, monkeypatch):
    written = []
    real = Path.write_bytes

    def fill_up(path: Path, data: bytes) -> int:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path.name)
        return real(path, data)

    monkeypatch.setattr(Path, "write_bytes", fill_up)
    folder = tmp_path / "bank"
    result = draft(runner, article, folder)
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write the draft into {folder}: No space left on device\n"
    assert not folder.exists() and leftovers(tmp_path) == []
    monkeypatch.undo()
    assert invoke(runner, "check", "--bank", str(folder)).exit_code == 2  # no bank, never "ok ... 0 events"


def test_a_draft_failing_over_an_earlier_draft_keeps_the_earlier_one(runner, tmp_path, article, monkeypatch):
    folder = tmp_path / "bank"
    assert draft(runner, article, folder).exit_code == 0
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    monkeypatch.setattr(drafting, "_yaml", lambda document: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    result = draft(runner, article, folder, "--force")
    assert result.exit_code == 2 and f"cannot write the draft into {folder}: I/O error" in result.stderr
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
    assert leftovers(tmp_path) == []


@pytest.mark.slow
@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_draft_leaves_no_bank_and_says_so(tmp_path, sent):
    long_article = tmp_path / "long.txt"
    long_article.write_text(ARTICLE + "\n\n".join([ARTICLE.split("\n\n", 2)[2]] * 600), encoding="utf-8")
    folder = tmp_path / "bank"
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    # -X importtime says when the draft begins to compose (it imports compose just before): the
    # signal comes then, however slow the machine is to start.
    timed = [CONSOLE[0], "-X", "importtime", *CONSOLE[1:]]
    process = start_vlasov(tmp_path / "home", "draft", str(long_article), "-o", str(folder), command=timed, **pipes)
    assert process.stderr is not None
    seen = b""
    while b"vlasov_cli.features.draft.compose" not in seen:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
    time.sleep(0.5)
    process.send_signal(sent)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the draft was done before the signal came")
    assert process.returncode == 130
    said = [line for line in (seen + stderr).decode().splitlines() if not line.startswith("import time:")]
    assert said == [f"error: interrupted: nothing was written to {folder}"]
    assert not folder.exists() and leftovers(tmp_path) == []


# 11. What the file system says, as a message naming the folder.


def test_a_read_only_disk_is_named(runner, tmp_path, article, monkeypatch):
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    folder = tmp_path / "bank"
    result = draft(runner, article, folder)
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write the draft into {folder}: Read-only file system\n"


def test_an_output_under_a_file_is_named(runner, tmp_path, article):
    folder = tmp_path / "article.txt" / "bank"
    result = draft(runner, article, folder)
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write the draft into {folder}: {tmp_path / 'article.txt'} is a file\n"


def test_an_output_that_is_a_dangling_link_is_named(runner, tmp_path, article):
    folder = tmp_path / "bank"
    folder.symlink_to(tmp_path / "gone")
    result = draft(runner, article, folder)
    assert result.exit_code == 2
    assert result.stderr == f"error: {folder} is a link to {tmp_path / 'gone'}, which does not exist\n"


def test_an_output_that_links_to_a_folder_is_written_there(runner, tmp_path, article):
    (tmp_path / "real").mkdir()
    folder = tmp_path / "bank"
    folder.symlink_to(tmp_path / "real")
    assert draft(runner, article, folder).exit_code == 0
    assert folder.is_symlink() and (tmp_path / "real" / "bank.yaml").is_file()


def test_a_linked_file_in_the_folder_is_never_written_through(runner, tmp_path, article):
    folder = tmp_path / "bank"
    assert draft(runner, article, folder).exit_code == 0
    precious = tmp_path / "precious.yaml"
    precious.write_text("mine\n", encoding="utf-8")
    (folder / "events.yaml").unlink()
    (folder / "events.yaml").symlink_to(precious)
    result = draft(runner, article, folder, "--force")
    assert result.exit_code == 2
    assert f"{folder / 'events.yaml'} is a link" in result.stderr
    assert precious.read_text(encoding="utf-8") == "mine\n" and (folder / "events.yaml").is_symlink()


@pytest.mark.slow
def test_file_names_that_are_not_utf8_are_drafted_and_read(tmp_path):
    article = Path(os.fsdecode(bytes(tmp_path) + b"/\xffarticle.txt"))
    article.write_text(ARTICLE, encoding="utf-8")
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xfebank"))
    home = tmp_path / "home"
    made = run_vlasov(home, "draft", str(article), "-o", str(folder), command=CONSOLE)
    assert made.returncode == 0, made.stderr
    assert (folder / "source.txt").read_bytes() == article.read_bytes()  # a name a bank can hold
    for args in (["check"], ["who", "Petrova"], ["timeline"], ["stats"]):
        result = run_vlasov(home, *args, "--bank", str(folder), command=CONSOLE)
        assert result.returncode == 0, (args, result.stderr)
        assert b"Traceback" not in result.stderr and b"unexpected" not in result.stderr


# 12. --force writes over its own draft only.


def test_force_refuses_to_overwrite_a_reviewed_file(runner, tmp_path, article):
    folder = tmp_path / "bank"
    assert draft(runner, article, folder).exit_code == 0
    events = folder / "events.yaml"
    reviewed = events.read_text(encoding="utf-8").replace("draft: ", "reviewed: ", 1)
    events.write_text(reviewed, encoding="utf-8")
    result = draft(runner, article, folder, "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {events} was changed since it was drafted: --force writes over a draft's own files only; "
        "move it away, or choose a new folder\n"
    )
    assert events.read_text(encoding="utf-8") == reviewed


@pytest.mark.parametrize("name", ["events.yaml", "article.txt"])
def test_force_refuses_a_folder_holding_files_it_did_not_write(runner, tmp_path, article, name):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / name).write_text("my own notes\n", encoding="utf-8")
    result = draft(runner, article, folder, "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {folder / name} was not written by vlasov draft: --force writes over a draft's own files only; "
        "move it away, or choose a new folder\n"
    )
    assert (folder / name).read_text(encoding="utf-8") == "my own notes\n"


def test_force_writes_over_its_own_unchanged_draft(runner, tmp_path, article):
    folder = tmp_path / "bank"
    assert draft(runner, article, folder).exit_code == 0
    article.write_text(ARTICLE.replace("1907", "1908"), encoding="utf-8")
    again = draft(runner, article, folder, "--force")
    assert again.exit_code == 0, again.stderr
    assert "1908" in (folder / "article.txt").read_text(encoding="utf-8")
    assert draft(runner, article, folder, "--force").exit_code == 0  # and again
    assert leftovers(tmp_path) == []


def test_force_keeps_the_files_of_a_persons_own_beside_the_draft(runner, tmp_path, article):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "notes.md").write_text("my own notes\n", encoding="utf-8")
    inode = (folder / "notes.md").stat().st_ino
    for _ in range(2):
        assert draft(runner, article, folder, "--force").exit_code == 0
    assert (folder / "notes.md").read_text(encoding="utf-8") == "my own notes\n"
    assert (folder / "notes.md").stat().st_ino == inode  # the very file, never copied
    (folder / "drafts").mkdir()
    refused = draft(runner, article, folder, "--force")
    assert refused.exit_code == 2 and f"{folder / 'drafts'} is a folder" in refused.stderr
