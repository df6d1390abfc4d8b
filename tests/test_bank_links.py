"""Links inside a bank folder (issue 23, beyond the list): a YAML file linked outside the folder is
never read, and a link that leads nowhere (dangling, or a loop) is a problem named, not a crash."""

from __future__ import annotations

import pytest
from conftest import invoke, write_bank


def test_a_yaml_file_linked_outside_the_folder_is_not_read(runner, tmp_path):
    bank = write_bank(tmp_path / "bank")
    secret = tmp_path / "secret.yaml"
    secret.write_text("password_of_the_teacher: hunter2\n", encoding="utf-8")
    (bank / "zz.yaml").symlink_to(secret)
    result = invoke(runner, "check", "--bank", str(bank))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {bank / 'zz.yaml'}: a link to {secret}, outside the bank folder: a bank reads nothing outside it\n"
    )
    assert "password_of_the_teacher" not in result.stderr


def test_a_bank_yaml_linked_outside_the_folder_is_refused(runner, tmp_path):
    bank = write_bank(tmp_path / "bank")
    (bank / "bank.yaml").rename(tmp_path / "elsewhere.yaml")
    (bank / "bank.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    result = invoke(runner, "who", "--bank", str(bank))
    assert result.exit_code == 2 and "outside the bank folder" in result.stderr


@pytest.mark.parametrize("kind", ["dangling", "loop"])
@pytest.mark.parametrize("command", [["check"], ["who"], ["quiz"]])
def test_a_link_that_leads_nowhere_is_named(runner, tmp_path, kind, command):
    bank = write_bank(tmp_path / "bank")
    link = bank / "zz.yaml"
    link.symlink_to(tmp_path / "gone.yaml" if kind == "dangling" else link)
    result = invoke(runner, *command, "--bank", str(bank), input="a\n")
    assert result.exit_code == 2
    assert f"{link}: a link that leads to no file" in result.stderr and "unexpected" not in result.stderr


def test_a_link_to_a_file_in_the_folder_is_read_as_that_file(runner, tmp_path):
    bank = write_bank(tmp_path / "bank")
    (bank / "questions.yaml").rename(bank / "kept.txt")
    (bank / "questions.yaml").symlink_to("kept.txt")
    result = invoke(runner, "check", "--bank", str(bank))
    assert result.exit_code == 0, result.stderr
